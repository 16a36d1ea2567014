#pragma once

#include "auth/cloud.h"
#include "auth/tokenset.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QSettings;

namespace CreditDesk {

/// What CreditDesk remembers about a signed-in account between runs: who and where, never a
/// token. The refresh token lives in the OS secret store under secretKey().
struct StoredAccount
{
    QString key;      ///< "<cloud>/<tenant>/<objectId>", unique per account
    QString cloudId;  ///< Cloud::id()
    QUrl loginUrl;    ///< custom clouds only; the others are known by id
    QUrl armUrl;      ///< custom clouds only
    QUrl graphUrl;    ///< custom clouds only
    QString tenantId; ///< the directory the account signed in to (token "tid")
    QString objectId; ///< the account's object id in that directory (token "oid")
    QString userPrincipalName;
    QString displayName;
    QDateTime lastUsed; ///< UTC

    static QString makeKey(const QString &cloudId, const QString &tenantId, const QString &objectId);
    /// The secret store key of this account's refresh token.
    QString secretKey() const;
    AccountInfo accountInfo() const;
    /// The cloud to talk to. The sandbox's address changes per run, so the caller passes it.
    Result<Cloud> cloud(const QUrl &sandboxBaseUrl = {}) const;
    /// "Display Name (upn) · Cloud" for account pickers.
    QString label() const;

    friend bool operator==(const StoredAccount &, const StoredAccount &) = default;
};

/// Non-secret metadata of signed-in accounts in QSettings (group "accounts"), plus which one
/// is current. Plain storage: AccountManager decides when to write.
class AccountStore
{
public:
    /// Uses settings when given (not owned), otherwise the application's default QSettings.
    explicit AccountStore(QSettings *settings = nullptr);
    ~AccountStore();
    AccountStore(const AccountStore &) = delete;
    AccountStore &operator=(const AccountStore &) = delete;

    /// Most recently used first.
    QList<StoredAccount> list() const;
    std::optional<StoredAccount> find(const QString &key) const;
    /// Adds or replaces the account with the same key.
    void save(const StoredAccount &account);
    void remove(const QString &key);

    std::optional<StoredAccount> current() const;
    void setCurrent(const QString &key); ///< empty clears
    QString currentKey() const;

    void sync();

private:
    void writeAll(const QList<StoredAccount> &accounts);

    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
};

} // namespace CreditDesk
