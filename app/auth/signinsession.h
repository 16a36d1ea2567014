#pragma once

#include "auth/tokenclient.h"

#include <QHash>
#include <QSet>
#include <QObject>

#include <functional>

namespace CreditDesk {

/// One signed-in account: holds its refresh token and mints an access token per resource
/// (ARM, Graph) from it, refreshing before expiry and keeping the rotated refresh token.
/// Concurrent requests for the same resource share one refresh.
class SignInSession : public QObject
{
    Q_OBJECT
public:
    using TokenCallback = std::function<void(Result<QString>)>;

    explicit SignInSession(TokenClient *client, QObject *parent = nullptr);

    TokenClient *tokenClient() const { return m_client; }
    bool isSignedIn() const
    {
        return !m_refreshToken.isEmpty() || !m_accessTokens.isEmpty() || !m_staticTokens.isEmpty();
    }
    const AccountInfo &account() const { return m_account; }
    /// The current refresh token (secret): for handing to the secret store only, never log it.
    const QString &refreshToken() const { return m_refreshToken; }

    /// Takes over the tokens of a completed sign-in; the access token is for ARM.
    void adopt(const TokenResponse &response, Resource resource = Resource::Arm);
    /// Resumes from a stored refresh token (no access token yet).
    void resume(const QString &refreshToken, const AccountInfo &account);
    /// Uses a bearer token obtained elsewhere as-is (automation: CREDITDESK_ACCESS_TOKEN). It is
    /// never refreshed; when the service rejects it, requests fail with a clear message.
    void useStaticAccessToken(Resource resource, const QString &token);
    void signOut();

    /// Calls back with a bearer token for the resource, refreshing it when needed. The
    /// callback runs only while context is alive.
    void accessToken(Resource resource, QObject *context, TokenCallback done);
    /// Drops the cached access token, e.g. after a 401, so the next call refreshes.
    void invalidate(Resource resource);

Q_SIGNALS:
    void signedIn(const CreditDesk::AccountInfo &account);
    void signedOut();
    /// The refresh token changed (issued or rotated); persist it in the secret store.
    void refreshTokenChanged(const QString &refreshToken);
    /// The refresh token is dead (invalid_grant): the person must sign in again.
    void signInRequired(const CreditDesk::Error &error);

private:
    void refreshNext();

    TokenClient *m_client;
    QString m_refreshToken;
    AccountInfo m_account;
    QHash<Resource, AccessToken> m_accessTokens;
    QHash<Resource, QString> m_staticTokens;
    QSet<Resource> m_rejectedStaticTokens;
    QHash<Resource, QList<std::pair<QPointer<QObject>, TokenCallback>>> m_waiting;
    bool m_refreshInFlight = false;
};

} // namespace CreditDesk
