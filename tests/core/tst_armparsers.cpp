// The official Consumption example responses from Azure/azure-rest-api-specs, parsed field by
// field; plus a check that every example file in the folder has a parser.

#include "azure/armparsers.h"
#include "fixtures.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTest>

using namespace CreditDesk;
using namespace Fixtures;
using namespace Qt::StringLiterals;

class TestArmParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyExampleParses_data();
    void everyExampleParses();
    void lotsByBillingProfile();
    void lotsByBillingAccount();
    void lotsByBillingAccountPrimary();
    void lotsWithFilters();
    void lotsByCustomer();
    void eventsByBillingProfile();
    void eventsByBillingAccount();
    void eventsByBillingAccountWithFilters();
    void creditSummary();
    void creditSummaryNoContent();
    void eaBalances_data();
    void eaBalances();
};

void TestArmParsers::everyExampleParses_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator it(kSpecs, { u"*.json"_s }, QDir::Files, QDirIterator::Subdirectories);
    int count = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        ++count;
    }
    QCOMPARE(count, 20); // 12 Consumption, 2 Billing, 6 BillingBenefits
}

// Any new fixture must be routed to a parser here, and must parse without skipping a row.
void TestArmParsers::everyExampleParses()
{
    QFETCH(QString, path);
    const QString name = QFileInfo(path).completeBaseName();
    const QByteArray body = exampleBody(path);
    QVERIFY(!body.isEmpty());

    auto check = [&](const auto &result, int expectedItems) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->skippedRows, 0);
        QCOMPARE(result->items.size(), expectedItems);
        QVERIFY(result->nextLink.isEmpty());
    };
    if (name.startsWith("Lots"_L1)) {
        const int n = name.contains("Filters"_L1) || name.contains("Primary"_L1) ? 1 : 2;
        check(parseLotsPage(body), n);
    } else if (name.startsWith("Events"_L1)) {
        const int n = name == "EventsListByBillingProfile"_L1 ? 4 : name.contains("Filters"_L1) ? 1 : 2;
        check(parseEventsPage(body), n);
    } else if (name.startsWith("Balances"_L1)) {
        QVERIFY(parseEaBalance(body).ok());
    } else if (name == "CreditSummaryByBillingProfile"_L1) {
        const auto r = parseCreditSummary(200, body);
        QVERIFY(r.ok());
        QVERIFY(r->has_value());
    } else if (name == "billingAccountsList"_L1) {
        check(parseBillingAccountsPage(body), 3);
    } else if (name == "billingProfilesListByBillingAccount"_L1) {
        check(parseBillingProfilesPage(body), 2);
    } else if (name.startsWith("CreditsList"_L1) || name == "CreditListApplicableCredits"_L1) {
        check(parseBenefitsCreditsPage(body), 1);
    } else if (name == "CreditGet"_L1) {
        QVERIFY(parseBenefitsCredit(body).ok());
    } else if (name == "CreditTransactionsList"_L1) {
        check(parseBenefitsCreditTransactionsPage(body), 2);
    } else if (name == "CreditTransactionGet"_L1) {
        QVERIFY(parseBenefitsCreditTransaction(body).ok());
    } else {
        QFAIL(qPrintable(u"No parser routed for fixture "_s + name));
    }
}

void TestArmParsers::lotsByBillingProfile()
{
    const auto page = parseLotsPage(exampleBody(kConsumption + u"LotsListByBillingProfile.json"_s));
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 2);
    QCOMPARE(page->skippedRows, 0);
    QVERIFY(!page->hasNextPage());

    const Lot &lot = page->items.at(0);
    QCOMPARE(lot.id,
             u"/providers/Microsoft.Billing/billingAccounts/1234:5678/billingProfiles/2468/"
             "providers/Microsoft.Consumption/lots/lot1"_s);
    QCOMPARE(lot.name, u"lot1"_s);
    QCOMPARE(lot.billingAccountId, u"1234:5678"_s);
    QCOMPARE(lot.billingProfileId, u"2468"_s);
    QVERIFY(lot.customerId.isEmpty());
    QCOMPARE(lot.sourceRaw, u"PurchasedCredit"_s);
    QCOMPARE(lot.source, LotSource::Purchased);
    QVERIFY(lot.statusRaw.isEmpty());
    QCOMPARE(lot.status, LotStatus::Unknown);
    QCOMPARE(lot.originalAmount, usd(500000));
    QCOMPARE(lot.closedBalance, usd(6090));
    QVERIFY(!lot.usedAmount);
    QVERIFY(!lot.originalAmountInBillingCurrency.amount);
    QCOMPARE(lot.originalAmountInBillingCurrency.exchangeRate, std::optional(5000.0));
    QCOMPARE(lot.originalAmountInBillingCurrency.exchangeRateMonth, std::optional(1));
    QCOMPARE(lot.closedBalanceInBillingCurrency.exchangeRate, std::optional(5000.0));
    QCOMPARE(lot.startDate, utc(2024, 8, 1));
    QCOMPARE(lot.expirationDate, utc(2024, 8, 1));
    QVERIFY(!lot.purchasedDate.isValid());
    QCOMPARE(lot.poNumber, u"3524"_s);
    QCOMPARE(lot.creditCurrency, u"USD"_s);
    QCOMPARE(lot.billingCurrency, u"USD"_s);
    QCOMPARE(lot.currency(), u"USD"_s);
    QCOMPARE(lot.isEstimatedBalance, false);
    QVERIFY(lot.organizationType.isEmpty());
    QCOMPARE(lot.reseller.id,
             u"/providers/Microsoft.Billing/billingAccounts/1234:5678/"
             "billingProfiles/2468/providers/Microsoft.Consumption/reseller/"
             "reseller1"_s);
    QCOMPARE(lot.reseller.description, u"Reseller information."_s);

    const Lot &lot2 = page->items.at(1);
    QCOMPARE(lot2.name, u"lot2"_s);
    QCOMPARE(lot2.originalAmount, usd(600000));
    QCOMPARE(lot2.closedBalance, usd(8090));
    QCOMPARE(lot2.startDate, utc(2024, 8, 1));
    QCOMPARE(lot2.expirationDate, utc(2023, 5, 31));
    QCOMPARE(lot2.poNumber, u"31224"_s);
    QVERIFY(lot2.reseller.id.endsWith("/reseller2"_L1));
}

void TestArmParsers::lotsByBillingAccount()
{
    const auto page = parseLotsPage(exampleBody(kConsumption + u"LotsListByBillingAccount.json"_s));
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 2);
    const Lot &lot1 = page->items.at(0);
    QCOMPARE(lot1.sourceRaw, u"ConsumptionCommitment"_s);
    QCOMPARE(lot1.source, LotSource::ConsumptionCommitment);
    QCOMPARE(lot1.statusRaw, u"Active"_s);
    QCOMPARE(lot1.status, LotStatus::Active);
    QCOMPARE(lot1.originalAmount, usd(500000));
    QCOMPARE(lot1.closedBalance, usd(6090));
    QCOMPARE(lot1.startDate, utc(2019, 10, 1));
    QCOMPARE(lot1.expirationDate, utc(2019, 11, 1));
    QCOMPARE(lot1.purchasedDate, utc(2019, 9, 1));
    QVERIFY(lot1.poNumber.isEmpty());
    QVERIFY(lot1.creditCurrency.isEmpty());
    QCOMPARE(lot1.currency(), u"USD"_s);
    QVERIFY(lot1.reseller.isEmpty());

    const Lot &lot2 = page->items.at(1);
    QCOMPARE(lot2.status, LotStatus::Expired);
    QCOMPARE(lot2.originalAmount, usd(600000));
    QCOMPARE(lot2.closedBalance, usd(8090));
    QCOMPARE(lot2.startDate, utc(2019, 11, 1));
    QCOMPARE(lot2.expirationDate, utc(2019, 12, 31));
}

void TestArmParsers::lotsByBillingAccountPrimary()
{
    const auto page = parseLotsPage(exampleBody(kConsumption + u"LotsListByBillingAccount-Primary.json"_s));
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    const Lot &lot = page->items.at(0);
    QCOMPARE(lot.organizationType, u"Primary"_s);
    QCOMPARE(lot.usedAmount, usd(55000));
    QCOMPARE(lot.originalAmount, usd(500000));
    QCOMPARE(lot.closedBalance, usd(6090));
    QCOMPARE(lot.status, LotStatus::Active);
    QCOMPARE(lot.source, LotSource::ConsumptionCommitment);
}

void TestArmParsers::lotsWithFilters()
{
    for (const QString &file :
         { u"LotsListByBillingAccountWithFilters.json"_s, u"LotsListByCustomerWithFilters.json"_s }) {
        const auto page = parseLotsPage(exampleBody(kConsumption + file));
        QVERIFY(page.ok());
        QCOMPARE(page->items.size(), 1);
        QCOMPARE(page->items.at(0).name, u"lot1"_s);
        QCOMPARE(page->items.at(0).closedBalance, usd(6090));
    }
}

void TestArmParsers::lotsByCustomer()
{
    const auto page = parseLotsPage(exampleBody(kConsumption + u"LotsListByCustomer.json"_s));
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 2);
    const Lot &lot = page->items.at(0);
    QCOMPARE(lot.billingAccountId, u"1234"_s);
    QCOMPARE(lot.customerId, u"456"_s);
    QVERIFY(lot.billingProfileId.isEmpty());
    QCOMPARE(lot.source, LotSource::Purchased);
    QCOMPARE(lot.startDate, utc(2021, 5, 1));
    QCOMPARE(lot.expirationDate, utc(2021, 5, 1));
    QCOMPARE(lot.poNumber, u"3524"_s);
    QCOMPARE(page->items.at(1).expirationDate, utc(2019, 12, 31));
    QCOMPARE(page->items.at(1).closedBalance, usd(8090));
}

void TestArmParsers::eventsByBillingProfile()
{
    const auto page = parseEventsPage(exampleBody(kConsumption + u"EventsListByBillingProfile.json"_s));
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 4);
    QCOMPARE(page->skippedRows, 0);

    const CreditEvent &e1 = page->items.at(0);
    QCOMPARE(e1.name, u"event1"_s);
    QCOMPARE(e1.transactionDate, utc(2019, 7, 1));
    QCOMPARE(e1.description, u"Settled invoice #312033"_s);
    QCOMPARE(e1.eventTypeRaw, u"SettledCharges"_s);
    QCOMPARE(e1.eventType, CreditEventType::SettledCharges);
    QCOMPARE(e1.newCredit, usd(0));
    QCOMPARE(e1.adjustments, usd(0));
    QCOMPARE(e1.creditExpired, usd(0));
    QCOMPARE(e1.charges, usd(50000));
    QCOMPARE(e1.closedBalance, usd(50000));
    QVERIFY(!e1.canceledCredit);
    QVERIFY(!e1.details().chargesInBillingCurrency.amount);
    QCOMPARE(e1.details().chargesInBillingCurrency.exchangeRate, std::optional(5000.0));
    QCOMPARE(e1.details().closedBalanceInBillingCurrency.exchangeRateMonth, std::optional(1));
    QCOMPARE(e1.invoiceNumber, u"3301"_s);
    QCOMPARE(e1.creditCurrency, u"USD"_s);
    QCOMPARE(e1.billingCurrency, u"USD"_s);
    QCOMPARE(e1.details().reseller.description, u"Reseller information"_s);
    QCOMPARE(e1.isEstimatedBalance, false);
    QVERIFY(e1.lotId.isEmpty());

    const CreditEvent &e2 = page->items.at(1);
    QCOMPARE(e2.eventType, CreditEventType::NewCredit);
    QCOMPARE(e2.newCredit, usd(40000));
    QCOMPARE(e2.canceledCredit, usd(500000));
    QCOMPARE(e2.closedBalance, usd(90000));
    QCOMPARE(e2.transactionDate, utc(2019, 8, 1));

    const CreditEvent &e3 = page->items.at(2);
    QCOMPARE(e3.eventTypeRaw, u"ExpiredCredit"_s);
    QCOMPARE(e3.eventType, CreditEventType::ExpiredCredit);
    QVERIFY(isExpiryEvent(e3.eventType));
    QCOMPARE(e3.creditExpired, usd(30000));
    QCOMPARE(e3.closedBalance, usd(60000));
    QVERIFY(e3.invoiceNumber.isEmpty());

    const CreditEvent &e4 = page->items.at(3);
    QCOMPARE(e4.adjustments, usd(-20000));
    QCOMPARE(e4.creditExpired, usd(10000));
    QCOMPARE(e4.newCredit, usd(30000));
    QCOMPARE(e4.charges, usd(30000));
    QCOMPARE(e4.closedBalance, usd(70000));
    QCOMPARE(e4.transactionDate, utc(2019, 10, 1));
}

void TestArmParsers::eventsByBillingAccount()
{
    const auto page = parseEventsPage(exampleBody(kConsumption + u"EventsGetByBillingAccount.json"_s));
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 2);
    const CreditEvent &e1 = page->items.at(0);
    QCOMPARE(e1.lotSource, u"ConsumptionCommitment"_s);
    QCOMPARE(e1.lotId,
             u"/providers/Microsoft.Billing/billingAccounts/1234:5678/"
             "Microsoft.Consumption/lots/G202001083926600XXXXX"_s);
    QCOMPARE(e1.billingProfileId,
             u"/providers/Microsoft.Billing/billingAccounts/"
             "{billingAccountName}/billingProfiles/X3TD-KVTT-BG7-TGB"_s);
    QCOMPARE(e1.billingProfileDisplayName, u"Contoso Operations Billing"_s);
    QCOMPARE(e1.billingAccountId, u"1234:5678"_s);
    QCOMPARE(e1.billingAccountDisplayName, u"TestBillingAccount"_s);
    QCOMPARE(e1.description, u"New MACC Added"_s);
    QCOMPARE(e1.eventType, CreditEventType::NewCredit);
    QCOMPARE(e1.newCredit, usd(50000));
    QCOMPARE(e1.charges, usd(50000));
    QCOMPARE(e1.invoiceNumber, u"3304"_s);

    const CreditEvent &e2 = page->items.at(1);
    QCOMPARE(e2.lotSource, u"AzurePrepayment"_s);
    QCOMPARE(e2.eventType, CreditEventType::SettledCharges);
    QVERIFY(e2.billingAccountId.isEmpty());
    QVERIFY(!e2.newCredit);
    QCOMPARE(e2.closedBalance, usd(50000));
}

void TestArmParsers::eventsByBillingAccountWithFilters()
{
    const auto page = parseEventsPage(exampleBody(kConsumption + u"EventsGetByBillingAccountWithFilters.json"_s));
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    const CreditEvent &e = page->items.at(0);
    QCOMPARE(e.eventTypeRaw, u"CanceledCredit"_s);
    QCOMPARE(e.eventType, CreditEventType::CanceledCredit);
    QCOMPARE(e.canceledCredit, usd(20000));
    QCOMPARE(e.closedBalance, usd(50000));
    QCOMPARE(e.description, u"MACC Canceled"_s);
    QVERIFY(!e.charges);
}

void TestArmParsers::creditSummary()
{
    const auto r = parseCreditSummary(200, exampleBody(kConsumption + u"CreditSummaryByBillingProfile.json"_s));
    QVERIFY(r.ok());
    QVERIFY(r->has_value());
    const CreditSummary &s = **r;
    QCOMPARE(s.name, u"balanceSummary1"_s);
    QCOMPARE(s.estimatedBalance, usd(60000));
    QCOMPARE(s.currentBalance, usd(10000));
    QVERIFY(s.estimatedBalanceInBillingCurrency.isEmpty());
    QCOMPARE(s.pendingCreditAdjustments, usd(50000));
    QCOMPARE(s.expiredCredit, usd(0));
    QCOMPARE(s.pendingEligibleCharges, usd(0));
    QCOMPARE(s.creditCurrency, u"USD"_s);
    QCOMPARE(s.billingCurrency, u"USD"_s);
    QCOMPARE(s.reseller.description, u"Reseller information."_s);
    QCOMPARE(s.isEstimatedBalance, false);
}

void TestArmParsers::creditSummaryNoContent()
{
    const QByteArray body = exampleBody(kConsumption + u"CreditSummaryByBillingProfile.json"_s, "204");
    QVERIFY(body.isEmpty());
    const auto r = parseCreditSummary(204, body);
    QVERIFY(r.ok());
    QVERIFY(!r->has_value());
    // A 200 with an empty body means the same.
    const auto empty = parseCreditSummary(200, QByteArrayLiteral("  \n"));
    QVERIFY(empty.ok());
    QVERIFY(!empty->has_value());
}

void TestArmParsers::eaBalances_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("by account") << u"BalancesByBillingAccount.json"_s;
    QTest::newRow("by period") << u"BalancesByBillingAccountForBillingPeriod.json"_s;
}

void TestArmParsers::eaBalances()
{
    QFETCH(QString, file);
    const auto r = parseEaBalance(exampleBody(kConsumption + file));
    QVERIFY(r.ok());
    const EaBalance &b = *r;
    QCOMPARE(b.name, u"balanceId1"_s);
    QCOMPARE(b.billingPeriod, u"201702"_s);
    QCOMPARE(b.currency, u"USD"_s); // "USD  " in the file
    QCOMPARE(b.beginningBalance, usd(339646919));
    QCOMPARE(b.endingBalance, usd(292237102));
    QCOMPARE(b.newPurchases, usd(0));
    QCOMPARE(b.adjustments, usd(0));
    QCOMPARE(b.utilized, usd(47409817));
    QCOMPARE(b.serviceOverage, usd(0));
    QCOMPARE(b.chargesBilledSeparately, usd(0));
    QCOMPARE(b.totalOverage, usd(0));
    QCOMPARE(b.totalUsage, usd(47409817));
    QCOMPARE(b.azureMarketplaceServiceCharges, usd(60982));
    QCOMPARE(b.overageRefund, usd(201261));
    QCOMPARE(b.billingFrequency, u"Month"_s);
    QCOMPARE(b.priceHidden, std::optional(false));
    QCOMPARE(b.newPurchasesDetails.size(), 1);
    QCOMPARE(b.newPurchasesDetails.at(0).name, u"Promo Purchase"_s);
    QCOMPARE(b.newPurchasesDetails.at(0).value, usd(100));
    QCOMPARE(b.adjustmentDetails.size(), 2);
    QCOMPARE(b.adjustmentDetails.at(0).name, u"Promo Credit"_s);
    QCOMPARE(b.adjustmentDetails.at(0).value, usd(110));
    QCOMPARE(b.adjustmentDetails.at(1).name, u"SIE Credit"_s);
    QCOMPARE(b.adjustmentDetails.at(1).value, usd(100));
    // beginning − utilized = ending, exactly, as the service's numbers intend.
    QCOMPARE(b.beginningBalance->checkedSubtract(*b.utilized), b.endingBalance);
}

QTEST_GUILESS_MAIN(TestArmParsers)
#include "tst_armparsers.moc"
