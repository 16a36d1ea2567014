#pragma once

#include "auth/tokenclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace CreditDesk {

/// The device authorization grant (RFC 8628) as Entra ID runs it: ask for a code, show it,
/// poll the token endpoint at the server's interval until the person approves, declines or
/// the code expires. Works over remote desktop and without a local browser.
class DeviceCodeFlow : public QObject
{
    Q_OBJECT
public:
    explicit DeviceCodeFlow(TokenClient *client, QObject *parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int currentIntervalSeconds() const { return m_intervalSeconds; }

Q_SIGNALS:
    void codeReady(const CreditDesk::DeviceCode &code);
    void succeeded(const CreditDesk::TokenResponse &response);
    void failed(const CreditDesk::Error &error);

private:
    void poll();
    void finishWithError(const Error &error);

    TokenClient *m_client;
    QTimer m_pollTimer;
    QElapsedTimer m_sinceIssued;
    DeviceCode m_code;
    int m_intervalSeconds = 5;
    int m_transientFailures = 0;
    bool m_running = false;
    bool m_pollInFlight = false;
};

} // namespace CreditDesk
