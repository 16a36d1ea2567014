#pragma once

#include "domain/partnercredit.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>

namespace CreditDesk {

/// Every assignment and removal of the benefits ledger (the Assignment history page), newest
/// first as the ledger gives them; also one credit's history for its details pane.
class AssignmentHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        ActionColumn,
        UserColumn,
        PrincipalNameColumn,
        ProgramColumn,
        ReassignmentColumn,
        PerformedByColumn,
        CreditColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value: QDateTime, int, or text
        CreditIdRole, ///< QString
    };
    Q_ENUM(Role)

    struct Entry
    {
        QString creditId;
        QString programName;
        AssignmentEvent event;
    };

    explicit AssignmentHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The ledger's history (credit id, event) with each credit's program name from \a credits.
    void setHistory(const QList<std::pair<QString, AssignmentEvent>> &history, const QList<PartnerCredit> &credits);
    /// One credit's history, newest first.
    void setCredit(const PartnerCredit &credit);
    void clear();
    const QList<Entry> &entries() const { return m_entries; }
    void setLocale(const QLocale &locale);

    static QString actionText(AssignmentEvent::Action action);

private:
    void replace(QList<Entry> entries);
    QString displayText(const Entry &entry, int column) const;

    QList<Entry> m_entries;
    QLocale m_locale;
};

} // namespace CreditDesk
