// Microsoft.Consumption events (2024-08-01). By billing profile the service requires startDate
// and endDate (the spec marks them required; a missing one is a 400 with code "400"); the
// profile's events are stored sorted by date, so the range is two binary searches and a page
// is a slice. By billing account the optional `$filter` takes lotId / lotSource eq clauses.

#include "arm/armfilter.h"
#include "arm/armhandlers.h"
#include "world/prng.h"

#include <algorithm>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox::Arm {

namespace {

/// Accepts 2019-09-01, 2018-10-01T00:00:00.000Z, 2018-10-01T00:00:00Z and 10/01/2018.
QDate parseDateParameter(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (date.isValid())
        return date;
    const QDateTime dateTime = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (dateTime.isValid())
        return dateTime.toUTC().date();
    date = QDate::fromString(trimmed, u"MM/dd/yyyy");
    return date;
}

/// Description text as the portal shows it; settled charges name their invoice.
QLatin1StringView description(const LotRecord &lot, EventType type)
{
    switch (type) {
    case EventType::NewCredit:
        if (lot.source == ArmLotSource::ConsumptionCommitment)
            return "New MACC added"_L1;
        return lot.source == ArmLotSource::PurchasedCredit ? "Purchased credit added"_L1 : "New credit added"_L1;
    case EventType::SettledCharges:
        return "Settled invoice #"_L1;
    case EventType::PendingCharges:
        return "Pending eligible charges"_L1;
    case EventType::SettledAdjustment:
        return "Credit adjustment on invoice #"_L1;
    case EventType::PendingAdjustments:
        return "Pending credit adjustment"_L1;
    case EventType::CreditExpired:
        return "Credit expired"_L1;
    case EventType::CanceledCredit:
        return "Credit canceled"_L1;
    }
    return {};
}

void writeEvent(JsonWriter &w, const Context &c, qsizetype index)
{
    const BillingWorld &world = c.world();
    const EventRecord &e = world.events()[index];
    const LotRecord &lot = world.lots()[e.lot];
    const int profileIndex = lot.owner; // events exist for billing-profile lots only
    const BillingProfileRecord &profile = world.profiles()[profileIndex];
    const Cache::ProfileStrings &names = c.cache.profile(profileIndex);
    const QByteArrayView currency(names.currency);
    const int decimals = profile.decimals;
    const QDate day = QDate::fromJulianDay(e.day);

    QByteArray invoice;
    if (!e.isPending() && day < world.settlementCutoff()) {
        invoice.append('G');
        appendDigits(invoice, world.invoiceDigits(profileIndex, day), 9);
    }
    char guid[36];
    const auto [a, b] = world.eventGuidBits(index);
    Prng::writeGuid(guid, a, b);
    const QByteArrayView name(guid, 36);

    const qint64 newCredit = e.type == EventType::NewCredit ? e.amount : 0;
    const bool charge = e.type == EventType::SettledCharges || e.type == EventType::PendingCharges;
    const qint64 charges = charge ? (profile.negativeCharges ? -e.amount : e.amount) : 0;
    const bool adjustment = e.type == EventType::SettledAdjustment || e.type == EventType::PendingAdjustments;
    const qint64 expired = e.type == EventType::CreditExpired ? e.amount : 0;
    const QLatin1StringView text = description(lot, e.type);
    const bool namesInvoice = e.type == EventType::SettledCharges || e.type == EventType::SettledAdjustment;

    w.beginObject()
        .escapedField("id"_L1, { names.id, "/providers/Microsoft.Consumption/events/", name })
        .escapedField("name"_L1, { name })
        .field("type"_L1, "Microsoft.Consumption/events"_L1)
        .key("properties"_L1)
        .beginObject();
    w.dateField("transactionDate"_L1, day);
    w.escapedField(
        "description"_L1,
        { QByteArrayView(text.data(), text.size()), namesInvoice ? QByteArrayView(invoice) : QByteArrayView() });
    w.amountField("newCredit"_L1, currency, newCredit, decimals);
    w.amountField("adjustments"_L1, currency, adjustment ? e.amount : 0, decimals);
    w.amountField("creditExpired"_L1, currency, expired, decimals);
    w.amountField("charges"_L1, currency, charges, decimals);
    w.amountField("closedBalance"_L1, currency, e.closedBalance, decimals);
    if (e.type == EventType::CanceledCredit)
        w.amountField("canceledCredit"_L1, currency, e.amount, decimals);
    w.field("eventType"_L1, eventTypeText(e.type))
        .escapedField("invoiceNumber"_L1, { invoice })
        .escapedField("billingProfileId"_L1, { names.id })
        .escapedField("billingProfileDisplayName"_L1, { names.displayName })
        .escapedField("lotId"_L1, { c.cache.lotId(e.lot) })
        .field("lotSource"_L1, lotSourceText(lot.source))
        .escapedField("billingAccountId"_L1, { names.accountName })
        .escapedField("billingAccountDisplayName"_L1, { names.accountDisplayName })
        .escapedField("creditCurrency"_L1, { currency })
        .escapedField("billingCurrency"_L1, { currency })
        .field("isEstimatedBalance"_L1, e.isPending())
        .endObject()
        .endObject();
}

} // namespace

Response listEventsByBillingProfile(const Context &c, const Params &params)
{
    const BillingWorld &world = c.world();
    const int account = world.findAccount(params.value(0));
    if (account < 0)
        return accountNotFound(params.value(0));
    const int profile = world.findProfile(account, params.value(1));
    if (profile < 0)
        return profileNotFound(params.value(0), params.value(1));

    const QString startText = c.request.query.queryItemValue(u"startDate"_s, QUrl::FullyDecoded);
    const QString endText = c.request.query.queryItemValue(u"endDate"_s, QUrl::FullyDecoded);
    if (startText.isEmpty() || endText.isEmpty()) {
        return consumptionError(c, 400,
                                u"Both startDate and endDate query parameters are required to list events "
                                u"by billing profile (e.g. startDate=2024-01-01&endDate=2024-12-31)."_s);
    }
    const QDate start = parseDateParameter(startText);
    const QDate end = parseDateParameter(endText);
    if (!start.isValid() || !end.isValid())
        return consumptionError(c, 400, u"startDate and endDate must be dates in the format yyyy-MM-dd."_s);
    if (end < start)
        return consumptionError(c, 400, u"endDate must not be earlier than startDate."_s);

    const IndexRange events = world.profiles()[profile].events;
    const auto first = world.events().cbegin() + events.begin;
    const auto last = world.events().cbegin() + events.end;
    const auto startDay = static_cast<qint32>(start.toJulianDay());
    const auto endDay = static_cast<qint32>(end.toJulianDay());
    const auto lo = std::lower_bound(first, last, startDay, [](const EventRecord &e, qint32 d) { return e.day < d; });
    const auto hi = std::upper_bound(lo, last, endDay, [](qint32 d, const EventRecord &e) { return d < e.day; });
    const qsizetype offset = lo - world.events().cbegin();
    return pagedList(c, hi - lo, [&c, offset](JsonWriter &w, qsizetype i) { writeEvent(w, c, offset + i); });
}

Response listEventsByBillingAccount(const Context &c, const Params &params)
{
    const BillingWorld &world = c.world();
    const int account = world.findAccount(params.value(0));
    if (account < 0)
        return accountNotFound(params.value(0));
    const IndexRange range = world.accounts()[account].events;

    const QString filterText = c.request.query.queryItemValue(u"$filter"_s, QUrl::FullyDecoded);
    QString problem;
    const std::optional<EqualityFilter> filter
        = EqualityFilter::parse(filterText, { u"lotId"_s, u"lotSource"_s }, &problem);
    if (!filter)
        return consumptionError(c, 400, problem);
    const auto write = [&c, range](JsonWriter &w, qsizetype i) { writeEvent(w, c, range.begin + i); };
    if (filter->isEmpty())
        return pagedList(c, range.size(), write);

    // lotId may name the lot by its full resource id or by its name alone.
    const EqualityFilter f = *filter;
    const QString wantedLot = f.valueFor(u"lotid"_s);
    return filteredPagedList(
        c, range.size(),
        [&world, &c, range, f, wantedLot](qsizetype i) {
            const EventRecord &e = world.events()[range.begin + i];
            if (!wantedLot.isEmpty()
                && QString::fromUtf8(c.cache.lotName(e.lot)).compare(wantedLot, Qt::CaseInsensitive) != 0
                && QString::fromUtf8(c.cache.lotId(e.lot)).compare(wantedLot, Qt::CaseInsensitive) != 0) {
                return false;
            }
            return f.accepts(u"lotsource"_s, lotSourceText(world.lots()[e.lot].source));
        },
        write);
}

} // namespace CreditDesk::Sandbox::Arm
