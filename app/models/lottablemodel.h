#pragma once

#include "domain/lot.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace CreditDesk {

/// Credit lots for a table view. Display text is formatted here (money in the user's
/// locale, dates as UTC dates); SortRole gives raw values so sorting never compares text.
class LotTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SourceColumn,
        StatusColumn,
        ScopeColumn,
        OriginalAmountColumn,
        BalanceColumn,
        CurrencyColumn,
        StartDateColumn,
        ExpirationDateColumn,
        LotIdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value: qint64 minor units, QDate, or folded text
        LotIdRole,                   ///< QString, the lot's ARM id
        CurrencyRole,                ///< QString ISO code
    };
    Q_ENUM(Role)

    explicit LotTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Lot &lot(int row) const { return m_lots.at(row); }
    const QList<Lot> &lots() const { return m_lots; }

    /// Adds new lots and updates known ones in place (matched by id), in one batch each.
    void upsert(const QList<Lot> &lots);
    void clear();
    /// Billing profile and customer names, shown instead of their ids.
    void setScopeName(const QString &scopeId, const QString &displayName);

private:
    QVariant displayData(const Lot &lot, int column) const;
    QVariant sortData(const Lot &lot, int column) const;
    QString scopeName(const Lot &lot) const;

    QList<Lot> m_lots;
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_scopeNames;
};

} // namespace CreditDesk
