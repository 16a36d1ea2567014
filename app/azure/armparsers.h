#pragma once

#include "core/result.h"
#include "domain/benefitscredit.h"
#include "domain/billing.h"
#include "domain/creditevent.h"
#include "domain/creditsummary.h"
#include "domain/eabalance.h"
#include "domain/lot.h"
#include "domain/subscription.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <optional>

/// Parsers for ARM response bodies (Consumption, Billing, BillingBenefits, subscriptions).
///
/// A body that is not JSON or not the expected shape is an Error (translated message, code
/// "MalformedResponse" / "UnexpectedResponse"). Inside a good body, each row is read
/// leniently: unknown enum texts are kept raw, absent numbers become nullopt, unusable rows
/// (not an object, no id and no name, no properties object) are skipped and counted.
namespace CreditDesk {

/// One page of an ARM list (`{ "value": [...], "nextLink": "..." }`).
template<typename T> struct Page
{
    QList<T> items;
    QUrl nextLink; ///< empty when this is the last page; use verbatim
    int skippedRows = 0; ///< rows in `value` that could not be read

    bool hasNextPage() const { return !nextLink.isEmpty(); }
};

// Microsoft.Consumption
Result<Page<Lot>> parseLotsPage(const QByteArray &json);
Result<Page<CreditEvent>> parseEventsPage(const QByteArray &json);
/// 204 No Content or an empty body → nullopt (the profile has no credit summary).
Result<std::optional<CreditSummary>> parseCreditSummary(int httpStatus, const QByteArray &json);
Result<EaBalance> parseEaBalance(const QByteArray &json);

// Microsoft.Billing and subscriptions
Result<Page<BillingAccount>> parseBillingAccountsPage(const QByteArray &json);
Result<Page<BillingProfile>> parseBillingProfilesPage(const QByteArray &json);
Result<Page<BillingCustomer>> parseCustomersPage(const QByteArray &json);
Result<Page<Subscription>> parseSubscriptionsPage(const QByteArray &json);

// Microsoft.BillingBenefits (credits list by subscription / resource group / applicableCredits)
Result<Page<BenefitsCredit>> parseBenefitsCreditsPage(const QByteArray &json);
Result<BenefitsCredit> parseBenefitsCredit(const QByteArray &json);
Result<Page<BenefitsCreditTransaction>> parseBenefitsCreditTransactionsPage(const QByteArray &json);
Result<BenefitsCreditTransaction> parseBenefitsCreditTransaction(const QByteArray &json);

} // namespace CreditDesk
