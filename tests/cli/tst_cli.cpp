// The real creditdesk-cli binary: version, help, and the documented exit codes.
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QString::fromUtf8(CREDITDESK_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(20'000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionPrintsNameAndVersion();
    void helpDescribesExitCodes();
    void unknownCommandIsAUsageError();
    void noCommandPrintsUsageAndFails();
};

void TestCli::versionPrintsNameAndVersion()
{
    const Run run = runCli({u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), u"creditdesk-cli "_s + QString::fromLatin1(CREDITDESK_VERSION));
}

void TestCli::helpDescribesExitCodes()
{
    const Run run = runCli({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"Usage:"_s));
    QVERIFY(run.out.contains(u"Exit codes"_s));
}

void TestCli::unknownCommandIsAUsageError()
{
    const Run run = runCli({u"frobnicate"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"frobnicate"_s));
    QVERIFY(run.out.isEmpty());
}

void TestCli::noCommandPrintsUsageAndFails()
{
    const Run run = runCli({});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains(u"Usage:"_s));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
