#include "auth/appregistration.h"

#include "auth/signinsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace CreditDesk::AppRegistration {

QString clientId(const QString &override)
{
    if (!override.isEmpty())
        return override;
    const QString fromEnvironment = qEnvironmentVariable("CREDITDESK_CLIENT_ID").trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString fromSettings = SignInSettings::load(QSettings()).clientId;
    return fromSettings.isEmpty() ? QString::fromLatin1(DefaultClientId) : fromSettings;
}

QString tenant(const QString &override)
{
    if (!override.isEmpty())
        return override;
    const QString fromSettings = SignInSettings::load(QSettings()).tenant;
    return fromSettings.isEmpty() ? QString::fromLatin1(DefaultTenant) : fromSettings;
}

} // namespace CreditDesk::AppRegistration
