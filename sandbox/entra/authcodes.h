#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace CreditDesk::Sandbox {

/// What an authorization code was issued for; redeeming it must repeat client and redirect URI
/// and prove possession of the PKCE verifier.
struct AuthorizationGrant
{
    QString clientId;
    QString redirectUri;
    QString scope;
    QString codeChallenge; ///< BASE64URL(SHA256(code_verifier)), method S256
    QString nonce;
    qint64 expiresAtMs = 0;
};

enum class CodeRedemption { Ok, Unknown, Expired, AlreadyRedeemed };

/// Single-use authorization codes (about 10 minutes, as on Entra ID).
class AuthorizationCodeRegistry
{
public:
    QString issue(AuthorizationGrant grant, qint64 nowMs);
    /// Consumes the code whatever the outcome of the later checks, like Entra ID does.
    CodeRedemption redeem(const QString &code, qint64 nowMs, AuthorizationGrant *grant);

    /// RFC 7636 S256: BASE64URL-ENCODE(SHA256(ASCII(code_verifier))) == code_challenge.
    static bool verifierMatches(const QString &codeVerifier, const QString &codeChallenge);
    /// RFC 7636 §4.1: 43–128 characters from [A-Z a-z 0-9 - . _ ~].
    static bool isWellFormedVerifier(const QString &codeVerifier);

    static constexpr qint64 LifetimeMs = 10 * 60 * 1000;

private:
    void purge(qint64 nowMs);

    QHash<QString, AuthorizationGrant> m_codes;
    QHash<QString, qint64> m_redeemed; ///< code → when it stops being remembered
};

} // namespace CreditDesk::Sandbox
