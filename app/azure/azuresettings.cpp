#include "azure/azuresettings.h"

#include "core/settingsfields.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
constexpr QLatin1StringView MaxPagesKey("network/maxPages");

struct VersionKey
{
    QLatin1StringView key;
    QString ApiVersions::*member;
};

constexpr VersionKey versionKeys[] = {
    {QLatin1StringView("azure/apiVersion/billing"), &ApiVersions::billing},
    {QLatin1StringView("azure/apiVersion/consumption"), &ApiVersions::consumption},
    {QLatin1StringView("azure/apiVersion/billingBenefits"), &ApiVersions::billingBenefits},
    {QLatin1StringView("azure/apiVersion/subscriptions"), &ApiVersions::subscriptions},
};
} // namespace

AzureSettings AzureSettings::load(const QSettings &settings)
{
    AzureSettings loaded;
    for (const VersionKey &entry : versionKeys) {
        const QString text = settings.value(entry.key).toString().trimmed();
        if (validateApiVersion(text))
            loaded.versions.*entry.member = text;
    }
    bool ok = false;
    const int pages = settings.value(MaxPagesKey).toInt(&ok);
    if (ok && pages > 0)
        loaded.maxPages = pages;
    return loaded;
}

void AzureSettings::save(QSettings &settings) const
{
    using SettingsFields::setOrRemove;
    const ApiVersions defaults;
    for (const VersionKey &entry : versionKeys)
        setOrRemove(settings, entry.key, versions.*entry.member, versions.*entry.member == defaults.*entry.member);
    setOrRemove(settings, MaxPagesKey, maxPages, maxPages == DefaultMaxPages);
}

Status AzureSettings::validateApiVersion(const QString &text)
{
    static const QRegularExpression shape(u"^(\\d{4}-\\d{2}-\\d{2})(-[a-z]+)?$"_s);
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch() || !QDate::fromString(match.captured(1), Qt::ISODate).isValid())
        return Error{QCoreApplication::translate("AzureSettings",
                                                 "\"%1\" is not an api-version. Use the form 2024-04-01 or "
                                                 "2024-04-01-preview.")
                         .arg(text)};
    return {};
}

} // namespace CreditDesk
