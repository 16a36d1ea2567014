#include "referencerows.h"

#include "azure/armresponse_p.h"
#include "azure/jsonreaders.h"

#include <QJsonObject>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace CreditDesk::Fuzz {

namespace {

using namespace Json;

AmountWithExchangeRate billingAmount(const QJsonObject &p, QLatin1StringView key, const QString &billingCurrency)
{
    return readAmountWithExchangeRate(p, key, nullptr, billingCurrency);
}

Reseller reseller(const QJsonObject &p)
{
    const QJsonObject r = readObject(p, "reseller"_L1);
    return Reseller { readString(r, "resellerId"_L1), readText(r, "resellerDescription"_L1) };
}

std::optional<Lot> readLotTree(const QJsonObject &row, StringPool &)
{
    const auto e = ArmResponse::readEnvelope(row);
    if (!e)
        return std::nullopt;
    const QJsonObject &p = e->properties;
    Lot lot;
    lot.id = e->id;
    lot.name = e->name;
    lot.billingAccountId = armIdSegment(lot.id, "billingAccounts"_L1);
    lot.billingProfileId = armIdSegment(lot.id, "billingProfiles"_L1);
    lot.customerId = armIdSegment(lot.id, "customers"_L1);
    lot.sourceRaw = readString(p, "source"_L1);
    lot.source = lotSourceFromString(lot.sourceRaw);
    lot.statusRaw = readString(p, "status"_L1);
    lot.status = lotStatusFromString(lot.statusRaw);
    lot.creditCurrency = Money::normalizedCurrency(readString(p, "creditCurrency"_L1));
    lot.billingCurrency = Money::normalizedCurrency(readString(p, "billingCurrency"_L1));
    lot.originalAmount = readAmount(p, "originalAmount"_L1, nullptr, lot.creditCurrency);
    lot.closedBalance = readAmount(p, "closedBalance"_L1, nullptr, lot.creditCurrency);
    lot.usedAmount = readAmount(p, "usedAmount"_L1, nullptr, lot.creditCurrency);
    lot.originalAmountInBillingCurrency = billingAmount(p, "originalAmountInBillingCurrency"_L1, lot.billingCurrency);
    lot.closedBalanceInBillingCurrency = billingAmount(p, "closedBalanceInBillingCurrency"_L1, lot.billingCurrency);
    lot.startDate = readDateTime(p, "startDate"_L1);
    lot.expirationDate = readDateTime(p, "expirationDate"_L1);
    lot.purchasedDate = readDateTime(p, "purchasedDate"_L1);
    lot.poNumber = readString(p, "poNumber"_L1);
    lot.isEstimatedBalance = readBool(p, "isEstimatedBalance"_L1);
    lot.organizationType = readString(p, "OrganizationType"_L1);
    if (lot.organizationType.isEmpty())
        lot.organizationType = readString(p, "organizationType"_L1);
    lot.reseller = reseller(p);
    lot.eTag = readString(p, "eTag"_L1);
    return lot;
}

std::optional<CreditEvent> readEventTree(const QJsonObject &row, StringPool &)
{
    const auto e = ArmResponse::readEnvelope(row);
    if (!e)
        return std::nullopt;
    const QJsonObject &p = e->properties;
    CreditEvent ev;
    ev.name = e->name;
    ev.transactionDate = readDateTime(p, "transactionDate"_L1);
    ev.description = readText(p, "description"_L1);
    ev.creditCurrency = Money::normalizedCurrency(readString(p, "creditCurrency"_L1));
    ev.billingCurrency = Money::normalizedCurrency(readString(p, "billingCurrency"_L1));
    const QString &cc = ev.creditCurrency;
    ev.newCredit = readAmount(p, "newCredit"_L1, nullptr, cc);
    ev.adjustments = readAmount(p, "adjustments"_L1, nullptr, cc);
    ev.creditExpired = readAmount(p, "creditExpired"_L1, nullptr, cc);
    ev.charges = readAmount(p, "charges"_L1, nullptr, cc);
    ev.closedBalance = readAmount(p, "closedBalance"_L1, nullptr, cc);
    ev.canceledCredit = readAmount(p, "canceledCredit"_L1, nullptr, cc);
    ev.billingAccountId = readString(p, "billingAccountId"_L1);
    ev.billingAccountDisplayName = readString(p, "billingAccountDisplayName"_L1);
    ev.billingProfileId = readString(p, "billingProfileId"_L1);
    ev.billingProfileDisplayName = readString(p, "billingProfileDisplayName"_L1);
    ev.eventTypeRaw = readString(p, "eventType"_L1);
    ev.eventType = creditEventTypeFromString(ev.eventTypeRaw);
    ev.invoiceNumber = readString(p, "invoiceNumber"_L1);
    ev.lotId = readString(p, "lotId"_L1);
    ev.lotSource = readString(p, "lotSource"_L1);
    ev.isEstimatedBalance = readBool(p, "isEstimatedBalance"_L1);
    CreditEventDetails d;
    const QString &bc = ev.billingCurrency;
    d.newCreditInBillingCurrency = billingAmount(p, "newCreditInBillingCurrency"_L1, bc);
    d.adjustmentsInBillingCurrency = billingAmount(p, "adjustmentsInBillingCurrency"_L1, bc);
    d.creditExpiredInBillingCurrency = billingAmount(p, "creditExpiredInBillingCurrency"_L1, bc);
    d.chargesInBillingCurrency = billingAmount(p, "chargesInBillingCurrency"_L1, bc);
    d.closedBalanceInBillingCurrency = billingAmount(p, "closedBalanceInBillingCurrency"_L1, bc);
    d.reseller = reseller(p);
    d.eTag = readString(p, "eTag"_L1);
    if (!d.isEmpty())
        ev.editDetails() = d;
    ev.setId(e->id);
    return ev;
}

QString text(const std::optional<Money> &m)
{
    return m ? m->toDecimalString() + u' ' + m->currency() : u"(none)"_s;
}

QString text(const AmountWithExchangeRate &a)
{
    return text(a.amount) + u" rate "_s + (a.exchangeRate ? QString::number(*a.exchangeRate, 'g', 17) : u"-"_s)
        + u" month "_s + (a.exchangeRateMonth ? QString::number(*a.exchangeRateMonth) : u"-"_s);
}

QString text(const QDateTime &d)
{
    return d.isValid() ? d.toString(Qt::ISODateWithMs) : u"(invalid)"_s;
}

QString text(const QString &s)
{
    return u'"' + s + u'"';
}

QString text(const Reseller &r)
{
    return text(r.id) + u'/' + text(r.description);
}

QString text(bool b)
{
    return b ? u"true"_s : u"false"_s;
}

template<typename E> QString text(E e)
    requires std::is_enum_v<E>
{
    return QString::number(int(e));
}

struct Differences
{
    QStringList lines;
    QString row;
    template<typename V> void field(const char *name, const V &streamed, const V &reference)
    {
        if (!(streamed == reference))
            lines << u"%1 %2: streamed %3, reference %4"_s.arg(row, QString::fromLatin1(name), text(streamed),
                                                               text(reference));
    }
};

template<typename T, typename CompareRow>
QStringList comparePages(const Result<Page<T>> &s, const Result<Page<T>> &r, CompareRow compareRow)
{
    Differences d;
    if (s.ok() != r.ok()) {
        d.lines << (s.ok() ? u"streamed accepts, reference rejects: %1"_s.arg(r.error().message)
                           : u"streamed rejects (%1), reference accepts"_s.arg(s.error().message));
        return d.lines;
    }
    if (!s.ok()) {
        if (s.error().code != r.error().code)
            d.lines << u"both reject, with codes %1 vs %2"_s.arg(s.error().code, r.error().code);
        return d.lines;
    }
    d.row = u"page"_s;
    if (s->nextLink != r->nextLink)
        d.lines << u"nextLink: %1 vs %2"_s.arg(s->nextLink.toString(), r->nextLink.toString());
    if (s->skippedRows != r->skippedRows)
        d.lines << u"skippedRows: %1 vs %2"_s.arg(s->skippedRows).arg(r->skippedRows);
    if (s->items.size() != r->items.size()) {
        d.lines << u"rows: %1 vs %2"_s.arg(s->items.size()).arg(r->items.size());
        return d.lines;
    }
    for (qsizetype i = 0; i < s->items.size(); ++i) {
        d.row = u"row %1"_s.arg(i);
        compareRow(d, s->items.at(i), r->items.at(i));
    }
    return d.lines;
}

} // namespace

Result<Page<Lot>> referenceLotsPage(const QByteArray &json)
{
    return ArmResponse::parsePage<Lot>(json, readLotTree);
}

Result<Page<CreditEvent>> referenceEventsPage(const QByteArray &json)
{
    return ArmResponse::parsePage<CreditEvent>(json, readEventTree);
}

QStringList compareLotPages(const Result<Page<Lot>> &streamed, const Result<Page<Lot>> &reference)
{
    return comparePages(streamed, reference, [](Differences &d, const Lot &s, const Lot &r) {
        d.field("id", s.id, r.id);
        d.field("name", s.name, r.name);
        d.field("billingAccountId", s.billingAccountId, r.billingAccountId);
        d.field("billingProfileId", s.billingProfileId, r.billingProfileId);
        d.field("customerId", s.customerId, r.customerId);
        d.field("source", s.sourceRaw, r.sourceRaw);
        d.field("sourceKind", s.source, r.source);
        d.field("status", s.statusRaw, r.statusRaw);
        d.field("statusKind", s.status, r.status);
        d.field("originalAmount", s.originalAmount, r.originalAmount);
        d.field("closedBalance", s.closedBalance, r.closedBalance);
        d.field("usedAmount", s.usedAmount, r.usedAmount);
        d.field("originalAmountInBillingCurrency", s.originalAmountInBillingCurrency,
                r.originalAmountInBillingCurrency);
        d.field("closedBalanceInBillingCurrency", s.closedBalanceInBillingCurrency, r.closedBalanceInBillingCurrency);
        d.field("startDate", s.startDate, r.startDate);
        d.field("expirationDate", s.expirationDate, r.expirationDate);
        d.field("purchasedDate", s.purchasedDate, r.purchasedDate);
        d.field("poNumber", s.poNumber, r.poNumber);
        d.field("creditCurrency", s.creditCurrency, r.creditCurrency);
        d.field("billingCurrency", s.billingCurrency, r.billingCurrency);
        d.field("isEstimatedBalance", s.isEstimatedBalance, r.isEstimatedBalance);
        d.field("organizationType", s.organizationType, r.organizationType);
        d.field("reseller", s.reseller, r.reseller);
        d.field("eTag", s.eTag, r.eTag);
    });
}

QStringList compareEventPages(const Result<Page<CreditEvent>> &streamed, const Result<Page<CreditEvent>> &reference)
{
    return comparePages(streamed, reference, [](Differences &d, const CreditEvent &s, const CreditEvent &r) {
        d.field("id", s.id(), r.id());
        d.field("name", s.name, r.name);
        d.field("transactionDate", s.transactionDate, r.transactionDate);
        d.field("description", s.description, r.description);
        d.field("newCredit", s.newCredit, r.newCredit);
        d.field("adjustments", s.adjustments, r.adjustments);
        d.field("creditExpired", s.creditExpired, r.creditExpired);
        d.field("charges", s.charges, r.charges);
        d.field("closedBalance", s.closedBalance, r.closedBalance);
        d.field("canceledCredit", s.canceledCredit, r.canceledCredit);
        d.field("billingAccountId", s.billingAccountId, r.billingAccountId);
        d.field("billingAccountDisplayName", s.billingAccountDisplayName, r.billingAccountDisplayName);
        d.field("billingProfileId", s.billingProfileId, r.billingProfileId);
        d.field("billingProfileDisplayName", s.billingProfileDisplayName, r.billingProfileDisplayName);
        d.field("eventType", s.eventTypeRaw, r.eventTypeRaw);
        d.field("eventTypeKind", s.eventType, r.eventType);
        d.field("isEstimatedBalance", s.isEstimatedBalance, r.isEstimatedBalance);
        d.field("invoiceNumber", s.invoiceNumber, r.invoiceNumber);
        d.field("lotId", s.lotId, r.lotId);
        d.field("lotSource", s.lotSource, r.lotSource);
        d.field("creditCurrency", s.creditCurrency, r.creditCurrency);
        d.field("billingCurrency", s.billingCurrency, r.billingCurrency);
        const CreditEventDetails &x = s.details();
        const CreditEventDetails &y = r.details();
        d.field("newCreditInBillingCurrency", x.newCreditInBillingCurrency, y.newCreditInBillingCurrency);
        d.field("adjustmentsInBillingCurrency", x.adjustmentsInBillingCurrency, y.adjustmentsInBillingCurrency);
        d.field("creditExpiredInBillingCurrency", x.creditExpiredInBillingCurrency, y.creditExpiredInBillingCurrency);
        d.field("chargesInBillingCurrency", x.chargesInBillingCurrency, y.chargesInBillingCurrency);
        d.field("closedBalanceInBillingCurrency", x.closedBalanceInBillingCurrency, y.closedBalanceInBillingCurrency);
        d.field("reseller", x.reseller, y.reseller);
        d.field("eTag", x.eTag, y.eTag);
    });
}

} // namespace CreditDesk::Fuzz
