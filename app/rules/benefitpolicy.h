#pragma once

#include <QStringList>
#include <QUrl>

class QSettings;

namespace CreditDesk {

/// The partner programs' named policy values (SPEC §2). Defaults follow Partner Center's
/// "Use your Azure credits"; settings may change them (BenefitPolicy::fromSettings()).
struct BenefitPolicy
{
    int reassignmentCap = 5; ///< reassignments of a monthly credit; the first assignment is free
    int monthlyValidityMonths = 13; ///< a monthly credit is valid this long from activation
    /// Lower-case domains; a mail or UPN on one of them (or a subdomain) is refused.
    QStringList freeEmailDomains = builtInFreeEmailDomains();
    QUrl monthlyRedemptionUrl = defaultRedemptionUrl();
    QUrl yearlyRedemptionUrl = defaultRedemptionUrl();

    /// The list kept in the data file app/rules/freeemaildomains.txt (a resource).
    static QStringList builtInFreeEmailDomains();
    static QUrl defaultRedemptionUrl();

    /// Settings keys (group "benefits"): reassignmentCap, monthlyValidityMonths,
    /// extraFreeEmailDomains (list, added to the built-in one), monthlyRedemptionUrl,
    /// yearlyRedemptionUrl. Absent or invalid values keep the defaults.
    static BenefitPolicy fromSettings(const QSettings &settings);

    friend bool operator==(const BenefitPolicy &, const BenefitPolicy &) = default;
};

} // namespace CreditDesk
