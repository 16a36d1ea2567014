#include "azure/consumptionrows_p.h"

#include "azure/armresponse_p.h"

#include <array>
#include <string_view>

using namespace Qt::StringLiterals;

namespace CreditDesk::ConsumptionRows {

using Json::Reader;
using Json::Value;
using PendingAmount = Reader::PendingAmount;
using PendingRateAmount = Reader::PendingRateAmount;

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
    Field find(std::string_view key, Field unknown, size_t *hint) const
    {
        for (size_t n = 0, i = *hint; n < N; ++n, i = i + 1 == N ? 0 : i + 1) {
            if (entries[i].first == key) {
                *hint = i + 1 == N ? 0 : i + 1;
                return entries[i].second;
            }
        }
        return unknown;
    }
};

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

bool isBlankUtf8(std::string_view s)
{
    return ArmResponse::isBlank(QByteArrayView(s.data(), qsizetype(s.size())));
}

} // namespace

bool readLot(Reader &r, Value row, Lot *lot)
{
    PendingAmount original, closed, used;
    PendingRateAmount originalBilling, closedBilling;
    QString upperOrganizationType;
    const bool ok = ArmResponse::readEnvelope(r, row, &lot->id, &lot->name, [&](Value properties) {
        size_t hint = 0;
        r.forEachField(properties, [&](std::string_view key, Value v) {
            switch (kLotFields.find(key, LotField::Unknown, &hint)) {
            case LotField::Source:
                lot->sourceRaw = r.text(v, true, true);
                break;
            case LotField::Status:
                lot->statusRaw = r.text(v, true, true);
                break;
            case LotField::CreditCurrency:
                lot->creditCurrency = r.currency(v);
                break;
            case LotField::BillingCurrency:
                lot->billingCurrency = r.currency(v);
                break;
            case LotField::OriginalAmount:
                original = r.amount(v);
                break;
            case LotField::ClosedBalance:
                closed = r.amount(v);
                break;
            case LotField::UsedAmount:
                used = r.amount(v);
                break;
            case LotField::OriginalAmountInBilling:
                originalBilling = r.amountWithExchangeRate(v);
                break;
            case LotField::ClosedBalanceInBilling:
                closedBilling = r.amountWithExchangeRate(v);
                break;
            case LotField::StartDate:
                lot->startDate = r.dateTime(v);
                break;
            case LotField::ExpirationDate:
                lot->expirationDate = r.dateTime(v);
                break;
            case LotField::PurchasedDate:
                lot->purchasedDate = r.dateTime(v);
                break;
            case LotField::PoNumber:
                lot->poNumber = r.text(v);
                break;
            case LotField::IsEstimatedBalance:
                lot->isEstimatedBalance = r.optionalBool(v).value_or(false);
                break;
            case LotField::Reseller:
                lot->reseller = r.reseller(v);
                break;
            case LotField::ETag:
                lot->eTag = r.text(v);
                break;
            case LotField::OrganizationType:
                // The spec spells it with a capital O; the conventional spelling is accepted too.
                (key.front() == 'O' ? upperOrganizationType : lot->organizationType) = r.text(v, true, true);
                break;
            case LotField::Unknown:
                r.skip(v);
                break;
            }
        });
    });
    if (!ok)
        return false;
    if (!upperOrganizationType.isEmpty())
        lot->organizationType = upperOrganizationType;
    Json::StringPool &pool = r.pool();
    lot->billingAccountId = pool.intern(Json::armIdSegment(lot->id, "billingAccounts"_L1));
    lot->billingProfileId = pool.intern(Json::armIdSegment(lot->id, "billingProfiles"_L1));
    lot->customerId = pool.intern(Json::armIdSegment(lot->id, "customers"_L1));
    lot->source = lotSourceFromString(lot->sourceRaw);
    lot->status = lotStatusFromString(lot->statusRaw);
    lot->originalAmount = original.resolve(lot->creditCurrency);
    lot->closedBalance = closed.resolve(lot->creditCurrency);
    lot->usedAmount = used.resolve(lot->creditCurrency);
    lot->originalAmountInBillingCurrency = originalBilling.resolve(lot->billingCurrency);
    lot->closedBalanceInBillingCurrency = closedBilling.resolve(lot->billingCurrency);
    return true;
}

namespace {

// The properties of an event; amounts wait for the currencies, which may come after them.
struct EventAmounts
{
    PendingAmount newCredit, adjustments, creditExpired, charges, closedBalance, canceledCredit;
    PendingRateAmount newCreditBilling, adjustmentsBilling, creditExpiredBilling, chargesBilling,
        closedBalanceBilling;
};

void readEventProperties(Reader &r, Value properties, CreditEvent *ev, EventAmounts &a)
{
    size_t hint = 0;
    r.forEachField(properties, [&](std::string_view key, Value v) {
        switch (kEventFields.find(key, EventField::Unknown, &hint)) {
        case EventField::TransactionDate:
            ev->transactionDate = r.dateTime(v);
            break;
        case EventField::Description:
            ev->description = r.text(v, false, true);
            break;
        case EventField::NewCredit:
            a.newCredit = r.amount(v);
            break;
        case EventField::Adjustments:
            a.adjustments = r.amount(v);
            break;
        case EventField::CreditExpired:
            a.creditExpired = r.amount(v);
            break;
        case EventField::Charges:
            a.charges = r.amount(v);
            break;
        case EventField::ClosedBalance:
            a.closedBalance = r.amount(v);
            break;
        case EventField::CanceledCredit:
            a.canceledCredit = r.amount(v);
            break;
        case EventField::NewCreditInBilling:
            a.newCreditBilling = r.amountWithExchangeRate(v);
            break;
        case EventField::AdjustmentsInBilling:
            a.adjustmentsBilling = r.amountWithExchangeRate(v);
            break;
        case EventField::CreditExpiredInBilling:
            a.creditExpiredBilling = r.amountWithExchangeRate(v);
            break;
        case EventField::ChargesInBilling:
            a.chargesBilling = r.amountWithExchangeRate(v);
            break;
        case EventField::ClosedBalanceInBilling:
            a.closedBalanceBilling = r.amountWithExchangeRate(v);
            break;
        case EventField::BillingAccountId:
            ev->billingAccountId = r.text(v, true, true);
            break;
        case EventField::BillingAccountDisplayName:
            ev->billingAccountDisplayName = r.text(v, true, true);
            break;
        case EventField::BillingProfileId:
            ev->billingProfileId = r.text(v, true, true);
            break;
        case EventField::BillingProfileDisplayName:
            ev->billingProfileDisplayName = r.text(v, true, true);
            break;
        case EventField::EventType:
            ev->eventTypeRaw = r.text(v, true, true);
            break;
        case EventField::InvoiceNumber:
            ev->invoiceNumber = r.text(v, true, true);
            break;
        case EventField::LotId:
            ev->lotId = r.text(v, true, true);
            break;
        case EventField::LotSource:
            ev->lotSource = r.text(v, true, true);
            break;
        case EventField::CreditCurrency:
            ev->creditCurrency = r.currency(v);
            break;
        case EventField::BillingCurrency:
            ev->billingCurrency = r.currency(v);
            break;
        case EventField::Reseller:
            // The last of duplicate keys wins; an empty one only needs the details block when it
            // replaces a reseller read before.
            if (Reseller reseller = r.reseller(v); !reseller.isEmpty() || !ev->details().reseller.isEmpty())
                ev->editDetails().reseller = std::move(reseller);
            break;
        case EventField::IsEstimatedBalance:
            ev->isEstimatedBalance = r.optionalBool(v).value_or(false);
            break;
        case EventField::ETag:
            if (QString eTag = r.text(v); !eTag.isEmpty() || !ev->details().eTag.isEmpty())
                ev->editDetails().eTag = std::move(eTag);
            break;
        case EventField::Unknown:
            r.skip(v);
            break;
        }
    });
}

} // namespace

bool readEvent(Reader &r, Value row, CreditEvent *ev)
{
    EventAmounts a;
    // The id as decoded UTF-8, still in the reader's buffer: a conventional id is recognised by
    // setIdUtf8 without becoming a QString (it is not stored at all).
    std::string_view idUtf8;
    QString idText;
    bool hasProperties = false;
    const bool isObject = r.forEachField(row, [&](std::string_view key, Value v) {
        if (key == "id") {
            idUtf8 = {};
            idText.clear();
            if (r.kind(v) == Reader::Kind::String)
                r.utf8(v, &idUtf8);
            else
                idText = r.text(v);
        } else if (key == "name") {
            ev->name = r.text(v);
        } else if (key == "properties" && r.kind(v) == Reader::Kind::Object) {
            hasProperties = true;
            readEventProperties(r, v, ev, a);
        } else {
            r.skip(v);
        }
    });
    const bool hasId = !idText.isEmpty() || !isBlankUtf8(idUtf8);
    if (!isObject || !r.ok() || !hasProperties || (!hasId && ev->name.isEmpty()))
        return false;
    const QString &cc = ev->creditCurrency;
    const QString &bc = ev->billingCurrency;
    ev->eventType = creditEventTypeFromString(ev->eventTypeRaw);
    ev->newCredit = a.newCredit.resolve(cc);
    ev->adjustments = a.adjustments.resolve(cc);
    ev->creditExpired = a.creditExpired.resolve(cc);
    ev->charges = a.charges.resolve(cc);
    ev->closedBalance = a.closedBalance.resolve(cc);
    ev->canceledCredit = a.canceledCredit.resolve(cc);
    const std::pair<PendingRateAmount *, AmountWithExchangeRate CreditEventDetails::*> billingAmounts[] = {
        { &a.newCreditBilling, &CreditEventDetails::newCreditInBillingCurrency },
        { &a.adjustmentsBilling, &CreditEventDetails::adjustmentsInBillingCurrency },
        { &a.creditExpiredBilling, &CreditEventDetails::creditExpiredInBillingCurrency },
        { &a.chargesBilling, &CreditEventDetails::chargesInBillingCurrency },
        { &a.closedBalanceBilling, &CreditEventDetails::closedBalanceInBillingCurrency },
    };
    for (const auto &[pending, member] : billingAmounts) {
        AmountWithExchangeRate amount = pending->resolve(bc);
        if (!amount.isEmpty())
            ev->editDetails().*member = std::move(amount);
    }
    if (idText.isEmpty())
        ev->setIdUtf8(QByteArrayView(idUtf8.data(), qsizetype(idUtf8.size())));
    else
        ev->setId(idText);
    ev->compact();
    return true;
}

bool readCreditSummary(Reader &r, Value root, CreditSummary *s)
{
    PendingAmount estimated, current, pendingAdjustments, expired, pendingCharges;
    PendingRateAmount estimatedBilling;
    const bool ok = ArmResponse::readEnvelope(r, root, &s->id, &s->name, [&](Value p) {
        r.forEachField(p, [&](std::string_view key, Value v) {
            if (key == "creditCurrency") {
                s->creditCurrency = r.currency(v);
            } else if (key == "billingCurrency") {
                s->billingCurrency = r.currency(v);
            } else if (key == "balanceSummary") {
                estimated = current = {};
                estimatedBilling = {};
                r.forEachField(v, [&](std::string_view balanceKey, Value b) {
                    if (balanceKey == "estimatedBalance")
                        estimated = r.amount(b);
                    else if (balanceKey == "currentBalance")
                        current = r.amount(b);
                    else if (balanceKey == "estimatedBalanceInBillingCurrency")
                        estimatedBilling = r.amountWithExchangeRate(b);
                    else
                        r.skip(b);
                });
            } else if (key == "pendingCreditAdjustments") {
                pendingAdjustments = r.amount(v);
            } else if (key == "expiredCredit") {
                expired = r.amount(v);
            } else if (key == "pendingEligibleCharges") {
                pendingCharges = r.amount(v);
            } else if (key == "reseller") {
                s->reseller = r.reseller(v);
            } else if (key == "isEstimatedBalance") {
                s->isEstimatedBalance = r.optionalBool(v).value_or(false);
            } else if (key == "eTag") {
                s->eTag = r.text(v);
            } else {
                r.skip(v);
            }
        });
    });
    if (!ok)
        return false;
    s->estimatedBalance = estimated.resolve(s->creditCurrency);
    s->currentBalance = current.resolve(s->creditCurrency);
    s->estimatedBalanceInBillingCurrency = estimatedBilling.resolve(s->billingCurrency);
    s->pendingCreditAdjustments = pendingAdjustments.resolve(s->creditCurrency);
    s->expiredCredit = expired.resolve(s->creditCurrency);
    s->pendingEligibleCharges = pendingCharges.resolve(s->creditCurrency);
    return true;
}

bool readEaBalance(Reader &r, Value root, EaBalance *b)
{
    // Without a currency none of the balances is usable.
    struct Pending
    {
        std::optional<Money> EaBalance::*member;
        PendingAmount amount;
    };
    std::array<Pending, 11> amounts { { { &EaBalance::beginningBalance, {} },
                                        { &EaBalance::endingBalance, {} },
                                        { &EaBalance::newPurchases, {} },
                                        { &EaBalance::adjustments, {} },
                                        { &EaBalance::utilized, {} },
                                        { &EaBalance::serviceOverage, {} },
                                        { &EaBalance::chargesBilledSeparately, {} },
                                        { &EaBalance::totalOverage, {} },
                                        { &EaBalance::totalUsage, {} },
                                        { &EaBalance::azureMarketplaceServiceCharges, {} },
                                        { &EaBalance::overageRefund, {} } } };
    static constexpr std::array<std::string_view, 11> kAmountKeys {
        "beginningBalance", "endingBalance", "newPurchases",          "adjustments",
        "utilized",         "serviceOverage", "chargesBilledSeparately", "totalOverage",
        "totalUsage",       "azureMarketplaceServiceCharges",          "overageRefund",
    };
    using Details = QList<std::pair<QString, PendingAmount>>;
    Details newPurchases, adjustments;
    auto details = [&r](Value v) {
        Details out;
        r.forEachElement(v, [&](Value item) {
            std::pair<QString, PendingAmount> d;
            r.forEachField(item, [&](std::string_view key, Value field) {
                if (key == "name")
                    d.first = r.text(field);
                else if (key == "value")
                    d.second = r.amountValue(field);
                else
                    r.skip(field);
            });
            out.append(std::move(d));
        });
        return out;
    };
    const bool ok = ArmResponse::readEnvelope(r, root, &b->id, &b->name, [&](Value p) {
        r.forEachField(p, [&](std::string_view key, Value v) {
            for (size_t i = 0; i < kAmountKeys.size(); ++i) {
                if (key == kAmountKeys[i]) {
                    amounts[i].amount = r.amountValue(v);
                    return;
                }
            }
            if (key == "currency")
                b->currency = r.currency(v);
            else if (key == "billingFrequency")
                b->billingFrequency = r.text(v);
            else if (key == "priceHidden")
                b->priceHidden = r.optionalBool(v);
            else if (key == "newPurchasesDetails")
                newPurchases = details(v);
            else if (key == "adjustmentDetails")
                adjustments = details(v);
            else
                r.skip(v);
        });
    });
    if (!ok)
        return false;
    b->billingPeriod = Json::armIdSegment(b->id, "billingPeriods"_L1);
    const auto money = [b](const PendingAmount &a) {
        return b->currency.isEmpty() ? std::nullopt : a.resolve(b->currency);
    };
    for (const Pending &p : amounts)
        b->*p.member = money(p.amount);
    const auto resolveDetails = [&money](const Details &in) {
        QList<EaBalanceDetail> out;
        for (const auto &[name, amount] : in) {
            EaBalanceDetail d { name, money(amount) };
            if (!d.name.isEmpty() || d.value)
                out.append(std::move(d));
        }
        return out;
    };
    b->newPurchasesDetails = resolveDetails(newPurchases);
    b->adjustmentDetails = resolveDetails(adjustments);
    return true;
}

} // namespace CreditDesk::ConsumptionRows
