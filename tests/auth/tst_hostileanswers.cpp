// Numbers and addresses from the wire are bounded and checked before they are used: a sign-in
// service's device-code and token answers, and the retry-after headers of ARM and Graph. The
// login service here is a small HTTP server on loopback answering what a hostile or broken
// service might.
#include "auth/cloud.h"
#include "auth/tokenclient.h"
#include "azure/armclient.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CreditDesk;

namespace {
class FakeLogin
{
public:
    FakeLogin()
    {
        m_server.route(u"/organizations/oauth2/v2.0/devicecode"_s, [this] { return QHttpServerResponse(deviceCode); });
        m_server.route(u"/organizations/oauth2/v2.0/token"_s, [this] { return QHttpServerResponse(token); });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }
    Cloud cloud() const
    {
        const QUrl base(u"http://127.0.0.1:%1"_s.arg(m_port));
        return Cloud::custom(base, base, base).value();
    }
    QUrl origin() const { return cloud().loginUrl; }

    QJsonObject deviceCode;
    QJsonObject token;

private:
    QHttpServer m_server;
    quint16 m_port = 0;
};

QJsonObject deviceCodeAnswer(const QJsonValue &uri, const QJsonValue &interval, const QJsonValue &expiresIn)
{
    QJsonObject answer{{u"device_code"_s, u"DC"_s}, {u"user_code"_s, u"ABCD-EFGH"_s}, {u"verification_uri"_s, uri},
                       {u"message"_s, u"Go there."_s}};
    if (!interval.isUndefined())
        answer.insert(u"interval"_s, interval);
    if (!expiresIn.isUndefined())
        answer.insert(u"expires_in"_s, expiresIn);
    return answer;
}

Result<DeviceCode> requestDeviceCode(FakeLogin &login)
{
    QNetworkAccessManager network;
    TokenClient client(&network, login.cloud(), u"organizations"_s, u"client"_s);
    std::optional<Result<DeviceCode>> answer;
    QObject context;
    client.requestDeviceCode(&context, [&](Result<DeviceCode> r) { answer = std::move(r); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10'000))
        return Error{u"no answer"_s};
    return *answer;
}
} // namespace

class TestHostileAnswers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verificationPageMustBeMicrosofts_data();
    void verificationPageMustBeMicrosofts();
    void deviceCodeTimesAreBounded_data();
    void deviceCodeTimesAreBounded();
    void foreignDeviceLoginPageIsNotShown();
    void accessTokenLifetimeIsBounded();
    void retryAfterIsBoundedBeforeAnyArithmetic_data();
    void retryAfterIsBoundedBeforeAnyArithmetic();
};

void TestHostileAnswers::verificationPageMustBeMicrosofts_data()
{
    QTest::addColumn<QString>("cloudId");
    QTest::addColumn<QUrl>("uri");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("public devicelogin") << u"public"_s << QUrl(u"https://microsoft.com/devicelogin"_s) << true;
    QTest::newRow("public login host") << u"public"_s << QUrl(u"https://login.microsoftonline.com/common/oauth2/deviceauth"_s) << true;
    QTest::newRow("usgov variant") << u"usgov"_s << QUrl(u"https://microsoft.com/deviceloginus"_s) << true;
    QTest::newRow("china login host") << u"china"_s << QUrl(u"https://login.chinacloudapi.cn/common/oauth2/deviceauth"_s) << true;
    QTest::newRow("plain http") << u"public"_s << QUrl(u"http://microsoft.com/devicelogin"_s) << false;
    QTest::newRow("look-alike") << u"public"_s << QUrl(u"https://microsoft.com.evil.example/devicelogin"_s) << false;
    QTest::newRow("elsewhere") << u"public"_s << QUrl(u"https://evil.example/devicelogin"_s) << false;
}

void TestHostileAnswers::verificationPageMustBeMicrosofts()
{
    QFETCH(QString, cloudId);
    QFETCH(QUrl, uri);
    QFETCH(bool, allowed);
    const Status status = validateVerificationUri(uri, Cloud::fromId(cloudId).value());
    QCOMPARE(status.ok(), allowed);
    if (!allowed)
        QVERIFY2(status.error().message.contains(uri.host()), qPrintable(status.error().message));
}

void TestHostileAnswers::deviceCodeTimesAreBounded_data()
{
    QTest::addColumn<QJsonValue>("interval");
    QTest::addColumn<QJsonValue>("expiresIn");
    QTest::addColumn<int>("expectedInterval");
    QTest::addColumn<int>("expectedExpiresIn");
    QTest::newRow("as sent") << QJsonValue(5) << QJsonValue(900) << 5 << 900;
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << QJsonValue(QJsonValue::Undefined) << 5 << 900;
    QTest::newRow("strings") << QJsonValue(u"7"_s) << QJsonValue(u"600"_s) << 7 << 600;
    QTest::newRow("huge") << QJsonValue(1e300) << QJsonValue(4e12) << 60 << 86'400;
    QTest::newRow("zero and negative") << QJsonValue(0) << QJsonValue(-5) << 5 << 900;
    QTest::newRow("too short a life") << QJsonValue(1) << QJsonValue(3) << 1 << 60;
    QTest::newRow("not numbers") << QJsonValue(u"soon"_s) << QJsonValue(true) << 5 << 900;
}

void TestHostileAnswers::deviceCodeTimesAreBounded()
{
    QFETCH(QJsonValue, interval);
    QFETCH(QJsonValue, expiresIn);
    FakeLogin login;
    login.deviceCode = deviceCodeAnswer(QString(login.origin().toString() + u"/devicelogin"_s), interval, expiresIn);
    const Result<DeviceCode> code = requestDeviceCode(login);
    QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().message));
    QTEST(code->intervalSeconds, "expectedInterval");
    QTEST(code->expiresInSeconds, "expectedExpiresIn");
}

void TestHostileAnswers::foreignDeviceLoginPageIsNotShown()
{
    FakeLogin login;
    login.deviceCode = deviceCodeAnswer(u"https://evil.example/devicelogin"_s, 5, 900);
    const Result<DeviceCode> code = requestDeviceCode(login);
    QVERIFY(!code.ok());
    QCOMPARE(code.error().code, u"UntrustedVerificationUri"_s);
    QVERIFY2(code.error().message.contains(u"evil.example"_s), qPrintable(code.error().message));
}

void TestHostileAnswers::accessTokenLifetimeIsBounded()
{
    FakeLogin login;
    login.token = QJsonObject{{u"access_token"_s, u"eyJ0eXAiOiJKV1QifQ.eyJ0aWQiOiJ0Iiwib2lkIjoibyJ9.c2ln"_s},
                              {u"refresh_token"_s, u"R"_s}, {u"expires_in"_s, 1e15}, {u"token_type"_s, u"Bearer"_s}};
    QNetworkAccessManager network;
    TokenClient client(&network, login.cloud(), u"organizations"_s, u"client"_s);
    std::optional<Result<TokenResponse>> answer;
    QObject context;
    client.redeemRefreshToken(u"R"_s, Resource::Arm, &context, [&](Result<TokenResponse> r) { answer = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10'000);
    QVERIFY2(answer->ok(), qPrintable(answer->ok() ? QString() : answer->error().message));
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(answer->value().accessToken.expiresAt);
    QVERIFY2(lifetime > 0 && lifetime <= 86'400, qPrintable(QString::number(lifetime)));
}

void TestHostileAnswers::retryAfterIsBoundedBeforeAnyArithmetic_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expected"); // -1: not a retry-after value
    QTest::newRow("seconds") << QByteArray("7") << qint64(7);
    QTest::newRow("padded") << QByteArray(" 12 ") << qint64(12);
    QTest::newRow("int overflow if x1000") << QByteArray("2147483647") << qint64(86'400);
    QTest::newRow("beyond 64 bits") << QByteArray("99999999999999999999999") << qint64(86'400);
    QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
    QTest::newRow("http date in 30 s") << QByteArray("Thu, 03 Dec 2026 10:00:30 GMT") << qint64(30);
    QTest::newRow("http date in the past") << QByteArray("Thu, 03 Dec 2026 09:00:00 GMT") << qint64(0);
    QTest::newRow("http date years ahead") << QByteArray("Fri, 03 Dec 2100 10:00:00 GMT") << qint64(86'400);
    QTest::newRow("garbage") << QByteArray("later") << qint64(-1);
}

void TestHostileAnswers::retryAfterIsBoundedBeforeAnyArithmetic()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    const std::optional<qint64> seconds = ArmClient::retryAfterSeconds(header, now);
    QCOMPARE(seconds.value_or(-1), expected);
}

QTEST_GUILESS_MAIN(TestHostileAnswers)
#include "tst_hostileanswers.moc"
