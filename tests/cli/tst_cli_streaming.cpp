// creditdesk-cli writes lots and events as the pages arrive, over real HTTP to the sandbox: a
// proxy holds back the last page of every listing, and the rows must reach stdout while it is
// held. The streamed JSON is one valid document at the end, also when a scope fails after its
// first pages (then it is a partial result: exit 5, the scope named in failedScopes).
#include "pageholdingproxy.h"
#include "server/sandboxhost.h"
#include "sandboxtoken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using Testing::PageHoldingProxy;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/// Data rows written so far in \a format (the header and JSON's frame are not rows).
qsizetype rowsIn(const QByteArray &out, const QString &format)
{
    if (format == u"json"_s)
        return out.count("\n    {");
    const QByteArray lineEnd = format == u"csv"_s ? "\r\n" : "\n";
    return qMax<qsizetype>(0, out.count(lineEnd) - 1);
}

QJsonObject documentOf(const QByteArray &out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}
} // namespace

class TestCliStreaming : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lotsAreWrittenBeforeTheLastPageIsServed_data();
    void lotsAreWrittenBeforeTheLastPageIsServed();
    void eventsAreWrittenBeforeTheLastPageIsServed();
    void scopeFailingAfterItsFirstPagesIsAPartialResult();
    void singleScopeFailingMidwayKeepsItsRowsAndExitsFive();
    void singleScopeFailingAtOnceWritesNothing();

private:
    void startCli(QProcess &process, const QStringList &arguments);
    Run runCli(const QStringList &arguments);
    QStringList cloud() const
    {
        return {u"--cloud"_s, u"custom"_s, u"--arm-url"_s, m_proxy.url().toString()};
    }
    /// The first billing profile with lots: its billing account, its id and its lot count.
    void firstProfile(QString *account, QString *profile, qsizetype *lots);

    QTemporaryDir m_home;
    QNetworkAccessManager m_network;
    Sandbox::SandboxHost m_sandbox;
    PageHoldingProxy m_proxy;
    QString m_token;
    QJsonArray m_allLots; ///< read once through the proxy with nothing held
};

void TestCliStreaming::initTestCase()
{
    QVERIFY(m_home.isValid());
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    // One item per page: every scope has several pages, so rows precede every last page.
    options.scale.pageSize = 1;
    QVERIFY(m_sandbox.start(options));
    m_token = Testing::sandboxToken(m_network, m_sandbox.baseUrl());
    QVERIFY(!m_token.isEmpty());
    QVERIFY(m_proxy.start(m_sandbox.baseUrl()));

    const Run all = runCli(cloud() + QStringList{u"lots"_s, u"--format"_s, u"json"_s});
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    m_allLots = documentOf(all.out).value(u"lots"_s).toArray();
    QVERIFY(m_allLots.size() > 20);
}

void TestCliStreaming::startCli(QProcess &process, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    env.insert(u"CREDITDESK_ACCESS_TOKEN"_s, m_token);
    process.setProcessEnvironment(env);
    process.start(QString::fromUtf8(CREDITDESK_CLI_PATH), arguments);
}

Run TestCliStreaming::runCli(const QStringList &arguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    startCli(process, arguments);
    Run run;
    // The event loop runs while waiting: the sandbox and the proxy answer from this process.
    if (!finished.wait(60'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestCliStreaming::firstProfile(QString *account, QString *profile, qsizetype *lots)
{
    *lots = 0;
    for (const QJsonValue &lot : std::as_const(m_allLots)) {
        if (lot[u"billingProfileId"_s].isNull())
            continue;
        if (profile->isEmpty()) {
            *account = lot[u"billingAccountId"_s].toString();
            *profile = lot[u"billingProfileId"_s].toString();
        }
        if (lot[u"billingProfileId"_s].toString() == *profile)
            ++*lots;
    }
}

void TestCliStreaming::lotsAreWrittenBeforeTheLastPageIsServed_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("table") << u"table"_s;
    QTest::newRow("json") << u"json"_s;
}

void TestCliStreaming::lotsAreWrittenBeforeTheLastPageIsServed()
{
    QFETCH(QString, format);
    m_proxy.setLastPages(PageHoldingProxy::LastPages::Hold, u"/lots"_s);
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    startCli(process, cloud() + QStringList{u"lots"_s, u"--format"_s, format});
    QByteArray out;
    connect(&process, &QProcess::readyReadStandardOutput, this, [&] { out += process.readAllStandardOutput(); });

    // Rows arrive while every scope's last page is still held by the proxy.
    QTRY_VERIFY_WITH_TIMEOUT(rowsIn(out, format) > 0 && m_proxy.held() > 0, 30'000);
    QCOMPARE(process.state(), QProcess::Running);
    QVERIFY(rowsIn(out, format) < m_allLots.size());
    if (format == u"json"_s)
        QVERIFY(out.startsWith("{\n  \"lots\": [\n    {"));

    m_proxy.release();
    QVERIFY(finished.wait(60'000));
    out += process.readAllStandardOutput();
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QCOMPARE(rowsIn(out, format), m_allLots.size());
    if (format == u"json"_s) {
        const QJsonObject document = documentOf(out);
        QCOMPARE(document.value(u"lots"_s).toArray().size(), m_allLots.size());
        QVERIFY(document.value(u"failedScopes"_s).isArray());
        QVERIFY(document.value(u"failedScopes"_s).toArray().isEmpty());
        QVERIFY(document.value(u"notes"_s).toArray().isEmpty());
    }
}

void TestCliStreaming::eventsAreWrittenBeforeTheLastPageIsServed()
{
    QString account, profile;
    qsizetype lots = 0;
    firstProfile(&account, &profile, &lots);
    QVERIFY(!profile.isEmpty());
    const QStringList arguments = cloud() + QStringList{u"events"_s, u"--billing-account"_s, account,
                                                        u"--billing-profile"_s, profile, u"--from"_s, u"2000-01-01"_s,
                                                        u"--to"_s, u"2100-12-31"_s, u"--format"_s, u"json"_s};
    m_proxy.setLastPages(PageHoldingProxy::LastPages::Pass);
    const Run all = runCli(arguments);
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    const qsizetype events = documentOf(all.out).value(u"events"_s).toArray().size();
    QVERIFY(events > 1);

    m_proxy.setLastPages(PageHoldingProxy::LastPages::Hold, u"/events"_s);
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    startCli(process, arguments);
    QByteArray out;
    connect(&process, &QProcess::readyReadStandardOutput, this, [&] { out += process.readAllStandardOutput(); });
    QTRY_VERIFY_WITH_TIMEOUT(rowsIn(out, u"json"_s) > 0 && m_proxy.held() > 0, 30'000);
    QCOMPARE(process.state(), QProcess::Running);
    QVERIFY(rowsIn(out, u"json"_s) < events);
    m_proxy.release();
    QVERIFY(finished.wait(60'000));
    out += process.readAllStandardOutput();
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject document = documentOf(out);
    QCOMPARE(document.value(u"events"_s).toArray().size(), events);
    QVERIFY(document.value(u"failedScopes"_s).toArray().isEmpty());
}

// Discovery: one profile's last page fails. Its earlier rows are already out; the others' follow.
void TestCliStreaming::scopeFailingAfterItsFirstPagesIsAPartialResult()
{
    QString account, profile;
    qsizetype lots = 0;
    firstProfile(&account, &profile, &lots);
    QVERIFY(lots > 1);
    m_proxy.setLastPages(PageHoldingProxy::LastPages::Fail, u"/billingProfiles/"_s + profile + u"/"_s);

    const Run json = runCli(cloud() + QStringList{u"lots"_s, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 5);
    const QJsonObject document = documentOf(json.out);
    QVERIFY2(!document.isEmpty(), json.out.constData()); // the whole document parses
    QCOMPARE(document.value(u"lots"_s).toArray().size(), m_allLots.size() - 1); // one lot per page
    const QJsonArray failed = document.value(u"failedScopes"_s).toArray();
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first()[u"scope"_s].toString().contains(profile), qPrintable(failed.first()[u"scope"_s].toString()));
    QCOMPARE(failed.first()[u"httpStatus"_s].toInt(), 404);
    QVERIFY(document.value(u"notes"_s).isArray());
    QVERIFY2(json.err.contains(u"partial result"_s), qPrintable(json.err));

    const Run csv = runCli(cloud() + QStringList{u"lots"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(csv.exitCode, 5);
    QCOMPARE(rowsIn(csv.out, u"csv"_s), m_allLots.size() - 1);
    QVERIFY2(csv.err.trimmed().split(u'\n').constLast().contains(profile), qPrintable(csv.err));
    m_proxy.setLastPages(PageHoldingProxy::LastPages::Pass);
}

// One scope asked for by id: rows were written, so a later failure is partial (5), not 2.
void TestCliStreaming::singleScopeFailingMidwayKeepsItsRowsAndExitsFive()
{
    QString account, profile;
    qsizetype lots = 0;
    firstProfile(&account, &profile, &lots);
    m_proxy.setLastPages(PageHoldingProxy::LastPages::Fail, u"/lots"_s);
    const QStringList scope{u"--billing-account"_s, account, u"--billing-profile"_s, profile};

    const Run json = runCli(cloud() + QStringList{u"lots"_s} + scope + QStringList{u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 5);
    const QJsonObject document = documentOf(json.out);
    QCOMPARE(document.value(u"lots"_s).toArray().size(), lots - 1);
    QCOMPARE(document.value(u"failedScopes"_s).toArray().size(), 1);
    QVERIFY(document.value(u"failedScopes"_s).toArray().first()[u"scope"_s].toString().contains(profile));

    const Run table = runCli(cloud() + QStringList{u"lots"_s} + scope);
    QCOMPARE(table.exitCode, 5);
    QCOMPARE(rowsIn(table.out, u"table"_s), lots - 1);
    QVERIFY2(table.err.contains(u"partial result"_s), qPrintable(table.err));

    m_proxy.setLastPages(PageHoldingProxy::LastPages::Fail, u"/events"_s);
    const Run events = runCli(cloud() + QStringList{u"events"_s} + scope
                              + QStringList{u"--from"_s, u"2000-01-01"_s, u"--to"_s, u"2100-12-31"_s, u"--format"_s,
                                            u"json"_s});
    QCOMPARE(events.exitCode, 5);
    const QJsonObject eventsDocument = documentOf(events.out);
    QVERIFY2(!eventsDocument.value(u"events"_s).toArray().isEmpty(), events.out.constData());
    QCOMPARE(eventsDocument.value(u"failedScopes"_s).toArray().size(), 1);
    m_proxy.setLastPages(PageHoldingProxy::LastPages::Pass);
}

// The exit-code contract stays: nothing read and nothing written is 2, with nothing on stdout.
void TestCliStreaming::singleScopeFailingAtOnceWritesNothing()
{
    QString account, profile;
    qsizetype lots = 0;
    firstProfile(&account, &profile, &lots);
    for (const QString &format : {u"json"_s, u"csv"_s, u"table"_s}) {
        const Run run = runCli(cloud() + QStringList{u"lots"_s, u"--billing-account"_s, account,
                                                     u"--billing-profile"_s, u"NO-SUCH-PROFILE"_s, u"--format"_s, format});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QVERIFY2(run.err.contains(u"NO-SUCH-PROFILE"_s), qPrintable(run.err));
    }
}

QTEST_GUILESS_MAIN(TestCliStreaming)
#include "tst_cli_streaming.moc"
