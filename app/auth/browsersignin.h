#pragma once

#include "auth/tokenclient.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>

#include <chrono>

class QOAuthHttpServerReplyHandler;

namespace CreditDesk {

class AuthorizationCodeFlow;

/// Sign-in in the system browser: OAuth 2.0 authorization code with PKCE (S256) and a loopback
/// redirect (RFC 8252) listening on localhost only, on a free port.
///
/// Qt NetworkAuth builds the authorize URL and serves the loopback redirect; this class adds
/// what Qt 6.4 lacks (PKCE, a state check that reports failures, a timeout) and redeems the
/// code with TokenClient, which speaks Entra ID's token errors (invalid_grant, AADSTS codes).
///
/// Wiring: connect authorizeWithBrowser() to whatever opens a URL (QDesktopServices in the GUI,
/// printing it plus xdg-open in the CLI), then succeeded() to SignInSession::adopt().
class BrowserSignIn : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::minutes DefaultTimeout{5};

    explicit BrowserSignIn(TokenClient *client, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    /// Pre-fills the account in the sign-in page (login_hint), e.g. when signing in again.
    void setLoginHint(const QString &userPrincipalName);

    /// Opens the loopback listener and emits authorizeWithBrowser(); failed() if it cannot.
    /// A sign-in already running is cancelled first.
    void start();
    /// Stops waiting; emits failed() with code "cancelled" when a sign-in was running.
    void cancel();
    bool isRunning() const { return m_running; }
    /// http://localhost:<port>/ while running.
    QUrl redirectUri() const { return m_redirectUri; }

Q_SIGNALS:
    void authorizeWithBrowser(const QUrl &url);
    void succeeded(const CreditDesk::TokenResponse &response);
    void failed(const CreditDesk::Error &error);

private:
    void onCallback(const QVariantMap &values);
    void finishWithError(const Error &error);
    void stopListening();
    QString callbackPage(const QString &title, const QString &text) const;

    TokenClient *m_client;
    QPointer<QOAuthHttpServerReplyHandler> m_replyHandler;
    QPointer<AuthorizationCodeFlow> m_flow;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    QString m_loginHint;
    QString m_state;
    QString m_codeVerifier; ///< secret until the code is redeemed
    QUrl m_redirectUri;
    int m_attempt = 0; ///< bumped on every start and finish, so late answers are ignored
    bool m_running = false;
    bool m_redeeming = false;
};

} // namespace CreditDesk
