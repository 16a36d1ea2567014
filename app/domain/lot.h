#pragma once

#include "domain/billing.h"
#include "domain/money.h"

#include <QDateTime>
#include <QLatin1StringView>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace CreditDesk {

/// What kind of credit a lot is. The service's `source` is an open set and live data uses
/// display texts ("Azure Promotional Credit"), so the raw text is kept next to this.
enum class LotSource {
    Purchased, ///< PurchasedCredit, prepayment
    Promotional, ///< PromotionalCredit, partner-benefit and promo credits
    ConsumptionCommitment, ///< MACC
    Other,
};

/// Lot lifecycle (`status`, open set). Unknown = a value this version does not know.
enum class LotStatus { None, Active, Inactive, Expired, Complete, Canceled, Unknown };

/// Loose match: ignores case, spaces, dashes and underscores and looks for key words, so
/// "PromotionalCredit", "Azure Promotional Credit" and "promotional_credit" agree.
inline LotSource lotSourceFromString(QStringView s)
{
    using namespace Qt::StringLiterals;
    QString folded;
    folded.reserve(s.size());
    for (QChar c : s) {
        if (c.isLetterOrNumber())
            folded.append(c.toLower());
    }
    if (folded.contains("commitment"_L1) || folded == "macc"_L1)
        return LotSource::ConsumptionCommitment;
    if (folded.contains("promo"_L1) || folded.contains("sponsor"_L1) || folded.contains("benefit"_L1)) {
        return LotSource::Promotional;
    }
    if (folded.contains("purchase"_L1) || folded.contains("prepayment"_L1) || folded.contains("monetarycredit"_L1)) {
        return LotSource::Purchased;
    }
    return LotSource::Other;
}

inline LotStatus lotStatusFromString(QStringView s)
{
    using namespace Qt::StringLiterals;
    s = s.trimmed();
    if (s.isEmpty())
        return LotStatus::Unknown;
    struct Entry
    {
        QLatin1StringView text;
        LotStatus status;
    };
    static constexpr Entry entries[] = {
        { "None"_L1, LotStatus::None },          { "Active"_L1, LotStatus::Active },
        { "Inactive"_L1, LotStatus::Inactive },  { "Expired"_L1, LotStatus::Expired },
        { "Complete"_L1, LotStatus::Complete },  { "Canceled"_L1, LotStatus::Canceled },
        { "Cancelled"_L1, LotStatus::Canceled },
    };
    for (const Entry &e : entries) {
        if (s.compare(e.text, Qt::CaseInsensitive) == 0)
            return e.status;
    }
    return LotStatus::Unknown;
}

/// One credit lot (`Microsoft.Consumption/lots`). Amounts are optional because the service
/// omits them for some rows (e.g. the Contributor side of a shared commitment).
struct Lot
{
    QString id; ///< full ARM id; the stable key
    QString name;
    QString billingAccountId; ///< parsed from the id path when present
    QString billingProfileId; ///< parsed from the id path when present (MCA)
    QString customerId; ///< parsed from the id path when present (MPA)

    QString sourceRaw; ///< `source` as sent, free text
    LotSource source = LotSource::Other;
    QString statusRaw; ///< `status` as sent
    LotStatus status = LotStatus::Unknown;

    std::optional<Money> originalAmount;
    std::optional<Money> closedBalance; ///< as of the last invoice, not real time
    std::optional<Money> usedAmount; ///< commitments only
    AmountWithExchangeRate originalAmountInBillingCurrency;
    AmountWithExchangeRate closedBalanceInBillingCurrency;

    QDateTime startDate; ///< UTC; invalid when absent
    QDateTime expirationDate; ///< UTC; invalid when absent
    QDateTime purchasedDate; ///< UTC; invalid when absent

    QString poNumber;
    QString creditCurrency;
    QString billingCurrency;
    bool isEstimatedBalance = false;
    QString organizationType; ///< `OrganizationType` (capital O): Primary / Contributor
    Reseller reseller;
    QString eTag;

    /// The currency of the lot's balance: the one its amounts carry (closedBalance, else
    /// originalAmount), else creditCurrency. The amounts come first because their figures are in
    /// their own currency; a creditCurrency that says otherwise must not relabel them.
    QString currency() const
    {
        if (closedBalance && closedBalance->isValid())
            return closedBalance->currency();
        if (originalAmount && originalAmount->isValid())
            return originalAmount->currency();
        return creditCurrency;
    }
};

} // namespace CreditDesk

Q_DECLARE_METATYPE(CreditDesk::Lot)
// Every member is relocatable (QString, QDateTime, optional<Money>...): lists of 100,000 rows
// grow by moving memory instead of copy-constructing each row and its strings.
Q_DECLARE_TYPEINFO(CreditDesk::Lot, Q_RELOCATABLE_TYPE);
