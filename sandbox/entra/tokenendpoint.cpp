#include "entra/tokenendpoint.h"

#include "entra/authcodes.h"
#include "entra/devicecodes.h"
#include "entra/entraerrors.h"
#include "entra/oauthform.h"
#include "entra/scopes.h"
#include "entra/tokenservice.h"
#include "world/statestore.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSandboxTokenEndpoint, "creditdesk.sandbox.identity.token")

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

namespace {

Response missing(const Request &request, const QString &parameter)
{
    return entraError(request, u"invalid_request"_s, Aadsts::MissingParameter,
                      u"The request body must contain the following parameter: '%1'."_s.arg(parameter));
}

Response invalidGrant(const Request &request, int aadsts, const QString &description)
{
    return entraError(request, u"invalid_grant"_s, aadsts, description);
}

Response scopeError(const Request &request, const ScopeRequest &scopes)
{
    return entraError(request, scopes.error, scopes.aadsts, scopes.errorDescription);
}

} // namespace

TokenEndpoint::TokenEndpoint(const SandboxTenant &tenant, TokenService &tokens, StateStore &state,
                             DeviceCodeRegistry &deviceCodes, AuthorizationCodeRegistry &authorizationCodes)
    : m_tenant(tenant)
    , m_tokens(tokens)
    , m_state(state)
    , m_deviceCodes(deviceCodes)
    , m_authorizationCodes(authorizationCodes)
{
}

Response TokenEndpoint::handle(const Request &request)
{
    if (request.method != "POST") {
        return entraError(request, u"invalid_request"_s, Aadsts::PostRequired,
                          u"The endpoint only accepts POST requests. Received a %1 request."_s.arg(
                              QString::fromLatin1(request.method)));
    }
    const QUrlQuery form = oauthParameters(request);
    const QString grantType = oauthParameter(form, u"grant_type"_s);
    const QString clientId = oauthParameter(form, u"client_id"_s);
    if (grantType.isEmpty())
        return missing(request, u"grant_type"_s);
    if (clientId.isEmpty())
        return missing(request, u"client_id"_s);
    // Desktop apps are public clients: a secret in the request means a misconfigured client.
    if (form.hasQueryItem(u"client_secret"_s) || form.hasQueryItem(u"client_assertion"_s)) {
        return entraError(request, u"invalid_client"_s, Aadsts::PublicClientSecret,
                          u"Client is public so neither 'client_assertion' nor 'client_secret' should be presented."_s);
    }
    if (grantType == u"urn:ietf:params:oauth:grant-type:device_code"_s)
        return deviceCodeGrant(request, form, clientId);
    if (grantType == u"authorization_code"_s)
        return authorizationCodeGrant(request, form, clientId);
    if (grantType == u"refresh_token"_s)
        return refreshTokenGrant(request, form, clientId);
    return entraError(request, u"unsupported_grant_type"_s, Aadsts::UnsupportedGrantType,
                      u"The app returned an unsupported grant type '%1'."_s.arg(grantType));
}

Response TokenEndpoint::deviceCodeGrant(const Request &request, const QUrlQuery &form, const QString &clientId)
{
    const QString deviceCode = oauthParameter(form, u"device_code"_s);
    if (deviceCode.isEmpty())
        return missing(request, u"device_code"_s);
    DeviceAuthorization authorization;
    switch (m_deviceCodes.poll(deviceCode, clientId, QDateTime::currentMSecsSinceEpoch(), &authorization)) {
    case DevicePoll::Pending:
        return entraError(request, u"authorization_pending"_s, Aadsts::AuthorizationPending,
                          u"OAuth 2.0 device flow error. Authorization is pending. Continue polling."_s);
    case DevicePoll::SlowDown:
        // Entra ID does not document slow_down; RFC 8628 §3.5 defines it and clients must handle it.
        return entraError(request, u"slow_down"_s, Aadsts::AuthorizationPending,
                          u"OAuth 2.0 device flow error. Polling too frequently; wait at least %1 seconds "
                          "between requests."_s.arg(m_deviceCodes.intervalSeconds()));
    case DevicePoll::Expired:
        return entraError(request, u"expired_token"_s, Aadsts::CodeExpired,
                          u"Verification code expired. Start the sign-in again."_s);
    case DevicePoll::Declined:
        return entraError(request, u"authorization_declined"_s, Aadsts::InvalidGrant,
                          u"The end user denied the authorization request."_s);
    case DevicePoll::Unknown:
        return entraError(request, u"bad_verification_code"_s, Aadsts::BadVerificationCode,
                          u"The device_code sent to the token endpoint wasn't recognized."_s);
    case DevicePoll::AlreadyRedeemed:
        return invalidGrant(request, Aadsts::CodeAlreadyRedeemed,
                            u"OAuth2 device code was already redeemed, please retry with a new valid code "
                            "or use an existing refresh token."_s);
    case DevicePoll::WrongClient:
        return invalidGrant(request, Aadsts::InvalidGrant,
                            u"The device code was issued to another application."_s);
    case DevicePoll::Approved:
        break;
    }
    const ScopeRequest scopes = parseScopes(authorization.scope);
    if (!scopes.isValid())
        return scopeError(request, scopes);
    qCInfo(lcSandboxTokenEndpoint) << "device code redeemed for" << scopes.audience;
    return issue(request, clientId, scopes, authorization.scope.split(u' ', Qt::SkipEmptyParts), {});
}

Response TokenEndpoint::authorizationCodeGrant(const Request &request, const QUrlQuery &form,
                                               const QString &clientId)
{
    const QString code = oauthParameter(form, u"code"_s);
    const QString redirectUri = oauthParameter(form, u"redirect_uri"_s);
    const QString verifier = oauthParameter(form, u"code_verifier"_s);
    if (code.isEmpty())
        return missing(request, u"code"_s);
    if (redirectUri.isEmpty())
        return missing(request, u"redirect_uri"_s);

    AuthorizationGrant grant;
    switch (m_authorizationCodes.redeem(code, QDateTime::currentMSecsSinceEpoch(), &grant)) {
    case CodeRedemption::Unknown:
        return invalidGrant(request, Aadsts::MalformedRequest, u"Invalid request. Request is malformed or invalid."_s);
    case CodeRedemption::Expired:
        return invalidGrant(request, Aadsts::ExpiredOrRevokedGrant,
                            u"The provided authorization code or refresh token has expired due to "
                            "inactivity. Send a new interactive authorization request for this user and resource."_s);
    case CodeRedemption::AlreadyRedeemed:
        return invalidGrant(request, Aadsts::CodeAlreadyRedeemed,
                            u"OAuth2 Authorization code was already redeemed, please retry with a new valid "
                            "code or use an existing refresh token."_s);
    case CodeRedemption::Ok:
        break;
    }
    if (grant.clientId != clientId) {
        return invalidGrant(request, Aadsts::InvalidGrant,
                            u"The authorization code was issued to another application."_s);
    }
    if (grant.redirectUri != redirectUri) {
        return invalidGrant(request, Aadsts::ReplyAddressMismatch,
                            u"The reply address '%1' does not match the reply address '%2' provided when "
                            "requesting Authorization code."_s.arg(redirectUri, grant.redirectUri));
    }
    if (!AuthorizationCodeRegistry::verifierMatches(verifier, grant.codeChallenge)) {
        qCInfo(lcSandboxTokenEndpoint) << "PKCE verification failed";
        return invalidGrant(request, Aadsts::CodeVerifierMismatch,
                            u"The Code_Verifier does not match the code_challenge supplied in the "
                            "authorization request."_s);
    }
    // A scope on redemption may narrow the request; it defaults to what was authorized.
    const QString requested = oauthParameter(form, u"scope"_s);
    const QString scopeText = requested.isEmpty() ? grant.scope : requested;
    const ScopeRequest scopes = parseScopes(scopeText);
    if (!scopes.isValid())
        return scopeError(request, scopes);
    // offline_access and openid are consented at authorize time and carried over.
    const QStringList grantScopes = grant.scope.split(u' ', Qt::SkipEmptyParts);
    return issue(request, clientId, scopes, grantScopes, grant.nonce);
}

Response TokenEndpoint::refreshTokenGrant(const Request &request, const QUrlQuery &form, const QString &clientId)
{
    const QString refreshToken = oauthParameter(form, u"refresh_token"_s);
    if (refreshToken.isEmpty())
        return missing(request, u"refresh_token"_s);
    const std::optional<RefreshGrant> grant = m_state.redeemRefreshToken(refreshToken.toLatin1());
    if (!grant || grant->objectId != m_tenant.userObjectId) {
        qCInfo(lcSandboxTokenEndpoint) << "refresh token rejected"
                                       << TokenService::fingerprint(refreshToken.toLatin1());
        return invalidGrant(request, Aadsts::ExpiredOrRevokedGrant,
                            u"The provided authorization code or refresh token has expired due to inactivity "
                            "or was already used (the sandbox rotates refresh tokens). Send a new interactive "
                            "authorization request for this user and resource."_s);
    }
    if (grant->clientId != clientId) {
        return invalidGrant(request, Aadsts::InvalidGrant,
                            u"The refresh token was issued to another application."_s);
    }
    // One refresh token serves every consented resource: the scope picks the resource.
    const QString requested = oauthParameter(form, u"scope"_s);
    const ScopeRequest scopes = parseScopes(requested.isEmpty() ? grant->scopes.join(u' ') : requested);
    if (!scopes.isValid())
        return scopeError(request, scopes);
    QStringList grantScopes = grant->scopes;
    if (!grantScopes.contains(u"offline_access"_s))
        grantScopes.append(u"offline_access"_s);
    return issue(request, clientId, scopes, grantScopes, {});
}

Response TokenEndpoint::issue(const Request &request, const QString &clientId, const ScopeRequest &scopes,
                              const QStringList &grantScopes, const QString &nonce)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const TokenSubject subject{m_tenant.tenantId, m_tenant.userObjectId, m_tenant.userPrincipalName,
                               m_tenant.userDisplayName, clientId};
    const QString issuer = request.baseUrl.toString() + u'/' + m_tenant.tenantId + u"/v2.0"_s;
    const QByteArray accessToken = m_tokens.issueAccessToken(subject, issuer, scopes.audience, scopes.scp, now);

    QStringList responseScopes = scopes.grantedScopes;
    for (const QString &oidc : {u"openid"_s, u"profile"_s, u"email"_s}) {
        if (grantScopes.contains(oidc) || scopes.oidcScopes().contains(oidc))
            responseScopes.append(oidc);
    }
    QJsonObject body{{u"token_type"_s, u"Bearer"_s},
                     {u"scope"_s, responseScopes.join(u' ')},
                     {u"expires_in"_s, m_tokens.accessTokenLifetimeSeconds()},
                     {u"ext_expires_in"_s, m_tokens.accessTokenLifetimeSeconds()},
                     {u"access_token"_s, QString::fromLatin1(accessToken)}};
    if (grantScopes.contains(u"openid"_s) || scopes.openId) {
        body.insert(u"id_token"_s, QString::fromLatin1(m_tokens.issueIdToken(subject, issuer, nonce, now)));
    }
    // MSAL asks for client_info=1 and keys its account cache by uid.utid from it, as Entra ID
    // answers; without it MSAL falls back to the id_token's sub, which real tenants never need.
    if (oauthParameter(oauthParameters(request), u"client_info"_s) == u"1"_s) {
        const QJsonObject clientInfo{{u"uid"_s, m_tenant.userObjectId}, {u"utid"_s, m_tenant.tenantId}};
        body.insert(u"client_info"_s,
                    QString::fromLatin1(QJsonDocument(clientInfo).toJson(QJsonDocument::Compact).toBase64(
                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    }
    if (grantScopes.contains(u"offline_access"_s) || scopes.offlineAccess) {
        // The refresh grant remembers the sign-in's scopes so a later refresh without a scope
        // parameter gets the same resource back.
        QStringList remembered = grantScopes;
        for (const QString &scope : scopes.oidcScopes()) {
            if (!remembered.contains(scope))
                remembered.append(scope);
        }
        const QByteArray refreshToken = m_state.issueRefreshToken({clientId, m_tenant.userObjectId, remembered, now});
        body.insert(u"refresh_token"_s, QString::fromLatin1(refreshToken));
    }
    qCDebug(lcSandboxTokenEndpoint) << "issued access token" << TokenService::fingerprint(accessToken) << "for"
                                    << scopes.audience;
    Response response = Response::json(200, body);
    // Token responses must never be cached (RFC 6749 §5.1).
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    response.headers.append({QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache")});
    return response;
}

} // namespace CreditDesk::Sandbox
