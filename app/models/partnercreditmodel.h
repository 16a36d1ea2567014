#pragma once

#include "domain/partnercredit.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>

namespace CreditDesk {

/// Partner benefit credits (the ledger) for a table view. setCredits() takes the full set
/// and applies it as a diff keyed by id: changed rows emit dataChanged, vanished rows are
/// removed, new ones appended; no reset, so the selection survives a refresh.
class PartnerCreditModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        // The order a partner admin reads in: what it is, who has it and how many changes are
        // left, then the dates.
        ProgramColumn,
        TypeColumn,
        AmountColumn,
        CurrencyColumn,
        StatusColumn,
        ReassignmentsUsedColumn, ///< "3 of 5"; bulk: "Not reassignable"
        ReassignmentsLeftColumn, ///< "2 left"; bulk: "Not reassignable"
        AssignedNameColumn,
        AssignedUpnColumn,
        StartDateColumn,
        EndDateColumn,
        ActivationDateColumn,
        CutoffDateColumn,
        IdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /// Raw value: QDate, qint64 minor units, int, or text. Bulk credits sort below every
        /// monthly one in the reassignment columns (-1).
        SortRole = Qt::UserRole + 1,
        CreditIdRole, ///< QString
        CurrencyRole, ///< QString ISO code
        MoneyRole, ///< Money (amount column)
    };
    Q_ENUM(Role)

    explicit PartnerCreditModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const PartnerCredit &credit(int row) const { return m_credits.at(row); }
    const QList<PartnerCredit> &credits() const { return m_credits; }
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }

    void setCredits(const QList<PartnerCredit> &credits);
    void clear();
    void setLocale(const QLocale &locale);

    static QString statusText(PartnerCredit::Status status);
    static QString typeText(PartnerCredit::Type type);
    /// "3 of 5" for a monthly credit, "Not reassignable" for a bulk one.
    static QString reassignmentsUsedText(const PartnerCredit &credit);
    /// "2 left" / "None left" / "None (expired)" for a monthly credit, "Not reassignable" for a
    /// bulk one.
    static QString reassignmentsLeftText(const PartnerCredit &credit);
    static int reassignmentsLeft(const PartnerCredit &credit);

private:
    QString displayText(const PartnerCredit &credit, int column) const;
    QString dateText(const QDate &date) const;
    QVariant toolTip(const PartnerCredit &credit, int column) const;
    void rebuildIndex();

    QList<PartnerCredit> m_credits;
    QHash<QString, int> m_rowById;
    QLocale m_locale;
};

} // namespace CreditDesk
