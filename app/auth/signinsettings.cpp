#include "auth/signinsettings.h"

#include "auth/cloud.h"
#include "core/settingsfields.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
constexpr QLatin1StringView DefaultCloudKey("auth/defaultCloud");
constexpr QLatin1StringView ClientIdKey("auth/clientId");
constexpr QLatin1StringView TenantKey("auth/tenant");

bool isGuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}
} // namespace

SignInSettings SignInSettings::load(const QSettings &settings)
{
    SignInSettings loaded;
    const QString cloud = settings.value(DefaultCloudKey).toString().trimmed();
    if (Cloud::fromId(cloud))
        loaded.defaultCloudId = cloud;
    loaded.clientId = settings.value(ClientIdKey).toString().trimmed();
    loaded.tenant = settings.value(TenantKey).toString().trimmed();
    return loaded;
}

void SignInSettings::save(QSettings &settings) const
{
    using SettingsFields::setOrRemove;
    setOrRemove(settings, DefaultCloudKey, defaultCloudId, defaultCloudId == u"public"_s);
    setOrRemove(settings, ClientIdKey, clientId.trimmed(), clientId.trimmed().isEmpty());
    setOrRemove(settings, TenantKey, tenant.trimmed(), tenant.trimmed().isEmpty());
}

Status SignInSettings::validateClientId(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || isGuid(trimmed))
        return {};
    return Error{QCoreApplication::translate("SignInSettings",
                                             "The client id is the Application (client) ID of an app registration, "
                                             "a GUID such as 00000000-0000-0000-0000-000000000000.")};
}

Status SignInSettings::validateTenant(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == u"organizations"_s || trimmed == u"common"_s || isGuid(trimmed))
        return {};
    if (trimmed.compare(u"consumers"_s, Qt::CaseInsensitive) == 0)
        return Error{QCoreApplication::translate("SignInSettings",
                                                 "Personal Microsoft accounts cannot manage partner credits. Use "
                                                 "organizations, your tenant id or your tenant's domain.")};
    if (SettingsFields::isDomainName(trimmed))
        return {};
    return Error{QCoreApplication::translate("SignInSettings",
                                             "\"%1\" is not a tenant. Use organizations, a tenant id (GUID) or a "
                                             "domain such as contoso.onmicrosoft.com.")
                     .arg(trimmed)};
}

} // namespace CreditDesk
