#include "services/creditloader.h"

#include "models/eventtablemodel.h"
#include "models/lottablemodel.h"
#include "services/creditdiscovery.h"
#include "storage/offlinecache.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace CreditDesk {

CreditLoader::CreditLoader(QObject *parent)
    : QObject(parent)
    , m_lots(new LotTableModel(this))
    , m_events(new EventTableModel(this))
{
    connect(m_events, &EventTableModel::replaceFinished, this, [this] {
        if (!std::exchange(m_finishWhenEventsApplied, false) || !m_refreshing)
            return;
        saveCache();
        finishRefresh(true);
    });
}

QList<CreditEvent> CreditLoader::eventsOfLot(const Lot &lot) const
{
    QList<CreditEvent> result;
    const QString suffix = u'/' + lot.name;
    for (const CreditEvent &event : m_events->events()) {
        if (event.lotId == lot.id || event.lotId == lot.name || (!event.lotId.isEmpty() && event.lotId.endsWith(suffix)))
            result.append(event);
    }
    std::sort(result.begin(), result.end(),
              [](const CreditEvent &a, const CreditEvent &b) { return a.transactionDate < b.transactionDate; });
    return result;
}

void CreditLoader::clear()
{
    m_lots->clear();
    m_events->clear();
    m_summaries.clear();
    m_scopeNames.clear();
}

void CreditLoader::setApi(AzureApi *api)
{
    // Pending callbacks die with the old discovery, their context.
    if (m_discovery)
        m_discovery->cancel();
    delete std::exchange(m_discovery, nullptr);
    if (!api)
        return;
    m_discovery = new CreditDiscovery(api, this);
    // The tables need lots and events, the forecast's "now" the balance summaries; BillingBenefits
    // credits join with the ledger.
    m_discovery->setKinds(CreditDiscovery::Kind::Lots | CreditDiscovery::Kind::Events
                          | CreditDiscovery::Kind::CreditSummaries);

    // Partial results show as they arrive; a complete refresh then replaces the tables
    // (removing what vanished) without resetting them.
    connect(m_discovery, &CreditDiscovery::lotsArrived, this, [this](const QList<Lot> &lots) {
        // The rows live in the table; the refresh only remembers which ids it has seen.
        for (const Lot &lot : lots)
            m_refreshLotIds.insert(lot.id);
        m_lots->upsert(lots);
    });
    connect(m_discovery, &CreditDiscovery::eventsArrived, this, [this](const QList<CreditEvent> &events) {
        // An empty table fills as pages arrive; a full one is replaced once, at the end.
        if (m_appendEventsLive)
            m_events->append(events);
        else
            m_refreshEvents.append(events);
    });
    connect(m_discovery, &CreditDiscovery::creditSummaryArrived, this,
            [this](const QString &, const QString &profileId, const CreditSummary &summary) {
                m_refreshSummaries.append({profileId, summary});
            });
    connect(m_discovery, &CreditDiscovery::scopeNamed, this, [this](const QString &id, const QString &name) {
        m_scopeNames.insert(id, name);
        m_lots->setScopeName(id, name);
    });
    connect(m_discovery, &CreditDiscovery::progress, this, [this](int done, int total) {
        if (total == 0)
            Q_EMIT statusText(tr("Finding billing accounts…"));
        else
            Q_EMIT statusText(tr("Loading credit lots: %1 of %2 billing scopes…").arg(done).arg(total));
        Q_EMIT progress(done, total);
    });
    connect(m_discovery, &CreditDiscovery::scopeFailed, this, [this](const QString &scope, const Error &error) {
        ++m_failedScopes;
        Q_EMIT scopeFailed(scope, error);
    });
    connect(m_discovery, &CreditDiscovery::scopeNote, this, &CreditLoader::scopeNote);
    connect(m_discovery, &CreditDiscovery::finished, this, [this](bool complete) {
        // Cleared only when the refresh ends: a complete one may still be applying its events.
        if (!m_refreshing)
            return;
        if (complete) {
            m_summaries = std::exchange(m_refreshSummaries, {});
            m_lots->removeAllExcept(std::exchange(m_refreshLotIds, {}));
            if (!m_appendEventsLive) {
                // Applied a slice per turn of the event loop; the refresh ends (and the copy
                // is written) once the table shows all of it.
                m_finishWhenEventsApplied = true;
                m_events->replaceAll(std::exchange(m_refreshEvents, {}));
                return;
            }
            saveCache();
        }
        finishRefresh(complete);
    });
}

void CreditLoader::finishRefresh(bool complete)
{
    m_refreshing = false;
    // Counts as "label: number" so English needs no plural forms.
    const QString lots = QLocale().toString(m_lots->rowCount());
    if (complete)
        Q_EMIT statusText(tr("Credit lots loaded: %1.").arg(lots));
    else if (m_failedScopes > 0)
        Q_EMIT statusText(tr("Credit lots loaded: %1. Billing scopes that could not be read: %2.")
                              .arg(lots, QLocale().toString(m_failedScopes)));
    else
        Q_EMIT statusText(tr("Refresh cancelled. Credit lots shown: %1.").arg(lots));
    Q_EMIT finished(complete);
}

void CreditLoader::refresh()
{
    m_failedScopes = 0;
    m_refreshLotIds.clear();
    m_refreshEvents.clear();
    m_refreshSummaries.clear();
    m_finishWhenEventsApplied = false;
    m_appendEventsLive = m_events->rowCount() == 0 && !m_events->isReplacing();
    m_refreshing = true;
    m_discovery->start();
}

void CreditLoader::cancel()
{
    if (m_discovery)
        m_discovery->cancel();
}

void CreditLoader::showSnapshot(const CachedSnapshot &data)
{
    // This account's names only: the copy is per account, and configure() cleared the last one's.
    m_scopeNames = data.scopeNames;
    for (auto it = data.scopeNames.constBegin(); it != data.scopeNames.constEnd(); ++it)
        m_lots->setScopeName(it.key(), it.value());
    m_summaries = data.summaries;
    m_lots->replaceAll(data.lots);
}

void CreditLoader::showCachedEvents(const QList<CreditEvent> &events)
{
    // Not over a refresh's rows: filled already, or a replacement still being applied.
    if (m_events->rowCount() != 0 || m_events->isReplacing())
        return;
    m_events->setEvents(events);
    // A refresh already under way was going to fill the empty table page by page; it now
    // replaces these rows once it is complete instead.
    m_appendEventsLive = false;
}

CachedSnapshot CreditLoader::snapshot() const
{
    CachedSnapshot snapshot;
    snapshot.lots = m_lots->lots();
    snapshot.events = m_events->events();
    snapshot.scopeNames = m_scopeNames;
    snapshot.summaries = m_summaries;
    return snapshot;
}

} // namespace CreditDesk
