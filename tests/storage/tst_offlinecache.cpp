#include "cachefixtures.h"
#include "storage/cacheschema.h"
#include "storage/offlinecache.h"
#include "core/privatefiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <ctime>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace CreditDesk;

using namespace CacheFixtures;

namespace {

QStringList corruptCopies(const QString &path)
{
    const QFileInfo info(path);
    QStringList copies = info.absoluteDir().entryList({ info.fileName() + u".corrupt-*"_s }, QDir::Files);
    copies.removeIf([](const QString &name) { return name.endsWith(u"-wal"_s); }); // its WAL, moved along
    return copies;
}

/// Runs \a fn on a raw connection to \a path (unique name, removed afterwards).
template<typename Fn> void withRawDb(const QString &path, Fn &&fn)
{
    const QString name = u"raw-test-connection"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestOfflineCache : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.emplace().isValid()); }

    void nothingCached();
    void roundTripEveryField();
    void saveReplacesSnapshot();
    void perAccountIsolation();
    void removeOnSignOut();
    void migratesFromVersion1();
    void corruptFile_data();
    void corruptFile();
    void fineFilesThatCannotBeUsedAreLeftAlone_data();
    void fineFilesThatCannotBeUsedAreLeftAlone();
    void filesAreOwnerOnly();
    void saveOverCorruptFileWithoutLoad();
    void noTokensStored();
    void worksFromWorkerThreads();
    void timing10kLots100kEvents();

private:
    std::optional<QTemporaryDir> m_dir;
};

void TestOfflineCache::nothingCached()
{
    OfflineCache cache(m_dir->path());
    auto loaded = cache.load(u"public/tenant/object"_s);
    QVERIFY(loaded.ok());
    QVERIFY(!loaded->has_value());
    QVERIFY(!QFile::exists(cache.filePath(u"public/tenant/object"_s))); // load creates nothing
}

void TestOfflineCache::roundTripEveryField()
{
    OfflineCache cache(m_dir->path() + u"/sub/dir"_s); // created on first save
    const CachedSnapshot snap = sampleSnapshot();
    const Status saved = cache.save(u"k"_s, snap);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    auto loaded = cache.load(u"k"_s);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QVERIFY(loaded->has_value());
    const CachedSnapshot &back = **loaded;
    compareSnapshots(snap, back);
    if (QTest::currentTestFailed())
        return;
    // Absent stays absent (not zero), JPY keeps 0 digits, negatives keep their sign.
    QVERIFY(!back.lots[1].originalAmount && !back.lots[1].closedBalance && !back.lots[1].usedAmount);
    QVERIFY(back.lots[1].originalAmountInBillingCurrency.isEmpty());
    QVERIFY(!back.lots[1].startDate.isValid());
    QCOMPARE(back.lots[0].usedAmount->toDecimalString(), u"500"_s);
    QCOMPARE(back.lots[0].closedBalance->toDecimalString(), u"-123.46"_s);
    QCOMPARE(back.lots[0].closedBalanceInBillingCurrency.amount->toDecimalString(), u"-1.234"_s);
    QCOMPARE(back.lots[0].startDate.timeSpec(), Qt::UTC);
    QCOMPARE(back.lots[0].startDate, snap.lots[0].startDate);
    QCOMPARE(back.asOf, snap.asOf);
    QVERIFY(!back.summaries[1].second.estimatedBalance);

    // Empty snapshot (a tenant with no credits) is still "something cached".
    QVERIFY(cache.save(u"empty"_s, CachedSnapshot {}).ok());
    auto empty = cache.load(u"empty"_s);
    QVERIFY(empty.ok());
    QVERIFY(empty->has_value());
    QVERIFY((*empty)->lots.isEmpty());
    QVERIFY(!(*empty)->asOf.isValid());
}

void TestOfflineCache::saveReplacesSnapshot()
{
    OfflineCache cache(m_dir->path());
    CachedSnapshot big = sampleSnapshot();
    for (int i = 3; i < 50; ++i)
        big.lots.append(fullLot(i));
    QVERIFY(cache.save(u"k"_s, big).ok());
    CachedSnapshot small;
    small.lots = { fullLot(99) };
    small.asOf = utc(2027, 1, 1);
    QVERIFY(cache.save(u"k"_s, small).ok());
    auto loaded = cache.load(u"k"_s);
    QVERIFY(loaded.ok());
    QVERIFY(loaded->has_value());
    compareSnapshots(small, **loaded);
}

void TestOfflineCache::perAccountIsolation()
{
    OfflineCache cache(m_dir->path());
    const QString a = u"public/tenant-a/user-1"_s;
    const QString b = u"public/tenant-b/user-2"_s;
    CachedSnapshot sa = sampleSnapshot();
    CachedSnapshot sb;
    sb.lots = { fullLot(7) };
    sb.scopeNames = { { u"x"_s, u"y"_s } };
    QVERIFY(cache.save(a, sa).ok());
    QVERIFY(cache.save(b, sb).ok());
    QVERIFY(cache.filePath(a) != cache.filePath(b));
    for (const QString &key : { a, b }) {
        const QString name = QFileInfo(cache.filePath(key)).fileName();
        QVERIFY(!name.contains(u"tenant"_s) && !name.contains(u"user"_s) && !name.contains(u"public"_s));
    }
    auto la = cache.load(a);
    auto lb = cache.load(b);
    QVERIFY(la.ok() && lb.ok());
    compareSnapshots(sa, **la);
    compareSnapshots(sb, **lb);
    auto other = cache.load(u"public/tenant-c/user-3"_s);
    QVERIFY(other.ok());
    QVERIFY(!other->has_value());
}

void TestOfflineCache::removeOnSignOut()
{
    OfflineCache cache(m_dir->path());
    QVERIFY(cache.save(u"a"_s, sampleSnapshot()).ok());
    QVERIFY(cache.save(u"b"_s, sampleSnapshot()).ok());
    QVERIFY(cache.remove(u"a"_s).ok());
    QVERIFY(!QFile::exists(cache.filePath(u"a"_s)));
    QVERIFY(!QFile::exists(cache.filePath(u"a"_s) + u"-wal"_s));
    auto la = cache.load(u"a"_s);
    QVERIFY(la.ok());
    QVERIFY(!la->has_value());
    auto lb = cache.load(u"b"_s);
    QVERIFY(lb.ok());
    QVERIFY(lb->has_value());
    QVERIFY(cache.remove(u"never-saved"_s).ok());
}

void TestOfflineCache::migratesFromVersion1()
{
    OfflineCache cache(m_dir->path());
    const QString path = cache.filePath(u"k"_s);
    // A file as the previous release left it: schema v1 (no lots.organization_type), rows
    // written with plain SQL.
    withRawDb(path, [](QSqlDatabase &db) {
        QVERIFY(CacheSchema::createVersion1(db).ok());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"INSERT INTO snapshot (id, as_of_ms, saved_at_ms) VALUES (1, 1700000000123, 1700000000999)"_s));
        QVERIFY(q.exec(u"INSERT INTO lots (id, name, source_raw, source, status_raw, status, original_amount_minor,"
                       " original_amount_currency, closed_balance_minor, closed_balance_currency, expiration_date_ms,"
                       " credit_currency, is_estimated_balance) VALUES ('/lots/old', 'old', 'PromotionalCredit', 1,"
                       " 'Expired', 3, 5000000, 'JPY', -250, 'USD', 1735689600000, 'JPY', 0)"_s));
        QVERIFY(q.exec(u"INSERT INTO events (id, transaction_date_ms, charges_minor, charges_currency, event_type_raw,"
                       " event_type, is_estimated_balance) VALUES ('/events/old', 1700000000000, -99, 'USD',"
                       " 'SettledCharges', 1, 1)"_s));
        QVERIFY(q.exec(u"INSERT INTO scope_names VALUES ('ba', 'Old Name')"_s));
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    });
    if (QTest::currentTestFailed())
        return;

    auto loaded = cache.load(u"k"_s);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QVERIFY(loaded->has_value());
    const CachedSnapshot &s = **loaded;
    QCOMPARE(s.asOf, QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC));
    QCOMPARE(s.lots.size(), 1);
    QCOMPARE(s.lots[0].source, LotSource::Promotional);
    QCOMPARE(s.lots[0].status, LotStatus::Expired);
    QCOMPARE(*s.lots[0].originalAmount, Money(5'000'000, u"JPY"_s));
    QCOMPARE(*s.lots[0].closedBalance, Money(-250, u"USD"_s));
    QVERIFY(!s.lots[0].usedAmount);
    QVERIFY(s.lots[0].organizationType.isEmpty()); // v1 had no such column
    QCOMPARE(s.lots[0].expirationDate, utc(2025, 1, 1).addSecs(-(12 * 3600 + 34 * 60 + 56)));
    QCOMPARE(s.events.size(), 1);
    QCOMPARE(s.events[0].eventType, CreditEventType::SettledCharges);
    QCOMPARE(*s.events[0].charges, Money(-99, u"USD"_s));
    QCOMPARE(s.scopeNames.value(u"ba"_s), u"Old Name"_s);

    // The file was upgraded in place: v2 with the new column, and v2 data round-trips.
    withRawDb(path, [](QSqlDatabase &db) {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), CacheSchema::CurrentVersion);
        QVERIFY(q.exec(u"SELECT count(*) FROM pragma_table_info('lots') WHERE name = 'organization_type'"_s)
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    });
    CachedSnapshot fresh = sampleSnapshot();
    QVERIFY(cache.save(u"k"_s, fresh).ok());
    auto again = cache.load(u"k"_s);
    QVERIFY(again.ok());
    QCOMPARE((*again)->lots[0].organizationType, u"Contributor"_s);
}

void TestOfflineCache::corruptFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("random bytes") << u"random"_s;
    QTest::newRow("truncated real file") << u"truncated"_s;
    QTest::newRow("header only") << u"header"_s;
    QTest::newRow("foreign sqlite file") << u"foreign"_s;
}

void TestOfflineCache::corruptFile()
{
    QFETCH(QString, kind);
    OfflineCache cache(m_dir->path());
    const QString key = u"k"_s;
    const QString path = cache.filePath(key);
    if (kind == "random"_L1) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk(64 * 1024, '\0');
        for (char &c : junk)
            c = char(QRandomGenerator::global()->bounded(256));
        QVERIFY(f.write(junk) == junk.size());
    } else if (kind == "truncated"_L1 || kind == "header"_L1) {
        CachedSnapshot big = sampleSnapshot();
        for (int i = 0; i < 2000; ++i)
            big.events.append(fullEvent(i));
        QVERIFY(cache.save(key, big).ok());
        QVERIFY(!QFile::exists(path + u"-wal"_s)); // checkpointed on close
        QFile f(path);
        const qint64 size = f.size();
        QVERIFY(f.resize(kind == "header"_L1 ? 100 : size / 2));
    } else if (kind == "foreign"_L1) {
        withRawDb(path, [](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE lots (something_else TEXT)"_s));
        });
    }
    if (QTest::currentTestFailed())
        return;

    auto loaded = cache.load(key);
    QVERIFY(!loaded.ok());
    if (loaded.ok())
        return;
    QCOMPARE(loaded.error().code, QString(OfflineCache::CorruptCode));
    QCOMPARE(loaded.error().message,
             u"The offline copy could not be read and was set aside; CreditDesk starts empty and refreshes."_s);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(corruptCopies(path).size(), 1);

    // Next start: nothing cached; the next refresh saves and loads fine.
    auto empty = cache.load(key);
    QVERIFY(empty.ok());
    QVERIFY(!empty->has_value());
    const CachedSnapshot snap = sampleSnapshot();
    QVERIFY(cache.save(key, snap).ok());
    auto back = cache.load(key);
    QVERIFY(back.ok());
    QVERIFY(back->has_value());
    compareSnapshots(snap, **back);
    QVERIFY(cache.remove(key).ok());
    QVERIFY(corruptCopies(path).isEmpty()); // sign-out removes set-aside copies too
}

void TestOfflineCache::fineFilesThatCannotBeUsedAreLeftAlone_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("saving");
    QTest::addColumn<QString>("reason");
    QTest::newRow("locked, load") << u"locked"_s << false << u"in use by another program"_s;
    QTest::newRow("locked, save") << u"locked"_s << true << u"in use by another program"_s;
    QTest::newRow("newer schema, load") << u"future"_s << false << u"newer version of CreditDesk"_s;
    QTest::newRow("newer schema, save") << u"future"_s << true << u"newer version of CreditDesk"_s;
}

void TestOfflineCache::fineFilesThatCannotBeUsedAreLeftAlone()
{
    // Busy (a second CreditDesk holds the file) or written by a newer version: nothing is wrong
    // with the file, so it must not be set aside, and its -wal/-shm must not be touched.
    QFETCH(QString, kind);
    QFETCH(bool, saving);
    QFETCH(QString, reason);
    OfflineCache cache(m_dir->path());
    const QString key = u"k"_s;
    const QString path = cache.filePath(key);
    QVERIFY(cache.save(key, sampleSnapshot()).ok());
    if (kind == "future"_L1) {
        withRawDb(path, [](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(CacheSchema::CurrentVersion + 1)));
        });
    }
    const QString lockName = u"locker"_s;
    if (kind == "locked"_L1) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, lockName);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(q.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(q.exec(u"DELETE FROM scope_names"_s));
    }
    const auto fileBytes = [](const QString &file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray before = fileBytes(path);
    const bool walBefore = QFile::exists(path + u"-wal"_s);
    const bool shmBefore = QFile::exists(path + u"-shm"_s);

    Error error;
    if (saving) {
        const Status saved = cache.save(key, sampleSnapshot());
        QVERIFY(!saved.ok());
        error = saved.error();
        QCOMPARE(error.code, QString(OfflineCache::WriteFailedCode));
    } else {
        const auto loaded = cache.load(key);
        QVERIFY(!loaded.ok());
        error = loaded.error();
        QCOMPARE(error.code, QString(OfflineCache::UnavailableCode));
    }
    QVERIFY2(error.message.contains(reason), qPrintable(error.message));
    QVERIFY2(error.message.contains(QDir::toNativeSeparators(path)), qPrintable(error.message));
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(QFile::exists(path + u"-wal"_s), walBefore);
    QCOMPARE(QFile::exists(path + u"-shm"_s), shmBefore);
    QVERIFY(corruptCopies(path).isEmpty());

    if (kind == "locked"_L1) {
        {
            QSqlDatabase db = QSqlDatabase::database(lockName);
            QSqlQuery q(db);
            QVERIFY(q.exec(u"ROLLBACK"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(lockName);
        // Once the other program lets go, the same copy reads as before.
        const auto again = cache.load(key);
        QVERIFY(again.ok() && again->has_value());
        compareSnapshots(sampleSnapshot(), **again);
    }
}

void TestOfflineCache::filesAreOwnerOnly()
{
    const QString directory = m_dir->filePath(u"nested/cache"_s);
    OfflineCache cache(directory);
    const QString path = cache.filePath(u"k"_s);
    QVERIFY(cache.save(u"k"_s, sampleSnapshot()).ok());
    QVERIFY(PrivateFiles::isOwnerOnly(directory));
    QVERIFY(PrivateFiles::isOwnerOnly(m_dir->filePath(u"nested"_s)));
    QVERIFY(PrivateFiles::isOwnerOnly(path));
    // While a connection is open, SQLite's companions exist: they are born with the file's mode.
    withRawDb(path, [&path](QSqlDatabase &db) {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT count(*) FROM lots"_s));
        for (const QString &companion : QStringList{path + u"-wal"_s, path + u"-shm"_s}) {
            QVERIFY2(QFile::exists(companion), qPrintable(companion));
            QVERIFY2(PrivateFiles::isOwnerOnly(companion), qPrintable(companion));
        }
    });

    // A copy left world-readable (an older version, a restored backup) is tightened when read.
    const QFileDevice::Permissions wide = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
        | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(path, wide));
    QVERIFY(QFile::setPermissions(directory, wide | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther));
    QVERIFY(!PrivateFiles::isOwnerOnly(path));
    QVERIFY(cache.load(u"k"_s).ok());
    QVERIFY(PrivateFiles::isOwnerOnly(path));
    QVERIFY(PrivateFiles::isOwnerOnly(directory));
}

void TestOfflineCache::saveOverCorruptFileWithoutLoad()
{
    OfflineCache cache(m_dir->path());
    const QString path = cache.filePath(u"k"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.write(QByteArray(4096, 'x')) == 4096);
    f.close();
    const CachedSnapshot snap = sampleSnapshot();
    QVERIFY(cache.save(u"k"_s, snap).ok());
    QCOMPARE(corruptCopies(path).size(), 1);
    auto back = cache.load(u"k"_s);
    QVERIFY(back.ok());
    compareSnapshots(snap, **back);
}

void TestOfflineCache::noTokensStored()
{
    OfflineCache cache(m_dir->path());
    // A fake JWT placed in the key: the key is only hashed into the file name.
    const QString fakeToken = u"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJmYWtlIn0.c2lnbmF0dXJl"_s;
    const QString key = u"public/tenant/"_s + fakeToken;
    QVERIFY(cache.save(key, sampleSnapshot()).ok());
    QVERIFY(!cache.filePath(key).contains(u"eyJ"_s));
    QDir dir(m_dir->path());
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(fakeToken.toUtf8()), qPrintable(name));
        QVERIFY2(!bytes.contains("eyJ"), qPrintable(name));
        QVERIFY(!bytes.contains("tenant"));
    }
    withRawDb(cache.filePath(key), [](QSqlDatabase &db) {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT lower(group_concat(sql, ' ')) FROM sqlite_master"_s) && q.next());
        const QString schema = q.value(0).toString();
        QVERIFY(!schema.isEmpty());
        for (const char *word : { "token", "secret", "password", "bearer", "refresh", "credential", "auth" })
            QVERIFY2(!schema.contains(QLatin1StringView(word)), word);
    });
}

void TestOfflineCache::worksFromWorkerThreads()
{
    OfflineCache cache(m_dir->path());
    std::vector<std::unique_ptr<QThread>> threads;
    QAtomicInt failures = 0;
    for (int t = 0; t < 4; ++t) {
        // Threads 0/1 share an account (serialised per file), 2/3 have their own.
        const QString key = u"acct-%1"_s.arg(t < 2 ? 0 : t);
        threads.emplace_back(QThread::create([&cache, key, &failures, t] {
            for (int round = 0; round < 5; ++round) {
                CachedSnapshot s;
                for (int i = 0; i < 50; ++i)
                    s.lots.append(fullLot(t * 1000 + i));
                if (!cache.save(key, s).ok())
                    failures.fetchAndAddRelaxed(1);
                auto l = cache.load(key);
                if (!l.ok() || !l->has_value() || (*l)->lots.size() != 50)
                    failures.fetchAndAddRelaxed(1);
            }
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        QVERIFY(t->wait(60'000));
    QCOMPARE(failures.loadRelaxed(), 0);
    QVERIFY(QSqlDatabase::connectionNames().isEmpty()); // every connection closed and removed
}

void TestOfflineCache::timing10kLots100kEvents()
{
    OfflineCache cache(m_dir->path());
    CachedSnapshot s;
    s.lots.reserve(10'000);
    s.events.reserve(100'000);
    for (int i = 0; i < 10'000; ++i)
        s.lots.append(fullLot(i));
    for (int i = 0; i < 100'000; ++i)
        s.events.append(fullEvent(i));
    for (int i = 0; i < 50; ++i)
        s.summaries.append({ u"bp-%1"_s.arg(i), fullSummary() });
    s.asOf = QDateTime::currentDateTimeUtc();

    // Wall time and process CPU time: on a loaded shared machine the CPU time is the
    // steadier figure; the single-threaded work makes them equal on an idle one.
    QElapsedTimer timer;
    std::clock_t cpu = 0;
    auto start = [&] {
        timer.start();
        cpu = std::clock();
    };
    auto cpuMs = [&] { return qint64((std::clock() - cpu) * 1000 / CLOCKS_PER_SEC); };

    start();
    QVERIFY(cache.save(u"big"_s, s).ok());
    const qint64 saveMs = timer.elapsed(), saveCpu = cpuMs();

    // Cold start paints the lots table first: everything but the ledger.
    start();
    auto lots = cache.load(u"big"_s, OfflineCache::Parts::WithoutEvents);
    const qint64 loadLotsMs = timer.elapsed(), loadLotsCpu = cpuMs();
    QVERIFY(lots.ok());
    QVERIFY(lots->has_value());
    QCOMPARE((*lots)->lots.size(), 10'000);
    QCOMPARE((*lots)->summaries.size(), 50);
    QVERIFY((*lots)->events.isEmpty());

    start();
    auto all = cache.load(u"big"_s);
    const qint64 loadAllMs = timer.elapsed(), loadAllCpu = cpuMs();
    QVERIFY(all.ok());
    QVERIFY(all->has_value());
    QCOMPARE((*all)->lots.size(), 10'000);
    QCOMPARE((*all)->events.size(), 100'000);
    QVERIFY(diffLot(s.lots[9'999], (*all)->lots[9'999]).isEmpty());
    QVERIFY(diffEvent(s.events[54'321], (*all)->events[54'321]).isEmpty());
    const qint64 fileKb = QFileInfo(cache.filePath(u"big"_s)).size() / 1024;
    qInfo(
        "offline cache (wall / cpu ms): save 10,000 lots + 100,000 events: %lld / %lld; "
        "load without events (10,000 lots): %lld / %lld; load 10,000 lots + 100,000 events: %lld / %lld; file %lld KiB",
        saveMs, saveCpu, loadLotsMs, loadLotsCpu, loadAllMs, loadAllCpu, fileKb);
}

#include "tst_offlinecache.moc"
QTEST_GUILESS_MAIN(TestOfflineCache)
