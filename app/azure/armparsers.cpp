#include "azure/armparsers.h"

#include "azure/armresponse_p.h"
#include "azure/consumptionrows_p.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {

using namespace ArmResponse;
using Json::armIdSegment;

bool readBillingAccount(Reader &r, Value row, BillingAccount *a)
{
    if (!readEnvelope(r, row, &a->id, &a->name, [&](Value p) {
            r.forEachField(p, [&](std::string_view key, Value v) {
                if (key == "displayName")
                    a->displayName = r.text(v);
                else if (key == "agreementType")
                    a->agreementTypeRaw = r.text(v, true, true);
                else if (key == "accountStatus")
                    a->accountStatus = r.text(v, true, true);
                else if (key == "accountType")
                    a->accountType = r.text(v, true, true);
                else if (key == "hasReadAccess")
                    a->hasReadAccess = r.optionalBool(v);
                else
                    r.skip(v);
            });
        })) {
        return false;
    }
    if (a->name.isEmpty())
        a->name = armIdSegment(a->id, "billingAccounts"_L1);
    a->agreementType = agreementTypeFromString(a->agreementTypeRaw);
    return true;
}

bool readBillingProfile(Reader &r, Value row, BillingProfile *b)
{
    if (!readEnvelope(r, row, &b->id, &b->name, [&](Value p) {
            r.forEachField(p, [&](std::string_view key, Value v) {
                if (key == "displayName") {
                    b->displayName = r.text(v);
                } else if (key == "currency") {
                    b->currency = r.currency(v);
                } else if (key == "status") {
                    b->status = r.text(v, true, true);
                } else if (key == "statusReasonCode") {
                    b->statusReasonCode = r.text(v, true, true);
                } else if (key == "billingRelationshipType") {
                    b->billingRelationshipType = r.text(v, true, true);
                } else if (key == "systemId") {
                    b->systemId = r.text(v);
                } else if (key == "poNumber") {
                    b->poNumber = r.text(v);
                } else if (key == "spendingLimit") {
                    b->spendingLimit = r.text(v, true, true);
                } else if (key == "invoiceDay") {
                    b->invoiceDay = r.integer(v);
                } else if (key == "hasReadAccess") {
                    b->hasReadAccess = r.optionalBool(v);
                } else if (key == "enabledAzurePlans") {
                    b->enabledAzurePlans.clear();
                    r.forEachElement(v, [&](Value plan) {
                        QString description;
                        r.forEachField(plan, [&](std::string_view planKey, Value pv) {
                            if (planKey == "skuDescription")
                                description = r.text(pv, true, true);
                            else
                                r.skip(pv);
                        });
                        if (!description.isEmpty())
                            b->enabledAzurePlans.append(description);
                    });
                } else if (key == "indirectRelationshipInfo") {
                    b->indirectBillingAccountName.clear();
                    b->indirectBillingProfileName.clear();
                    b->indirectDisplayName.clear();
                    r.forEachField(v, [&](std::string_view infoKey, Value iv) {
                        if (infoKey == "billingAccountName")
                            b->indirectBillingAccountName = r.text(iv);
                        else if (infoKey == "billingProfileName")
                            b->indirectBillingProfileName = r.text(iv);
                        else if (infoKey == "displayName")
                            b->indirectDisplayName = r.text(iv);
                        else
                            r.skip(iv);
                    });
                } else {
                    r.skip(v);
                }
            });
        })) {
        return false;
    }
    if (b->name.isEmpty())
        b->name = armIdSegment(b->id, "billingProfiles"_L1);
    b->billingAccountId = armIdSegment(b->id, "billingAccounts"_L1);
    return true;
}

bool readCustomer(Reader &r, Value row, BillingCustomer *c)
{
    if (!readEnvelope(r, row, &c->id, &c->name, [&](Value p) {
            r.forEachField(p, [&](std::string_view key, Value v) {
                if (key == "displayName")
                    c->displayName = r.text(v);
                else if (key == "billingProfileId")
                    c->billingProfileId = r.text(v, true, true);
                else if (key == "billingProfileDisplayName")
                    c->billingProfileDisplayName = r.text(v, true, true);
                else if (key == "systemId")
                    c->systemId = r.text(v);
                else if (key == "status")
                    c->status = r.text(v, true, true);
                else
                    r.skip(v);
            });
        })) {
        return false;
    }
    if (c->name.isEmpty())
        c->name = armIdSegment(c->id, "customers"_L1);
    c->billingAccountId = armIdSegment(c->id, "billingAccounts"_L1);
    return true;
}

// `GET /subscriptions` rows are flat: no properties envelope.
bool readSubscription(Reader &r, Value row, Subscription *s)
{
    const bool isObject = r.forEachField(row, [&](std::string_view key, Value v) {
        if (key == "id") {
            s->id = r.text(v);
        } else if (key == "subscriptionId") {
            s->subscriptionId = r.text(v);
        } else if (key == "tenantId") {
            s->tenantId = r.text(v, true, true);
        } else if (key == "displayName") {
            s->displayName = r.text(v);
        } else if (key == "state") {
            s->state = r.text(v, true, true);
        } else if (key == "authorizationSource") {
            s->authorizationSource = r.text(v, true, true);
        } else if (key == "subscriptionPolicies") {
            s->quotaId.clear();
            s->spendingLimit.clear();
            r.forEachField(v, [&](std::string_view policyKey, Value pv) {
                if (policyKey == "quotaId")
                    s->quotaId = r.text(pv, true, true);
                else if (policyKey == "spendingLimit")
                    s->spendingLimit = r.text(pv, true, true);
                else
                    r.skip(pv);
            });
        } else {
            r.skip(v);
        }
    });
    if (!isObject || !r.ok())
        return false;
    if (s->subscriptionId.isEmpty())
        s->subscriptionId = armIdSegment(s->id, "subscriptions"_L1);
    return !s->subscriptionId.isEmpty();
}

// The `{key: string}` members of `tags`; other values are left out.
QMap<QString, QString> readTags(Reader &r, Value v)
{
    QMap<QString, QString> tags;
    r.forEachField(v, [&](std::string_view key, Value tag) {
        std::string_view text;
        if (r.utf8(tag, &text)) {
            tags.insert(Json::decodeUtf8(QByteArrayView(key.data(), qsizetype(key.size()))),
                        Json::decodeUtf8(QByteArrayView(text.data(), qsizetype(text.size()))));
        }
    });
    return tags;
}

void readBenefitsCreditProperties(Reader &r, Value p, BenefitsCredit *c)
{
    r.forEachField(p, [&](std::string_view key, Value v) {
        if (key == "resourceId") {
            c->resourceId = r.text(v);
        } else if (key == "displayName") {
            c->displayName = r.text(v);
        } else if (key == "status") {
            c->statusRaw = r.text(v, true, true);
        } else if (key == "provisioningState") {
            c->provisioningState = r.text(v, true, true);
        } else if (key == "credit") {
            c->creditGrain.clear();
            c->credit = r.price(v, &c->creditGrain).value_or(Money());
        } else if (key == "consumed") {
            c->consumedPercentage.reset();
            c->consumed = r.price(v, nullptr, &c->consumedPercentage);
        } else if (key == "startAt") {
            c->startAt = r.dateTime(v);
        } else if (key == "endAt") {
            c->endAt = r.dateTime(v);
        } else if (key == "billingAccountResourceId") {
            c->billingAccountResourceId = r.text(v, true, true);
        } else if (key == "billingProfileResourceId") {
            c->billingProfileResourceId = r.text(v, true, true);
        } else if (key == "customerResourceId") {
            c->customerResourceId = r.text(v, true, true);
        } else if (key == "appliedScopeType") {
            c->appliedScopeType = r.text(v, true, true);
        } else if (key == "systemId") {
            c->systemId = r.text(v);
        } else if (key == "orderId") {
            c->orderId = r.text(v);
        } else if (key == "fundingSystemId") {
            c->fundingSystemId = r.text(v);
        } else if (key == "invitationId") {
            c->invitationId = r.text(v);
        } else if (key == "productCode") {
            c->productCode = r.text(v, true, true);
        } else if (key == "reason") {
            c->reasonCode.clear();
            c->reasonDescription.clear();
            r.forEachField(v, [&](std::string_view reasonKey, Value rv) {
                if (reasonKey == "code")
                    c->reasonCode = r.text(rv);
                else if (reasonKey == "description")
                    c->reasonDescription = r.text(rv, false);
                else
                    r.skip(rv);
            });
        } else if (key == "policies") {
            c->redemptionPolicy.clear();
            c->expirationPolicy.clear();
            r.forEachField(v, [&](std::string_view policyKey, Value pv) {
                if (policyKey == "redemption")
                    c->redemptionPolicy = r.text(pv, true, true);
                else if (policyKey == "expiration")
                    c->expirationPolicy = r.text(pv, true, true);
                else
                    r.skip(pv);
            });
        } else if (key == "productDetails") {
            c->skuTitle.clear();
            c->productFamily.clear();
            c->productType.clear();
            c->appliedOn.clear();
            c->appliedPrice.clear();
            r.forEachField(v, [&](std::string_view productKey, Value pv) {
                if (productKey == "skuTitle")
                    c->skuTitle = r.text(pv, true, true);
                else if (productKey == "productFamily")
                    c->productFamily = r.text(pv, true, true);
                else if (productKey == "productType")
                    c->productType = r.text(pv, true, true);
                else if (productKey == "appliedOn")
                    c->appliedOn = r.stringList(pv);
                else if (productKey == "appliedPrice")
                    c->appliedPrice = r.text(pv, true, true);
                else
                    r.skip(pv);
            });
        } else {
            r.skip(v);
        }
    });
}

bool readBenefitsCredit(Reader &r, Value row, BenefitsCredit *c)
{
    const bool ok = readEnvelope(
        r, row, &c->id, &c->name, [&](Value p) { readBenefitsCreditProperties(r, p, c); },
        [&](std::string_view key, Value v) {
            if (key == "type") {
                c->type = r.text(v, true, true);
            } else if (key == "location") {
                c->location = r.text(v, true, true);
            } else if (key == "systemData") {
                c->createdAt = c->lastModifiedAt = QDateTime();
                r.forEachField(v, [&](std::string_view dataKey, Value dv) {
                    if (dataKey == "createdAt")
                        c->createdAt = r.dateTime(dv);
                    else if (dataKey == "lastModifiedAt")
                        c->lastModifiedAt = r.dateTime(dv);
                    else
                        r.skip(dv);
                });
            } else if (key == "tags") {
                c->tags = readTags(r, v);
            } else {
                r.skip(v);
            }
        });
    if (!ok)
        return false;
    c->status = benefitsCreditStatusFromString(c->statusRaw);
    // Take subscription and group as a pair from whichever id names the group: list-by-
    // subscription ids and applicableCredits ids lack it, properties.resourceId has it.
    const QString &where = armIdSegment(c->id, "resourceGroups"_L1).isEmpty()
            && !armIdSegment(c->resourceId, "resourceGroups"_L1).isEmpty()
        ? c->resourceId
        : c->id;
    c->subscriptionId = r.pool().intern(armIdSegment(where, "subscriptions"_L1));
    c->resourceGroup = r.pool().intern(armIdSegment(where, "resourceGroups"_L1));
    return true;
}

bool readBenefitsCreditTransaction(Reader &r, Value row, BenefitsCreditTransaction *t)
{
    const bool ok = readEnvelope(r, row, &t->id, &t->name, [&](Value p) {
        r.forEachField(p, [&](std::string_view key, Value v) {
            if (key == "date") {
                t->date = r.dateTime(v);
            } else if (key == "chargeType") {
                t->chargeTypeRaw = r.text(v, true, true);
            } else if (key == "billingStatus") {
                t->billingStatusRaw = r.text(v, true, true);
            } else if (key == "invoiceResourceId") {
                t->invoiceResourceId = r.text(v, true, true);
            } else if (key == "amountInBillingCurrency") {
                t->amountInBillingCurrency = r.price(v);
            } else if (key == "amountInPricingCurrency") {
                t->amountInPricingCurrency = r.price(v);
            } else if (key == "productCode") {
                t->productCode = r.text(v, true, true);
            } else if (key == "provisioningState") {
                t->provisioningState = r.text(v, true, true);
            } else if (key == "productDetails") {
                t->skuTitle.clear();
                t->productFamily.clear();
                t->productType.clear();
                t->serviceFamily.clear();
                t->publisherType.clear();
                r.forEachField(v, [&](std::string_view productKey, Value pv) {
                    if (productKey == "skuTitle")
                        t->skuTitle = r.text(pv, true, true);
                    else if (productKey == "productFamily")
                        t->productFamily = r.text(pv, true, true);
                    else if (productKey == "productType")
                        t->productType = r.text(pv, true, true);
                    else if (productKey == "serviceFamily")
                        t->serviceFamily = r.text(pv, true, true);
                    else if (productKey == "publisherType")
                        t->publisherType = r.text(pv, true, true);
                    else
                        r.skip(pv);
                });
            } else {
                r.skip(v);
            }
        });
    });
    if (!ok)
        return false;
    t->subscriptionId = r.pool().intern(armIdSegment(t->id, "subscriptions"_L1));
    t->resourceGroup = r.pool().intern(armIdSegment(t->id, "resourceGroups"_L1));
    t->creditName = r.pool().intern(armIdSegment(t->id, "credits"_L1));
    t->chargeType = creditTransactionChargeTypeFromString(t->chargeTypeRaw);
    t->billingStatus = creditTransactionBillingStatusFromString(t->billingStatusRaw);
    return true;
}

} // namespace

Result<Page<Lot>> parseLotsPage(const QByteArray &json)
{
    return parsePage<Lot>(json, ConsumptionRows::readLot);
}

Result<Page<CreditEvent>> parseEventsPage(const QByteArray &json)
{
    return parsePage<CreditEvent>(json, ConsumptionRows::readEvent);
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
    auto summary = parseSingle<CreditSummary>(json, ConsumptionRows::readCreditSummary);
    if (!summary)
        return summary.error();
    return std::optional<CreditSummary>(std::move(summary).value());
}

Result<EaBalance> parseEaBalance(const QByteArray &json)
{
    return parseSingle<EaBalance>(json, ConsumptionRows::readEaBalance);
}

} // namespace CreditDesk
