#include "filters/creditfilterproxy.h"

#include "models/eventtablemodel.h"
#include "models/lottablemodel.h"
#include "models/partnercreditmodel.h"

#include <QDateTime>

#include <algorithm>

namespace CreditDesk {

CreditFilterProxy::CreditFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_effectiveToday(QDateTime::currentDateTimeUtc().date())
{
    setDynamicSortFilter(true);
}

void CreditFilterProxy::setSource(QAbstractItemModel *source, int sortRole)
{
    setSourceModel(source);
    setSortRole(sortRole);
    // Connected after QSortFilterProxyModel's own handlers: by the time these run, the
    // proxy has dealt with the change and our per-row verdicts no longer line up.
    connect(source, &QAbstractItemModel::rowsInserted, this, &CreditFilterProxy::forgetVerdicts);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &CreditFilterProxy::forgetVerdicts);
    connect(source, &QAbstractItemModel::rowsMoved, this, &CreditFilterProxy::forgetVerdicts);
    connect(source, &QAbstractItemModel::modelReset, this, &CreditFilterProxy::forgetVerdicts);
    connect(source, &QAbstractItemModel::layoutChanged, this, &CreditFilterProxy::forgetVerdicts);
    connect(source, &QAbstractItemModel::dataChanged, this, &CreditFilterProxy::forgetVerdicts);
}

void CreditFilterProxy::forgetVerdicts()
{
    m_verdictsValid = false;
}

bool CreditFilterProxy::setFilter(const CreditFilter &filter)
{
    if (filter == m_filter)
        return false;
    const bool narrowing = m_verdictsValid && filter.isNarrowingOf(m_filter);
    m_filter = filter;
    refilter(narrowing);
    Q_EMIT filterChanged();
    return true;
}

void CreditFilterProxy::setToday(const QDate &todayUtc)
{
    if (todayUtc == m_today)
        return;
    m_today = todayUtc;
    refilter(false);
}

void CreditFilterProxy::refilter(bool narrowing)
{
    m_effectiveToday = m_today.isValid() ? m_today : QDateTime::currentDateTimeUtc().date();
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    const bool skipRejected = narrowing && m_accepted.size() == size_t(rows);
    if (!skipRejected)
        m_accepted.assign(size_t(rows), true);
    // Test every row here, in source order, where the per-row data lies in memory one row
    // after the other; the proxy then only reads the verdicts back.
    const bool empty = m_filter.isEmpty();
    for (int row = 0; row < rows; ++row) {
        if (skipRejected && !m_accepted[size_t(row)])
            continue;
        m_accepted[size_t(row)] = empty || acceptsSourceRow(row);
    }
    m_replayVerdicts = true;
    invalidateRowsFilter();
    m_replayVerdicts = false;
    m_verdictsValid = sourceModel() != nullptr;
}

bool CreditFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const bool cached = size_t(sourceRow) < m_accepted.size();
    if (m_replayVerdicts && cached)
        return m_accepted[size_t(sourceRow)];
    const bool accepted = m_filter.isEmpty() || acceptsSourceRow(sourceRow);
    if (cached)
        m_accepted[size_t(sourceRow)] = accepted;
    return accepted;
}

int CreditFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : QSortFilterProxyModel::rowCount();
}

int CreditFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : QSortFilterProxyModel::columnCount();
}

bool CreditFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && QSortFilterProxyModel::hasChildren();
}

QModelIndex CreditFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    return parent.isValid() ? QModelIndex() : QSortFilterProxyModel::index(row, column);
}

bool CreditFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return sourceLessThan(left.row(), right.row(), left.column());
}

ViewSummary CreditFilterProxy::summary() const
{
    ViewSummary s;
    s.shown = rowCount();
    s.total = sourceModel() ? sourceModel()->rowCount() : 0;
    // Right after a filter pass the per-row verdicts say which rows are shown: walking them
    // in source order avoids a proxy-to-source mapping per row.
    const bool useVerdicts = m_verdictsValid && m_accepted.size() == size_t(s.total);
    const int rows = useVerdicts ? s.total : s.shown;
    for (int row = 0; row < rows; ++row) {
        if (useVerdicts && !m_accepted[size_t(row)])
            continue;
        const Money *m = remainingOf(useVerdicts ? row : mapToSource(index(row, 0)).row());
        if (!m || !m->isValid())
            continue;
        auto it = std::find_if(s.remainingByCurrency.begin(), s.remainingByCurrency.end(),
                               [m](const Money &total) { return total.currency() == m->currency(); });
        if (it == s.remainingByCurrency.end()) {
            s.remainingByCurrency.append(*m);
        } else if (const std::optional<Money> sum = it->checkedAdd(*m)) {
            *it = *sum; // an overflowing sum keeps its last value rather than wrapping
        }
    }
    std::sort(s.remainingByCurrency.begin(), s.remainingByCurrency.end(),
              [](const Money &a, const Money &b) { return a.currency() < b.currency(); });
    return s;
}

LotFilterProxy::LotFilterProxy(LotTableModel *source, QObject *parent)
    : CreditFilterProxy(parent)
    , m_lots(source)
{
    setSource(source, LotTableModel::SortRole);
}

bool LotFilterProxy::acceptsSourceRow(int sourceRow) const
{
    return filter().matches(m_lots->lot(sourceRow), effectiveToday(),
                            m_lots->searchKey(sourceRow, !filter().text().isEmpty()));
}

bool LotFilterProxy::sourceLessThan(int leftRow, int rightRow, int column) const
{
    return m_lots->lessThan(leftRow, rightRow, column);
}

const Money *LotFilterProxy::remainingOf(int sourceRow) const
{
    const std::optional<Money> &balance = m_lots->lot(sourceRow).closedBalance;
    return balance ? &*balance : nullptr;
}

EventFilterProxy::EventFilterProxy(EventTableModel *source, QObject *parent)
    : CreditFilterProxy(parent)
    , m_events(source)
{
    // A reset renumbers the model's distinct texts; the masks must not outlive their ids.
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_wordMasks.clear(); });
    setSource(source, EventTableModel::SortRole);
}

bool EventFilterProxy::acceptsSourceRow(int sourceRow) const
{
    const CreditFilter &f = filter();
    const CreditEvent &event = m_events->event(sourceRow);
    if (f.text().isEmpty())
        return f.matches(event);
    if (!f.matchesExceptText(event))
        return false;
    if (m_wordMasksText != f.text()) {
        m_wordMasks.clear();
        m_wordMasksText = f.text();
    }
    // Each distinct text is searched once per keystroke; rows only combine its answers.
    quint64 found = 0;
    for (quint32 id : m_events->searchFieldIds(sourceRow)) {
        if (id >= m_wordMasks.size())
            m_wordMasks.resize(id + 1, std::nullopt);
        if (!m_wordMasks[id])
            m_wordMasks[id] = f.wordMask(m_events->foldedText(id));
        found |= *m_wordMasks[id];
    }
    return found == f.allWordsMask();
}

bool EventFilterProxy::sourceLessThan(int leftRow, int rightRow, int column) const
{
    return m_events->lessThan(leftRow, rightRow, column);
}

const Money *EventFilterProxy::remainingOf(int) const
{
    return nullptr;
}

PartnerCreditFilterProxy::PartnerCreditFilterProxy(PartnerCreditModel *source, QObject *parent)
    : CreditFilterProxy(parent)
    , m_credits(source)
{
    setSource(source, PartnerCreditModel::SortRole);
}

bool PartnerCreditFilterProxy::acceptsSourceRow(int sourceRow) const
{
    return filter().matches(m_credits->credit(sourceRow), effectiveToday());
}

bool PartnerCreditFilterProxy::sourceLessThan(int leftRow, int rightRow, int column) const
{
    const QModelIndex l = m_credits->index(leftRow, column);
    const QModelIndex r = m_credits->index(rightRow, column);
    const QVariant a = l.data(PartnerCreditModel::SortRole);
    const QVariant b = r.data(PartnerCreditModel::SortRole);
    // An unknown date compares unordered with every date; it sorts first so the order stays strict.
    if (a.isValid() != b.isValid())
        return !a.isValid();
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

const Money *PartnerCreditFilterProxy::remainingOf(int sourceRow) const
{
    const PartnerCredit &c = m_credits->credit(sourceRow);
    const bool over = c.status == PartnerCredit::Status::Redeemed || c.status == PartnerCredit::Status::Expired
        || (c.endDate.isValid() && c.endDate < effectiveToday());
    return over ? nullptr : &c.amount;
}

} // namespace CreditDesk
