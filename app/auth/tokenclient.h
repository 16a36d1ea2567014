#pragma once

#include "auth/cloud.h"
#include "auth/tokenset.h"
#include "core/result.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace CreditDesk {

/// Talks to the Entra ID v2.0 endpoints of one cloud and tenant: device code, token
/// redemption and refresh. Stateless apart from its configuration; callers keep the tokens.
class TokenClient : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    TokenClient(QNetworkAccessManager *network, Cloud cloud, QString tenant, QString clientId,
                QObject *parent = nullptr);

    const Cloud &cloud() const { return m_cloud; }
    const QString &tenant() const { return m_tenant; }
    const QString &clientId() const { return m_clientId; }

    /// Scope list for one resource's access token, e.g. "https://management.azure.com/user_impersonation".
    QString resourceScope(Resource resource) const;
    /// Scopes for an interactive sign-in: the ARM scope plus openid, profile, offline_access.
    QString signInScopes() const;

    QUrl endpoint(const QString &name) const; ///< {login}/{tenant}/oauth2/v2.0/{name}

    void requestDeviceCode(QObject *context, Callback<DeviceCode> done);
    /// One poll. Pending/slow-down/expired/declined come back as Error with that OAuth code.
    void redeemDeviceCode(const QString &deviceCode, QObject *context, Callback<TokenResponse> done);
    void redeemRefreshToken(const QString &refreshToken, Resource resource, QObject *context,
                            Callback<TokenResponse> done);
    void redeemAuthorizationCode(const QString &code, const QUrl &redirectUri, const QString &codeVerifier,
                                 QObject *context, Callback<TokenResponse> done);

    /// Reads the display claims of a JWT (access or id token) without verifying it.
    static AccountInfo accountFromJwt(const QString &jwt);

    /// The device-code endpoint's answer: its body, HTTP status and, when the request failed,
    /// the network error text (empty otherwise). Pure, so any body can be tested (and fuzzed).
    static Result<DeviceCode> parseDeviceCodeResponse(const QByteArray &body, int httpStatus,
                                                      const QString &networkError = {});
    /// The token endpoint's answer; \a operation names the step in messages ("Signing in").
    /// The access token expires \c expires_in seconds after \a nowUtc (3600 when absent).
    static Result<TokenResponse> parseTokenResponse(const QByteArray &body, int httpStatus, const QString &operation,
                                                    const QString &networkError, const QDateTime &nowUtc);

private:
    void postForm(const QUrl &url, const QList<std::pair<QString, QString>> &fields, QObject *context,
                  std::function<void(QNetworkReply *)> done);
    static Result<TokenResponse> parseTokenReply(QNetworkReply *reply, const QString &operation);

    QPointer<QNetworkAccessManager> m_network;
    Cloud m_cloud;
    QString m_tenant;
    QString m_clientId;
};

} // namespace CreditDesk
