#include "azure/armparsers.h"

#include "azure/armresponse_p.h"
#include "azure/jsonreaders.h"
#include "azure/streamrows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace CreditDesk {

using Json::armIdSegment;
using Json::readAmount;
using Json::readAmountWithExchangeRate;
using Json::readBool;
using Json::readDateTime;
using Json::readObject;
using Json::readPrice;
using Json::readString;
using Json::readText;
using Json::StringPool;

namespace {

using namespace ArmResponse;

QString currencyField(const QJsonObject &o, QLatin1StringView key, StringPool &pool)
{
    return pool.intern(Money::normalizedCurrency(readString(o, key)));
}

Reseller readReseller(const QJsonObject &p, StringPool &pool)
{
    const QJsonObject r = readObject(p, "reseller"_L1);
    return Reseller { readString(r, "resellerId"_L1, &pool), readText(r, "resellerDescription"_L1, &pool) };
}

std::optional<BillingAccount> readBillingAccount(const QJsonObject &row, StringPool &pool)
{
    const auto e = readEnvelope(row);
    if (!e)
        return std::nullopt;
    const QJsonObject &p = e->properties;
    BillingAccount a;
    a.id = e->id;
    a.name = e->name.isEmpty() ? armIdSegment(e->id, "billingAccounts"_L1) : e->name;
    a.displayName = readString(p, "displayName"_L1);
    a.agreementTypeRaw = readString(p, "agreementType"_L1, &pool);
    a.agreementType = agreementTypeFromString(a.agreementTypeRaw);
    a.accountStatus = readString(p, "accountStatus"_L1, &pool);
    a.accountType = readString(p, "accountType"_L1, &pool);
    a.hasReadAccess = Json::readOptionalBool(p, "hasReadAccess"_L1);
    return a;
}

std::optional<BillingProfile> readBillingProfile(const QJsonObject &row, StringPool &pool)
{
    const auto e = readEnvelope(row);
    if (!e)
        return std::nullopt;
    const QJsonObject &p = e->properties;
    BillingProfile b;
    b.id = e->id;
    b.name = e->name.isEmpty() ? armIdSegment(e->id, "billingProfiles"_L1) : e->name;
    b.billingAccountId = armIdSegment(e->id, "billingAccounts"_L1);
    b.displayName = readString(p, "displayName"_L1);
    b.currency = currencyField(p, "currency"_L1, pool);
    b.status = readString(p, "status"_L1, &pool);
    b.statusReasonCode = readString(p, "statusReasonCode"_L1, &pool);
    b.billingRelationshipType = readString(p, "billingRelationshipType"_L1, &pool);
    b.systemId = readString(p, "systemId"_L1);
    b.poNumber = readString(p, "poNumber"_L1);
    b.spendingLimit = readString(p, "spendingLimit"_L1, &pool);
    b.invoiceDay = Json::readInt(p, "invoiceDay"_L1);
    b.hasReadAccess = Json::readOptionalBool(p, "hasReadAccess"_L1);
    for (const QJsonValue &plan : p.value("enabledAzurePlans"_L1).toArray()) {
        const QString description = readString(plan.toObject(), "skuDescription"_L1, &pool);
        if (!description.isEmpty())
            b.enabledAzurePlans.append(description);
    }
    const QJsonObject indirect = readObject(p, "indirectRelationshipInfo"_L1);
    b.indirectBillingAccountName = readString(indirect, "billingAccountName"_L1);
    b.indirectBillingProfileName = readString(indirect, "billingProfileName"_L1);
    b.indirectDisplayName = readString(indirect, "displayName"_L1);
    return b;
}

std::optional<BillingCustomer> readCustomer(const QJsonObject &row, StringPool &pool)
{
    const auto e = readEnvelope(row);
    if (!e)
        return std::nullopt;
    const QJsonObject &p = e->properties;
    BillingCustomer c;
    c.id = e->id;
    c.name = e->name.isEmpty() ? armIdSegment(e->id, "customers"_L1) : e->name;
    c.billingAccountId = armIdSegment(e->id, "billingAccounts"_L1);
    c.displayName = readString(p, "displayName"_L1);
    c.billingProfileId = readString(p, "billingProfileId"_L1, &pool);
    c.billingProfileDisplayName = readString(p, "billingProfileDisplayName"_L1, &pool);
    c.systemId = readString(p, "systemId"_L1);
    c.status = readString(p, "status"_L1, &pool);
    return c;
}

// `GET /subscriptions` rows are flat: no properties envelope.
std::optional<Subscription> readSubscription(const QJsonObject &row, StringPool &pool)
{
    Subscription s;
    s.id = readString(row, "id"_L1);
    s.subscriptionId = readString(row, "subscriptionId"_L1);
    if (s.subscriptionId.isEmpty())
        s.subscriptionId = armIdSegment(s.id, "subscriptions"_L1);
    if (s.subscriptionId.isEmpty())
        return std::nullopt;
    s.tenantId = readString(row, "tenantId"_L1, &pool);
    s.displayName = readString(row, "displayName"_L1);
    s.state = readString(row, "state"_L1, &pool);
    s.authorizationSource = readString(row, "authorizationSource"_L1, &pool);
    const QJsonObject policies = readObject(row, "subscriptionPolicies"_L1);
    s.quotaId = readString(policies, "quotaId"_L1, &pool);
    s.spendingLimit = readString(policies, "spendingLimit"_L1, &pool);
    return s;
}

std::optional<BenefitsCredit> readBenefitsCredit(const QJsonObject &row, StringPool &pool)
{
    const auto e = readEnvelope(row);
    if (!e)
        return std::nullopt;
    const QJsonObject &p = e->properties;
    BenefitsCredit c;
    c.id = e->id;
    c.name = e->name;
    c.type = readString(row, "type"_L1, &pool);
    c.location = readString(row, "location"_L1, &pool);
    c.resourceId = readString(p, "resourceId"_L1);
    // Take subscription and group as a pair from whichever id names the group: list-by-
    // subscription ids and applicableCredits ids lack it, properties.resourceId has it.
    const QString &where = armIdSegment(c.id, "resourceGroups"_L1).isEmpty()
            && !armIdSegment(c.resourceId, "resourceGroups"_L1).isEmpty()
        ? c.resourceId
        : c.id;
    c.subscriptionId = pool.intern(armIdSegment(where, "subscriptions"_L1));
    c.resourceGroup = pool.intern(armIdSegment(where, "resourceGroups"_L1));

    c.displayName = readString(p, "displayName"_L1);
    c.statusRaw = readString(p, "status"_L1, &pool);
    c.status = benefitsCreditStatusFromString(c.statusRaw);
    c.provisioningState = readString(p, "provisioningState"_L1, &pool);
    c.credit = readPrice(p, "credit"_L1, &pool).value_or(Money());
    c.creditGrain = readString(readObject(p, "credit"_L1), "grain"_L1, &pool);
    c.consumed = readPrice(p, "consumed"_L1, &pool);
    c.consumedPercentage = Json::readDouble(readObject(p, "consumed"_L1), "percentage"_L1);
    c.startAt = readDateTime(p, "startAt"_L1);
    c.endAt = readDateTime(p, "endAt"_L1);
    c.billingAccountResourceId = readString(p, "billingAccountResourceId"_L1, &pool);
    c.billingProfileResourceId = readString(p, "billingProfileResourceId"_L1, &pool);
    c.customerResourceId = readString(p, "customerResourceId"_L1, &pool);
    c.appliedScopeType = readString(p, "appliedScopeType"_L1, &pool);
    c.systemId = readString(p, "systemId"_L1);
    c.orderId = readString(p, "orderId"_L1);
    c.fundingSystemId = readString(p, "fundingSystemId"_L1);
    c.invitationId = readString(p, "invitationId"_L1);
    c.productCode = readString(p, "productCode"_L1, &pool);
    const QJsonObject reason = readObject(p, "reason"_L1);
    c.reasonCode = readString(reason, "code"_L1);
    c.reasonDescription = readText(reason, "description"_L1);
    const QJsonObject policies = readObject(p, "policies"_L1);
    c.redemptionPolicy = readString(policies, "redemption"_L1, &pool);
    c.expirationPolicy = readString(policies, "expiration"_L1, &pool);
    const QJsonObject product = readObject(p, "productDetails"_L1);
    c.skuTitle = readString(product, "skuTitle"_L1, &pool);
    c.productFamily = readString(product, "productFamily"_L1, &pool);
    c.productType = readString(product, "productType"_L1, &pool);
    c.appliedOn = Json::readStringList(product, "appliedOn"_L1);
    c.appliedPrice = readString(product, "appliedPrice"_L1, &pool);
    const QJsonObject systemData = readObject(row, "systemData"_L1);
    c.createdAt = readDateTime(systemData, "createdAt"_L1);
    c.lastModifiedAt = readDateTime(systemData, "lastModifiedAt"_L1);
    const QJsonObject tags = readObject(row, "tags"_L1);
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it) {
        if (it.value().isString())
            c.tags.insert(it.key(), it.value().toString());
    }
    return c;
}

std::optional<BenefitsCreditTransaction> readBenefitsCreditTransaction(const QJsonObject &row, StringPool &pool)
{
    const auto e = readEnvelope(row);
    if (!e)
        return std::nullopt;
    const QJsonObject &p = e->properties;
    BenefitsCreditTransaction t;
    t.id = e->id;
    t.name = e->name;
    t.subscriptionId = pool.intern(armIdSegment(e->id, "subscriptions"_L1));
    t.resourceGroup = pool.intern(armIdSegment(e->id, "resourceGroups"_L1));
    t.creditName = pool.intern(armIdSegment(e->id, "credits"_L1));
    t.date = readDateTime(p, "date"_L1);
    t.chargeTypeRaw = readString(p, "chargeType"_L1, &pool);
    t.chargeType = creditTransactionChargeTypeFromString(t.chargeTypeRaw);
    t.billingStatusRaw = readString(p, "billingStatus"_L1, &pool);
    t.billingStatus = creditTransactionBillingStatusFromString(t.billingStatusRaw);
    t.invoiceResourceId = readString(p, "invoiceResourceId"_L1, &pool);
    t.amountInBillingCurrency = readPrice(p, "amountInBillingCurrency"_L1, &pool);
    t.amountInPricingCurrency = readPrice(p, "amountInPricingCurrency"_L1, &pool);
    t.productCode = readString(p, "productCode"_L1, &pool);
    const QJsonObject product = readObject(p, "productDetails"_L1);
    t.skuTitle = readString(product, "skuTitle"_L1, &pool);
    t.productFamily = readString(product, "productFamily"_L1, &pool);
    t.productType = readString(product, "productType"_L1, &pool);
    t.serviceFamily = readString(product, "serviceFamily"_L1, &pool);
    t.publisherType = readString(product, "publisherType"_L1, &pool);
    t.provisioningState = readString(p, "provisioningState"_L1, &pool);
    return t;
}

std::optional<CreditSummary> readCreditSummary(const QJsonObject &root, StringPool &pool)
{
    const auto e = readEnvelope(root);
    if (!e)
        return std::nullopt;
    const QJsonObject &p = e->properties;
    CreditSummary s;
    s.id = e->id;
    s.name = e->name;
    s.creditCurrency = currencyField(p, "creditCurrency"_L1, pool);
    s.billingCurrency = currencyField(p, "billingCurrency"_L1, pool);
    const QJsonObject balance = readObject(p, "balanceSummary"_L1);
    s.estimatedBalance = readAmount(balance, "estimatedBalance"_L1, &pool, s.creditCurrency);
    s.currentBalance = readAmount(balance, "currentBalance"_L1, &pool, s.creditCurrency);
    s.estimatedBalanceInBillingCurrency
        = readAmountWithExchangeRate(balance, "estimatedBalanceInBillingCurrency"_L1, &pool, s.billingCurrency);
    s.pendingCreditAdjustments = readAmount(p, "pendingCreditAdjustments"_L1, &pool, s.creditCurrency);
    s.expiredCredit = readAmount(p, "expiredCredit"_L1, &pool, s.creditCurrency);
    s.pendingEligibleCharges = readAmount(p, "pendingEligibleCharges"_L1, &pool, s.creditCurrency);
    s.reseller = readReseller(p, pool);
    s.isEstimatedBalance = readBool(p, "isEstimatedBalance"_L1);
    s.eTag = readString(p, "eTag"_L1);
    return s;
}

// EA balances are bare decimals next to one `currency`, not `{currency, value}` objects.
std::optional<EaBalance> readEaBalance(const QJsonObject &root, StringPool &pool)
{
    const auto e = readEnvelope(root);
    if (!e)
        return std::nullopt;
    const QJsonObject &p = e->properties;
    EaBalance b;
    b.id = e->id;
    b.name = e->name;
    b.billingPeriod = armIdSegment(e->id, "billingPeriods"_L1);
    b.currency = currencyField(p, "currency"_L1, pool);
    auto money = [&](const QJsonObject &o, QLatin1StringView key) -> std::optional<Money> {
        if (b.currency.isEmpty())
            return std::nullopt;
        return Money::fromJson(o.value(key), b.currency);
    };
    b.beginningBalance = money(p, "beginningBalance"_L1);
    b.endingBalance = money(p, "endingBalance"_L1);
    b.newPurchases = money(p, "newPurchases"_L1);
    b.adjustments = money(p, "adjustments"_L1);
    b.utilized = money(p, "utilized"_L1);
    b.serviceOverage = money(p, "serviceOverage"_L1);
    b.chargesBilledSeparately = money(p, "chargesBilledSeparately"_L1);
    b.totalOverage = money(p, "totalOverage"_L1);
    b.totalUsage = money(p, "totalUsage"_L1);
    b.azureMarketplaceServiceCharges = money(p, "azureMarketplaceServiceCharges"_L1);
    b.overageRefund = money(p, "overageRefund"_L1);
    b.billingFrequency = readString(p, "billingFrequency"_L1);
    b.priceHidden = Json::readOptionalBool(p, "priceHidden"_L1);
    auto details = [&](QLatin1StringView key) {
        QList<EaBalanceDetail> out;
        for (const QJsonValue &item : p.value(key).toArray()) {
            const QJsonObject o = item.toObject();
            EaBalanceDetail d { readString(o, "name"_L1), money(o, "value"_L1) };
            if (!d.name.isEmpty() || d.value)
                out.append(std::move(d));
        }
        return out;
    };
    b.newPurchasesDetails = details("newPurchasesDetails"_L1);
    b.adjustmentDetails = details("adjustmentDetails"_L1);
    return b;
}

} // namespace

Result<Page<Lot>> parseLotsPage(const QByteArray &json)
{
    return parseStreamedPage<Lot>(json, StreamRows::readLot);
}

Result<Page<CreditEvent>> parseEventsPage(const QByteArray &json)
{
    return parseStreamedPage<CreditEvent>(json, StreamRows::readEvent);
}

Result<Page<BillingAccount>> parseBillingAccountsPage(const QByteArray &json)
{
    return parsePage<BillingAccount>(json, readBillingAccount);
}

Result<Page<BillingProfile>> parseBillingProfilesPage(const QByteArray &json)
{
    return parsePage<BillingProfile>(json, readBillingProfile);
}

Result<Page<BillingCustomer>> parseCustomersPage(const QByteArray &json)
{
    return parsePage<BillingCustomer>(json, readCustomer);
}

Result<Page<Subscription>> parseSubscriptionsPage(const QByteArray &json)
{
    return parsePage<Subscription>(json, readSubscription);
}

Result<Page<BenefitsCredit>> parseBenefitsCreditsPage(const QByteArray &json)
{
    return parsePage<BenefitsCredit>(json, readBenefitsCredit);
}

Result<BenefitsCredit> parseBenefitsCredit(const QByteArray &json)
{
    return parseSingle<BenefitsCredit>(json, readBenefitsCredit);
}

Result<Page<BenefitsCreditTransaction>> parseBenefitsCreditTransactionsPage(const QByteArray &json)
{
    return parsePage<BenefitsCreditTransaction>(json, readBenefitsCreditTransaction);
}

Result<BenefitsCreditTransaction> parseBenefitsCreditTransaction(const QByteArray &json)
{
    return parseSingle<BenefitsCreditTransaction>(json, readBenefitsCreditTransaction);
}

Result<std::optional<CreditSummary>> parseCreditSummary(int httpStatus, const QByteArray &json)
{
    if (httpStatus == 204 || isBlank(json))
        return std::optional<CreditSummary>();
    if (httpStatus != 0 && (httpStatus < 200 || httpStatus > 299)) {
        return unexpected(
            QCoreApplication::translate("ArmParsers", "HTTP status %1 is not a balance summary.").arg(httpStatus));
    }
    auto summary = parseSingle<CreditSummary>(json, readCreditSummary);
    if (!summary)
        return summary.error();
    return std::optional<CreditSummary>(std::move(summary).value());
}

Result<EaBalance> parseEaBalance(const QByteArray &json)
{
    return parseSingle<EaBalance>(json, readEaBalance);
}

} // namespace CreditDesk
