// The benefits ledger on SQLite: schema and migrations, assignments through the journal, the
// rules re-checked at confirmation, noticing other writers, CSV import/export, sandbox seeding.
#include "azure/armclient.h"
#include "world/dataset.h"
#include "core/privatefiles.h"
#include "ledger/ledger.h"
#include "ledger/ledgercsv.h"
#include "ledger/ledgerschema.h"
#include "ledger/sandboxbenefits.h"
#include "ledgerfixtures.h"
#include "sandboxfixture.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::LedgerFixtures;

namespace {

const QString kAdmin = u"admin@contoso.com"_s;

PartnerCredit assignAndConfirm(Ledger &ledger, const QString &creditId, const CandidateUser &user)
{
    auto journal = ledger.journalAssignment(creditId, user, kAdmin);
    if (!journal) {
        qWarning("journal refused: %s", qPrintable(journal.error().message));
        return {};
    }
    auto done = ledger.confirmAssignment(*journal);
    if (!done) {
        qWarning("confirm refused: %s", qPrintable(done.error().message));
        return {};
    }
    return *done;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestLedger : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newFile() { return m_dir.filePath(u"ledger-%1/ledger.sqlite"_s.arg(++m_files)); }

    void openFresh(Ledger &ledger, QString *file = nullptr)
    {
        const QString path = newFile();
        if (file)
            *file = path;
        const Status s = ledger.open(LedgerLocation::sqlite(path));
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        ledger.setToday(kToday);
    }

private Q_SLOTS:
    void createsSchemaWithWalAndForeignKeys()
    {
        Ledger ledger;
        QString file;
        openFresh(ledger, &file);
        QCOMPARE(ledger.schemaVersion(), Ledger::SchemaVersion);
        QVERIFY(QFile::exists(file));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        {
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"peek"_s);
        // Foreign keys: deleting a credit takes its history and journal along.
        QVERIFY(ledger.addCredit(monthlyCredit(u"m1"_s)).ok());
        QVERIFY(!assignAndConfirm(ledger, u"m1"_s, member(u"ana"_s)).id.isEmpty());
        QVERIFY(ledger.journalAssignment(u"m1"_s, member(u"ben"_s), kAdmin).ok());
        QVERIFY(ledger.removeCredit(u"m1"_s).ok());
        QCOMPARE(ledger.unfinishedAssignments()->size(), 0);
        QCOMPARE(ledger.history()->size(), 0);
    }

    void ledgerFilesAreOwnerOnlyAndDurable()
    {
        QTemporaryDir dir;
        // A fresh folder: created 0700, the file and its WAL companions 0600, after a real run.
        const QString fresh = dir.filePath(u"new/ledger.sqlite"_s);
        {
            Ledger ledger;
            QVERIFY(ledger.open(LedgerLocation::sqlite(fresh)).ok());
            ledger.setToday(kToday);
            QVERIFY(ledger.addCredit(monthlyCredit(u"m1"_s)).ok());
            QVERIFY(!assignAndConfirm(ledger, u"m1"_s, member(u"ana"_s)).id.isEmpty());
            QVERIFY(QFile::exists(fresh + u"-wal"_s));
            for (const QString &path : QStringList { dir.filePath(u"new"_s), fresh, fresh + u"-wal"_s, fresh + u"-shm"_s })
                QVERIFY2(PrivateFiles::isOwnerOnly(path), qPrintable(path));
        }
        // An existing ledger with wider modes (an older version) is tightened at open.
        const QString old = dir.filePath(u"old/ledger.sqlite"_s);
        QVERIFY(QDir().mkpath(dir.filePath(u"old"_s)));
        {
            Ledger ledger;
            QVERIFY(ledger.open(LedgerLocation::sqlite(old)).ok());
        }
        const auto wide = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::ReadOther;
        QVERIFY(QFile::setPermissions(old, wide));
        writeFile(old + u"-journal"_s, {});
        QVERIFY(QFile::setPermissions(old + u"-journal"_s, wide));
        QVERIFY(!PrivateFiles::isOwnerOnly(old));
        {
            Ledger ledger;
            QVERIFY(ledger.open(LedgerLocation::sqlite(old)).ok());
            for (const QString &path : QStringList { old, old + u"-journal"_s, old + u"-wal"_s })
                QVERIFY2(PrivateFiles::isOwnerOnly(path), qPrintable(path));
        }
        // synchronous=FULL on the ledger's connections (2 = FULL).
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"durable"_s);
        {
            db.setDatabaseName(dir.filePath(u"probe.sqlite"_s));
            QVERIFY(db.open());
            QVERIFY(LedgerSchema::configureConnection(db).ok());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA synchronous"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"durable"_s);
    }

    void busyOrDamagedLedgerIsLeftUntouchedWithAdvice()
    {
        QTemporaryDir dir;
        const auto bytesOf = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        // Damaged: not a database. Reported, named, and never set aside or rewritten.
        const QString damaged = dir.filePath(u"damaged.sqlite"_s);
        writeFile(damaged, QByteArray(4096, 'x'));
        {
            Ledger ledger;
            const Status opened = ledger.open(LedgerLocation::sqlite(damaged));
            QVERIFY(!opened.ok());
            QVERIFY2(opened.error().message.contains(u"damaged"_s), qPrintable(opened.error().message));
            QVERIFY2(opened.error().message.contains(QDir::toNativeSeparators(damaged)) || opened.error().message.contains(damaged),
                     qPrintable(opened.error().message));
        }
        QCOMPARE(bytesOf(damaged), QByteArray(4096, 'x'));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);

        // Busy: another program holds the write lock past the busy timeout. The change is
        // refused with what to do, and the other program's work is untouched.
        const QString shared = dir.filePath(u"shared.sqlite"_s);
        Ledger ledger;
        QVERIFY(ledger.open(LedgerLocation::sqlite(shared)).ok());
        ledger.setToday(kToday);
        QVERIFY(ledger.addCredit(monthlyCredit(u"m1"_s)).ok());
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-program"_s);
            other.setDatabaseName(shared);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(u"BEGIN EXCLUSIVE"_s));
            const Result<PartnerCredit> added = ledger.addCredit(monthlyCredit(u"m2"_s));
            QVERIFY(!added.ok());
            QVERIFY2(added.error().message.contains(u"Another program"_s), qPrintable(added.error().message));
            QVERIFY(q.exec(u"ROLLBACK"_s));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other-program"_s);
        QVERIFY(QFile::exists(shared));
        QCOMPARE(ledger.credits().value().size(), 1);
        QVERIFY(ledger.addCredit(monthlyCredit(u"m2"_s)).ok()); // once the other program lets go
    }

    void csvImportNeverOverwritesAnAssignment()
    {
        Ledger ledger;
        QString file;
        openFresh(ledger, &file);
        QVERIFY(ledger.addCredit(monthlyCredit(u"m1"_s)).ok());
        QVERIFY(!assignAndConfirm(ledger, u"m1"_s, member(u"ana"_s)).id.isEmpty());
        QTemporaryDir dir;
        const QString exported = dir.filePath(u"ledger.csv"_s);
        QVERIFY(LedgerCsv::exportFile(ledger, exported).ok());
        // Re-importing the ledger's own export changes nothing.
        const qint64 revision = *ledger.revision();
        auto same = LedgerCsv::importFile(ledger, exported);
        QVERIFY2(same.ok(), same.ok() ? "" : qPrintable(same.error().message));
        QCOMPARE(same->added + same->updated, 0);
        QCOMPARE(*ledger.revision(), revision);
        // A file that assigns m1 to someone else (and adds m2) is refused as a whole, listed.
        QFile in(exported);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray csv = in.readAll();
        in.close();
        csv.replace("ana@contoso.com", "ben@contoso.com");
        csv += "m2,monthly,Visual Studio Enterprise,150.00,USD,,,,notRedeemed,,,,,0,,\r\n";
        const QString changed = dir.filePath(u"changed.csv"_s);
        writeFile(changed, csv);
        auto refused = LedgerCsv::importFile(ledger, changed);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QString(Ledger::ImportConflictCode));
        QVERIFY2(refused.error().message.contains(u"m1 is assigned to ana@contoso.com"_s), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(u"ben@contoso.com"_s));
        QCOMPARE(ledger.credit(u"m1"_s)->assignedUser.userPrincipalName, u"ana@contoso.com"_s);
        QCOMPARE(ledger.credits()->size(), 1);
        QCOMPARE(*ledger.revision(), revision);
    }

    void addEditRemoveCredits()
    {
        Ledger ledger;
        openFresh(ledger);
        QSignalSpy changed(&ledger, &Ledger::changed);
        auto added = ledger.addCredit(monthlyCredit(u"m1"_s));
        QVERIFY(added.ok());
        QCOMPARE(added->amount, Money(15000, u"USD"_s));
        QCOMPARE(added->reassignmentCap, 5);
        QCOMPARE(ledger.addCredit(monthlyCredit(u"m1"_s)).error().code, QString(Ledger::DuplicateCode));
        PartnerCredit unnamed = monthlyCredit(QString());
        auto generated = ledger.addCredit(unnamed);
        QVERIFY(generated.ok());
        QVERIFY(!generated->id.isEmpty());

        PartnerCredit bad = monthlyCredit(u"bad"_s);
        bad.endDate = bad.startDate.addDays(-1);
        QCOMPARE(ledger.addCredit(bad).error().code, QString(Ledger::InvalidCode));

        PartnerCredit edited = *added;
        edited.programName = u"Action Pack"_s;
        edited.amount = Money(10000, u"EUR"_s);
        edited.assignedUser = { u"x"_s, u"sneaky@contoso.com"_s, u"Sneaky"_s }; // not through an edit
        QVERIFY(ledger.updateCredit(edited).ok());
        auto reread = ledger.credit(u"m1"_s);
        QCOMPARE(reread->programName, u"Action Pack"_s);
        QCOMPARE(reread->amount, Money(10000, u"EUR"_s));
        QVERIFY(reread->assignedUser.isEmpty());
        QCOMPARE(ledger.updateCredit(monthlyCredit(u"nope"_s)).error().code, QString(Ledger::NotFoundCode));

        QVERIFY(ledger.removeCredit(u"m1"_s).ok());
        QCOMPARE(ledger.credit(u"m1"_s).error().code, QString(Ledger::NotFoundCode));
        QCOMPARE(ledger.credits()->size(), 1);
        QCOMPARE(changed.count(), 4);
    }

    void assignRemoveReassign()
    {
        Ledger ledger;
        openFresh(ledger);
        QVERIFY(ledger.addCredit(monthlyCredit(u"m1"_s)).ok());

        PartnerCredit c = assignAndConfirm(ledger, u"m1"_s, member(u"ana"_s));
        QCOMPARE(c.status, PartnerCredit::Status::Assigned);
        QCOMPARE(c.assignedUser.userPrincipalName, u"ana@contoso.com"_s);
        QCOMPARE(c.activationDate, kToday);
        QCOMPARE(c.cutoffDate, kToday.addMonths(13));
        QCOMPARE(c.reassignmentsUsed, 0);
        QVERIFY(!c.history.constLast().countsAsReassignment);
        QCOMPARE(c.history.constLast().performedBy, kAdmin);

        auto removed = ledger.recordRemoval(u"m1"_s, kAdmin);
        QVERIFY(removed.ok());
        QVERIFY(removed->assignedUser.isEmpty());
        QCOMPARE(removed->status, PartnerCredit::Status::NotRedeemed);
        QCOMPARE(removed->reassignmentsUsed, 0); // removal alone is free
        QCOMPARE(ledger.recordRemoval(u"m1"_s, kAdmin).error().code, QString(RuleId::RemovalNeedsUser));

        for (const QString &alias : { u"ben"_s, u"cleo"_s, u"dan"_s, u"eve"_s, u"fay"_s }) {
            c = assignAndConfirm(ledger, u"m1"_s, member(alias));
            QVERIFY(!c.id.isEmpty());
        }
        QCOMPARE(c.reassignmentsUsed, 5);
        QCOMPARE(c.activationDate, kToday); // the first assignment's date stays
        auto sixth = ledger.journalAssignment(u"m1"_s, member(u"gus"_s), kAdmin);
        QCOMPARE(sixth.error().code, QString(RuleId::MonthlyReassignmentCap));
        QVERIFY(sixth.error().message.contains(u"5"_s));
        QCOMPARE(ledger.unfinishedAssignments()->size(), 0);
        QCOMPARE(ledger.history()->size(), 7);
        QCOMPARE(ledger.history()->constFirst().first, u"m1"_s);
    }

    void refusedAtJournalRecordsNothing()
    {
        Ledger ledger;
        openFresh(ledger);
        QVERIFY(ledger.addCredit(monthlyCredit(u"m1"_s)).ok());
        const CandidateUser guest { u"g"_s, u"ana_fabrikam.com#EXT#@contoso.onmicrosoft.com"_s, QString(), u"Ana"_s,
                                    u"Guest"_s };
        QCOMPARE(ledger.journalAssignment(u"m1"_s, guest, kAdmin).error().code, QString(RuleId::GuestAccount));
        QCOMPARE(ledger.journalAssignment(u"m1"_s, member(u"ana"_s, u"Gmail.com"_s), kAdmin).error().code,
                 QString(RuleId::FreeEmailDomain));
        QCOMPARE(ledger.journalAssignment(u"zz"_s, member(u"ana"_s), kAdmin).error().code, QString(Ledger::NotFoundCode));
        QCOMPARE(ledger.unfinishedAssignments()->size(), 0);
        QCOMPARE(ledger.credit(u"m1"_s)->history.size(), 0);
        auto verdicts = ledger.checkAssignment(u"m1"_s, guest);
        QVERIFY(verdicts.ok());
        QVERIFY(!BenefitRules::allAllowed(*verdicts));
    }

    void confirmRechecksRulesInsideTheTransaction()
    {
        // Two windows try the last reassignment: the first reserves it; only a stale reservation
        // lets a second one start, and then only the first confirmation may count.
        Ledger first;
        QString file;
        openFresh(first, &file);
        PartnerCredit credit = monthlyCredit(u"m1"_s);
        credit.activationDate = kToday.addMonths(-1);
        credit.assignedUser = member(u"ana"_s).toPartnerUser();
        credit.status = PartnerCredit::Status::Assigned;
        credit.reassignmentsBeforeLedger = 4;
        QVERIFY(first.addCredit(credit).ok());
        Ledger second;
        QVERIFY(second.open(LedgerLocation::sqlite(file)).ok());
        second.setToday(kToday);

        auto a = first.journalAssignment(u"m1"_s, member(u"ben"_s), kAdmin);
        QVERIFY(a.ok());
        // The first journal reserves the credit: the second admin is stopped before Partner
        // Center and told who holds it.
        auto refused = second.journalAssignment(u"m1"_s, member(u"cleo"_s), u"second@contoso.com"_s);
        QCOMPARE(refused.error().code, QString(Ledger::ReservedCode));
        QVERIFY2(refused.error().message.contains(kAdmin), qPrintable(refused.error().message));
        QCOMPARE(first.unfinishedAssignments()->size(), 1);
        // A stale reservation no longer blocks; then the confirmation is what re-checks the cap.
        second.setReservationLifetime(std::chrono::seconds(0));
        auto b = second.journalAssignment(u"m1"_s, member(u"cleo"_s), u"second@contoso.com"_s);
        QVERIFY(b.ok());
        QCOMPARE(first.unfinishedAssignments()->size(), 2);
        auto confirmedA = first.confirmAssignment(*a);
        QVERIFY(confirmedA.ok());
        QCOMPARE(confirmedA->reassignmentsUsed, 5);
        auto confirmedB = second.confirmAssignment(*b);
        QVERIFY(!confirmedB.ok());
        QCOMPARE(confirmedB.error().code, QString(RuleId::MonthlyReassignmentCap));
        // The refused one stays open so the admin can say how it ended; confirming twice fails.
        QCOMPARE(second.unfinishedAssignments()->size(), 1);
        QCOMPARE(first.confirmAssignment(*a).error().code, QString(Ledger::JournalClosedCode));
        QVERIFY(second.discardAssignment(*b).ok());
        QCOMPARE(first.unfinishedAssignments()->size(), 0);
        QCOMPARE(second.credit(u"m1"_s)->reassignmentsUsed, 5);
        QCOMPARE(second.credit(u"m1"_s)->assignedUser.userPrincipalName, u"ben@contoso.com"_s);
    }

    void bulkRulesHoldInTheLedger()
    {
        Ledger ledger;
        openFresh(ledger);
        QVERIFY(ledger.addCredit(bulkCredit(u"b1"_s)).ok());
        QVERIFY(ledger.addCredit(bulkCredit(u"b2"_s)).ok());
        QVERIFY(ledger.addCredit(monthlyCredit(u"m1"_s)).ok());
        QVERIFY(!assignAndConfirm(ledger, u"b1"_s, member(u"ana"_s)).id.isEmpty());
        QCOMPARE(ledger.journalAssignment(u"b1"_s, member(u"ben"_s), kAdmin).error().code,
                 QString(RuleId::BulkNotReassignable));
        QCOMPARE(ledger.journalAssignment(u"b2"_s, member(u"ana"_s), kAdmin).error().code,
                 QString(RuleId::OneBulkPerUser));
        QCOMPARE(ledger.recordRemoval(u"b1"_s, kAdmin).error().code, QString(RuleId::BulkNotRemovable));
        QVERIFY(!assignAndConfirm(ledger, u"m1"_s, member(u"ana"_s)).id.isEmpty()); // monthly as well: fine
    }

    void migratesFromVersion1()
    {
        const QString file = newFile();
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QVERIFY(LedgerSchema::migrate(db, 1).ok());
            QCOMPARE(*LedgerSchema::storedVersion(db), 1);
            QSqlQuery q(db);
            QVERIFY(q.exec(u"INSERT INTO credits (id, program, credit_type, amount_minor, currency, start_date, "
                           "end_date, activation_date, status, user_object_id, user_upn, user_display_name) VALUES "
                           "('old-1', 'Action Pack', 'monthly', 10000, 'USD', '2026-01-01', '2027-01-01', "
                           "'2026-01-05', 'assigned', 'o1', 'ana@contoso.com', 'Ana')"_s));
            QVERIFY(q.exec(u"INSERT INTO credit_history VALUES ('h1', 'old-1', 1, '2026-01-05T09:00:00.000Z', "
                           "'assign', 'o0', 'zed@contoso.com', 'Zed', 'admin@contoso.com', 0)"_s));
            QVERIFY(q.exec(u"INSERT INTO credit_history VALUES ('h2', 'old-1', 2, '2026-02-05T09:00:00.000Z', "
                           "'assign', 'o1', 'ana@contoso.com', 'Ana', 'admin@contoso.com', 1)"_s));
        }
        QSqlDatabase::removeDatabase(u"v1"_s);

        Ledger ledger;
        QVERIFY(ledger.open(LedgerLocation::sqlite(file)).ok());
        QCOMPARE(ledger.schemaVersion(), 2);
        auto c = ledger.credit(u"old-1"_s);
        QVERIFY(c.ok());
        QCOMPARE(c->history.size(), 2);
        QCOMPARE(c->reassignmentsUsed, 1);
        QCOMPARE(c->reassignmentsBeforeLedger, 0);
        QCOMPARE(c->activationDate, QDate(2026, 1, 5));
        QCOMPARE(c->history.at(1).timestamp, QDateTime(QDate(2026, 2, 5), QTime(9, 0), Qt::UTC));
        QVERIFY(ledger.unfinishedAssignments().ok()); // the v2 journal table exists
        ledger.close();
        QVERIFY(ledger.open(LedgerLocation::sqlite(file)).ok()); // reopening migrates nothing
        QCOMPARE(ledger.credit(u"old-1"_s)->history.size(), 2);
    }

    void refusesANewerSchema()
    {
        const QString file = newFile();
        {
            Ledger ledger;
            QVERIFY(ledger.open(LedgerLocation::sqlite(file)).ok());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE ledger_meta SET schema_version = 99"_s));
        }
        QSqlDatabase::removeDatabase(u"future"_s);
        Ledger ledger;
        const Status s = ledger.open(LedgerLocation::sqlite(file));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QString(Ledger::NewerSchemaCode));
        QVERIFY(!ledger.isOpen());
    }

    void noticesAnotherWriter()
    {
        Ledger mine;
        QString file;
        openFresh(mine, &file);
        Ledger theirs;
        QVERIFY(theirs.open(LedgerLocation::sqlite(file)).ok());
        const qint64 before = *mine.revision();
        mine.setWatchInterval(20);
        QSignalSpy changed(&mine, &Ledger::changed);
        QVERIFY(theirs.addCredit(monthlyCredit(u"m1"_s)).ok());
        QTRY_COMPARE(changed.count(), 1);
        QVERIFY(*mine.revision() > before);
        QCOMPARE(mine.credits()->size(), 1);
        QTest::qWait(60);
        QCOMPARE(changed.count(), 1); // no repeats without a new change
    }

    void csvRoundTrip()
    {
        Ledger ledger;
        openFresh(ledger);
        PartnerCredit formula = monthlyCredit(u"m1"_s);
        formula.programName = u"=HYPERLINK(\"x\")"_s;
        QVERIFY(ledger.addCredit(formula).ok());
        QVERIFY(!assignAndConfirm(ledger, u"m1"_s, member(u"ana"_s)).id.isEmpty());
        QVERIFY(!assignAndConfirm(ledger, u"m1"_s, member(u"ben"_s)).id.isEmpty());
        QVERIFY(ledger.addCredit(bulkCredit(u"b1"_s)).ok());
        const QString path = m_dir.filePath(u"export.csv"_s);
        QVERIFY(LedgerCsv::exportFile(ledger, path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.startsWith("id,type,program,amount,currency,startDate,endDate,activationDate,status"));
        QVERIFY(csv.contains("'=HYPERLINK")); // formula-safe
        QVERIFY(csv.contains(",150.00,USD,"));

        Ledger other;
        openFresh(other);
        auto imported = LedgerCsv::importFile(other, path);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->added, 2);
        auto m1 = other.credit(u"m1"_s);
        QCOMPARE(m1->reassignmentsUsed, 1);
        QCOMPARE(m1->assignedUser.userPrincipalName, u"ben@contoso.com"_s);
        QCOMPARE(m1->activationDate, kToday);
        // Importing the same file again into the original ledger changes nothing.
        auto again = LedgerCsv::importFile(ledger, path);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(again->unchanged, 2);
        QCOMPARE(ledger.credit(u"m1"_s)->reassignmentsUsed, 1);
        QCOMPARE(ledger.credit(u"m1"_s)->history.size(), 2);
    }

    void csvImportErrors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        const QByteArray header = "id,type,program,amount,currency,startDate,endDate,status,assignedUpn,reassignmentsUsed\n";
        const QByteArray good = "ok-1,monthly,Action Pack,100,USD,2026-01-01,2027-01-01,notRedeemed,,0\n";
        QTest::newRow("bad type") << QByteArray(header + good + "x,weekly,P,1,USD,,,,,0\n") << u"line 3: type \"weekly\""_s;
        QTest::newRow("bad amount") << QByteArray(header + good + QByteArray(good).replace("ok-1", "ok-2") + "x,bulk,P,12abc,USD,,,,,\n")
                                    << u"line 4: amount \"12abc\" is not a number"_s;
        QTest::newRow("bad date") << QByteArray(header + "x,monthly,P,1,USD,2026-13-01,,,,\n")
                                  << u"line 2: startDate \"2026-13-01\" is not a date"_s;
        QTest::newRow("end before start") << QByteArray(header + "x,monthly,P,1,USD,2026-05-01,2026-04-01,,,\n")
                                          << u"line 2: the end date is before the start date"_s;
        QTest::newRow("bad currency") << QByteArray(header + "x,monthly,P,1,US,,,,,\n") << u"line 2: currency \"US\""_s;
        QTest::newRow("bad status") << QByteArray(header + "x,monthly,P,1,USD,,,gone,,\n") << u"line 2: status \"gone\""_s;
        QTest::newRow("over the cap") << QByteArray(header + "x,monthly,P,1,USD,,,assigned,a@contoso.com,6\n")
                                      << u"line 2: 6 reassignments is more than the cap of 5"_s;
        QTest::newRow("bulk with reassignments") << QByteArray(header + "x,bulk,P,1,USD,,,assigned,a@contoso.com,1\n")
                                                 << u"line 2: a bulk credit cannot have reassignments"_s;
        QTest::newRow("two bulk credits for one user")
            << QByteArray(header + "b1,bulk,P,1,USD,,,assigned,a@contoso.com,0\nb2,bulk,P,1,USD,,,assigned,A@contoso.com,0\n")
            << u"line 3: A@contoso.com already holds the bulk credit on line 2"_s;
        QTest::newRow("free mail domain") << QByteArray(header + "x,monthly,P,1,USD,,,assigned,a@Outlook.com,0\n")
                                          << u"line 2: a@Outlook.com is on a free email domain"_s;
        QTest::newRow("duplicate id") << QByteArray(header + good + good) << u"line 3: id ok-1 is also on line 2"_s;
        QTest::newRow("unknown column") << QByteArray("id,type,program,amount,currency,colour\n") << u"line 1: unknown column \"colour\""_s;
        QTest::newRow("missing column") << QByteArray("id,type,program,amount\n") << u"line 1: the column \"currency\" is missing"_s;
        QTest::newRow("line numbers count quoted line breaks")
            << QByteArray(header + "ok-1,monthly,\"Two\nlines\",100,USD,,,,,0\nx,monthly,P,-5,USD,,,,,\n")
            << u"line 4: the amount is negative"_s;
        QTest::newRow("quote never closed") << QByteArray(header + good + "x,monthly,\"P,1,USD\n") << u"line 3: a quoted field"_s;
    }

    void csvImportErrors()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        Ledger ledger;
        openFresh(ledger);
        QVERIFY(ledger.addCredit(monthlyCredit(u"existing"_s)).ok());
        const qint64 revision = *ledger.revision();
        const QString path = m_dir.filePath(u"bad.csv"_s);
        writeFile(path, csv);
        auto result = LedgerCsv::importFile(ledger, path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(u"Nothing was imported"_s));
        // Nothing half-imported: the good rows are not there either.
        QCOMPARE(ledger.credits()->size(), 1);
        QCOMPARE(*ledger.revision(), revision);
    }

    void csvImportChecksAgainstTheLedger()
    {
        Ledger ledger;
        openFresh(ledger);
        QVERIFY(ledger.addCredit(bulkCredit(u"b1"_s)).ok());
        QVERIFY(!assignAndConfirm(ledger, u"b1"_s, member(u"ana"_s)).id.isEmpty());
        QVERIFY(ledger.addCredit(monthlyCredit(u"m1"_s)).ok());
        QVERIFY(!assignAndConfirm(ledger, u"m1"_s, member(u"ana"_s)).id.isEmpty());
        QVERIFY(!assignAndConfirm(ledger, u"m1"_s, member(u"ben"_s)).id.isEmpty());
        const QString path = m_dir.filePath(u"against.csv"_s);
        writeFile(path, "id,type,program,amount,currency,assignedUpn,reassignmentsUsed\n"
                        "new-1,monthly,P,1,USD,,0\n"
                        "b9,bulk,P,1,USD,ana@contoso.com,0\n"
                        "m1,monthly,P,1,USD,ben@contoso.com,0\n");
        auto result = LedgerCsv::importFile(ledger, path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(u"line 3: ana@contoso.com already holds bulk credit b1"_s),
                 qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(u"line 4: reassignmentsUsed 0 is below the 1"_s),
                 qPrintable(result.error().message));
        QCOMPARE(ledger.credits()->size(), 2);
    }

    void sandboxDocumentSeedsIdempotently()
    {
        Sandbox::SandboxOptions options;
        options.today = kToday;
        const Sandbox::Dataset dataset(options);
        auto credits = SandboxBenefits::parseDocument(dataset.benefitCreditsDocument().toJson());
        QVERIFY(credits.ok());
        QCOMPARE(credits->size(), dataset.effectiveScale().benefitCredits);

        Ledger ledger;
        openFresh(ledger);
        auto first = ledger.importCredits(*credits, Ledger::ImportMode::AddMissing);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(first->added, int(credits->size()));
        auto second = ledger.importCredits(*credits, Ledger::ImportMode::AddMissing);
        QCOMPARE(second->added, 0);
        QCOMPARE(second->unchanged, int(credits->size()));

        const QJsonArray raw = dataset.benefitCreditsDocument().object().value("credits"_L1).toArray();
        for (const QJsonValue &v : raw) {
            const QJsonObject o = v.toObject();
            auto c = ledger.credit(o.value("creditId"_L1).toString());
            QVERIFY(c.ok());
            QCOMPARE(c->reassignmentsUsed, o.value("reassignmentsUsed"_L1).toInt());
            QCOMPARE(c->history.size(), o.value("history"_L1).toArray().size());
            QCOMPARE(c->assignedUser.userPrincipalName, o.value("assignedUserPrincipalName"_L1).toString());
        }
        // The seeded credit at the cap refuses another reassignment; the one at 4 takes its 5th.
        const QString atCap = raw.at(0).toObject().value("creditId"_L1).toString();
        const QString atFour = raw.at(1).toObject().value("creditId"_L1).toString();
        QCOMPARE(ledger.journalAssignment(atCap, member(u"zoe"_s, u"contoso-sandbox.com"_s), kAdmin).error().code,
                 QString(RuleId::MonthlyReassignmentCap));
        auto fifth = assignAndConfirm(ledger, atFour, member(u"zoe"_s, u"contoso-sandbox.com"_s));
        QCOMPARE(fifth.reassignmentsUsed, 5);
    }

    void sandboxSeedOverHttp()
    {
        Testing::SandboxFixture sandbox;
        Sandbox::SandboxOptions options;
        options.autoApprove = true;
        QVERIFY(sandbox.start(options));
        QVERIFY(sandbox.signIn());
        ArmClient arm(&sandbox.network, sandbox.session.get(), sandbox.host.baseUrl());
        Ledger ledger;
        openFresh(ledger);
        std::optional<Result<LedgerImportSummary>> outcome;
        SandboxBenefits::seedLedger(&arm, sandbox.host.baseUrl(), &ledger, this,
                                    [&](Result<LedgerImportSummary> r) { outcome = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);
        QVERIFY2(outcome->ok(), outcome->ok() ? "" : qPrintable(outcome->error().message));
        QVERIFY((*outcome)->added > 0);
        QCOMPARE(ledger.credits()->size(), (*outcome)->added);
    }

    void postgresLocationParses_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("options");
        QTest::newRow("explicit sslmode") << u"postgresql://team@db.example.test:6543/credits?sslmode=require"_s
                                          << u"db.example.test"_s << 6543 << u"sslmode=require"_s;
        QTest::newRow("remote defaults to verify-full")
            << u"postgres://team@db.example.test/credits?connect_timeout=5"_s << u"db.example.test"_s << 5432
            << u"connect_timeout=5;sslmode=verify-full"_s;
        QTest::newRow("localhost") << u"postgresql://team@localhost/credits"_s << u"localhost"_s << 5432 << QString();
        QTest::newRow("127.0.0.1") << u"postgresql://team@127.0.0.1:5433/credits"_s << u"127.0.0.1"_s << 5433
                                   << QString();
        QTest::newRow("unix socket") << u"postgresql://team@/credits?host=/tmp/pgsock&port=5544"_s << u"/tmp/pgsock"_s
                                     << 5544 << QString();
    }

    void postgresLocationParses()
    {
        QFETCH(QString, uri);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, options);
        const Result<LedgerLocation> l = LedgerLocation::parse(uri);
        QVERIFY2(l.ok(), l.ok() ? "" : qPrintable(l.error().message));
        QCOMPARE(l->kind, LedgerLocation::Kind::Postgres);
        QCOMPARE(l->host, host);
        QCOMPARE(l->port, port);
        QCOMPARE(l->databaseName, u"credits"_s);
        QCOMPARE(l->userName, u"team"_s);
        QVERIFY(l->password.isEmpty());
        QCOMPARE(l->connectOptions, options);
    }

    void badPostgresLocationIsAnErrorNeverAFile_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("why");
        QTest::newRow("password in the URI") << u"postgresql://team:s3cret@db.example.test/credits"_s << u"password"_s;
        QTest::newRow("password parameter") << u"postgresql://team@db.example.test/credits?password=s3cret"_s
                                            << u"password"_s;
        QTest::newRow("unknown parameter") << u"postgresql://team@db.example.test/credits?sslmod=require"_s
                                           << u"\"sslmod\" is not known"_s;
        QTest::newRow("bad sslmode") << u"postgresql://team@db.example.test/credits?sslmode=maybe"_s << u"sslmode"_s;
        QTest::newRow("no database") << u"postgresql://team@db.example.test/"_s << u"no database"_s;
        QTest::newRow("port out of range") << u"postgresql://team@db.example.test:99999/credits"_s << u"valid URI"_s;
        QTest::newRow("missing slashes") << u"postgresql:/db.example.test/credits"_s << u"no database"_s;
        QTest::newRow("not a URI") << u"postgresql//db.example.test/credits"_s << u"scheme"_s;
        QTest::newRow("other scheme") << u"mysql://db.example.test/credits"_s << u"only postgresql://"_s;
    }

    void badPostgresLocationIsAnErrorNeverAFile()
    {
        QFETCH(QString, uri);
        QFETCH(QString, why);
        const Result<LedgerLocation> l = LedgerLocation::parse(uri);
        QVERIFY2(!l.ok(), qPrintable(uri + u" became "_s + (l.ok() ? l->displayName() : QString())));
        QCOMPARE(l.error().code, QString(LedgerLocation::InvalidLocationCode));
        QVERIFY2(l.error().message.contains(why), qPrintable(l.error().message));
        QVERIFY2(!l.error().message.contains(u"s3cret"_s), qPrintable(l.error().message)); // never in a message
        // Nor through the settings key.
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        settings.setValue(u"ledger/location"_s, uri);
        QVERIFY(!LedgerLocation::configured(settings).ok());
        QVERIFY(LedgerLocation::parse(u"/tmp/x/ledger.sqlite"_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
