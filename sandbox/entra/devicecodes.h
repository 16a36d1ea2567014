#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace CreditDesk::Sandbox {

/// One device authorization (RFC 8628) from issue to redemption.
struct DeviceAuthorization
{
    enum class State { Pending, Approved, Declined, Redeemed };

    QString deviceCode;
    QString userCode;
    QString clientId;
    QString scope;          ///< the scope parameter as requested
    qint64 issuedAtMs = 0;
    qint64 expiresAtMs = 0;
    qint64 lastPollMs = 0;  ///< 0 until the first poll
    int intervalSeconds = 5;
    State state = State::Pending;
};

/// Outcome of one token-endpoint poll with a device code.
enum class DevicePoll { Approved, Pending, SlowDown, Expired, Declined, Unknown, AlreadyRedeemed, WrongClient };

/// Outcome of a person entering a user code on the /devicelogin page.
enum class UserCodeEntry { Accepted, Unknown, Expired, AlreadyUsed };

/// Issued device codes, keyed by device code and by user code. Times are passed in so the
/// rules are plain functions of the clock.
class DeviceCodeRegistry
{
public:
    DeviceCodeRegistry(int intervalSeconds, int lifetimeSeconds);

    const DeviceAuthorization &issue(const QString &clientId, const QString &scope, qint64 nowMs);

    /// As a person would on the verification page; user codes ignore case, spaces and dashes.
    UserCodeEntry approve(const QString &userCode, qint64 nowMs);
    UserCodeEntry decline(const QString &userCode, qint64 nowMs);

    /// Polling faster than the interval yields SlowDown (RFC 8628 §3.5); on Approved the
    /// authorization is marked redeemed and copied into *authorization.
    DevicePoll poll(const QString &deviceCode, const QString &clientId, qint64 nowMs,
                    DeviceAuthorization *authorization);

    int intervalSeconds() const { return m_interval; }
    int lifetimeSeconds() const { return m_lifetime; }

    static QString normalizeUserCode(const QString &userCode);

private:
    UserCodeEntry decide(const QString &userCode, qint64 nowMs, DeviceAuthorization::State newState);
    void purgeExpired(qint64 nowMs);

    int m_interval;
    int m_lifetime;
    QHash<QString, DeviceAuthorization> m_byDeviceCode;
    QHash<QString, QString> m_deviceCodeByUserCode;
};

} // namespace CreditDesk::Sandbox
