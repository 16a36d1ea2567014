// The official Microsoft.Billing and Microsoft.BillingBenefits example responses from
// Azure/azure-rest-api-specs, parsed field by field.

#include "azure/armparsers.h"
#include "fixtures.h"

#include <QTest>

using namespace CreditDesk;
using namespace Fixtures;
using namespace Qt::StringLiterals;

class TestArmParsersBilling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void billingAccounts();
    void billingProfiles();
    void benefitsCreditsBySubscription();
    void benefitsCreditsByResourceGroup();
    void benefitsCreditGet();
    void benefitsApplicableCredits();
    void benefitsTransactions();
    void benefitsTransactionGet();
};

void TestArmParsersBilling::billingAccounts()
{
    const auto page = parseBillingAccountsPage(exampleBody(kBilling + u"billingAccountsList.json"_s));
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 3);
    const BillingAccount &a = page->items.at(0);
    QCOMPARE(a.name,
             u"00000000-0000-0000-0000-000000000000:11111111-1111-1111-1111-"
             "111111111111_2019-05-31"_s);
    QCOMPARE(a.id, u"/providers/Microsoft.Billing/billingAccounts/"_s + a.name);
    QCOMPARE(a.displayName, u"Test Account 1"_s);
    QCOMPARE(a.agreementTypeRaw, u"MicrosoftCustomerAgreement"_s);
    QCOMPARE(a.agreementType, AgreementType::MicrosoftCustomerAgreement);
    QVERIFY(a.isMca());
    QCOMPARE(a.accountStatus, u"Active"_s);
    QCOMPARE(a.accountType, u"Enterprise"_s);
    QCOMPARE(a.hasReadAccess, std::optional(true));
    QCOMPARE(page->items.at(1).displayName, u"Test Account 2"_s); // has "soldTo": null
    QCOMPARE(page->items.at(2).displayName, u"Test Account 3"_s);
}

void TestArmParsersBilling::billingProfiles()
{
    const auto page = parseBillingProfilesPage(exampleBody(kBilling + u"billingProfilesListByBillingAccount.json"_s));
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 2);
    const BillingProfile &p = page->items.at(0);
    QCOMPARE(p.name, u"11000000-0000-0000-0000-000000000000"_s);
    QCOMPARE(p.billingAccountId, u"{billingAccountName}"_s);
    QCOMPARE(p.displayName, u"BillingProfile1"_s);
    QCOMPARE(p.billingRelationshipType, u"Direct"_s);
    QCOMPARE(p.currency, u"USD"_s);
    QCOMPARE(p.status, u"Warned"_s);
    QCOMPARE(p.statusReasonCode, u"PastDue"_s);
    QCOMPARE(p.invoiceDay, std::optional(5));
    QCOMPARE(p.poNumber, u"ABC12345"_s);
    QCOMPARE(p.systemId, u"1XXX-11XX-XX1-XXXX-XXX"_s);
    QCOMPARE(p.spendingLimit, u"On"_s);
    QCOMPARE(p.hasReadAccess, std::optional(true));
    QCOMPARE(p.enabledAzurePlans, QStringList({ u"Microsoft Azure Plan"_s, u"Microsoft Azure Plan for DevTest"_s }));
    QVERIFY(p.indirectDisplayName.isEmpty());

    const BillingProfile &p2 = page->items.at(1);
    QCOMPARE(p2.billingRelationshipType, u"IndirectCustomer"_s);
    QCOMPARE(p2.status, u"Active"_s);
    QCOMPARE(p2.spendingLimit, u"Off"_s);
    QCOMPARE(p2.indirectDisplayName, u"Partner1"_s);
    QCOMPARE(p2.indirectBillingProfileName, u"33000000-0000-0000-0000-000000000001"_s);
    QCOMPARE(p2.indirectBillingAccountName,
             u"30000000-0000-0000-0000-000000000001_00000000-0000-0000-0000-000000000000"_s);
}

namespace {

void checkExampleCredit(const BenefitsCredit &c)
{
    QCOMPARE(c.name, u"credit_20231212"_s);
    QCOMPARE(c.type, u"Microsoft.BillingBenefits/credits"_s);
    QCOMPARE(c.location, u"global"_s);
    QCOMPARE(c.subscriptionId, u"97ee05f2-07d5-494d-908c-081a197f4277"_s);
    QCOMPARE(c.displayName, u"Test Credit"_s);
    QCOMPARE(c.statusRaw, u"Pending"_s);
    QCOMPARE(c.status, BenefitsCreditStatus::Pending);
    QCOMPARE(c.credit, Money(2000000, u"USD"_s));
    QCOMPARE(c.creditGrain, u"FullTerm"_s);
    QCOMPARE(c.consumed, usd(125050));
    QCOMPARE(c.remaining(), usd(1874950));
    QVERIFY(!c.consumedPercentage);
    QCOMPARE(c.startAt, utc(2023, 12, 12));
    QCOMPARE(c.endAt, utc(2024, 12, 12));
    QCOMPARE(c.billingAccountResourceId, u"/providers/Microsoft.Billing/billingAccounts/{enrollmentId}"_s);
    QVERIFY(c.billingProfileResourceId.isEmpty());
    QCOMPARE(c.customerResourceId,
             u"/providers/Microsoft.Billing/billingAccounts/00000000-0000-0000-0000-000000000000:"
             "11111111-1111-1111-1111-111111111111_2025-10-28/customers/"
             "22222222-2222-2222-2222-222222222222"_s);
    QCOMPARE(c.productCode, u"0002d726-0000-0160-330f-a0b98cdbbdc4"_s);
    QCOMPARE(c.systemId, u"CR-20250901-00000001"_s);
    QCOMPARE(c.appliedScopeType, u"BillingProfile"_s);
    QCOMPARE(c.skuTitle, u"Azure Credit - Standard"_s);
    QCOMPARE(c.productFamily, u"Azure"_s);
    QCOMPARE(c.productType, u"Benefit"_s);
    QCOMPARE(c.appliedOn, QStringList { u"Consumption"_s });
    QCOMPARE(c.appliedPrice, u"marketPrice"_s);
    QCOMPARE(c.createdAt, utc(2023, 12, 12, 1, 1, 1, 107));
    QCOMPARE(c.lastModifiedAt, utc(2023, 12, 12, 1, 1, 1, 107));
    QCOMPARE(c.tags.value(u"key1"_s), u"value1"_s);
    QCOMPARE(c.tags.value(u"key2"_s), u"value2"_s);
    QVERIFY(c.reasonCode.isEmpty());
    QVERIFY(c.provisioningState.isEmpty());
}

} // namespace

void TestArmParsersBilling::benefitsCreditsBySubscription()
{
    const auto page = parseBenefitsCreditsPage(exampleBody(kBenefitsStable + u"CreditsListBySubscription.json"_s));
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    const BenefitsCredit &c = page->items.at(0);
    checkExampleCredit(c);
    // This example's id has no resourceGroups segment and there is no resourceId to fall
    // back on: the group stays unknown rather than guessed.
    QVERIFY(c.resourceGroup.isEmpty());
    QVERIFY(c.resourceId.isEmpty());
}

void TestArmParsersBilling::benefitsCreditsByResourceGroup()
{
    const auto page
        = parseBenefitsCreditsPage(exampleBody(kBenefits + u"examples/2026-06-01/CreditsListByResourceGroup.json"_s));
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    const BenefitsCredit &c = page->items.at(0);
    checkExampleCredit(c);
    QCOMPARE(c.resourceGroup, u"resource_group_name_01"_s);
}

void TestArmParsersBilling::benefitsCreditGet()
{
    const auto r = parseBenefitsCredit(exampleBody(kBenefitsStable + u"CreditGet.json"_s));
    QVERIFY(r.ok());
    checkExampleCredit(*r);
    QCOMPARE(r->resourceGroup, u"resource_group_name_01"_s);
    QCOMPARE(r->id,
             u"/subscriptions/97ee05f2-07d5-494d-908c-081a197f4277/resourceGroups/"
             "resource_group_name_01/providers/Microsoft.BillingBenefits/credits/"
             "credit_20231212"_s);
}

void TestArmParsersBilling::benefitsApplicableCredits()
{
    const auto page = parseBenefitsCreditsPage(exampleBody(kBenefitsStable + u"CreditListApplicableCredits.json"_s));
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    const BenefitsCredit &c = page->items.at(0);
    QCOMPARE(c.type, u"Microsoft.BillingBenefits/applicableCredits"_s);
    QCOMPARE(c.statusRaw, u"Succeeded"_s);
    QCOMPARE(c.status, BenefitsCreditStatus::Succeeded);
    QCOMPARE(c.reasonCode, u"125"_s);
    QCOMPARE(c.reasonDescription, u"Outage credit (SLA)"_s);
    QCOMPARE(c.resourceId,
             u"/subscriptions/30000000-0000-0000-0000-000000000000/resourceGroups/"
             "testrg/providers/Microsoft.BillingBenefits/credits/"
             "testprimarydiscount"_s);
    // Where the credit really lives comes from properties.resourceId.
    QCOMPARE(c.subscriptionId, u"30000000-0000-0000-0000-000000000000"_s);
    QCOMPARE(c.resourceGroup, u"testrg"_s);
    QCOMPARE(c.billingProfileResourceId,
             u"/providers/Microsoft.Billing/billingAccounts/1185c37e-d180-5aea-03a3-07e2489791a8:"
             "3c9f6394-2029-4f58-bf47-76ebbb03136e_2019-05-31/billingProfiles/6EB6-D7AQ-BG7-TGB"_s);
    QCOMPARE(c.billingAccountResourceId, u"/providers/Microsoft.Billing/billingAccounts/12345678"_s);
    QCOMPARE(c.startAt, utc(2023, 7, 1));
    QCOMPARE(c.endAt, utc(2024, 7, 1, 23, 59, 59));
    QCOMPARE(c.systemId, u"13810867107109237"_s);
    QCOMPARE(c.credit, Money(2000000, u"USD"_s));
    QCOMPARE(c.remaining(), usd(1874950));
}

void TestArmParsersBilling::benefitsTransactions()
{
    const auto page
        = parseBenefitsCreditTransactionsPage(exampleBody(kBenefitsStable + u"CreditTransactionsList.json"_s));
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 2);
    QCOMPARE(page->skippedRows, 0);
    const BenefitsCreditTransaction &t = page->items.at(0);
    QCOMPARE(t.name, u"txn-mc-001"_s);
    QCOMPARE(t.subscriptionId, u"30000000-0000-0000-0000-000000000000"_s);
    QCOMPARE(t.resourceGroup, u"benefits-rg"_s);
    QCOMPARE(t.creditName, u"credit-20250101-001"_s);
    QCOMPARE(t.date, utc(2025, 7, 15, 14, 22));
    QCOMPARE(t.chargeTypeRaw, u"Usage"_s);
    QCOMPARE(t.chargeType, CreditTransactionChargeType::Usage);
    QCOMPARE(t.billingStatusRaw, u"Closed"_s);
    QCOMPARE(t.billingStatus, CreditTransactionBillingStatus::Closed);
    QCOMPARE(t.invoiceResourceId,
             u"/providers/Microsoft.Billing/billingAccounts/20000000-1000-0000-0000-000000000000/"
             "billingProfiles/ABCD-1234-5678-9012/invoices/INV20250001"_s);
    QCOMPARE(t.amountInBillingCurrency, usd(5000));
    QCOMPARE(t.amountInPricingCurrency, usd(5000));
    QCOMPARE(t.productCode, u"UPN242544"_s);
    QCOMPARE(t.skuTitle, u"Standard D2s v3"_s);
    QCOMPARE(t.productFamily, u"Azure"_s);
    QCOMPARE(t.productType, u"Virtual Machines Dv2 Series"_s);
    QCOMPARE(t.serviceFamily, u"Compute"_s);
    QCOMPARE(t.publisherType, u"Microsoft"_s);
    QVERIFY(t.provisioningState.isEmpty());

    const BenefitsCreditTransaction &t2 = page->items.at(1);
    QCOMPARE(t2.name, u"txn-mc-002"_s);
    QCOMPARE(t2.date, utc(2025, 7, 16, 10, 15));
    QCOMPARE(t2.amountInBillingCurrency, usd(12500));
    QCOMPARE(t2.serviceFamily, u"Storage"_s);
    QCOMPARE(t2.skuTitle, u"P30 Disk"_s);
}

void TestArmParsersBilling::benefitsTransactionGet()
{
    const auto r = parseBenefitsCreditTransaction(exampleBody(kBenefitsStable + u"CreditTransactionGet.json"_s));
    QVERIFY(r.ok());
    QCOMPARE(r->name, u"txn-mc-001"_s);
    QCOMPARE(r->resourceGroup, u"credit-rg"_s);
    QCOMPARE(r->creditName, u"credit-20250101-001"_s);
    QCOMPARE(r->invoiceResourceId,
             u"/providers/Microsoft.Billing/billingAccounts/20000000-1000-0000-0000-000000000000/"
             "billingProfiles/DDFF-TTNN-BG7-GGG/invoices/INV-12345"_s);
    QCOMPARE(r->amountInPricingCurrency, usd(5000));
    QCOMPARE(r->date, utc(2025, 7, 15, 14, 22));
}

QTEST_GUILESS_MAIN(TestArmParsersBilling)
#include "tst_armparsers_billing.moc"
