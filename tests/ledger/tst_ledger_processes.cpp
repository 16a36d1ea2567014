// Two processes on one ledger file: concurrent writers never lose or double-count a
// reassignment and never pass the cap; two admins racing at 4 of 5 — only one reaches the
// Partner Center step, the other is told who holds the credit (SQLite, and PostgreSQL when
// CREDITDESK_TEST_POSTGRES gives a URI); a process killed between journal and confirmation
// leaves an unfinished assignment the next start lists.
#include "ledger/ledger.h"
#include "ledgerfixtures.h"

#include <QProcess>
#include <QUuid>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::LedgerFixtures;

namespace {

struct LoopOutcome
{
    int confirmed = -1;
    int refused = -1;
    int failed = -1;
};

LoopOutcome outcomeOf(QProcess &p)
{
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const auto m = QRegularExpression(u"confirmed (\\d+) refused (\\d+) failed (\\d+)"_s).match(out);
    if (!m.hasMatch()) {
        qWarning("worker said: %s", qPrintable(out));
        return {};
    }
    return { m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt() };
}

/// The next line \a p writes (without the newline), or empty after \a ms.
QString nextLine(QProcess &p, int ms = 30'000)
{
    QDeadlineTimer deadline(ms);
    while (!p.canReadLine() && !deadline.hasExpired()) {
        if (!p.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
    }
    return p.canReadLine() ? QString::fromUtf8(p.readLine()).trimmed() : QString();
}

/// A monthly credit with 4 of 5 reassignments used, assigned to ana.
PartnerCredit fourOfFive(const QString &id)
{
    PartnerCredit credit = monthlyCredit(id);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    credit.startDate = today.addMonths(-2);
    credit.endDate = today.addYears(1);
    credit.activationDate = today.addMonths(-1);
    credit.assignedUser = member(u"ana"_s).toPartnerUser();
    credit.status = PartnerCredit::Status::Assigned;
    credit.reassignmentsBeforeLedger = 4;
    return credit;
}

} // namespace

class TestLedgerProcesses : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void concurrentWritersKeepTheCap_data()
    {
        QTest::addColumn<int>("beforeLedger");
        QTest::addColumn<int>("perWorker");
        QTest::newRow("race from a fresh credit") << 0 << 8;
        QTest::newRow("race for the last reassignment") << 4 << 5;
    }

    void concurrentWritersKeepTheCap()
    {
        QFETCH(int, beforeLedger);
        QFETCH(int, perWorker);
        const QString file = m_dir.filePath(u"%1/ledger.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        {
            Ledger ledger;
            QVERIFY(ledger.open(LedgerLocation::sqlite(file)).ok());
            PartnerCredit credit = monthlyCredit(u"m1"_s);
            credit.endDate = QDateTime::currentDateTimeUtc().date().addYears(1);
            if (beforeLedger > 0) {
                credit.activationDate = QDateTime::currentDateTimeUtc().date().addMonths(-1);
                credit.reassignmentsBeforeLedger = beforeLedger;
            }
            QVERIFY(ledger.addCredit(credit).ok());
        }
        QProcess a;
        QProcess b;
        a.start(QStringLiteral(CREDITDESK_LEDGER_WORKER),
                { u"assign-loop"_s, file, u"m1"_s, u"a"_s, QString::number(perWorker) });
        b.start(QStringLiteral(CREDITDESK_LEDGER_WORKER),
                { u"assign-loop"_s, file, u"m1"_s, u"b"_s, QString::number(perWorker) });
        QVERIFY(a.waitForFinished(120'000));
        QVERIFY(b.waitForFinished(120'000));
        const LoopOutcome oa = outcomeOf(a);
        const LoopOutcome ob = outcomeOf(b);
        QCOMPARE(oa.failed, 0);
        QCOMPARE(ob.failed, 0);
        QCOMPARE(oa.confirmed + oa.refused, perWorker);
        QCOMPARE(ob.confirmed + ob.refused, perWorker);

        Ledger ledger;
        QVERIFY(ledger.open(LedgerLocation::sqlite(file)).ok());
        const PartnerCredit c = *ledger.credit(u"m1"_s);
        const int confirmed = oa.confirmed + ob.confirmed;
        // Not lost: every confirmation is in the history. Not double-counted: every assignment
        // after the first is exactly one reassignment. The cap holds.
        QCOMPARE(c.history.size(), confirmed);
        const int firstIsFree = beforeLedger == 0 ? 1 : 0;
        QCOMPARE(c.reassignmentsUsed, beforeLedger + confirmed - firstIsFree);
        QCOMPARE(c.reassignmentsUsed, 5);
        QCOMPARE(ledger.unfinishedAssignments()->size(), 0);
        int counted = 0;
        for (const AssignmentEvent &e : c.history)
            counted += e.countsAsReassignment ? 1 : 0;
        QCOMPARE(counted, confirmed - firstIsFree);
    }

    void twoAdminsRaceAtFourOfFive_data()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow("sqlite") << m_dir.filePath(u"race/ledger.sqlite"_s);
        QTest::newRow("postgresql") << qEnvironmentVariable("CREDITDESK_TEST_POSTGRES");
    }

    void twoAdminsRaceAtFourOfFive()
    {
        QFETCH(QString, location);
        if (location.isEmpty())
            QSKIP("PostgreSQL not configured (CREDITDESK_TEST_POSTGRES).");
        const QString creditId = u"race-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        {
            Ledger ledger;
            const Status opened = ledger.open(LedgerLocation::parse(location).value());
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
            QVERIFY(ledger.addCredit(fourOfFive(creditId)).ok());
        }
        // Both admins passed every check at 4 of 5 and press Next on the review at once.
        QProcess alice;
        QProcess bob;
        alice.start(QStringLiteral(CREDITDESK_LEDGER_WORKER),
                    { u"race"_s, location, creditId, u"ben@contoso.com"_s, u"alice@contoso.com"_s });
        bob.start(QStringLiteral(CREDITDESK_LEDGER_WORKER),
                  { u"race"_s, location, creditId, u"cleo@contoso.com"_s, u"bob@contoso.com"_s });
        QCOMPARE(nextLine(alice), u"ready"_s);
        QCOMPARE(nextLine(bob), u"ready"_s);
        alice.write("go\n");
        bob.write("go\n");
        const QString saidA = nextLine(alice);
        const QString saidB = nextLine(bob);
        const bool aliceHolds = saidA.startsWith(u"journalled "_s);
        const bool bobHolds = saidB.startsWith(u"journalled "_s);
        // Exactly one reaches the Partner Center step.
        QVERIFY2(aliceHolds != bobHolds, qPrintable(saidA + u" | "_s + saidB));
        QProcess &holder = aliceHolds ? alice : bob;
        const QString refusedLine = aliceHolds ? saidB : saidA;
        const QString holderAdmin = aliceHolds ? u"alice@contoso.com"_s : u"bob@contoso.com"_s;
        // The other is told who holds it and since when.
        QVERIFY2(refusedLine.startsWith(u"refused "_s + QString(Ledger::ReservedCode)), qPrintable(refusedLine));
        QVERIFY2(refusedLine.contains(holderAdmin), qPrintable(refusedLine));
        QVERIFY2(refusedLine.contains(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd"_s)), qPrintable(refusedLine));

        holder.write("confirm\n");
        QCOMPARE(nextLine(holder), u"confirmed"_s);
        QVERIFY(alice.waitForFinished(30'000));
        QVERIFY(bob.waitForFinished(30'000));
        QCOMPARE(alice.exitCode(), 0);
        QCOMPARE(bob.exitCode(), 0);

        Ledger ledger;
        QVERIFY(ledger.open(LedgerLocation::parse(location).value()).ok());
        const PartnerCredit c = *ledger.credit(creditId);
        QCOMPARE(c.reassignmentsUsed, 5);
        QCOMPARE(c.history.size(), 1);
        // Now the loser is refused by the cap, before Partner Center, not after.
        QCOMPARE(ledger.journalAssignment(creditId, member(u"dora"_s), u"bob@contoso.com"_s).error().code,
                 QString(RuleId::MonthlyReassignmentCap));
        QVERIFY(ledger.removeCredit(creditId).ok());
    }

    void killedBetweenJournalAndConfirmation()
    {
        const QString file = m_dir.filePath(u"killed/ledger.sqlite"_s);
        {
            Ledger ledger;
            QVERIFY(ledger.open(LedgerLocation::sqlite(file)).ok());
            PartnerCredit credit = monthlyCredit(u"m1"_s);
            credit.endDate = QDateTime::currentDateTimeUtc().date().addYears(1);
            QVERIFY(ledger.addCredit(credit).ok());
        }
        QProcess worker;
        worker.start(QStringLiteral(CREDITDESK_LEDGER_WORKER),
                     { u"journal-and-wait"_s, file, u"m1"_s, u"ana@contoso.com"_s });
        QVERIFY(worker.waitForStarted());
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT((said += worker.readAllStandardOutput()).contains("journalled "), said.constData(),
                                  20'000);
        worker.kill();
        QVERIFY(worker.waitForFinished());

        Ledger reopened;
        QVERIFY(reopened.open(LedgerLocation::sqlite(file)).ok());
        auto pending = reopened.unfinishedAssignments();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->constFirst().creditId, u"m1"_s);
        QCOMPARE(pending->constFirst().user.userPrincipalName, u"ana@contoso.com"_s);
        QCOMPARE(pending->constFirst().performedBy, u"admin@contoso.com"_s);
        QVERIFY(reopened.credit(u"m1"_s)->history.isEmpty());
        // "It was done in Partner Center": recording it now counts it once.
        auto recorded = reopened.confirmAssignment(pending->constFirst().journalId);
        QVERIFY(recorded.ok());
        QCOMPARE(recorded->assignedUser.userPrincipalName, u"ana@contoso.com"_s);
        QCOMPARE(reopened.unfinishedAssignments()->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLedgerProcesses)
#include "tst_ledger_processes.moc"
