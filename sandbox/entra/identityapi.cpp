#include "entra/identityapi.h"

#include "entra/entraerrors.h"
#include "entra/identitypages.h"
#include "entra/oauthform.h"
#include "entra/scopes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QUrl>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSandboxIdentity, "creditdesk.sandbox.identity")

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

namespace {

const QString OAuthSegment = u"/oauth2/v2.0/"_s;
const QString DiscoverySuffix = u"/v2.0/.well-known/openid-configuration"_s;
const QString DeviceLoginPath = u"/devicelogin"_s;

// RFC 8252 §7.3 loopback redirects; like Entra ID any port is accepted, IPv6 [::1] is not.
bool isLoopbackRedirect(const QUrl &url)
{
    return url.isValid() && url.scheme() == u"http"_s
        && (url.host() == u"localhost"_s || url.host() == u"127.0.0.1"_s) && url.userInfo().isEmpty()
        && !url.hasFragment();
}

// "/{tenant}/oauth2/v2.0/{endpoint}" → {tenant, endpoint}
std::optional<std::pair<QString, QString>> splitOAuthPath(const QString &path)
{
    const qsizetype at = path.indexOf(OAuthSegment);
    if (at <= 1 || path.indexOf(u'/', 1) != at)
        return std::nullopt;
    return std::pair{path.mid(1, at - 1), path.mid(at + OAuthSegment.size())};
}

std::optional<QString> discoveryTenant(const QString &path)
{
    if (!path.endsWith(DiscoverySuffix))
        return std::nullopt;
    const QString tenant = path.mid(1, path.size() - 1 - DiscoverySuffix.size());
    if (tenant.isEmpty() || tenant.contains(u'/'))
        return std::nullopt;
    return tenant;
}

Response redirect(const QUrl &target)
{
    Response response = Response::empty(302);
    response.headers.append({QByteArrayLiteral("Location"), target.toEncoded()});
    return response;
}

// Authorize results go back to the app's redirect URI as query parameters (response_mode=query).
Response redirectWith(QUrl target, const QList<std::pair<QString, QString>> &parameters)
{
    QUrlQuery query(target);
    for (const auto &[name, value] : parameters) {
        if (!value.isEmpty())
            query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    target.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return redirect(target);
}

} // namespace

IdentityApi::IdentityApi(SandboxTenant tenant, const SandboxOptions &options, TokenService &tokens,
                         StateStore &state)
    : m_tenant(std::move(tenant))
    , m_autoApprove(options.autoApprove)
    , m_deviceCodes(options.deviceCodeIntervalSeconds, options.deviceCodeLifetimeSeconds)
    , m_tokenEndpoint(m_tenant, tokens, state, m_deviceCodes, m_authorizationCodes)
{
}

bool IdentityApi::isIdentityPath(const QString &path)
{
    return path == DeviceLoginPath || splitOAuthPath(path).has_value() || discoveryTenant(path).has_value();
}

bool IdentityApi::knowsTenant(const QString &tenantSegment) const
{
    return tenantSegment == u"organizations"_s || tenantSegment == u"common"_s
        || tenantSegment.compare(m_tenant.tenantId, Qt::CaseInsensitive) == 0
        || tenantSegment.compare(m_tenant.tenantDomain, Qt::CaseInsensitive) == 0;
}

std::optional<Response> IdentityApi::handle(const Request &request)
{
    if (request.path == DeviceLoginPath)
        return deviceLogin(request);
    if (const auto tenant = discoveryTenant(request.path)) {
        if (!knowsTenant(*tenant))
            return entraError(request, u"invalid_tenant"_s, Aadsts::TenantNotFound,
                              u"Tenant '%1' not found."_s.arg(*tenant));
        return openIdConfiguration(request, *tenant);
    }
    const auto split = splitOAuthPath(request.path);
    if (!split)
        return std::nullopt;
    const auto &[tenant, endpoint] = *split;
    if (!knowsTenant(tenant)) {
        const QString message = u"Tenant '%1' not found. Check to make sure you have the correct tenant ID and are "
                                "signing into the correct cloud. The sandbox tenant is %2 (%3)."_s.arg(
                                    tenant, m_tenant.tenantDomain, m_tenant.tenantId);
        if (endpoint == u"authorize"_s)
            return IdentityPages::authorizeError(u"AADSTS90002"_s, message);
        return entraError(request, u"invalid_request"_s, Aadsts::TenantNotFound, message);
    }
    if (endpoint == u"token"_s)
        return m_tokenEndpoint.handle(request);
    if (endpoint == u"devicecode"_s)
        return deviceCode(request);
    if (endpoint == u"authorize"_s)
        return authorize(request);
    return std::nullopt;
}

Response IdentityApi::deviceCode(const Request &request)
{
    if (request.method != "POST") {
        return entraError(request, u"invalid_request"_s, Aadsts::PostRequired,
                          u"The endpoint only accepts POST requests."_s);
    }
    const QUrlQuery form = oauthParameters(request);
    const QString clientId = oauthParameter(form, u"client_id"_s);
    const QString scope = oauthParameter(form, u"scope"_s);
    if (clientId.isEmpty())
        return entraError(request, u"invalid_request"_s, Aadsts::MissingParameter,
                          u"The request body must contain the following parameter: 'client_id'."_s);
    if (scope.isEmpty())
        return entraError(request, u"invalid_request"_s, Aadsts::MissingParameter,
                          u"The request body must contain the following parameter: 'scope'."_s);
    const ScopeRequest scopes = parseScopes(scope);
    if (!scopes.isValid())
        return entraError(request, scopes.error, scopes.aadsts, scopes.errorDescription);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const DeviceAuthorization &authorization = m_deviceCodes.issue(clientId, scope, now);
    const QString userCode = authorization.userCode;
    if (m_autoApprove)
        m_deviceCodes.approve(userCode, now);
    const QString verificationUri = request.baseUrl.toString() + DeviceLoginPath;
    qCInfo(lcSandboxIdentity) << "device code issued, user code" << userCode
                              << (m_autoApprove ? "(auto-approved)" : "");
    return Response::json(
        200, {{u"user_code"_s, userCode},
              {u"device_code"_s, authorization.deviceCode},
              {u"verification_uri"_s, verificationUri},
              {u"expires_in"_s, m_deviceCodes.lifetimeSeconds()},
              {u"interval"_s, m_deviceCodes.intervalSeconds()},
              {u"message"_s, u"To sign in, use a web browser to open the page %1 and enter the code %2 to "
                             "authenticate."_s.arg(verificationUri, userCode)}});
}

Response IdentityApi::deviceLogin(const Request &request)
{
    const QUrlQuery parameters = oauthParameters(request);
    const QString userCode = oauthParameter(parameters, u"user_code"_s);
    if (userCode.isEmpty())
        return IdentityPages::deviceLoginForm(m_tenant.userPrincipalName);
    const bool decline = !oauthParameter(parameters, u"decline"_s).isEmpty()
        && oauthParameter(parameters, u"decline"_s) != u"0"_s;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const UserCodeEntry entry = decline ? m_deviceCodes.decline(userCode, now) : m_deviceCodes.approve(userCode, now);
    switch (entry) {
    case UserCodeEntry::Accepted:
        qCInfo(lcSandboxIdentity) << "user code" << DeviceCodeRegistry::normalizeUserCode(userCode)
                                  << (decline ? "declined" : "approved");
        return decline ? IdentityPages::deviceLoginDeclined()
                       : IdentityPages::deviceLoginSignedIn(m_tenant.userPrincipalName);
    case UserCodeEntry::Expired:
        return IdentityPages::deviceLoginError(u"The code you entered has expired. Get a new code from the app "
                                               "and try again."_s);
    case UserCodeEntry::AlreadyUsed:
        return IdentityPages::deviceLoginError(u"The code you entered has already been used."_s);
    case UserCodeEntry::Unknown:
        break;
    }
    return IdentityPages::deviceLoginError(u"The code you entered is not valid. Check the code and try again."_s);
}

Response IdentityApi::authorize(const Request &request)
{
    const QUrlQuery parameters = oauthParameters(request);
    const auto parameter = [&parameters](const QString &name) { return oauthParameter(parameters, name); };
    const QString clientId = parameter(u"client_id"_s);
    const QString redirectUriText = parameter(u"redirect_uri"_s);
    const QString state = parameter(u"state"_s);
    if (clientId.isEmpty()) {
        return IdentityPages::authorizeError(u"AADSTS900144"_s,
                                             u"The request body must contain the following parameter: 'client_id'."_s);
    }
    // Errors can only be redirected to a redirect URI that passed validation.
    const QUrl redirectUri(redirectUriText, QUrl::StrictMode);
    if (!isLoopbackRedirect(redirectUri)) {
        return IdentityPages::authorizeError(
            u"AADSTS50011"_s,
            u"The redirect URI '%1' specified in the request does not match the redirect URIs configured for the "
            "application. The sandbox accepts loopback URIs only: http://localhost:<port> or "
            "http://127.0.0.1:<port>."_s.arg(redirectUriText));
    }
    const auto fail = [&](const QString &error, const QString &description) {
        return redirectWith(redirectUri,
                            {{u"error"_s, error}, {u"error_description"_s, description}, {u"state"_s, state}});
    };
    if (parameter(u"response_type"_s) != u"code"_s)
        return fail(u"unsupported_response_type"_s, u"AADSTS70005: response_type must be 'code'."_s);
    const QString responseMode = parameter(u"response_mode"_s);
    if (!responseMode.isEmpty() && responseMode != u"query"_s)
        return fail(u"invalid_request"_s, u"AADSTS9002313: The sandbox supports response_mode=query only."_s);
    const QString challenge = parameter(u"code_challenge"_s);
    if (challenge.isEmpty()) {
        return fail(u"invalid_request"_s,
                    u"AADSTS9002325: Proof Key for Code Exchange is required: send code_challenge with "
                    "code_challenge_method=S256."_s);
    }
    if (parameter(u"code_challenge_method"_s) != u"S256"_s)
        return fail(u"invalid_request"_s, u"AADSTS9002313: The sandbox requires code_challenge_method=S256."_s);
    const QString scope = parameter(u"scope"_s);
    const ScopeRequest scopes = parseScopes(scope);
    if (scope.isEmpty() || !scopes.isValid()) {
        return fail(scope.isEmpty() ? u"invalid_request"_s : scopes.error,
                    scope.isEmpty() ? u"AADSTS900144: The request must contain the parameter 'scope'."_s
                                    : u"AADSTS%1: %2"_s.arg(QString::number(scopes.aadsts), scopes.errorDescription));
    }
    // Auto-consent: the sandbox's only user is always signed in and has consented, so every
    // prompt value (none, login, consent, select_account) goes straight back with a code.
    const QString code = m_authorizationCodes.issue(
        {clientId, redirectUriText, scope, challenge, parameter(u"nonce"_s), 0}, QDateTime::currentMSecsSinceEpoch());
    qCInfo(lcSandboxIdentity) << "authorization code issued for" << redirectUri.host() << redirectUri.port();
    return redirectWith(redirectUri, {{u"code"_s, code},
                                      {u"state"_s, state},
                                      {u"session_state"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}});
}

Response IdentityApi::openIdConfiguration(const Request &request, const QString &tenantSegment) const
{
    const QString base = request.baseUrl.toString();
    const QString oauth = base + u'/' + tenantSegment + OAuthSegment;
    return Response::json(
        200, {{u"issuer"_s, QString(base + u'/' + m_tenant.tenantId + u"/v2.0"_s)},
              {u"authorization_endpoint"_s, QString(oauth + u"authorize"_s)},
              {u"token_endpoint"_s, QString(oauth + u"token"_s)},
              {u"device_authorization_endpoint"_s, QString(oauth + u"devicecode"_s)},
              {u"response_types_supported"_s, QJsonArray{u"code"_s}},
              {u"response_modes_supported"_s, QJsonArray{u"query"_s}},
              {u"grant_types_supported"_s, QJsonArray{u"authorization_code"_s, u"refresh_token"_s,
                                                      u"urn:ietf:params:oauth:grant-type:device_code"_s}},
              {u"code_challenge_methods_supported"_s, QJsonArray{u"S256"_s}},
              {u"scopes_supported"_s, QJsonArray{u"openid"_s, u"profile"_s, u"email"_s, u"offline_access"_s}},
              {u"tenant_region_scope"_s, u"SANDBOX"_s}});
}

} // namespace CreditDesk::Sandbox
