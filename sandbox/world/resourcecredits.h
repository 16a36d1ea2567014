#pragma once

#include "world/billingworld.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace CreditDesk::Sandbox {

struct SubscriptionRecord
{
    QString subscriptionId; ///< GUID
    QString displayName;
    QString state; ///< Enabled, Warned, Disabled
    QString quotaId; ///< e.g. Sponsored_2016-01-01 for a legacy partner sponsorship
    QString spendingLimit; ///< On, Off
    QStringList resourceGroups;
    IndexRange credits; ///< into ResourceCredits::credits(), resource group by resource group
};

enum class ResourceCreditKind : quint8 { PartnerSponsorship, AzureCreditOffer, AzurePrepayment, Ecif };

/// A Microsoft.BillingBenefits/credits resource.
struct ResourceCreditRecord
{
    QString name;
    QString displayName;
    QString productCode;
    QString systemId;
    QString orderId;
    QString currency;
    QString status; ///< CreditStatus: Active, Pending, Expired, Exhausted, NotStarted
    QString createdBy; ///< UPN in systemData
    ResourceCreditKind kind = ResourceCreditKind::AzureCreditOffer;
    int subscription = 0;
    int resourceGroup = 0; ///< index into the subscription's resourceGroups
    int billingProfile = -1; ///< index into BillingWorld::profiles(); -1 when there is none
    int decimals = 2;
    qint64 amount = 0; ///< minor units
    qint64 consumed = 0; ///< minor units; only written when hasConsumed
    bool hasConsumed = true; ///< some credits (pending, indirect) carry no `consumed`
    qint32 startDay = 0;
    qint32 endDay = 0;
    IndexRange transactions; ///< into ResourceCredits::transactions()
};

struct CreditTransactionRecord
{
    QString name;
    qint32 day = 0;
    int secondsOfDay = 0;
    qint64 amount = 0; ///< minor units, positive
    bool refund = false; ///< chargeType Refund (else Usage)
    bool closed = true; ///< billingStatus Closed (invoiced) or Open
    int sku = 0; ///< index into creditSkus()
    int credit = 0;
};

struct CreditSku
{
    QLatin1StringView skuTitle, productType, serviceFamily, productCode;
};
const QList<CreditSku> &creditSkus();

/// Subscriptions of the tenant and the BillingBenefits credit resources in their resource
/// groups. Subscription 0 is a legacy partner sponsorship (quotaId Sponsored_2016-01-01).
/// Only partner sponsorship credits have transactions, as in the service.
class ResourceCredits
{
public:
    ResourceCredits(quint64 seed, int subscriptionCount, const BillingWorld &world, const QString &organization,
                    const QString &adminUpn);

    const QList<SubscriptionRecord> &subscriptions() const { return m_subscriptions; }
    const QList<ResourceCreditRecord> &credits() const { return m_credits; }
    const QList<CreditTransactionRecord> &transactions() const { return m_transactions; }

    int findSubscription(QStringView subscriptionId) const; ///< -1 if unknown
    int findResourceGroup(int subscription, QStringView name) const; ///< -1 if unknown
    int findCredit(int subscription, int resourceGroup, QStringView name) const;
    int findTransaction(int credit, QStringView name) const;

private:
    void addCredit(quint64 seed, int subscription, int resourceGroup, ResourceCreditKind kind,
                   const BillingWorld &world, const QString &adminUpn);

    QList<SubscriptionRecord> m_subscriptions;
    QList<ResourceCreditRecord> m_credits;
    QList<CreditTransactionRecord> m_transactions;
};

QLatin1StringView resourceCreditKindSkuTitle(ResourceCreditKind kind);

} // namespace CreditDesk::Sandbox
