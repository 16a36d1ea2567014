#pragma once

#include "core/result.h"

#include <QString>

class QSettings;

namespace CreditDesk {

/// What Settings › Azure edits about signing in: the cloud a new sign-in starts with and the app
/// registration (client id, tenant) CreditDesk signs in as. Keys: auth/defaultCloud,
/// auth/clientId, auth/tenant. Empty client id or tenant means AppRegistration's defaults.
struct SignInSettings
{
    QString defaultCloudId = QStringLiteral("public"); ///< public, usgov or china
    QString clientId;
    QString tenant;

    static SignInSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    /// Empty (the default registration) or an application id in GUID form.
    static Status validateClientId(const QString &text);
    /// Empty, "organizations", "common", a tenant id (GUID) or a verified domain such as
    /// contoso.onmicrosoft.com. Personal accounts ("consumers") cannot administer partner credits.
    static Status validateTenant(const QString &text);

    friend bool operator==(const SignInSettings &, const SignInSettings &) = default;
};

} // namespace CreditDesk
