#include "azure/streamrows.h"

#include <algorithm>
#include <array>
#include <string_view>

using namespace Qt::StringLiterals;

namespace CreditDesk::StreamRows {

using Json::PullReader;
using Json::StringPool;
using Kind = PullReader::Kind;

namespace {

// Key → field lookup by binary search over a sorted table; avoids comparing every key with
// every field name on each of 100,000 rows.
template<typename Field, size_t N> struct KeyTable
{
    std::array<std::pair<std::string_view, Field>, N> entries;

    constexpr bool sorted() const
    {
        return std::is_sorted(entries.begin(), entries.end(),
                              [](const auto &a, const auto &b) { return a.first < b.first; });
    }
    Field find(QByteArrayView key, Field unknown) const
    {
        const std::string_view k(key.data(), size_t(key.size()));
        const auto it = std::lower_bound(entries.begin(), entries.end(), k,
                                         [](const auto &e, std::string_view v) { return e.first < v; });
        return it != entries.end() && it->first == k ? it->second : unknown;
    }
};

// Any string (decoded, pooled) or number (its literal); anything else is skipped → empty.
QString readText(PullReader &r, StringPool *pool, bool trim)
{
    QString text;
    switch (r.peek()) {
    case Kind::String: {
        QByteArrayView raw;
        bool hasEscapes = false;
        if (!r.readRawString(&raw, &hasEscapes))
            return {};
        text = hasEscapes ? PullReader::decode(raw) : pool ? pool->internUtf8(raw) : QString::fromUtf8(raw);
        break;
    }
    case Kind::Number: {
        QByteArrayView literal;
        if (r.readNumber(&literal))
            text = QString::fromLatin1(literal);
        break;
    }
    default:
        r.skipValue();
        return {};
    }
    return trim ? text.trimmed() : text;
}

QString readString(PullReader &r, StringPool *pool = nullptr)
{
    return readText(r, pool, true);
}

QString readCurrency(PullReader &r, StringPool &pool)
{
    return pool.intern(Money::normalizedCurrency(readString(r, &pool)));
}

std::optional<bool> readBoolLike(PullReader &r)
{
    switch (r.peek()) {
    case Kind::Bool: {
        bool b = false;
        return r.readBool(&b) ? std::optional(b) : std::nullopt;
    }
    case Kind::String: {
        const QString s = readString(r);
        if (s.compare("true"_L1, Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare("false"_L1, Qt::CaseInsensitive) == 0)
            return false;
        return std::nullopt;
    }
    case Kind::Number: {
        QByteArrayView literal;
        if (!r.readNumber(&literal))
            return std::nullopt;
        const double d = literal.toDouble();
        return d == 0.0 || d == 1.0 ? std::optional(d == 1.0) : std::nullopt;
    }
    default:
        r.skipValue();
        return std::nullopt;
    }
}

QDateTime readDate(PullReader &r)
{
    if (r.peek() != Kind::String) {
        r.skipValue();
        return {};
    }
    QByteArrayView raw;
    bool hasEscapes = false;
    if (!r.readRawString(&raw, &hasEscapes))
        return {};
    return hasEscapes ? Json::parseDateTime(QStringView(PullReader::decode(raw))) : Json::parseDateTime(raw);
}

// An `amount` or `AmountWithExchangeRate` whose currency may only be known once the whole
// row has been read (creditCurrency can come after the amounts).
struct PendingAmount
{
    QString currency;
    QByteArrayView literal; // a JSON number, pointing into the response
    QString text; // a number sent as a string
    std::optional<double> exchangeRate;
    std::optional<int> exchangeRateMonth;

    std::optional<Money> resolve(const QString &fallbackCurrency) const
    {
        const QString code = currency.isEmpty() ? fallbackCurrency : currency;
        if (code.isEmpty())
            return std::nullopt;
        if (!literal.isEmpty())
            return Money::fromDecimalString(literal, code);
        if (!text.isEmpty())
            return Money::fromDecimalString(QStringView(text), code);
        return std::nullopt;
    }
    AmountWithExchangeRate resolveWithRate(const QString &fallbackCurrency) const
    {
        return AmountWithExchangeRate { resolve(fallbackCurrency), exchangeRate, exchangeRateMonth };
    }
};

std::optional<double> readFiniteNumber(PullReader &r)
{
    if (r.peek() == Kind::Number) {
        QByteArrayView literal;
        bool ok = false;
        const double d = r.readNumber(&literal) ? literal.toDouble(&ok) : 0.0;
        return ok && qIsFinite(d) ? std::optional(d) : std::nullopt;
    }
    bool ok = false;
    const double d = readString(r).toDouble(&ok);
    return ok && qIsFinite(d) ? std::optional(d) : std::nullopt;
}

PendingAmount readAmount(PullReader &r, StringPool &pool)
{
    PendingAmount a;
    if (r.peek() != Kind::Object) {
        r.skipValue();
        return a;
    }
    r.beginObject();
    QByteArrayView key;
    while (r.nextKey(&key)) {
        if (key == "currency") {
            a.currency = readCurrency(r, pool);
        } else if (key == "value") {
            const Kind kind = r.peek();
            if (kind == Kind::Number)
                r.readNumber(&a.literal);
            else if (kind == Kind::String)
                a.text = readString(r);
            else
                r.skipValue();
        } else if (key == "exchangeRate") {
            a.exchangeRate = readFiniteNumber(r);
        } else if (key == "exchangeRateMonth") {
            const auto month = readFiniteNumber(r);
            if (month && *month == double(int(*month)))
                a.exchangeRateMonth = int(*month);
        } else {
            r.skipValue();
        }
    }
    return a;
}

Reseller readReseller(PullReader &r, StringPool &pool)
{
    Reseller reseller;
    if (r.peek() != Kind::Object) {
        r.skipValue();
        return reseller;
    }
    r.beginObject();
    QByteArrayView key;
    while (r.nextKey(&key)) {
        if (key == "resellerId")
            reseller.id = readString(r, &pool);
        else if (key == "resellerDescription")
            reseller.description = readText(r, &pool, false);
        else
            r.skipValue();
    }
    return reseller;
}

// The proxy-resource envelope: id and name around a properties object read by \a readProperties.
template<typename ReadProperties>
bool readEnvelope(PullReader &r, QString *id, QString *name, ReadProperties readProperties)
{
    if (r.peek() != Kind::Object) {
        r.skipValue();
        return false;
    }
    r.beginObject();
    bool hasProperties = false;
    QByteArrayView key;
    while (r.nextKey(&key)) {
        if (key == "id") {
            *id = readString(r);
        } else if (key == "name") {
            *name = readString(r);
        } else if (key == "properties" && r.peek() == Kind::Object) {
            hasProperties = true;
            readProperties();
        } else {
            r.skipValue();
        }
    }
    return !r.failed() && hasProperties && !(id->isEmpty() && name->isEmpty());
}

// clang-format off
enum class LotField {
    Unknown, BillingCurrency, ClosedBalance, ClosedBalanceInBilling, CreditCurrency, ETag, ExpirationDate,
    IsEstimatedBalance, OrganizationType, OriginalAmount, OriginalAmountInBilling, PoNumber, PurchasedDate,
    Reseller, Source, StartDate, Status, UsedAmount,
};

// Sorted by byte value (upper case before lower case); checked at compile time.
constexpr KeyTable<LotField, 18> kLotFields { { {
    { "OrganizationType", LotField::OrganizationType },
    { "billingCurrency", LotField::BillingCurrency },
    { "closedBalance", LotField::ClosedBalance },
    { "closedBalanceInBillingCurrency", LotField::ClosedBalanceInBilling },
    { "creditCurrency", LotField::CreditCurrency },
    { "eTag", LotField::ETag },
    { "expirationDate", LotField::ExpirationDate },
    { "isEstimatedBalance", LotField::IsEstimatedBalance },
    { "organizationType", LotField::OrganizationType },
    { "originalAmount", LotField::OriginalAmount },
    { "originalAmountInBillingCurrency", LotField::OriginalAmountInBilling },
    { "poNumber", LotField::PoNumber },
    { "purchasedDate", LotField::PurchasedDate },
    { "reseller", LotField::Reseller },
    { "source", LotField::Source },
    { "startDate", LotField::StartDate },
    { "status", LotField::Status },
    { "usedAmount", LotField::UsedAmount },
} } };
static_assert(kLotFields.sorted());

enum class EventField {
    Unknown, Adjustments, AdjustmentsInBilling, BillingAccountDisplayName, BillingAccountId, BillingCurrency,
    BillingProfileDisplayName, BillingProfileId, CanceledCredit, Charges, ChargesInBilling, ClosedBalance,
    ClosedBalanceInBilling, CreditCurrency, CreditExpired, CreditExpiredInBilling, Description, ETag, EventType,
    InvoiceNumber, IsEstimatedBalance, LotId, LotSource, NewCredit, NewCreditInBilling, Reseller, TransactionDate,
};

constexpr KeyTable<EventField, 26> kEventFields { { {
    { "adjustments", EventField::Adjustments },
    { "adjustmentsInBillingCurrency", EventField::AdjustmentsInBilling },
    { "billingAccountDisplayName", EventField::BillingAccountDisplayName },
    { "billingAccountId", EventField::BillingAccountId },
    { "billingCurrency", EventField::BillingCurrency },
    { "billingProfileDisplayName", EventField::BillingProfileDisplayName },
    { "billingProfileId", EventField::BillingProfileId },
    { "canceledCredit", EventField::CanceledCredit },
    { "charges", EventField::Charges },
    { "chargesInBillingCurrency", EventField::ChargesInBilling },
    { "closedBalance", EventField::ClosedBalance },
    { "closedBalanceInBillingCurrency", EventField::ClosedBalanceInBilling },
    { "creditCurrency", EventField::CreditCurrency },
    { "creditExpired", EventField::CreditExpired },
    { "creditExpiredInBillingCurrency", EventField::CreditExpiredInBilling },
    { "description", EventField::Description },
    { "eTag", EventField::ETag },
    { "eventType", EventField::EventType },
    { "invoiceNumber", EventField::InvoiceNumber },
    { "isEstimatedBalance", EventField::IsEstimatedBalance },
    { "lotId", EventField::LotId },
    { "lotSource", EventField::LotSource },
    { "newCredit", EventField::NewCredit },
    { "newCreditInBillingCurrency", EventField::NewCreditInBilling },
    { "reseller", EventField::Reseller },
    { "transactionDate", EventField::TransactionDate },
} } };
static_assert(kEventFields.sorted());
// clang-format on

} // namespace

bool readLot(PullReader &r, StringPool &pool, Lot *lot)
{
    PendingAmount original, closed, used, originalBilling, closedBilling;
    QString upperOrganizationType;
    const bool ok = readEnvelope(r, &lot->id, &lot->name, [&] {
        r.beginObject();
        QByteArrayView key;
        while (r.nextKey(&key)) {
            switch (kLotFields.find(key, LotField::Unknown)) {
            case LotField::Source:
                lot->sourceRaw = readString(r, &pool);
                break;
            case LotField::Status:
                lot->statusRaw = readString(r, &pool);
                break;
            case LotField::CreditCurrency:
                lot->creditCurrency = readCurrency(r, pool);
                break;
            case LotField::BillingCurrency:
                lot->billingCurrency = readCurrency(r, pool);
                break;
            case LotField::OriginalAmount:
                original = readAmount(r, pool);
                break;
            case LotField::ClosedBalance:
                closed = readAmount(r, pool);
                break;
            case LotField::UsedAmount:
                used = readAmount(r, pool);
                break;
            case LotField::OriginalAmountInBilling:
                originalBilling = readAmount(r, pool);
                break;
            case LotField::ClosedBalanceInBilling:
                closedBilling = readAmount(r, pool);
                break;
            case LotField::StartDate:
                lot->startDate = readDate(r);
                break;
            case LotField::ExpirationDate:
                lot->expirationDate = readDate(r);
                break;
            case LotField::PurchasedDate:
                lot->purchasedDate = readDate(r);
                break;
            case LotField::PoNumber:
                lot->poNumber = readString(r);
                break;
            case LotField::IsEstimatedBalance:
                lot->isEstimatedBalance = readBoolLike(r).value_or(false);
                break;
            case LotField::Reseller:
                lot->reseller = readReseller(r, pool);
                break;
            case LotField::ETag:
                lot->eTag = readString(r);
                break;
            case LotField::OrganizationType:
                // The spec spells it with a capital O; the conventional spelling is accepted too.
                (key.front() == 'O' ? upperOrganizationType : lot->organizationType) = readString(r, &pool);
                break;
            case LotField::Unknown:
                r.skipValue();
                break;
            }
        }
    });
    if (!ok)
        return false;
    if (!upperOrganizationType.isEmpty())
        lot->organizationType = upperOrganizationType;
    lot->billingAccountId = pool.intern(Json::armIdSegment(lot->id, "billingAccounts"_L1));
    lot->billingProfileId = pool.intern(Json::armIdSegment(lot->id, "billingProfiles"_L1));
    lot->customerId = pool.intern(Json::armIdSegment(lot->id, "customers"_L1));
    lot->source = lotSourceFromString(lot->sourceRaw);
    lot->status = lotStatusFromString(lot->statusRaw);
    lot->originalAmount = original.resolve(lot->creditCurrency);
    lot->closedBalance = closed.resolve(lot->creditCurrency);
    lot->usedAmount = used.resolve(lot->creditCurrency);
    lot->originalAmountInBillingCurrency = originalBilling.resolveWithRate(lot->billingCurrency);
    lot->closedBalanceInBillingCurrency = closedBilling.resolveWithRate(lot->billingCurrency);
    return true;
}

bool readEvent(PullReader &r, StringPool &pool, CreditEvent *ev)
{
    PendingAmount newCredit, adjustments, creditExpired, charges, closedBalance, canceledCredit;
    PendingAmount newCreditBilling, adjustmentsBilling, creditExpiredBilling, chargesBilling, closedBalanceBilling;
    QString id;
    const bool ok = readEnvelope(r, &id, &ev->name, [&] {
        r.beginObject();
        QByteArrayView key;
        while (r.nextKey(&key)) {
            switch (kEventFields.find(key, EventField::Unknown)) {
            case EventField::TransactionDate:
                ev->transactionDate = readDate(r);
                break;
            case EventField::Description:
                ev->description = readText(r, &pool, false);
                break;
            case EventField::NewCredit:
                newCredit = readAmount(r, pool);
                break;
            case EventField::Adjustments:
                adjustments = readAmount(r, pool);
                break;
            case EventField::CreditExpired:
                creditExpired = readAmount(r, pool);
                break;
            case EventField::Charges:
                charges = readAmount(r, pool);
                break;
            case EventField::ClosedBalance:
                closedBalance = readAmount(r, pool);
                break;
            case EventField::CanceledCredit:
                canceledCredit = readAmount(r, pool);
                break;
            case EventField::NewCreditInBilling:
                newCreditBilling = readAmount(r, pool);
                break;
            case EventField::AdjustmentsInBilling:
                adjustmentsBilling = readAmount(r, pool);
                break;
            case EventField::CreditExpiredInBilling:
                creditExpiredBilling = readAmount(r, pool);
                break;
            case EventField::ChargesInBilling:
                chargesBilling = readAmount(r, pool);
                break;
            case EventField::ClosedBalanceInBilling:
                closedBalanceBilling = readAmount(r, pool);
                break;
            case EventField::BillingAccountId:
                ev->billingAccountId = readString(r, &pool);
                break;
            case EventField::BillingAccountDisplayName:
                ev->billingAccountDisplayName = readString(r, &pool);
                break;
            case EventField::BillingProfileId:
                ev->billingProfileId = readString(r, &pool);
                break;
            case EventField::BillingProfileDisplayName:
                ev->billingProfileDisplayName = readString(r, &pool);
                break;
            case EventField::EventType:
                ev->eventTypeRaw = readString(r, &pool);
                break;
            case EventField::InvoiceNumber:
                ev->invoiceNumber = readString(r, &pool);
                break;
            case EventField::LotId:
                ev->lotId = readString(r, &pool);
                break;
            case EventField::LotSource:
                ev->lotSource = readString(r, &pool);
                break;
            case EventField::CreditCurrency:
                ev->creditCurrency = readCurrency(r, pool);
                break;
            case EventField::BillingCurrency:
                ev->billingCurrency = readCurrency(r, pool);
                break;
            case EventField::Reseller:
                if (Reseller reseller = readReseller(r, pool); !reseller.isEmpty())
                    ev->editDetails().reseller = std::move(reseller);
                break;
            case EventField::IsEstimatedBalance:
                ev->isEstimatedBalance = readBoolLike(r).value_or(false);
                break;
            case EventField::ETag:
                if (QString eTag = readString(r); !eTag.isEmpty())
                    ev->editDetails().eTag = std::move(eTag);
                break;
            case EventField::Unknown:
                r.skipValue();
                break;
            }
        }
    });
    if (!ok)
        return false;
    const QString &cc = ev->creditCurrency;
    const QString &bc = ev->billingCurrency;
    ev->eventType = creditEventTypeFromString(ev->eventTypeRaw);
    ev->newCredit = newCredit.resolve(cc);
    ev->adjustments = adjustments.resolve(cc);
    ev->creditExpired = creditExpired.resolve(cc);
    ev->charges = charges.resolve(cc);
    ev->closedBalance = closedBalance.resolve(cc);
    ev->canceledCredit = canceledCredit.resolve(cc);
    const std::pair<PendingAmount *, AmountWithExchangeRate CreditEventDetails::*> billingAmounts[] = {
        { &newCreditBilling, &CreditEventDetails::newCreditInBillingCurrency },
        { &adjustmentsBilling, &CreditEventDetails::adjustmentsInBillingCurrency },
        { &creditExpiredBilling, &CreditEventDetails::creditExpiredInBillingCurrency },
        { &chargesBilling, &CreditEventDetails::chargesInBillingCurrency },
        { &closedBalanceBilling, &CreditEventDetails::closedBalanceInBillingCurrency },
    };
    for (const auto &[pending, member] : billingAmounts) {
        AmountWithExchangeRate amount = pending->resolveWithRate(bc);
        if (!amount.isEmpty())
            ev->editDetails().*member = std::move(amount);
    }
    ev->setId(id);
    ev->compact();
    return true;
}

} // namespace CreditDesk::StreamRows
