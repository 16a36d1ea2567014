// The real creditdesk-cli binary: usage and exit codes, sign-in and listing against the
// sandbox cloud, a bearer token from the environment against "any server that answers like
// ARM" (live-shaped JSON), and clear one-line failures for broken answers.
#include "livelikeserver.h"
#include "sandboxtoken.h"
#include "server/sandboxhost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace CreditDesk;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// `lots --format json` and `risk --format json` write one object (README: "JSON documents").
QJsonObject documentOf(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}
QJsonArray lotsOf(const Run &run)
{
    return documentOf(run).value(u"lots"_s).toArray();
}

bool hasTerminalControls(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void versionPrintsNameAndVersion();
    void helpListsCommandsAndExitCodes();
    void usageErrorsExitWithOne_data();
    void usageErrorsExitWithOne();
    void sandboxLoginThenLotsListsEverySeededLot();
    void accessTokenReadsACustomArmEndpoint();
    void liveShapedResponsesAreReadLeniently();
    void serviceErrorIsOneLineNamingTheScope();
    void malformedResponseIsAFailureNotACrash();
    void rejectedAccessTokenSaysSo();
    void riskExitCodeIsTheWorstRisk();
    void exportIcsWritesTheExpiringLots();
    void oneFailedScopeDoesNotHideTheOthers();
    void nothingReadableIsAFailure();
    void listingNotOfferedForTheAgreementIsANote();
    void riskWithFailedScopesNamesThem();
    void tableOutputStripsTerminalEscapes();
    void everyFileItCreatedIsOwnerOnly(); // last: after every other run

private:
    /// A sandbox with \a faults in this process, and a token for it.
    QString startSandbox(Sandbox::SandboxHost &host, const Sandbox::SandboxFaults &faults = {});
    Run runCli(const QStringList &arguments, const QString &accessToken = {});
    QString sandboxToken(const QUrl &base);

    QTemporaryDir m_home;
    QNetworkAccessManager m_network;
};

void TestCli::initTestCase()
{
    QVERIFY(m_home.isValid());
}

Run TestCli::runCli(const QStringList &arguments, const QString &accessToken)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Settings and the sandbox cloud's state go to this test's own directories.
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    env.remove(u"CREDITDESK_ACCESS_TOKEN"_s);
    if (!accessToken.isEmpty())
        env.insert(u"CREDITDESK_ACCESS_TOKEN"_s, accessToken);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QString::fromUtf8(CREDITDESK_CLI_PATH), arguments);
    Run run;
    // Wait with the event loop running: some tests serve the CLI from this process.
    if (!finished.wait(60'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestCli::sandboxToken(const QUrl &base)
{
    return Testing::sandboxToken(m_network, base);
}

void TestCli::versionPrintsNameAndVersion()
{
    const Run run = runCli({u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), u"creditdesk-cli "_s + QString::fromLatin1(CREDITDESK_VERSION));
}

void TestCli::helpListsCommandsAndExitCodes()
{
    const Run run = runCli({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    for (const QString &word : {u"Usage:"_s, u"Exit codes"_s, u"login"_s, u"lots"_s, u"events"_s, u"balance"_s,
                                u"CREDITDESK_ACCESS_TOKEN"_s, u"--cloud"_s, u"--format"_s, u"5 partial result"_s,
                                u"failedScopes"_s})
        QVERIFY2(run.out.contains(word), qPrintable(word));
}

void TestCli::usageErrorsExitWithOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("no command") << QStringList{} << u"Usage:"_s;
    QTest::newRow("unknown cloud") << QStringList{u"--cloud"_s, u"mars"_s, u"lots"_s} << u"mars"_s;
    QTest::newRow("unknown format") << QStringList{u"--format"_s, u"xml"_s, u"lots"_s} << u"xml"_s;
    QTest::newRow("events without dates")
        << QStringList{u"events"_s, u"--billing-account"_s, u"a"_s, u"--billing-profile"_s, u"p"_s} << u"--from"_s;
    QTest::newRow("bad date") << QStringList{u"events"_s, u"--billing-account"_s, u"a"_s, u"--billing-profile"_s,
                                             u"p"_s, u"--from"_s, u"10/01/2026"_s, u"--to"_s, u"2026-11-01"_s}
                              << u"YYYY-MM-DD"_s;
    QTest::newRow("custom without arm url") << QStringList{u"--cloud"_s, u"custom"_s, u"lots"_s} << u"--arm-url"_s;
    QTest::newRow("export-ics without file") << QStringList{u"export-ics"_s, u"--within"_s, u"30"_s} << u"-o FILE"_s;
    QTest::newRow("risk with bad horizon") << QStringList{u"risk"_s, u"--within"_s, u"soon"_s} << u"--within"_s;
    QTest::newRow("profile without account") << QStringList{u"lots"_s, u"--billing-profile"_s, u"p"_s}
                                             << u"--billing-account"_s;
}

void TestCli::usageErrorsExitWithOne()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 1);
    const QString all = run.err + run.out;
    QVERIFY2(all.contains(mentions), qPrintable(all));
}

void TestCli::sandboxLoginThenLotsListsEverySeededLot()
{
    const Run login = runCli({u"--cloud"_s, u"sandbox"_s, u"login"_s});
    if (login.exitCode == 2 && login.err.contains(u"keyring"_s, Qt::CaseInsensitive))
        QSKIP("No unlocked Secret Service here; run the suite with ./scripts/dev test.");
    QVERIFY2(login.exitCode == 0, qPrintable(login.err));
    QVERIFY(login.err.contains(u"enter the code"_s));
    QVERIFY(login.out.contains(u"Signed in as"_s));

    // A second process, a new sandbox port: the stored sign-in still works.
    const Run csv = runCli({u"--cloud"_s, u"sandbox"_s, u"lots"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    const QStringList lines = csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QVERIFY(lines.constFirst().startsWith(u"id,name,billingAccountId,billingProfileId,customerId,source,status"_s));

    // The same world served in this process, paged with plain HTTP: the oracle for "every lot".
    Sandbox::SandboxHost host;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    QVERIFY(host.start(options));
    const Run json = runCli({u"--cloud"_s, u"custom"_s, u"--arm-url"_s, host.baseUrl().toString(), u"lots"_s,
                             u"--format"_s, u"json"_s},
                            sandboxToken(host.baseUrl()));
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonArray lots = lotsOf(json);
    QVERIFY(!lots.isEmpty());
    QCOMPARE(lines.size() - 1, lots.size());

    const Run logout = runCli({u"--cloud"_s, u"sandbox"_s, u"logout"_s});
    QCOMPARE(logout.exitCode, 0);
    const Run after = runCli({u"--cloud"_s, u"sandbox"_s, u"lots"_s});
    QCOMPARE(after.exitCode, 2);
    QVERIFY(after.err.contains(u"login"_s));
}

void TestCli::accessTokenReadsACustomArmEndpoint()
{
    Sandbox::SandboxHost host;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    options.scale.pageSize = 3;
    QVERIFY(host.start(options));
    const QString token = sandboxToken(host.baseUrl());
    QVERIFY(!token.isEmpty());

    const Run run = runCli({u"--cloud"_s, u"custom"_s, u"--arm-url"_s, host.baseUrl().toString(), u"lots"_s,
                            u"--format"_s, u"json"_s, u"--status"_s, u"active"_s},
                           token);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray lots = lotsOf(run);
    QVERIFY(!lots.isEmpty());
    QCOMPARE(documentOf(run).value(u"failedScopes"_s).toArray().size(), 0);
    QCOMPARE(documentOf(run).value(u"notes"_s).toArray().size(), 0);
    for (const QJsonValue &lot : lots) {
        QCOMPARE(lot[u"status"_s].toString(), u"Active"_s);
        QVERIFY(lot[u"originalAmount"_s].isDouble());
        QVERIFY(lot[u"expirationDate"_s].toString().endsWith(u'Z'));
        for (const QString &field : {u"id"_s, u"name"_s, u"billingAccountId"_s, u"billingProfileId"_s, u"customerId"_s,
                                     u"source"_s, u"currency"_s, u"closedBalance"_s, u"startDate"_s,
                                     u"purchasedDate"_s, u"poNumber"_s, u"isEstimatedBalance"_s})
            QVERIFY2(lot.toObject().contains(field), qPrintable(field));
    }
}

void TestCli::liveShapedResponsesAreReadLeniently()
{
    Testing::LiveLikeArm server;
    const quint16 port = server.start();
    QVERIFY(port != 0);
    const QString url = u"http://127.0.0.1:%1"_s.arg(port);
    const Run run = runCli({u"--cloud"_s, u"custom"_s, u"--arm-url"_s, url, u"lots"_s, u"--format"_s, u"json"_s},
                           Testing::LiveLikeArm::token());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray lots = lotsOf(run);
    QCOMPARE(lots.size(), 1);
    const QJsonObject lot = lots.first().toObject();
    QCOMPARE(lot[u"currency"_s].toString(), u"USD"_s);
    QCOMPARE(lot[u"closedBalance"_s].toDouble(), 60.9);
    QCOMPARE(lot[u"source"_s].toString(), u"Azure Promotional Credit"_s);
    QCOMPARE(lot[u"startDate"_s].toString(), u"2025-09-18T21:47:31Z"_s);
    QCOMPARE(lot[u"expirationDate"_s].toString(), u"2027-10-11T00:00:00Z"_s);
    QVERIFY(lot[u"customerId"_s].isNull());
    // The exact decimal text, not a binary float artefact.
    QVERIFY2(run.out.contains(u"\"closedBalance\": 60.90"_s), qPrintable(run.out));
}

void TestCli::serviceErrorIsOneLineNamingTheScope()
{
    Testing::LiveLikeArm server;
    server.setBrokenProfileFails(true);
    const quint16 port = server.start();
    const Run run = runCli({u"--cloud"_s, u"custom"_s, u"--arm-url"_s, u"http://127.0.0.1:%1"_s.arg(port), u"lots"_s},
                           Testing::LiveLikeArm::token());
    // Trust issue item 8: the readable profile's lot is printed, the failed one named, exit 5
    // (this run used to print nothing and exit 2).
    QCOMPARE(run.exitCode, 5);
    const QStringList lines = run.err.trimmed().split(u'\n');
    QVERIFY2(lines.constLast().contains(u"BP-BROKEN"_s), qPrintable(run.err));
    QVERIFY2(lines.constLast().contains(u"Invalid billing profile"_s), qPrintable(run.err));
    QCOMPARE(lines.filter(u"creditdesk-cli: "_s).filter(u"BP-BROKEN"_s).size(), 1); // reported once, last
    QVERIFY2(run.out.contains(u"L1"_s), qPrintable(run.out));
    QVERIFY(!run.out.contains(u"BP-BROKEN"_s));
}

void TestCli::malformedResponseIsAFailureNotACrash()
{
    Sandbox::SandboxHost host;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    options.faults.malformedRate = 1.0;
    QVERIFY(host.start(options));
    const Run run = runCli({u"--cloud"_s, u"custom"_s, u"--arm-url"_s, host.baseUrl().toString(), u"lots"_s},
                           sandboxToken(host.baseUrl()));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"list billing accounts"_s), qPrintable(run.err));
}

void TestCli::rejectedAccessTokenSaysSo()
{
    Testing::LiveLikeArm server;
    const quint16 port = server.start();
    const Run run = runCli({u"--cloud"_s, u"custom"_s, u"--arm-url"_s, u"http://127.0.0.1:%1"_s.arg(port), u"lots"_s},
                           u"not-the-right-token"_s);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"CREDITDESK_ACCESS_TOKEN"_s), qPrintable(run.err));
}

void TestCli::everyFileItCreatedIsOwnerOnly()
{
    // After the real runs above (sign-ins, the sandbox cloud's state, settings): every folder and
    // file the CLI created under the XDG folders is for its user alone.
    if (runCli({u"--cloud"_s, u"sandbox"_s, u"whoami"_s}).exitCode != 0)
        runCli({u"--cloud"_s, u"sandbox"_s, u"lots"_s}); // creates the sandbox state either way
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QStringList open;
    int checked = 0;
    for (const QString &root : {u"config"_s, u"data"_s, u"cache"_s}) {
        QDirIterator it(m_home.filePath(root), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ++checked;
            if (QFile::permissions(path) & others)
                open.append(path.mid(m_home.path().size()));
        }
    }
    QVERIFY(checked > 0);
    QVERIFY2(open.isEmpty(), qPrintable(u"readable by others: "_s + open.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

void TestCli::riskExitCodeIsTheWorstRisk()
{
    Sandbox::SandboxHost host;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    QVERIFY(host.start(options));
    const QString token = sandboxToken(host.baseUrl());
    const QStringList cloud{u"--cloud"_s, u"custom"_s, u"--arm-url"_s, host.baseUrl().toString()};
    const Run json = runCli(cloud + QStringList{u"risk"_s, u"--format"_s, u"json"_s}, token);
    QVERIFY2(json.exitCode == 0 || json.exitCode == 3 || json.exitCode == 4, qPrintable(json.err));
    const QJsonArray scopes = documentOf(json).value(u"scopes"_s).toArray();
    QVERIFY(!scopes.isEmpty());
    QCOMPARE(documentOf(json).value(u"failedScopes"_s).toArray().size(), 0);
    int worst = 0;
    for (const QJsonValue &value : scopes) {
        const QJsonObject scope = value.toObject();
        const QString risk = scope.value(u"risk"_s).toString();
        QVERIFY2(QStringList({u"low"_s, u"high"_s, u"loss"_s}).contains(risk), qPrintable(risk));
        worst = qMax(worst, risk == u"loss"_s ? 4 : risk == u"high"_s ? 3 : 0);
        QVERIFY(scope.value(u"balance"_s).isDouble());
        QVERIFY(scope.value(u"monthlyConsumption"_s).isDouble());
        QVERIFY(!scope.value(u"advice"_s).toString().isEmpty());
        QCOMPARE(scope.value(u"horizonDays"_s).toInt(), 90);
        QCOMPARE(scope.value(u"currency"_s).toString().size(), 3);
    }
    QCOMPARE(json.exitCode, worst);
    // The sandbox world has expired lots with balance left in every profile: Loss.
    QCOMPARE(worst, 4);
    QCOMPARE(documentOf(json).value(u"overallRisk"_s).toString(), u"loss"_s);

    const Run table = runCli(cloud + QStringList{u"risk"_s, u"--within"_s, u"30"_s}, token);
    QCOMPARE(table.exitCode, worst);
    QVERIFY(table.out.contains(u"PREDICTEDUNUSED"_s));
    QVERIFY(table.err.contains(u"Overall risk: Loss"_s));
}

void TestCli::exportIcsWritesTheExpiringLots()
{
    Sandbox::SandboxHost host;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    QVERIFY(host.start(options));
    const QString token = sandboxToken(host.baseUrl());
    const QStringList cloud{u"--cloud"_s, u"custom"_s, u"--arm-url"_s, host.baseUrl().toString()};
    const QString file = m_home.filePath(u"expiries.ics"_s);
    const Run run = runCli(cloud + QStringList{u"export-ics"_s, u"--within"_s, u"365"_s, u"-o"_s, file}, token);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile ics(file);
    QVERIFY(ics.open(QIODevice::ReadOnly));
    const QByteArray text = ics.readAll();
    QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n"));
    const qsizetype events = text.count("BEGIN:VEVENT");
    QVERIFY(events > 0);
    QCOMPARE(text.count("BEGIN:VALARM"), events);
    QVERIFY2(run.err.contains(u"Wrote %1 expiries"_s.arg(events)), qPrintable(run.err));

    // At most the lots expiring within 365 days with balance as of the last invoice (pending
    // charges since then may have used some up).
    const Run lots = runCli(cloud + QStringList{u"lots"_s, u"--expiring-within"_s, u"365"_s, u"--format"_s, u"json"_s}, token);
    int withBalance = 0;
    for (const QJsonValue &value : lotsOf(lots)) {
        const QJsonObject lot = value.toObject();
        const QString status = lot.value(u"status"_s).toString();
        if (lot.value(u"closedBalance"_s).toDouble() > 0 && status != u"Expired"_s && status != u"Canceled"_s
            && status != u"Complete"_s)
            ++withBalance;
    }
    QVERIFY2(events <= withBalance, qPrintable(u"%1 events, %2 lots"_s.arg(events).arg(withBalance)));

    // Exported again: the same UIDs, so a calendar updates its events instead of adding more.
    const Run again = runCli(cloud + QStringList{u"export-ics"_s, u"--within"_s, u"365"_s, u"-o"_s, file}, token);
    QCOMPARE(again.exitCode, 0);
    auto uids = [](const QByteArray &calendar) {
        QList<QByteArray> found;
        for (const QByteArray &line : calendar.split('\n')) {
            if (line.startsWith("UID:"))
                found.append(line.trimmed());
        }
        return found;
    };
    QFile second(file);
    QVERIFY(second.open(QIODevice::ReadOnly));
    QCOMPARE(uids(second.readAll()), uids(text));
}

QString TestCli::startSandbox(Sandbox::SandboxHost &host, const Sandbox::SandboxFaults &faults)
{
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    options.faults = faults;
    if (!host.start(options))
        return {};
    return sandboxToken(host.baseUrl());
}

namespace {
QStringList customCloud(const Sandbox::SandboxHost &host)
{
    return {u"--cloud"_s, u"custom"_s, u"--arm-url"_s, host.baseUrl().toString()};
}

/// The EA billing account among \a lots (the one whose lots have no profile and no customer).
QString eaAccountOf(const QJsonArray &lots, int *eaLots)
{
    QString ea;
    *eaLots = 0;
    for (const QJsonValue &lot : lots) {
        if (lot[u"billingProfileId"_s].isNull() && lot[u"customerId"_s].isNull()) {
            ea = lot[u"billingAccountId"_s].toString();
            ++*eaLots;
        }
    }
    return ea;
}
} // namespace

// Trust issue item 8: one scope's 404 no longer hides the lots of the others.
void TestCli::oneFailedScopeDoesNotHideTheOthers()
{
    Sandbox::SandboxHost clean;
    const QString cleanToken = startSandbox(clean);
    const Run all = runCli(customCloud(clean) + QStringList{u"lots"_s, u"--format"_s, u"json"_s}, cleanToken);
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    int eaLots = 0;
    const QString ea = eaAccountOf(lotsOf(all), &eaLots);
    QVERIFY(!ea.isEmpty() && eaLots > 0);
    const qsizetype readable = lotsOf(all).size() - eaLots;
    QVERIFY(readable > 0);

    Sandbox::SandboxHost host;
    Sandbox::SandboxFaults faults;
    faults.lotsNotFoundAccounts = {ea};
    const QString token = startSandbox(host, faults);

    const Run json = runCli(customCloud(host) + QStringList{u"lots"_s, u"--format"_s, u"json"_s}, token);
    QCOMPARE(json.exitCode, 5);
    QVERIFY2(!documentOf(json).isEmpty(), qPrintable(json.out)); // one well-formed document
    QCOMPARE(lotsOf(json).size(), readable);
    for (const QJsonValue &lot : lotsOf(json))
        QVERIFY(lot[u"billingAccountId"_s].toString() != ea);
    const QJsonArray failed = documentOf(json).value(u"failedScopes"_s).toArray();
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first()[u"scope"_s].toString().contains(ea), qPrintable(json.out));
    QVERIFY(failed.first()[u"message"_s].toString().contains(ea));
    QCOMPARE(failed.first()[u"code"_s].toString(), u"NotFound"_s);
    QCOMPARE(failed.first()[u"httpStatus"_s].toInt(), 404);
    QCOMPARE(documentOf(json).value(u"notes"_s).toArray().size(), 0);
    QVERIFY2(json.err.contains(u"partial result"_s), qPrintable(json.err));

    const Run table = runCli(customCloud(host) + QStringList{u"lots"_s}, token);
    QCOMPARE(table.exitCode, 5);
    QCOMPARE(table.out.trimmed().split(u'\n').size(), readable + 1); // header + rows
    const QStringList errLines = table.err.trimmed().split(u'\n');
    QVERIFY2(errLines.constLast().contains(ea), qPrintable(table.err));
    QVERIFY2(errLines.constLast().startsWith(u"creditdesk-cli: "_s), qPrintable(table.err));

    const Run csv = runCli(customCloud(host) + QStringList{u"lots"_s, u"--format"_s, u"csv"_s}, token);
    QCOMPARE(csv.exitCode, 5);
    QCOMPARE(csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts).size(), readable + 1);
    QVERIFY2(csv.err.contains(ea), qPrintable(csv.err));
}

// Exit code 2 stays "nothing could be read": every scope failed.
void TestCli::nothingReadableIsAFailure()
{
    Sandbox::SandboxHost clean;
    const QString cleanToken = startSandbox(clean);
    const Run all = runCli(customCloud(clean) + QStringList{u"lots"_s, u"--format"_s, u"json"_s}, cleanToken);
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    QSet<QString> accounts;
    for (const QJsonValue &lot : lotsOf(all))
        accounts.insert(lot[u"billingAccountId"_s].toString());
    QVERIFY(accounts.size() >= 3);

    Sandbox::SandboxHost host;
    Sandbox::SandboxFaults faults;
    faults.lotsNotFoundAccounts = accounts.values();
    const QString token = startSandbox(host, faults);
    const Run run = runCli(customCloud(host) + QStringList{u"lots"_s, u"--format"_s, u"json"_s}, token);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    for (const QString &account : std::as_const(accounts))
        QVERIFY2(run.err.contains(account), qPrintable(account + u": "_s + run.err));
}

// Lots the API does not offer for an agreement type (EA without commitments): a note.
void TestCli::listingNotOfferedForTheAgreementIsANote()
{
    Sandbox::SandboxHost clean;
    const QString cleanToken = startSandbox(clean);
    const Run all = runCli(customCloud(clean) + QStringList{u"lots"_s, u"--format"_s, u"json"_s}, cleanToken);
    int eaLots = 0;
    const QString ea = eaAccountOf(lotsOf(all), &eaLots);
    QVERIFY(!ea.isEmpty());

    Sandbox::SandboxHost host;
    Sandbox::SandboxFaults faults;
    faults.lotsNotOfferedAccounts = {ea};
    const QString token = startSandbox(host, faults);
    const Run json = runCli(customCloud(host) + QStringList{u"lots"_s, u"--format"_s, u"json"_s}, token);
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QCOMPARE(lotsOf(json).size(), lotsOf(all).size() - eaLots);
    QCOMPARE(documentOf(json).value(u"failedScopes"_s).toArray().size(), 0);
    const QJsonArray notes = documentOf(json).value(u"notes"_s).toArray();
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.first()[u"scope"_s].toString().contains(ea), qPrintable(json.out));
    QCOMPARE(notes.first()[u"httpStatus"_s].toInt(), 400);
    QVERIFY2(json.err.contains(u"note: "_s), qPrintable(json.err));
    QVERIFY(!json.err.contains(u"partial result"_s));

    // The same for that one scope asked for by id.
    const Run one = runCli(customCloud(host) + QStringList{u"lots"_s, u"--billing-account"_s, ea, u"--format"_s,
                                                           u"json"_s},
                           token);
    QVERIFY2(one.exitCode == 0, qPrintable(one.err));
    QCOMPARE(lotsOf(one).size(), 0);
    QCOMPARE(documentOf(one).value(u"notes"_s).toArray().size(), 1);
}

// risk prints the readable scopes and names the failed ones; it never exits 0 with a scope unread.
void TestCli::riskWithFailedScopesNamesThem()
{
    Sandbox::SandboxHost clean;
    const QString cleanToken = startSandbox(clean);
    const Run all = runCli(customCloud(clean) + QStringList{u"lots"_s, u"--format"_s, u"json"_s}, cleanToken);
    int eaLots = 0;
    const QString ea = eaAccountOf(lotsOf(all), &eaLots);
    QVERIFY(!ea.isEmpty());
    const Run cleanRisk = runCli(customCloud(clean) + QStringList{u"risk"_s, u"--format"_s, u"json"_s}, cleanToken);
    const qsizetype allScopes = documentOf(cleanRisk).value(u"scopes"_s).toArray().size();

    Sandbox::SandboxHost host;
    Sandbox::SandboxFaults faults;
    faults.lotsNotFoundAccounts = {ea};
    const QString token = startSandbox(host, faults);
    const Run json = runCli(customCloud(host) + QStringList{u"risk"_s, u"--format"_s, u"json"_s}, token);
    const QJsonObject document = documentOf(json);
    const QJsonArray scopes = document.value(u"scopes"_s).toArray();
    QVERIFY2(!scopes.isEmpty(), qPrintable(json.err));
    QCOMPARE(scopes.size(), allScopes - 1);
    for (const QJsonValue &scope : scopes)
        QVERIFY(scope[u"billingAccountId"_s].toString() != ea);
    const QJsonArray failed = document.value(u"failedScopes"_s).toArray();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first()[u"scope"_s].toString().contains(ea));
    // A readable scope at Loss is certain (nothing is worse): 4. Anything less would be 5.
    bool anyLoss = false;
    for (const QJsonValue &scope : scopes)
        anyLoss = anyLoss || scope[u"risk"_s].toString() == u"loss"_s;
    QCOMPARE(json.exitCode, anyLoss ? 4 : 5);
    QVERIFY2(json.err.contains(u"readable scopes"_s), qPrintable(json.err));
    QVERIFY2(json.err.trimmed().split(u'\n').constLast().contains(ea), qPrintable(json.err));

    // Only the EA scope readable (no Loss there in the sandbox world): the partial code.
    QSet<QString> others;
    for (const QJsonValue &lot : lotsOf(all))
        if (lot[u"billingAccountId"_s].toString() != ea)
            others.insert(lot[u"billingAccountId"_s].toString());
    Sandbox::SandboxHost onlyEa;
    Sandbox::SandboxFaults othersFail;
    othersFail.lotsNotFoundAccounts = others.values();
    const QString onlyEaToken = startSandbox(onlyEa, othersFail);
    const Run partial = runCli(customCloud(onlyEa) + QStringList{u"risk"_s, u"--format"_s, u"json"_s}, onlyEaToken);
    const QJsonArray eaScopes = documentOf(partial).value(u"scopes"_s).toArray();
    QCOMPARE(eaScopes.size(), 1);
    QVERIFY2(eaScopes.first()[u"risk"_s].toString() != u"loss"_s, qPrintable(partial.out));
    QCOMPARE(partial.exitCode, 5);
    QVERIFY(documentOf(partial).value(u"failedScopes"_s).toArray().size() >= 3);
}

// Trust issue item 6 (CLI part): service text cannot drive the terminal.
void TestCli::tableOutputStripsTerminalEscapes()
{
    Testing::LiveLikeArm server;
    server.setHostileText(true);
    server.setBrokenProfileFails(true);
    const quint16 port = server.start();
    QVERIFY(port != 0);
    const QStringList cloud{u"--cloud"_s, u"custom"_s, u"--arm-url"_s, u"http://127.0.0.1:%1"_s.arg(port)};

    const Run table = runCli(cloud + QStringList{u"lots"_s}, Testing::LiveLikeArm::token());
    QCOMPARE(table.exitCode, 5);
    QVERIFY2(table.out.contains(u"Azure Promotional Credit X"_s), qPrintable(table.out));
    for (const QString &stream : {table.out, table.err}) {
        QVERIFY2(!hasTerminalControls(stream), qPrintable(stream));
        QVERIFY2(!stream.contains(u"pwned"_s), qPrintable(stream));
        QVERIFY(!stream.contains(u"[31m"_s));
    }
    QVERIFY2(table.err.contains(u"Invalid billing profile."_s), qPrintable(table.err));

    // JSON keeps the service's text exactly, escaped by the writer.
    const Run json = runCli(cloud + QStringList{u"lots"_s, u"--format"_s, u"json"_s}, Testing::LiveLikeArm::token());
    QCOMPARE(json.exitCode, 5);
    QVERIFY2(!hasTerminalControls(json.out), qPrintable(json.out));
    QCOMPARE(lotsOf(json).first()[u"source"_s].toString(), Testing::LiveLikeArm::hostileSource());
}
