#pragma once

#include "azure/apiversions.h"
#include "core/result.h"

class QSettings;

namespace CreditDesk {

/// What Settings › Azure edits: the api-version sent to each ARM provider and the page limit of
/// one listing. Keys: azure/apiVersion/{billing,consumption,billingBenefits,subscriptions} and
/// network/maxPages. Absent or malformed values keep the tested defaults.
struct AzureSettings
{
    ApiVersions versions;
    int maxPages = DefaultMaxPages;

    static constexpr int DefaultMaxPages = 10'000;

    static AzureSettings load(const QSettings &settings);
    /// Writes only values that differ from the defaults, so a later release's new defaults apply
    /// to everyone who never chose otherwise.
    void save(QSettings &settings) const;

    /// An ARM api-version: yyyy-mm-dd, optionally followed by "-preview" (or another lower-case
    /// suffix), as the providers publish them.
    static Status validateApiVersion(const QString &text);

    friend bool operator==(const AzureSettings &, const AzureSettings &) = default;
};

} // namespace CreditDesk
