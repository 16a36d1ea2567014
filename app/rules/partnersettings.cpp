#include "rules/partnersettings.h"

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

void setOrRemove(QSettings &settings, QLatin1StringView key, const QVariant &value, bool isDefault)
{
    if (isDefault)
        settings.remove(key);
    else
        settings.setValue(key, value);
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
    setOrRemove(settings, DomainsKey, extraFreeEmailDomains, extraFreeEmailDomains.isEmpty());
    setOrRemove(settings, MonthlyKey, monthlyRedemptionUrl.toString(), monthlyRedemptionUrl.isEmpty());
    setOrRemove(settings, YearlyKey, yearlyRedemptionUrl.toString(), yearlyRedemptionUrl.isEmpty());
    setOrRemove(settings, PartnerCenterKey, partnerCenterUrl.toString(), partnerCenterUrl.isEmpty());
}

Result<QStringList> PartnerSettings::parseDomains(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    static const QRegularExpression domain(u"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"_s);
    QStringList domains;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        QString candidate = part.toLower();
        while (candidate.startsWith(u'@') || candidate.startsWith(u'.'))
            candidate.remove(0, 1);
        if (!domain.match(candidate).hasMatch())
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
    return settings.contains(u"benefits/reassignmentCap"_s);
}

bool PartnerSettings::validityIsOverridden(const QSettings &settings)
{
    return settings.contains(u"benefits/monthlyValidityMonths"_s);
}

} // namespace CreditDesk
