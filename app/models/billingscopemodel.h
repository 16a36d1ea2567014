#pragma once

#include "domain/creditsummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>

#include <optional>

namespace CreditDesk {

/// Billing accounts, billing profiles and customers found by discovery, with the balance
/// summary of each MCA profile once it arrives. Rows are keyed by scope id; updates touch
/// one row (dataChanged) or append one (rowsInserted), never reset.
class BillingScopeModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { BillingAccount, BillingProfile, Customer };
    Q_ENUM(Kind)

    enum Column {
        NameColumn,
        KindColumn,
        CurrencyColumn,
        EstimatedBalanceColumn,
        CurrentBalanceColumn,
        IdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value: text, or qint64 minor units
        ScopeIdRole,                 ///< QString
        KindRole,                    ///< int(Kind)
        CurrencyRole,                ///< QString ISO code
    };
    Q_ENUM(Role)

    struct Scope
    {
        QString id;
        QString displayName;
        Kind kind = Kind::BillingProfile;
        QString currency;
        std::optional<CreditSummary> summary;
    };

    explicit BillingScopeModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Scope &scope(int row) const { return m_scopes.at(row); }
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }

    /// Adds or renames a scope. An empty \a currency keeps the one known.
    void setScope(const QString &id, const QString &displayName, Kind kind, const QString &currency = {});
    /// The balance summary of a billing profile; adds the profile when it is not known yet.
    void setSummary(const QString &profileId, const CreditSummary &summary);
    void clear();
    void setLocale(const QLocale &locale);

private:
    int ensureRow(const QString &id, Kind kind);
    QVariant displayData(const Scope &scope, int column) const;

    QList<Scope> m_scopes;
    QHash<QString, int> m_rowById;
    QLocale m_locale;
};

} // namespace CreditDesk
