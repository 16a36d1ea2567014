#include "rules/partnersettings.h"

#include "core/settingsfields.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
constexpr QLatin1StringView DomainsKey("benefits/extraFreeEmailDomains");
constexpr QLatin1StringView MonthlyKey("benefits/monthlyRedemptionUrl");
constexpr QLatin1StringView YearlyKey("benefits/yearlyRedemptionUrl");
constexpr QLatin1StringView PartnerCenterKey("benefits/partnerCenterUrl");

QUrl linkSetting(const QSettings &settings, QLatin1StringView key)
{
    const Result<QUrl> link = PartnerSettings::parseLink(settings.value(key).toString());
    return link ? link.value() : QUrl();
}
} // namespace

PartnerSettings PartnerSettings::load(const QSettings &settings)
{
    PartnerSettings loaded;
    const Result<QStringList> domains = parseDomains(settings.value(DomainsKey).toStringList().join(u','));
    if (domains)
        loaded.extraFreeEmailDomains = domains.value();
    loaded.monthlyRedemptionUrl = linkSetting(settings, MonthlyKey);
    loaded.yearlyRedemptionUrl = linkSetting(settings, YearlyKey);
    loaded.partnerCenterUrl = linkSetting(settings, PartnerCenterKey);
    return loaded;
}

void PartnerSettings::save(QSettings &settings) const
{
    using SettingsFields::setOrRemove;
    setOrRemove(settings, DomainsKey, extraFreeEmailDomains, extraFreeEmailDomains.isEmpty());
    setOrRemove(settings, MonthlyKey, monthlyRedemptionUrl.toString(), monthlyRedemptionUrl.isEmpty());
    setOrRemove(settings, YearlyKey, yearlyRedemptionUrl.toString(), yearlyRedemptionUrl.isEmpty());
    setOrRemove(settings, PartnerCenterKey, partnerCenterUrl.toString(), partnerCenterUrl.isEmpty());
}

Result<QStringList> PartnerSettings::parseDomains(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    QStringList domains;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        QString candidate = part.toLower();
        while (candidate.startsWith(u'@') || candidate.startsWith(u'.'))
            candidate.remove(0, 1);
        if (!SettingsFields::isDomainName(candidate))
            return Error{QCoreApplication::translate("PartnerSettings",
                                                     "\"%1\" is not a mail domain. Write domains such as "
                                                     "example.com, separated by commas.")
                             .arg(part)};
        if (!domains.contains(candidate))
            domains.append(candidate);
    }
    return domains;
}

Result<QUrl> PartnerSettings::parseLink(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QUrl();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https"_s || url.host().isEmpty())
        return Error{QCoreApplication::translate("PartnerSettings",
                                                 "\"%1\" is not an https address. Leave it empty for the default.")
                         .arg(trimmed)};
    return url;
}

bool PartnerSettings::capIsOverridden(const QSettings &settings)
{
    return settings.contains(CapKey);
}

bool PartnerSettings::validityIsOverridden(const QSettings &settings)
{
    return settings.contains(ValidityKey);
}

} // namespace CreditDesk
