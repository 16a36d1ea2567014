#pragma once

#include "domain/money.h"

#include <QDateTime>
#include <QLatin1StringView>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace CreditDesk {

/// `properties.status` of a Microsoft.BillingBenefits credit (open set). Not the ARM
/// provisioningState. Unknown also covers values this version does not know.
enum class BenefitsCreditStatus {
    Unknown,
    Pending, ///< pending activation
    Active, ///< available for use
    Succeeded,
    Canceled,
    Failed,
    Expired,
    Exhausted, ///< fully consumed
    NotStarted,
};

inline BenefitsCreditStatus benefitsCreditStatusFromString(QStringView s)
{
    using namespace Qt::StringLiterals;
    s = s.trimmed();
    struct Entry
    {
        QLatin1StringView text;
        BenefitsCreditStatus status;
    };
    static constexpr Entry entries[] = {
        { "Pending"_L1, BenefitsCreditStatus::Pending },       { "Active"_L1, BenefitsCreditStatus::Active },
        { "Succeeded"_L1, BenefitsCreditStatus::Succeeded },   { "Canceled"_L1, BenefitsCreditStatus::Canceled },
        { "Cancelled"_L1, BenefitsCreditStatus::Canceled },    { "Failed"_L1, BenefitsCreditStatus::Failed },
        { "Expired"_L1, BenefitsCreditStatus::Expired },       { "Exhausted"_L1, BenefitsCreditStatus::Exhausted },
        { "NotStarted"_L1, BenefitsCreditStatus::NotStarted },
    };
    for (const Entry &e : entries) {
        if (s.compare(e.text, Qt::CaseInsensitive) == 0)
            return e.status;
    }
    return BenefitsCreditStatus::Unknown;
}

/// A credit as an ARM resource (`Microsoft.BillingBenefits/credits`, api-version 2026-06-01;
/// also the `applicableCredits` rows). The resource carries what was granted and what was
/// consumed, but no balance: remaining() is derived.
struct BenefitsCredit
{
    QString id; ///< full ARM id as sent
    QString name;
    QString type; ///< credits or applicableCredits
    QString location;
    QString subscriptionId; ///< from id, else from properties.resourceId
    QString resourceGroup; ///< from id, else from properties.resourceId (list-by-subscription
                           ///< example ids carry no resourceGroups segment)
    QString resourceId; ///< properties.resourceId (the real credit for applicableCredits)

    QString displayName;
    QString statusRaw; ///< `properties.status` as sent
    BenefitsCreditStatus status = BenefitsCreditStatus::Unknown;
    QString provisioningState;

    Money credit; ///< `{currencyCode, amount}`; invalid Money when absent
    QString creditGrain; ///< Hourly / FullTerm / Unknown (raw)
    std::optional<Money> consumed;
    std::optional<double> consumedPercentage; ///< 2026-07-01-preview; a ratio, not money

    QDateTime startAt; ///< UTC; invalid when absent
    QDateTime endAt; ///< UTC; invalid when absent

    QString billingAccountResourceId;
    QString billingProfileResourceId; ///< joins with Consumption lots
    QString customerResourceId;
    QString appliedScopeType; ///< BillingAccount / BillingProfile / Customer (raw)
    QString systemId; ///< stable key: the resource id changes when the credit moves
    QString orderId;
    QString fundingSystemId;
    QString invitationId;
    QString productCode;
    QString reasonCode;
    QString reasonDescription;
    QString redemptionPolicy; ///< NotApplicable / AutoRedeem / ManualRedeem (raw)
    QString expirationPolicy; ///< None / SuspendBillingProfile (raw)

    QString skuTitle; ///< productDetails
    QString productFamily;
    QString productType;
    QStringList appliedOn;
    QString appliedPrice;

    QDateTime createdAt; ///< systemData
    QDateTime lastModifiedAt;
    QMap<QString, QString> tags;

    /// credit − consumed. Undocumented but the only way to a balance: the resource has no
    /// remaining field. consumed absent → the whole credit; nullopt when the credit is absent
    /// or the two currencies differ (never silently mixed).
    std::optional<Money> remaining() const
    {
        if (!credit.isValid())
            return std::nullopt;
        if (!consumed)
            return credit;
        if (consumed->currency() != credit.currency())
            return std::nullopt;
        return credit.checkedSubtract(*consumed);
    }
};

enum class CreditTransactionChargeType { Unknown, Usage, Purchase, Refund };
enum class CreditTransactionBillingStatus { Unknown, Open, Closed };

inline CreditTransactionChargeType creditTransactionChargeTypeFromString(QStringView s)
{
    using namespace Qt::StringLiterals;
    s = s.trimmed();
    if (s.compare("Usage"_L1, Qt::CaseInsensitive) == 0)
        return CreditTransactionChargeType::Usage;
    if (s.compare("Purchase"_L1, Qt::CaseInsensitive) == 0)
        return CreditTransactionChargeType::Purchase;
    if (s.compare("Refund"_L1, Qt::CaseInsensitive) == 0)
        return CreditTransactionChargeType::Refund;
    return CreditTransactionChargeType::Unknown;
}

inline CreditTransactionBillingStatus creditTransactionBillingStatusFromString(QStringView s)
{
    using namespace Qt::StringLiterals;
    s = s.trimmed();
    if (s.compare("Open"_L1, Qt::CaseInsensitive) == 0)
        return CreditTransactionBillingStatus::Open;
    if (s.compare("Closed"_L1, Qt::CaseInsensitive) == 0)
        return CreditTransactionBillingStatus::Closed;
    return CreditTransactionBillingStatus::Unknown;
}

/// A charge against a credit (`credits/{name}/transactions`); no running balance.
struct BenefitsCreditTransaction
{
    QString id;
    QString name;
    QString subscriptionId; ///< from the id path
    QString resourceGroup; ///< from the id path
    QString creditName; ///< from the id path (`credits/{creditName}`)

    QDateTime date; ///< UTC; invalid when absent
    QString chargeTypeRaw;
    CreditTransactionChargeType chargeType = CreditTransactionChargeType::Unknown;
    QString billingStatusRaw;
    CreditTransactionBillingStatus billingStatus = CreditTransactionBillingStatus::Unknown;
    QString invoiceResourceId; ///< expect empty while Open
    std::optional<Money> amountInBillingCurrency;
    std::optional<Money> amountInPricingCurrency;
    QString productCode;
    QString skuTitle; ///< productDetails
    QString productFamily;
    QString productType;
    QString serviceFamily;
    QString publisherType;
    QString provisioningState;
};

} // namespace CreditDesk

Q_DECLARE_METATYPE(CreditDesk::BenefitsCredit)
Q_DECLARE_METATYPE(CreditDesk::BenefitsCreditTransaction)
