// Sign-in against the sandbox's Entra ID emulation over real HTTP: device code, token
// per resource from one refresh token, rotation, and "sign in again" on a dead token.
#include "sandboxfixture.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::Testing;

namespace {
QJsonObject jwtClaims(const QString &jwt)
{
    const QList<QStringView> parts = QStringView(jwt).split(u'.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

Sandbox::SandboxOptions quickOptions(bool autoApprove)
{
    Sandbox::SandboxOptions options;
    options.seed = 11;
    options.autoApprove = autoApprove;
    options.deviceCodeIntervalSeconds = 1;
    return options;
}
} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deviceCodeSucceedsAfterThePersonApproves();
    void declinedDeviceCodeFailsWithReason();
    void sessionMintsAGraphTokenFromTheSameRefreshToken();
    void rotatedRefreshTokenIsKeptAndTheOldOneIsDead();
    void invalidGrantAsksToSignInAgain();
    void plainHttpIsRefusedExceptLoopback();
};

void TestSignIn::deviceCodeSucceedsAfterThePersonApproves()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(quickOptions(false)));
    DeviceCodeFlow flow(sandbox.tokenClient.get());
    QSignalSpy codeReady(&flow, &DeviceCodeFlow::codeReady);
    QSignalSpy succeeded(&flow, &DeviceCodeFlow::succeeded);
    QSignalSpy failed(&flow, &DeviceCodeFlow::failed);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(codeReady.size(), 1, 5000);
    const auto code = codeReady.constFirst().constFirst().value<DeviceCode>();
    QVERIFY(!code.userCode.isEmpty());
    QVERIFY(code.verificationUri.isValid());

    // Still pending: nobody approved yet.
    QTest::qWait(1500);
    QVERIFY(succeeded.isEmpty());
    QVERIFY(failed.isEmpty());
    QVERIFY(flow.isRunning());

    // The person opens the verification page with the code, as in a browser.
    QUrl approve = code.verificationUri;
    approve.setQuery(QUrlQuery{{u"user_code"_s, code.userCode}});
    std::unique_ptr<QNetworkReply> page(sandbox.network.get(QNetworkRequest(approve)));
    QTRY_VERIFY(page->isFinished());
    QCOMPARE(page->error(), QNetworkReply::NoError);

    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, SignInTimeoutMs);
    QVERIFY(failed.isEmpty());
    const auto response = succeeded.constFirst().constFirst().value<TokenResponse>();
    QVERIFY(!response.refreshToken.isEmpty());
    QVERIFY(response.account.isValid());
    QCOMPARE(jwtClaims(response.accessToken.token).value(u"aud"_s).toString(), u"https://management.azure.com"_s);
    QVERIFY(response.accessToken.expiresAt > QDateTime::currentDateTimeUtc());
}

void TestSignIn::declinedDeviceCodeFailsWithReason()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(quickOptions(false)));
    DeviceCodeFlow flow(sandbox.tokenClient.get());
    QSignalSpy codeReady(&flow, &DeviceCodeFlow::codeReady);
    QSignalSpy failed(&flow, &DeviceCodeFlow::failed);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(codeReady.size(), 1, 5000);
    const auto code = codeReady.constFirst().constFirst().value<DeviceCode>();
    QUrl decline = code.verificationUri;
    decline.setQuery(QUrlQuery{{u"user_code"_s, code.userCode}, {u"decline"_s, u"1"_s}});
    std::unique_ptr<QNetworkReply> page(sandbox.network.get(QNetworkRequest(decline)));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, SignInTimeoutMs);
    const auto error = failed.constFirst().constFirst().value<Error>();
    QCOMPARE(error.code, u"authorization_declined"_s);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!flow.isRunning());
}

void TestSignIn::sessionMintsAGraphTokenFromTheSameRefreshToken()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(quickOptions(true)));
    QVERIFY(sandbox.signIn());

    QString graphToken;
    bool called = false;
    QObject context;
    sandbox.session->accessToken(Resource::Graph, &context, [&](Result<QString> token) {
        called = true;
        QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().message));
        graphToken = token.value();
    });
    QTRY_VERIFY_WITH_TIMEOUT(called, 10'000);
    QCOMPARE(jwtClaims(graphToken).value(u"aud"_s).toString(), u"https://graph.microsoft.com"_s);

    // The ARM token from sign-in is still cached: no second request, same token.
    QString armToken;
    sandbox.session->accessToken(Resource::Arm, &context, [&](Result<QString> token) { armToken = token.value(); });
    QCOMPARE(armToken, sandbox.signInResponse.accessToken.token);
}

void TestSignIn::rotatedRefreshTokenIsKeptAndTheOldOneIsDead()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(quickOptions(true)));
    QVERIFY(sandbox.signIn());
    const QString original = sandbox.signInResponse.refreshToken;
    QSignalSpy rotated(sandbox.session.get(), &SignInSession::refreshTokenChanged);

    QObject context;
    bool called = false;
    sandbox.session->accessToken(Resource::Graph, &context, [&](Result<QString>) { called = true; });
    QTRY_VERIFY_WITH_TIMEOUT(called, 10'000);
    QCOMPARE(rotated.size(), 1);
    QVERIFY(rotated.constFirst().constFirst().toString() != original);

    // Redeeming the old one now fails with invalid_grant.
    bool oldCalled = false;
    sandbox.tokenClient->redeemRefreshToken(original, Resource::Arm, &context, [&](Result<TokenResponse> result) {
        oldCalled = true;
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"invalid_grant"_s);
    });
    QTRY_VERIFY_WITH_TIMEOUT(oldCalled, 10'000);
}

void TestSignIn::invalidGrantAsksToSignInAgain()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(quickOptions(true)));
    sandbox.session->resume(u"not-a-refresh-token"_s, {});
    QSignalSpy required(sandbox.session.get(), &SignInSession::signInRequired);
    QObject context;
    std::optional<Result<QString>> outcome;
    sandbox.session->accessToken(Resource::Arm, &context, [&](Result<QString> token) { outcome = token; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10'000);
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().code, u"invalid_grant"_s);
    QVERIFY(outcome->error().message.contains(u"sign in again"_s, Qt::CaseInsensitive));
    QCOMPARE(required.size(), 1);
    QVERIFY(!sandbox.session->isSignedIn());
}

void TestSignIn::plainHttpIsRefusedExceptLoopback()
{
    QVERIFY(validateServiceUrl(QUrl(u"http://127.0.0.1:8080"_s)).ok());
    QVERIFY(validateServiceUrl(QUrl(u"http://localhost:1"_s)).ok());
    QVERIFY(validateServiceUrl(QUrl(u"http://[::1]:1"_s)).ok());
    QVERIFY(validateServiceUrl(QUrl(u"https://management.azure.com"_s)).ok());
    QVERIFY(!validateServiceUrl(QUrl(u"http://management.azure.com"_s)).ok());
    QVERIFY(!validateServiceUrl(QUrl(u"http://10.0.0.1"_s)).ok());
    QVERIFY(!validateServiceUrl(QUrl(u"ftp://127.0.0.1"_s)).ok());
    QVERIFY(!Cloud::custom(QUrl(u"https://login.example"_s), QUrl(u"http://arm.example"_s),
                           QUrl(u"https://graph.example"_s)).ok());
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
