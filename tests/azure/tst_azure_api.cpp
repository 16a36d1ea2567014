// The typed ARM APIs (AzureApi) against the sandbox over real HTTP: every list follows all
// pages and yields exactly what plain paging yields, 200/204 balance summaries, the required
// event date range, EA balances, subscriptions, BillingBenefits credits and transactions, and
// error texts that name the operation and the scope.
#include "azuretestutil.h"

#include <QDate>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::Testing;

namespace {
const QString Billing = u"api-version=2024-04-01"_s;
const QString Consumption = u"api-version=2024-08-01"_s;
const QString Benefits = u"api-version=2026-06-01"_s;
const QString AccountsPath = u"/providers/Microsoft.Billing/billingAccounts"_s;
} // namespace

class TestAzureApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void billingAccountsAndTheirAgreements();
    void billingProfilesAndCustomers();
    void lotsByBillingProfileFollowEveryPage();
    void lotsByBillingAccountWithFilter();
    void lotsByCustomer();
    void streamingHandsOverEachPage();
    void creditSummaryIs200OrNothing();
    void eventsNeedADateRange();
    void eventsWithinTheRange();
    void eaBalanceIsTrimmedAndComplete();
    void subscriptionsIncludeTheSponsorship();
    void benefitsCreditsAndRemaining();
    void benefitsCreditTransactions();
    void errorsNameOperationAndScope();

private:
    QList<BillingAccount> accountsOf(AgreementType type) const;
    template<typename T, typename Call> Result<T> run(Call call);

    AzureFixture f;
    QList<BillingAccount> m_accounts;
};

template<typename T, typename Call> Result<T> TestAzureApi::run(Call call)
{
    QObject context;
    Outcome<Result<T>> outcome;
    call(&context, outcome.callback());
    if (!outcome.wait())
        return Error { u"no answer in time"_s, u"test-timeout"_s };
    return std::move(*outcome.value);
}

void TestAzureApi::initTestCase()
{
    QVERIFY(f.start(smallWorld()));
    auto accounts = run<QList<BillingAccount>>([&](QObject *c, auto done) { f.api->listBillingAccounts(c, done); });
    QVERIFY2(accounts.ok(), failure(accounts));
    m_accounts = accounts.value();
}

QList<BillingAccount> TestAzureApi::accountsOf(AgreementType type) const
{
    QList<BillingAccount> result;
    for (const BillingAccount &a : m_accounts) {
        if (a.agreementType == type)
            result.append(a);
    }
    return result;
}

void TestAzureApi::billingAccountsAndTheirAgreements()
{
    const QJsonArray oracle = f.fetchAll(f.url(AccountsPath, Billing), f.armToken());
    QCOMPARE(m_accounts.size(), oracle.size());
    QCOMPARE(accountsOf(AgreementType::MicrosoftCustomerAgreement).size(), smallWorld().scale.billingAccounts);
    QCOMPARE(accountsOf(AgreementType::EnterpriseAgreement).size(), 1);
    QCOMPARE(accountsOf(AgreementType::MicrosoftPartnerAgreement).size(), 1);
    for (const BillingAccount &a : std::as_const(m_accounts)) {
        QVERIFY(!a.name.isEmpty());
        QVERIFY(!a.displayName.isEmpty());
        // The display name is learnt for error texts.
        QVERIFY2(f.api->billingAccountScope(a.name).contains(a.displayName), qPrintable(a.displayName));
    }
}

void TestAzureApi::billingProfilesAndCustomers()
{
    for (const BillingAccount &account : accountsOf(AgreementType::MicrosoftCustomerAgreement)) {
        auto profiles = run<QList<BillingProfile>>(
            [&](QObject *c, auto done) { f.api->listBillingProfiles(account.name, c, done); });
        QVERIFY2(profiles.ok(), failure(profiles));
        const QString path = AccountsPath + u'/' + account.name + u"/billingProfiles"_s;
        QCOMPARE(profiles->size(), f.fetchAll(f.url(path, Billing), f.armToken()).size());
        QVERIFY(profiles->size() >= smallWorld().scale.billingProfiles);
        const BillingProfile &first = profiles->constFirst();
        QCOMPARE(f.api->billingProfileScope(account.name, first.name),
                 u"billing profile %1 (%2)"_s.arg(first.displayName, first.name));
    }
    const BillingAccount mpa = accountsOf(AgreementType::MicrosoftPartnerAgreement).constFirst();
    auto customers
        = run<QList<BillingCustomer>>([&](QObject *c, auto done) { f.api->listCustomers(mpa.name, c, done); });
    QVERIFY2(customers.ok(), failure(customers));
    QCOMPARE(customers->size(), smallWorld().scale.customers);
    QCOMPARE(customers->size(),
             f.fetchAll(f.url(AccountsPath + u'/' + mpa.name + u"/customers"_s, Billing), f.armToken()).size());
}

void TestAzureApi::lotsByBillingProfileFollowEveryPage()
{
    int withLots = 0;
    int withoutLots = 0;
    for (const BillingAccount &account : accountsOf(AgreementType::MicrosoftCustomerAgreement)) {
        auto profiles = run<QList<BillingProfile>>(
            [&](QObject *c, auto done) { f.api->listBillingProfiles(account.name, c, done); });
        QVERIFY2(profiles.ok(), failure(profiles));
        for (const BillingProfile &profile : profiles.value()) {
            auto lots = run<QList<Lot>>(
                [&](QObject *c, auto done) { f.api->listLotsByBillingProfile(account.name, profile.name, c, done); });
            QVERIFY2(lots.ok(), failure(lots));
            const QString path = AccountsPath + u'/' + account.name + u"/billingProfiles/"_s + profile.name
                + u"/providers/Microsoft.Consumption/lots"_s;
            QCOMPARE(lots->size(), f.fetchAll(f.url(path, Consumption), f.armToken()).size());
            if (lots->isEmpty()) {
                ++withoutLots;
                continue;
            }
            ++withLots;
            QCOMPARE(lots->size(), smallWorld().scale.lotsPerProfile);
            for (const Lot &lot : lots.value())
                QCOMPARE(lot.billingProfileId, profile.name);
        }
    }
    QCOMPARE(withLots, smallWorld().scale.billingAccounts * smallWorld().scale.billingProfiles);
    QCOMPARE(withoutLots, 1); // the sandbox's profile without credit
}

void TestAzureApi::lotsByBillingAccountWithFilter()
{
    const BillingAccount ea = accountsOf(AgreementType::EnterpriseAgreement).constFirst();
    const QString path = AccountsPath + u'/' + ea.name + u"/providers/Microsoft.Consumption/lots"_s;
    auto all = run<QList<Lot>>([&](QObject *c, auto done) { f.api->listLotsByBillingAccount(ea.name, {}, c, done); });
    QVERIFY2(all.ok(), failure(all));
    QCOMPARE(all->size(), f.fetchAll(f.url(path, Consumption), f.armToken()).size());
    QVERIFY(!all->isEmpty());

    // The filter reaches the service intact (spaces and quotes), and narrows the list.
    const BillingAccount mca = accountsOf(AgreementType::MicrosoftCustomerAgreement).constFirst();
    const QString mcaPath = AccountsPath + u'/' + mca.name + u"/providers/Microsoft.Consumption/lots"_s;
    const QString filter = u"status eq 'Active'"_s;
    auto active
        = run<QList<Lot>>([&](QObject *c, auto done) { f.api->listLotsByBillingAccount(mca.name, filter, c, done); });
    QVERIFY2(active.ok(), failure(active));
    const int expected
        = int(f.fetchAll(f.url(mcaPath, Consumption + u"&$filter=status%20eq%20'Active'"_s), f.armToken()).size());
    QCOMPARE(active->size(), expected);
    const int everything = int(f.fetchAll(f.url(mcaPath, Consumption), f.armToken()).size());
    QVERIFY2(expected > 0 && expected < everything, qPrintable(u"%1 of %2"_s.arg(expected).arg(everything)));
    for (const Lot &lot : active.value())
        QCOMPARE(lot.status, LotStatus::Active);
}

void TestAzureApi::lotsByCustomer()
{
    const BillingAccount mpa = accountsOf(AgreementType::MicrosoftPartnerAgreement).constFirst();
    auto customers
        = run<QList<BillingCustomer>>([&](QObject *c, auto done) { f.api->listCustomers(mpa.name, c, done); });
    QVERIFY2(customers.ok(), failure(customers));
    for (const BillingCustomer &customer : customers.value()) {
        auto lots = run<QList<Lot>>(
            [&](QObject *c, auto done) { f.api->listLotsByCustomer(mpa.name, customer.name, {}, c, done); });
        QVERIFY2(lots.ok(), failure(lots));
        const QString path = AccountsPath + u'/' + mpa.name + u"/customers/"_s + customer.name
            + u"/providers/Microsoft.Consumption/lots"_s;
        QCOMPARE(lots->size(), f.fetchAll(f.url(path, Consumption), f.armToken()).size());
        for (const Lot &lot : lots.value())
            QCOMPARE(lot.customerId, customer.name);
    }
}

void TestAzureApi::streamingHandsOverEachPage()
{
    const BillingAccount mca = accountsOf(AgreementType::MicrosoftCustomerAgreement).constFirst();
    auto profiles
        = run<QList<BillingProfile>>([&](QObject *c, auto done) { f.api->listBillingProfiles(mca.name, c, done); });
    QVERIFY2(profiles.ok(), failure(profiles));
    QObject context;
    QList<int> pageSizes;
    std::optional<Status> status;
    f.api->streamLots(
        LotScope::billingProfile(mca.name, profiles->constFirst().name), &context,
        [&](const QList<Lot> &page) { pageSizes.append(int(page.size())); }, [&](Status s) { status = s; });
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 20'000);
    QVERIFY2(status->ok(), failure(*status));
    QCOMPARE(pageSizes, (QList<int> { 3, 2 })); // 5 lots, 3 per page
}

void TestAzureApi::creditSummaryIs200OrNothing()
{
    const BillingAccount mca = accountsOf(AgreementType::MicrosoftCustomerAgreement).constFirst();
    auto profiles
        = run<QList<BillingProfile>>([&](QObject *c, auto done) { f.api->listBillingProfiles(mca.name, c, done); });
    QVERIFY2(profiles.ok(), failure(profiles));
    int summaries = 0;
    int empty = 0;
    for (const BillingProfile &profile : profiles.value()) {
        auto summary = run<std::optional<CreditSummary>>(
            [&](QObject *c, auto done) { f.api->getCreditSummary(mca.name, profile.name, c, done); });
        QVERIFY2(summary.ok(), failure(summary));
        if (!summary->has_value()) {
            ++empty;
            continue;
        }
        ++summaries;
        const CreditSummary &s = **summary;
        QVERIFY(s.estimatedBalance.has_value());
        QCOMPARE(s.estimatedBalance->currency(), profile.currency);
    }
    QCOMPARE(summaries, smallWorld().scale.billingProfiles);
    QCOMPARE(empty, 1); // 204 No Content for the profile without lots
}

void TestAzureApi::eventsNeedADateRange()
{
    const BillingAccount mca = accountsOf(AgreementType::MicrosoftCustomerAgreement).constFirst();
    const QDate today = QDate::currentDate();
    const struct
    {
        QDate start, end;
    } ranges[] = { { QDate(), today }, { today, QDate() }, { today, today.addDays(-1) } };
    for (const auto &range : ranges) {
        QObject context;
        Outcome<Result<QList<CreditEvent>>> outcome;
        f.api->listEventsByBillingProfile(mca.name, u"AAAA-BBBB-CCC-DDD"_s, range.start, range.end, &context,
                                          outcome.callback());
        QVERIFY(!outcome.value.has_value()); // asynchronous, like a request
        QVERIFY(outcome.wait());
        QVERIFY(!outcome.value->ok());
        QCOMPARE(outcome.value->error().code, u"InvalidDateRange"_s);
        QVERIFY2(outcome.value->error().message.contains(u"list credit events"_s), failure(*outcome.value));
    }
}

void TestAzureApi::eventsWithinTheRange()
{
    const BillingAccount mca = accountsOf(AgreementType::MicrosoftCustomerAgreement).constFirst();
    auto profiles
        = run<QList<BillingProfile>>([&](QObject *c, auto done) { f.api->listBillingProfiles(mca.name, c, done); });
    QVERIFY2(profiles.ok(), failure(profiles));
    const BillingProfile profile = profiles->constFirst();
    const QDate end = QDate::currentDate().addDays(1);
    const QDate start = end.addDays(-400);
    auto events = run<QList<CreditEvent>>(
        [&](QObject *c, auto done) { f.api->listEventsByBillingProfile(mca.name, profile.name, start, end, c, done); });
    QVERIFY2(events.ok(), failure(events));
    const QString path = AccountsPath + u'/' + mca.name + u"/billingProfiles/"_s + profile.name
        + u"/providers/Microsoft.Consumption/events"_s;
    const QString range = u"&startDate=%1&endDate=%2"_s.arg(start.toString(Qt::ISODate), end.toString(Qt::ISODate));
    QCOMPARE(events->size(), f.fetchAll(f.url(path, Consumption + range), f.armToken()).size());
    QCOMPARE(events->size(), smallWorld().scale.lotsPerProfile * smallWorld().scale.eventsPerLot);

    // A narrower range gives a subset.
    const QDate mid = end.addDays(-60);
    auto recent = run<QList<CreditEvent>>(
        [&](QObject *c, auto done) { f.api->listEventsByBillingProfile(mca.name, profile.name, mid, end, c, done); });
    QVERIFY2(recent.ok(), failure(recent));
    QVERIFY(recent->size() < events->size());
    for (const CreditEvent &e : recent.value())
        QVERIFY2(e.transactionDate.date() >= mid, qPrintable(e.transactionDate.toString(Qt::ISODate)));
}

void TestAzureApi::eaBalanceIsTrimmedAndComplete()
{
    const BillingAccount ea = accountsOf(AgreementType::EnterpriseAgreement).constFirst();
    auto balance = run<EaBalance>([&](QObject *c, auto done) { f.api->getEaBalance(ea.name, c, done); });
    QVERIFY2(balance.ok(), failure(balance));
    QCOMPARE(balance->currency, u"USD"_s); // the service pads it: "USD  "
    QVERIFY(balance->beginningBalance.has_value());
    QVERIFY(balance->endingBalance.has_value());
    QVERIFY(!balance->adjustmentDetails.isEmpty());

    const QString period = QDate::currentDate().addMonths(-1).toString(u"yyyyMM"_s);
    auto past = run<EaBalance>([&](QObject *c, auto done) { f.api->getEaBalanceForPeriod(ea.name, period, c, done); });
    QVERIFY2(past.ok(), failure(past));
    QVERIFY(past->endingBalance.has_value());
}

void TestAzureApi::subscriptionsIncludeTheSponsorship()
{
    auto subscriptions = run<QList<Subscription>>([&](QObject *c, auto done) { f.api->listSubscriptions(c, done); });
    QVERIFY2(subscriptions.ok(), failure(subscriptions));
    QCOMPARE(subscriptions->size(),
             f.fetchAll(f.url(u"/subscriptions"_s, u"api-version=2022-12-01"_s), f.armToken()).size());
    QCOMPARE(subscriptions->size(), smallWorld().scale.subscriptions);
    int sponsorships = 0;
    for (const Subscription &s : subscriptions.value()) {
        QVERIFY(!s.subscriptionId.isEmpty());
        if (s.isSponsorship()) {
            ++sponsorships;
            QCOMPARE(s.quotaId, u"Sponsored_2016-01-01"_s);
        }
    }
    QCOMPARE(sponsorships, 1);
}

void TestAzureApi::benefitsCreditsAndRemaining()
{
    auto subscriptions = run<QList<Subscription>>([&](QObject *c, auto done) { f.api->listSubscriptions(c, done); });
    QVERIFY2(subscriptions.ok(), failure(subscriptions));
    int total = 0;
    int withConsumed = 0;
    for (const Subscription &s : subscriptions.value()) {
        auto credits = run<QList<BenefitsCredit>>(
            [&](QObject *c, auto done) { f.api->listBenefitsCreditsBySubscription(s.subscriptionId, c, done); });
        QVERIFY2(credits.ok(), failure(credits));
        const QString path
            = u"/subscriptions/"_s + s.subscriptionId + u"/providers/Microsoft.BillingBenefits/credits"_s;
        const QJsonArray oracle = f.fetchAll(f.url(path, Benefits), f.armToken());
        QCOMPARE(credits->size(), oracle.size());
        total += int(credits->size());
        QSet<QString> groups;
        for (const BenefitsCredit &credit : credits.value()) {
            QVERIFY(credit.credit.isValid());
            QCOMPARE(credit.subscriptionId, s.subscriptionId);
            groups.insert(credit.resourceGroup);
            const std::optional<Money> remaining = credit.remaining();
            QVERIFY(remaining.has_value());
            if (credit.consumed) {
                ++withConsumed;
                QCOMPARE(remaining->minorUnits(), credit.credit.minorUnits() - credit.consumed->minorUnits());
            } else {
                QCOMPARE(*remaining, credit.credit); // nothing consumed yet: the whole credit
            }
        }
        // By resource group: the same credits, split.
        int byGroups = 0;
        for (const QString &group : std::as_const(groups)) {
            auto inGroup = run<QList<BenefitsCredit>>([&](QObject *c, auto done) {
                f.api->listBenefitsCreditsByResourceGroup(s.subscriptionId, group, c, done);
            });
            QVERIFY2(inGroup.ok(), failure(inGroup));
            for (const BenefitsCredit &credit : inGroup.value())
                QCOMPARE(credit.resourceGroup, group);
            byGroups += int(inGroup->size());
        }
        QCOMPARE(byGroups, int(credits->size()));
    }
    QVERIFY(total > 0);
    QVERIFY(withConsumed > 0);
}

void TestAzureApi::benefitsCreditTransactions()
{
    auto subscriptions = run<QList<Subscription>>([&](QObject *c, auto done) { f.api->listSubscriptions(c, done); });
    QVERIFY2(subscriptions.ok(), failure(subscriptions));
    int transactions = 0;
    for (const Subscription &s : subscriptions.value()) {
        auto credits = run<QList<BenefitsCredit>>(
            [&](QObject *c, auto done) { f.api->listBenefitsCreditsBySubscription(s.subscriptionId, c, done); });
        QVERIFY2(credits.ok(), failure(credits));
        for (const BenefitsCredit &credit : credits.value()) {
            auto list = run<QList<BenefitsCreditTransaction>>([&](QObject *c, auto done) {
                f.api->listBenefitsCreditTransactions(credit.subscriptionId, credit.resourceGroup, credit.name, c,
                                                      done);
            });
            QVERIFY2(list.ok(), failure(list));
            const QString path = u"/subscriptions/%1/resourceGroups/%2/providers/Microsoft.BillingBenefits/credits/%3/"
                                 u"transactions"_s.arg(credit.subscriptionId, credit.resourceGroup, credit.name);
            QCOMPARE(list->size(), f.fetchAll(f.url(path, Benefits), f.armToken()).size());
            for (const BenefitsCreditTransaction &t : list.value()) {
                QCOMPARE(t.creditName, credit.name);
                QVERIFY(t.amountInBillingCurrency.has_value());
            }
            transactions += int(list->size());
        }
    }
    QVERIFY(transactions > 0); // partner sponsorship credits have transactions
}

void TestAzureApi::errorsNameOperationAndScope()
{
    ApiVersions wrong;
    wrong.consumption = u"1999-01-01"_s;
    AzureApi api(f.arm.get(), wrong);
    const BillingAccount mca = accountsOf(AgreementType::MicrosoftCustomerAgreement).constFirst();
    auto profiles
        = run<QList<BillingProfile>>([&](QObject *c, auto done) { api.listBillingProfiles(mca.name, c, done); });
    QVERIFY2(profiles.ok(), failure(profiles));
    const BillingProfile profile = profiles->constFirst();
    auto lots = run<QList<Lot>>(
        [&](QObject *c, auto done) { api.listLotsByBillingProfile(mca.name, profile.name, c, done); });
    QVERIFY(!lots.ok());
    const Error &error = lots.error();
    QCOMPARE(error.httpStatus, 400);
    QVERIFY(!error.requestId.isEmpty());
    const QString scope = u"billing profile %1 (%2)"_s.arg(profile.displayName, profile.name);
    QVERIFY2(error.message.contains(u"list credit lots"_s) && error.message.contains(scope), failure(lots));

    // An unknown account: 404 naming the account.
    auto missing = run<QList<BillingProfile>>(
        [&](QObject *c, auto done) { api.listBillingProfiles(u"no-such-account"_s, c, done); });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().httpStatus, 404);
    QVERIFY2(missing.error().message.contains(u"billing account no-such-account"_s), failure(missing));
}

QTEST_GUILESS_MAIN(TestAzureApi)
#include "tst_azure_api.moc"
