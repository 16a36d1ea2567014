// Microsoft.Consumption credits/balanceSummary of a billing profile (200, or 204 without a
// body when the profile has no credit) and EA balances (BalancesByBillingAccount.json shape).

#include "arm/armhandlers.h"
#include "world/prng.h"

#include <variant>

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox::Arm {

namespace {

void writeEaBalance(JsonWriter &w, const Context &c, int account, int year, int month)
{
    const BillingWorld &world = c.world();
    const EaBalanceRecord b = world.eaBalance(account, year, month);
    const QString period = QStringLiteral("%1%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
    const QString name = Prng::formatGuid(static_cast<quint64>(account) << 32 | static_cast<quint64>(year * 12 + month),
                                          world.accounts()[account].name.toULongLong());
    auto money = [&w](QLatin1StringView key, qint64 cents) { w.key(key).money(cents, 2); };
    w.beginObject()
        .field("id"_L1,
               accountId(world, account) + u"/providers/Microsoft.Billing/billingPeriods/"_s + period
                   + u"/providers/Microsoft.Consumption/balances/"_s + name)
        .field("name"_L1, name)
        .field("type"_L1, "Microsoft.Consumption/balances"_L1)
        .key("properties"_L1)
        .beginObject();
    // The service pads the currency code ("USD  "); clients must trim it.
    w.field("currency"_L1, "USD  "_L1);
    money("beginningBalance"_L1, b.beginningBalance);
    money("endingBalance"_L1, b.endingBalance);
    money("newPurchases"_L1, b.newPurchases);
    money("adjustments"_L1, b.adjustments);
    money("utilized"_L1, b.utilized);
    money("serviceOverage"_L1, b.serviceOverage);
    money("chargesBilledSeparately"_L1, b.chargesBilledSeparately);
    money("totalOverage"_L1, b.totalOverage);
    money("totalUsage"_L1, b.totalUsage);
    money("azureMarketplaceServiceCharges"_L1, b.azureMarketplaceServiceCharges);
    w.field("billingFrequency"_L1, "Month"_L1).field("priceHidden"_L1, false);
    money("overageRefund"_L1, b.overageRefund);
    w.key("newPurchasesDetails"_L1).beginArray();
    if (b.promoPurchase != 0) {
        w.beginObject().field("name"_L1, "Promo Purchase"_L1);
        money("value"_L1, b.promoPurchase);
        w.endObject();
    }
    w.endArray();
    w.key("adjustmentDetails"_L1).beginArray();
    w.beginObject().field("name"_L1, "Promo Credit"_L1);
    money("value"_L1, b.promoCredit);
    w.endObject();
    if (b.sieCredit != 0) {
        w.beginObject().field("name"_L1, "SIE Credit"_L1);
        money("value"_L1, b.sieCredit);
        w.endObject();
    }
    w.endArray();
    w.endObject().endObject();
}

/// The EA account named by params[0], or an error response.
std::variant<int, Response> eaAccount(const Context &c, const Params &params)
{
    const int account = c.world().findAccount(params.value(0));
    if (account < 0)
        return accountNotFound(params.value(0));
    if (c.world().accounts()[account].agreement != ArmAgreementType::EnterpriseAgreement)
        return consumptionError(c, 400, u"Balances are only supported for Enterprise Agreement billing accounts."_s);
    return account;
}

} // namespace

Response getBalanceSummary(const Context &c, const Params &params)
{
    const BillingWorld &world = c.world();
    const int account = world.findAccount(params.value(0));
    if (account < 0)
        return accountNotFound(params.value(0));
    const int profile = world.findProfile(account, params.value(1));
    if (profile < 0)
        return profileNotFound(params.value(0), params.value(1));
    const BillingProfileRecord &p = world.profiles()[profile];
    const BalanceTotals &t = p.totals;
    if (!t.hasLots)
        return Response::empty(204);

    const QString &cur = p.currency;
    const int dec = p.decimals;
    const qint64 pendingCharges = p.negativeCharges ? -t.pendingCharges : t.pendingCharges;
    JsonWriter w;
    w.beginObject()
        .field("id"_L1, profileId(world, profile) + u"/providers/Microsoft.Consumption/credits/balanceSummary"_s)
        .field("name"_L1, "balanceSummary"_L1)
        .field("type"_L1, "Microsoft.Consumption/credits/balanceSummary"_L1)
        .key("properties"_L1)
        .beginObject();
    w.field("creditCurrency"_L1, cur).field("billingCurrency"_L1, cur);
    w.key("balanceSummary"_L1).beginObject();
    w.amountField("estimatedBalance"_L1, cur, t.estimatedBalance, dec);
    w.amountField("currentBalance"_L1, cur, t.currentBalance, dec);
    w.key("estimatedBalanceInBillingCurrency"_L1).beginObject();
    w.field("currency"_L1, cur);
    w.key("value"_L1).money(t.estimatedBalance, dec);
    w.field("exchangeRate"_L1, 1.0).field("exchangeRateMonth"_L1, world.today().month());
    w.endObject();
    w.endObject();
    w.amountField("pendingCreditAdjustments"_L1, cur, t.pendingAdjustments, dec);
    w.amountField("expiredCredit"_L1, cur, t.expiredCredit, dec);
    w.amountField("pendingEligibleCharges"_L1, cur, pendingCharges, dec);
    w.field("isEstimatedBalance"_L1, t.pendingCharges != 0 || t.pendingAdjustments != 0);
    w.endObject().endObject();
    return jsonResponse(w.take());
}

Response getEaBalance(const Context &c, const Params &params)
{
    const auto account = eaAccount(c, params);
    if (const Response *failure = std::get_if<Response>(&account))
        return *failure;
    // The open billing period is the current month.
    JsonWriter w;
    writeEaBalance(w, c, std::get<int>(account), c.world().today().year(), c.world().today().month());
    return jsonResponse(w.take());
}

Response getEaBalanceForPeriod(const Context &c, const Params &params)
{
    const auto account = eaAccount(c, params);
    if (const Response *failure = std::get_if<Response>(&account))
        return *failure;
    const QString period = params.value(1);
    const QDate first = QDate::fromString(period, u"yyyyMM");
    const QDate today = c.world().today();
    if (period.size() != 6 || !first.isValid())
        return consumptionError(c, 400, u"Invalid billing period '"_s + period + u"'; expected yyyyMM, e.g. 202401."_s);
    if (first > today || first < QDate(today.year() - 3, today.month(), 1))
        return error(404, u"BillingPeriodNotFound"_s, u"The billing period '"_s + period + u"' was not found."_s);
    JsonWriter w;
    writeEaBalance(w, c, std::get<int>(account), first.year(), first.month());
    return jsonResponse(w.take());
}

} // namespace CreditDesk::Sandbox::Arm
