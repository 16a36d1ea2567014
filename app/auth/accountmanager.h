#pragma once

#include "auth/accountstore.h"
#include "auth/cloud.h"
#include "core/result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace CreditDesk {

class SecretStore;
class SignInSession;

/// Several signed-in accounts, switchable. Keeps each account's refresh token in the OS secret
/// store and its metadata in settings, follows refresh-token rotation, and signs out.
///
/// When the secret store is missing, locked or does not answer, secretStoreUnavailable() is
/// emitted once and sessions keep their tokens in memory only until the app quits: never a
/// plaintext copy, never a wait longer than the store's timeout.
class AccountManager : public QObject
{
    Q_OBJECT
public:
    using StatusCallback = std::function<void(Status)>;

    /// Neither store is owned; both must outlive the manager.
    AccountManager(SecretStore *secrets, AccountStore *accounts, QObject *parent = nullptr);
    ~AccountManager() override;

    QList<StoredAccount> accounts() const; ///< most recently used first
    std::optional<StoredAccount> currentAccount() const;
    void setCurrent(const QString &key);
    /// False once a secret store operation failed (until a later read succeeds).
    bool isSecretStoreAvailable() const { return m_storeAvailable; }

    /// Call after a sign-in completed (session->adopt()). Saves the account's metadata, makes it
    /// current, writes the session's refresh token to the secret store and rewrites it whenever
    /// the session rotates it. tenant is the tenant segment used to sign in; it names the
    /// account's directory when the token carries no "tid".
    StoredAccount remember(const Cloud &cloud, SignInSession *session, const QString &tenant);

    /// Reads the account's refresh token and resumes the session with it (no network call: the
    /// first accessToken() refreshes). Fails with code "sign_in_required" when no token is
    /// stored, or with the secret store's error. On success the account becomes current and
    /// rotations are followed as after remember(). The callback runs only while context lives.
    void restore(const StoredAccount &account, SignInSession *session, QObject *context, StatusCallback done);

    /// Removes the account's secret and metadata and signs out any session following it.
    void signOut(const QString &key, QObject *context, StatusCallback done);

Q_SIGNALS:
    void accountsChanged();
    void currentAccountChanged(const QString &key);
    /// The refresh token of the account was written to the secret store (after remember(),
    /// restore() or a rotation).
    void refreshTokenStored(const QString &key);
    /// Emitted once, the first time the secret store fails; show error.message to the person.
    void secretStoreUnavailable(const CreditDesk::Error &error);

private:
    struct Followed
    {
        QString accountKey;
        QString secretKey;
        QString cloudId;
        QString fallbackTenant;
        QList<QMetaObject::Connection> connections;
    };
    struct PendingWrite
    {
        QString accountKey;
        bool inFlight = false;
        std::optional<QString> next; ///< the newest token, written once the one in flight is done
        std::function<void()> thenRemove; ///< sign-out waiting for the write in flight
    };

    void follow(SignInSession *session, const StoredAccount &account, const QString &fallbackTenant);
    void unfollow(SignInSession *session);
    void onRefreshTokenChanged(SignInSession *session, const QString &refreshToken);
    void persist(const QString &accountKey, const QString &secretKey, const QString &refreshToken);
    void forgetSecret(const QString &secretKey, QObject *context, StatusCallback done);
    void noteStoreFailure(const Error &error);
    void touch(StoredAccount account);

    SecretStore *m_secrets;
    AccountStore *m_accounts;
    QHash<SignInSession *, Followed> m_followed;
    QHash<QString, PendingWrite> m_writes; ///< by secret key
    bool m_storeAvailable = true;
    bool m_unavailableReported = false;
};

} // namespace CreditDesk
