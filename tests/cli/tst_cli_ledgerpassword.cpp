// creditdesk-cli ledger-password: the team ledger's PostgreSQL password saved in the OS secret
// store after the server accepted it, used by later commands, removed by "forget". Runs the real
// binary; needs CREDITDESK_TEST_POSTGRES + PGPASSWORD and a secret store (./scripts/dev test).
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

class TestCliLedgerPassword : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QString m_uri;
    QString m_password;

    Run runCli(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        env.remove(u"PGPASSWORD"_s); // the password must come from the secret store
        env.insert(u"PGPASSFILE"_s, u"/nonexistent/creditdesk-test-pgpass"_s);
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(CREDITDESK_CLI_PATH), arguments);
        process.write(input);
        process.closeWriteChannel();
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

private Q_SLOTS:
    void initTestCase()
    {
        m_uri = qEnvironmentVariable("CREDITDESK_TEST_POSTGRES");
        m_password = qEnvironmentVariable("PGPASSWORD");
        if (m_uri.isEmpty() || m_password.isEmpty())
            QSKIP("PostgreSQL with a password not configured: set CREDITDESK_TEST_POSTGRES and PGPASSWORD.");
        QVERIFY(m_home.isValid());
    }

    void anSqliteLedgerHasNoPassword()
    {
        const Run run = runCli({ u"ledger-password"_s, u"--ledger"_s, m_home.filePath(u"l.sqlite"_s) }, "x\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"no password"_s), qPrintable(run.err));
    }

    void savedOnlyOnceTheServerAcceptsItThenUsedAndForgotten()
    {
        const QStringList credits { u"credits"_s, u"--ledger"_s, m_uri, u"--format"_s, u"json"_s };
        Run run = runCli(credits);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"needs a password"_s) && run.err.contains(u"ledger-password"_s), qPrintable(run.err));

        const QString wrong = m_password + u"-typo"_s;
        run = runCli({ u"ledger-password"_s, u"--ledger"_s, m_uri }, wrong.toUtf8() + '\n');
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"Nothing was saved"_s), qPrintable(run.err));
        QVERIFY(!run.err.contains(wrong) && !run.out.contains(wrong));
        QCOMPARE(runCli(credits).exitCode, 2);

        run = runCli({ u"ledger-password"_s, u"--ledger"_s, m_uri }, m_password.toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!run.err.contains(m_password) && !run.out.contains(m_password));

        run = runCli(credits);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        run = runCli({ u"ledger-password"_s, u"forget"_s, u"--ledger"_s, m_uri });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(runCli(credits).exitCode, 2);
    }

    void noPasswordGivenSavesNothing()
    {
        const Run run = runCli({ u"ledger-password"_s, u"--ledger"_s, m_uri }, "");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"No password"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliLedgerPassword)
#include "tst_cli_ledgerpassword.moc"
