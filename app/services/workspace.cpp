#include "services/workspace.h"

#include "auth/accountmanager.h"
#include "ledger/ledger.h"
#include "auth/browsersignin.h"
#include "auth/devicecodeflow.h"
#include "auth/signinsession.h"
#include "auth/tokenclient.h"
#include "azure/armclient.h"
#include "models/eventtablemodel.h"
#include "models/lottablemodel.h"
#include "storage/offlinecache.h"
#include "azure/azureapi.h"
#include "services/creditdiscovery.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QThread>

using namespace Qt::StringLiterals;

namespace CreditDesk {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_lots(new LotTableModel(this))
    , m_events(new EventTableModel(this))
{
    connect(m_events, &EventTableModel::replaceFinished, this, [this] {
        if (!std::exchange(m_finishWhenEventsApplied, false) || m_state != State::Refreshing)
            return;
        saveCache();
        finishRefresh(true);
    });
}

Workspace::Workspace(const Cloud &cloud, const QString &tenant, const QString &clientId, QObject *parent)
    : Workspace(parent)
{
    configure(cloud, tenant, clientId);
}

Workspace::~Workspace()
{
    if (m_discovery)
        m_discovery->cancel();
    if (m_cacheWriter)
        m_cacheWriter->wait(); // the last refresh is on disk before the app quits
    if (m_eventLoader)
        m_eventLoader->wait();
    delete m_cacheWriter;
    delete m_eventLoader;
}

void Workspace::setLedger(Ledger *ledger)
{
    m_ledger = ledger;
}

Ledger *Workspace::ledger() const
{
    return m_ledger;
}

void Workspace::setOfflineCache(OfflineCache *cache)
{
    m_cache = cache;
}

QList<CreditEvent> Workspace::eventsOfLot(const Lot &lot) const
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

QString Workspace::cacheKey() const
{
    if (!m_accountKey.isEmpty())
        return m_accountKey;
    const AccountInfo &account = m_session->account();
    if (account.objectId.isEmpty())
        return {};
    return m_cloud.id() + u'/' + account.tenantId + u'/' + account.objectId;
}

void Workspace::showCachedData(const QString &key)
{
    if (!m_cache || key.isEmpty() || key == m_shownCacheKey)
        return;
    // Lots first, at once (the start-up path); the events, most of the file, follow from a worker.
    auto snapshot = m_cache->load(key, OfflineCache::Parts::WithoutEvents);
    if (!snapshot) {
        Q_EMIT cacheNotice(snapshot.error());
        return;
    }
    if (!snapshot.value())
        return;
    const CachedSnapshot &data = *snapshot.value();
    m_shownCacheKey = key;
    m_shownAsOf = data.asOf;
    Q_EMIT shownAsOfChanged(m_shownAsOf);
    // This account's names only: the copy is per account, and configure() cleared the last one's.
    m_scopeNames = data.scopeNames;
    for (auto it = data.scopeNames.constBegin(); it != data.scopeNames.constEnd(); ++it)
        m_lots->setScopeName(it.key(), it.value());
    m_summaries = data.summaries;
    m_lots->replaceAll(data.lots);
    loadCachedEvents(key);
    setStatusText(tr("Showing your credits as of %1 (UTC).")
                      .arg(QLocale().toString(data.asOf.toUTC(), QLocale::ShortFormat)));
}

void Workspace::loadCachedEvents(const QString &key)
{
    OfflineCache *cache = m_cache;
    QThread *loader = QThread::create([this, cache, key] {
        auto full = cache->load(key);
        if (!full || !full.value())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, key, events = std::move(full.value()->events)] {
                // Only if these are still the figures on screen and no refresh has filled the table.
                if (m_shownCacheKey == key && m_shownAsOf.isValid() && m_events->rowCount() == 0
                    && !m_events->isReplacing()) {
                    m_events->setEvents(events);
                    // A refresh already under way was going to fill the empty table page by
                    // page; it now replaces these rows once it is complete instead.
                    m_appendEventsLive = false;
                }
            },
            Qt::QueuedConnection);
    });
    if (m_eventLoader)
        m_eventLoader->wait();
    delete m_eventLoader;
    m_eventLoader = loader;
    loader->start();
}

void Workspace::saveCache()
{
    const QString key = cacheKey();
    if (!m_cache || key.isEmpty())
        return;
    CachedSnapshot snapshot;
    snapshot.lots = m_lots->lots();
    snapshot.events = m_events->events();
    snapshot.scopeNames = m_scopeNames;
    snapshot.summaries = m_summaries;
    snapshot.asOf = QDateTime::currentDateTimeUtc();
    if (m_cacheWriter)
        m_cacheWriter->wait();
    delete m_cacheWriter;
    // Written off the GUI thread: 100,000 events take a moment.
    OfflineCache *cache = m_cache;
    m_cacheWriter = QThread::create([this, cache, key, snapshot = std::move(snapshot)]() mutable {
        // Dropped as soon as it is written: while the snapshot shares the tables' rows, the
        // next refresh would have to copy all of them before changing one.
        const CachedSnapshot written = std::exchange(snapshot, {});
        if (Status status = cache->save(key, written); !status) {
            QMetaObject::invokeMethod(this, [this, error = status.error()] { Q_EMIT cacheNotice(error); },
                                      Qt::QueuedConnection);
        }
    });
    m_cacheWriter->start();
    m_shownCacheKey = key;
    m_shownAsOf = {};
    Q_EMIT shownAsOfChanged(m_shownAsOf);
}

void Workspace::setAccountManager(AccountManager *accounts)
{
    m_accounts = accounts;
    connect(accounts, &AccountManager::secretStoreUnavailable, this, &Workspace::secretStoreUnavailable);
}

AccountManager *Workspace::accountManager() const
{
    return m_accounts.data();
}

void Workspace::configure(const Cloud &cloud, const QString &tenant, const QString &clientId)
{
    m_cloud = cloud;
    m_tenant = tenant;
    m_clientId = clientId;
    m_accountKey.clear();
    m_finishWhenEventsApplied = false;
    rebuildSignInChain();
    m_lots->clear();
    m_events->clear();
    m_summaries.clear();
    m_scopeNames.clear();
    m_shownCacheKey.clear();
    m_shownAsOf = {};
    setState(State::SignedOut);
}

void Workspace::rebuildSignInChain()
{
    // Children of the old chain go together; pending callbacks die with their contexts.
    if (m_discovery)
        m_discovery->cancel();
    for (QObject *old : std::initializer_list<QObject *>{m_discovery, m_api, m_deviceCode, m_browser, m_arm, m_session,
                                                          m_tokenClient})
        delete old;

    m_tokenClient = new TokenClient(m_network, m_cloud, m_tenant, m_clientId, this);
    m_session = new SignInSession(m_tokenClient, this);
    m_arm = new ArmClient(m_network, m_session, m_cloud.armUrl, this);
    m_deviceCode = new DeviceCodeFlow(m_tokenClient, this);
    m_browser = new BrowserSignIn(m_tokenClient, this);
    m_api = new AzureApi(m_arm, ApiVersions{}, this);
    m_discovery = new CreditDiscovery(m_api, this);
    // The tables need lots and events, the forecast's "now" the balance summaries; BillingBenefits
    // credits join with the ledger.
    m_discovery->setKinds(CreditDiscovery::Kind::Lots | CreditDiscovery::Kind::Events
                          | CreditDiscovery::Kind::CreditSummaries);

    connect(m_deviceCode, &DeviceCodeFlow::codeReady, this, [this](const DeviceCode &code) {
        setStatusText(tr("To sign in, open %1 and enter the code %2.")
                          .arg(code.verificationUri.toDisplayString(), code.userCode));
        Q_EMIT deviceCodeReady(code);
    });
    connect(m_deviceCode, &DeviceCodeFlow::succeeded, this, &Workspace::completeSignIn);
    connect(m_deviceCode, &DeviceCodeFlow::failed, this, &Workspace::failSignIn);
    connect(m_browser, &BrowserSignIn::authorizeWithBrowser, this, [this](const QUrl &url) {
        setStatusText(tr("Continue signing in in your browser…"));
        Q_EMIT openBrowser(url);
    });
    connect(m_browser, &BrowserSignIn::succeeded, this, &Workspace::completeSignIn);
    connect(m_browser, &BrowserSignIn::failed, this, &Workspace::failSignIn);
    connect(m_session, &SignInSession::signInRequired, this, [this](const Error &error) {
        m_discovery->cancel();
        failSignIn(error);
    });

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
            setStatusText(tr("Finding billing accounts…"));
        else
            setStatusText(tr("Loading credit lots: %1 of %2 billing scopes…").arg(done).arg(total));
        Q_EMIT refreshProgress(done, total);
    });
    connect(m_discovery, &CreditDiscovery::scopeFailed, this, [this](const QString &scope, const Error &error) {
        ++m_failedScopes;
        Q_EMIT scopeFailed(scope, error);
    });
    connect(m_discovery, &CreditDiscovery::scopeNote, this, &Workspace::scopeNote);
    connect(m_discovery, &CreditDiscovery::finished, this, [this](bool complete) {
        if (m_state != State::Refreshing)
            return;
        if (complete) {
            m_summaries = std::exchange(m_refreshSummaries, {});
            m_lots->removeAllExcept(std::exchange(m_refreshLotIds, {}));
            if (!m_appendEventsLive) {
                // Applied a slice per turn of the event loop; the refresh ends (and the copy
                // is written) once the table shows all of it.
                m_events->replaceAll(std::exchange(m_refreshEvents, {}));
                m_finishWhenEventsApplied = true;
                return;
            }
            saveCache();
        }
        finishRefresh(complete);
    });
}

void Workspace::finishRefresh(bool complete)
{
    // Counts as "label: number" so English needs no plural forms.
    const QString lots = QLocale().toString(m_lots->rowCount());
    if (complete)
        setStatusText(tr("Credit lots loaded: %1.").arg(lots));
    else if (m_failedScopes > 0)
        setStatusText(tr("Credit lots loaded: %1. Billing scopes that could not be read: %2.")
                          .arg(lots, QLocale().toString(m_failedScopes)));
    else
        setStatusText(tr("Refresh cancelled. Credit lots shown: %1.").arg(lots));
    setState(State::Idle);
    Q_EMIT refreshFinished(complete);
}

void Workspace::signInWithDeviceCode()
{
    setState(State::SigningIn);
    setStatusText(tr("Signing in to %1…").arg(m_cloud.displayName()));
    m_deviceCode->start();
}

void Workspace::signInWithBrowser()
{
    setState(State::SigningIn);
    setStatusText(tr("Signing in to %1…").arg(m_cloud.displayName()));
    m_browser->start();
}

void Workspace::useAccount(const StoredAccount &account)
{
    if (!m_accounts)
        return;
    auto cloud = account.cloud(m_cloud.kind == CloudKind::Sandbox ? m_cloud.armUrl : QUrl());
    if (!cloud) {
        failSignIn(cloud.error());
        return;
    }
    configure(cloud.value(), account.tenantId, m_clientId);
    showCachedData(account.key);
    setState(State::SigningIn);
    setStatusText(tr("Signing in as %1…").arg(account.userPrincipalName));
    m_accounts->restore(account, m_session, this, [this, account](Status status) {
        if (!status) {
            failSignIn(status.error());
            return;
        }
        m_accountKey = account.key;
        setStatusText(tr("Signed in as %1.").arg(account.userPrincipalName));
        setState(State::Idle);
        Q_EMIT signedIn(m_session->account());
    });
}

void Workspace::completeSignIn(const TokenResponse &response)
{
    m_session->adopt(response, Resource::Arm);
    if (m_accounts)
        m_accountKey = m_accounts->remember(m_cloud, m_session, m_tenant).key;
    showCachedData(cacheKey());
    const AccountInfo &account = m_session->account();
    setStatusText(tr("Signed in as %1.").arg(account.userPrincipalName));
    setState(State::Idle);
    Q_EMIT signedIn(account);
}

void Workspace::failSignIn(const Error &error)
{
    setStatusText(error.message);
    setState(State::SignedOut);
    Q_EMIT signInFailed(error);
}

void Workspace::cancelSignIn()
{
    m_deviceCode->cancel();
    m_browser->cancel();
    setStatusText(tr("Sign-in cancelled."));
    setState(State::SignedOut);
}

void Workspace::signOut()
{
    m_discovery->cancel();
    const QString key = std::exchange(m_accountKey, {});
    if (m_accounts && !key.isEmpty()) {
        m_accounts->signOut(key, this, [this](Status status) {
            if (!status)
                setStatusText(status.error().message);
        });
    }
    if (m_cache && !key.isEmpty()) {
        if (Status removed = m_cache->remove(key); !removed)
            Q_EMIT cacheNotice(removed.error());
    }
    m_session->signOut();
    m_finishWhenEventsApplied = false;
    m_lots->clear();
    m_events->clear();
    m_summaries.clear();
    m_scopeNames.clear();
    setStatusText(tr("Signed out."));
    setState(State::SignedOut);
    Q_EMIT signedOut();
}

void Workspace::refresh()
{
    if (!m_session->isSignedIn()) {
        setStatusText(tr("Sign in to load your credits."));
        return;
    }
    m_failedScopes = 0;
    m_refreshLotIds.clear();
    m_refreshEvents.clear();
    m_refreshSummaries.clear();
    m_finishWhenEventsApplied = false;
    m_appendEventsLive = m_events->rowCount() == 0 && !m_events->isReplacing();
    setState(State::Refreshing);
    m_discovery->start();
}

void Workspace::cancelRefresh()
{
    m_discovery->cancel();
}

void Workspace::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Workspace::setStatusText(const QString &text)
{
    if (m_statusText == text)
        return;
    m_statusText = text;
    Q_EMIT statusTextChanged(text);
}

} // namespace CreditDesk
