#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <optional>

namespace CreditDesk {

class CreditLoader;
class OfflineCache;

/// The offline copy of the signed-in account: what its last complete refresh showed, put on
/// screen at the next start until a refresh succeeds, and written after each one. Reading the
/// events and every write run on worker threads; their results come back to the GUI thread
/// through futures, so it never waits on a worker while the app runs.
///
/// When it is destroyed, loads still running are dropped (they only read), while a write
/// under way or queued is let finish, so the last refresh is on disk before the app quits
/// (the cache writes each snapshot in one transaction: a killed process leaves the previous one).
class OfflineCopy : public QObject
{
    Q_OBJECT
public:
    /// Fills and reads \a loader's tables.
    explicit OfflineCopy(CreditLoader *loader, QObject *parent = nullptr);
    ~OfflineCopy() override;

    /// Where copies are kept (not owned; the workers use their own copy of it). Optional.
    void setCache(OfflineCache *cache);

    /// When the data shown was fetched; invalid when it is live from this session's refresh.
    const QDateTime &shownAsOf() const { return m_shownAsOf; }

    /// Shows \a accountKey's copy: lots, names and summaries at once, the events from a
    /// worker. Nothing when there is none or it is already shown.
    void show(const QString &accountKey);
    /// Writes what the loader's tables show as \a accountKey's copy, off the GUI thread; the
    /// tables are live data from then on.
    void save(const QString &accountKey);
    /// Deletes \a accountKey's copy (sign-out).
    void remove(const QString &accountKey);
    /// Another cloud or tenant: nothing shown is anyone's copy any more.
    void forgetShown();

Q_SIGNALS:
    /// The copy could not be read (it was set aside) or written.
    void notice(const CreditDesk::Error &error);
    /// The tables now show the copy fetched at asOf; invalid asOf: live data again.
    void shownAsOfChanged(const QDateTime &asOf);
    void statusText(const QString &text);

private:
    void loadEvents(const QString &accountKey);

    CreditLoader *m_loader;
    std::optional<QString> m_cacheDirectory;
    QDateTime m_shownAsOf;
    QString m_shownKey;
    quint64 m_loadGeneration = 0;
    /// One writer thread: snapshots reach the disk in the order they were taken.
    QThreadPool m_writes;
};

} // namespace CreditDesk
