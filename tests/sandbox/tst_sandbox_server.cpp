// The server around the services: bearer checks and their 401 shapes, request ids, routing,
// persistence across restarts, SandboxHost's thread, throughput, the executable and its options.

#include "sandboxtestsupport.h"

#include "entra/tokenservice.h"
#include "server/optionsparser.h"
#include "server/sandboxhost.h"
#include "server/sandboxserver.h"
#include "world/dataset.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CreditDesk::Sandbox;
using namespace SandboxTest;

namespace {

const QString ArmPath = u"/providers/Microsoft.Billing/billingAccounts?api-version=2024-04-01"_s;
const QString GraphPath = u"/v1.0/users"_s;
const QString ArmScope = u"https://management.azure.com/user_impersonation openid offline_access"_s;

QString refreshFor(Client &client, const QString &refreshToken, const QString &scope)
{
    return client
        .postForm(u"/organizations/oauth2/v2.0/token"_s, {{u"grant_type"_s, u"refresh_token"_s},
                                                          {u"client_id"_s, u"test-client"_s},
                                                          {u"refresh_token"_s, refreshToken},
                                                          {u"scope"_s, scope}})
        .json()
        .value(u"access_token"_s)
        .toString();
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private:
    static SandboxOptions autoApproving(const QString &dataDir = {})
    {
        SandboxOptions options;
        options.autoApprove = true;
        options.dataDir = dataDir;
        return options;
    }

    static void verifyArm401(const HttpResult &result, const QString &code)
    {
        QCOMPARE(result.status, 401);
        QCOMPARE(result.errorCode(), code);
        QVERIFY(!result.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
        QVERIFY(result.header("www-authenticate").startsWith("Bearer authorization_uri="));
        QVERIFY(!QUuid::fromString(QString::fromLatin1(result.header("x-ms-request-id"))).isNull());
        QVERIFY(!result.header("x-ms-correlation-request-id").isEmpty());
    }

    static void verifyGraph401(const HttpResult &result)
    {
        QCOMPARE(result.status, 401);
        const QJsonObject error = result.json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"InvalidAuthenticationToken"_s);
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());
        const QJsonObject inner = error.value(u"innerError"_s).toObject();
        QVERIFY(QDateTime::fromString(inner.value(u"date"_s).toString(), Qt::ISODate).isValid());
        QCOMPARE(inner.value(u"request-id"_s).toString().toLatin1(), result.header("request-id"));
        QVERIFY(!inner.value(u"client-request-id"_s).toString().isEmpty());
        QVERIFY(result.header("www-authenticate").startsWith("Bearer "));
    }

private Q_SLOTS:
    void rejectsMissingExpiredForeignAndWrongAudienceTokens()
    {
        SandboxServer server(autoApproving());
        QVERIFY(server.start());
        Client client(server.baseUrl());
        const QJsonObject signIn = signInWithAutoApprovedDeviceCode(client, ArmScope);
        const QString armToken = signIn.value(u"access_token"_s).toString();
        const QString graphToken = refreshFor(client, signIn.value(u"refresh_token"_s).toString(),
                                              u"https://graph.microsoft.com/User.Read.All"_s);
        QVERIFY(!graphToken.isEmpty());

        QCOMPARE(client.getWithToken(ArmPath, armToken).status, 200);
        QCOMPARE(client.getWithToken(GraphPath, graphToken).status, 200);

        verifyArm401(client.get(ArmPath), u"AuthenticationFailed"_s);
        verifyArm401(client.getWithToken(ArmPath, u"not-a-jwt"_s), u"InvalidAuthenticationToken"_s);
        verifyArm401(client.getWithToken(ArmPath, graphToken), u"InvalidAuthenticationTokenAudience"_s);
        verifyGraph401(client.get(GraphPath));
        verifyGraph401(client.getWithToken(GraphPath, armToken));

        // Expired: minted with the server's own key an hour and a half ago.
        const SandboxUser &user = server.dataset().signedInUser();
        const TokenSubject subject{server.tenantId(), user.objectId, user.userPrincipalName, user.displayName,
                                   u"test-client"_s};
        const qint64 past = QDateTime::currentSecsSinceEpoch() - 5400;
        const QString expiredArm = QString::fromLatin1(server.tokenService().issueAccessToken(
            subject, u"iss"_s, Audience::arm(), {u"user_impersonation"_s}, past, 3600));
        verifyArm401(client.getWithToken(ArmPath, expiredArm), u"ExpiredAuthenticationToken"_s);
        const QString expiredGraph = QString::fromLatin1(server.tokenService().issueAccessToken(
            subject, u"iss"_s, Audience::graph(), {u"User.Read.All"_s}, past, 3600));
        const HttpResult graphExpired = client.getWithToken(GraphPath, expiredGraph);
        verifyGraph401(graphExpired);
        QVERIFY(graphExpired.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"expired"_s));

        // Signed by someone else's key (another sandbox instance, or an edited token).
        const TokenService foreign(QByteArray(32, 'k'), 3600);
        const QString forged = QString::fromLatin1(foreign.issueAccessToken(
            subject, u"iss"_s, Audience::arm(), {u"user_impersonation"_s}, QDateTime::currentSecsSinceEpoch()));
        verifyArm401(client.getWithToken(ArmPath, forged), u"InvalidAuthenticationToken"_s);

        // The seeded benefit credits take either token, but a token all the same.
        QCOMPARE(client.getWithToken(u"/sandbox/benefit-credits"_s, armToken).status, 200);
        QCOMPARE(client.getWithToken(u"/sandbox/benefit-credits"_s, graphToken).status, 200);
        QCOMPARE(client.get(u"/sandbox/benefit-credits"_s).status, 401);
    }

    void requestIdsAndRouting()
    {
        SandboxServer server(autoApproving());
        QVERIFY(server.start());
        Client client(server.baseUrl());
        const QString armToken = signInWithAutoApprovedDeviceCode(client, ArmScope).value(u"access_token"_s).toString();
        const QByteArray correlation = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const HttpResult arm = client.getWithToken(ArmPath, armToken,
                                                   {{QByteArrayLiteral("x-ms-correlation-request-id"), correlation}});
        QCOMPARE(arm.status, 200);
        QCOMPARE(arm.header("x-ms-correlation-request-id"), correlation);
        const HttpResult again = client.getWithToken(ArmPath, armToken);
        QVERIFY(again.header("x-ms-request-id") != arm.header("x-ms-request-id"));

        const HttpResult unknown = client.get(u"/nothing/here"_s);
        QCOMPARE(unknown.status, 404);
        QVERIFY(!unknown.header("x-ms-request-id").isEmpty());
        const HttpResult unknownArm = client.getWithToken(u"/providers/Microsoft.Nothing/things"_s, armToken);
        QCOMPARE(unknownArm.status, 404);
        QVERIFY(!unknownArm.errorCode().isEmpty());

        const HttpResult info = client.get(u"/sandbox/info"_s);
        QCOMPARE(info.status, 200);
        QCOMPARE(info.json().value(u"tenantId"_s).toString(), server.tenantId());
    }

    void busyPortIsAnError()
    {
        SandboxServer first(autoApproving());
        QVERIFY(first.start());
        SandboxOptions options;
        options.port = first.port();
        SandboxServer second(options);
        QString error;
        QVERIFY(!second.start(&error));
        QVERIFY2(error.contains(u"127.0.0.1:%1"_s.arg(first.port())), qPrintable(error));
        QVERIFY(!second.isListening());
        SandboxHost host;
        QVERIFY(!host.start(options, &error));
        QVERIFY(!host.isRunning());
        QVERIFY(!error.isEmpty());
    }

    void persistsAcrossRestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString refreshToken;
        QString accessToken;
        {
            SandboxServer first(autoApproving(dir.path()));
            QVERIFY(first.start());
            Client client(first.baseUrl());
            const QJsonObject signIn = signInWithAutoApprovedDeviceCode(client, ArmScope);
            refreshToken = signIn.value(u"refresh_token"_s).toString();
            accessToken = signIn.value(u"access_token"_s).toString();
            QVERIFY(!refreshToken.isEmpty());
        }
        QFile state(QDir(dir.path()).filePath(u"identity-state.json"_s));
        QVERIFY(state.open(QIODevice::ReadOnly));
        const QByteArray stored = state.readAll();
        QVERIFY2(!stored.contains(refreshToken.toLatin1()), "only hashes of refresh tokens are stored");
        QVERIFY(QJsonDocument::fromJson(stored).isObject());

        SandboxServer second(autoApproving(dir.path()));
        QVERIFY(second.start());
        Client client(second.baseUrl());
        // Same signing secret: the old access token still verifies.
        QCOMPARE(client.getWithToken(ArmPath, accessToken).status, 200);
        // The refresh token issued before the restart is still good (once).
        QVERIFY(!refreshFor(client, refreshToken, u"https://management.azure.com/.default"_s).isEmpty());
        QVERIFY(refreshFor(client, refreshToken, u"https://management.azure.com/.default"_s).isEmpty());
    }

    void memoryOnlyStateDoesNotSurviveRestart()
    {
        QString refreshToken;
        QString accessToken;
        {
            SandboxServer first(autoApproving());
            QVERIFY(first.start());
            Client client(first.baseUrl());
            const QJsonObject signIn = signInWithAutoApprovedDeviceCode(client, ArmScope);
            refreshToken = signIn.value(u"refresh_token"_s).toString();
            accessToken = signIn.value(u"access_token"_s).toString();
        }
        SandboxServer second(autoApproving());
        QVERIFY(second.start());
        Client client(second.baseUrl());
        QCOMPARE(client.getWithToken(ArmPath, accessToken).status, 401);
        QVERIFY(refreshFor(client, refreshToken, u"https://management.azure.com/.default"_s).isEmpty());
    }

    void hostServesFromItsOwnThread()
    {
        SandboxHost host;
        QString error;
        QVERIFY2(host.start(autoApproving(), &error), qPrintable(error));
        QVERIFY(host.isRunning());
        QVERIFY(host.port() != 0);
        QCOMPARE(host.baseUrl().host(), u"127.0.0.1"_s);
        Client client(host.baseUrl());
        const QString token = signInWithAutoApprovedDeviceCode(client, ArmScope).value(u"access_token"_s).toString();

        // 200 requests, 8 at a time from this thread's QNAM (its default per-host limit is 6).
        QElapsedTimer timer;
        timer.start();
        int ok = 0;
        int done = 0;
        int pending = 0;
        int started = 0;
        constexpr int Total = 200;
        QNetworkRequest request(client.url(ArmPath));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        std::function<void()> launch = [&] {
            while (started < Total && pending < 8) {
                ++started;
                ++pending;
                QNetworkReply *reply = client.network().get(request);
                connect(reply, &QNetworkReply::finished, this, [&, reply] {
                    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                        ++ok;
                    ++done;
                    --pending;
                    reply->deleteLater();
                    launch();
                });
            }
        };
        launch();
        QTRY_COMPARE_WITH_TIMEOUT(done, Total, 30000);
        QCOMPARE(ok, Total);
        const qint64 elapsedMs = qMax<qint64>(1, timer.elapsed());
        qInfo("%d requests in %lld ms (%.0f requests/s)", Total, elapsedMs, Total * 1000.0 / double(elapsedMs));
        // Throughput is a benchmark figure (qInfo above), not a pass/fail test: CI machines vary.

        host.stop();
        QVERIFY(!host.isRunning());
        host.stop(); // twice is harmless
        QCOMPARE(client.get(u"/sandbox/info"_s).error, QNetworkReply::ConnectionRefusedError);
    }

    void largeRequestBody()
    {
        SandboxHost host;
        QVERIFY(host.start(autoApproving()));
        Client client(host.baseUrl());
        const QByteArray big = "client_id=x&grant_type=refresh_token&refresh_token=" + QByteArray(6 * 1024 * 1024, 'a');
        QElapsedTimer timer;
        timer.start();
        const HttpResult result = client.send(
            QByteArrayLiteral("POST"), client.url(u"/organizations/oauth2/v2.0/token"_s),
            {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}}, big);
        // A body no emulated service takes is refused as too large, not parsed.
        QCOMPARE(result.status, 413);
        QCOMPARE(result.errorCode(), u"RequestEntityTooLarge"_s);
        QVERIFY(timer.elapsed() < 10000);
        // The server is unharmed.
        QCOMPARE(client.get(u"/sandbox/info"_s).status, 200);
    }

    void stateIsOwnerOnly()
    {
        // The signing secret and refresh tokens: nobody but the user may read them.
        QTemporaryDir parent;
        const QString dataDir = parent.filePath(u"nested/state"_s);
        SandboxServer server(autoApproving(dataDir));
        QVERIFY(server.start());
        Client client(server.baseUrl());
        QVERIFY(!signInWithAutoApprovedDeviceCode(client, ArmScope).value(u"refresh_token"_s).toString().isEmpty());
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(dataDir) & others, QFileDevice::Permissions());
        const QFileInfoList files = QDir(dataDir).entryInfoList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QFileInfo &file : files)
            QVERIFY2(!(QFile::permissions(file.filePath()) & others), qPrintable(file.fileName()));
    }

    void optionsParser()
    {
        const ParsedCommandLine parsed = parseSandboxCommandLine(
            {u"creditdesk-sandbox"_s, u"--port"_s, u"8123"_s, u"--seed"_s, u"99"_s, u"--data-dir"_s, u"/tmp/x"_s,
             u"--auto-approve"_s, u"--today"_s, u"2025-03-01"_s, u"--lots-per-profile"_s, u"40"_s,
             u"--page-size"_s, u"7"_s, u"--users"_s, u"500"_s, u"--throttle-every"_s, u"5"_s,
             u"--throttle-retry-after"_s, u"9"_s, u"--latency-ms"_s, u"20"_s, u"--drop-rate"_s, u"0.1"_s,
             u"--server-error-rate"_s, u"0.2"_s, u"--device-code-interval"_s, u"2"_s});
        QCOMPARE(int(parsed.action), int(ParsedCommandLine::Action::Run));
        const SandboxOptions &o = parsed.options;
        QCOMPARE(o.port, quint16(8123));
        QCOMPARE(o.seed, quint64(99));
        QCOMPARE(o.dataDir, u"/tmp/x"_s);
        QVERIFY(o.autoApprove);
        QCOMPARE(o.today, QDate(2025, 3, 1));
        QCOMPARE(o.scale.lotsPerProfile, 40);
        QCOMPARE(o.scale.pageSize, 7);
        QCOMPARE(o.scale.users, 500);
        QCOMPARE(o.faults.throttleEvery, 5);
        QCOMPARE(o.faults.throttleRetryAfterSeconds, 9);
        QCOMPARE(o.faults.latencyMs, 20);
        QCOMPARE(o.faults.dropRate, 0.1);
        QCOMPARE(o.faults.serverErrorRate, 0.2);
        QCOMPARE(o.deviceCodeIntervalSeconds, 2);

        const auto errorFor = [](const QStringList &arguments) {
            const ParsedCommandLine result = parseSandboxCommandLine(QStringList{u"creditdesk-sandbox"_s} + arguments);
            return result.action == ParsedCommandLine::Action::Error ? result.text : QString();
        };
        QVERIFY(errorFor({u"--port"_s, u"70000"_s}).contains(u"--port"_s));
        QVERIFY(errorFor({u"--page-size"_s, u"0"_s}).contains(u"--page-size"_s));
        QVERIFY(errorFor({u"--malformed-rate"_s, u"1.5"_s}).contains(u"--malformed-rate"_s));
        QVERIFY(errorFor({u"--today"_s, u"yesterday"_s}).contains(u"--today"_s));
        QVERIFY(!errorFor({u"--drop-rate"_s, u"0.6"_s, u"--truncated-rate"_s, u"0.6"_s}).isEmpty());
        QVERIFY(!errorFor({u"--no-such-option"_s}).isEmpty());
        QCOMPARE(int(parseSandboxCommandLine({u"creditdesk-sandbox"_s, u"--help"_s}).action),
                 int(ParsedCommandLine::Action::ShowHelp));
    }

    void lotsFaultOptions()
    {
        const ParsedCommandLine parsed = parseSandboxCommandLine(
            {u"creditdesk-sandbox"_s, u"--lots-not-found"_s, u"A1"_s, u"--lots-not-found"_s, u"A2"_s,
             u"--lots-not-offered"_s, u"42"_s});
        QCOMPARE(int(parsed.action), int(ParsedCommandLine::Action::Run));
        QCOMPARE(parsed.options.faults.lotsNotFoundAccounts, (QStringList{u"A1"_s, u"A2"_s}));
        QCOMPARE(parsed.options.faults.lotsNotOfferedAccounts, QStringList{u"42"_s});
        const ParsedCommandLine none = parseSandboxCommandLine({u"creditdesk-sandbox"_s});
        QVERIFY(none.options.faults.lotsNotFoundAccounts.isEmpty());
        QVERIFY(none.options.faults.lotsNotOfferedAccounts.isEmpty());
    }

    void executablePrintsListeningLine()
    {
        QTemporaryDir dir;
        QProcess process;
        process.setProgram(QStringLiteral(CREDITDESK_SANDBOX_EXECUTABLE));
        process.setArguments({u"--port"_s, u"0"_s, u"--data-dir"_s, dir.path(), u"--seed"_s, u"7"_s});
        process.start();
        QVERIFY(process.waitForStarted());
        QByteArray line;
        QTRY_VERIFY_WITH_TIMEOUT((line += process.readAllStandardOutput()).contains('\n'), 20000);
        const QRegularExpressionMatch match =
            QRegularExpression(u"^listening on http://127\\.0\\.0\\.1:(\\d+)\\n$"_s).match(QString::fromLatin1(line));
        QVERIFY2(match.hasMatch(), line.constData());
        const QUrl base(u"http://127.0.0.1:"_s + match.captured(1));
        Client client(base);
        QCOMPARE(client.get(u"/sandbox/info"_s).status, 200);
        QFile credits(QDir(dir.path()).filePath(u"benefit-credits.json"_s));
        QVERIFY(credits.open(QIODevice::ReadOnly));
        QVERIFY(!QJsonDocument::fromJson(credits.readAll()).isNull());
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
    }

    void executableRejectsBadOptions()
    {
        QProcess process;
        process.start(QStringLiteral(CREDITDESK_SANDBOX_EXECUTABLE), {u"--throttle-every"_s, u"often"_s});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("--throttle-every"));
        QVERIFY(process.readAllStandardOutput().isEmpty());

        process.start(QStringLiteral(CREDITDESK_SANDBOX_EXECUTABLE), {u"--help"_s});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains("--latency-ms"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandbox_server.moc"
