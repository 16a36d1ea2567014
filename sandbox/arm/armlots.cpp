// Microsoft.Consumption lots (2024-08-01): by billing profile, by billing account (with the
// `$filter` subset status/source eq ... and ...) and by MPA customer. Shapes follow
// LotsListByBillingProfile.json / LotsListByBillingAccount-Primary.json.

#include "arm/armfilter.h"
#include "arm/armhandlers.h"

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox::Arm {

namespace {

// Credits in another currency than billing (--mixed-currencies) are billed at 1.25; both
// currencies then have two decimals, so minor units convert by the rate alone.
constexpr double MixedRate = 1.25;

void writeAmountWithRate(JsonWriter &w, QLatin1StringView name, const QString &currency, qint64 minor, int decimals,
                         QDate month, double rate)
{
    w.key(name).beginObject();
    w.field("currency"_L1, currency);
    w.key("value"_L1).money(qint64(double(minor) * rate + (minor < 0 ? -0.5 : 0.5)), decimals);
    w.field("exchangeRate"_L1, rate);
    w.field("exchangeRateMonth"_L1, month.month());
    w.endObject();
}

void writeLot(JsonWriter &w, const Context &c, qsizetype index)
{
    const BillingWorld &world = c.world();
    const LotRecord &lot = world.lots()[index];
    const QString currency = world.lotCurrency(lot);
    const QString billing = world.billingCurrency(lot);
    const double rate = currency == billing ? 1.0 : MixedRate;
    const int decimals = world.lotDecimals(lot);
    const QDate start = QDate::fromJulianDay(lot.startDay);
    const bool commitment = lot.source == ArmLotSource::ConsumptionCommitment;

    w.beginObject()
        .escapedField("id"_L1, { c.cache.lotId(index) })
        .escapedField("name"_L1, { c.cache.lotName(index) })
        .field("type"_L1, "Microsoft.Consumption/lots"_L1)
        .key("properties"_L1)
        .beginObject();
    w.field("creditCurrency"_L1, world.mislabelsCreditCurrency(lot) ? billing : currency).field("billingCurrency"_L1, billing);
    w.amountField("originalAmount"_L1, currency, lot.originalAmount, decimals);
    writeAmountWithRate(w, "originalAmountInBillingCurrency"_L1, billing, lot.originalAmount, decimals, start, rate);
    w.amountField("closedBalance"_L1, currency, lot.closedBalance, decimals);
    writeAmountWithRate(w, "closedBalanceInBillingCurrency"_L1, billing, lot.closedBalance, decimals, world.today(), rate);
    w.field("source"_L1, lotSourceText(lot.source))
        .dateField("startDate"_L1, start)
        .dateField("expirationDate"_L1, QDate::fromJulianDay(lot.expirationDay));
    if (!commitment) // "absent for ConsumptionCommitment"
        w.field("poNumber"_L1, u"PO"_s + QString::number((lot.nameBits >> 20) % 900000 + 100000));
    w.dateField("purchasedDate"_L1, QDate::fromJulianDay(lot.purchasedDay))
        .field("status"_L1, lotStatusText(lot.status))
        .field("isEstimatedBalance"_L1, false);
    if (commitment) {
        w.field("OrganizationType"_L1, "Primary"_L1); // capital O, as the service writes it
        w.amountField("usedAmount"_L1, currency, lot.originalAmount - lot.closedBalance, decimals);
    }
    w.endObject().endObject();
}

Response lotsInRange(const Context &c, IndexRange range)
{
    return pagedList(c, range.size(), [&c, range](JsonWriter &w, qsizetype i) { writeLot(w, c, range.begin + i); });
}

/// Lists `range` honouring an optional `$filter` on status and source.
Response filteredLots(const Context &c, IndexRange range)
{
    const QString filterText = c.request.query.queryItemValue(u"$filter"_s, QUrl::FullyDecoded);
    QString problem;
    const std::optional<EqualityFilter> filter
        = EqualityFilter::parse(filterText, { u"status"_s, u"source"_s }, &problem);
    if (!filter)
        return consumptionError(c, 400, problem);
    if (filter->isEmpty())
        return lotsInRange(c, range);
    const BillingWorld &world = c.world();
    const EqualityFilter f = *filter;
    return filteredPagedList(
        c, range.size(),
        [&world, range, f](qsizetype i) {
            const LotRecord &lot = world.lots()[range.begin + i];
            return f.accepts(u"status"_s, lotStatusText(lot.status))
                && f.accepts(u"source"_s, lotSourceText(lot.source));
        },
        [&c, range](JsonWriter &w, qsizetype i) { writeLot(w, c, range.begin + i); });
}

} // namespace

Response listLotsByBillingProfile(const Context &c, const Params &params)
{
    const int account = c.world().findAccount(params.value(0));
    if (account < 0)
        return accountNotFound(params.value(0));
    const int profile = c.world().findProfile(account, params.value(1));
    if (profile < 0)
        return profileNotFound(params.value(0), params.value(1));
    return lotsInRange(c, c.world().profiles()[profile].lots);
}

Response listLotsByBillingAccount(const Context &c, const Params &params)
{
    const int account = c.world().findAccount(params.value(0));
    if (account < 0)
        return accountNotFound(params.value(0));
    return filteredLots(c, c.world().accounts()[account].lots);
}

Response listLotsByCustomer(const Context &c, const Params &params)
{
    const int account = c.world().findAccount(params.value(0));
    if (account < 0)
        return accountNotFound(params.value(0));
    const int customer = c.world().findCustomer(account, params.value(1));
    if (customer < 0)
        return customerNotFound(params.value(0), params.value(1));
    return filteredLots(c, c.world().customers()[customer].lots);
}

} // namespace CreditDesk::Sandbox::Arm
