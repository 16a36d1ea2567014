#pragma once

#include "domain/money.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace CreditDesk {

/// A named line of `newPurchasesDetails` / `adjustmentDetails` ("Promo Credit", ...).
struct EaBalanceDetail
{
    QString name;
    std::optional<Money> value;
};

/// EA Azure Prepayment balance (`Microsoft.Consumption/balances`) of a billing account,
/// optionally for one billing period. Only relevant when an EA enrollment is in play.
struct EaBalance
{
    QString id;
    QString name;
    QString billingPeriod; ///< from the id path (`billingPeriods/201702`) when present
    QString currency; ///< trimmed and upper-cased ("USD  " → "USD")

    std::optional<Money> beginningBalance;
    std::optional<Money> endingBalance; ///< updated daily for open periods
    std::optional<Money> newPurchases;
    std::optional<Money> adjustments;
    std::optional<Money> utilized;
    std::optional<Money> serviceOverage;
    std::optional<Money> chargesBilledSeparately;
    std::optional<Money> totalOverage;
    std::optional<Money> totalUsage;
    std::optional<Money> azureMarketplaceServiceCharges;
    std::optional<Money> overageRefund;

    QString billingFrequency; ///< Month / Quarter / Year (raw)
    std::optional<bool> priceHidden;
    QList<EaBalanceDetail> newPurchasesDetails;
    QList<EaBalanceDetail> adjustmentDetails;
};

} // namespace CreditDesk

Q_DECLARE_METATYPE(CreditDesk::EaBalance)
