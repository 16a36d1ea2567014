#pragma once

#include "core/result.h"

#include <QString>
#include <QUrl>

namespace CreditDesk {

enum class CloudKind { Public, UsGovernment, China, Sandbox, Custom };

/// Where to sign in and which services to call. The sandbox is just another cloud: the same
/// code path talks to it as to Microsoft's.
struct Cloud
{
    CloudKind kind = CloudKind::Public;
    QUrl loginUrl;       ///< Entra ID authority host, e.g. https://login.microsoftonline.com
    QUrl armUrl;         ///< Azure Resource Manager, e.g. https://management.azure.com
    QUrl graphUrl;       ///< Microsoft Graph, e.g. https://graph.microsoft.com
    QString armResource;   ///< token audience / scope prefix for ARM
    QString graphResource; ///< token audience / scope prefix for Graph

    QString id() const;          ///< stable key: "public", "usgov", "china", "sandbox", "custom"
    QString displayName() const; ///< translated

    static Cloud publicCloud();
    static Cloud usGovernment();
    static Cloud china();
    /// The sandbox serves Entra ID, ARM and Graph on one loopback URL and expects the public
    /// cloud's resource identifiers as audiences.
    static Cloud sandbox(const QUrl &baseUrl);
    /// Custom endpoints; plain http is refused except for loopback addresses.
    static Result<Cloud> custom(const QUrl &login, const QUrl &arm, const QUrl &graph);
    static Result<Cloud> fromId(const QString &id);
};

/// http only for loopback (RFC 8252); everything else must be https.
Status validateServiceUrl(const QUrl &url);

/// The page a device-code sign-in sends the user to must be Microsoft's: https on the cloud's
/// login host or on Microsoft's device-login host (https://microsoft.com/devicelogin and its
/// national variants), or, for a loopback sign-in service (the sandbox), that same origin.
/// Anything else is refused with a message, so a hostile answer cannot show a phishing page.
Status validateVerificationUri(const QUrl &uri, const Cloud &cloud);

/// Same scheme, host (case-insensitive) and port (the scheme's default when absent): where a
/// bearer token minted for \a a may also be sent.
bool isSameOrigin(const QUrl &a, const QUrl &b);

/// Joins a base URL and an absolute path, keeping any path prefix of the base.
QUrl resolveServiceUrl(const QUrl &base, const QString &path);

} // namespace CreditDesk
