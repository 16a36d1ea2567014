#pragma once

#include "server/sandboxhttp.h"

#include <QString>

namespace CreditDesk::Sandbox {

class AuthorizationCodeRegistry;
class DeviceCodeRegistry;
class StateStore;
class TokenService;
struct ScopeRequest;

/// The tenant and the person who signs in to it (the sandbox has one interactive user).
struct SandboxTenant
{
    QString tenantId;
    QString tenantDomain;
    QString userObjectId;
    QString userPrincipalName;
    QString userDisplayName;
};

/// POST /{tenant}/oauth2/v2.0/token: device_code, authorization_code (with PKCE S256) and
/// refresh_token (rotating) grants.
class TokenEndpoint
{
public:
    TokenEndpoint(const SandboxTenant &tenant, TokenService &tokens, StateStore &state,
                  DeviceCodeRegistry &deviceCodes, AuthorizationCodeRegistry &authorizationCodes);

    Response handle(const Request &request);

private:
    Response deviceCodeGrant(const Request &request, const QUrlQuery &form, const QString &clientId);
    Response authorizationCodeGrant(const Request &request, const QUrlQuery &form, const QString &clientId);
    Response refreshTokenGrant(const Request &request, const QUrlQuery &form, const QString &clientId);

    /// The success body: access token for the scope's resource, id_token when openid was asked
    /// for, a new refresh token when offline_access was.
    Response issue(const Request &request, const QString &clientId, const ScopeRequest &scopes,
                   const QStringList &grantScopes, const QString &nonce);

    const SandboxTenant &m_tenant;
    TokenService &m_tokens;
    StateStore &m_state;
    DeviceCodeRegistry &m_deviceCodes;
    AuthorizationCodeRegistry &m_authorizationCodes;
};

} // namespace CreditDesk::Sandbox
