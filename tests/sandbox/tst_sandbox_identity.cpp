// Entra ID emulation over real HTTP: device code, authorization code + PKCE, refresh rotation,
// scopes and audiences, tenant segments.

#include "sandboxtestsupport.h"

#include "server/sandboxserver.h"
#include "world/dataset.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CreditDesk::Sandbox;
using namespace SandboxTest;

namespace {

const QString DeviceCodeGrant = u"urn:ietf:params:oauth:grant-type:device_code"_s;
const QString ArmSignInScope = u"https://management.azure.com/user_impersonation openid profile offline_access"_s;
const QString ClientId = u"04b07795-8ddb-461a-bbee-02f9e1bf7b46"_s;
const QString Verifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-sandbox-verifier"_s;

QString challengeFor(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrlQuery queryOf(const QByteArray &location)
{
    return QUrlQuery(QUrl::fromEncoded(location));
}

} // namespace

class TestSandboxIdentity : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Client> m_client;

    bool startServer(SandboxOptions options = {})
    {
        options.deviceCodeIntervalSeconds = 1;
        m_server = std::make_unique<SandboxServer>(options);
        QString error;
        if (!m_server->start(&error)) {
            qWarning("sandbox did not start: %s", qPrintable(error));
            return false;
        }
        m_client = std::make_unique<Client>(m_server->baseUrl());
        return true;
    }

    HttpResult requestDeviceCode(const QString &scope = ArmSignInScope)
    {
        return m_client->postForm(u"/organizations/oauth2/v2.0/devicecode"_s,
                                  {{u"client_id"_s, ClientId}, {u"scope"_s, scope}});
    }

    HttpResult pollDeviceCode(const QString &deviceCode)
    {
        return m_client->postForm(u"/organizations/oauth2/v2.0/token"_s, {{u"grant_type"_s, DeviceCodeGrant},
                                                                          {u"client_id"_s, ClientId},
                                                                          {u"device_code"_s, deviceCode}});
    }

    HttpResult authorize(const QString &redirectUri, const QString &state, const QString &challenge,
                         const QString &scope = ArmSignInScope)
    {
        QUrlQuery query;
        const Fields fields{{u"client_id"_s, ClientId},     {u"response_type"_s, u"code"_s},
                            {u"redirect_uri"_s, redirectUri}, {u"scope"_s, scope},
                            {u"state"_s, state},              {u"code_challenge"_s, challenge},
                            {u"code_challenge_method"_s, u"S256"_s}};
        QString text;
        for (const auto &[name, value] : fields) {
            if (value.isEmpty())
                continue;
            text += (text.isEmpty() ? u""_s : u"&"_s) + name + u'='
                + QString::fromLatin1(QUrl::toPercentEncoding(value));
        }
        return m_client->get(u"/organizations/oauth2/v2.0/authorize?"_s + text);
    }

    HttpResult redeemCode(const QString &code, const QString &redirectUri, const QString &verifier)
    {
        return m_client->postForm(u"/organizations/oauth2/v2.0/token"_s, {{u"grant_type"_s, u"authorization_code"_s},
                                                                          {u"client_id"_s, ClientId},
                                                                          {u"code"_s, code},
                                                                          {u"redirect_uri"_s, redirectUri},
                                                                          {u"code_verifier"_s, verifier}});
    }

    HttpResult refresh(const QString &refreshToken, const QString &scope = {})
    {
        Fields fields{{u"grant_type"_s, u"refresh_token"_s},
                      {u"client_id"_s, ClientId},
                      {u"refresh_token"_s, refreshToken}};
        if (!scope.isEmpty())
            fields.append({u"scope"_s, scope});
        return m_client->postForm(u"/organizations/oauth2/v2.0/token"_s, fields);
    }

    static void verifyEntraErrorShape(const HttpResult &result, const QString &error, int aadsts)
    {
        QCOMPARE(result.status, 400);
        const QJsonObject body = result.json();
        QCOMPARE(body.value(u"error"_s).toString(), error);
        QVERIFY(body.value(u"error_description"_s).toString().startsWith(u"AADSTS%1: "_s.arg(aadsts)));
        QCOMPARE(body.value(u"error_codes"_s).toArray(), QJsonArray{aadsts});
        QVERIFY(!body.value(u"timestamp"_s).toString().isEmpty());
        QVERIFY(!QUuid::fromString(body.value(u"trace_id"_s).toString()).isNull());
        QVERIFY(!QUuid::fromString(body.value(u"correlation_id"_s).toString()).isNull());
    }

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void deviceCodePendingThenApproved()
    {
        QVERIFY(startServer());
        const HttpResult code = requestDeviceCode();
        QCOMPARE(code.status, 200);
        const QJsonObject grant = code.json();
        const QString userCode = grant.value(u"user_code"_s).toString();
        QVERIFY(QRegularExpression(u"^[A-Z2-9]{9}$"_s).match(userCode).hasMatch());
        QCOMPARE(grant.value(u"verification_uri"_s).toString(), m_server->baseUrl().toString() + u"/devicelogin"_s);
        QCOMPARE(grant.value(u"expires_in"_s).toInt(), 900);
        QCOMPARE(grant.value(u"interval"_s).toInt(), 1);
        QVERIFY(grant.value(u"message"_s).toString().contains(userCode));
        QVERIFY(!grant.contains(u"verification_uri_complete"_s));
        const QString deviceCode = grant.value(u"device_code"_s).toString();

        QElapsedTimer sincePoll;
        sincePoll.start();
        verifyEntraErrorShape(pollDeviceCode(deviceCode), u"authorization_pending"_s, 70016);

        // A person types the code, lower case and with a dash, as people do.
        const QString typed = userCode.left(4).toLower() + u'-' + userCode.mid(4).toLower();
        const HttpResult page = m_client->get(u"/devicelogin?user_code="_s + typed);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("You have signed in to CreditDesk Sandbox"));

        QVERIFY(waitForPollingInterval(sincePoll, 1000));
        const HttpResult token = pollDeviceCode(deviceCode);
        QCOMPARE(token.status, 200);
        const QJsonObject tokens = token.json();
        QCOMPARE(tokens.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(tokens.value(u"expires_in"_s).toInt(), 3600);
        QCOMPARE(tokens.value(u"ext_expires_in"_s).toInt(), 3600);
        QVERIFY(tokens.value(u"scope"_s).toString().contains(u"https://management.azure.com/user_impersonation"_s));
        QVERIFY(!tokens.value(u"refresh_token"_s).toString().isEmpty());
        QVERIFY(!tokens.value(u"id_token"_s).toString().isEmpty());
        const QJsonObject claims = jwtPayload(tokens.value(u"access_token"_s).toString());
        QCOMPARE(claims.value(u"aud"_s).toString(), u"https://management.azure.com"_s);
        QCOMPARE(claims.value(u"tid"_s).toString(), m_server->tenantId());
        QCOMPARE(claims.value(u"oid"_s).toString(), m_server->dataset().signedInUser().objectId);
        QCOMPARE(claims.value(u"upn"_s).toString(), m_server->dataset().signedInUser().userPrincipalName);
        QCOMPARE(claims.value(u"scp"_s).toString(), u"user_impersonation"_s);
        QCOMPARE(claims.value(u"exp"_s).toInteger() - claims.value(u"iat"_s).toInteger(), 3600);
        const QJsonObject idClaims = jwtPayload(tokens.value(u"id_token"_s).toString());
        QCOMPARE(idClaims.value(u"aud"_s).toString(), ClientId);

        // The device code is spent.
        QVERIFY(waitForPollingInterval(sincePoll, 1000));
        verifyEntraErrorShape(pollDeviceCode(deviceCode), u"invalid_grant"_s, 54005);
    }

    void deviceCodeSlowDown()
    {
        QVERIFY(startServer());
        const QString deviceCode = requestDeviceCode().json().value(u"device_code"_s).toString();
        QElapsedTimer sincePoll;
        sincePoll.start();
        verifyEntraErrorShape(pollDeviceCode(deviceCode), u"authorization_pending"_s, 70016);
        const HttpResult tooFast = pollDeviceCode(deviceCode);
        QCOMPARE(tooFast.status, 400);
        QCOMPARE(tooFast.errorCode(), u"slow_down"_s);
        sincePoll.restart();
        // Waiting the interval makes the flow usable again.
        QVERIFY(waitForPollingInterval(sincePoll, 1000));
        QCOMPARE(pollDeviceCode(deviceCode).errorCode(), u"authorization_pending"_s);
    }

    void deviceCodeExpires()
    {
        SandboxOptions options;
        options.deviceCodeLifetimeSeconds = 1;
        QVERIFY(startServer(options));
        const QJsonObject grant = requestDeviceCode().json();
        QCOMPARE(grant.value(u"expires_in"_s).toInt(), 1);
        const QString deviceCode = grant.value(u"device_code"_s).toString();
        // Polls inside the interval answer slow_down until the code expires; expiry wins.
        QTRY_COMPARE_WITH_TIMEOUT(pollDeviceCode(deviceCode).errorCode(), u"expired_token"_s, 5000);
        verifyEntraErrorShape(pollDeviceCode(deviceCode), u"expired_token"_s, 70019);
        const HttpResult page = m_client->get(u"/devicelogin?user_code="_s + grant.value(u"user_code"_s).toString());
        QCOMPARE(page.status, 400);
        QVERIFY(page.body.contains("expired"));
    }

    void deviceCodeDeclined()
    {
        QVERIFY(startServer());
        const QJsonObject grant = requestDeviceCode().json();
        const HttpResult page = m_client->postForm(
            u"/devicelogin"_s, {{u"user_code"_s, grant.value(u"user_code"_s).toString()}, {u"decline"_s, u"1"_s}});
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("declined"));
        verifyEntraErrorShape(pollDeviceCode(grant.value(u"device_code"_s).toString()), u"authorization_declined"_s,
                              70000);
    }

    void deviceCodeUnknownCodes()
    {
        QVERIFY(startServer());
        const HttpResult page = m_client->get(u"/devicelogin?user_code=NOPE12345"_s);
        QCOMPARE(page.status, 400);
        QVERIFY(page.body.contains("not valid"));
        const HttpResult form = m_client->get(u"/devicelogin"_s);
        QCOMPARE(form.status, 200);
        QVERIFY(form.body.contains("name=\"user_code\""));
        verifyEntraErrorShape(pollDeviceCode(u"made-up"_s), u"bad_verification_code"_s, 70018);
    }

    void deviceCodeAutoApprove()
    {
        SandboxOptions options;
        options.autoApprove = true;
        QVERIFY(startServer(options));
        const QJsonObject tokens = signInWithAutoApprovedDeviceCode(*m_client, ArmSignInScope, ClientId);
        QVERIFY(!tokens.value(u"access_token"_s).toString().isEmpty());
    }

    void pkceSuccessAndStatePassthrough()
    {
        QVERIFY(startServer());
        const QString redirectUri = u"http://localhost:53123/"_s;
        const QString state = u"st+te/with=odd&chars é"_s;
        const HttpResult redirect = authorize(redirectUri, state, challengeFor(Verifier));
        QCOMPARE(redirect.status, 302);
        const QUrl location = QUrl::fromEncoded(redirect.header("location"));
        QCOMPARE(location.host(), u"localhost"_s);
        QCOMPARE(location.port(), 53123);
        const QUrlQuery query = queryOf(redirect.header("location"));
        QCOMPARE(query.queryItemValue(u"state"_s, QUrl::FullyDecoded), state);
        const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());
        QVERIFY(!query.hasQueryItem(u"error"_s));

        const HttpResult token = redeemCode(code, redirectUri, Verifier);
        QCOMPARE(token.status, 200);
        QCOMPARE(jwtPayload(token.json().value(u"access_token"_s).toString()).value(u"aud"_s).toString(),
                 u"https://management.azure.com"_s);
        QVERIFY(!token.json().value(u"refresh_token"_s).toString().isEmpty());
        QCOMPARE(token.header("cache-control"), QByteArrayLiteral("no-store"));

        verifyEntraErrorShape(redeemCode(code, redirectUri, Verifier), u"invalid_grant"_s, 54005);
    }

    void pkceWrongVerifierIsRejected()
    {
        QVERIFY(startServer());
        const QString redirectUri = u"http://127.0.0.1:40000/callback"_s;
        const auto codeFor = [&] {
            return queryOf(authorize(redirectUri, u"s"_s, challengeFor(Verifier)).header("location"))
                .queryItemValue(u"code"_s, QUrl::FullyDecoded);
        };
        verifyEntraErrorShape(redeemCode(codeFor(), redirectUri, Verifier + u"x"_s), u"invalid_grant"_s, 501481);
        verifyEntraErrorShape(redeemCode(codeFor(), redirectUri, QString()), u"invalid_grant"_s, 501481);
        // The redirect URI must be repeated exactly.
        verifyEntraErrorShape(redeemCode(codeFor(), u"http://127.0.0.1:40001/callback"_s, Verifier),
                              u"invalid_grant"_s, 500112);
    }

    void authorizeRejectsBadRequests()
    {
        QVERIFY(startServer());
        const HttpResult foreign = authorize(u"https://evil.example/cb"_s, u"s"_s, challengeFor(Verifier));
        QCOMPARE(foreign.status, 400);
        QVERIFY(foreign.body.contains("AADSTS50011"));

        const HttpResult noChallenge = authorize(u"http://localhost:5000"_s, u"keep-me"_s, QString());
        QCOMPARE(noChallenge.status, 302);
        const QUrlQuery query = queryOf(noChallenge.header("location"));
        QCOMPARE(query.queryItemValue(u"error"_s), u"invalid_request"_s);
        QCOMPARE(query.queryItemValue(u"state"_s), u"keep-me"_s);
        QVERIFY(!query.hasQueryItem(u"code"_s));
    }

    void refreshTokenRotation()
    {
        SandboxOptions options;
        options.autoApprove = true;
        QVERIFY(startServer(options));
        const QString first = signInWithAutoApprovedDeviceCode(*m_client, ArmSignInScope, ClientId)
                                  .value(u"refresh_token"_s)
                                  .toString();
        const HttpResult refreshed = refresh(first);
        QCOMPARE(refreshed.status, 200);
        const QString second = refreshed.json().value(u"refresh_token"_s).toString();
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        QCOMPARE(jwtPayload(refreshed.json().value(u"access_token"_s).toString()).value(u"aud"_s).toString(),
                 u"https://management.azure.com"_s);

        verifyEntraErrorShape(refresh(first), u"invalid_grant"_s, 70008);
        QCOMPARE(refresh(second).status, 200);
    }

    void audiencePerScope_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("audience");
        QTest::addColumn<QString>("scp");
        QTest::newRow("arm .default") << u"https://management.azure.com/.default"_s
                                      << u"https://management.azure.com"_s << u"user_impersonation"_s;
        QTest::newRow("arm user_impersonation") << u"https://management.azure.com/user_impersonation offline_access"_s
                                                << u"https://management.azure.com"_s << u"user_impersonation"_s;
        QTest::newRow("arm legacy") << u"https://management.core.windows.net//.default"_s
                                    << u"https://management.azure.com"_s << u"user_impersonation"_s;
        QTest::newRow("graph full") << u"https://graph.microsoft.com/User.ReadWrite.All offline_access"_s
                                    << u"https://graph.microsoft.com"_s << u"User.ReadWrite.All"_s;
        QTest::newRow("graph bare") << u"User.Read.All"_s << u"https://graph.microsoft.com"_s << u"User.Read.All"_s;
        QTest::newRow("graph .default") << u"https://graph.microsoft.com/.default"_s
                                        << u"https://graph.microsoft.com"_s << u"User.Read"_s;
    }

    void audiencePerScope()
    {
        QFETCH(QString, scope);
        QFETCH(QString, audience);
        QFETCH(QString, scp);
        SandboxOptions options;
        options.autoApprove = true;
        QVERIFY(startServer(options));
        // One sign-in for ARM, then the refresh token buys a token for the scope under test.
        const QString refreshToken = signInWithAutoApprovedDeviceCode(*m_client, ArmSignInScope, ClientId)
                                         .value(u"refresh_token"_s)
                                         .toString();
        const HttpResult result = refresh(refreshToken, scope);
        QCOMPARE(result.status, 200);
        const QJsonObject claims = jwtPayload(result.json().value(u"access_token"_s).toString());
        QCOMPARE(claims.value(u"aud"_s).toString(), audience);
        QVERIFY(claims.value(u"scp"_s).toString().split(u' ').contains(scp));
        QVERIFY(!result.json().value(u"refresh_token"_s).toString().isEmpty());
        // The same scope through a fresh device code gives the same audience.
        const QJsonObject direct = signInWithAutoApprovedDeviceCode(*m_client, scope, ClientId);
        QCOMPARE(jwtPayload(direct.value(u"access_token"_s).toString()).value(u"aud"_s).toString(), audience);
    }

    void invalidScopes()
    {
        QVERIFY(startServer());
        verifyEntraErrorShape(
            requestDeviceCode(u"https://management.azure.com/.default https://graph.microsoft.com/User.Read"_s),
            u"invalid_scope"_s, 28000);
        verifyEntraErrorShape(requestDeviceCode(u"https://api.partnercenter.microsoft.com/user_impersonation"_s),
                              u"invalid_resource"_s, 500011);
        verifyEntraErrorShape(requestDeviceCode(u"https://management.azure.com/write_everything"_s),
                              u"invalid_scope"_s, 70011);
    }

    void tenantSegments()
    {
        QVERIFY(startServer());
        const QStringList accepted{u"organizations"_s, u"common"_s, m_server->tenantId(),
                                   m_server->dataset().tenantDomain()};
        for (const QString &tenant : accepted) {
            const HttpResult result = m_client->postForm(u"/%1/oauth2/v2.0/devicecode"_s.arg(tenant),
                                                         {{u"client_id"_s, ClientId}, {u"scope"_s, ArmSignInScope}});
            QVERIFY2(result.status == 200, qPrintable(tenant));
        }
        verifyEntraErrorShape(m_client->postForm(u"/fabrikam.example/oauth2/v2.0/devicecode"_s,
                                                 {{u"client_id"_s, ClientId}, {u"scope"_s, ArmSignInScope}}),
                              u"invalid_request"_s, 90002);
        const HttpResult discovery = m_client->get(u"/organizations/v2.0/.well-known/openid-configuration"_s);
        QCOMPARE(discovery.status, 200);
        QCOMPARE(discovery.json().value(u"token_endpoint"_s).toString(),
                 m_server->baseUrl().toString() + u"/organizations/oauth2/v2.0/token"_s);
    }

    void tokenRequestErrors()
    {
        QVERIFY(startServer());
        verifyEntraErrorShape(m_client->postForm(u"/common/oauth2/v2.0/token"_s, {{u"client_id"_s, ClientId}}),
                              u"invalid_request"_s, 900144);
        verifyEntraErrorShape(m_client->postForm(u"/common/oauth2/v2.0/token"_s,
                                                 {{u"client_id"_s, ClientId}, {u"grant_type"_s, u"password"_s}}),
                              u"unsupported_grant_type"_s, 70003);
        verifyEntraErrorShape(m_client->postForm(u"/common/oauth2/v2.0/token"_s,
                                                 {{u"client_id"_s, ClientId},
                                                  {u"grant_type"_s, u"refresh_token"_s},
                                                  {u"refresh_token"_s, u"x"_s},
                                                  {u"client_secret"_s, u"s3cret"_s}}),
                              u"invalid_client"_s, 700025);
        // The correlation id echoes the client's client-request-id.
        const QByteArray correlation = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const HttpResult echoed = m_client->send(
            QByteArrayLiteral("POST"), m_client->url(u"/common/oauth2/v2.0/token"_s),
            {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")},
             {QByteArrayLiteral("client-request-id"), correlation}},
            QByteArrayLiteral("client_id=x"));
        QCOMPARE(echoed.json().value(u"correlation_id"_s).toString().toLatin1(), correlation);
        QVERIFY(!QUuid::fromString(QString::fromLatin1(echoed.header("x-ms-request-id"))).isNull());
    }
};

QTEST_GUILESS_MAIN(TestSandboxIdentity)
#include "tst_sandbox_identity.moc"
