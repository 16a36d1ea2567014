#include "entra/devicecodes.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

namespace {

// Like Entra ID: 9 characters from an alphabet without look-alikes (no 0/O, 1/I/L).
QString randomUserCode()
{
    static constexpr char Alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    constexpr int AlphabetSize = sizeof(Alphabet) - 1;
    QString code;
    for (int i = 0; i < 9; ++i)
        code.append(QLatin1Char(Alphabet[QRandomGenerator::system()->bounded(AlphabetSize)]));
    return code;
}

QString randomDeviceCode()
{
    QByteArray bytes(48, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return u"DAQABAAEAAAD"_s
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// QTimer-driven clients fire up to 5% early (coarse timers), so a poll counts as too fast only
// when it is clearly inside the interval.
bool tooFast(qint64 sinceLastPollMs, int intervalSeconds)
{
    const qint64 intervalMs = qint64(intervalSeconds) * 1000;
    return sinceLastPollMs < intervalMs - qMax<qint64>(250, intervalMs / 10);
}

// Expired codes are kept a while so a late poll still answers expired_token, not an unknown code.
constexpr qint64 ExpiredRetentionMs = 15 * 60 * 1000;

} // namespace

DeviceCodeRegistry::DeviceCodeRegistry(int intervalSeconds, int lifetimeSeconds)
    : m_interval(intervalSeconds)
    , m_lifetime(lifetimeSeconds)
{
}

QString DeviceCodeRegistry::normalizeUserCode(const QString &userCode)
{
    QString normalized;
    for (const QChar c : userCode) {
        if (c.isLetterOrNumber())
            normalized.append(c.toUpper());
    }
    return normalized;
}

const DeviceAuthorization &DeviceCodeRegistry::issue(const QString &clientId, const QString &scope, qint64 nowMs)
{
    purgeExpired(nowMs);
    DeviceAuthorization authorization;
    authorization.deviceCode = randomDeviceCode();
    do {
        authorization.userCode = randomUserCode();
    } while (m_deviceCodeByUserCode.contains(authorization.userCode));
    authorization.clientId = clientId;
    authorization.scope = scope;
    authorization.issuedAtMs = nowMs;
    authorization.expiresAtMs = nowMs + qint64(m_lifetime) * 1000;
    authorization.intervalSeconds = m_interval;
    m_deviceCodeByUserCode.insert(authorization.userCode, authorization.deviceCode);
    return *m_byDeviceCode.insert(authorization.deviceCode, authorization);
}

UserCodeEntry DeviceCodeRegistry::approve(const QString &userCode, qint64 nowMs)
{
    return decide(userCode, nowMs, DeviceAuthorization::State::Approved);
}

UserCodeEntry DeviceCodeRegistry::decline(const QString &userCode, qint64 nowMs)
{
    return decide(userCode, nowMs, DeviceAuthorization::State::Declined);
}

UserCodeEntry DeviceCodeRegistry::decide(const QString &userCode, qint64 nowMs,
                                         DeviceAuthorization::State newState)
{
    const QString deviceCode = m_deviceCodeByUserCode.value(normalizeUserCode(userCode));
    const auto it = m_byDeviceCode.find(deviceCode);
    if (deviceCode.isEmpty() || it == m_byDeviceCode.end())
        return UserCodeEntry::Unknown;
    if (nowMs >= it->expiresAtMs)
        return UserCodeEntry::Expired;
    if (it->state != DeviceAuthorization::State::Pending)
        return UserCodeEntry::AlreadyUsed;
    it->state = newState;
    return UserCodeEntry::Accepted;
}

DevicePoll DeviceCodeRegistry::poll(const QString &deviceCode, const QString &clientId, qint64 nowMs,
                                    DeviceAuthorization *authorization)
{
    const auto it = m_byDeviceCode.find(deviceCode);
    if (deviceCode.isEmpty() || it == m_byDeviceCode.end())
        return DevicePoll::Unknown;
    if (it->clientId != clientId)
        return DevicePoll::WrongClient;
    if (it->state == DeviceAuthorization::State::Redeemed)
        return DevicePoll::AlreadyRedeemed;
    if (nowMs >= it->expiresAtMs)
        return DevicePoll::Expired;
    if (it->state == DeviceAuthorization::State::Declined)
        return DevicePoll::Declined;

    const qint64 lastPoll = it->lastPollMs;
    it->lastPollMs = nowMs;
    // Every poll counts, including too-fast ones, so a client hammering the endpoint keeps
    // getting slow_down until it actually waits.
    if (lastPoll != 0 && tooFast(nowMs - lastPoll, it->intervalSeconds))
        return DevicePoll::SlowDown;
    if (it->state == DeviceAuthorization::State::Pending)
        return DevicePoll::Pending;

    it->state = DeviceAuthorization::State::Redeemed;
    if (authorization)
        *authorization = *it;
    return DevicePoll::Approved;
}

void DeviceCodeRegistry::purgeExpired(qint64 nowMs)
{
    for (auto it = m_byDeviceCode.begin(); it != m_byDeviceCode.end();) {
        if (nowMs >= it->expiresAtMs + ExpiredRetentionMs) {
            m_deviceCodeByUserCode.remove(it->userCode);
            it = m_byDeviceCode.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace CreditDesk::Sandbox
