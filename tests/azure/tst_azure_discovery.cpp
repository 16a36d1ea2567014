// "All my credits" (CreditDiscovery) against the sandbox: totals equal what plain paging
// finds, bounded concurrency, progress, one error per failed scope, cancellation, and a
// flaky service that still yields everything.
#include "azuretestutil.h"
#include "services/creditdiscovery.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::Testing;

namespace {

/// What discovery should find, by plain paging.
struct Truth
{
    int lots = 0;
    int summaries = 0;
    int eaBalances = 0;
    int benefitsCredits = 0;
    int scopes = 0; ///< billing profiles + customers + EA accounts + subscriptions
};

Truth groundTruth(AzureFixture &f)
{
    Truth t;
    const QString token = f.armToken();
    const QString billing = u"api-version=2024-04-01"_s;
    const QString consumption = u"api-version=2024-08-01"_s;
    const QString accountsPath = u"/providers/Microsoft.Billing/billingAccounts"_s;
    for (const QJsonValue &account : f.fetchAll(f.url(accountsPath, billing), token)) {
        const QString type = account[u"properties"_s][u"agreementType"_s].toString();
        const QString path = accountsPath + u'/' + account[u"name"_s].toString();
        if (type == u"EnterpriseAgreement"_s) {
            ++t.scopes;
            ++t.eaBalances;
            t.lots
                += int(f.fetchAll(f.url(path + u"/providers/Microsoft.Consumption/lots"_s, consumption), token).size());
            continue;
        }
        const bool mca = type == u"MicrosoftCustomerAgreement"_s;
        const QString child = mca ? u"/billingProfiles/"_s : u"/customers/"_s;
        for (const QJsonValue &scope : f.fetchAll(f.url(path + child.chopped(1), billing), token)) {
            ++t.scopes;
            const QString scopePath = path + child + scope[u"name"_s].toString();
            t.lots += int(
                f.fetchAll(f.url(scopePath + u"/providers/Microsoft.Consumption/lots"_s, consumption), token).size());
            if (mca) {
                const QJsonObject summary = f.fetchJson(
                    f.url(scopePath + u"/providers/Microsoft.Consumption/credits/balanceSummary"_s, consumption),
                    token);
                t.summaries += summary.isEmpty() ? 0 : 1; // 204: no body
            }
        }
    }
    for (const QJsonValue &s : f.fetchAll(f.url(u"/subscriptions"_s, u"api-version=2022-12-01"_s), token)) {
        ++t.scopes;
        t.benefitsCredits
            += int(f.fetchAll(f.url(s[u"id"_s].toString() + u"/providers/Microsoft.BillingBenefits/credits"_s,
                                    u"api-version=2026-06-01"_s),
                              token)
                       .size());
    }
    return t;
}

/// What one run found.
struct Found
{
    QSet<QString> lotIds;
    int lotRows = 0;
    int summaries = 0;
    int eaBalances = 0;
    int benefitsCredits = 0;
    int subscriptionLists = 0;
    QHash<QString, QString> names;
    QList<std::pair<QString, Error>> failures;
    QList<std::pair<int, int>> progress;
    QList<bool> finished;

    void watch(CreditDiscovery &d, QObject *context)
    {
        QObject::connect(&d, &CreditDiscovery::lotsArrived, context, [this](const QList<Lot> &lots) {
            lotRows += int(lots.size());
            for (const Lot &lot : lots)
                lotIds.insert(lot.id);
        });
        QObject::connect(&d, &CreditDiscovery::creditSummaryArrived, context, [this] { ++summaries; });
        QObject::connect(&d, &CreditDiscovery::eaBalanceArrived, context,
                         [this](const QString &, const EaBalance &b) { eaBalances += b.currency == u"USD"_s; });
        QObject::connect(&d, &CreditDiscovery::benefitsCreditsArrived, context,
                         [this](const QList<BenefitsCredit> &credits) { benefitsCredits += int(credits.size()); });
        QObject::connect(&d, &CreditDiscovery::subscriptionsFound, context, [this] { ++subscriptionLists; });
        QObject::connect(&d, &CreditDiscovery::scopeNamed, context,
                         [this](const QString &id, const QString &name) { names.insert(id, name); });
        QObject::connect(&d, &CreditDiscovery::scopeFailed, context, [this](const QString &scope, const Error &e) {
            failures.append({ scope, e });
        });
        QObject::connect(&d, &CreditDiscovery::progress, context, [this](int done, int total) {
            progress.append({ done, total });
        });
        QObject::connect(&d, &CreditDiscovery::finished, context, [this](bool complete) { finished.append(complete); });
    }
    QByteArray firstFailure() const
    {
        return failures.isEmpty()
            ? QByteArray()
            : (failures.constFirst().first + u": "_s + failures.constFirst().second.message).toUtf8();
    }
};

/// Counts requests in flight through it, to check the concurrency bound.
class CountingNetwork : public QNetworkAccessManager
{
public:
    int inFlight = 0;
    int maxInFlight = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        maxInFlight = qMax(maxInFlight, ++inFlight);
        connect(reply, &QNetworkReply::finished, this, [this] { --inFlight; });
        return reply;
    }
};

} // namespace

class TestAzureDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsAllMyCredits();
    void concurrencyIsBounded();
    void onlyTheKindsAskedFor();
    void reportsEachFailedScopeOnce();
    void cancelStopsAtOnce();
    void flakyServiceStillYieldsEverything();
    void eventsMatchPlainPaging();
    void oneFailedScopeLeavesTheOthersRead();
    void listingNotOfferedForTheAgreementIsANote();
    void classifiesListingsNotOfferedForTheAgreement_data();
    void classifiesListingsNotOfferedForTheAgreement();
};

namespace {
/// The EA billing account of the small world and how many lots it lists.
std::pair<QString, int> eaAccountOf(AzureFixture &f)
{
    const QString accountsPath = u"/providers/Microsoft.Billing/billingAccounts"_s;
    for (const QJsonValue &account : f.fetchAll(f.url(accountsPath, u"api-version=2024-04-01"_s), f.armToken())) {
        if (account[u"properties"_s][u"agreementType"_s].toString() != u"EnterpriseAgreement"_s)
            continue;
        const QString id = account[u"name"_s].toString();
        const QJsonArray lots = f.fetchAll(
            f.url(accountsPath + u'/' + id + u"/providers/Microsoft.Consumption/lots"_s, u"api-version=2024-08-01"_s),
            f.armToken());
        return { id, int(lots.size()) };
    }
    return {};
}
} // namespace

void TestAzureDiscovery::oneFailedScopeLeavesTheOthersRead()
{
    AzureFixture clean;
    QVERIFY(clean.start(smallWorld()));
    const Truth truth = groundTruth(clean);
    const auto [ea, eaLots] = eaAccountOf(clean);
    QVERIFY(!ea.isEmpty() && eaLots > 0);

    Sandbox::SandboxOptions options = smallWorld();
    options.faults.lotsNotFoundAccounts = { ea };
    AzureFixture f;
    QVERIFY(f.start(options, quickRetries(1)));
    CreditDiscovery discovery(f.api.get());
    discovery.setKinds(CreditDiscovery::Kind::Lots);
    QObject context;
    Found found;
    found.watch(discovery, &context);
    QSignalSpy notes(&discovery, &CreditDiscovery::scopeNote);
    discovery.start();
    QTRY_COMPARE_WITH_TIMEOUT(found.finished.size(), 1, 30'000);
    QCOMPARE(found.finished.constFirst(), false);
    QCOMPARE(found.failures.size(), 1);
    QVERIFY2(found.failures.constFirst().first.contains(ea), found.firstFailure());
    QCOMPARE(found.failures.constFirst().second.httpStatus, 404);
    QCOMPARE(found.failures.constFirst().second.code, u"NotFound"_s);
    QCOMPARE(notes.size(), 0); // a plain 404 is a failure, not "not offered"
    QCOMPARE(found.lotRows, truth.lots - eaLots);
    QCOMPARE(discovery.scopesDone(), discovery.scopesTotal());
    QCOMPARE(discovery.scopesRead(), discovery.scopesTotal() - 1);
}

void TestAzureDiscovery::listingNotOfferedForTheAgreementIsANote()
{
    AzureFixture clean;
    QVERIFY(clean.start(smallWorld()));
    const Truth truth = groundTruth(clean);
    const auto [ea, eaLots] = eaAccountOf(clean);
    QVERIFY(!ea.isEmpty());

    Sandbox::SandboxOptions options = smallWorld();
    options.faults.lotsNotOfferedAccounts = { ea };
    AzureFixture f;
    QVERIFY(f.start(options, quickRetries(1)));
    CreditDiscovery discovery(f.api.get());
    QObject context;
    Found found;
    found.watch(discovery, &context);
    QSignalSpy notes(&discovery, &CreditDiscovery::scopeNote);
    discovery.start();
    QTRY_COMPARE_WITH_TIMEOUT(found.finished.size(), 1, 30'000);
    QVERIFY2(found.failures.isEmpty(), found.firstFailure());
    QCOMPARE(found.finished.constFirst(), true);
    QCOMPARE(notes.size(), 1);
    const QString scope = notes.constFirst().at(0).toString();
    QVERIFY2(scope.contains(ea), qPrintable(scope));
    QCOMPARE(notes.constFirst().at(1).value<Error>().httpStatus, 400);
    QCOMPARE(found.lotRows, truth.lots - eaLots);
    QCOMPARE(found.eaBalances, truth.eaBalances); // the scope's other step still ran
    QCOMPARE(discovery.scopesRead(), discovery.scopesTotal());
}

void TestAzureDiscovery::classifiesListingsNotOfferedForTheAgreement_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("notOffered");
    const QString prefix = u"Could not list credit lots for billing account 12345678: "_s;
    QTest::newRow("account type code") << 400 << u"InvalidBillingAccountType"_s << prefix + u"Bad request."_s << true;
    QTest::newRow("consumption wording")
        << 400 << u"400"_s
        << prefix + u"Lots are not supported for billing account '12345678': its agreement type has no Azure consumption commitment. (Request ID: 1)"_s
        << true;
    QTest::newRow("only available wording")
        << 400 << u"400"_s << prefix + u"This API is only supported for MCA and direct EA billing account types."_s << true;
    QTest::newRow("plain not found") << 404 << u"NotFound"_s
                                     << prefix + u"The lots of billing account '12345678' were not found."_s << false;
    QTest::newRow("api version") << 400 << u"InvalidApiVersionParameter"_s
                                 << prefix + u"The api-version '1999-01-01' is not supported. Supported: 2024-08-01."_s
                                 << false;
    QTest::newRow("filter") << 400 << u"400"_s
                            << prefix + u"Invalid $filter: property 'x' is not supported. Supported properties: status."_s
                            << false;
    QTest::newRow("forbidden wording") << 403 << u"AuthorizationFailed"_s
                                       << prefix + u"Not supported for this agreement type."_s << false;
    QTest::newRow("server error") << 500 << u"500"_s << prefix + u"Internal error."_s << false;
}

void TestAzureDiscovery::classifiesListingsNotOfferedForTheAgreement()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(bool, notOffered);
    QCOMPARE(CreditDiscovery::isNotOfferedForAgreement(Error(message, code, status)), notOffered);
}

void TestAzureDiscovery::findsAllMyCredits()
{
    AzureFixture f;
    QVERIFY(f.start(smallWorld()));
    const Truth truth = groundTruth(f);
    QVERIFY(truth.lots > 0 && truth.summaries > 0 && truth.benefitsCredits > 0);

    CreditDiscovery discovery(f.api.get());
    QCOMPARE(discovery.maxConcurrentScopes(), 4);
    QObject context;
    Found found;
    found.watch(discovery, &context);
    discovery.start();
    QVERIFY(discovery.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(found.finished.size(), 1, 30'000);
    QVERIFY2(found.failures.isEmpty(), found.firstFailure());
    QCOMPARE(found.finished.constFirst(), true);
    QVERIFY(!discovery.isRunning());

    QCOMPARE(found.lotRows, truth.lots); // no scope read twice
    QCOMPARE(int(found.lotIds.size()), truth.lots);
    QCOMPARE(found.summaries, truth.summaries);
    QCOMPARE(found.eaBalances, truth.eaBalances);
    QCOMPARE(found.benefitsCredits, truth.benefitsCredits);
    QCOMPARE(found.subscriptionLists, 1);
    QCOMPARE(discovery.scopesTotal(), truth.scopes);
    QCOMPARE(discovery.scopesDone(), truth.scopes);
    QCOMPARE(found.progress.constFirst(), (std::pair { 0, 0 }));
    QCOMPARE(found.progress.constLast(), (std::pair { truth.scopes, truth.scopes }));
    for (const auto &[done, total] : std::as_const(found.progress))
        QVERIFY(done <= total);
    // Every lot's scope has a name for people.
    for (const QString &id : std::as_const(found.lotIds))
        QVERIFY(!id.isEmpty());
    QVERIFY(found.names.size() >= truth.scopes - 1); // all but the EA account

    // A second run reads the same again.
    Found again;
    again.watch(discovery, &context);
    discovery.start();
    QTRY_COMPARE_WITH_TIMEOUT(again.finished.size(), 1, 30'000);
    QCOMPARE(again.finished.constFirst(), true);
    QCOMPARE(again.lotRows, truth.lots);
}

void TestAzureDiscovery::concurrencyIsBounded()
{
    Sandbox::SandboxOptions options = smallWorld();
    options.faults.latencyMs = 150; // requests overlap, so the bound is what limits them
    AzureFixture f;
    QVERIFY(f.start(options));
    CountingNetwork network;
    ArmClient arm(&network, f.sandbox.session.get(), f.sandbox.cloud().armUrl);
    arm.setRetryPolicy(quickRetries());
    AzureApi api(&arm);
    CreditDiscovery discovery(&api);
    discovery.setMaxConcurrentScopes(2);
    QObject context;
    Found found;
    found.watch(discovery, &context);
    discovery.start();
    QTRY_COMPARE_WITH_TIMEOUT(found.finished.size(), 1, 60'000);
    QVERIFY2(found.failures.isEmpty(), found.firstFailure());
    QCOMPARE(network.maxInFlight, 2);
    QCOMPARE(network.inFlight, 0);
}

void TestAzureDiscovery::onlyTheKindsAskedFor()
{
    AzureFixture f;
    QVERIFY(f.start(smallWorld()));
    const Truth truth = groundTruth(f);
    CreditDiscovery discovery(f.api.get());
    discovery.setKinds(CreditDiscovery::Kind::Lots);
    QObject context;
    Found found;
    found.watch(discovery, &context);
    discovery.start();
    QTRY_COMPARE_WITH_TIMEOUT(found.finished.size(), 1, 30'000);
    QVERIFY2(found.failures.isEmpty(), found.firstFailure());
    QCOMPARE(found.lotRows, truth.lots);
    QCOMPARE(found.summaries, 0);
    QCOMPARE(found.eaBalances, 0);
    QCOMPARE(found.benefitsCredits, 0);
    QCOMPARE(found.subscriptionLists, 0);

    Found credits;
    credits.watch(discovery, &context);
    discovery.setKinds(CreditDiscovery::Kind::BenefitsCredits);
    discovery.start();
    QTRY_COMPARE_WITH_TIMEOUT(credits.finished.size(), 1, 30'000);
    QCOMPARE(credits.lotRows, 0);
    QCOMPARE(credits.benefitsCredits, truth.benefitsCredits);
}

void TestAzureDiscovery::reportsEachFailedScopeOnce()
{
    AzureFixture f;
    QVERIFY(f.start(smallWorld(), quickRetries(1)));
    const Truth truth = groundTruth(f);
    // Every Consumption call is refused (400); billing lists and BillingBenefits still work.
    ApiVersions versions;
    versions.consumption = u"1999-01-01"_s;
    AzureApi api(f.arm.get(), versions);
    CreditDiscovery discovery(&api);
    QObject context;
    Found found;
    found.watch(discovery, &context);
    discovery.start();
    QTRY_COMPARE_WITH_TIMEOUT(found.finished.size(), 1, 30'000);
    QCOMPARE(found.finished.constFirst(), false);
    const int subscriptions
        = int(f.fetchAll(f.url(u"/subscriptions"_s, u"api-version=2022-12-01"_s), f.armToken()).size());
    // One error per billing scope, even where lots and the summary both failed.
    QCOMPARE(found.failures.size(), truth.scopes - subscriptions);
    QSet<QString> scopes;
    for (const auto &[scope, error] : std::as_const(found.failures)) {
        scopes.insert(scope);
        QCOMPARE(error.httpStatus, 400);
        QVERIFY2(error.message.contains(scope), qPrintable(error.message));
    }
    QCOMPARE(int(scopes.size()), found.failures.size());
    QCOMPARE(found.benefitsCredits, truth.benefitsCredits); // the rest went on
    QCOMPARE(discovery.scopesDone(), discovery.scopesTotal());
}

void TestAzureDiscovery::cancelStopsAtOnce()
{
    Sandbox::SandboxOptions options = smallWorld();
    options.faults.latencyMs = 800;
    AzureFixture f;
    QVERIFY(f.start(options));
    CreditDiscovery discovery(f.api.get());
    QObject context;
    Found found;
    found.watch(discovery, &context);
    discovery.start();
    QTest::qWait(100);
    discovery.cancel();
    QCOMPARE(found.finished, QList<bool> { false });
    QVERIFY(!discovery.isRunning());
    QTest::qWait(1200); // answers that were on their way change nothing
    QCOMPARE(found.finished.size(), 1);
    QVERIFY(found.failures.isEmpty());
    QCOMPARE(found.lotRows, 0);
    discovery.cancel(); // twice is harmless
    QCOMPARE(found.finished.size(), 1);
}

void TestAzureDiscovery::flakyServiceStillYieldsEverything()
{
    Sandbox::SandboxOptions options = smallWorld();
    options.faults.dropRate = 0.1;
    options.faults.truncatedRate = 0.1;
    options.faults.serverErrorRate = 0.05;
    options.faults.throttleEvery = 7;
    options.faults.throttleRetryAfterSeconds = 0;
    options.faults.unavailableEvery = 11;
    options.faults.unavailableRetryAfterSeconds = 0;
    AzureFixture f;
    QVERIFY(f.start(options));
    CreditDiscovery discovery(f.api.get());
    QObject context;
    Found found;
    found.watch(discovery, &context);
    discovery.start();
    QTRY_COMPARE_WITH_TIMEOUT(found.finished.size(), 1, 60'000);
    QVERIFY2(found.failures.isEmpty(), found.firstFailure());
    QCOMPARE(found.finished.constFirst(), true);

    // The truth, read without faults from a clean sandbox of the same seed and scale.
    AzureFixture clean;
    QVERIFY(clean.start(smallWorld()));
    const Truth truth = groundTruth(clean);
    QCOMPARE(int(found.lotIds.size()), truth.lots);
    QCOMPARE(found.summaries, truth.summaries);
    QCOMPARE(found.eaBalances, truth.eaBalances);
    QCOMPARE(found.benefitsCredits, truth.benefitsCredits);
}


void TestAzureDiscovery::eventsMatchPlainPaging()
{
    AzureFixture f;
    Sandbox::SandboxOptions options = smallWorld();
    options.today = QDate(2026, 6, 15);
    QVERIFY(f.start(options));

    // Plain paging over every MCA billing profile's events in the window, with ids.
    const QDate from(2025, 9, 1);
    const QDate to(2026, 6, 15);
    const QString token = f.armToken();
    const QString billing = u"api-version=2024-04-01"_s;
    const QString window = u"api-version=2024-08-01&startDate=%1&endDate=%2"_s.arg(from.toString(Qt::ISODate),
                                                                                    to.toString(Qt::ISODate));
    const QString accountsPath = u"/providers/Microsoft.Billing/billingAccounts"_s;
    QSet<QString> expected;
    int expectedRows = 0;
    for (const QJsonValue &account : f.fetchAll(f.url(accountsPath, billing), token)) {
        if (account[u"properties"_s][u"agreementType"_s].toString() != u"MicrosoftCustomerAgreement"_s)
            continue;
        const QString path = accountsPath + u'/' + account[u"name"_s].toString() + u"/billingProfiles"_s;
        for (const QJsonValue &profile : f.fetchAll(f.url(path, billing), token)) {
            const QString events = path + u'/' + profile[u"name"_s].toString() + u"/providers/Microsoft.Consumption/events"_s;
            for (const QJsonValue &event : f.fetchAll(f.url(events, window), token)) {
                ++expectedRows;
                expected.insert(event[u"id"_s].toString());
            }
        }
    }
    QVERIFY(expectedRows > 3); // more than one page

    CreditDiscovery discovery(f.api.get());
    discovery.setKinds(CreditDiscovery::Kind::Events);
    discovery.setEventsWindow(from, to);
    QCOMPARE(discovery.eventsWindow(), (std::pair { from, to }));
    QObject context;
    Found found;
    found.watch(discovery, &context);
    QSet<QString> ids;
    int rows = 0;
    int pages = 0;
    connect(&discovery, &CreditDiscovery::eventsArrived, &context, [&](const QList<CreditEvent> &events) {
        ++pages;
        rows += int(events.size());
        for (const CreditEvent &event : events)
            ids.insert(event.id());
    });
    discovery.start();
    QTRY_COMPARE_WITH_TIMEOUT(found.finished.size(), 1, 30'000);
    QVERIFY2(found.failures.isEmpty(), found.firstFailure());
    QCOMPARE(found.finished.constFirst(), true);
    QCOMPARE(rows, expectedRows);
    QCOMPARE(ids, expected);
    QVERIFY(pages > 1);
    QCOMPARE(found.lotRows, 0);
    QCOMPARE(found.summaries, 0);

    // The default window is the 13 months up to today (UTC).
    CreditDiscovery defaults(f.api.get());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QCOMPARE(defaults.eventsWindow(), (std::pair { today.addMonths(-13), today }));
}

QTEST_GUILESS_MAIN(TestAzureDiscovery)
#include "tst_azure_discovery.moc"
