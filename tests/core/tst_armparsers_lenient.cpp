// Bodies the examples do not show: malformed, wrongly shaped, drifting from the spec.

#include "azure/armparsers.h"

#include <QTest>

using namespace CreditDesk;
using namespace Qt::StringLiterals;

namespace {

QByteArray lotsBody(const char *rows, const char *extra = "")
{
    return QByteArrayLiteral("{\"value\":[") + rows + "]" + extra + '}';
}

QByteArray lotRow(const char *properties)
{
    return QByteArrayLiteral("{\"id\":\"/providers/Microsoft.Billing/billingAccounts/a:b/"
                             "billingProfiles/AB12-CD34/providers/Microsoft.Consumption/lots/x\","
                             "\"name\":\"x\",\"properties\":{")
        + properties + "}}";
}

Lot onlyLot(const QByteArray &body)
{
    const auto page = parseLotsPage(body);
    if (!page.ok())
        qFatal("unexpected error: %s", qPrintable(page.error().message));
    if (page->items.size() != 1)
        qFatal("expected one lot, got %d", int(page->items.size()));
    return page->items.first();
}

} // namespace

class TestArmParsersLenient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformedBodies_data();
    void malformedBodies();
    void errorObjectInsteadOfData();
    void emptyList();
    void badRowsAreSkippedAndCounted();
    void nextLink();
    void invalidNextLink();
    void unknownEnumsKeptRaw();
    void lotSourceClassification_data();
    void lotSourceClassification();
    void missingNegativeAndZeroNumbers();
    void currencyQuirks();
    void usDatesAndGarbageDates();
    void wronglyTypedFields();
    void eventsLive();
    void eventIdsSurviveCompactStorage();
    void creditSummaryErrors();
    void eaBalanceWithoutCurrency();
    void benefitsCreditEdgeCases();
    void benefitsSingleWrongShape();
    void subscriptions();
    void customers();
    void messagesAreUserFacing();
};

void TestArmParsersLenient::malformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QByteArray() << u"MalformedResponse"_s;
    QTest::newRow("whitespace") << QByteArrayLiteral(" \r\n ") << u"MalformedResponse"_s;
    QTest::newRow("html") << QByteArrayLiteral("<html><body>Bad gateway</body></html>") << u"MalformedResponse"_s;
    QTest::newRow("truncated") << QByteArrayLiteral("{\"value\":[{\"id\":\"a\",\"properties\":{")
                               << u"MalformedResponse"_s;
    QTest::newRow("trailing garbage") << QByteArrayLiteral("{\"value\":[]} x") << u"MalformedResponse"_s;
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3) << u"MalformedResponse"_s;
    QTest::newRow("top-level array") << QByteArrayLiteral("[]") << u"UnexpectedResponse"_s;
    QTest::newRow("no value") << QByteArrayLiteral("{}") << u"UnexpectedResponse"_s;
    QTest::newRow("value is object") << QByteArrayLiteral("{\"value\":{}}") << u"UnexpectedResponse"_s;
    QTest::newRow("value is null") << QByteArrayLiteral("{\"value\":null}") << u"UnexpectedResponse"_s;
    QTest::newRow("value is string") << QByteArrayLiteral("{\"value\":\"[]\"}") << u"UnexpectedResponse"_s;
}

void TestArmParsersLenient::malformedBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const auto checks = {
        parseLotsPage(body).ok(),
        parseEventsPage(body).ok(),
        parseBillingAccountsPage(body).ok(),
        parseBillingProfilesPage(body).ok(),
        parseCustomersPage(body).ok(),
        parseSubscriptionsPage(body).ok(),
        parseBenefitsCreditsPage(body).ok(),
        parseBenefitsCreditTransactionsPage(body).ok(),
    };
    for (bool ok : checks)
        QVERIFY(!ok);
    const auto lots = parseLotsPage(body);
    QCOMPARE(lots.error().code, code);
    QVERIFY(!lots.error().message.isEmpty());
    QCOMPARE(lots.error().httpStatus, 0);
}

void TestArmParsersLenient::errorObjectInsteadOfData()
{
    const auto page = parseLotsPage(
        QByteArray(R"j({"error":{"code":"400","message":"Invalid billing profile. (Request ID: 1a)"}})j"));
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, u"400"_s);
    QVERIFY(page.error().message.contains("Invalid billing profile"_L1));
}

void TestArmParsersLenient::emptyList()
{
    const auto page = parseLotsPage(QByteArray(R"({"value":[]})"));
    QVERIFY(page.ok());
    QVERIFY(page->items.isEmpty());
    QCOMPARE(page->skippedRows, 0);
    QVERIFY(!page->hasNextPage());
}

void TestArmParsersLenient::badRowsAreSkippedAndCounted()
{
    const QByteArray body = lotsBody(
        R"(1, "x", null, [], {}, {"id":"only-id"}, {"name":"n","properties":"text"},
               {"id":"ok1","properties":{}},
               {"name":"ok2","properties":{"status":"Active"}})");
    const auto page = parseLotsPage(body);
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 2);
    QCOMPARE(page->skippedRows, 7);
    QCOMPARE(page->items.at(0).id, u"ok1"_s);
    QCOMPARE(page->items.at(1).name, u"ok2"_s);
    QCOMPARE(page->items.at(1).status, LotStatus::Active);
}

void TestArmParsersLenient::nextLink()
{
    const QByteArray link = "https://management.azure.com/providers/Microsoft.Billing/"
                            "billingAccounts/1234:5678/billingProfiles/2468/providers/"
                            "Microsoft.Consumption/lots?api-version=2024-08-01&"
                            "$skiptoken=AbC%3D%3D%2B";
    const QByteArray extra = ",\"nextLink\":\"" + link + '"';
    const auto page = parseLotsPage(lotsBody("", extra.constData()));
    QVERIFY(page.ok());
    QVERIFY(page->hasNextPage());
    // Verbatim: the percent-encoding of the skip token survives.
    QCOMPARE(page->nextLink.toEncoded(), link);

    for (const char *none : { ",\"nextLink\":null", ",\"nextLink\":\"\"", ",\"nextLink\":\"  \"" }) {
        const auto last = parseLotsPage(lotsBody("", none));
        QVERIFY(last.ok());
        QVERIFY(!last->hasNextPage());
    }
}

void TestArmParsersLenient::invalidNextLink()
{
    const auto page = parseLotsPage(lotsBody("", ",\"nextLink\":\"http://[::1\""));
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, u"UnexpectedResponse"_s);
}

void TestArmParsersLenient::unknownEnumsKeptRaw()
{
    const Lot lot = onlyLot(lotsBody(lotRow(R"("status":"Paused","source":"Mystery Credit")")));
    QCOMPARE(lot.statusRaw, u"Paused"_s);
    QCOMPARE(lot.status, LotStatus::Unknown);
    QCOMPARE(lot.sourceRaw, u"Mystery Credit"_s);
    QCOMPARE(lot.source, LotSource::Other);

    QCOMPARE(onlyLot(lotsBody(lotRow(R"("status":"expired")"))).status, LotStatus::Expired);
    QCOMPARE(onlyLot(lotsBody(lotRow(R"("status":" None ")"))).status, LotStatus::None);

    const auto events = parseEventsPage(QByteArray(
        R"({"value":[{"id":"e1","properties":{"eventType":"SomethingNew"}},
                         {"id":"e2","properties":{"eventType":"UnKnown"}},
                         {"id":"e3","properties":{"eventType":"CreditExpired"}},
                         {"id":"e4","properties":{"eventType":"pendingcharges"}}]})"));
    QVERIFY(events.ok());
    QCOMPARE(events->items.at(0).eventTypeRaw, u"SomethingNew"_s);
    QCOMPARE(events->items.at(0).eventType, CreditEventType::Unknown);
    QCOMPARE(events->items.at(1).eventType, CreditEventType::Unknown);
    QCOMPARE(events->items.at(2).eventType, CreditEventType::CreditExpired);
    QVERIFY(isExpiryEvent(events->items.at(2).eventType));
    QCOMPARE(events->items.at(3).eventType, CreditEventType::PendingCharges);

    const auto accounts = parseBillingAccountsPage(QByteArray(
        R"({"value":[{"name":"1","properties":{"agreementType":"FutureAgreement"}},
                         {"name":"2","properties":{"agreementType":"MicrosoftPartnerAgreement"}},
                         {"name":"3","properties":{"agreementType":"EnterpriseAgreement"}}]})"));
    QVERIFY(accounts.ok());
    QCOMPARE(accounts->items.at(0).agreementType, AgreementType::Unknown);
    QCOMPARE(accounts->items.at(0).agreementTypeRaw, u"FutureAgreement"_s);
    QVERIFY(accounts->items.at(1).isMpa());
    QVERIFY(accounts->items.at(2).isEa());
    QVERIFY(!accounts->items.at(0).hasReadAccess);
}

void TestArmParsersLenient::lotSourceClassification_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<LotSource>("source");
    QTest::newRow("spec promo") << u"PromotionalCredit"_s << LotSource::Promotional;
    QTest::newRow("display promo") << u"Azure Promotional Credit"_s << LotSource::Promotional;
    QTest::newRow("snake") << u"promotional_credit"_s << LotSource::Promotional;
    QTest::newRow("spec purchased") << u"PurchasedCredit"_s << LotSource::Purchased;
    QTest::newRow("display purchased") << u"Purchased Credit"_s << LotSource::Purchased;
    QTest::newRow("prepayment") << u"AzurePrepayment"_s << LotSource::Purchased;
    QTest::newRow("commitment") << u"ConsumptionCommitment"_s << LotSource::ConsumptionCommitment;
    QTest::newRow("filter spelling") << u"consumptioncommitment"_s << LotSource::ConsumptionCommitment;
    QTest::newRow("MACC") << u"MACC"_s << LotSource::ConsumptionCommitment;
    QTest::newRow("empty") << QString() << LotSource::Other;
    QTest::newRow("other") << u"Something else"_s << LotSource::Other;
}

void TestArmParsersLenient::lotSourceClassification()
{
    QFETCH(QString, text);
    QFETCH(LotSource, source);
    QCOMPARE(lotSourceFromString(text), source);
}

void TestArmParsersLenient::missingNegativeAndZeroNumbers()
{
    const Lot lot = onlyLot(lotsBody(lotRow(R"(
        "closedBalance":{"currency":"USD","value":-1.74},
        "usedAmount":{"currency":"USD","value":0},
        "originalAmount":{"currency":"USD"},
        "originalAmountInBillingCurrency":{"currency":"EUR","value":null})")));
    QVERIFY(!lot.originalAmount);
    QCOMPARE(lot.closedBalance, std::optional(Money(-174, u"USD"_s)));
    QVERIFY(lot.usedAmount.has_value());
    QVERIFY(lot.usedAmount->isZero());
    QVERIFY(!lot.originalAmountInBillingCurrency.amount);

    const Lot bare = onlyLot(lotsBody(lotRow("")));
    QVERIFY(!bare.originalAmount);
    QVERIFY(!bare.closedBalance);
    QVERIFY(!bare.startDate.isValid());
    QCOMPARE(bare.billingProfileId, u"AB12-CD34"_s);
    QCOMPARE(bare.billingAccountId, u"a:b"_s);
}

void TestArmParsersLenient::currencyQuirks()
{
    const Lot lot = onlyLot(lotsBody(lotRow(R"(
        "creditCurrency":"eur  ",
        "billingCurrency":" USD",
        "originalAmount":{"currency":"EUR  ","value":100},
        "closedBalance":{"value":60.9},
        "closedBalanceInBillingCurrency":{"value":70.25,"exchangeRate":1.1},
        "usedAmount":{"currency":"jpy","value":1234.5})")));
    QCOMPARE(lot.creditCurrency, u"EUR"_s);
    QCOMPARE(lot.billingCurrency, u"USD"_s);
    QCOMPARE(lot.originalAmount, std::optional(Money(10000, u"EUR"_s)));
    // No currency in the amount: the lot's credit currency applies.
    QCOMPARE(lot.closedBalance, std::optional(Money(6090, u"EUR"_s)));
    // ... and the billing currency for the *InBillingCurrency amounts.
    QCOMPARE(lot.closedBalanceInBillingCurrency.amount, std::optional(Money(7025, u"USD"_s)));
    QCOMPARE(lot.usedAmount, std::optional(Money(1235, u"JPY"_s)));
}

void TestArmParsersLenient::usDatesAndGarbageDates()
{
    const Lot lot = onlyLot(lotsBody(lotRow(R"(
        "startDate":"09/18/2019 21:47:31",
        "expirationDate":"10/11/2019",
        "purchasedDate":"yesterday")")));
    QCOMPARE(lot.startDate, QDateTime(QDate(2019, 9, 18), QTime(21, 47, 31), Qt::UTC));
    QCOMPARE(lot.expirationDate, QDateTime(QDate(2019, 10, 11), QTime(0, 0), Qt::UTC));
    QVERIFY(!lot.purchasedDate.isValid());
}

void TestArmParsersLenient::wronglyTypedFields()
{
    const Lot lot = onlyLot(lotsBody(lotRow(R"(
        "status":5, "source":null, "originalAmount":"5000",
        "closedBalance":[1,2], "startDate":12345, "poNumber":3524,
        "isEstimatedBalance":"true", "reseller":"r", "OrganizationType":{})")));
    QCOMPARE(lot.statusRaw, u"5"_s);
    QCOMPARE(lot.status, LotStatus::Unknown);
    QVERIFY(lot.sourceRaw.isEmpty());
    QVERIFY(!lot.originalAmount);
    QVERIFY(!lot.closedBalance);
    QVERIFY(!lot.startDate.isValid());
    QCOMPARE(lot.poNumber, u"3524"_s);
    QCOMPARE(lot.isEstimatedBalance, true);
    QVERIFY(lot.reseller.isEmpty());
    QVERIFY(lot.organizationType.isEmpty());

    const Lot lower = onlyLot(lotsBody(lotRow(R"("organizationType":"Contributor")")));
    QCOMPARE(lower.organizationType, u"Contributor"_s);
}

void TestArmParsersLenient::eventsLive()
{
    // Shape seen in live data: negative charges, no currency on billing-currency amounts.
    const auto page = parseEventsPage(QByteArray(R"({"value":[{
        "id":"/providers/Microsoft.Billing/billingAccounts/a/billingProfiles/b/providers/Microsoft.Consumption/events/1",
        "name":"1","type":"Microsoft.Consumption/events","eTag":null,
        "properties":{"transactionDate":"2024-08-31T00:00:00.0000000Z",
          "description":"  Pending charges  ","charges":{"currency":"USD","value":-1.74},
          "closedBalance":{"currency":"USD","value":98.26},
          "eventType":"PendingCharges","invoiceNumber":"","isEstimatedBalance":true,
          "lotId":"G1","lotSource":"Azure Promotional Credit","unknownField":{"x":[1]}}}]})"));
    QVERIFY(page.ok());
    const CreditEvent &e = page->items.at(0);
    QCOMPARE(e.transactionDate, QDateTime(QDate(2024, 8, 31), QTime(0, 0), Qt::UTC));
    QCOMPARE(e.description, u"  Pending charges  "_s);
    QCOMPARE(e.charges, std::optional(Money(-174, u"USD"_s)));
    QCOMPARE(e.closedBalance, std::optional(Money(9826, u"USD"_s)));
    QCOMPARE(e.eventType, CreditEventType::PendingCharges);
    QVERIFY(e.isEstimatedBalance);
    QCOMPARE(e.lotSource, u"Azure Promotional Credit"_s);
}

void TestArmParsersLenient::eventIdsSurviveCompactStorage()
{
    // The conventional id is rebuilt from profile and name; any other id is kept as sent.
    const auto page = parseEventsPage(QByteArray(R"({"value":[
      {"id":"/providers/Microsoft.Billing/billingAccounts/a/billingProfiles/b/providers/Microsoft.Consumption/events/e1",
       "name":"e1","properties":{"billingProfileId":"/providers/Microsoft.Billing/billingAccounts/a/billingProfiles/b"}},
      {"id":"/subscriptions/s/providers/Microsoft.Consumption/events/e2","name":"e2",
       "properties":{"billingProfileId":"/providers/Microsoft.Billing/billingAccounts/a/billingProfiles/b"}},
      {"id":"e3","name":"e3","properties":{"billingProfileId":"b","eTag":"\"7\""}}]})"));
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 3);
    QCOMPARE(page->items.at(0).id(),
             u"/providers/Microsoft.Billing/billingAccounts/a/billingProfiles/b/providers/Microsoft.Consumption/events/e1"_s);
    QCOMPARE(page->items.at(1).id(), u"/subscriptions/s/providers/Microsoft.Consumption/events/e2"_s);
    QCOMPARE(page->items.at(2).id(), u"e3"_s);
    QCOMPARE(page->items.at(2).details().eTag, u"\"7\""_s);
    QVERIFY(page->items.at(0).details().eTag.isEmpty());

    // A copy edited later does not change the original's details.
    CreditEvent copy = page->items.at(2);
    copy.editDetails().eTag = u"changed"_s;
    QCOMPARE(page->items.at(2).details().eTag, u"\"7\""_s);
}

void TestArmParsersLenient::creditSummaryErrors()
{
    QVERIFY(!parseCreditSummary(200, QByteArrayLiteral("{nope")).ok());
    QVERIFY(!parseCreditSummary(200, QByteArrayLiteral("[]")).ok());
    QVERIFY(!parseCreditSummary(200, QByteArray(R"({"id":"x"})")).ok());
    QVERIFY(!parseCreditSummary(500, QByteArray(R"({"properties":{}})")).ok());
    const auto partial = parseCreditSummary(200, QByteArray(R"({"name":"s","properties":{"creditCurrency":"EUR",
                 "balanceSummary":{"estimatedBalance":{"value":-12.5}}}})"));
    QVERIFY(partial.ok());
    QVERIFY(partial->has_value());
    QCOMPARE((*partial)->estimatedBalance, std::optional(Money(-1250, u"EUR"_s)));
    QVERIFY(!(*partial)->currentBalance);
    QVERIFY(!(*partial)->expiredCredit);
}

void TestArmParsersLenient::eaBalanceWithoutCurrency()
{
    const auto r = parseEaBalance(QByteArray(
        R"({"id":"/providers/Microsoft.Billing/billingAccounts/1/providers/Microsoft.Consumption/balances/b",
                "properties":{"beginningBalance":10,"newPurchasesDetails":[{"name":"x","value":1}],
                "adjustmentDetails":"n/a"}})"));
    QVERIFY(r.ok());
    QVERIFY(r->currency.isEmpty());
    QVERIFY(!r->beginningBalance);
    QCOMPARE(r->newPurchasesDetails.size(), 1);
    QVERIFY(!r->newPurchasesDetails.at(0).value);
    QVERIFY(r->adjustmentDetails.isEmpty());
    QVERIFY(r->billingPeriod.isEmpty());
    QVERIFY(!parseEaBalance(QByteArray(R"({"value":[]})")).ok());
}

void TestArmParsersLenient::benefitsCreditEdgeCases()
{
    const auto page = parseBenefitsCreditsPage(QByteArray(R"({"value":[
        {"id":"/subscriptions/s/resourceGroups/rg/providers/Microsoft.BillingBenefits/credits/a",
         "name":"a","properties":{"credit":{"amount":100,"currencyCode":"usd"},"status":"Exhausted"}},
        {"id":"/subscriptions/s/resourceGroups/rg/providers/Microsoft.BillingBenefits/credits/b",
         "name":"b","properties":{"credit":{"amount":100,"currencyCode":"USD"},
         "consumed":{"amount":10,"currencyCode":"EUR"},"status":"Brand new status"}},
        {"id":"/subscriptions/s/resourceGroups/rg/providers/Microsoft.BillingBenefits/credits/c",
         "name":"c","properties":{"consumed":{"amount":10,"currencyCode":"USD"}}},
        {"id":"/subscriptions/s/resourceGroups/rg/providers/Microsoft.BillingBenefits/credits/d",
         "name":"d","properties":{"credit":{"amount":100.10,"currencyCode":"USD"},
         "consumed":{"percentage":42.5,"currencyCode":"USD"}}},
        {"id":"/subscriptions/s/resourceGroups/rg/providers/Microsoft.BillingBenefits/credits/e",
         "name":"e","properties":{"credit":{"amount":100,"currencyCode":"USD"},
         "consumed":{"amount":150,"currencyCode":"USD"}}}
    ]})"));
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 5);
    const auto &a = page->items.at(0);
    QCOMPARE(a.status, BenefitsCreditStatus::Exhausted);
    QCOMPARE(a.credit.currency(), u"USD"_s);
    QVERIFY(!a.consumed);
    QCOMPARE(a.remaining(), std::optional(Money(10000, u"USD"_s))); // consumed absent
    QCOMPARE(a.resourceGroup, u"rg"_s);
    QCOMPARE(a.subscriptionId, u"s"_s);

    const auto &b = page->items.at(1);
    QCOMPARE(b.status, BenefitsCreditStatus::Unknown);
    QCOMPARE(b.statusRaw, u"Brand new status"_s);
    QVERIFY(!b.remaining()); // currencies differ: never mixed

    const auto &c = page->items.at(2);
    QVERIFY(!c.credit.isValid());
    QVERIFY(!c.remaining());

    const auto &d = page->items.at(3);
    QVERIFY(!d.consumed); // 2026-07-01-preview: indirect customers get only a percentage
    QCOMPARE(d.consumedPercentage, std::optional(42.5));
    QCOMPARE(d.remaining(), std::optional(Money(10010, u"USD"_s)));

    QCOMPARE(page->items.at(4).remaining(), std::optional(Money(-5000, u"USD"_s)));
}

void TestArmParsersLenient::benefitsSingleWrongShape()
{
    QVERIFY(!parseBenefitsCredit(QByteArray(R"({"id":"x"})")).ok());
    QVERIFY(!parseBenefitsCredit(QByteArray(R"({"value":[]})")).ok());
    QVERIFY(!parseBenefitsCredit(QByteArrayLiteral("")).ok());
    QVERIFY(!parseBenefitsCreditTransaction(QByteArray(R"({"properties":{}})")).ok());
    const auto t = parseBenefitsCreditTransaction(QByteArray(
        R"({"name":"t","properties":{"chargeType":"Refund","billingStatus":"Open",
                "amountInBillingCurrency":{"amount":-5.5,"currencyCode":"USD"}}})"));
    QVERIFY(t.ok());
    QCOMPARE(t->chargeType, CreditTransactionChargeType::Refund);
    QCOMPARE(t->billingStatus, CreditTransactionBillingStatus::Open);
    QCOMPARE(t->amountInBillingCurrency, std::optional(Money(-550, u"USD"_s)));
    QVERIFY(!t->amountInPricingCurrency);
    QVERIFY(t->invoiceResourceId.isEmpty());
}

void TestArmParsersLenient::subscriptions()
{
    const auto page = parseSubscriptionsPage(QByteArray(R"({"value":[
        {"id":"/subscriptions/11111111-1111-1111-1111-111111111111",
         "subscriptionId":"11111111-1111-1111-1111-111111111111","tenantId":"t",
         "displayName":"Partner sponsorship","state":"Enabled","authorizationSource":"RoleBased",
         "subscriptionPolicies":{"locationPlacementId":"Public_2014-09-01",
                                 "quotaId":"Sponsored_2016-01-01","spendingLimit":"On"}},
        {"id":"/subscriptions/22222222-2222-2222-2222-222222222222","displayName":"PAYG",
         "state":"Warned","subscriptionPolicies":{"quotaId":"PayAsYouGo_2014-09-01"}},
        {"displayName":"no id"}
    ],"nextLink":"https://management.azure.com/subscriptions?api-version=2022-12-01&$skiptoken=x"})"));
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 2);
    QCOMPARE(page->skippedRows, 1);
    QVERIFY(page->hasNextPage());
    const Subscription &s = page->items.at(0);
    QCOMPARE(s.subscriptionId, u"11111111-1111-1111-1111-111111111111"_s);
    QCOMPARE(s.displayName, u"Partner sponsorship"_s);
    QCOMPARE(s.state, u"Enabled"_s);
    QCOMPARE(s.quotaId, u"Sponsored_2016-01-01"_s);
    QCOMPARE(s.spendingLimit, u"On"_s);
    QCOMPARE(s.tenantId, u"t"_s);
    QVERIFY(s.isSponsorship());
    const Subscription &p = page->items.at(1);
    QCOMPARE(p.subscriptionId, u"22222222-2222-2222-2222-222222222222"_s); // from id
    QVERIFY(!p.isSponsorship());
}

void TestArmParsersLenient::customers()
{
    const auto page = parseCustomersPage(QByteArray(R"({"value":[
        {"id":"/providers/Microsoft.Billing/billingAccounts/pa:1_2019-05-31/customers/c-1",
         "name":"c-1","type":"Microsoft.Billing/billingAccounts/customers",
         "properties":{"displayName":" Fabrikam ","billingProfileDisplayName":"Partner BP",
         "billingProfileId":"/providers/Microsoft.Billing/billingAccounts/pa:1_2019-05-31/billingProfiles/BP",
         "systemId":"S-1","status":"Active"}}]})"));
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    const BillingCustomer &c = page->items.at(0);
    QCOMPARE(c.name, u"c-1"_s);
    QCOMPARE(c.billingAccountId, u"pa:1_2019-05-31"_s);
    QCOMPARE(c.displayName, u"Fabrikam"_s);
    QCOMPARE(c.billingProfileDisplayName, u"Partner BP"_s);
    QVERIFY(c.billingProfileId.endsWith("/billingProfiles/BP"_L1));
    QCOMPARE(c.systemId, u"S-1"_s);
    QCOMPARE(c.status, u"Active"_s);
}

void TestArmParsersLenient::messagesAreUserFacing()
{
    const auto r = parseLotsPage(QByteArrayLiteral("{\"value\":[1,2"));
    QVERIFY(!r.ok());
    // Says what happened in words, plus where, for support.
    QVERIFY(r.error().message.startsWith("The service sent a response CreditDesk cannot read"_L1));
    QVERIFY(r.error().message.contains("JSON"_L1));
    const auto shape = parseLotsPage(QByteArrayLiteral("{}"));
    QVERIFY(shape.error().message.contains("\"value\""_L1));
}

QTEST_GUILESS_MAIN(TestArmParsersLenient)
#include "tst_armparsers_lenient.moc"
