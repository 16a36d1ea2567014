// Browser sign-in (authorization code + PKCE, loopback redirect) end to end against the
// sandbox: the browser is a QNetworkAccessManager that follows the authorize redirect by hand.
#include "authtestutil.h"

#include <QRandomGenerator>
#include <QTcpSocket>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::Testing;

namespace {
Sandbox::SandboxOptions quickOptions()
{
    Sandbox::SandboxOptions options;
    options.seed = 17;
    options.autoApprove = true;
    return options;
}

/// Sends raw bytes to the loopback listener and waits until it closes or goes quiet.
void sendRaw(quint16 port, const QByteArray &bytes, bool closeEarly = false)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(2000))
        return;
    if (closeEarly) {
        socket.abort();
        return;
    }
    socket.write(bytes);
    socket.flush();
    [[maybe_unused]] const bool closed =
        QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 300);
    socket.abort();
}
} // namespace

class TestBrowserSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signsInEndToEndWithPkce();
    void tamperedStateIsIgnored();
    void redirectReachesTheSignInOnEitherLoopbackAddress();
    void accessDeniedIsReported();
    void wrongCodeVerifierIsRefused();
    void timesOutAndCancels();
    void garbageAtTheLoopbackPortDoesNoHarm();

private:
    SandboxFixture m_sandbox;
};

void TestBrowserSignIn::initTestCase()
{
    QVERIFY(m_sandbox.start(quickOptions()));
}

void TestBrowserSignIn::signsInEndToEndWithPkce()
{
    BrowserRun run(m_sandbox.tokenClient.get());
    QVERIFY(run.start());
    QVERIFY(run.signIn.isRunning());

    const QUrl authorize = run.authorizeUrl();
    QCOMPARE(authorize.path(), u"/organizations/oauth2/v2.0/authorize"_s);
    QCOMPARE(queryValue(authorize, u"response_type"_s), u"code"_s);
    QCOMPARE(queryValue(authorize, u"client_id"_s), m_sandbox.tokenClient->clientId());
    QCOMPARE(queryValue(authorize, u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(queryValue(authorize, u"code_challenge"_s).size(), 43); // base64url of SHA-256
    QVERIFY(queryValue(authorize, u"state"_s).size() >= 16);
    QCOMPARE(queryValue(authorize, u"scope"_s), m_sandbox.tokenClient->signInScopes());
    const QUrl redirect(queryValue(authorize, u"redirect_uri"_s));
    QCOMPARE(redirect, run.signIn.redirectUri());
    QCOMPARE(redirect.host(), u"localhost"_s);
    QVERIFY(redirect.port() > 0);

    const BrowserPage answer = run.visitAuthorizeUrl();
    QCOMPARE(answer.status, 302);
    QCOMPARE(answer.location.host(), u"localhost"_s);
    QCOMPARE(answer.location.port(), redirect.port());
    QVERIFY(!queryValue(answer.location, u"code"_s).isEmpty());

    const BrowserPage done = run.browser.get(answer.location);
    QCOMPARE(done.error, QNetworkReply::NoError);
    QVERIFY2(done.body.contains("You are signed in to CreditDesk"), done.body.constData());

    QVERIFY(run.waitFinished());
    QVERIFY2(run.failed.isEmpty(), qPrintable(run.failed.isEmpty() ? QString() : run.error().message));
    const TokenResponse response = run.response();
    QCOMPARE(jwtClaims(response.accessToken.token).value(u"aud"_s).toString(), u"https://management.azure.com"_s);
    QVERIFY(!response.refreshToken.isEmpty());
    QVERIFY(response.account.isValid());
    QVERIFY(!run.signIn.isRunning());

    // The session works with what the browser sign-in produced: a Graph token from its
    // refresh token.
    SignInSession session(m_sandbox.tokenClient.get());
    session.adopt(response);
    QObject context;
    std::optional<Result<QString>> graph;
    session.accessToken(Resource::Graph, &context, [&](Result<QString> token) { graph = token; });
    QTRY_VERIFY_WITH_TIMEOUT(graph.has_value(), 10'000);
    QVERIFY(graph->ok());
    QCOMPARE(jwtClaims(graph->value()).value(u"aud"_s).toString(), u"https://graph.microsoft.com"_s);
}

void TestBrowserSignIn::tamperedStateIsIgnored()
{
    BrowserRun run(m_sandbox.tokenClient.get());
    QVERIFY(run.start());
    const BrowserPage answer = run.visitAuthorizeUrl();
    QCOMPARE(answer.status, 302);

    // A forged answer (or a stale tab's) is shown as ignored and does not end the sign-in...
    const QUrl tampered = withQueryValue(answer.location, u"state"_s, u"forged-by-someone-else"_s);
    const BrowserPage page = run.browser.get(tampered);
    QVERIFY2(page.body.contains("ignored"), page.body.constData());
    QVERIFY(run.signIn.isRunning());
    QVERIFY(run.failed.isEmpty());

    // ...so the genuine answer arriving afterwards still signs in.
    const BrowserPage done = run.browser.get(answer.location);
    QVERIFY2(done.body.contains("You are signed in to CreditDesk"), done.body.constData());
    QVERIFY(run.waitFinished());
    QVERIFY(run.failed.isEmpty());
    QCOMPARE(run.succeeded.size(), 1);
}

void TestBrowserSignIn::redirectReachesTheSignInOnEitherLoopbackAddress()
{
    // "localhost" resolves to 127.0.0.1 or ::1 depending on the machine and the browser.
    BrowserRun run(m_sandbox.tokenClient.get());
    QVERIFY(run.start());
    const BrowserPage answer = run.visitAuthorizeUrl();
    QCOMPARE(answer.status, 302);
    QTcpSocket probe;
    probe.connectToHost(QHostAddress(QHostAddress::LocalHostIPv6), quint16(answer.location.port()));
    if (!probe.waitForConnected(2000))
        QSKIP("this machine has no IPv6 loopback; localhost can only be 127.0.0.1 here");
    probe.abort();
    QUrl viaIpv6 = answer.location;
    viaIpv6.setHost(u"::1"_s);
    const BrowserPage done = run.browser.get(viaIpv6);
    QVERIFY2(done.body.contains("You are signed in to CreditDesk"), done.body.constData());
    QVERIFY(run.waitFinished());
    QCOMPARE(run.succeeded.size(), 1);
}

void TestBrowserSignIn::accessDeniedIsReported()
{
    BrowserRun run(m_sandbox.tokenClient.get());
    QVERIFY(run.start());
    // What Entra ID sends when the person cancels or consent is refused.
    QUrl denied = run.signIn.redirectUri();
    denied = withQueryValue(denied, u"error"_s, u"access_denied"_s);
    denied = withQueryValue(denied, u"error_description"_s, u"AADSTS65004: User declined to consent."_s);
    denied = withQueryValue(denied, u"state"_s, queryValue(run.authorizeUrl(), u"state"_s));
    const BrowserPage page = run.browser.get(denied);
    QVERIFY(page.body.contains("did not complete"));
    QVERIFY(run.waitFinished());
    QCOMPARE(run.error().code, u"access_denied"_s);
    QVERIFY(run.error().message.contains(u"cancelled"_s));
}

void TestBrowserSignIn::wrongCodeVerifierIsRefused()
{
    BrowserRun run(m_sandbox.tokenClient.get());
    QVERIFY(run.start());
    const BrowserPage answer = run.visitAuthorizeUrl();
    const QString code = queryValue(answer.location, u"code"_s);
    QVERIFY(!code.isEmpty());
    run.signIn.cancel();

    // Someone who intercepted the code but not the verifier cannot redeem it.
    QObject context;
    std::optional<Result<TokenResponse>> result;
    m_sandbox.tokenClient->redeemAuthorizationCode(code, run.signIn.redirectUri(),
                                                   u"an-attacker-guess-of-the-verifier-0123456789abcdef"_s, &context,
                                                   [&](Result<TokenResponse> r) { result = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10'000);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code, u"invalid_grant"_s);
}

void TestBrowserSignIn::timesOutAndCancels()
{
    {
        BrowserRun run(m_sandbox.tokenClient.get());
        run.signIn.setTimeout(std::chrono::milliseconds(300));
        QVERIFY(run.start());
        QVERIFY(run.waitFinished(5000));
        QCOMPARE(run.error().code, u"timeout"_s);
        QVERIFY(!run.signIn.isRunning());
    }
    {
        BrowserRun run(m_sandbox.tokenClient.get());
        QVERIFY(run.start());
        run.signIn.cancel();
        QCOMPARE(run.failed.size(), 1);
        QCOMPARE(run.error().code, u"cancelled"_s);
        // Nothing listens any more (after the short grace period for the last page).
        const quint16 port = quint16(run.signIn.redirectUri().port());
        QTRY_VERIFY_WITH_TIMEOUT(
            [port] {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
                return !probe.waitForConnected(200);
            }(),
            10'000);
    }
}

void TestBrowserSignIn::garbageAtTheLoopbackPortDoesNoHarm()
{
    BrowserRun run(m_sandbox.tokenClient.get());
    QVERIFY(run.start());
    const quint16 port = quint16(run.signIn.redirectUri().port());

    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char(QRandomGenerator::global()->bounded(256));
    const QList<QByteArray> garbage{
        binary,
        QByteArray(200'000, 'A'),
        "\r\n\r\n",
        "GET\r\n\r\n",
        "GET / \r\n\r\n",
        "GET /?x=1 HTTP/1.1\r\n",
        "GET /?x=1 HTTP/1.1\r\nHost: localhost\r\nbroken header line\r\n\r\n",
        "get / http/1.1\r\n\r\n",
        "BREW /pot HTCPCP/1.0\r\n\r\n",
        "GET http://evil.example/ HTTP/1.1\r\n\r\n",
        "GET /favicon.ico HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET /?state=%ZZ%%&&==&code HTTP/1.1\r\n\r\n",
        QByteArray::fromHex("160301012c010001280303"), // the start of a TLS ClientHello
    };
    for (const QByteArray &bytes : garbage)
        sendRaw(port, bytes);
    for (int i = 0; i < 20; ++i)
        sendRaw(port, {}, true);

    // Still waiting for the real answer, and still able to take it.
    QVERIFY(run.failed.isEmpty());
    QVERIFY(run.signIn.isRunning());
    const BrowserPage answer = run.visitAuthorizeUrl();
    run.browser.get(answer.location);
    QVERIFY(run.waitFinished());
    QVERIFY2(run.failed.isEmpty(), qPrintable(run.failed.isEmpty() ? QString() : run.error().message));
    QCOMPARE(run.succeeded.size(), 1);
}

QTEST_GUILESS_MAIN(TestBrowserSignIn)
#include "tst_browsersignin.moc"
