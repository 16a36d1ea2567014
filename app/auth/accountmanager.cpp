#include "auth/accountmanager.h"

#include "auth/secretstore.h"
#include "auth/signinsession.h"
#include "core/logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
// The account's identity as a key: the token's directory and object id, falling back to the
// sign-in tenant and the user name for servers whose tokens lack them.
QString accountTenant(const AccountInfo &info, const QString &fallbackTenant)
{
    return info.tenantId.isEmpty() ? fallbackTenant : info.tenantId;
}

QString accountObject(const AccountInfo &info)
{
    return info.objectId.isEmpty() ? info.userPrincipalName : info.objectId;
}

QString who(const StoredAccount &account)
{
    return account.userPrincipalName.isEmpty() ? account.displayName : account.userPrincipalName;
}
} // namespace

AccountManager::AccountManager(SecretStore *secrets, AccountStore *accounts, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_accounts(accounts)
{
}

AccountManager::~AccountManager() = default;

QList<StoredAccount> AccountManager::accounts() const
{
    return m_accounts->list();
}

std::optional<StoredAccount> AccountManager::currentAccount() const
{
    return m_accounts->current();
}

void AccountManager::setCurrent(const QString &key)
{
    if (m_accounts->currentKey() == key)
        return;
    m_accounts->setCurrent(key);
    Q_EMIT currentAccountChanged(key);
}

StoredAccount AccountManager::remember(const Cloud &cloud, SignInSession *session, const QString &tenant)
{
    const AccountInfo info = session->account();
    StoredAccount account;
    account.cloudId = cloud.id();
    if (cloud.kind == CloudKind::Custom) {
        account.loginUrl = cloud.loginUrl;
        account.armUrl = cloud.armUrl;
        account.graphUrl = cloud.graphUrl;
    }
    account.tenantId = accountTenant(info, tenant);
    account.objectId = accountObject(info);
    account.userPrincipalName = info.userPrincipalName;
    account.displayName = info.displayName;
    account.key = StoredAccount::makeKey(account.cloudId, account.tenantId, account.objectId);
    touch(account);
    follow(session, account, tenant);
    qCInfo(lcAuth) << "remembering account" << account.key;
    if (!session->refreshToken().isEmpty())
        persist(account.key, account.secretKey(), session->refreshToken());
    return account;
}

void AccountManager::restore(const StoredAccount &account, SignInSession *session, QObject *context,
                             StatusCallback done)
{
    QPointer<SignInSession> target(session);
    QPointer<QObject> guard(context);
    m_secrets->read(account.secretKey(), this, [=, this](Result<std::optional<QString>> secret) {
        const auto finish = [&](Status status) {
            if (guard)
                done(std::move(status));
        };
        if (!secret) {
            noteStoreFailure(secret.error());
            finish(Error{tr("Could not restore the sign-in of %1: %2").arg(who(account), secret.error().message),
                         secret.error().code});
            return;
        }
        if (!secret->has_value() || secret->value().isEmpty()) {
            finish(Error{tr("The saved sign-in of %1 is no longer available. Please sign in again.").arg(who(account)),
                         u"sign_in_required"_s});
            return;
        }
        // The store answered: whatever failed before, it works now.
        m_storeAvailable = true;
        if (!target) {
            finish(Error{tr("The sign-in was closed before it could be restored.")});
            return;
        }
        target->resume(secret->value(), account.accountInfo());
        follow(target, account, account.tenantId);
        touch(account);
        qCInfo(lcAuth) << "restored account" << account.key;
        finish(Status{});
    });
}

void AccountManager::signOut(const QString &key, QObject *context, StatusCallback done)
{
    const std::optional<StoredAccount> stored = m_accounts->find(key);
    QString secretKey = stored ? stored->secretKey() : QString();
    // Sessions following this account drop their tokens now, even before the store answers.
    const QList<SignInSession *> sessions = m_followed.keys();
    for (SignInSession *session : sessions) {
        const Followed followed = m_followed.value(session);
        if (followed.accountKey != key)
            continue;
        secretKey = followed.secretKey;
        unfollow(session);
        session->signOut();
    }
    if (stored) {
        const bool wasCurrent = m_accounts->currentKey() == key;
        m_accounts->remove(key);
        Q_EMIT accountsChanged();
        if (wasCurrent)
            Q_EMIT currentAccountChanged(m_accounts->currentKey());
    }
    qCInfo(lcAuth) << "signed out account" << key;
    if (secretKey.isEmpty()) {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(this, [guard, done] { if (guard) done(Status{}); }, Qt::QueuedConnection);
        return;
    }
    forgetSecret(secretKey, context, [done](Status status) {
        if (status) {
            done(Status{});
            return;
        }
        done(Error{tr("You are signed out, but the saved sign-in could not be deleted from the secret store: %1")
                       .arg(status.error().message),
                   status.error().code});
    });
}

void AccountManager::follow(SignInSession *session, const StoredAccount &account, const QString &fallbackTenant)
{
    unfollow(session);
    Followed followed{account.key, account.secretKey(), account.cloudId, fallbackTenant, {}};
    followed.connections.append(
        connect(session, &SignInSession::refreshTokenChanged, this,
                [this, session](const QString &token) { onRefreshTokenChanged(session, token); }));
    // A dead refresh token (invalid_grant) is of no use to anyone: drop it from the store, keep
    // the metadata so the account can be signed in to again.
    followed.connections.append(connect(session, &SignInSession::signInRequired, this, [this, session] {
        const auto it = m_followed.constFind(session);
        if (it != m_followed.constEnd())
            forgetSecret(it->secretKey, this, [](Status) {});
    }));
    followed.connections.append(
        connect(session, &QObject::destroyed, this, [this, session] { m_followed.remove(session); }));
    m_followed.insert(session, std::move(followed));
}

void AccountManager::unfollow(SignInSession *session)
{
    const auto it = m_followed.find(session);
    if (it == m_followed.end())
        return;
    for (const QMetaObject::Connection &connection : std::as_const(it->connections))
        disconnect(connection);
    m_followed.erase(it);
}

void AccountManager::onRefreshTokenChanged(SignInSession *session, const QString &refreshToken)
{
    const auto it = m_followed.constFind(session);
    if (it == m_followed.constEnd() || refreshToken.isEmpty())
        return;
    // The session may have been reused for another account; its tokens are not this one's.
    const AccountInfo &info = session->account();
    const QString key =
        StoredAccount::makeKey(it->cloudId, accountTenant(info, it->fallbackTenant), accountObject(info));
    if (key != it->accountKey) {
        qCDebug(lcAuth) << "refresh token of another account; not stored under" << it->accountKey;
        return;
    }
    persist(it->accountKey, it->secretKey, refreshToken);
}

void AccountManager::persist(const QString &accountKey, const QString &secretKey, const QString &refreshToken)
{
    if (!m_storeAvailable) {
        qCDebug(lcAuth) << "secret store unavailable; refresh token kept in memory only";
        return;
    }
    PendingWrite &pending = m_writes[secretKey];
    pending.accountKey = accountKey;
    if (pending.thenRemove)
        return; // being signed out
    // One write per key at a time, so an older token can never land after a newer one.
    if (pending.inFlight) {
        pending.next = refreshToken;
        return;
    }
    pending.inFlight = true;
    m_secrets->write(secretKey, refreshToken, this, [this, secretKey](Status status) {
        const auto it = m_writes.find(secretKey);
        if (it == m_writes.end())
            return;
        const QString writtenFor = it->accountKey;
        const std::optional<QString> next = std::exchange(it->next, std::nullopt);
        const std::function<void()> thenRemove = std::exchange(it->thenRemove, {});
        m_writes.erase(it);
        if (status)
            Q_EMIT refreshTokenStored(writtenFor);
        else
            noteStoreFailure(status.error());
        if (thenRemove)
            thenRemove(); // signed out while this write was running
        else if (status && next)
            persist(writtenFor, secretKey, *next);
    });
}

void AccountManager::forgetSecret(const QString &secretKey, QObject *context, StatusCallback done)
{
    QPointer<QObject> guard(context);
    auto removeNow = [this, secretKey, guard, done] {
        m_secrets->remove(secretKey, this, [this, guard, done](Status status) {
            if (!status)
                noteStoreFailure(status.error());
            if (guard)
                done(std::move(status));
        });
    };
    // A write still running finishes first, then the removal follows, so the secret cannot
    // come back; a rotation queued behind it is dropped.
    const auto it = m_writes.find(secretKey);
    if (it != m_writes.end() && it->inFlight) {
        it->next.reset();
        it->thenRemove = std::move(removeNow);
        return;
    }
    m_writes.remove(secretKey);
    removeNow();
}

void AccountManager::noteStoreFailure(const Error &error)
{
    if (!SecretStore::isUnavailableError(error))
        return;
    m_storeAvailable = false;
    if (m_unavailableReported)
        return;
    m_unavailableReported = true;
    qCWarning(lcAuth) << "secret store unavailable; sign-ins are kept in memory only:" << error.code;
    Q_EMIT secretStoreUnavailable(error);
}

void AccountManager::touch(StoredAccount account)
{
    account.lastUsed = QDateTime::currentDateTimeUtc();
    m_accounts->save(account);
    Q_EMIT accountsChanged();
    setCurrent(account.key);
}

} // namespace CreditDesk
