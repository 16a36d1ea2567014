#pragma once

#include "services/overview.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace CreditDesk {

/// The Overview's risk table: one row per forecast scope (a billing profile or customer in one
/// currency) with its SPEC §3 rating, the amounts behind it, its next expiry and the advice.
/// Display text follows the locale; SortRole gives raw values, and sort() orders by them, so
/// sorting never compares formatted text.
class RiskTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ScopeColumn,
        RiskColumn,
        ExpiringColumn,        ///< expiring within the horizon
        PredictedUnusedColumn, ///< within the horizon
        LostColumn,
        NextExpiryColumn,
        AdviceColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /// Raw value: QString (scope, advice), int (risk level), qint64 minor units, QDate.
        SortRole = Qt::UserRole + 1,
        RiskLevelRole, ///< int(Forecast::RiskLevel), on every column
        ScopeKeyRole,  ///< Forecast::Scope::key(), on every column
        CurrencyRole,  ///< ISO code, on every column
    };
    Q_ENUM(Role)

    explicit RiskTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Orders by SortRole. Amounts of different currencies are not comparable, so money columns
    /// group by currency first; ties keep the worse risk first, then the scope name.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Replaces the rows (a model reset), then applies the last sort. \a horizonDays names the
    /// window of the "expiring" and "predicted unused" columns.
    void setRows(const QList<RiskRow> &rows, int horizonDays);
    const RiskRow &row(int row) const { return m_rows.at(row); }
    /// The row of the scope with \a scopeKey, or -1.
    int rowOfScope(const QString &scopeKey) const;
    void setLocale(const QLocale &locale);

private:
    QVariant displayData(const RiskRow &row, int column) const;
    QVariant sortData(const RiskRow &row, int column) const;
    bool lessThan(const RiskRow &a, const RiskRow &b, int column) const;

    QList<RiskRow> m_rows;
    int m_horizonDays = 90;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QLocale m_locale;
};

} // namespace CreditDesk
