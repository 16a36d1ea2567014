#pragma once

#include "domain/lot.h"
#include "filters/creditfilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QList>
#include <QLocale>

#include <array>
#include <memory>
#include <vector>

namespace CreditDesk {

/// Credit lots for a table view. Display text is formatted here (money in the user's
/// locale, dates as UTC dates); SortRole gives raw values so sorting never compares text.
///
/// Refreshes are incremental: upsert() and replaceAll() emit dataChanged only for rows whose
/// content changed (one signal per contiguous run), insert new rows in one batch and remove
/// vanished ones run by run, so views keep their selection and scroll position.
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
        SortRole = Qt::UserRole + 1, ///< raw value: money key (currency, amount), QDate, or text
        LotIdRole,                   ///< QString, the lot's ARM id
        CurrencyRole,                ///< QString ISO code
        MoneyRole,                   ///< Money of a money column (invalid when absent)
    };
    Q_ENUM(Role)

    explicit LotTableModel(QObject *parent = nullptr);
    ~LotTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Lot &lot(int row) const { return m_lots.at(row); }
    const QList<Lot> &lots() const { return m_lots; }
    int rowOf(const QString &lotId) const { return m_rowById.value(lotId, -1); }

    /// Adds new lots and updates known ones in place (matched by id). Unchanged rows emit
    /// nothing; changed rows emit dataChanged per contiguous run; new rows are one insert.
    void upsert(const QList<Lot> &lots);
    /// "A refresh finished, this is the full set": upsert() plus removal of rows whose id is
    /// not in \a lots.
    void replaceAll(const QList<Lot> &lots);
    /// The end of a refresh that upserted every lot as it arrived: removes the rows whose id
    /// is not in \a keep (run by run, as replaceAll() does).
    void removeAllExcept(const QSet<QString> &keep);
    void clear();
    /// Billing profile and customer names, shown instead of their ids.
    void setScopeName(const QString &scopeId, const QString &displayName);
    /// The display name of the lot's billing profile or customer (its id when unnamed).
    QString scopeName(const Lot &lot) const;

    /// Locale for money and dates (default: QLocale()); drops cached texts.
    void setLocale(const QLocale &locale);

    /// Raw-value comparison of two rows in \a column, the same order SortRole gives, without
    /// building variants: the proxies sort 100,000 rows with it.
    bool lessThan(int leftRow, int rightRow, int column) const;

    /// What CreditFilter reads of the row on every keystroke: the folded search text (built
    /// on first use, kept until the row or its scope name changes), UTC expiry, status and
    /// source, all without touching the Lot.
    LotSearchKey searchKey(int row, bool withText) const;

    /// Texts shared with the filter so that searching finds what the table shows.
    static QString sourceText(LotSource source);
    static QString statusText(LotStatus status);

private:
    using RowTexts = std::array<QString, ColumnCount>;
    const RowTexts &texts(int row) const;
    QString formatCell(const Lot &lot, int column) const;
    QVariant sortData(const Lot &lot, int column) const;
    void emitChangedRuns(QList<int> rows);

    QList<Lot> m_lots;
    /// Rows views know of: upsert() appends new lots to m_lots before announcing them.
    int m_shownRows = 0;
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_scopeNames;
    QLocale m_locale;
    /// Display texts formatted on first use and kept until the row changes: painting asks
    /// for the same cells again and again, and 100,000 rows are never all formatted upfront.
    mutable std::vector<std::unique_ptr<RowTexts>> m_texts;
    struct RowKey {
        QDate expiryUtc;
        LotStatus status;
        LotSource source;
    };
    static RowKey rowKeyOf(const Lot &lot) { return { utcDateOf(lot.expirationDate), lot.status, lot.source }; }
    /// Per row: folded search text (null until first searched) and the other filter inputs.
    mutable std::vector<QString> m_searchTexts;
    std::vector<RowKey> m_keys;
};

} // namespace CreditDesk
