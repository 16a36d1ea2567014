#pragma once

#include "filters/creditfilter.h"
#include "filters/viewsummary.h"

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace CreditDesk {

class LotTableModel;
class EventTableModel;
class PartnerCreditModel;

/// The shared part of the credit tables' proxies: applies a CreditFilter, sorts on raw values
/// (the source model's lessThan, equal to its SortRole order) and counts what is shown.
///
/// A filter change tests every source row once, in source order (the proxy itself would
/// visit them in sorted order, a cache miss per row over 100,000 rows), then lets the proxy
/// replay those verdicts. Typing narrows the filter one key at a time; the proxy then only
/// re-tests rows the previous filter accepted (it remembers the verdict per source row until
/// the source changes), which keeps a keystroke over 100,000 rows within a frame.
class CreditFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    const CreditFilter &filter() const { return m_filter; }
    /// Re-filters only when \a filter differs from the current one; returns whether it did.
    bool setFilter(const CreditFilter &filter);

    /// "Today" for the expiry rules, in UTC; invalid (the default) means the current date.
    QDate today() const { return m_today; }
    void setToday(const QDate &todayUtc);

    /// Rows shown, rows in the source, and what remains of the shown rows per currency.
    ViewSummary summary() const;

    // The credit tables are flat: no item has children. QSortFilterProxyModel would otherwise
    // add a mapping per parent it is asked about (the model tester asks about the first row)
    // to the hash it holds an iterator into while it emits signals for a source dataChanged;
    // an insert that grows that hash leaves the proxy emitting indexes with a dangling
    // internal pointer (seen as crashes in parent() during a sliced refresh).
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;

Q_SIGNALS:
    void filterChanged();

protected:
    explicit CreditFilterProxy(QObject *parent);
    void setSource(QAbstractItemModel *source, int sortRole);

    virtual bool acceptsSourceRow(int sourceRow) const = 0;
    virtual bool sourceLessThan(int leftRow, int rightRow, int column) const = 0;
    /// What the row still holds, counted by summary(); nullptr when nothing.
    virtual const Money *remainingOf(int sourceRow) const = 0;

    QDate effectiveToday() const { return m_effectiveToday; }

    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const final;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const final;

private:
    void refilter(bool narrowing);
    void forgetVerdicts();

    CreditFilter m_filter;
    QDate m_today;
    QDate m_effectiveToday;
    /// Per source row: did the current filter accept it? Valid only right after a full pass.
    mutable std::vector<bool> m_accepted;
    bool m_verdictsValid = false;
    /// Set while invalidateRowsFilter() runs right after refilter() tested every row.
    bool m_replayVerdicts = false;
};

/// Lots: filter by CreditFilter::matches(lot, today, scope name); remaining = balance.
class LotFilterProxy final : public CreditFilterProxy
{
    Q_OBJECT
public:
    explicit LotFilterProxy(LotTableModel *source, QObject *parent = nullptr);
    LotTableModel *lotModel() const { return m_lots; }

protected:
    bool acceptsSourceRow(int sourceRow) const override;
    bool sourceLessThan(int leftRow, int rightRow, int column) const override;
    const Money *remainingOf(int sourceRow) const override;

private:
    LotTableModel *m_lots;
};

/// Transactions: filter by CreditFilter::matches(event); nothing "remaining" to sum.
class EventFilterProxy final : public CreditFilterProxy
{
    Q_OBJECT
public:
    explicit EventFilterProxy(EventTableModel *source, QObject *parent = nullptr);
    EventTableModel *eventModel() const { return m_events; }

protected:
    bool acceptsSourceRow(int sourceRow) const override;
    bool sourceLessThan(int leftRow, int rightRow, int column) const override;
    const Money *remainingOf(int sourceRow) const override;

private:
    EventTableModel *m_events;
    /// Per distinct text id: which search words it contains, for m_wordMasksText.
    mutable std::vector<std::optional<quint64>> m_wordMasks;
    mutable QString m_wordMasksText;
};

/// Partner benefit credits; remaining = the amount of credits not redeemed and not expired.
class PartnerCreditFilterProxy final : public CreditFilterProxy
{
    Q_OBJECT
public:
    explicit PartnerCreditFilterProxy(PartnerCreditModel *source, QObject *parent = nullptr);

protected:
    bool acceptsSourceRow(int sourceRow) const override;
    bool sourceLessThan(int leftRow, int rightRow, int column) const override;
    const Money *remainingOf(int sourceRow) const override;

private:
    PartnerCreditModel *m_credits;
};

} // namespace CreditDesk
