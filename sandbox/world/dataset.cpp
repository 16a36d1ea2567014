#include "world/dataset.h"

#include "world/prng.h"

#include <array>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

Q_LOGGING_CATEGORY(lcSandboxDataset, "creditdesk.sandbox.dataset")

namespace {

constexpr std::array kOrganizations = { "Contoso"_L1,  "Fabrikam"_L1,  "Northwind"_L1, "Adatum"_L1,
                                        "Tailspin"_L1, "Woodgrove"_L1, "Litware"_L1,   "Proseware"_L1 };

/// Keeps a hostile or mistyped scale from exhausting memory or producing empty pages.
SandboxScale clamped(SandboxScale s)
{
    s.billingAccounts = qBound(0, s.billingAccounts, 50);
    s.billingProfiles = qBound(0, s.billingProfiles, 200);
    s.customers = qBound(0, s.customers, 1000);
    s.lotsPerProfile = qBound(0, s.lotsPerProfile, 100000);
    s.eventsPerLot = qBound(0, s.eventsPerLot, 10000);
    s.users = qBound(1, s.users, 200000); // at least the signed-in admin
    s.subscriptions = qBound(1, s.subscriptions, 1000); // at least the sponsorship subscription
    s.benefitCredits = qBound(0, s.benefitCredits, 10000);
    s.pageSize = qBound(1, s.pageSize, 5000);
    return s;
}

} // namespace

Dataset::Dataset(const SandboxOptions &options)
    : m_seed(options.seed)
    , m_scale(clamped(options.scale))
    , m_today(options.today.isValid() ? options.today : QDateTime::currentDateTimeUtc().date())
{
    QElapsedTimer timer;
    timer.start();

    // Seed 1 is Contoso, like every Microsoft sample; other seeds rotate through the sample names.
    m_organization = kOrganizations[static_cast<size_t>((m_seed + kOrganizations.size() - 1) % kOrganizations.size())];
    Prng tenant = streamFor(m_seed, Domain::Tenant);
    m_tenantId = tenant.guid();
    const QString slug = m_organization.toLower() + u"-sandbox"_s;
    m_tenantDomain = slug + u".onmicrosoft.com"_s;
    m_customDomain = slug + u".com"_s;

    m_directory = std::make_unique<SandboxDirectory>(m_seed, m_scale.users, m_tenantDomain, m_customDomain, m_today);
    m_billing = std::make_unique<BillingWorld>(m_seed, m_scale, m_today, m_organization);
    m_resourceCredits = std::make_unique<ResourceCredits>(m_seed, m_scale.subscriptions, *m_billing, m_organization,
                                                          signedInUser().userPrincipalName);
    m_benefits = std::make_unique<BenefitSeed>(m_seed, m_scale.benefitCredits, *m_directory, m_today,
                                               m_resourceCredits->subscriptions().constFirst().subscriptionId);

    qCDebug(lcSandboxDataset).nospace() << "generated world for seed " << m_seed << " (" << m_organization << ", "
                                        << m_today.toString(Qt::ISODate) << "): " << m_billing->lots().size()
                                        << " lots, " << m_billing->events().size() << " events, "
                                        << m_directory->users().size() << " users in " << timer.elapsed() << " ms";
}

Dataset::~Dataset() = default;

const SandboxUser &Dataset::signedInUser() const
{
    return m_directory->users().constFirst();
}

QJsonDocument Dataset::benefitCreditsDocument() const
{
    return m_benefits->document(*m_directory, m_tenantId, m_tenantDomain, m_today);
}

} // namespace CreditDesk::Sandbox
