#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace CreditDesk {

enum class Resource { Arm, Graph };

/// Who is signed in, as the identity provider reported it. Display only: never used to
/// authorize anything locally.
struct AccountInfo
{
    QString tenantId;
    QString objectId;
    QString userPrincipalName;
    QString displayName;

    bool isValid() const { return !objectId.isEmpty() || !userPrincipalName.isEmpty(); }
};

struct AccessToken
{
    QString token;        ///< secret: never log, never persist
    QDateTime expiresAt;  ///< UTC

    bool isUsable(const QDateTime &nowUtc, int marginSeconds = 120) const
    {
        return !token.isEmpty() && expiresAt.isValid() && nowUtc.addSecs(marginSeconds) < expiresAt;
    }
};

/// A successful answer of the token endpoint.
struct TokenResponse
{
    AccessToken accessToken;
    QString refreshToken; ///< secret; empty when the server did not issue one
    QString scope;
    AccountInfo account;
};

/// The device authorization grant's first answer (RFC 8628 / Entra ID v2.0).
struct DeviceCode
{
    QString deviceCode;   ///< secret between app and server
    QString userCode;     ///< shown to the person
    QUrl verificationUri;
    int expiresInSeconds = 900;
    int intervalSeconds = 5;
    QString message;      ///< the server's instruction text
};

} // namespace CreditDesk

Q_DECLARE_METATYPE(CreditDesk::AccountInfo)
Q_DECLARE_METATYPE(CreditDesk::TokenResponse)
Q_DECLARE_METATYPE(CreditDesk::DeviceCode)
