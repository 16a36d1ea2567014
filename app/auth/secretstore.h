#pragma once

#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace CreditDesk {

/// The OS secret store (Secret Service on Linux, Keychain on macOS, Credential Manager on
/// Windows) through QtKeychain, asynchronous and bounded in time.
///
/// Why a timeout on every job: a locked keyring can open an unlock prompt that nobody answers
/// (headless, remote session), and QtKeychain's job then never finishes. A job that times out
/// is reported as failed at once but kept alive until QtKeychain lets go of it; deleting a job
/// that is still running would leave the backend calling into freed memory.
///
/// There is no plaintext fallback: when the store is unavailable the caller keeps the secret in
/// memory only (see AccountManager).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(Result<std::optional<QString>>)>;
    using StatusCallback = std::function<void(Status)>;

    static constexpr int DefaultTimeoutMs = 5'000;

    /// The service name is the namespace of the keys in the store; tests pass their own so they
    /// never touch a developer's real sign-ins.
    explicit SecretStore(QObject *parent = nullptr);
    explicit SecretStore(QString serviceName, QObject *parent = nullptr);
    ~SecretStore() override;

    static QString defaultServiceName(); ///< "CreditDesk"
    const QString &serviceName() const { return m_service; }

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int timeoutMs);

    /// nullopt when the key is not in the store. Callbacks run only while context is alive.
    void read(const QString &key, QObject *context, ReadCallback done);
    void write(const QString &key, const QString &secret, QObject *context, StatusCallback done);
    /// Removing a key that is not there succeeds.
    void remove(const QString &key, QObject *context, StatusCallback done);

    /// "refresh-token/<cloud>/<tenant>/<account>": one refresh token per account, namespaced so
    /// the same person in two clouds or tenants gets two entries.
    static QString secretKey(const QString &cloudId, const QString &tenantId, const QString &accountId);

    /// True for the errors that mean "no usable store" (unavailable, locked, timed out), as
    /// opposed to a missing entry.
    static bool isUnavailableError(const Error &error);

    /// Jobs started and not yet finished by QtKeychain (including timed-out ones).
    int pendingJobCount() const;

private:
    enum class Outcome { Ok, NotFound, Failed };
    using JobCallback = std::function<void(Outcome, const Error &)>;

    void run(QKeychain::Job *job, const QString &operation, JobCallback done);
    Error unavailableError(const QString &reason, const QString &code) const;

    QString m_service;
    int m_timeoutMs = DefaultTimeoutMs;
    QList<QPointer<QKeychain::Job>> m_jobs;
};

} // namespace CreditDesk
