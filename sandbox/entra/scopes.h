#pragma once

#include <QString>
#include <QStringList>

namespace CreditDesk::Sandbox {

/// A token request's scope parameter, read the way Entra ID v2.0 reads it: OpenID Connect
/// scopes plus the scopes of exactly one resource. Bare names such as User.Read.All belong
/// to Microsoft Graph.
struct ScopeRequest
{
    QString audience;           ///< Audience::arm() or Audience::graph()
    QStringList grantedScopes;  ///< the "scope" field of the token response
    QStringList scp;            ///< the scp claim (short names)
    bool openId = false;
    bool profile = false;
    bool email = false;
    bool offlineAccess = false;

    QString error;              ///< OAuth error (invalid_scope, invalid_resource); empty when valid
    int aadsts = 0;
    QString errorDescription;

    bool isValid() const { return error.isEmpty(); }
    /// The scopes of the request as one list, e.g. for a refresh grant.
    QStringList oidcScopes() const;
};

ScopeRequest parseScopes(const QString &scopeParameter);

} // namespace CreditDesk::Sandbox
