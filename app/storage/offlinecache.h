#pragma once

#include "core/result.h"
#include "domain/creditevent.h"
#include "domain/creditsummary.h"
#include "domain/lot.h"

#include <QDateTime>
#include <QHash>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace CreditDesk {

/// The last successful refresh of one account, as the tables and details panel show it.
struct CachedSnapshot
{
    QList<Lot> lots;
    QList<CreditEvent> events;
    QHash<QString, QString> scopeNames; ///< scope id → display name
    QList<std::pair<QString /*billingProfileId*/, CreditSummary>> summaries;
    QDateTime asOf; ///< when the data was fetched (UTC); shown as "as of <time>"
};

/// The offline copy: one SQLite file per account under a directory (the app passes
/// QStandardPaths::CacheLocation). File names are a hash of the account key, never a name
/// or id. Nothing auth-related is stored.
///
/// Every call opens its own uniquely named connection and closes it before returning, so
/// calls may run on any thread; calls for the same account are serialised.
class OfflineCache
{
public:
    /// Error::code of a cache that could not be read. The file has been set aside
    /// (`<file>.corrupt-<timestamp>`) and the next save() starts a fresh one.
    static constexpr QLatin1StringView CorruptCode { "cache_corrupt" };
    /// Error::code of a cache that could not be read although nothing is wrong with the file:
    /// busy (another CreditDesk), a full disk, permissions, a newer schema. Nothing was changed.
    static constexpr QLatin1StringView UnavailableCode { "cache_unavailable" };
    /// Error::code when save() or remove() could not write; the message says why.
    static constexpr QLatin1StringView WriteFailedCode { "cache_write_failed" };

    explicit OfflineCache(QString directory);

    QString directory() const { return m_directory; }
    /// The database file of \a accountKey (it may not exist).
    QString filePath(const QString &accountKey) const;

    /// What load() reads. WithoutEvents leaves CachedSnapshot::events empty: the ledger is
    /// most of the file, and the lots, summaries and scope names are what the first paint needs.
    enum class Parts { Everything, WithoutEvents };

    /// nullopt = nothing cached for this account. Upgrades an older schema in place.
    Result<std::optional<CachedSnapshot>> load(const QString &accountKey, Parts parts = Parts::Everything) const;
    /// Replaces the account's snapshot with \a snapshot in one transaction.
    Status save(const QString &accountKey, const CachedSnapshot &snapshot) const;
    /// Deletes the account's file (and its WAL/SHM); succeeds when there was none.
    Status remove(const QString &accountKey) const;

private:
    QString m_directory;
};

} // namespace CreditDesk
