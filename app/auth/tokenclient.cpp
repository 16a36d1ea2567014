#include "auth/tokenclient.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
constexpr int TokenRequestTimeoutMs = 30'000;

/// Seconds from a JSON number or numeric string (older endpoints send "3599"), clamped to
/// [minimum, maximum]; \a fallback when absent, not a number, zero or negative.
int boundedSeconds(const QJsonValue &value, int fallback, int minimum, int maximum)
{
    bool ok = value.isDouble();
    const double seconds = value.isString() ? value.toString().trimmed().toDouble(&ok) : value.toDouble();
    if (!ok || !std::isfinite(seconds) || seconds <= 0)
        return fallback;
    return int(std::clamp(seconds, double(minimum), double(maximum)));
}

QJsonObject jwtPayload(const QString &jwt)
{
    const QList<QStringView> parts = QStringView(jwt).split(u'.');
    if (parts.size() < 2)
        return {};
    const QByteArray payload = QByteArray::fromBase64(parts.at(1).toLatin1(),
                                                      QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QJsonDocument::fromJson(payload).object();
}

/// Entra's error_description starts with "AADSTSnnnn: text" and appends trace lines.
QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(u'\n');
    return (end < 0 ? text : text.left(end)).trimmed();
}
} // namespace

TokenClient::TokenClient(QNetworkAccessManager *network, Cloud cloud, QString tenant, QString clientId,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_cloud(std::move(cloud))
    , m_tenant(std::move(tenant))
    , m_clientId(std::move(clientId))
{
}

QString TokenClient::resourceScope(Resource resource) const
{
    switch (resource) {
    case Resource::Arm:
        return m_cloud.armResource + u"/user_impersonation"_s;
    case Resource::Graph:
        // Search and user creation; admin consent is needed once per organization.
        return m_cloud.graphResource + u"/User.ReadWrite.All"_s;
    }
    return {};
}

QString TokenClient::signInScopes() const
{
    return resourceScope(Resource::Arm) + u" openid profile offline_access"_s;
}

QUrl TokenClient::endpoint(const QString &name) const
{
    return resolveServiceUrl(m_cloud.loginUrl, u"/"_s + m_tenant + u"/oauth2/v2.0/"_s + name);
}

void TokenClient::postForm(const QUrl &url, const QList<std::pair<QString, QString>> &fields, QObject *context,
                           std::function<void(QNetworkReply *)> done)
{
    QUrlQuery form;
    for (const auto &[key, value] : fields)
        form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(TokenRequestTimeoutMs);
    QNetworkReply *reply = m_network->post(request, form.query(QUrl::FullyEncoded).toLatin1());
    connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(reply);
    });
}

void TokenClient::requestDeviceCode(QObject *context, Callback<DeviceCode> done)
{
    postForm(endpoint(u"devicecode"_s), {{u"client_id"_s, m_clientId}, {u"scope"_s, signInScopes()}}, context,
             [cloud = m_cloud, done = std::move(done)](QNetworkReply *reply) {
                 const QString networkError
                     = reply->error() != QNetworkReply::NoError ? reply->errorString() : QString();
                 Result<DeviceCode> code = parseDeviceCodeResponse(
                     reply->readAll(), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), networkError);
                 if (code) {
                     if (Status page = validateVerificationUri(code->verificationUri, cloud); !page) {
                         done(page.error());
                         return;
                     }
                 }
                 done(std::move(code));
             });
}

Result<DeviceCode> TokenClient::parseDeviceCodeResponse(const QByteArray &body, int httpStatus,
                                                        const QString &networkError)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (!networkError.isEmpty() && json.isEmpty())
        return Error{tr("Could not reach the sign-in service: %1").arg(networkError)};
    if (json.contains(u"error"_s)) {
        return Error{tr("The sign-in service refused to start a device sign-in: %1")
                         .arg(firstLine(json.value(u"error_description"_s).toString())),
                     json.value(u"error"_s).toString(), httpStatus};
    }
    DeviceCode code;
    code.deviceCode = json.value(u"device_code"_s).toString();
    code.userCode = json.value(u"user_code"_s).toString();
    code.verificationUri = QUrl(json.value(u"verification_uri"_s).toString());
    // Bounded whatever the service says: a poll at least every minute, and a code that lives
    // between a minute and a day (RFC 8628 default interval: 5 s; Entra's lifetime: 900 s).
    code.expiresInSeconds = boundedSeconds(json.value(u"expires_in"_s), 900, 60, 86'400);
    code.intervalSeconds = boundedSeconds(json.value(u"interval"_s), 5, 1, 60);
    code.message = json.value(u"message"_s).toString();
    if (code.deviceCode.isEmpty() || code.userCode.isEmpty() || !code.verificationUri.isValid())
        return Error{tr("The sign-in service sent an incomplete device code answer.")};
    return code;
}

void TokenClient::redeemDeviceCode(const QString &deviceCode, QObject *context, Callback<TokenResponse> done)
{
    postForm(endpoint(u"token"_s),
             {{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
              {u"client_id"_s, m_clientId},
              {u"device_code"_s, deviceCode}},
             context, [done = std::move(done)](QNetworkReply *reply) {
                 done(parseTokenReply(reply, tr("Signing in")));
             });
}

void TokenClient::redeemRefreshToken(const QString &refreshToken, Resource resource, QObject *context,
                                     Callback<TokenResponse> done)
{
    postForm(endpoint(u"token"_s),
             {{u"grant_type"_s, u"refresh_token"_s},
              {u"client_id"_s, m_clientId},
              {u"refresh_token"_s, refreshToken},
              {u"scope"_s, resourceScope(resource) + u" offline_access"_s}},
             context, [done = std::move(done)](QNetworkReply *reply) {
                 done(parseTokenReply(reply, tr("Renewing the sign-in")));
             });
}

void TokenClient::redeemAuthorizationCode(const QString &code, const QUrl &redirectUri, const QString &codeVerifier,
                                          QObject *context, Callback<TokenResponse> done)
{
    postForm(endpoint(u"token"_s),
             {{u"grant_type"_s, u"authorization_code"_s},
              {u"client_id"_s, m_clientId},
              {u"code"_s, code},
              {u"redirect_uri"_s, redirectUri.toString(QUrl::FullyEncoded)},
              {u"code_verifier"_s, codeVerifier},
              {u"scope"_s, signInScopes()}},
             context, [done = std::move(done)](QNetworkReply *reply) {
                 done(parseTokenReply(reply, tr("Signing in")));
             });
}

Result<TokenResponse> TokenClient::parseTokenReply(QNetworkReply *reply, const QString &operation)
{
    const QString networkError = reply->error() != QNetworkReply::NoError ? reply->errorString() : QString();
    return parseTokenResponse(reply->readAll(), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                              operation, networkError, QDateTime::currentDateTimeUtc());
}

Result<TokenResponse> TokenClient::parseTokenResponse(const QByteArray &body, int status, const QString &operation,
                                                      const QString &networkError, const QDateTime &nowUtc)
{
    QJsonParseError parseError{};
    const QJsonObject json = QJsonDocument::fromJson(body, &parseError).object();
    if (json.isEmpty()) {
        if (!networkError.isEmpty())
            return Error{tr("%1 failed: could not reach the sign-in service (%2).").arg(operation, networkError),
                         {}, status};
        return Error{tr("%1 failed: the sign-in service sent an unreadable answer.").arg(operation), {}, status};
    }
    if (json.contains(u"error"_s)) {
        const QString code = json.value(u"error"_s).toString();
        QString message;
        if (code == u"invalid_grant"_s)
            message = tr("Your sign-in has expired or was revoked. Please sign in again.");
        else if (code == u"authorization_pending"_s)
            message = tr("Waiting for you to finish signing in.");
        else if (code == u"authorization_declined"_s)
            message = tr("The sign-in was declined.");
        else if (code == u"expired_token"_s)
            message = tr("The sign-in code has expired. Start the sign-in again.");
        else
            message = tr("%1 failed: %2").arg(operation, firstLine(json.value(u"error_description"_s).toString()));
        return Error{message, code, status};
    }
    TokenResponse response;
    response.accessToken.token = json.value(u"access_token"_s).toString();
    // At most a day: a token we believe valid longer than the service does is only refreshed late.
    const int expiresIn = boundedSeconds(json.value(u"expires_in"_s), 3600, 1, 86'400);
    response.accessToken.expiresAt = nowUtc.addSecs(expiresIn);
    response.refreshToken = json.value(u"refresh_token"_s).toString();
    response.scope = json.value(u"scope"_s).toString();
    const QString idToken = json.value(u"id_token"_s).toString();
    response.account = accountFromJwt(idToken.isEmpty() ? response.accessToken.token : idToken);
    if (!response.account.isValid())
        response.account = accountFromJwt(response.accessToken.token);
    if (response.accessToken.token.isEmpty())
        return Error{tr("%1 failed: the sign-in service sent no access token.").arg(operation), {}, status};
    qCDebug(lcAuth) << "token issued for scope" << response.scope << "expires" << response.accessToken.expiresAt;
    return response;
}

AccountInfo TokenClient::accountFromJwt(const QString &jwt)
{
    const QJsonObject claims = jwtPayload(jwt);
    AccountInfo info;
    info.tenantId = claims.value(u"tid"_s).toString();
    info.objectId = claims.value(u"oid"_s).toString();
    info.userPrincipalName = claims.value(u"preferred_username"_s).toString();
    if (info.userPrincipalName.isEmpty())
        info.userPrincipalName = claims.value(u"upn"_s).toString();
    info.displayName = claims.value(u"name"_s).toString();
    return info;
}

} // namespace CreditDesk
