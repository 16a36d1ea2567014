#include "auth/signinsettings.h"

#include "auth/cloud.h"

#include <QCoreApplication>
#include <QRegularExpression>
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

void setOrRemove(QSettings &settings, QLatin1StringView key, const QString &value)
{
    if (value.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, value);
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
    setOrRemove(settings, DefaultCloudKey, defaultCloudId == u"public"_s ? QString() : defaultCloudId);
    setOrRemove(settings, ClientIdKey, clientId.trimmed());
    setOrRemove(settings, TenantKey, tenant.trimmed());
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
    static const QRegularExpression domain(u"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    if (domain.match(trimmed).hasMatch())
        return {};
    return Error{QCoreApplication::translate("SignInSettings",
                                             "\"%1\" is not a tenant. Use organizations, a tenant id (GUID) or a "
                                             "domain such as contoso.onmicrosoft.com.")
                     .arg(trimmed)};
}

} // namespace CreditDesk
