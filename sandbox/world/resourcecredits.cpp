#include "world/resourcecredits.h"

#include "world/prng.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

namespace {

struct SubscriptionKind
{
    QLatin1StringView name;
    QLatin1StringView quotaId;
};

constexpr std::array kSubscriptionKinds = {
    SubscriptionKind { "Production"_L1, "PayAsYouGo_2014-09-01"_L1 },
    SubscriptionKind { "Visual Studio Enterprise"_L1, "MSDN_2014-09-01"_L1 },
    SubscriptionKind { "Development"_L1, "EnterpriseAgreement_2014-09-01"_L1 },
    SubscriptionKind { "Customer Workloads"_L1, "CSP_2015-05-01"_L1 },
    SubscriptionKind { "Data Platform"_L1, "PayAsYouGo_2014-09-01"_L1 },
};

constexpr std::array kResourceGroups = { "rg-credits"_L1, "rg-finops"_L1, "rg-partner-benefits"_L1 };

QString yyyymmdd(qint32 day)
{
    return QDate::fromJulianDay(day).toString(u"yyyyMMdd");
}

/// The first MCA profile in the wanted currency, else the first MCA profile, else -1.
int profileFor(const BillingWorld &world, QLatin1StringView currency)
{
    int fallback = -1;
    for (const BillingAccountRecord &account : world.accounts()) {
        if (account.agreement != ArmAgreementType::MicrosoftCustomerAgreement)
            continue;
        for (int p : account.profiles) {
            if (world.profiles()[p].lots.size() == 0)
                continue;
            if (world.profiles()[p].currency == currency)
                return p;
            if (fallback < 0)
                fallback = p;
        }
    }
    return fallback;
}

} // namespace

const QList<CreditSku> &creditSkus()
{
    static const QList<CreditSku> skus = {
        { "Standard D2s v3"_L1, "Virtual Machines Dv3 Series"_L1, "Compute"_L1, "UPN242544"_L1 },
        { "P30 Disk"_L1, "Premium SSD Managed Disks"_L1, "Storage"_L1, "UPN242545"_L1 },
        { "Hot LRS Data Stored"_L1, "Blob Storage"_L1, "Storage"_L1, "UPN118820"_L1 },
        { "GPT-4o Input Tokens"_L1, "Azure OpenAI"_L1, "AI + Machine Learning"_L1, "UPN310455"_L1 },
        { "P1 v3 App"_L1, "Azure App Service Premium v3 Plan"_L1, "Web"_L1, "UPN201733"_L1 },
        { "S2 DTUs"_L1, "SQL Database Single Standard"_L1, "Databases"_L1, "UPN152211"_L1 },
    };
    return skus;
}

QLatin1StringView resourceCreditKindSkuTitle(ResourceCreditKind kind)
{
    switch (kind) {
    case ResourceCreditKind::PartnerSponsorship:
        return "Azure Sponsorship Credit"_L1;
    case ResourceCreditKind::AzureCreditOffer:
        return "Azure Credit - Standard"_L1;
    case ResourceCreditKind::AzurePrepayment:
        return "Azure Prepayment"_L1;
    case ResourceCreditKind::Ecif:
        return "End Customer Investment Funds"_L1;
    }
    return "Azure Credit - Standard"_L1;
}

ResourceCredits::ResourceCredits(quint64 seed, int subscriptionCount, const BillingWorld &world,
                                 const QString &organization, const QString &adminUpn)
{
    for (int s = 0; s < subscriptionCount; ++s) {
        Prng rng = streamFor(seed, Domain::Subscription, { static_cast<quint64>(s) });
        SubscriptionRecord sub;
        sub.subscriptionId = rng.guid();
        if (s == 0) {
            // Legacy partner-benefit redemption: a new Azure Sponsorship subscription.
            sub.displayName = u"Azure Sponsorship"_s;
            sub.quotaId = u"Sponsored_2016-01-01"_s;
            sub.spendingLimit = u"On"_s;
        } else {
            const SubscriptionKind &kind = kSubscriptionKinds[static_cast<size_t>(s - 1) % kSubscriptionKinds.size()];
            const int round = (s - 1) / static_cast<int>(kSubscriptionKinds.size());
            sub.displayName
                = organization + u' ' + kind.name + (round > 0 ? u' ' + QString::number(round + 1) : QString());
            sub.quotaId = kind.quotaId;
            sub.spendingLimit = kind.quotaId.startsWith("MSDN"_L1) ? u"On"_s : u"Off"_s;
        }
        sub.state = s % 5 == 4 ? u"Warned"_s : u"Enabled"_s;
        const int groups = 1 + s % 2;
        for (int g = 0; g < groups; ++g)
            sub.resourceGroups.append(kResourceGroups[static_cast<size_t>(g + s) % kResourceGroups.size()]);
        sub.credits.begin = m_credits.size();
        m_subscriptions.append(sub);
        const int creditCount = 1 + static_cast<int>(rng.range(0, 2));
        for (int c = 0; c < creditCount; ++c) {
            ResourceCreditKind kind = ResourceCreditKind::PartnerSponsorship;
            if (s != 0 && c != 0) {
                static constexpr std::array kinds
                    = { ResourceCreditKind::PartnerSponsorship, ResourceCreditKind::AzureCreditOffer,
                        ResourceCreditKind::AzurePrepayment, ResourceCreditKind::Ecif };
                kind = rng.pick(kinds);
            }
            addCredit(seed, s, c % groups, kind, world, adminUpn);
        }
        // Keep credits grouped by resource group so a resource-group listing is one range.
        auto begin = m_credits.begin() + m_subscriptions[s].credits.begin;
        std::stable_sort(begin, m_credits.end(), [](const ResourceCreditRecord &a, const ResourceCreditRecord &b) {
            return a.resourceGroup < b.resourceGroup;
        });
        m_subscriptions[s].credits.end = m_credits.size();
    }
    // Transactions point back to their credit by index; fix them up after sorting.
    for (qsizetype c = 0; c < m_credits.size(); ++c) {
        for (qsizetype t = m_credits[c].transactions.begin; t < m_credits[c].transactions.end; ++t)
            m_transactions[t].credit = static_cast<int>(c);
    }
}

void ResourceCredits::addCredit(quint64 seed, int subscription, int resourceGroup, ResourceCreditKind kind,
                                const BillingWorld &world, const QString &adminUpn)
{
    const auto index = static_cast<int>(m_credits.size());
    Prng rng = streamFor(seed, Domain::ResourceCredit, { static_cast<quint64>(index) });
    const auto today = static_cast<qint32>(world.today().toJulianDay());
    const auto cutoff = static_cast<qint32>(world.settlementCutoff().toJulianDay());

    ResourceCreditRecord credit;
    credit.kind = kind;
    credit.subscription = subscription;
    credit.resourceGroup = resourceGroup;
    credit.billingProfile = profileFor(world, index % 4 == 3 ? "EUR"_L1 : "USD"_L1);
    credit.currency = credit.billingProfile >= 0 ? world.profiles()[credit.billingProfile].currency : u"USD"_s;
    credit.decimals = credit.billingProfile >= 0 ? world.profiles()[credit.billingProfile].decimals : 2;
    qint64 major = 0;
    switch (kind) {
    case ResourceCreditKind::PartnerSponsorship:
        major = rng.pick(std::array<qint64, 3> { 3500, 5000, 10000 });
        credit.displayName = u"Partner sponsorship credit"_s;
        break;
    case ResourceCreditKind::AzureCreditOffer:
        major = rng.pick(std::array<qint64, 3> { 1000, 2500, 5000 });
        credit.displayName = u"Azure Credit Offer"_s;
        break;
    case ResourceCreditKind::AzurePrepayment:
        major = rng.pick(std::array<qint64, 2> { 50000, 100000 });
        credit.displayName = u"Azure Prepayment"_s;
        break;
    case ResourceCreditKind::Ecif:
        major = 20000;
        credit.displayName = u"ECIF migration credit"_s;
        break;
    }
    if (credit.decimals == 0)
        major *= 100;
    credit.amount = major * (credit.decimals == 0 ? 1 : 100);

    // Lifecycle: mostly active; every fifth starts in the future, every seventh has ended.
    if (index % 5 == 4) {
        credit.startDay = today + static_cast<qint32>(rng.range(3, 60));
        credit.status = u"Pending"_s;
        credit.hasConsumed = false;
    } else if (index % 7 == 6) {
        credit.startDay = today - static_cast<qint32>(rng.range(400, 600));
        credit.status = u"Expired"_s;
    } else {
        credit.startDay = today - static_cast<qint32>(rng.range(20, 300));
        credit.status = u"Active"_s;
    }
    credit.endDay = credit.startDay + 365;
    if (index % 6 == 1 && kind == ResourceCreditKind::PartnerSponsorship)
        credit.hasConsumed = false; // as for indirect customers: no consumed amount at all

    const QString started = yyyymmdd(credit.startDay);
    credit.name = u"credit-"_s + started + u'-' + QStringLiteral("%1").arg(index + 1, 3, 10, QLatin1Char('0'));
    credit.systemId
        = u"CR-"_s + started + u'-' + QStringLiteral("%1").arg(rng.range(1, 99999999), 8, 10, QLatin1Char('0'));
    credit.productCode = rng.guid();
    credit.orderId = rng.guid();
    credit.createdBy = adminUpn;

    credit.transactions.begin = m_transactions.size();
    qint64 consumed = 0;
    if (kind == ResourceCreditKind::PartnerSponsorship && credit.startDay < today) {
        const int count = static_cast<int>(rng.range(3, 12));
        const qint32 last = std::min(today, credit.endDay);
        QList<qint32> days(count);
        for (auto &d : days)
            d = static_cast<qint32>(rng.range(credit.startDay, last));
        std::sort(days.begin(), days.end());
        for (int t = 0; t < count; ++t) {
            CreditTransactionRecord tx;
            tx.name = u"txn-"_s + QStringLiteral("%1").arg(index + 1, 3, 10, QLatin1Char('0')) + u'-'
                + QStringLiteral("%1").arg(t + 1, 3, 10, QLatin1Char('0'));
            tx.day = days[t];
            tx.secondsOfDay = static_cast<int>(rng.range(0, 86399));
            tx.refund = t > 0 && rng.chance(0.1);
            tx.amount = rng.range(500, credit.amount / (count * 2) + 500);
            tx.closed = tx.day < cutoff;
            tx.sku = static_cast<int>(rng.range(0, creditSkus().size() - 1));
            tx.credit = index;
            if (tx.refund) {
                // A refund gives back part of what was charged, never more.
                tx.amount = qMax<qint64>(1, qMin(tx.amount, consumed));
                consumed -= tx.amount;
            } else {
                consumed += tx.amount;
            }
            m_transactions.append(tx);
        }
    } else if (credit.status != u"Pending"_s) {
        consumed = credit.amount * rng.range(0, 90) / 100;
    }
    if (credit.status == u"Active"_s && consumed >= credit.amount)
        credit.status = u"Exhausted"_s;
    credit.consumed = std::min(consumed, credit.amount);
    credit.transactions.end = m_transactions.size();
    m_credits.append(credit);
}

int ResourceCredits::findSubscription(QStringView subscriptionId) const
{
    for (qsizetype i = 0; i < m_subscriptions.size(); ++i) {
        if (m_subscriptions[i].subscriptionId.compare(subscriptionId, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

int ResourceCredits::findResourceGroup(int subscription, QStringView name) const
{
    const QStringList &groups = m_subscriptions[subscription].resourceGroups;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (groups[i].compare(name, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

int ResourceCredits::findCredit(int subscription, int resourceGroup, QStringView name) const
{
    const IndexRange range = m_subscriptions[subscription].credits;
    for (qsizetype i = range.begin; i < range.end; ++i) {
        if (m_credits[i].resourceGroup == resourceGroup && m_credits[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

int ResourceCredits::findTransaction(int credit, QStringView name) const
{
    const IndexRange range = m_credits[credit].transactions;
    for (qsizetype i = range.begin; i < range.end; ++i) {
        if (m_transactions[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace CreditDesk::Sandbox
