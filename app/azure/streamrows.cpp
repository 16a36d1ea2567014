#include "azure/streamrows.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string_view>

using namespace Qt::StringLiterals;

namespace CreditDesk::StreamRows {

using Json::PullReader;
using Json::StringPool;
using Kind = PullReader::Kind;

namespace {

// Key → field lookup. Rows repeat their keys in the same order and the table lists them in
// that order, so the search starts just after the entry of the object's previous key (\a hint,
// one per object being read) and usually ends at the first comparison; a key out of the usual
// order costs one trip round the table.
template<typename Field, size_t N> struct KeyTable
{
    std::array<std::pair<std::string_view, Field>, N> entries;

    constexpr bool unique() const
    {
        for (size_t i = 0; i < N; ++i) {
            for (size_t j = i + 1; j < N; ++j) {
                if (entries[i].first == entries[j].first)
                    return false;
            }
        }
        return true;
    }
    Field find(QByteArrayView key, Field unknown, size_t *hint) const
    {
        const std::string_view k(key.data(), size_t(key.size()));
        for (size_t n = 0, i = *hint; n < N; ++n, i = i + 1 == N ? 0 : i + 1) {
            if (entries[i].first == k) {
                *hint = i + 1 == N ? 0 : i + 1;
                return entries[i].second;
            }
        }
        return unknown;
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
        text = hasEscapes ? PullReader::decode(raw) : pool ? pool->internUtf8(raw) : PullReader::decodeUnescaped(raw);
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
    // Most values have nothing to trim; trimmed() would still scan and copy.
    // (Through a view: QString::front() on a non-const string would detach it from the pool.)
    if (const QStringView view(text); trim && !view.isEmpty() && (view.front().isSpace() || view.back().isSpace()))
        return text.trimmed();
    return text;
}

QString readString(PullReader &r, StringPool *pool = nullptr)
{
    return readText(r, pool, true);
}

QString readCurrency(PullReader &r, StringPool &pool)
{
    return pool.internCurrency(readText(r, &pool, false));
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
            // A month of the year; anything else (13, -1, 1e300) is not a month and is dropped.
            // Range first: converting a double outside int's range is undefined (a fuzzer sent 1e300).
            const auto month = readFiniteNumber(r);
            if (month && *month >= 1 && *month <= 12 && std::trunc(*month) == *month) {
                a.exchangeRateMonth = int(*month);
            }
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
// With \a rawId, an id without escapes is handed out as its bytes (valid as long as the
// response) and *id stays empty.
template<typename ReadProperties>
bool readEnvelope(PullReader &r, QString *id, QString *name, ReadProperties readProperties,
                  QByteArrayView *rawId = nullptr)
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
            QByteArrayView raw;
            bool hasEscapes = false;
            if (rawId && r.peek() == Kind::String && r.readRawString(&raw, &hasEscapes) && !hasEscapes) {
                *rawId = raw;
                id->clear();
            } else {
                *id = hasEscapes ? PullReader::decode(raw).trimmed() : readString(r);
                if (rawId)
                    *rawId = {};
            }
        } else if (key == "name") {
            *name = readString(r);
        } else if (key == "properties" && r.peek() == Kind::Object) {
            hasProperties = true;
            readProperties();
        } else {
            r.skipValue();
        }
    }
    const bool hasId = !id->isEmpty() || (rawId && !QByteArrayView(*rawId).trimmed().isEmpty());
    return !r.failed() && hasProperties && (hasId || !name->isEmpty());
}

// clang-format off
enum class LotField {
    Unknown, BillingCurrency, ClosedBalance, ClosedBalanceInBilling, CreditCurrency, ETag, ExpirationDate,
    IsEstimatedBalance, OrganizationType, OriginalAmount, OriginalAmountInBilling, PoNumber, PurchasedDate,
    Reseller, Source, StartDate, Status, UsedAmount,
};

// In the order the service writes them (see KeyTable); any order is found.
constexpr KeyTable<LotField, 18> kLotFields { { {
    { "creditCurrency", LotField::CreditCurrency },
    { "billingCurrency", LotField::BillingCurrency },
    { "originalAmount", LotField::OriginalAmount },
    { "originalAmountInBillingCurrency", LotField::OriginalAmountInBilling },
    { "closedBalance", LotField::ClosedBalance },
    { "closedBalanceInBillingCurrency", LotField::ClosedBalanceInBilling },
    { "source", LotField::Source },
    { "startDate", LotField::StartDate },
    { "expirationDate", LotField::ExpirationDate },
    { "poNumber", LotField::PoNumber },
    { "purchasedDate", LotField::PurchasedDate },
    { "status", LotField::Status },
    { "isEstimatedBalance", LotField::IsEstimatedBalance },
    { "OrganizationType", LotField::OrganizationType },
    { "organizationType", LotField::OrganizationType },
    { "usedAmount", LotField::UsedAmount },
    { "reseller", LotField::Reseller },
    { "eTag", LotField::ETag },
} } };
static_assert(kLotFields.unique());

enum class EventField {
    Unknown, Adjustments, AdjustmentsInBilling, BillingAccountDisplayName, BillingAccountId, BillingCurrency,
    BillingProfileDisplayName, BillingProfileId, CanceledCredit, Charges, ChargesInBilling, ClosedBalance,
    ClosedBalanceInBilling, CreditCurrency, CreditExpired, CreditExpiredInBilling, Description, ETag, EventType,
    InvoiceNumber, IsEstimatedBalance, LotId, LotSource, NewCredit, NewCreditInBilling, Reseller, TransactionDate,
};

constexpr KeyTable<EventField, 26> kEventFields { { {
    { "transactionDate", EventField::TransactionDate },
    { "description", EventField::Description },
    { "newCredit", EventField::NewCredit },
    { "adjustments", EventField::Adjustments },
    { "creditExpired", EventField::CreditExpired },
    { "charges", EventField::Charges },
    { "closedBalance", EventField::ClosedBalance },
    { "canceledCredit", EventField::CanceledCredit },
    { "eventType", EventField::EventType },
    { "invoiceNumber", EventField::InvoiceNumber },
    { "billingProfileId", EventField::BillingProfileId },
    { "billingProfileDisplayName", EventField::BillingProfileDisplayName },
    { "lotId", EventField::LotId },
    { "lotSource", EventField::LotSource },
    { "billingAccountId", EventField::BillingAccountId },
    { "billingAccountDisplayName", EventField::BillingAccountDisplayName },
    { "creditCurrency", EventField::CreditCurrency },
    { "billingCurrency", EventField::BillingCurrency },
    { "isEstimatedBalance", EventField::IsEstimatedBalance },
    { "newCreditInBillingCurrency", EventField::NewCreditInBilling },
    { "adjustmentsInBillingCurrency", EventField::AdjustmentsInBilling },
    { "creditExpiredInBillingCurrency", EventField::CreditExpiredInBilling },
    { "chargesInBillingCurrency", EventField::ChargesInBilling },
    { "closedBalanceInBillingCurrency", EventField::ClosedBalanceInBilling },
    { "reseller", EventField::Reseller },
    { "eTag", EventField::ETag },
} } };
static_assert(kEventFields.unique());
// clang-format on

} // namespace

bool readLot(PullReader &r, StringPool &pool, Lot *lot)
{
    PendingAmount original, closed, used, originalBilling, closedBilling;
    QString upperOrganizationType;
    const bool ok = readEnvelope(r, &lot->id, &lot->name, [&] {
        r.beginObject();
        QByteArrayView key;
        size_t hint = 0;
        while (r.nextKey(&key)) {
            switch (kLotFields.find(key, LotField::Unknown, &hint)) {
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
    QByteArrayView rawId;
    const bool ok = readEnvelope(r, &id, &ev->name, [&] {
        r.beginObject();
        QByteArrayView key;
        size_t hint = 0;
        while (r.nextKey(&key)) {
            switch (kEventFields.find(key, EventField::Unknown, &hint)) {
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
                // The last of duplicate keys wins, as in QJsonDocument and readLot; an empty one
                // only needs the details block when it replaces a reseller read before.
                if (Reseller reseller = readReseller(r, pool); !reseller.isEmpty() || !ev->details().reseller.isEmpty())
                    ev->editDetails().reseller = std::move(reseller);
                break;
            case EventField::IsEstimatedBalance:
                ev->isEstimatedBalance = readBoolLike(r).value_or(false);
                break;
            case EventField::ETag:
                if (QString eTag = readString(r); !eTag.isEmpty() || !ev->details().eTag.isEmpty())
                    ev->editDetails().eTag = std::move(eTag);
                break;
            case EventField::Unknown:
                r.skipValue();
                break;
            }
        }
    }, &rawId);
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
    if (rawId.isEmpty())
        ev->setId(id);
    else
        ev->setIdUtf8(rawId);
    ev->compact();
    return true;
}

} // namespace CreditDesk::StreamRows
