#pragma once

// The generated world of the sandbox: one tenant with its billing accounts, credit lots and
// events, subscriptions with BillingBenefits credits, directory users and the partner benefit
// credits seeded into the app's ledger. Everything is derived from (seed, scale, today): the
// same inputs give byte-identical API responses.
//
// Benefit credits document (Dataset::benefitCreditsDocument), for the app's ledger import:
//
//   {
//     "schemaVersion": 1,
//     "source": "creditdesk-sandbox",
//     "tenantId": "<guid>",
//     "tenantDomain": "contoso-sandbox.onmicrosoft.com",
//     "asOf": "2026-11-22T00:00:00Z",                  // the world's "today"
//     "credits": [{
//       "creditId": "PBC-2026-000001",
//       "creditType": "monthly" | "bulk",
//       "programName": "Visual Studio Enterprise",      // also "Action Pack", "Solutions Partner for ..."
//       "amount": 150,                                  // monthly: per month; bulk: in total (decimal number)
//       "currency": "USD",                              // or "EUR"
//       "startDate": "2026-02-10T00:00:00Z",            // membership / benefit period
//       "endDate": "2027-02-10T00:00:00Z",
//       "activationDate": "2026-02-21T00:00:00Z" | null,// first assignment; null if never assigned
//       "status": "notRedeemed" | "assigned" | "redeemed" | "expired",
//       "assignedUserId": "<graph object id>" | null,   // current holder (null after a removal)
//       "assignedUserPrincipalName": "..." | null,
//       "assignedUserDisplayName": "..." | null,
//       "assignedUserMail": "..." | null,
//       "subscriptionId": "<guid>" | null,              // sponsorship subscription once redeemed
//       "reassignmentsUsed": 0..5,                      // = history entries with countsAsReassignment
//       "history": [{
//         "timestamp": "2026-02-21T09:14:05Z",
//         "action": "assign" | "remove",
//         "userId": "<guid>", "userPrincipalName": "...", "userDisplayName": "...",
//         "performedBy": "<admin UPN>",
//         "countsAsReassignment": false                 // true for every assignment after the first
//       }]
//     }]
//   }

#include "server/sandboxoptions.h"
#include "world/benefitseed.h"
#include "world/billingworld.h"
#include "world/resourcecredits.h"
#include "world/sandboxdirectory.h"

#include <memory>
#include <QDate>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace CreditDesk::Sandbox {

class Dataset
{
public:
    /// Deterministic from options.seed, options.scale and options.today (invalid today = the
    /// current UTC date). Scale values are clamped to sane bounds (see effectiveScale()).
    explicit Dataset(const SandboxOptions &options);
    ~Dataset();
    Dataset(const Dataset &) = delete;
    Dataset &operator=(const Dataset &) = delete;

    QString tenantId() const { return m_tenantId; } ///< GUID derived from the seed
    QString tenantDomain() const { return m_tenantDomain; } ///< e.g. contoso-sandbox.onmicrosoft.com
    QString customDomain() const { return m_customDomain; } ///< e.g. contoso-sandbox.com (verified)
    QStringList verifiedDomains() const { return { m_tenantDomain, m_customDomain }; }
    QString organizationName() const { return m_organization; } ///< e.g. Contoso
    QDate today() const { return m_today; }
    const SandboxScale &effectiveScale() const { return m_scale; }

    /// The partner admin who signs in (user 0 of the directory).
    const SandboxUser &signedInUser() const;
    /// Seeded partner benefit credits for the app's ledger import (format above).
    QJsonDocument benefitCreditsDocument() const;

    const BillingWorld &billing() const { return *m_billing; }
    const ResourceCredits &resourceCredits() const { return *m_resourceCredits; }
    const SandboxDirectory &directory() const { return *m_directory; }
    SandboxDirectory &directory() { return *m_directory; }
    const BenefitSeed &benefitSeed() const { return *m_benefits; }

private:
    quint64 m_seed;
    SandboxScale m_scale;
    QDate m_today;
    QString m_organization;
    QString m_tenantId;
    QString m_tenantDomain;
    QString m_customDomain;
    std::unique_ptr<SandboxDirectory> m_directory;
    std::unique_ptr<BillingWorld> m_billing;
    std::unique_ptr<ResourceCredits> m_resourceCredits;
    std::unique_ptr<BenefitSeed> m_benefits;
};

} // namespace CreditDesk::Sandbox
