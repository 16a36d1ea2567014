#include "storage/offlinecache.h"

#include "core/logging.h"
#include "core/privatefiles.h"
#include "storage/cacherows.h"
#include "storage/cacheschema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <memory>
#include <variant>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {

// SQLite's primary result codes (sqlite3.h); extended codes carry them in the low byte.
enum SqliteCode { SqlitePerm = 3, SqliteBusy = 5, SqliteLocked = 6, SqliteReadOnly = 8, SqliteIoErr = 10,
                  SqliteCorrupt = 11, SqliteFull = 13, SqliteCantOpen = 14, SqliteNotADb = 26 };

/// Why an internal step failed. Only a file that is not a usable database (SQLite says
/// corrupt or not a database, or it holds tables that are not ours) is `corrupt`, and only
/// that is set aside. Busy, locked, full, read-only and permission errors leave every file
/// as it is: they may be another CreditDesk's, and nothing is wrong with them.
struct Failure
{
    QString detail; ///< for the log: SQL error text, never data
    bool corrupt = false;
    int sqliteCode = 0; ///< primary result code, 0 when not from SQLite
    bool newerSchema = false;
};

template<typename T> using Outcome = std::variant<T, Failure>;

Failure codeFailure(const QString &detail, int code)
{
    return Failure { detail, code == SqliteCorrupt || code == SqliteNotADb, code };
}

Failure sqlFailure(const QString &what, const QSqlError &e)
{
    return codeFailure(what + u": "_s + e.text(), e.nativeErrorCode().toInt() & 0xff);
}

/// From a CacheSchema error, whose code is "sqlite:<result code>".
Failure schemaFailure(const Error &error)
{
    const int code = error.code.startsWith(u"sqlite:"_s) ? QStringView(error.code).mid(7).toInt() & 0xff : 0;
    return codeFailure(error.message, code);
}

/// Calls for the same file are serialised; different accounts run in parallel.
std::shared_ptr<QMutex> mutexFor(const QString &path)
{
    static QMutex guard;
    static QHash<QString, std::shared_ptr<QMutex>> mutexes;
    QMutexLocker locker(&guard);
    std::shared_ptr<QMutex> &m = mutexes[path];
    if (!m)
        m = std::make_shared<QMutex>();
    return m;
}

/// One connection with a process-unique name, closed and removed on destruction (queries
/// made on it must be gone by then: declare it before them).
class Connection
{
public:
    explicit Connection(const QString &path)
    {
        static std::atomic<quint64> counter { 0 };
        m_name = u"creditdesk-cache-%1"_s.arg(++counter);
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=2000"_s);
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

/// Opens, configures and brings the schema to the current version. \a createIfEmpty = false
/// leaves an empty file untouched and reports version 0.
Outcome<int> prepare(QSqlDatabase &db, bool createIfEmpty)
{
    if (!db.open())
        return sqlFailure(u"open"_s, db.lastError());
    if (Status s = CacheSchema::configure(db); !s)
        return schemaFailure(s.error());
    Result<int> version = CacheSchema::userVersion(db);
    if (!version)
        return schemaFailure(version.error());
    const int v = *version;
    if (v > CacheSchema::CurrentVersion) {
        // A newer CreditDesk's copy: not ours to change, and nothing is wrong with it.
        Failure newer { u"schema version %1 is newer than this build's %2"_s.arg(v).arg(CacheSchema::CurrentVersion) };
        newer.newerSchema = true;
        return newer;
    }
    if (v < 0)
        return Failure { u"schema version %1 is not valid"_s.arg(v), true };
    if (v == 0) {
        // An empty file is "nothing cached"; a database with tables but no version is not ours.
        QSqlQuery q(db);
        if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next())
            return sqlFailure(u"sqlite_master"_s, q.lastError());
        if (q.value(0).toLongLong() != 0)
            return Failure { u"not an offline cache (tables without a schema version)"_s, true };
        if (!createIfEmpty)
            return 0;
    }
    if (v < CacheSchema::CurrentVersion) {
        if (Status s = CacheSchema::migrate(db, v); !s)
            return schemaFailure(s.error());
    }
    return CacheSchema::CurrentVersion;
}

bool exec(QSqlQuery &q, const QString &sql, Failure &failure)
{
    if (q.exec(sql))
        return true;
    failure = sqlFailure(sql.left(60), q.lastError());
    return false;
}

Outcome<std::optional<CachedSnapshot>> readSnapshot(QSqlDatabase &db, bool withEvents)
{
    Failure failure;
    CachedSnapshot snap;
    CacheRows::Interner interner;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // One read transaction: the tables come from the same save even if one runs meanwhile.
    if (!exec(q, u"BEGIN"_s, failure))
        return failure;
    auto fail = [&db](Failure f) {
        QSqlQuery rollback(db);
        if (!rollback.exec(u"ROLLBACK"_s))
            qCWarning(lcStorage) << "rollback failed:" << rollback.lastError().text();
        return f;
    };
    if (!exec(q, u"SELECT as_of_ms FROM snapshot WHERE id = 1"_s, failure))
        return fail(failure);
    if (!q.next()) {
        if (q.lastError().isValid())
            return fail(sqlFailure(u"snapshot"_s, q.lastError()));
        fail({});
        return std::optional<CachedSnapshot>();
    }
    if (!q.value(0).isNull())
        snap.asOf = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);

    auto readTable = [&](const QString &sql, auto &&onRow) -> bool {
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!exec(rows, sql, failure))
            return false;
        while (rows.next())
            onRow(rows);
        if (rows.lastError().isValid()) {
            failure = sqlFailure(sql.left(60), rows.lastError());
            return false;
        }
        return true;
    };
    auto count = [&](const QString &table) -> qsizetype {
        QSqlQuery c(db);
        c.setForwardOnly(true);
        if (c.exec(u"SELECT count(*) FROM "_s + table) && c.next())
            return qsizetype(c.value(0).toLongLong());
        return 0;
    };
    snap.lots.reserve(count(u"lots"_s));
    if (withEvents)
        snap.events.reserve(count(u"events"_s));
    const bool ok = readTable(u"SELECT "_s + CacheRows::lotColumns() + u" FROM lots ORDER BY seq"_s,
                              [&](const QSqlQuery &r) { snap.lots.append(CacheRows::readLot(r, interner)); })
        && (!withEvents
            || readTable(u"SELECT "_s + CacheRows::eventColumns() + u" FROM events ORDER BY seq"_s,
                         [&](const QSqlQuery &r) { snap.events.append(CacheRows::readEvent(r, interner)); }))
        && readTable(u"SELECT "_s + CacheRows::summaryColumns() + u" FROM summaries ORDER BY seq"_s,
                     [&](const QSqlQuery &r) { snap.summaries.append(CacheRows::readSummary(r, interner)); })
        && readTable(u"SELECT scope_id, display_name FROM scope_names"_s,
                     [&](const QSqlQuery &r) { snap.scopeNames.insert(r.value(0).toString(), r.value(1).toString()); });
    if (!ok)
        return fail(failure);
    if (!exec(q, u"COMMIT"_s, failure))
        return failure;
    return std::optional<CachedSnapshot>(std::move(snap));
}

template<typename Rows, typename Bind>
bool insertAll(QSqlDatabase &db, const QString &sql, const Rows &rows, Bind &&bind, Failure &failure)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        failure = sqlFailure(u"prepare"_s, q.lastError());
        return false;
    }
    for (const auto &row : rows) {
        bind(q, row);
        if (!q.exec()) {
            failure = sqlFailure(u"insert"_s, q.lastError());
            return false;
        }
    }
    return true;
}

Outcome<bool> writeSnapshot(QSqlDatabase &db, const CachedSnapshot &snap)
{
    Failure failure;
    QSqlQuery q(db);
    if (!exec(q, u"BEGIN IMMEDIATE"_s, failure))
        return failure;
    const bool ok = exec(q, u"DELETE FROM lots"_s, failure) && exec(q, u"DELETE FROM events"_s, failure)
        && exec(q, u"DELETE FROM summaries"_s, failure) && exec(q, u"DELETE FROM scope_names"_s, failure)
        && exec(q, u"DELETE FROM snapshot"_s, failure)
        && insertAll(
                        db, CacheRows::insertSql(u"lots"_s, CacheRows::lotColumns()), snap.lots,
                        [](QSqlQuery &s, const Lot &l) { CacheRows::bindLot(s, l); }, failure)
        && insertAll(
                        db, CacheRows::insertSql(u"events"_s, CacheRows::eventColumns()), snap.events,
                        [](QSqlQuery &s, const CreditEvent &e) { CacheRows::bindEvent(s, e); }, failure)
        && insertAll(
                        db, CacheRows::insertSql(u"summaries"_s, CacheRows::summaryColumns()), snap.summaries,
                        [](QSqlQuery &s, const std::pair<QString, CreditSummary> &p) {
                            CacheRows::bindSummary(s, p.first, p.second);
                        },
                        failure)
        && insertAll(
                        db, u"INSERT INTO scope_names (scope_id, display_name) VALUES (?, ?)"_s,
                        snap.scopeNames.asKeyValueRange(),
                        [](QSqlQuery &s, const auto &kv) {
                            s.bindValue(0, kv.first);
                            s.bindValue(1, kv.second.isNull() ? u""_s : kv.second);
                        },
                        failure);
    if (ok) {
        QSqlQuery meta(db);
        if (!meta.prepare(u"INSERT INTO snapshot (id, as_of_ms, saved_at_ms) VALUES (1, ?, ?)"_s)) {
            failure = sqlFailure(u"prepare snapshot"_s, meta.lastError());
        } else {
            meta.bindValue(0, snap.asOf.isValid() ? QVariant(qlonglong(snap.asOf.toMSecsSinceEpoch())) : QVariant());
            meta.bindValue(1, QVariant(qlonglong(QDateTime::currentMSecsSinceEpoch())));
            if (meta.exec() && q.exec(u"COMMIT"_s))
                return true;
            failure = sqlFailure(u"commit"_s, meta.lastError().isValid() ? meta.lastError() : q.lastError());
        }
    }
    QSqlQuery rollback(db);
    if (!rollback.exec(u"ROLLBACK"_s))
        qCWarning(lcStorage) << "rollback failed:" << rollback.lastError().text();
    return failure;
}

QStringList sidecars(const QString &path)
{
    return { path + u"-wal"_s, path + u"-shm"_s, path + u"-journal"_s };
}

/// Moves a bad file (and its WAL) to `<file>.corrupt-<timestamp>`; earlier set-aside copies
/// of the same account are dropped so they do not pile up.
void setAside(const QString &path)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    const QStringList old = dir.entryList({ info.fileName() + u".corrupt-*"_s }, QDir::Files | QDir::Hidden);
    for (const QString &name : old)
        QFile::remove(dir.filePath(name));
    const QString aside = path + u".corrupt-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmsszzz"_s);
    if (QFile::exists(path) && !QFile::rename(path, aside)) {
        qCWarning(lcStorage) << "could not move the unreadable cache aside; deleting it";
        QFile::remove(path);
    }
    if (QFile::exists(path + u"-wal"_s) && !QFile::rename(path + u"-wal"_s, aside + u"-wal"_s))
        QFile::remove(path + u"-wal"_s);
    for (const QString &s : sidecars(path))
        QFile::remove(s);
    qCWarning(lcStorage) << "unreadable offline cache set aside as" << QFileInfo(aside).fileName();
}

Error corruptError()
{
    return Error(QCoreApplication::translate("OfflineCache",
                                             "The offline copy could not be read and was set aside; "
                                             "CreditDesk starts empty and refreshes."),
                 QString(OfflineCache::CorruptCode));
}

/// What went wrong with a file that is fine in itself, and what to do; nothing was changed.
QString leftAloneReason(const Failure &failure, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    if (failure.newerSchema)
        return QCoreApplication::translate("OfflineCache", "%1 was written by a newer version of CreditDesk and was "
                                                           "left as it is. Update CreditDesk to use it.").arg(file);
    switch (failure.sqliteCode) {
    case SqliteBusy:
    case SqliteLocked:
        return QCoreApplication::translate("OfflineCache", "%1 is in use by another program, perhaps another "
                                                           "CreditDesk. It was left as it is; close the other "
                                                           "program, then refresh.").arg(file);
    case SqliteFull:
    case SqliteIoErr:
        return QCoreApplication::translate("OfflineCache", "the disk holding %1 is full or failing. Nothing was "
                                                           "changed; free some space, then refresh.").arg(file);
    case SqlitePerm:
    case SqliteReadOnly:
    case SqliteCantOpen:
        return QCoreApplication::translate("OfflineCache", "CreditDesk may not write %1. Nothing was changed; check "
                                                           "the permissions of the file and its folder.").arg(file);
    default:
        return QCoreApplication::translate("OfflineCache", "%1 could not be used. Nothing was changed.").arg(file);
    }
}

Error writeError(const QString &reason)
{
    return Error(QCoreApplication::translate("OfflineCache",
                                             "The offline copy could not be saved; the data shown "
                                             "is kept until CreditDesk closes.")
                     + (reason.isEmpty() ? QString() : u' ' + reason),
                 QString(OfflineCache::WriteFailedCode));
}

Error unavailableError(const QString &reason)
{
    return Error(QCoreApplication::translate("OfflineCache", "The offline copy could not be read: %1").arg(reason),
                 QString(OfflineCache::UnavailableCode));
}

Error driverError()
{
    return Error(QCoreApplication::translate("OfflineCache",
                                             "The offline copy is unavailable: the SQLite driver "
                                             "(package libqt6sql6-sqlite) is not installed."),
                 QString(OfflineCache::WriteFailedCode));
}

} // namespace

OfflineCache::OfflineCache(QString directory) : m_directory(std::move(directory)) { }

QString OfflineCache::filePath(const QString &accountKey) const
{
    const QByteArray hash = QCryptographicHash::hash(accountKey.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(m_directory).filePath(u"account-"_s + QString::fromLatin1(hash.left(32)) + u".sqlite"_s);
}

Result<std::optional<CachedSnapshot>> OfflineCache::load(const QString &accountKey, Parts parts) const
{
    const QString path = filePath(accountKey);
    const std::shared_ptr<QMutex> mutex = mutexFor(path);
    QMutexLocker locker(mutex.get());
    if (!QFile::exists(path))
        return std::optional<CachedSnapshot>();
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return driverError();
    // A copy an older CreditDesk (or a restored backup) left readable by others is tightened.
    if (Status dir = PrivateFiles::ensureDirectory(m_directory); !dir)
        qCWarning(lcStorage) << "cache directory:" << dir.error().message;
    PrivateFiles::tightenSqliteFiles(path);

    Outcome<std::optional<CachedSnapshot>> outcome = Failure {};
    {
        Connection c(path);
        Outcome<int> version = prepare(c.db(), false);
        if (const Failure *f = std::get_if<Failure>(&version))
            outcome = *f;
        else if (std::get<int>(version) == 0)
            outcome = std::optional<CachedSnapshot>();
        else
            outcome = readSnapshot(c.db(), parts == Parts::Everything);
    }
    if (const Failure *f = std::get_if<Failure>(&outcome)) {
        qCWarning(lcStorage) << "offline cache unreadable:" << f->detail;
        if (!f->corrupt)
            return unavailableError(leftAloneReason(*f, path));
        setAside(path);
        return corruptError();
    }
    return std::get<0>(std::move(outcome));
}

Status OfflineCache::save(const QString &accountKey, const CachedSnapshot &snapshot) const
{
    const QString path = filePath(accountKey);
    const std::shared_ptr<QMutex> mutex = mutexFor(path);
    QMutexLocker locker(mutex.get());
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return driverError();
    if (Status dir = PrivateFiles::ensureDirectory(m_directory); !dir) {
        qCWarning(lcStorage) << "cannot create the cache directory";
        return writeError(dir.error().message);
    }
    if (Status file = PrivateFiles::ensureFile(path); !file)
        return writeError(file.error().message);
    PrivateFiles::tightenSqliteFiles(path);
    // A file that cannot be opened as a current database is set aside and the save retried
    // once on a fresh file; a write failure (disk full) is reported and changes nothing.
    for (int attempt = 0; attempt < 2; ++attempt) {
        Outcome<bool> outcome = Failure {};
        {
            Connection c(path);
            Outcome<int> version = prepare(c.db(), true);
            if (const Failure *f = std::get_if<Failure>(&version))
                outcome = *f;
            else
                outcome = writeSnapshot(c.db(), snapshot);
        }
        const Failure *f = std::get_if<Failure>(&outcome);
        if (!f)
            return {};
        qCWarning(lcStorage) << "offline cache save failed:" << f->detail;
        if (!f->corrupt || attempt == 1)
            return writeError(f->corrupt ? QString() : leftAloneReason(*f, path));
        setAside(path);
        // The fresh file is born owner-only too, before SQLite creates it with the umask's mode.
        if (Status file = PrivateFiles::ensureFile(path); !file)
            return writeError(file.error().message);
    }
    return writeError({});
}

Status OfflineCache::remove(const QString &accountKey) const
{
    const QString path = filePath(accountKey);
    const std::shared_ptr<QMutex> mutex = mutexFor(path);
    QMutexLocker locker(mutex.get());
    bool ok = true;
    QStringList files = sidecars(path);
    files.prepend(path);
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    for (const QString &name : dir.entryList({ info.fileName() + u".corrupt-*"_s }, QDir::Files | QDir::Hidden))
        files.append(dir.filePath(name));
    for (const QString &file : std::as_const(files)) {
        if (QFile::exists(file) && !QFile::remove(file))
            ok = false;
    }
    if (!ok) {
        qCWarning(lcStorage) << "could not delete the offline cache of a signed-out account";
        return Error(QCoreApplication::translate("OfflineCache",
                                                 "The offline copy of this account could not be deleted "
                                                 "from %1.")
                         .arg(QDir::toNativeSeparators(m_directory)),
                     QString(OfflineCache::WriteFailedCode));
    }
    return {};
}

} // namespace CreditDesk
