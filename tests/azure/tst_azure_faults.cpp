// Every sandbox fault knob through the typed APIs over real HTTP: 429 with the Consumption
// header, 503 with Retry-After, 5xx within and beyond the retry budget, bodies cut short,
// malformed JSON, dropped connections, latency within and beyond the timeout. Each gives the
// right data or a clear error naming operation and scope, and never a crash or a hang.
#include "azuretestutil.h"
#include "graph/graphapi.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::Testing;

Q_DECLARE_METATYPE(CreditDesk::Sandbox::SandboxFaults)

namespace {

/// Accounts → first MCA account → its profiles → every profile's lots: a chain of paged
/// calls where any fault can strike. The number of lots, or the first error.
Result<int> lotsOfFirstMcaAccount(AzureApi &api)
{
    QObject context;
    std::optional<Result<int>> outcome;
    auto total = std::make_shared<int>(0);
    auto pending = std::make_shared<int>(0);
    api.listBillingAccounts(&context, [&](Result<QList<BillingAccount>> accounts) {
        if (!accounts) {
            outcome = accounts.error();
            return;
        }
        const auto mca = std::find_if(accounts->cbegin(), accounts->cend(), [](const auto &a) { return a.isMca(); });
        if (mca == accounts->cend()) {
            outcome = Error { u"no MCA account"_s };
            return;
        }
        const QString accountId = mca->name;
        api.listBillingProfiles(accountId, &context, [&, accountId](Result<QList<BillingProfile>> profiles) {
            if (!profiles) {
                outcome = profiles.error();
                return;
            }
            *pending = int(profiles->size());
            for (const BillingProfile &profile : profiles.value()) {
                api.listLotsByBillingProfile(accountId, profile.name, &context, [&](Result<QList<Lot>> lots) {
                    if (outcome)
                        return;
                    if (!lots) {
                        outcome = lots.error();
                        return;
                    }
                    *total += int(lots->size());
                    if (--*pending == 0)
                        outcome = *total;
                });
            }
        });
    });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 60'000))
        return Error { u"no answer in time"_s, u"test-timeout"_s };
    api.cancel(&context);
    return *outcome;
}

/// Every user matching "a", page by page through GraphApi; the count or the first error.
Result<int> searchAllPages(GraphApi &graph)
{
    QObject context;
    int total = 0;
    std::optional<Result<GraphApi::UserPage>> page;
    graph.searchUsers(u"a"_s, 5, &context, [&](Result<GraphApi::UserPage> p) { page = std::move(p); });
    while (true) {
        if (!QTest::qWaitFor([&] { return page.has_value(); }, 60'000))
            return Error { u"no answer in time"_s, u"test-timeout"_s };
        if (!page->ok())
            return page->error();
        total += int(page->value().items.size());
        const QUrl next = page->value().nextLink;
        page.reset();
        if (next.isEmpty())
            return total;
        graph.nextUsers(next, &context, [&](Result<GraphApi::UserPage> p) { page = std::move(p); });
    }
}

} // namespace

class TestAzureFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void eachKnobGivesDataOrAClearError_data();
    void eachKnobGivesDataOrAClearError();
    void createUserOverADroppingConnectionFailsCleanly();

private:
    int m_expectedLots = 0;
    int m_expectedUsers = 0;
};

void TestAzureFaults::initTestCase()
{
    // The truth without faults.
    AzureFixture f;
    QVERIFY(f.start(smallWorld()));
    auto lots = lotsOfFirstMcaAccount(*f.api);
    QVERIFY2(lots.ok(), failure(lots));
    m_expectedLots = lots.value();
    QCOMPARE(m_expectedLots, smallWorld().scale.billingProfiles * smallWorld().scale.lotsPerProfile);
    GraphApi graph(f.graph.get());
    auto users = searchAllPages(graph);
    QVERIFY2(users.ok(), failure(users));
    m_expectedUsers = users.value();
    QVERIFY(m_expectedUsers > 5);
}

void TestAzureFaults::eachKnobGivesDataOrAClearError_data()
{
    using Faults = Sandbox::SandboxFaults;
    QTest::addColumn<Faults>("faults");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("expectedCode"); ///< empty: the right data; "*": data or any clear error
    QTest::addColumn<int>("minElapsedMs");

    Faults f;
    f.throttleEvery = 5; // the lots chain alone makes about ten requests
    f.throttleRetryAfterSeconds = 1;
    QTest::newRow("429 with the consumption header") << f << 8 << 5000 << QString() << 900;
    f = {};
    f.unavailableEvery = 2;
    f.unavailableRetryAfterSeconds = 0;
    QTest::newRow("503 with Retry-After") << f << 8 << 5000 << QString() << 0;
    f = {};
    f.serverErrorRate = 0.3;
    QTest::newRow("500 within the budget") << f << 8 << 5000 << QString() << 0;
    f = {};
    f.serverErrorRate = 1.0;
    QTest::newRow("500 beyond the budget") << f << 3 << 5000 << u"InternalServerError"_s << 0;
    f = {};
    f.truncatedRate = 0.3;
    QTest::newRow("bodies sometimes cut short") << f << 8 << 5000 << QString() << 0;
    f = {};
    f.truncatedRate = 1.0;
    QTest::newRow("bodies always cut short") << f << 3 << 5000 << u"Truncated"_s << 0;
    f = {};
    f.malformedRate = 1.0;
    QTest::newRow("malformed JSON") << f << 3 << 5000 << u"MalformedResponse"_s << 0;
    f = {};
    f.malformedRate = 0.2;
    QTest::newRow("sometimes malformed JSON") << f << 3 << 5000 << u"*"_s << 0;
    f = {};
    f.dropRate = 0.3;
    QTest::newRow("connections sometimes dropped") << f << 8 << 5000 << QString() << 0;
    f = {};
    f.dropRate = 1.0;
    QTest::newRow("connections always dropped") << f << 3 << 5000 << u"NetworkError"_s << 0;
    f = {};
    f.latencyMs = 100;
    QTest::newRow("latency within the timeout") << f << 3 << 3000 << QString() << 0;
    f = {};
    f.latencyMs = 1500;
    QTest::newRow("latency beyond the timeout") << f << 2 << 300 << u"Timeout"_s << 0;
}

void TestAzureFaults::eachKnobGivesDataOrAClearError()
{
    QFETCH(Sandbox::SandboxFaults, faults);
    QFETCH(int, attempts);
    QFETCH(int, timeoutMs);
    QFETCH(QString, expectedCode);
    QFETCH(int, minElapsedMs);

    Sandbox::SandboxOptions options = smallWorld();
    options.faults = faults;
    RetryPolicy policy = quickRetries(attempts);
    policy.requestTimeoutMs = timeoutMs;
    AzureFixture f;
    QVERIFY(f.start(options, policy));

    QElapsedTimer timer;
    timer.start();
    auto lots = lotsOfFirstMcaAccount(*f.api);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(lots.ok() || lots.error().code != u"test-timeout"_s, "hang");
    // The budget bounds the time: no request ran much past attempts × (timeout + 2 s cap).
    QVERIFY2(elapsed < 30'000, qPrintable(QString::number(elapsed)));

    if (expectedCode.isEmpty()) {
        QVERIFY2(lots.ok(), failure(lots));
        QCOMPARE(lots.value(), m_expectedLots);
        QVERIFY2(elapsed >= minElapsedMs, qPrintable(QString::number(elapsed)));
        // Graph goes through the same client code and the same knobs.
        GraphApi graph(f.graph.get());
        auto users = searchAllPages(graph);
        QVERIFY2(users.ok(), failure(users));
        QCOMPARE(users.value(), m_expectedUsers);
        return;
    }
    if (lots.ok()) {
        QVERIFY2(expectedCode == u"*"_s, "expected an error");
        QCOMPARE(lots.value(), m_expectedLots);
        return;
    }
    const Error &error = lots.error();
    if (expectedCode != u"*"_s)
        QCOMPARE(error.code, expectedCode);
    // The first call of the chain names what it did and for whom.
    QVERIFY2(error.message.contains(u"Could not list "_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u" for "_s), qPrintable(error.message));
    QVERIFY2(!error.message.contains(u"%1"_s) && !error.message.contains(u"%2"_s), qPrintable(error.message));
    qInfo() << "error:" << error.message;
}

void TestAzureFaults::createUserOverADroppingConnectionFailsCleanly()
{
    Sandbox::SandboxOptions options = smallWorld();
    options.faults.dropRate = 1.0;
    AzureFixture f;
    QVERIFY(f.start(options, quickRetries(3)));
    GraphApi graph(f.graph.get());
    NewDirectoryUser user;
    user.displayName = u"Never Created"_s;
    user.userPrincipalName = u"never.created@contoso-sandbox.onmicrosoft.com"_s;
    user.password = u"Correct-Horse-42!"_s;
    QObject context;
    Outcome<Result<DirectoryUser>> outcome;
    graph.createUser(user, &context, outcome.callback());
    QVERIFY(outcome.wait());
    QVERIFY(!outcome.value->ok());
    const QString message = outcome.value->error().message;
    QVERIFY2(message.contains(u"create the user never.created@"_s), qPrintable(message));
    QVERIFY2(message.contains(u"search for it before trying again"_s), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestAzureFaults)
#include "tst_azure_faults.moc"
