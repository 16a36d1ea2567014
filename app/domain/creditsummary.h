#pragma once

#include "domain/billing.h"
#include "domain/money.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace CreditDesk {

/// `credits/balanceSummary` of an MCA billing profile: the "now" totals.
struct CreditSummary
{
    QString id;
    QString name;

    std::optional<Money> estimatedBalance; ///< after billed and pending transactions ("now")
    std::optional<Money> currentBalance; ///< as of the last invoice
    AmountWithExchangeRate estimatedBalanceInBillingCurrency;
    std::optional<Money> pendingCreditAdjustments;
    std::optional<Money> expiredCredit; ///< since the last invoice
    std::optional<Money> pendingEligibleCharges;

    QString creditCurrency;
    QString billingCurrency;
    Reseller reseller;
    bool isEstimatedBalance = false;
    QString eTag;
};

} // namespace CreditDesk

Q_DECLARE_METATYPE(CreditDesk::CreditSummary)
