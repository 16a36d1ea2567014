#pragma once

#include "world/sandboxdirectory.h"

#include <QDate>
#include <QJsonDocument>
#include <QList>
#include <QString>

namespace CreditDesk::Sandbox {

struct BenefitHistoryRecord
{
    qint32 day = 0;
    int secondsOfDay = 0;
    bool assign = true; ///< false: the user was removed
    qsizetype user = -1; ///< index into SandboxDirectory::users()
    bool countsAsReassignment = false; ///< every assignment after the first one
};

/// One Partner Center benefit credit as the ledger import sees it (see dataset.h for the JSON).
struct BenefitCreditRecord
{
    QString creditId;
    bool monthly = true;
    QString programName;
    QString currency;
    qint64 amount = 0; ///< minor units: per month (monthly) or in total (bulk)
    qint32 startDay = 0;
    qint32 endDay = 0;
    qint32 activationDay = 0; ///< 0: not activated
    QString status; ///< notRedeemed, assigned, redeemed, expired
    qsizetype assignedUser = -1;
    QString subscriptionId; ///< the sponsorship subscription, once redeemed
    int reassignmentsUsed = 0;
    QList<BenefitHistoryRecord> history;
};

/// Seeds the benefits ledger. The first credits cover the cases the partner rules care about:
/// a monthly credit at the cap (5 reassignments), one at 4, the single user holding a bulk
/// credit (who also holds a monthly one), unassigned monthly and bulk credits, an expired
/// monthly credit and one whose user was removed after 2 reassignments. Only enabled member
/// users with a company mail domain are ever assigned.
class BenefitSeed
{
public:
    BenefitSeed(quint64 seed, int count, const SandboxDirectory &directory, QDate today,
                const QString &sponsorshipSubscriptionId);

    const QList<BenefitCreditRecord> &credits() const { return m_credits; }
    QJsonDocument document(const SandboxDirectory &directory, const QString &tenantId, const QString &tenantDomain,
                           QDate today) const;

private:
    QList<BenefitCreditRecord> m_credits;
};

} // namespace CreditDesk::Sandbox
