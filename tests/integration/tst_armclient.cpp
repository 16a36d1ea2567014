// The ARM client against the sandbox over real HTTP: nextLink paging, throttling, 5xx,
// dropped connections, malformed bodies, 401 refresh, cancellation, error messages.
#include "azure/armclient.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::Testing;

Q_DECLARE_METATYPE(CreditDesk::Sandbox::SandboxFaults)

namespace {
const QString BillingAccounts = u"/providers/Microsoft.Billing/billingAccounts"_s;

/// Fast retries so fault tests finish quickly; the budget stays generous.
RetryPolicy quickRetries()
{
    RetryPolicy policy;
    policy.maxAttempts = 8;
    policy.baseDelayMs = 10;
    policy.maxDelayMs = 2000;
    policy.requestTimeoutMs = 5000;
    return policy;
}

struct PagedRun
{
    int pages = 0;
    int items = 0;
    std::optional<Status> status;
};

void fetchAll(ArmClient &arm, const QUrl &url, QObject *context, PagedRun &run)
{
    arm.getAllPages(
        url, {u"list billing accounts"_s, u"the tenant"_s}, context,
        [&run](const QByteArray &body) -> Result<QUrl> {
            QJsonParseError error{};
            const QJsonObject page = QJsonDocument::fromJson(body, &error).object();
            if (error.error != QJsonParseError::NoError)
                return Error{u"malformed page"_s, u"parse"_s};
            ++run.pages;
            run.items += int(page.value(u"value"_s).toArray().size());
            return QUrl(page.value(u"nextLink"_s).toString());
        },
        [&run](Status status) { run.status = status; });
}
} // namespace

class TestArmClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsNextLinkToTheLastPage();
    void waitsAsToldOn429AndFinishes();
    void recoversFromTransientFaults_data();
    void recoversFromTransientFaults();
    void malformedBodyFailsWithOperationAndScope();
    void errorBodyNamesOperationScopeAndRequestId();
    void expiredAccessTokenIsRefreshedOnce();
    void cancelStopsEverything();
    void workerParsedPagesArriveInOrder();
    void cancelDropsAPageBeingParsed();
    void destroyedContextDropsAPageBeingParsed();
};

void TestArmClient::followsNextLinkToTheLastPage()
{
    SandboxFixture sandbox;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    options.scale.pageSize = 2;
    options.scale.billingProfiles = 3;
    options.scale.lotsPerProfile = 7;
    QVERIFY(sandbox.start(options));
    QVERIFY(sandbox.signIn());

    ArmClient arm(&sandbox.network, sandbox.session.get(), sandbox.cloud().armUrl);
    // Pick the first MCA account's first billing profile and page through its lots.
    const QString token = sandbox.signInResponse.accessToken.token;
    QObject context;
    std::optional<Result<ArmClient::Reply>> accounts;
    arm.get(arm.url(BillingAccounts, u"2024-04-01"_s), {u"list"_s, u"tenant"_s}, &context,
            [&](Result<ArmClient::Reply> r) { accounts = r; });
    QTRY_VERIFY(accounts.has_value());
    QVERIFY(accounts->ok());
    QString profilesPath;
    for (const QJsonValue &account : QJsonDocument::fromJson(accounts->value().body)[u"value"_s].toArray()) {
        if (account[u"properties"_s][u"agreementType"_s].toString() == u"MicrosoftCustomerAgreement"_s) {
            profilesPath = BillingAccounts + u'/' + account[u"name"_s].toString() + u"/billingProfiles"_s;
            break;
        }
    }
    QVERIFY(!profilesPath.isEmpty());
    std::optional<Result<ArmClient::Reply>> profiles;
    arm.get(arm.url(profilesPath, u"2024-04-01"_s), {u"list"_s, u"account"_s}, &context,
            [&](Result<ArmClient::Reply> r) { profiles = r; });
    QTRY_VERIFY(profiles.has_value());
    const QString profileName = QJsonDocument::fromJson(profiles->value().body)[u"value"_s][0][u"name"_s].toString();
    const QUrl lotsUrl = arm.url(profilesPath + u'/' + profileName + u"/providers/Microsoft.Consumption/lots"_s,
                                 u"2024-08-01"_s);

    const int expected = sandbox.countAllItems(lotsUrl, token);
    QCOMPARE(expected, options.scale.lotsPerProfile);

    PagedRun run;
    fetchAll(arm, lotsUrl, &context, run);
    QTRY_VERIFY_WITH_TIMEOUT(run.status.has_value(), 10'000);
    QVERIFY2(run.status->ok(), qPrintable(run.status->error().message));
    QCOMPARE(run.items, expected);
    QCOMPARE(run.pages, (expected + options.scale.pageSize - 1) / options.scale.pageSize);
}

void TestArmClient::waitsAsToldOn429AndFinishes()
{
    SandboxFixture sandbox;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    options.scale.pageSize = 1;
    options.faults.throttleEvery = 2;
    options.faults.throttleRetryAfterSeconds = 1;
    QVERIFY(sandbox.start(options));
    QVERIFY(sandbox.signIn());
    ArmClient arm(&sandbox.network, sandbox.session.get(), sandbox.cloud().armUrl);
    arm.setRetryPolicy(quickRetries());

    QObject context;
    PagedRun run;
    QElapsedTimer timer;
    timer.start();
    fetchAll(arm, arm.url(BillingAccounts, u"2024-04-01"_s), &context, run);
    QTRY_VERIFY_WITH_TIMEOUT(run.status.has_value(), 30'000);
    QVERIFY2(run.status->ok(), qPrintable(run.status->error().message));
    QVERIFY(run.pages >= 2);
    // At least one 429 was hit, and its one-second wait was honoured rather than the 10 ms backoff.
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
}

void TestArmClient::recoversFromTransientFaults_data()
{
    QTest::addColumn<Sandbox::SandboxFaults>("faults");
    Sandbox::SandboxFaults unavailable;
    unavailable.unavailableEvery = 3;
    unavailable.unavailableRetryAfterSeconds = 0;
    unavailable.serverErrorRate = 0.3;
    QTest::newRow("503 and 500") << unavailable;
    Sandbox::SandboxFaults broken;
    broken.dropRate = 0.25;
    broken.truncatedRate = 0.25;
    QTest::newRow("dropped and truncated") << broken;
}

void TestArmClient::recoversFromTransientFaults()
{
    QFETCH(Sandbox::SandboxFaults, faults);
    SandboxFixture sandbox;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    options.scale.pageSize = 1;
    options.faults = faults;
    QVERIFY(sandbox.start(options));
    QVERIFY(sandbox.signIn());
    ArmClient arm(&sandbox.network, sandbox.session.get(), sandbox.cloud().armUrl);
    arm.setRetryPolicy(quickRetries());

    QObject context;
    PagedRun run;
    fetchAll(arm, arm.url(BillingAccounts, u"2024-04-01"_s), &context, run);
    QTRY_VERIFY_WITH_TIMEOUT(run.status.has_value(), 30'000);
    QVERIFY2(run.status->ok(), qPrintable(run.status->error().message));
    QVERIFY(run.items >= 2);
}

void TestArmClient::malformedBodyFailsWithOperationAndScope()
{
    SandboxFixture sandbox;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    options.faults.malformedRate = 1.0;
    QVERIFY(sandbox.start(options));
    QVERIFY(sandbox.signIn());
    ArmClient arm(&sandbox.network, sandbox.session.get(), sandbox.cloud().armUrl);
    arm.setRetryPolicy(quickRetries());

    QObject context;
    PagedRun run;
    fetchAll(arm, arm.url(BillingAccounts, u"2024-04-01"_s), &context, run);
    QTRY_VERIFY_WITH_TIMEOUT(run.status.has_value(), 10'000);
    QVERIFY(!run.status->ok());
    const QString message = run.status->error().message;
    QVERIFY2(message.contains(u"list billing accounts"_s) && message.contains(u"the tenant"_s), qPrintable(message));
}

void TestArmClient::errorBodyNamesOperationScopeAndRequestId()
{
    SandboxFixture sandbox;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    QVERIFY(sandbox.start(options));
    QVERIFY(sandbox.signIn());
    ArmClient arm(&sandbox.network, sandbox.session.get(), sandbox.cloud().armUrl);

    QObject context;
    std::optional<Result<ArmClient::Reply>> reply;
    arm.get(arm.url(BillingAccounts + u"/does-not-exist/billingProfiles"_s, u"2024-04-01"_s),
            {u"list billing profiles"_s, u"billing account does-not-exist"_s}, &context,
            [&](Result<ArmClient::Reply> r) { reply = r; });
    QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 10'000);
    QVERIFY(!reply->ok());
    const Error &error = reply->error();
    QCOMPARE(error.httpStatus, 404);
    QVERIFY2(error.message.contains(u"list billing profiles"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"does-not-exist"_s), qPrintable(error.message));
    QVERIFY(!error.requestId.isEmpty());
}

void TestArmClient::expiredAccessTokenIsRefreshedOnce()
{
    SandboxFixture sandbox;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    QVERIFY(sandbox.start(options));
    QVERIFY(sandbox.signIn());

    // The cached token looks valid locally but the service rejects it: one refresh, then success.
    TokenResponse stale = sandbox.signInResponse;
    stale.accessToken.token = u"eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJ4In0.c2lnbmF0dXJl"_s;
    stale.refreshToken.clear();
    sandbox.session->adopt(stale);
    QSignalSpy rotated(sandbox.session.get(), &SignInSession::refreshTokenChanged);

    ArmClient arm(&sandbox.network, sandbox.session.get(), sandbox.cloud().armUrl);
    QObject context;
    std::optional<Result<ArmClient::Reply>> reply;
    arm.get(arm.url(BillingAccounts, u"2024-04-01"_s), {u"list"_s, u"tenant"_s}, &context,
            [&](Result<ArmClient::Reply> r) { reply = r; });
    QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 10'000);
    QVERIFY2(reply->ok(), reply->ok() ? "" : qPrintable(reply->error().message));
    QCOMPARE(reply->value().httpStatus, 200);
    QCOMPARE(rotated.size(), 1);
}

void TestArmClient::cancelStopsEverything()
{
    SandboxFixture sandbox;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    options.faults.latencyMs = 2000;
    QVERIFY(sandbox.start(options));
    QVERIFY(sandbox.signIn());
    ArmClient arm(&sandbox.network, sandbox.session.get(), sandbox.cloud().armUrl);

    QObject context;
    PagedRun run;
    fetchAll(arm, arm.url(BillingAccounts, u"2024-04-01"_s), &context, run);
    QTest::qWait(100);
    arm.cancel(&context);
    QVERIFY(run.status.has_value());
    QVERIFY(!run.status->ok());
    QCOMPARE(run.status->error().code, u"cancelled"_s);
    QCOMPARE(run.pages, 0);
}

namespace {
/// Pages parsed on the worker; optionally held there until the test releases them.
struct WorkerRun
{
    QList<int> deliveredPages; ///< page sizes, in the order they reached this thread
    QList<Qt::HANDLE> deliveredOn;
    std::optional<Status> status;
    int doneCalls = 0;
    QSemaphore parseStarted;
    QSemaphore releaseParse;
    bool holdParses = false;
};

void fetchAllOffThread(ArmClient &arm, const QUrl &url, QObject *context, WorkerRun &run)
{
    arm.getAllPagesOffThread(
        url, {u"list billing accounts"_s, u"the tenant"_s}, context,
        [&run](const QByteArray &body) -> Result<ArmClient::ParsedPage> {
            run.parseStarted.release();
            if (run.holdParses)
                run.releaseParse.acquire();
            const QJsonObject page = QJsonDocument::fromJson(body).object();
            const int size = int(page.value(u"value"_s).toArray().size());
            return ArmClient::ParsedPage{QUrl(page.value(u"nextLink"_s).toString()), [&run, size] {
                                             run.deliveredPages.append(size);
                                             run.deliveredOn.append(QThread::currentThreadId());
                                         }};
        },
        [&run](Status status) {
            run.status = status;
            ++run.doneCalls;
        });
}
} // namespace

void TestArmClient::workerParsedPagesArriveInOrder()
{
    SandboxFixture sandbox;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    options.scale.billingAccounts = 7;
    options.scale.pageSize = 2;
    QVERIFY(sandbox.start(options));
    QVERIFY(sandbox.signIn());
    ArmClient arm(&sandbox.network, sandbox.session.get(), sandbox.cloud().armUrl);
    const QUrl url = arm.url(BillingAccounts, u"2024-04-01"_s);
    const int expected = sandbox.countAllItems(url, sandbox.signInResponse.accessToken.token);

    QObject context;
    WorkerRun run;
    fetchAllOffThread(arm, url, &context, run);
    QTRY_VERIFY(run.status.has_value());
    QVERIFY(run.status->ok());
    QCOMPARE(run.doneCalls, 1);
    int total = 0;
    for (int size : std::as_const(run.deliveredPages))
        total += size;
    QCOMPARE(total, expected);
    QCOMPARE(run.deliveredPages.size(), (expected + 1) / 2);
    for (Qt::HANDLE thread : std::as_const(run.deliveredOn))
        QCOMPARE(thread, QThread::currentThreadId()); // delivered on the caller's thread
}

void TestArmClient::cancelDropsAPageBeingParsed()
{
    SandboxFixture sandbox;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    QVERIFY(sandbox.start(options));
    QVERIFY(sandbox.signIn());
    ArmClient arm(&sandbox.network, sandbox.session.get(), sandbox.cloud().armUrl);

    QObject context;
    WorkerRun run;
    run.holdParses = true;
    fetchAllOffThread(arm, arm.url(BillingAccounts, u"2024-04-01"_s), &context, run);
    QTRY_VERIFY(run.parseStarted.available() > 0); // the first page is on the worker now
    arm.cancel(&context);
    QVERIFY(run.status.has_value());
    QCOMPARE(run.status->error().code, u"cancelled"_s);
    run.releaseParse.release();
    QTest::qWait(200); // the parsed page would have been delivered by now
    QVERIFY(run.deliveredPages.isEmpty());
    QCOMPARE(run.doneCalls, 1);
}

void TestArmClient::destroyedContextDropsAPageBeingParsed()
{
    SandboxFixture sandbox;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    QVERIFY(sandbox.start(options));
    QVERIFY(sandbox.signIn());
    WorkerRun run;
    run.holdParses = true;
    {
        ArmClient arm(&sandbox.network, sandbox.session.get(), sandbox.cloud().armUrl);
        auto context = std::make_unique<QObject>();
        fetchAllOffThread(arm, arm.url(BillingAccounts, u"2024-04-01"_s), context.get(), run);
        QTRY_VERIFY(run.parseStarted.available() > 0);
        context.reset(); // e.g. the window closed
        run.releaseParse.release();
        QTest::qWait(200);
        // ~ArmClient waits for the parse still running; nothing is delivered to the dead context.
    }
    QTest::qWait(50);
    QVERIFY(run.deliveredPages.isEmpty());
    QCOMPARE(run.doneCalls, 0);
}

QTEST_GUILESS_MAIN(TestArmClient)
#include "tst_armclient.moc"
