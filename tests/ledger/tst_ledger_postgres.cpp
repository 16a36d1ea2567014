// The ledger's SQL is portable: the same flows against PostgreSQL (QPSQL) when
// CREDITDESK_TEST_POSTGRES gives a connection URI (the password, if any, in PGPASSWORD or
// ~/.pgpass: a URI with one is refused), e.g.
//   CREDITDESK_TEST_POSTGRES=postgresql://user@localhost:5432/creditdesk_test
//   CREDITDESK_TEST_POSTGRES='postgresql://postgres@/creditdesk_test?host=/tmp/pgsock'
// tst_ledger_processes races two processes on it too.
// The test drops and recreates the ledger's tables in that database.
#include "ledger/ledger.h"
#include "ledgerfixtures.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::LedgerFixtures;

class TestLedgerPostgres : public QObject
{
    Q_OBJECT
private:
    std::optional<LedgerLocation> m_location;

private Q_SLOTS:
    void initTestCase()
    {
        const QString uri = qEnvironmentVariable("CREDITDESK_TEST_POSTGRES");
        if (uri.isEmpty())
            QSKIP("PostgreSQL not configured: set CREDITDESK_TEST_POSTGRES=postgresql://user@host:port/db "
                  "to run the ledger against it (its tables are dropped and recreated).");
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            QSKIP("The Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed.");
        const Result<LedgerLocation> parsed = LedgerLocation::fromPostgresUri(uri);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        m_location = parsed.value();
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"reset"_s);
        {
            db.setHostName(m_location->host);
            db.setPort(m_location->port);
            db.setDatabaseName(m_location->databaseName);
            db.setUserName(m_location->userName);
            db.setConnectOptions(m_location->connectOptions);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            for (const char *table : { "assignment_journal", "credit_history", "credits", "ledger_meta" })
                QVERIFY(q.exec(u"DROP TABLE IF EXISTS %1"_s.arg(QString::fromLatin1(table))));
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"reset"_s);
    }

    void assignmentsAndTheCap()
    {
        Ledger ledger;
        const Status opened = ledger.open(*m_location);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        ledger.setToday(kToday);
        QCOMPARE(ledger.schemaVersion(), Ledger::SchemaVersion);
        QVERIFY(ledger.addCredit(monthlyCredit(u"m1"_s)).ok());
        QVERIFY(ledger.addCredit(bulkCredit(u"b1"_s)).ok());
        for (const QString &alias : { u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s }) {
            auto journal = ledger.journalAssignment(u"m1"_s, member(alias), u"admin@contoso.com"_s);
            QVERIFY(journal.ok());
            QVERIFY(ledger.confirmAssignment(*journal).ok());
        }
        QCOMPARE(ledger.credit(u"m1"_s)->reassignmentsUsed, 5);
        QCOMPARE(ledger.journalAssignment(u"m1"_s, member(u"g"_s), u"admin@contoso.com"_s).error().code,
                 QString(RuleId::MonthlyReassignmentCap));
        QVERIFY(ledger.recordRemoval(u"m1"_s, u"admin@contoso.com"_s).ok());

        Ledger second;
        QVERIFY(second.open(*m_location).ok());
        second.setToday(kToday);
        auto x = ledger.journalAssignment(u"b1"_s, member(u"x"_s), u"admin@contoso.com"_s);
        QVERIFY(x.ok());
        // x reserves b1: a second admin cannot start until it is stale.
        QCOMPARE(second.journalAssignment(u"b1"_s, member(u"y"_s), u"other@contoso.com"_s).error().code,
                 QString(Ledger::ReservedCode));
        second.setReservationLifetime(std::chrono::seconds(0));
        auto y = second.journalAssignment(u"b1"_s, member(u"y"_s), u"other@contoso.com"_s);
        QVERIFY(x.ok() && y.ok());
        QVERIFY(ledger.confirmAssignment(*x).ok());
        QCOMPARE(second.confirmAssignment(*y).error().code, QString(RuleId::BulkNotReassignable));
        QCOMPARE(second.unfinishedAssignments()->size(), 1);
        QCOMPARE(second.credits()->size(), 2);
        QCOMPARE(second.history()->size(), 8);
    }
};

QTEST_GUILESS_MAIN(TestLedgerPostgres)
#include "tst_ledger_postgres.moc"
