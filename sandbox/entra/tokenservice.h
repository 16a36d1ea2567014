#pragma once

#include "server/sandboxhttp.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace CreditDesk::Sandbox {

/// The audiences (resources) the sandbox issues access tokens for, spelled as Entra ID puts
/// them in the aud claim of v1 resource tokens.
namespace Audience {
QString arm();   ///< https://management.azure.com
QString graph(); ///< https://graph.microsoft.com
/// Every aud value a resource accepts; ARM also takes the legacy management.core.windows.net.
QStringList acceptedBy(const QString &resource);
} // namespace Audience

/// The signed-in person a token is minted for.
struct TokenSubject
{
    QString tenantId;
    QString objectId;
    QString upn;
    QString name;
    QString clientId;
};

/// Result of checking a bearer token; claims are filled whenever the token could be decoded.
struct TokenVerification
{
    enum class Status { Valid, Missing, Malformed, BadSignature, Expired, NotYetValid, WrongAudience, WrongTenant };
    Status status = Status::Missing;
    TokenClaims claims;
    QString detail; ///< human-readable reason, safe to log (never contains the token)
};

/// JWT-shaped HS256 tokens. Real Entra ID signs with RS256 and published keys; clients must not
/// validate access tokens themselves, so a shared-secret signature is enough to detect forged,
/// edited or foreign (other sandbox instance) tokens.
class TokenService
{
public:
    TokenService(QByteArray signingSecret, int accessTokenLifetimeSeconds);

    int accessTokenLifetimeSeconds() const { return m_lifetime; }

    /// issuer is e.g. http://127.0.0.1:PORT/{tenant}/v2.0; scopes become the space-separated scp claim.
    QByteArray issueAccessToken(const TokenSubject &subject, const QString &issuer, const QString &audience,
                                const QStringList &scopes, qint64 issuedAt) const;
    /// Same, with an explicit lifetime (negative values mint already-expired tokens for tests).
    QByteArray issueAccessToken(const TokenSubject &subject, const QString &issuer, const QString &audience,
                                const QStringList &scopes, qint64 issuedAt, int lifetimeSeconds) const;
    /// OpenID Connect id_token: aud is the client id.
    QByteArray issueIdToken(const TokenSubject &subject, const QString &issuer, const QString &nonce,
                            qint64 issuedAt) const;

    /// Checks shape, signature, lifetime, audience (one of acceptedAudiences) and, when
    /// tenantId is not empty, the tid claim.
    TokenVerification verify(QByteArrayView token, const QStringList &acceptedAudiences, const QString &tenantId,
                             qint64 now) const;

    /// A fingerprint safe for logs: the first characters of SHA-256(token), hex.
    static QByteArray fingerprint(QByteArrayView token);

private:
    QByteArray sign(QByteArrayView signingInput) const;
    QByteArray encode(const QJsonObject &payload) const;

    QByteArray m_secret;
    int m_lifetime;
};

} // namespace CreditDesk::Sandbox
