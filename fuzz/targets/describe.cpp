#include "describe.h"

#include "azure/armerror.h"
#include "azure/armparsers.h"
#include "graph/graphparsers.h"

#include <QStringList>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace CreditDesk::Fuzz {

namespace {

// One line per field: line breaks inside texts are written as \n, so a golden file's sections
// ("### <input>") cannot be forged by the data. A null and an empty text read the same.
QString text(const QString &s)
{
    QString escaped = s;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'\n', u"\\n"_s).replace(u'\r', u"\\r"_s);
    return u'"' + escaped + u'"';
}
QString text(const std::optional<Money> &m)
{
    return m ? m->toDecimalString() + u' ' + m->currency() : u"-"_s;
}
QString text(const Money &m)
{
    return m.isValid() ? text(std::optional(m)) : u"-"_s;
}
QString text(const std::optional<double> &d)
{
    return d ? QString::number(*d, 'g', 17) : u"-"_s;
}
QString text(const std::optional<int> &i)
{
    return i ? QString::number(*i) : u"-"_s;
}
QString text(bool b)
{
    return b ? u"true"_s : u"false"_s;
}
QString text(const std::optional<bool> &b)
{
    return b ? text(*b) : u"-"_s;
}
QString text(const AmountWithExchangeRate &a)
{
    return text(a.amount) + u" rate "_s + text(a.exchangeRate) + u" month "_s + text(a.exchangeRateMonth);
}
QString text(const QDateTime &d)
{
    return d.isValid() ? d.toString(Qt::ISODateWithMs) + (d.timeSpec() == Qt::UTC ? u""_s : u" (not UTC)"_s)
                       : u"-"_s;
}
QString text(const Reseller &r)
{
    return text(r.id) + u'/' + text(r.description);
}
QString text(const QStringList &l)
{
    QStringList quoted;
    for (const QString &s : l)
        quoted << text(s);
    return u'[' + quoted.join(u", "_s) + u']';
}
QString text(const QMap<QString, QString> &m)
{
    QStringList pairs;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        pairs << text(it.key()) + u": "_s + text(it.value());
    return u'{' + pairs.join(u", "_s) + u'}';
}
QString text(const QList<EaBalanceDetail> &l)
{
    QStringList items;
    for (const EaBalanceDetail &d : l)
        items << text(d.name) + u'=' + text(d.value);
    return u'[' + items.join(u", "_s) + u']';
}
template<typename E> QString text(E e)
    requires std::is_enum_v<E>
{
    return QString::number(int(e));
}

struct Out
{
    QStringList lines;
    QString prefix;
    template<typename V> void operator()(const char *name, const V &v)
    {
        lines << prefix + QLatin1StringView(name) + u' ' + text(v);
    }
};

#define F(field) out(#field, item.field)

void lot(Out &out, const Lot &item)
{
    F(id); F(name); F(billingAccountId); F(billingProfileId); F(customerId); F(sourceRaw); F(source);
    F(statusRaw); F(status); F(originalAmount); F(closedBalance); F(usedAmount);
    F(originalAmountInBillingCurrency); F(closedBalanceInBillingCurrency); F(startDate); F(expirationDate);
    F(purchasedDate); F(poNumber); F(creditCurrency); F(billingCurrency); F(isEstimatedBalance);
    F(organizationType); F(reseller); F(eTag);
}

void event(Out &out, const CreditEvent &item)
{
    out("id", item.id());
    F(name); F(transactionDate); F(description); F(newCredit); F(adjustments); F(creditExpired); F(charges);
    F(closedBalance); F(canceledCredit); F(billingAccountId); F(billingAccountDisplayName); F(billingProfileId);
    F(billingProfileDisplayName); F(eventTypeRaw); F(eventType); F(isEstimatedBalance); F(invoiceNumber);
    F(lotId); F(lotSource); F(creditCurrency); F(billingCurrency);
    const CreditEventDetails &d = item.details();
    out("newCreditInBillingCurrency", d.newCreditInBillingCurrency);
    out("adjustmentsInBillingCurrency", d.adjustmentsInBillingCurrency);
    out("creditExpiredInBillingCurrency", d.creditExpiredInBillingCurrency);
    out("chargesInBillingCurrency", d.chargesInBillingCurrency);
    out("closedBalanceInBillingCurrency", d.closedBalanceInBillingCurrency);
    out("reseller", d.reseller);
    out("eTag", d.eTag);
}

void summary(Out &out, const CreditSummary &item)
{
    F(id); F(name); F(estimatedBalance); F(currentBalance); F(estimatedBalanceInBillingCurrency);
    F(pendingCreditAdjustments); F(expiredCredit); F(pendingEligibleCharges); F(creditCurrency);
    F(billingCurrency); F(reseller); F(isEstimatedBalance); F(eTag);
}

void eaBalance(Out &out, const EaBalance &item)
{
    F(id); F(name); F(billingPeriod); F(currency); F(beginningBalance); F(endingBalance); F(newPurchases);
    F(adjustments); F(utilized); F(serviceOverage); F(chargesBilledSeparately); F(totalOverage); F(totalUsage);
    F(azureMarketplaceServiceCharges); F(overageRefund); F(billingFrequency); F(priceHidden);
    F(newPurchasesDetails); F(adjustmentDetails);
}

void account(Out &out, const BillingAccount &item)
{
    F(id); F(name); F(displayName); F(agreementTypeRaw); F(agreementType); F(accountStatus); F(accountType);
    F(hasReadAccess);
}

void profile(Out &out, const BillingProfile &item)
{
    F(id); F(name); F(billingAccountId); F(displayName); F(currency); F(status); F(statusReasonCode);
    F(billingRelationshipType); F(systemId); F(poNumber); F(spendingLimit); F(invoiceDay); F(hasReadAccess);
    F(enabledAzurePlans); F(indirectBillingAccountName); F(indirectBillingProfileName); F(indirectDisplayName);
}

void customer(Out &out, const BillingCustomer &item)
{
    F(id); F(name); F(billingAccountId); F(displayName); F(billingProfileId); F(billingProfileDisplayName);
    F(systemId); F(status);
}

void subscription(Out &out, const Subscription &item)
{
    F(id); F(subscriptionId); F(tenantId); F(displayName); F(state); F(authorizationSource); F(quotaId);
    F(spendingLimit);
}

void credit(Out &out, const BenefitsCredit &item)
{
    F(id); F(name); F(type); F(location); F(resourceId); F(subscriptionId); F(resourceGroup); F(displayName);
    F(statusRaw); F(status); F(provisioningState); F(credit); F(creditGrain); F(consumed); F(consumedPercentage);
    F(startAt); F(endAt); F(billingAccountResourceId); F(billingProfileResourceId); F(customerResourceId);
    F(appliedScopeType); F(systemId); F(orderId); F(fundingSystemId); F(invitationId); F(productCode);
    F(reasonCode); F(reasonDescription); F(redemptionPolicy); F(expirationPolicy); F(skuTitle); F(productFamily);
    F(productType); F(appliedOn); F(appliedPrice); F(createdAt); F(lastModifiedAt); F(tags);
}

void transaction(Out &out, const BenefitsCreditTransaction &item)
{
    F(id); F(name); F(subscriptionId); F(resourceGroup); F(creditName); F(date); F(chargeTypeRaw); F(chargeType);
    F(billingStatusRaw); F(billingStatus); F(invoiceResourceId); F(amountInBillingCurrency);
    F(amountInPricingCurrency); F(productCode); F(skuTitle); F(productFamily); F(productType); F(serviceFamily);
    F(publisherType); F(provisioningState);
}

void user(Out &out, const DirectoryUser &item)
{
    F(id); F(displayName); F(mail); F(userPrincipalName); F(userType); F(accountEnabled);
}

#undef F

template<typename T, typename Describe>
void page(Out &out, const char *name, const Result<Page<T>> &result, Describe describe)
{
    const QString head = QLatin1StringView(name);
    if (!result) {
        out.lines << head + u" error "_s + result.error().code;
        return;
    }
    out.lines << head + u" rows %1 skipped %2 next %3"_s.arg(result->items.size())
                            .arg(result->skippedRows)
                            .arg(result->nextLink.toString(QUrl::FullyEncoded));
    for (qsizetype i = 0; i < result->items.size(); ++i) {
        out.prefix = head + u" %1 "_s.arg(i);
        describe(out, result->items.at(i));
    }
    out.prefix.clear();
}

template<typename T, typename Describe> void single(Out &out, const char *name, const Result<T> &result, Describe describe)
{
    const QString head = QLatin1StringView(name);
    if (!result) {
        out.lines << head + u" error "_s + result.error().code;
        return;
    }
    out.prefix = head + u' ';
    describe(out, *result);
    out.prefix.clear();
}

} // namespace

QString describeResponses(const QByteArray &json)
{
    Out out;
    page(out, "lots", parseLotsPage(json), lot);
    page(out, "events", parseEventsPage(json), event);
    const auto summaryResult = parseCreditSummary(200, json);
    if (!summaryResult)
        out.lines << u"summary error "_s + summaryResult.error().code;
    else if (!*summaryResult)
        out.lines << u"summary none"_s;
    else
        single(out, "summary", Result<CreditSummary>(**summaryResult), summary);
    single(out, "ea", parseEaBalance(json), eaBalance);
    page(out, "accounts", parseBillingAccountsPage(json), account);
    page(out, "profiles", parseBillingProfilesPage(json), profile);
    page(out, "customers", parseCustomersPage(json), customer);
    page(out, "subscriptions", parseSubscriptionsPage(json), subscription);
    page(out, "credits", parseBenefitsCreditsPage(json), credit);
    single(out, "credit", parseBenefitsCredit(json), credit);
    page(out, "transactions", parseBenefitsCreditTransactionsPage(json), transaction);
    single(out, "transaction", parseBenefitsCreditTransaction(json), transaction);
    page(out, "users", parseUsersPage(json), user);
    single(out, "user", parseUser(json), user);
    const auto domains = parseVerifiedDomains(json);
    if (!domains) {
        out.lines << u"domains error "_s + domains.error().code;
    } else {
        for (const VerifiedDomain &d : *domains)
            out.lines << u"domain "_s + text(d.name) + u' ' + text(d.isDefault) + u' ' + text(d.isInitial);
    }
    const ServiceErrorBody e = parseServiceErrorBody(json);
    out.lines << u"errorbody "_s + text(e.recognized) + u" code "_s + text(e.code) + u" message "_s + text(e.message)
            + u" target "_s + text(e.target) + u" details "_s + text(e.details) + u" request "_s + text(e.requestId);
    return out.lines.join(u'\n') + u'\n';
}

} // namespace CreditDesk::Fuzz
