#pragma once

#include "core/result.h"
#include "domain/creditevent.h"
#include "domain/creditsummary.h"
#include "domain/lot.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

namespace CreditDesk {

class AzureApi;
class CreditDiscovery;
class EventTableModel;
class LotTableModel;
struct CachedSnapshot;

/// Loading and refresh: the Lots and Transactions tables and the balance summaries, filled by
/// a credit discovery over one account's APIs. Partial results show as they arrive; a complete
/// refresh then replaces the tables (removing what vanished) without resetting them. The
/// workspace owns it and decides when to refresh; the offline copy fills it at start.
class CreditLoader : public QObject
{
    Q_OBJECT
public:
    explicit CreditLoader(QObject *parent = nullptr);

    LotTableModel *lots() const { return m_lots; }
    EventTableModel *events() const { return m_events; }
    /// Each MCA billing profile's credits balanceSummary (billing profile id, summary).
    const QList<std::pair<QString, CreditSummary>> &creditSummaries() const { return m_summaries; }
    /// The balance events that belong to a lot (by lot id).
    QList<CreditEvent> eventsOfLot(const Lot &lot) const;

    /// Reads through \a api from now on (null: nothing). A refresh under way is cancelled first.
    void setApi(AzureApi *api);
    /// Empties the tables, the summaries and the scope names.
    void clear();

    /// Fetches every billing scope; statusText(), progress() and finished() follow.
    void refresh();
    void cancel();
    /// The workspace stopped waiting for the refresh (signed out, switched cloud): its end,
    /// should it still come, changes nothing.
    void abandonRefresh()
    {
        m_refreshing = false;
        m_finishWhenEventsApplied = false;
    }

    /// Shows an offline copy's lots, scope names and summaries (its events come later).
    void showSnapshot(const CachedSnapshot &snapshot);
    /// Shows an offline copy's events, unless a refresh has filled the table meanwhile.
    void showCachedEvents(const QList<CreditEvent> &events);
    /// What the tables show now, for the offline copy (asOf left unset).
    CachedSnapshot snapshot() const;

Q_SIGNALS:
    /// A one-line, translated description of the refresh, for the status bar.
    void statusText(const QString &text);
    void progress(int scopesDone, int scopesTotal);
    void scopeFailed(const QString &scope, const CreditDesk::Error &error);
    /// A listing the service does not offer for the scope's agreement type: not a failure.
    void scopeNote(const QString &scope, const CreditDesk::Error &note);
    /// A complete refresh now fills the tables: the moment to write the offline copy.
    void completed();
    /// The refresh has ended; after a complete one the tables show all of it (the events'
    /// replacement, applied slice by slice, included).
    void finished(bool complete);

private:
    void saveCache() { Q_EMIT completed(); }
    void finishRefresh(bool complete);

    LotTableModel *m_lots;
    EventTableModel *m_events;
    CreditDiscovery *m_discovery = nullptr;
    // What the refresh in progress has brought so far; replaces the models when it completes.
    QSet<QString> m_refreshLotIds;
    QList<CreditEvent> m_refreshEvents;
    QList<std::pair<QString, CreditSummary>> m_refreshSummaries;
    QList<std::pair<QString, CreditSummary>> m_summaries;
    QHash<QString, QString> m_scopeNames;
    bool m_appendEventsLive = false;
    /// From refresh() until the refresh really ends: through the events' sliced replacement.
    bool m_refreshing = false;
    /// The refresh is complete but its events are still being applied to the table.
    bool m_finishWhenEventsApplied = false;
    int m_failedScopes = 0;
};

} // namespace CreditDesk
