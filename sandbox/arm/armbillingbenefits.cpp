// Tenants and subscriptions (2022-12-01) and Microsoft.BillingBenefits credits and their
// transactions (2026-06-01), in the shapes of CreditGet.json and CreditTransactionsList.json.

#include "arm/armhandlers.h"

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox::Arm {

namespace {

QString subscriptionId(const ResourceCredits &rc, int subscription)
{
    return u"/subscriptions/"_s + rc.subscriptions()[subscription].subscriptionId;
}

QString creditId(const ResourceCredits &rc, int credit)
{
    const ResourceCreditRecord &c = rc.credits()[credit];
    return subscriptionId(rc, c.subscription) + u"/resourceGroups/"_s
        + rc.subscriptions()[c.subscription].resourceGroups[c.resourceGroup]
        + u"/providers/Microsoft.BillingBenefits/credits/"_s + c.name;
}

void writePrice(JsonWriter &w, QLatin1StringView key, const QString &currency, qint64 minor, int decimals)
{
    w.key(key).beginObject().field("currencyCode"_L1, currency);
    w.key("amount"_L1).money(minor, decimals);
    w.endObject();
}

void writeSubscription(JsonWriter &w, const Dataset &dataset, int index)
{
    const SubscriptionRecord &s = dataset.resourceCredits().subscriptions()[index];
    w.beginObject()
        .field("id"_L1, subscriptionId(dataset.resourceCredits(), index))
        .field("authorizationSource"_L1, "RoleBased"_L1);
    w.key("managedByTenants"_L1).beginArray().endArray();
    w.field("subscriptionId"_L1, s.subscriptionId)
        .field("tenantId"_L1, dataset.tenantId())
        .field("displayName"_L1, s.displayName)
        .field("state"_L1, s.state);
    w.key("subscriptionPolicies"_L1)
        .beginObject()
        .field("locationPlacementId"_L1, "Public_2014-09-01"_L1)
        .field("quotaId"_L1, s.quotaId)
        .field("spendingLimit"_L1, s.spendingLimit)
        .endObject();
    w.endObject();
}

void writeCredit(JsonWriter &w, const Dataset &dataset, int index)
{
    const ResourceCredits &rc = dataset.resourceCredits();
    const BillingWorld &world = dataset.billing();
    const ResourceCreditRecord &c = rc.credits()[index];
    const QString id = creditId(rc, index);
    const QDate start = QDate::fromJulianDay(c.startDay);
    w.beginObject()
        .field("name"_L1, c.name)
        .field("type"_L1, "Microsoft.BillingBenefits/credits"_L1)
        .field("id"_L1, id)
        .field("location"_L1, "global"_L1);
    w.key("properties"_L1).beginObject();
    if (c.billingProfile >= 0) {
        w.field("billingAccountResourceId"_L1, accountId(world, world.profiles()[c.billingProfile].account))
            .field("billingProfileResourceId"_L1, profileId(world, c.billingProfile));
    }
    w.key("credit"_L1).beginObject();
    w.key("amount"_L1).money(c.amount, c.decimals);
    w.field("currencyCode"_L1, c.currency).field("grain"_L1, "FullTerm"_L1);
    w.endObject();
    w.dateField("endAt"_L1, QDate::fromJulianDay(c.endDay))
        .field("productCode"_L1, c.productCode)
        .field("displayName"_L1, c.displayName)
        .dateField("startAt"_L1, start)
        .field("status"_L1, c.status);
    w.key("policies"_L1)
        .beginObject()
        .field("redemption"_L1, "AutoRedeem"_L1)
        .field("expiration"_L1, c.kind == ResourceCreditKind::AzurePrepayment ? "SuspendBillingProfile"_L1 : "None"_L1)
        .endObject();
    w.key("productDetails"_L1)
        .beginObject()
        .field("skuTitle"_L1, resourceCreditKindSkuTitle(c.kind))
        .field("productFamily"_L1, "Azure"_L1)
        .field("productType"_L1, "Benefit"_L1);
    w.key("appliedOn"_L1).beginArray().value("Consumption"_L1).endArray();
    w.field("appliedPrice"_L1, "MarketPrice"_L1).endObject();
    if (c.hasConsumed)
        writePrice(w, "consumed"_L1, c.currency, c.consumed, c.decimals);
    w.field("appliedScopeType"_L1, "BillingProfile"_L1)
        .field("systemId"_L1, c.systemId)
        .field("orderId"_L1, c.orderId)
        .field("resourceId"_L1, id)
        .field("provisioningState"_L1, "Succeeded"_L1);
    w.endObject();
    w.key("systemData"_L1)
        .beginObject()
        .field("createdBy"_L1, c.createdBy)
        .field("createdByType"_L1, "User"_L1)
        .key("createdAt"_L1)
        .isoDate(start, 3600 + index * 97 % 7200)
        .field("lastModifiedBy"_L1, c.createdBy)
        .field("lastModifiedByType"_L1, "User"_L1)
        .key("lastModifiedAt"_L1)
        .isoDate(start, 3600 + index * 97 % 7200)
        .endObject();
    w.key("tags"_L1).beginObject();
    if (c.kind == ResourceCreditKind::PartnerSponsorship)
        w.field("program"_L1, "MAICPP"_L1);
    w.endObject();
    w.endObject();
}

void writeTransaction(JsonWriter &w, const Dataset &dataset, int index)
{
    const ResourceCredits &rc = dataset.resourceCredits();
    const BillingWorld &world = dataset.billing();
    const CreditTransactionRecord &t = rc.transactions()[index];
    const ResourceCreditRecord &c = rc.credits()[t.credit];
    const CreditSku &sku = creditSkus()[t.sku];
    const QDate day = QDate::fromJulianDay(t.day);
    // Refund rows carry negative amounts: they give consumption back.
    const qint64 amount = t.refund ? -t.amount : t.amount;
    w.beginObject()
        .field("id"_L1, creditId(rc, t.credit) + u"/transactions/"_s + t.name)
        .field("name"_L1, t.name)
        .field("type"_L1, "Microsoft.BillingBenefits/credits/transactions"_L1)
        .key("properties"_L1)
        .beginObject()
        .key("date"_L1)
        .isoDate(day, t.secondsOfDay)
        .field("chargeType"_L1, t.refund ? "Refund"_L1 : "Usage"_L1)
        .field("billingStatus"_L1, t.closed ? "Closed"_L1 : "Open"_L1);
    if (t.closed && c.billingProfile >= 0) {
        w.field("invoiceResourceId"_L1,
                profileId(world, c.billingProfile) + u"/invoices/"_s + world.invoiceNumber(c.billingProfile, day));
    }
    writePrice(w, "amountInBillingCurrency"_L1, c.currency, amount, c.decimals);
    writePrice(w, "amountInPricingCurrency"_L1, c.currency, amount, c.decimals);
    w.field("productCode"_L1, sku.productCode);
    w.key("productDetails"_L1)
        .beginObject()
        .field("skuTitle"_L1, sku.skuTitle)
        .field("productFamily"_L1, "Azure"_L1)
        .field("productType"_L1, sku.productType)
        .field("serviceFamily"_L1, sku.serviceFamily)
        .field("publisherType"_L1, "Microsoft"_L1)
        .endObject();
    w.endObject().endObject();
}

Response subscriptionNotFound(const QString &id)
{
    return error(404, u"SubscriptionNotFound"_s, u"The subscription '"_s + id + u"' could not be found."_s);
}

/// Resolves {subscription, group[, credit]}; on failure `failure` holds the 404.
struct CreditPath
{
    int subscription = -1;
    int group = -1;
    int credit = -1;
    std::optional<Response> failure;
};

CreditPath resolve(const Context &c, const Params &params, bool withCredit)
{
    const ResourceCredits &rc = c.dataset.resourceCredits();
    CreditPath path;
    path.subscription = rc.findSubscription(params.value(0));
    if (path.subscription < 0) {
        path.failure = subscriptionNotFound(params.value(0));
        return path;
    }
    path.group = rc.findResourceGroup(path.subscription, params.value(1));
    if (path.group < 0) {
        path.failure = error(404, u"ResourceGroupNotFound"_s,
                             u"Resource group '"_s + params.value(1) + u"' could not be found."_s);
        return path;
    }
    if (withCredit) {
        path.credit = rc.findCredit(path.subscription, path.group, params.value(2));
        if (path.credit < 0) {
            path.failure = error(404, u"ResourceNotFound"_s,
                                 u"The Resource 'Microsoft.BillingBenefits/credits/"_s + params.value(2)
                                     + u"' under resource group '"_s + params.value(1) + u"' was not found."_s);
        }
    }
    return path;
}

} // namespace

Response listTenants(const Context &c, const Params &)
{
    const Dataset &dataset = c.dataset;
    return pagedList(c, 1, [&dataset](JsonWriter &w, qsizetype) {
        w.beginObject()
            .field("id"_L1, u"/tenants/"_s + dataset.tenantId())
            .field("tenantId"_L1, dataset.tenantId())
            .field("countryCode"_L1, "US"_L1)
            .field("displayName"_L1, QString(dataset.organizationName() + u" (Sandbox)"_s));
        w.key("domains"_L1).beginArray().value(dataset.tenantDomain()).value(dataset.customDomain()).endArray();
        w.field("tenantCategory"_L1, "Home"_L1)
            .field("defaultDomain"_L1, dataset.tenantDomain())
            .field("tenantType"_L1, "AAD"_L1)
            .endObject();
    });
}

Response listSubscriptions(const Context &c, const Params &)
{
    const Dataset &dataset = c.dataset;
    Response page
        = pagedList(c, dataset.resourceCredits().subscriptions().size(),
                    [&dataset](JsonWriter &w, qsizetype i) { writeSubscription(w, dataset, static_cast<int>(i)); });
    if (page.status == 200 && page.body.endsWith('}')) {
        // The subscriptions list also reports the total count.
        page.body.chop(1);
        page.body += ",\"count\":{\"type\":\"Total\",\"value\":"
            + QByteArray::number(dataset.resourceCredits().subscriptions().size()) + "}}";
    }
    return page;
}

Response getSubscription(const Context &c, const Params &params)
{
    const int subscription = c.dataset.resourceCredits().findSubscription(params.value(0));
    if (subscription < 0)
        return subscriptionNotFound(params.value(0));
    JsonWriter w;
    writeSubscription(w, c.dataset, subscription);
    return jsonResponse(w.take());
}

Response listCreditsBySubscription(const Context &c, const Params &params)
{
    const ResourceCredits &rc = c.dataset.resourceCredits();
    const int subscription = rc.findSubscription(params.value(0));
    if (subscription < 0)
        return subscriptionNotFound(params.value(0));
    const IndexRange range = rc.subscriptions()[subscription].credits;
    const Dataset &dataset = c.dataset;
    return pagedList(c, range.size(), [&dataset, range](JsonWriter &w, qsizetype i) {
        writeCredit(w, dataset, static_cast<int>(range.begin + i));
    });
}

Response listCreditsByResourceGroup(const Context &c, const Params &params)
{
    const CreditPath path = resolve(c, params, false);
    if (path.failure)
        return *path.failure;
    const ResourceCredits &rc = c.dataset.resourceCredits();
    const IndexRange all = rc.subscriptions()[path.subscription].credits;
    IndexRange range { all.end, all.end };
    for (qsizetype i = all.begin; i < all.end; ++i) {
        if (rc.credits()[i].resourceGroup == path.group) {
            range.begin = qMin(range.begin, i);
            range.end = i + 1;
        }
    }
    if (range.begin > range.end)
        range.begin = range.end;
    const Dataset &dataset = c.dataset;
    return pagedList(c, range.size(), [&dataset, range](JsonWriter &w, qsizetype i) {
        writeCredit(w, dataset, static_cast<int>(range.begin + i));
    });
}

Response getCredit(const Context &c, const Params &params)
{
    const CreditPath path = resolve(c, params, true);
    if (path.failure)
        return *path.failure;
    JsonWriter w;
    writeCredit(w, c.dataset, path.credit);
    return jsonResponse(w.take());
}

Response listCreditTransactions(const Context &c, const Params &params)
{
    const CreditPath path = resolve(c, params, true);
    if (path.failure)
        return *path.failure;
    const IndexRange range = c.dataset.resourceCredits().credits()[path.credit].transactions;
    const Dataset &dataset = c.dataset;
    return pagedList(c, range.size(), [&dataset, range](JsonWriter &w, qsizetype i) {
        writeTransaction(w, dataset, static_cast<int>(range.begin + i));
    });
}

Response getCreditTransaction(const Context &c, const Params &params)
{
    const CreditPath path = resolve(c, params, true);
    if (path.failure)
        return *path.failure;
    const int transaction = c.dataset.resourceCredits().findTransaction(path.credit, params.value(3));
    if (transaction < 0) {
        return error(404, u"ResourceNotFound"_s,
                     u"The Resource 'Microsoft.BillingBenefits/credits/"_s + params.value(2) + u"/transactions/"_s
                         + params.value(3) + u"' under resource group '"_s + params.value(1) + u"' was not found."_s);
    }
    JsonWriter w;
    writeTransaction(w, c.dataset, transaction);
    return jsonResponse(w.take());
}

} // namespace CreditDesk::Sandbox::Arm
