#pragma once

#include "world/billingworld.h"

#include <QByteArray>
#include <QList>

namespace CreditDesk::Sandbox::Arm {

/// JSON-ready (escaped UTF-8) strings that list pages repeat on every row: resource ids, lot
/// names, display names, currency codes. Built once per ArmApi (a few MB for 10,000 lots), so
/// writing a page of events is mostly copying bytes — paging through 100,000 events stays far
/// cheaper than the client's parsing.
class Cache
{
public:
    explicit Cache(const BillingWorld &world);

    struct ProfileStrings
    {
        QByteArray id; ///< /providers/Microsoft.Billing/billingAccounts/{a}/billingProfiles/{p}
        QByteArray displayName;
        QByteArray currency;
        QByteArray accountName;
        QByteArray accountDisplayName;
    };

    const ProfileStrings &profile(int index) const { return m_profiles[index]; }
    const QByteArray &lotId(qsizetype lot) const { return m_lotIds[lot]; }
    const QByteArray &lotName(qsizetype lot) const { return m_lotNames[lot]; }

private:
    QList<ProfileStrings> m_profiles;
    QList<QByteArray> m_lotIds;
    QList<QByteArray> m_lotNames;
};

} // namespace CreditDesk::Sandbox::Arm
