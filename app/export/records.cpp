#include "export/records.h"

using namespace Qt::StringLiterals;

namespace CreditDesk::Records {

namespace {
RecordValue amount(const std::optional<Money> &money)
{
    return money ? RecordValue::number(money->toDecimalString()) : RecordValue::null();
}

RecordValue date(const QDateTime &dateTime)
{
    return RecordValue::textOrNull(isoUtc(dateTime));
}

/// Amount columns are right-aligned in the terminal table.
QList<int> indexesOf(const QStringList &fields, const QStringList &names)
{
    QList<int> result;
    for (const QString &name : names)
        result.append(int(fields.indexOf(name)));
    return result;
}
} // namespace

QString isoUtc(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s) : QString();
}

RecordSet lots(const QList<Lot> &lots)
{
    RecordSet set;
    set.fields = {u"id"_s,         u"name"_s,           u"billingAccountId"_s, u"billingProfileId"_s, u"customerId"_s,
                  u"source"_s,     u"status"_s,         u"currency"_s,         u"originalAmount"_s,   u"closedBalance"_s,
                  u"startDate"_s,  u"expirationDate"_s, u"purchasedDate"_s,    u"poNumber"_s,         u"isEstimatedBalance"_s};
    set.rightAligned = indexesOf(set.fields, {u"originalAmount"_s, u"closedBalance"_s});
    set.tableFields = indexesOf(set.fields, {u"name"_s, u"billingProfileId"_s, u"customerId"_s, u"source"_s, u"status"_s,
                                             u"currency"_s, u"originalAmount"_s, u"closedBalance"_s, u"expirationDate"_s});
    set.rows.reserve(lots.size());
    for (const Lot &lot : lots) {
        set.rows.append({RecordValue::fromText(lot.id), RecordValue::fromText(lot.name),
                         RecordValue::textOrNull(lot.billingAccountId), RecordValue::textOrNull(lot.billingProfileId),
                         RecordValue::textOrNull(lot.customerId), RecordValue::textOrNull(lot.sourceRaw),
                         RecordValue::textOrNull(lot.statusRaw), RecordValue::textOrNull(lot.currency()),
                         amount(lot.originalAmount), amount(lot.closedBalance), date(lot.startDate),
                         date(lot.expirationDate), date(lot.purchasedDate), RecordValue::textOrNull(lot.poNumber),
                         RecordValue::boolean(lot.isEstimatedBalance)});
    }
    return set;
}

RecordSet events(const QList<CreditEvent> &events)
{
    RecordSet set;
    set.fields = {u"id"_s,          u"transactionDate"_s, u"eventType"_s,     u"description"_s,    u"lotId"_s,
                  u"lotSource"_s,   u"currency"_s,        u"newCredit"_s,     u"charges"_s,        u"adjustments"_s,
                  u"creditExpired"_s, u"closedBalance"_s, u"invoiceNumber"_s, u"billingProfileId"_s};
    set.rightAligned = indexesOf(set.fields, {u"newCredit"_s, u"charges"_s, u"adjustments"_s, u"creditExpired"_s,
                                              u"closedBalance"_s});
    set.tableFields = indexesOf(set.fields, {u"transactionDate"_s, u"eventType"_s, u"lotId"_s, u"currency"_s,
                                             u"newCredit"_s, u"charges"_s, u"creditExpired"_s, u"closedBalance"_s});
    set.rows.reserve(events.size());
    for (const CreditEvent &event : events) {
        set.rows.append({RecordValue::fromText(event.id()), date(event.transactionDate),
                         RecordValue::textOrNull(event.eventTypeRaw), RecordValue::textOrNull(event.description),
                         RecordValue::textOrNull(event.lotId), RecordValue::textOrNull(event.lotSource),
                         RecordValue::textOrNull(event.creditCurrency), amount(event.newCredit), amount(event.charges),
                         amount(event.adjustments), amount(event.creditExpired), amount(event.closedBalance),
                         RecordValue::textOrNull(event.invoiceNumber), RecordValue::textOrNull(event.billingProfileId)});
    }
    return set;
}

RecordSet balances(const QList<ScopedSummary> &summaries)
{
    RecordSet set;
    set.fields = {u"billingAccountId"_s, u"billingProfileId"_s,       u"billingProfileName"_s,
                  u"currency"_s,         u"estimatedBalance"_s,       u"currentBalance"_s,
                  u"pendingEligibleCharges"_s, u"pendingCreditAdjustments"_s, u"expiredCredit"_s,
                  u"isEstimatedBalance"_s};
    set.rightAligned = indexesOf(set.fields, {u"estimatedBalance"_s, u"currentBalance"_s, u"pendingEligibleCharges"_s,
                                              u"pendingCreditAdjustments"_s, u"expiredCredit"_s});
    for (const ScopedSummary &scoped : summaries) {
        const auto &s = scoped.summary;
        set.rows.append({RecordValue::fromText(scoped.billingAccountId), RecordValue::fromText(scoped.billingProfileId),
                         RecordValue::textOrNull(scoped.billingProfileName),
                         s ? RecordValue::textOrNull(s->creditCurrency) : RecordValue::null(),
                         s ? amount(s->estimatedBalance) : RecordValue::null(),
                         s ? amount(s->currentBalance) : RecordValue::null(),
                         s ? amount(s->pendingEligibleCharges) : RecordValue::null(),
                         s ? amount(s->pendingCreditAdjustments) : RecordValue::null(),
                         s ? amount(s->expiredCredit) : RecordValue::null(),
                         RecordValue::boolean(s && s->isEstimatedBalance)});
    }
    return set;
}

} // namespace CreditDesk::Records
