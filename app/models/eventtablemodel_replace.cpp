// EventTableModel::replaceAll(): a refresh's 100,000 events matched against the table's on a
// worker thread, then applied on the GUI thread a few milliseconds per turn of the event loop.
#include "models/eventtablemodel.h"

#include <QElapsedTimer>

#include <algorithm>

namespace CreditDesk {

namespace {
/// Rows per signal while applying: bounds the work a proxy and a view do for one signal.
constexpr int MaxRun = 1024;
} // namespace

struct EventTableModel::ReplacePlan
{
    QList<CreditEvent> incoming;
    /// Per current row: the incoming event it is, or -1 when it vanished.
    std::vector<qsizetype> matchOf;
    /// Per current row: matched, and some field differs.
    std::vector<bool> changed;
    /// False when rows cannot be told apart by name or id: the table is reset instead.
    bool matched = false;
};

struct EventTableModel::Replacement
{
    enum class Phase { Planning, Removing, Changing, Appending };
    std::shared_ptr<std::atomic<bool>> cancelled = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<ReplacePlan> plan; ///< null while the worker plans
    Phase phase = Phase::Planning;
    int cursor = 0;
    std::vector<qsizetype> added; ///< incoming events no row matched, in their order
    size_t addedDone = 0;
};

EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_planner.setMaxThreadCount(1);
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &EventTableModel::applySlice);
}

EventTableModel::~EventTableModel()
{
    supersedeReplacement();
    m_planner.waitForDone(); // the worker calls back into this object
}

EventTableModel::ReplacePlan EventTableModel::planReplacement(const QList<CreditEvent> &current,
                                                              QList<CreditEvent> incoming,
                                                              const std::atomic<bool> &cancelled)
{
    ReplacePlan plan;
    plan.incoming = std::move(incoming);
    if (current.isEmpty()) { // every event is new: no reset, appended slice by slice
        plan.matched = true;
        return plan;
    }
    std::optional<std::vector<qsizetype>> matches = matchRows(current, plan.incoming, MatchBy::Name);
    if (!matches && !cancelled.load(std::memory_order_relaxed))
        matches = matchRows(current, plan.incoming, MatchBy::Id);
    if (!matches)
        return plan;
    plan.matchOf = std::move(*matches);
    plan.changed.assign(plan.matchOf.size(), false);
    for (size_t row = 0; row < plan.matchOf.size(); ++row) {
        if ((row & 4095) == 0 && cancelled.load(std::memory_order_relaxed))
            return plan;
        const qsizetype match = plan.matchOf[row];
        plan.changed[row] = match >= 0 && !(current.at(qsizetype(row)) == plan.incoming.at(match));
    }
    plan.matched = true;
    return plan;
}

void EventTableModel::replaceAll(QList<CreditEvent> events)
{
    supersedeReplacement();
    m_replace = std::make_unique<Replacement>();
    const std::shared_ptr<std::atomic<bool>> cancelled = m_replace->cancelled;
    // The worker reads a shallow copy of the rows. Until its plan is back the GUI thread
    // changes no row without superseding the plan first, so the copy stays shared, not copied.
    m_planner.start([this, cancelled, current = m_events, incoming = std::move(events)]() mutable {
        auto plan = std::make_shared<ReplacePlan>(planReplacement(current, std::move(incoming), *cancelled));
        current = {};
        if (cancelled->load())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, cancelled, plan] {
                if (m_replace && m_replace->cancelled == cancelled)
                    startApplying(plan);
            },
            Qt::QueuedConnection);
    });
}

void EventTableModel::startApplying(std::shared_ptr<ReplacePlan> plan)
{
    if (!plan->matched) {
        m_replace.reset();
        resetRows(std::move(plan->incoming));
        Q_EMIT replaceFinished();
        return;
    }
    Replacement &r = *m_replace;
    std::vector<bool> isMatched(size_t(plan->incoming.size()), false);
    for (qsizetype match : plan->matchOf) {
        if (match >= 0)
            isMatched[size_t(match)] = true;
    }
    for (qsizetype i = 0; i < plan->incoming.size(); ++i) {
        if (!isMatched[size_t(i)])
            r.added.push_back(i);
    }
    r.plan = std::move(plan);
    r.phase = Replacement::Phase::Removing;
    r.cursor = int(m_events.size()) - 1;
    applySlice();
}

void EventTableModel::applySlice()
{
    if (!m_replace || !m_replace->plan)
        return;
    Replacement &r = *m_replace;
    // A slot connected to the signals below may supersede this replacement (and destroy r):
    // the flag says so, and r is not touched after a signal once it is set.
    const std::shared_ptr<std::atomic<bool>> cancelled = r.cancelled;
    std::shared_ptr<ReplacePlan> keep = r.plan;
    ReplacePlan &plan = *keep;
    QElapsedTimer clock;
    clock.start();
    do {
        switch (r.phase) {
        case Replacement::Phase::Planning:
            return;
        case Replacement::Phase::Removing: {
            // From the end, one contiguous run at a time, so earlier rows keep their numbers.
            int row = r.cursor;
            while (row >= 0 && plan.matchOf[size_t(row)] >= 0)
                --row;
            if (row < 0) {
                // What is left are the matched rows, in order: drop the vanished rows' entries.
                size_t kept = 0;
                for (size_t i = 0; i < plan.matchOf.size(); ++i) {
                    if (plan.matchOf[i] >= 0) {
                        plan.matchOf[kept] = plan.matchOf[i];
                        plan.changed[kept] = plan.changed[i];
                        ++kept;
                    }
                }
                plan.matchOf.resize(kept);
                plan.changed.resize(kept);
                r.phase = Replacement::Phase::Changing;
                r.cursor = 0;
                break;
            }
            int first = row;
            while (first > 0 && plan.matchOf[size_t(first - 1)] < 0 && row - first + 1 < MaxRun)
                --first;
            r.cursor = first - 1;
            removeRowRun(first, row);
            break;
        }
        case Replacement::Phase::Changing: {
            const int rows = int(m_events.size());
            int row = r.cursor;
            while (row < rows && !plan.changed[size_t(row)])
                ++row;
            if (row >= rows) {
                r.phase = Replacement::Phase::Appending;
                break;
            }
            // One row per signal: Qt 6.4's QSortFilterProxyModel, sorting and filtering, answers
            // a multi-row dataChanged whose rows leave the filter with a dataChanged beyond its
            // own last row (QAbstractItemModelTester catches it in tst_models_eventreplace).
            m_events[row] = std::move(plan.incoming[plan.matchOf[size_t(row)]]);
            forgetRowCaches(row);
            r.cursor = row + 1;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            break;
        }
        case Replacement::Phase::Appending: {
            if (r.addedDone >= r.added.size()) {
                // Dropping the plan frees every incoming event a row kept: the worker does it.
                m_replace.reset();
                m_planner.start([done = std::move(keep)]() mutable { done.reset(); });
                Q_EMIT replaceFinished();
                return;
            }
            const size_t end = std::min(r.added.size(), r.addedDone + size_t(MaxRun));
            QList<CreditEvent> chunk;
            chunk.reserve(qsizetype(end - r.addedDone));
            for (size_t i = r.addedDone; i < end; ++i)
                chunk.append(std::move(plan.incoming[r.added[i]]));
            r.addedDone = end;
            insertRows(std::move(chunk));
            break;
        }
        }
    } while (!cancelled->load() && clock.elapsed() < m_sliceBudgetMs);
    if (!cancelled->load())
        m_sliceTimer.start();
}

void EventTableModel::supersedeReplacement()
{
    if (!m_replace)
        return;
    m_replace->cancelled->store(true);
    m_sliceTimer.stop();
    if (std::shared_ptr<ReplacePlan> plan = std::move(m_replace->plan))
        m_planner.start([plan]() mutable { plan.reset(); });
    m_replace.reset();
}

} // namespace CreditDesk
