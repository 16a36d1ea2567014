#include "azure/armerror.h"

#include <QTest>

using namespace CreditDesk;
using namespace Qt::StringLiterals;

namespace {

const QString kOperation = u"list credit lots"_s;
const QString kScope = u"billing profile AB12-CD34"_s;

} // namespace

class TestArmError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void armBodyNamesOperationAndScope();
    void consumptionNumericCodeAndRequestIdInMessage();
    void numberCode();
    void detailsAreAppended();
    void graphBody();
    void entraBody();
    void forbiddenNeedsBillingRole();
    void unauthorized();
    void notFound();
    void throttled();
    void serverErrors_data();
    void serverErrors();
    void nonJsonBodies();
    void oddJson();
    void withoutScopeOrOperation();
    void headerRequestIdWins();
};

void TestArmError::armBodyNamesOperationAndScope()
{
    const Error e = armError(400, QByteArrayLiteral(R"j({"error":{"code":"InvalidApiVersionParameter",
                "message":"The api-version is not supported."}})j"),
                             kOperation, kScope, QByteArrayLiteral("8f1c-req"));
    QCOMPARE(e.message,
             u"Could not list credit lots for billing profile AB12-CD34: The "
             "api-version is not supported (InvalidApiVersionParameter)."_s);
    QCOMPARE(e.code, u"InvalidApiVersionParameter"_s);
    QCOMPARE(e.httpStatus, 400);
    QCOMPARE(e.requestId, u"8f1c-req"_s);
}

void TestArmError::consumptionNumericCodeAndRequestIdInMessage()
{
    const Error e = armError(
        400,
        QByteArrayLiteral(
            R"j({"error":{"code":"400","message":"Billing profile is not valid. (Request ID: 0b3e7a55-1c2d-4e5f-8a9b-1234567890ab)"}})j"),
        kOperation, kScope, QByteArray());
    QCOMPARE(e.code, u"400"_s);
    QCOMPARE(e.httpStatus, 400);
    QCOMPARE(e.requestId, u"0b3e7a55-1c2d-4e5f-8a9b-1234567890ab"_s);
    QVERIFY(e.message.startsWith("Could not list credit lots for billing profile AB12-CD34: Billing profile is not "
                                 "valid."_L1));
    QVERIFY(e.message.endsWith("(400)."_L1));
}

void TestArmError::numberCode()
{
    const Error e = armError(400, QByteArrayLiteral(R"j({"error":{"code":400,"message":"Bad"}})j"), kOperation, kScope,
                             QByteArray());
    QCOMPARE(e.code, u"400"_s);
    QVERIFY(e.message.endsWith(": Bad (400)."_L1));
}

void TestArmError::detailsAreAppended()
{
    const Error e
        = armError(400, QByteArrayLiteral(R"j({"error":{"code":"InvalidRequest","message":"Validation failed.",
                "target":"startDate","details":[
                  {"code":"A","message":"startDate is required."},
                  {"code":"B","message":"endDate is required."},
                  {"code":"C","message":"endDate is required."},
                  {"code":"D","message":"Validation failed."}]}})j"),
                   u"list credit events"_s, kScope, QByteArray());
    QCOMPARE(e.message,
             u"Could not list credit events for billing profile AB12-CD34: Validation "
             "failed (InvalidRequest). Details: startDate is required; endDate is "
             "required."_s);

    // Only details, no top-level message.
    const Error d = armError(400, QByteArrayLiteral(R"j({"error":{"details":[{"message":"Only detail."}]}})j"),
                             kOperation, kScope, QByteArray());
    QVERIFY(d.message.endsWith(": Only detail."_L1));
}

void TestArmError::graphBody()
{
    const Error e = armError(404, QByteArrayLiteral(R"j({"error":{"code":"Request_ResourceNotFound",
                "message":"Resource 'x@contoso.com' does not exist or one of its queried reference-property objects are not present.",
                "innerError":{"date":"2024-08-01T10:00:00","request-id":"graph-req-1",
                "client-request-id":"client-1"}}})j"),
                             u"look up the user"_s, u"x@contoso.com"_s, QByteArray());
    QCOMPARE(e.code, u"Request_ResourceNotFound"_s);
    QCOMPARE(e.requestId, u"graph-req-1"_s);
    QCOMPARE(e.httpStatus, 404);
    QVERIFY(e.message.startsWith("Could not look up the user for x@contoso.com: x@contoso.com was not found"_L1));
    QVERIFY(e.message.contains("does not exist"_L1));
}

void TestArmError::entraBody()
{
    const Error e = armError(400,
                             QByteArrayLiteral("{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS70008: "
                                               "The provided authorization code or refresh token has expired due "
                                               "to inactivity.\\r\\nTrace ID: trace-1\\r\\nCorrelation ID: "
                                               "corr-1\\r\\nTimestamp: 2024-08-01 10:00:00Z\",\"error_codes\":"
                                               "[70008],\"trace_id\":\"trace-1\",\"correlation_id\":\"corr-1\"}"),
                             u"renew the sign-in"_s, u"contoso.onmicrosoft.com"_s, QByteArray());
    QCOMPARE(e.code, u"invalid_grant"_s);
    QCOMPARE(e.requestId, u"trace-1"_s);
    QVERIFY(e.message.contains("Sign in again"_L1));
    QVERIFY(e.message.contains("AADSTS70008"_L1));
    QVERIFY(!e.message.contains("Trace ID"_L1));
    QVERIFY(!e.message.contains("Timestamp"_L1));

    const ServiceErrorBody b = parseServiceErrorBody(
        QByteArrayLiteral(R"j({"error":"authorization_pending","error_description":"AADSTS70016: pending"})j"));
    QVERIFY(b.recognized);
    QCOMPARE(b.code, u"authorization_pending"_s);
    QCOMPARE(b.message, u"AADSTS70016: pending"_s);
}

void TestArmError::forbiddenNeedsBillingRole()
{
    const Error e = armError(
        403,
        QByteArrayLiteral(
            R"j({"error":{"code":"AuthorizationFailed","message":"The client does not have authorization to perform action."}})j"),
        kOperation, kScope, QByteArray());
    QCOMPARE(e.httpStatus, 403);
    QCOMPARE(e.code, u"AuthorizationFailed"_s);
    QVERIFY(e.message.startsWith("Could not list credit lots for billing profile AB12-CD34: "_L1));
    QVERIFY(e.message.contains("you need a billing reader role on billing profile AB12-CD34"_L1));
    QVERIFY(e.message.contains("(AuthorizationFailed)"_L1));

    const Error bare = armError(403, QByteArray(), kOperation, QString(), QByteArray());
    QVERIFY(bare.message.contains("billing reader role"_L1));
}

void TestArmError::unauthorized()
{
    const Error e = armError(
        401,
        QByteArrayLiteral(
            R"j({"error":{"code":"ExpiredAuthenticationToken","message":"The access token expiry UTC time is earlier than current UTC time."}})j"),
        kOperation, kScope, QByteArray());
    QVERIFY(e.message.contains("Sign in again"_L1));
    QCOMPARE(e.code, u"ExpiredAuthenticationToken"_s);
}

void TestArmError::notFound()
{
    const Error e = armError(404, QByteArray(), kOperation, kScope, QByteArray());
    QCOMPARE(e.message,
             u"Could not list credit lots for billing profile AB12-CD34: billing "
             "profile AB12-CD34 was not found, or the signed-in account cannot see "
             "it."_s);
    QVERIFY(e.code.isEmpty());
}

void TestArmError::throttled()
{
    const Error e
        = armError(429,
                   QByteArrayLiteral(
                       R"j({"error":{"code":"429","message":"Too many requests. Please retry after 60 seconds."}})j"),
                   kOperation, kScope, QByteArrayLiteral("r-429"));
    QCOMPARE(e.code, u"429"_s);
    QCOMPARE(e.httpStatus, 429);
    QVERIFY(e.message.contains("throttling"_L1));
    QVERIFY(e.message.contains("retry after 60 seconds"_L1));
}

void TestArmError::serverErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("500") << 500 << u"had a problem (HTTP 500)"_s;
    QTest::newRow("502") << 502 << u"had a problem (HTTP 502)"_s;
    QTest::newRow("503") << 503 << u"had a problem (HTTP 503)"_s;
    QTest::newRow("504") << 504 << u"shorter date range"_s;
    QTest::newRow("408") << 408 << u"took too long"_s;
}

void TestArmError::serverErrors()
{
    QFETCH(int, status);
    QFETCH(QString, expected);
    const Error e = armError(status, QByteArray(), kOperation, kScope, QByteArray());
    QCOMPARE(e.httpStatus, status);
    QVERIFY2(e.message.contains(expected), qPrintable(e.message));
    QVERIFY(e.message.startsWith("Could not list credit lots for billing profile AB12-CD34: "_L1));
}

void TestArmError::nonJsonBodies()
{
    const Error html = armError(502,
                                QByteArrayLiteral("<html><head><title>502 Bad Gateway</title></head><body>"
                                                  "<center><h1>502 Bad Gateway</h1></center></body></html>"),
                                kOperation, kScope, QByteArray());
    QVERIFY(html.message.contains("HTTP 502"_L1));
    QVERIFY(!html.message.contains("<"_L1));
    QVERIFY(html.code.isEmpty());

    const Error text = armError(503, QByteArrayLiteral("Service Unavailable\r\n"), kOperation, kScope, QByteArray());
    QVERIFY(text.message.contains("HTTP 503"_L1));
    QVERIFY(text.message.contains("Service Unavailable."_L1));

    const Error teapot = armError(418, QByteArray(), kOperation, kScope, QByteArray());
    QCOMPARE(teapot.message,
             u"Could not list credit lots for billing profile AB12-CD34: the "
             "service answered with HTTP status 418."_s);

    const Error huge = armError(400, QByteArray(5000, 'x'), kOperation, kScope, QByteArray());
    QVERIFY(huge.message.size() < 200);

    const Error truncated
        = armError(400, QByteArrayLiteral("{\"error\":{\"code\":\"Bad"), kOperation, kScope, QByteArray());
    QVERIFY(truncated.message.contains("HTTP status 400"_L1));
}

void TestArmError::oddJson()
{
    const Error number = armError(400, QByteArrayLiteral(R"j({"error":5})j"), kOperation, kScope, QByteArray());
    QVERIFY(number.message.contains("HTTP status 400"_L1));
    QVERIFY(!parseServiceErrorBody(QByteArrayLiteral(R"j({"error":5})j")).recognized);

    // Some gateways send the inner object alone.
    const Error bare = armError(400, QByteArrayLiteral(R"j({"code":"BadRequest","message":"Nope."})j"), kOperation,
                                kScope, QByteArray());
    QCOMPARE(bare.code, u"BadRequest"_s);
    QVERIFY(bare.message.endsWith(": Nope (BadRequest)."_L1));

    const Error list = armError(400, QByteArrayLiteral("[1,2]"), kOperation, kScope, QByteArray());
    QVERIFY(list.message.contains("HTTP status 400"_L1));
}

void TestArmError::withoutScopeOrOperation()
{
    const QByteArray body = QByteArrayLiteral(R"j({"error":{"code":"X","message":"Broken."}})j");
    QCOMPARE(armError(400, body, kOperation, QString(), QByteArray()).message,
             u"Could not list credit lots: Broken (X)."_s);
    QCOMPARE(armError(400, body, QString(), QString(), QByteArray()).message, u"The request failed: Broken (X)."_s);
}

void TestArmError::headerRequestIdWins()
{
    const Error e
        = armError(400, QByteArrayLiteral(R"j({"error":{"code":"400","message":"x (Request ID: from-body)"}})j"),
                   kOperation, kScope, QByteArrayLiteral(" from-header "));
    QCOMPARE(e.requestId, u"from-header"_s);
}

QTEST_GUILESS_MAIN(TestArmError)
#include "tst_armerror.moc"
