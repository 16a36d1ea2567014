// creditdesk-cli on the benefits ledger, running the real binary: credits, import/export,
// assign (rules, --confirm-partner-center), unassign, and the sandbox's seeded ledger.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCliLedger : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QString m_ledger;

    Run runCli(QStringList arguments, bool withLedger = true, const QString &workingDirectory = {})
    {
        QProcess process;
        if (!workingDirectory.isEmpty())
            process.setWorkingDirectory(workingDirectory);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        env.remove(u"CREDITDESK_ACCESS_TOKEN"_s);
        process.setProcessEnvironment(env);
        if (withLedger)
            arguments << u"--ledger"_s << m_ledger;
        arguments << u"--performed-by"_s << u"admin@contoso.com"_s;
        process.start(QString::fromUtf8(CREDITDESK_CLI_PATH), arguments);
        Run run;
        if (!process.waitForFinished(60'000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QJsonArray creditsJson()
    {
        const Run run = runCli({ u"credits"_s, u"--format"_s, u"json"_s });
        if (run.exitCode != 0)
            qWarning("credits failed: %s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    QJsonObject creditById(const QString &id)
    {
        const QJsonArray all = creditsJson();
        for (const QJsonValue &v : all) {
            if (v.toObject().value("id"_L1).toString() == id)
                return v.toObject();
        }
        return {};
    }

    QString writeCsv(const QString &name, const QByteArray &data)
    {
        const QString path = m_home.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_ledger = m_home.filePath(u"ledger/ledger.sqlite"_s);
    }

    void badCsvIsRefusedWithLineNumbersAndNothingImported()
    {
        const QString path = writeCsv(u"bad.csv"_s, "id,type,program,amount,currency\n"
                                                    "m1,monthly,Action Pack,100,USD\n"
                                                    "m2,weekly,Action Pack,100,USD\n"
                                                    "m3,monthly,Action Pack,lots,USD\n");
        const Run run = runCli({ u"credits"_s, u"import"_s, path });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"line 3: type \"weekly\""_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"line 4: amount \"lots\""_s), qPrintable(run.err));
        QCOMPARE(creditsJson().size(), 0);
    }

    void importThenListWithDerivedFigures()
    {
        const QString path = writeCsv(u"good.csv"_s,
                                      "id,type,program,amount,currency,startDate,endDate,activationDate,status,"
                                      "assignedUpn,reassignmentsUsed\n"
                                      "m1,monthly,Visual Studio Enterprise,150,USD,2026-01-01,2030-01-01,2026-01-10,"
                                      "assigned,ana@contoso.com,4\n"
                                      "b1,bulk,Solutions Partner for Infrastructure,4000.00,EUR,2026-01-01,2030-01-01,,"
                                      "notRedeemed,,0\n");
        const Run run = runCli({ u"credits"_s, u"import"_s, path });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"2 added"_s));
        const QJsonObject m1 = creditById(u"m1"_s);
        QCOMPARE(m1.value("type"_L1).toString(), u"monthly"_s);
        QCOMPARE(m1.value("program"_L1).toString(), u"Visual Studio Enterprise"_s);
        QCOMPARE(m1.value("amount"_L1).toDouble(), 150.0);
        QCOMPARE(m1.value("currency"_L1).toString(), u"USD"_s);
        QCOMPARE(m1.value("startDate"_L1).toString(), u"2026-01-01"_s);
        QCOMPARE(m1.value("endDate"_L1).toString(), u"2030-01-01"_s);
        QCOMPARE(m1.value("activationDate"_L1).toString(), u"2026-01-10"_s);
        QCOMPARE(m1.value("cutoffDate"_L1).toString(), u"2027-02-10"_s);
        QCOMPARE(m1.value("status"_L1).toString(), u"assigned"_s);
        QCOMPARE(m1.value("assignedUpn"_L1).toString(), u"ana@contoso.com"_s);
        QCOMPARE(m1.value("reassignmentsUsed"_L1).toInt(), 4);
        QCOMPARE(m1.value("reassignmentsLeft"_L1).toInt(), 1);
        const QJsonObject b1 = creditById(u"b1"_s);
        QCOMPARE(b1.value("type"_L1).toString(), u"bulk"_s);
        QVERIFY(b1.value("activationDate"_L1).isNull());
        QVERIFY(b1.value("assignedUpn"_L1).isNull());

        const Run table = runCli({ u"credits"_s });
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(u"REASSIGNMENTSLEFT"_s));
    }

    void assignNeedsThePartnerCenterConfirmation()
    {
        const Run dry = runCli({ u"assign"_s, u"--credit"_s, u"m1"_s, u"--user"_s, u"ben@contoso.com"_s });
        QCOMPARE(dry.exitCode, 1);
        QVERIFY(dry.out.contains(u"reassignment 5 of 5"_s));
        QVERIFY(dry.err.contains(u"Nothing recorded"_s));
        QCOMPARE(creditById(u"m1"_s).value("assignedUpn"_L1).toString(), u"ana@contoso.com"_s);

        const Run done = runCli({ u"assign"_s, u"--credit"_s, u"m1"_s, u"--user"_s, u"ben@contoso.com"_s,
                                  u"--confirm-partner-center"_s });
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QVERIFY(done.out.contains(u"5 of 5"_s));
        QVERIFY(done.out.contains(u"Redemption link"_s));
        const QJsonObject m1 = creditById(u"m1"_s);
        QCOMPARE(m1.value("assignedUpn"_L1).toString(), u"ben@contoso.com"_s);
        QCOMPARE(m1.value("reassignmentsLeft"_L1).toInt(), 0);
    }

    void refusedAssignmentsExitTwoWithTheRule_data()
    {
        QTest::addColumn<QString>("credit");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("rule");
        QTest::newRow("sixth reassignment") << u"m1"_s << u"cleo@contoso.com"_s << u"monthly-reassignment-cap"_s;
        QTest::newRow("free mail domain") << u"b1"_s << u"cleo@Hotmail.com"_s << u"free-email-domain"_s;
        QTest::newRow("guest") << u"b1"_s << u"cleo_fabrikam.com#EXT#@contoso.onmicrosoft.com"_s << u"guest-account"_s;
        QTest::newRow("unknown credit") << u"zz"_s << u"cleo@contoso.com"_s << u"There is no credit zz"_s;
    }

    void refusedAssignmentsExitTwoWithTheRule()
    {
        QFETCH(QString, credit);
        QFETCH(QString, user);
        QFETCH(QString, rule);
        const Run run = runCli({ u"assign"_s, u"--credit"_s, credit, u"--user"_s, user, u"--confirm-partner-center"_s });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(rule), qPrintable(run.err));
    }

    void bulkOnceThenNeverAgain()
    {
        QCOMPARE(runCli({ u"assign"_s, u"--credit"_s, u"b1"_s, u"--user"_s, u"dan@contoso.com"_s,
                          u"--confirm-partner-center"_s })
                     .exitCode,
                 0);
        const Run again = runCli({ u"assign"_s, u"--credit"_s, u"b1"_s, u"--user"_s, u"eve@contoso.com"_s,
                                   u"--confirm-partner-center"_s });
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(u"bulk-not-reassignable"_s));
        QCOMPARE(runCli({ u"unassign"_s, u"--credit"_s, u"b1"_s }).exitCode, 2);
    }

    void unassignUsesNoReassignment()
    {
        const Run run = runCli({ u"unassign"_s, u"--credit"_s, u"m1"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject m1 = creditById(u"m1"_s);
        QVERIFY(m1.value("assignedUpn"_L1).isNull());
        QCOMPARE(m1.value("reassignmentsUsed"_L1).toInt(), 5);
        QCOMPARE(m1.value("status"_L1).toString(), u"notRedeemed"_s);
    }

    void exportWritesTheTemplate()
    {
        const QString path = m_home.filePath(u"out.csv"_s);
        QCOMPARE(runCli({ u"credits"_s, u"export"_s, path }).exitCode, 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.startsWith("id,type,program,amount,currency,"));
        QVERIFY(csv.contains("m1,monthly,Visual Studio Enterprise,150.00,USD"));
    }

    void mistypedTeamLedgerIsAnErrorNotAFile()
    {
        // A typo in a team ledger's URI must not quietly open a new local SQLite ledger (whose
        // counts would start from zero), and the password must not be echoed anywhere.
        QTemporaryDir cwd;
        for (const QString &uri : { u"postgresql://team:s3cret@db.example.test/credits"_s,
                                    u"postgresql://team@db.example.test/credits?sslmod=require"_s }) {
            const Run run = runCli({ u"credits"_s, u"--ledger"_s, uri }, false, cwd.path());
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(u"is not usable"_s), qPrintable(run.err));
            QVERIFY(!run.err.contains(u"s3cret"_s) && !run.out.contains(u"s3cret"_s));
            QVERIFY2(QDir(cwd.path()).isEmpty(), qPrintable(QDir(cwd.path()).entryList().join(u", "_s)));
        }
    }

    void sandboxLedgerIsSeeded()
    {
        const Run run = runCli({ u"--cloud"_s, u"sandbox"_s, u"credits"_s, u"--format"_s, u"json"_s }, false);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray credits = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(credits.size(), 12);
        int atCap = 0;
        for (const QJsonValue &v : credits)
            atCap += v.toObject().value("reassignmentsLeft"_L1).toInt() == 0
                && v.toObject().value("type"_L1).toString() == "monthly"_L1;
        QVERIFY(atCap >= 1);
        // Seeding again is idempotent.
        const Run again = runCli({ u"--cloud"_s, u"sandbox"_s, u"credits"_s, u"--format"_s, u"json"_s }, false);
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).array().size(), 12);
        QVERIFY(!again.err.contains(u"Seeded"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliLedger)
#include "tst_cli_ledger.moc"
