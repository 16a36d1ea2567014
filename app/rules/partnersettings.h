#pragma once

#include "core/result.h"

#include <QStringList>
#include <QUrl>

class QSettings;

namespace CreditDesk {

/// What Settings › Partner rules edits (group "benefits"): free-mail domains refused on top of the
/// built-in list, where a user redeems a monthly or yearly credit, and the Partner Center page the
/// wizard opens. An empty URL means the default. BenefitPolicy and AssignmentController read the
/// same keys through load().
struct PartnerSettings
{
    QStringList extraFreeEmailDomains; ///< lower-case, without "@"
    QUrl monthlyRedemptionUrl;
    QUrl yearlyRedemptionUrl;
    QUrl partnerCenterUrl;

    static PartnerSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    /// Domains separated by commas, spaces or new lines; "@" or "." in front is dropped.
    /// Refuses anything that is not a domain name, naming it.
    static Result<QStringList> parseDomains(const QString &text);
    /// An empty text (the default) or an absolute https URL.
    static Result<QUrl> parseLink(const QString &text);

    /// Where the reassignment cap and the monthly validity come from: Partner Center's published
    /// rule, or a value in the settings file that overrides it (benefits/reassignmentCap,
    /// benefits/monthlyValidityMonths; read-only in Settings on purpose, as they are the program's).
    static constexpr QLatin1StringView CapKey{"benefits/reassignmentCap"};
    static constexpr QLatin1StringView ValidityKey{"benefits/monthlyValidityMonths"};
    static bool capIsOverridden(const QSettings &settings);
    static bool validityIsOverridden(const QSettings &settings);

    friend bool operator==(const PartnerSettings &, const PartnerSettings &) = default;
};

} // namespace CreditDesk
