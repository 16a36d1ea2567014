#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace CreditDesk::Sandbox {

/// What a refresh token stands for: who signed in, with which app, for which scopes.
struct RefreshGrant
{
    QString clientId;
    QString objectId;
    QStringList scopes; ///< the scopes of the original sign-in, OpenID ones included
    qint64 issuedAt = 0; ///< seconds since epoch
};

/// The sandbox's durable identity state: the token signing secret and the refresh tokens it
/// issued. Only SHA-256 hashes of refresh tokens are kept, so the state file never holds a
/// usable credential. With an empty data dir everything lives in memory only.
class StateStore
{
public:
    explicit StateStore(QString dataDir);

    /// Reads the state file (if any) and creates a signing secret on first use.
    bool load(QString *error);

    QByteArray signingSecret() const { return m_secret; }
    QString filePath() const;

    /// Mints a new opaque refresh token for grant, remembers its hash and persists.
    QByteArray issueRefreshToken(const RefreshGrant &grant);
    /// Rotation: a refresh token can be redeemed exactly once; it is forgotten here.
    std::optional<RefreshGrant> redeemRefreshToken(QByteArrayView token);

    qsizetype refreshTokenCount() const { return m_refreshTokens.size(); }

    /// Refresh tokens older than this are rejected, like an inactive Entra ID session.
    static constexpr qint64 RefreshTokenLifetimeSeconds = 90LL * 24 * 3600;

private:
    bool save();
    void evictOldest();

    QString m_dataDir;
    QByteArray m_secret;
    QHash<QByteArray, RefreshGrant> m_refreshTokens; ///< key: hex SHA-256 of the token
};

} // namespace CreditDesk::Sandbox
