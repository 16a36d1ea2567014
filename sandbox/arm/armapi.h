#pragma once

#include "server/sandboxhttp.h"
#include "server/sandboxoptions.h"
#include "world/dataset.h"

#include <memory>
#include <optional>
#include <QStringList>

namespace CreditDesk::Sandbox {

namespace Arm {
class Cache;
}

/// Azure Resource Manager as the app uses it: Microsoft.Billing (billing accounts, profiles,
/// MPA customers), Microsoft.Consumption (lots, events, credits/balanceSummary, EA balances),
/// tenants, subscriptions and Microsoft.BillingBenefits credits with their transactions.
/// Everything under /providers/, /tenants and /subscriptions/; the server has already verified
/// the bearer token.
///
/// Supported api-versions (a missing one is a 400 MissingApiVersionParameter, another one a
/// 400 InvalidApiVersionParameter):
///   Microsoft.Billing 2024-04-01; Microsoft.Consumption 2024-08-01 (and 2026-06-01, whose
///   lots/events/credits contract is identical); tenants and subscriptions 2022-12-01 (also
///   2021-01-01, 2020-01-01); Microsoft.BillingBenefits 2026-06-01.
/// Lists page at options.scale.pageSize items with an absolute nextLink carrying $skiptoken.
/// The faults lotsNotFoundAccounts / lotsNotOfferedAccounts make one account's lots listings
/// answer 404 NotFound / 400 "not supported for this agreement type".
class ArmApi
{
public:
    ArmApi(const Dataset &dataset, const SandboxOptions &options);
    ~ArmApi();
    ArmApi(const ArmApi &) = delete;
    ArmApi &operator=(const ArmApi &) = delete;

    /// The response, or std::nullopt if the path is not an ARM operation the sandbox knows
    /// (the server answers 404 then). Only GET is served; other methods get a 405.
    std::optional<Response> handle(const Request &request) const;

    static QStringList billingApiVersions();
    static QStringList consumptionApiVersions();
    static QStringList subscriptionApiVersions();
    static QStringList billingBenefitsApiVersions();

private:
    const Dataset &m_dataset;
    std::unique_ptr<Arm::Cache> m_cache;
    qsizetype m_pageSize;
    QStringList m_lotsNotFound;  ///< SandboxFaults::lotsNotFoundAccounts
    QStringList m_lotsNotOffered; ///< SandboxFaults::lotsNotOfferedAccounts
};

} // namespace CreditDesk::Sandbox
