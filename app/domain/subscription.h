#pragma once

#include <QLatin1StringView>
#include <QMetaType>
#include <QString>

namespace CreditDesk {

/// A row of `GET /subscriptions` (what the signed-in account can see).
struct Subscription
{
    QString id; ///< "/subscriptions/<guid>"
    QString subscriptionId; ///< the guid
    QString tenantId;
    QString displayName;
    QString state; ///< Enabled, Warned, PastDue, Disabled, Deleted (raw)
    QString quotaId; ///< subscriptionPolicies.quotaId
    QString spendingLimit; ///< subscriptionPolicies.spendingLimit (On, Off, CurrentPeriodOff)
    QString authorizationSource;

    /// Legacy partner-benefit sponsorships report this quota id (offer MS-AZR-0036P); their
    /// balance lives only on the Azure Sponsorships portal.
    bool isSponsorship() const
    {
        using namespace Qt::StringLiterals;
        return quotaId.startsWith("Sponsored_"_L1, Qt::CaseInsensitive);
    }
};

} // namespace CreditDesk

Q_DECLARE_METATYPE(CreditDesk::Subscription)
