#pragma once

#include <QString>

namespace CreditDesk {

/// api-versions sent to ARM. Settings › Azure may override them (AzureSettings); these are the
/// tested defaults.
struct ApiVersions
{
    QString billing = QStringLiteral("2024-04-01");
    QString consumption = QStringLiteral("2024-08-01");
    QString billingBenefits = QStringLiteral("2026-06-01");
    QString subscriptions = QStringLiteral("2022-12-01");

    friend bool operator==(const ApiVersions &, const ApiVersions &) = default;
};

} // namespace CreditDesk
