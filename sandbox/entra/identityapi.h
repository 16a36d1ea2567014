#pragma once

#include "entra/authcodes.h"
#include "entra/devicecodes.h"
#include "entra/tokenendpoint.h"
#include "server/sandboxhttp.h"
#include "server/sandboxoptions.h"

#include <optional>

namespace CreditDesk::Sandbox {

class StateStore;
class TokenService;

/// Microsoft Entra ID v2.0 for a public client, under /{tenant}/oauth2/v2.0/ where tenant is
/// organizations, common, the tenant id or its domain:
///   POST devicecode, POST token, GET authorize (auto-consent, loopback redirect, PKCE S256),
///   GET /{tenant}/v2.0/.well-known/openid-configuration,
///   GET|POST /devicelogin (the page where a person enters the user code; decline=1 declines).
class IdentityApi
{
public:
    IdentityApi(SandboxTenant tenant, const SandboxOptions &options, TokenService &tokens, StateStore &state);

    /// nullopt: not an identity path.
    std::optional<Response> handle(const Request &request);

    static bool isIdentityPath(const QString &path);

    IdentityApi(const IdentityApi &) = delete;            // the token endpoint refers to members
    IdentityApi &operator=(const IdentityApi &) = delete;

private:
    Response deviceCode(const Request &request);
    Response deviceLogin(const Request &request);
    Response authorize(const Request &request);
    Response openIdConfiguration(const Request &request, const QString &tenantSegment) const;
    bool knowsTenant(const QString &tenantSegment) const;

    SandboxTenant m_tenant;
    bool m_autoApprove;
    DeviceCodeRegistry m_deviceCodes;
    AuthorizationCodeRegistry m_authorizationCodes;
    TokenEndpoint m_tokenEndpoint;
};

} // namespace CreditDesk::Sandbox
