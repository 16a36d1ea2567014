#include "auth/devicecodeflow.h"

#include "core/logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
// RFC 8628 §3.5: slow_down adds five seconds to the polling interval.
constexpr int SlowDownIncrementSeconds = 5;
// Network hiccups while polling are retried a few times before giving up.
constexpr int MaxTransientFailures = 3;
} // namespace

DeviceCodeFlow::DeviceCodeFlow(TokenClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeFlow::poll);
}

void DeviceCodeFlow::start()
{
    cancel();
    m_running = true;
    m_transientFailures = 0;
    m_client->requestDeviceCode(this, [this](Result<DeviceCode> result) {
        if (!m_running)
            return;
        if (!result) {
            finishWithError(result.error());
            return;
        }
        m_code = std::move(result).value();
        m_intervalSeconds = m_code.intervalSeconds;
        m_sinceIssued.start();
        qCInfo(lcAuth) << "device code issued; polling every" << m_intervalSeconds << "s";
        Q_EMIT codeReady(m_code);
        m_pollTimer.start(m_intervalSeconds * 1000);
    });
}

void DeviceCodeFlow::cancel()
{
    m_running = false;
    m_pollTimer.stop();
}

void DeviceCodeFlow::poll()
{
    if (!m_running || m_pollInFlight)
        return;
    if (m_sinceIssued.elapsed() > qint64(m_code.expiresInSeconds) * 1000) {
        finishWithError(Error{QCoreApplication::translate("DeviceCodeFlow",
                                                          "The sign-in code has expired. Start the sign-in again."),
                              u"expired_token"_s});
        return;
    }
    m_pollInFlight = true;
    m_client->redeemDeviceCode(m_code.deviceCode, this, [this](Result<TokenResponse> result) {
        m_pollInFlight = false;
        if (!m_running)
            return;
        if (result) {
            m_running = false;
            qCInfo(lcAuth) << "device code sign-in succeeded";
            Q_EMIT succeeded(result.value());
            return;
        }
        const QString code = result.error().code;
        if (code == u"authorization_pending"_s) {
            m_transientFailures = 0;
        } else if (code == u"slow_down"_s) {
            m_intervalSeconds += SlowDownIncrementSeconds;
            qCInfo(lcAuth) << "server asked to slow down; interval now" << m_intervalSeconds << "s";
        } else if (code.isEmpty() && result.error().httpStatus == 0 && ++m_transientFailures <= MaxTransientFailures) {
            qCWarning(lcAuth) << "device code poll failed, retrying:" << result.error().message;
        } else {
            finishWithError(result.error());
            return;
        }
        m_pollTimer.start(m_intervalSeconds * 1000);
    });
}

void DeviceCodeFlow::finishWithError(const Error &error)
{
    m_running = false;
    m_pollTimer.stop();
    qCWarning(lcAuth) << "device code sign-in failed:" << error.code;
    Q_EMIT failed(error);
}

} // namespace CreditDesk
