// The metadata names the origin a client reached the sandbox at: the OpenID configuration,
// the device-code verification URI, the token issuer and ARM's and Graph's nextLinks, over
// plain HTTP on 127.0.0.1 and behind a TLS front that forwards another name and scheme.

#include "sandboxtestsupport.h"

#include "server/requestorigin.h"
#include "server/sandboxserver.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace CreditDesk::Sandbox;
using namespace SandboxTest;

namespace {

const QString ArmScope = u"https://management.azure.com/user_impersonation openid profile offline_access"_s;
const QString GraphScope = u"https://graph.microsoft.com/User.Read.All openid profile offline_access"_s;
const QString ClientId = u"04b07795-8ddb-461a-bbee-02f9e1bf7b46"_s;
const QString AccountsPath = u"/providers/Microsoft.Billing/billingAccounts?api-version=2024-04-01"_s;

QHash<QByteArray, QByteArray> headers(std::initializer_list<std::pair<QByteArray, QByteArray>> list)
{
    QHash<QByteArray, QByteArray> result;
    for (const auto &[name, value] : list)
        result.insert(name, value);
    return result;
}

} // namespace

class TestSandboxOrigin : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Client> m_client;
    QString m_plainOrigin; ///< written out by hand from the port, not taken from the server

    /// Everything a client learns absolute URLs from, fetched with `extra` headers.
    struct Metadata
    {
        HttpResult discovery;
        QJsonObject openId;
        QString verificationUri;
        QString issuer;
        QString armNextLink;
        QString graphNextLink;
    };

    Metadata fetch(const Headers &extra)
    {
        Metadata m;
        m.discovery = m_client->get(u"/organizations/v2.0/.well-known/openid-configuration"_s, extra);
        m.openId = m.discovery.json();
        const auto form = [&](const QString &path, const Fields &fields) {
            QByteArray body;
            for (const auto &[name, value] : fields)
                body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value) + '&';
            Headers all = extra;
            all.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
            return m_client->send(QByteArrayLiteral("POST"), m_client->url(path), all, body).json();
        };
        const QJsonObject code = form(u"/organizations/oauth2/v2.0/devicecode"_s,
                                      {{u"client_id"_s, ClientId}, {u"scope"_s, ArmScope}});
        m.verificationUri = code.value(u"verification_uri"_s).toString();
        const QJsonObject token =
            form(u"/organizations/oauth2/v2.0/token"_s,
                 {{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
                  {u"client_id"_s, ClientId},
                  {u"device_code"_s, code.value(u"device_code"_s).toString()}});
        const QString armToken = token.value(u"access_token"_s).toString();
        m.issuer = jwtPayload(armToken).value(u"iss"_s).toString();
        m.armNextLink = m_client->getWithToken(AccountsPath, armToken, extra).json().value(u"nextLink"_s).toString();
        const QJsonObject graphToken =
            form(u"/organizations/oauth2/v2.0/token"_s, {{u"grant_type"_s, u"refresh_token"_s},
                                                         {u"client_id"_s, ClientId},
                                                         {u"refresh_token"_s, token.value(u"refresh_token"_s).toString()},
                                                         {u"scope"_s, GraphScope}});
        m.graphNextLink = m_client->getWithToken(u"/v1.0/users?$top=1"_s, graphToken.value(u"access_token"_s).toString(), extra)
                              .json()
                              .value(u"@odata.nextLink"_s)
                              .toString();
        return m;
    }

    void verifyNames(const Metadata &m, const QString &origin)
    {
        QVERIFY2(m.discovery.status == 200, m.discovery.body.constData());
        const QString tenant = m_server->tenantId();
        QCOMPARE(m.openId.value(u"issuer"_s).toString(), origin + u'/' + tenant + u"/v2.0"_s);
        QCOMPARE(m.openId.value(u"token_endpoint"_s).toString(), origin + u"/organizations/oauth2/v2.0/token"_s);
        QCOMPARE(m.openId.value(u"authorization_endpoint"_s).toString(),
                 origin + u"/organizations/oauth2/v2.0/authorize"_s);
        QCOMPARE(m.openId.value(u"device_authorization_endpoint"_s).toString(),
                 origin + u"/organizations/oauth2/v2.0/devicecode"_s);
        QCOMPARE(m.verificationUri, origin + u"/devicelogin"_s);
        QCOMPARE(m.issuer, origin + u'/' + tenant + u"/v2.0"_s);
        QVERIFY2(m.armNextLink.startsWith(origin + u"/providers/Microsoft.Billing/billingAccounts?"_s),
                 qPrintable(m.armNextLink));
        QVERIFY2(m.graphNextLink.startsWith(origin + u"/v1.0/users?"_s), qPrintable(m.graphNextLink));
    }

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.autoApprove = true;
        options.scale.pageSize = 1; // every list has a nextLink
        m_server = std::make_unique<SandboxServer>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_plainOrigin = u"http://127.0.0.1:%1"_s.arg(m_server->port());
        m_client = std::make_unique<Client>(QUrl(m_plainOrigin));
    }

    void plainHttpOnLoopbackNamesLoopback()
    {
        verifyNames(fetch({}), m_plainOrigin);
    }

    void hostHeaderNamesTheOrigin()
    {
        const QByteArray host = "localhost:" + QByteArray::number(m_server->port());
        verifyNames(fetch({{QByteArrayLiteral("Host"), host}}), u"http://localhost:%1"_s.arg(m_server->port()));
    }

    void forwardedProtoAndHostNameTheFront()
    {
        // A TLS front on another name: it connects to the sandbox over loopback and says what
        // the client asked for.
        verifyNames(fetch({{QByteArrayLiteral("Host"), QByteArrayLiteral("credits.example.test")},
                           {QByteArrayLiteral("X-Forwarded-Proto"), QByteArrayLiteral("https")}}),
                    u"https://credits.example.test"_s);
        verifyNames(fetch({{QByteArrayLiteral("X-Forwarded-Host"), QByteArrayLiteral("front.example.test:8443")},
                           {QByteArrayLiteral("X-Forwarded-Proto"), QByteArrayLiteral("https")}}),
                    u"https://front.example.test:8443"_s);
    }

    void forwardedHeaderNamesTheFront()
    {
        verifyNames(fetch({{QByteArrayLiteral("Forwarded"),
                            QByteArrayLiteral("for=192.0.2.60;proto=https;host=\"rfc.example.test:9443\", for=10.0.0.1")}}),
                    u"https://rfc.example.test:9443"_s);
    }

    void unusableHeadersFallBackToTheListener()
    {
        const QUrl listening(m_plainOrigin);
        QCOMPARE(requestOrigin({}, listening), listening);
        QCOMPARE(requestOrigin(headers({{"host", "evil.test/path"}}), listening), listening);
        QCOMPARE(requestOrigin(headers({{"host", "user@evil.test"}}), listening), listening);
        QCOMPARE(requestOrigin(headers({{"host", "a b"}}), listening), listening);
        // An unknown scheme is ignored, the host still counts.
        QCOMPARE(requestOrigin(headers({{"host", "ok.test:81"}, {"x-forwarded-proto", "gopher"}}), listening),
                 QUrl(u"http://ok.test:81"_s));
        // A proxy chain lists the client-facing value first.
        QCOMPARE(requestOrigin(headers({{"host", "inner:1"}, {"x-forwarded-proto", "https, http"},
                                        {"x-forwarded-host", "outer.test, inner:1"}}),
                               listening),
                 QUrl(u"https://outer.test"_s));
        // The default port is dropped, so one origin has one spelling.
        QCOMPARE(requestOrigin(headers({{"host", "front.test:443"}, {"x-forwarded-proto", "https"}}), listening),
                 QUrl(u"https://front.test"_s));
        // A scheme without a host: the listener's address under the forwarded scheme.
        QCOMPARE(requestOrigin(headers({{"x-forwarded-proto", "https"}}), listening),
                 QUrl(u"https://127.0.0.1:%1"_s.arg(m_server->port())));
        QCOMPARE(requestOrigin(headers({{"host", "[::1]:8080"}}), listening), QUrl(u"http://[::1]:8080"_s));
    }

    void brokenHostIsNotEchoed()
    {
        // Through the whole server: a Host that is not a host never reaches a link.
        const Metadata m = fetch({{QByteArrayLiteral("Host"), QByteArrayLiteral("evil.test/x?")}});
        verifyNames(m, m_plainOrigin);
    }
};

QTEST_GUILESS_MAIN(TestSandboxOrigin)
#include "tst_sandbox_origin.moc"
