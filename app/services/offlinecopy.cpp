#include "services/offlinecopy.h"

#include "services/creditloader.h"
#include "storage/offlinecache.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QPromise>

#include <memory>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {

/// Runs \a work on \a pool and hands its result over as a future; a job the pool drops
/// before it starts leaves the future cancelled, without a result.
template<typename T, typename Work>
QFuture<T> runOn(QThreadPool *pool, Work work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    pool->start([promise, work = std::move(work)]() mutable {
        promise->start();
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

/// Calls \a done with the future's result on \a context's thread, if both are still there.
template<typename T, typename Done>
void whenReady(const QFuture<T> &future, QObject *context, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            done(watcher->result());
    });
    watcher->setFuture(future);
}

} // namespace

OfflineCopy::OfflineCopy(CreditLoader *loader, QObject *parent)
    : QObject(parent)
    , m_loader(loader)
{
    m_writes.setMaxThreadCount(1);
}

OfflineCopy::~OfflineCopy()
{
    // Data over speed: the last refresh is on disk before the app quits. Loads are not
    // waited for; they run on the global pool with a cache of their own.
    m_writes.waitForDone();
}

void OfflineCopy::setCache(OfflineCache *cache)
{
    if (cache)
        m_cacheDirectory = cache->directory();
    else
        m_cacheDirectory.reset();
}

void OfflineCopy::forgetShown()
{
    m_shownKey.clear();
    m_shownAsOf = {};
}

void OfflineCopy::show(const QString &key)
{
    if (!m_cacheDirectory || key.isEmpty() || key == m_shownKey)
        return;
    // Lots first, at once (the start-up path); the events, most of the file, follow from a worker.
    auto snapshot = OfflineCache(*m_cacheDirectory).load(key, OfflineCache::Parts::WithoutEvents);
    if (!snapshot) {
        Q_EMIT notice(snapshot.error());
        return;
    }
    if (!snapshot.value())
        return;
    const CachedSnapshot &data = *snapshot.value();
    m_shownKey = key;
    m_shownAsOf = data.asOf;
    Q_EMIT shownAsOfChanged(m_shownAsOf);
    m_loader->showSnapshot(data);
    loadEvents(key);
    Q_EMIT statusText(tr("Showing your credits as of %1 (UTC).")
                          .arg(QLocale().toString(data.asOf.toUTC(), QLocale::ShortFormat)));
}

void OfflineCopy::loadEvents(const QString &key)
{
    using Events = std::optional<QList<CreditEvent>>;
    const quint64 generation = ++m_loadGeneration;
    const OfflineCache cache(*m_cacheDirectory);
    const QFuture<Events> loaded = runOn<Events>(QThreadPool::globalInstance(), [cache, key]() -> Events {
        auto full = cache.load(key);
        if (!full || !full.value())
            return std::nullopt;
        return std::move(full.value()->events);
    });
    whenReady(loaded, this, [this, key, generation](const Events &events) {
        // Only the latest load, and only if these are still the figures on screen.
        if (!events || generation != m_loadGeneration || m_shownKey != key || !m_shownAsOf.isValid())
            return;
        m_loader->showCachedEvents(*events);
    });
}

void OfflineCopy::save(const QString &key)
{
    if (!m_cacheDirectory || key.isEmpty())
        return;
    auto pending = std::make_shared<CachedSnapshot>(m_loader->snapshot());
    pending->asOf = QDateTime::currentDateTimeUtc();
    // Written off the GUI thread: 100,000 events take a moment.
    const OfflineCache cache(*m_cacheDirectory);
    const QFuture<Status> written = runOn<Status>(&m_writes, [cache, key, pending]() -> Status {
        // Dropped as soon as it is written: while the snapshot shares the tables' rows, the
        // next refresh would have to copy all of them before changing one.
        const CachedSnapshot taken = std::exchange(*pending, {});
        return cache.save(key, taken);
    });
    whenReady(written, this, [this](const Status &status) {
        if (!status)
            Q_EMIT notice(status.error());
    });
    m_shownKey = key;
    m_shownAsOf = {};
    Q_EMIT shownAsOfChanged(m_shownAsOf);
}

void OfflineCopy::remove(const QString &key)
{
    if (!m_cacheDirectory || key.isEmpty())
        return;
    if (Status removed = OfflineCache(*m_cacheDirectory).remove(key); !removed)
        Q_EMIT notice(removed.error());
}

} // namespace CreditDesk
