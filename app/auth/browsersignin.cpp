#include "auth/browsersignin.h"

#include "auth/loopbackmirror.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace CreditDesk {

/// Qt's flow, used for what it does well: building the authorize URL with our parameters.
/// grant() is never called, so Qt never redeems the code itself (Qt 6.4 would drop token
/// errors and a state mismatch silently, leaving the sign-in waiting forever).
class AuthorizationCodeFlow : public QOAuth2AuthorizationCodeFlow
{
public:
    using QOAuth2AuthorizationCodeFlow::QOAuth2AuthorizationCodeFlow;
    QUrl authorizeUrl() { return buildAuthenticateUrl(); }
};

namespace {
// RFC 7636 §4.1: 43..128 characters; 48 random bytes give 64 base64url characters.
constexpr int VerifierBytes = 48;
constexpr int StateBytes = 24;
// Qt writes the page after we return from the callback; the listener goes away a moment later
// so the browser still gets it.
constexpr int ListenerGraceMs = 3'000;

QString randomUrlSafe(int bytes)
{
    QList<quint32> words((bytes + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray raw(reinterpret_cast<const char *>(words.constData()), bytes);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString s256Challenge(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The reply handler hands over query values as it parsed them; delimiters may still be
// percent-encoded.
QString callbackValue(const QVariantMap &values, const QString &key)
{
    return QUrl::fromPercentEncoding(values.value(key).toString().toUtf8());
}

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(u'\n');
    return (end < 0 ? text : text.left(end)).trimmed();
}
} // namespace

BrowserSignIn::BrowserSignIn(TokenClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count();
        const QString message = seconds >= 120
            ? tr("The browser sign-in did not finish within %1 minutes. Start the sign-in again.")
                  .arg(QString::number(seconds / 60))
            : tr("The browser sign-in did not finish within %1 seconds. Start the sign-in again.")
                  .arg(QString::number(qMax<qint64>(1, seconds)));
        finishWithError(Error{message, u"timeout"_s});
    });
}

BrowserSignIn::~BrowserSignIn() = default;

void BrowserSignIn::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void BrowserSignIn::setLoginHint(const QString &userPrincipalName)
{
    m_loginHint = userPrincipalName;
}

void BrowserSignIn::start()
{
    if (m_running)
        cancel();
    ++m_attempt;
    // Loopback only (RFC 8252 §7.3): nothing off this machine can reach the redirect.
    auto *handler = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, this);
    if (!handler->isListening()) {
        delete handler;
        Q_EMIT failed(Error{tr("Could not open a local port to receive the sign-in answer from the browser. "
                               "Use the device code sign-in instead.")});
        return;
    }
    m_replyHandler = handler;
    // The redirect names "localhost": be there whether the browser resolves it to 127.0.0.1 or ::1.
    auto *mirror = new LoopbackMirror(handler);
    if (!mirror->mirror(handler->port()))
        qCInfo(lcAuth) << "browser sign-in: no IPv6 loopback listener:" << mirror->errorString();
    handler->setCallbackText(callbackPage(tr("Waiting for the sign-in"),
                                          tr("CreditDesk is waiting for the sign-in to finish.")));
    // Entra ID matches loopback redirects without the port and apps register
    // "http://localhost"; Qt 6.4's handler would announce 127.0.0.1 instead.
    m_redirectUri = QUrl(u"http://localhost:%1/"_s.arg(QString::number(handler->port())));
    m_state = randomUrlSafe(StateBytes);
    m_codeVerifier = randomUrlSafe(VerifierBytes);
    const QString challenge = s256Challenge(m_codeVerifier);

    auto *flow = new AuthorizationCodeFlow(m_client->clientId(), m_client->endpoint(u"authorize"_s),
                                           m_client->endpoint(u"token"_s), nullptr, this);
    m_flow = flow;
    flow->setReplyHandler(handler);
    flow->setScope(m_client->signInScopes());
    flow->setState(m_state);
    const QString redirect = m_redirectUri.toString();
    const QString loginHint = m_loginHint;
    // Qt 6.4 has no PKCE API: the challenge goes in through the modify-parameters hook.
    flow->setModifyParametersFunction([redirect, challenge, loginHint](QAbstractOAuth::Stage stage,
                                                                       QMultiMap<QString, QVariant> *parameters) {
        if (stage != QAbstractOAuth::Stage::RequestingAuthorization)
            return;
        const auto set = [parameters](const QString &key, const QString &value) {
            parameters->remove(key);
            parameters->insert(key, value);
        };
        set(u"redirect_uri"_s, redirect);
        set(u"code_challenge"_s, challenge);
        set(u"code_challenge_method"_s, u"S256"_s);
        set(u"response_mode"_s, u"query"_s);
        // Several accounts can be signed in: let the person pick instead of reusing the
        // browser's current one.
        set(u"prompt"_s, u"select_account"_s);
        if (!loginHint.isEmpty())
            set(u"login_hint"_s, loginHint);
    });
    // Direct connection: runs before the handler writes its page, so the page can tell the
    // truth about this answer.
    connect(handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &BrowserSignIn::onCallback);

    const QUrl url = flow->authorizeUrl();
    m_running = true;
    m_timer.start(m_timeout);
    qCInfo(lcAuth) << "browser sign-in: waiting for the redirect on localhost port" << handler->port();
    Q_EMIT authorizeWithBrowser(url);
}

void BrowserSignIn::cancel()
{
    if (!m_running)
        return;
    finishWithError(Error{tr("The browser sign-in was cancelled."), u"cancelled"_s});
}

void BrowserSignIn::onCallback(const QVariantMap &values)
{
    QOAuthHttpServerReplyHandler *handler = m_replyHandler;
    if (!handler)
        return;
    if (!m_running || m_redeeming) {
        handler->setCallbackText(callbackPage(tr("Nothing to do"),
                                              tr("This sign-in is already finished. You can close this tab.")));
        return;
    }
    const QString code = callbackValue(values, u"code"_s);
    const QString error = callbackValue(values, u"error"_s);
    if (code.isEmpty() && error.isEmpty()) {
        // Not an authorization answer (a favicon request, a stray probe): keep waiting.
        qCDebug(lcAuth) << "browser sign-in: ignoring a request without code or error";
        return;
    }
    // RFC 6749 §10.12: an answer that does not carry our state was not caused by us. It is
    // ignored, not fatal: a forged or stale answer must not end the sign-in the person is
    // completing in the other tab.
    if (callbackValue(values, u"state"_s) != m_state) {
        qCWarning(lcAuth) << "browser sign-in: state mismatch; answer ignored";
        handler->setCallbackText(callbackPage(tr("Answer ignored"),
                                              tr("This answer does not belong to the sign-in CreditDesk started, "
                                                 "so it was ignored. Finish the sign-in CreditDesk opened, or "
                                                 "start it again from CreditDesk.")));
        return;
    }
    if (!error.isEmpty()) {
        // Form encoding may turn spaces into '+' in this human-readable text.
        const QString description =
            firstLine(callbackValue(values, u"error_description"_s).replace(u'+', u' '));
        const QString message = error == u"access_denied"_s
            ? tr("The sign-in was cancelled in the browser or access was denied.")
            : tr("The sign-in service refused the sign-in: %1").arg(description.isEmpty() ? error : description);
        handler->setCallbackText(callbackPage(tr("Sign-in did not complete"),
                                              message + u' ' + tr("You can close this tab and return to CreditDesk.")));
        finishWithError(Error{message, error});
        return;
    }

    handler->setCallbackText(callbackPage(tr("You are signed in to CreditDesk"),
                                          tr("You can close this tab and return to CreditDesk.")));
    m_redeeming = true;
    m_timer.stop();
    stopListening();
    const int attempt = m_attempt;
    m_client->redeemAuthorizationCode(code, m_redirectUri, m_codeVerifier, this,
                                      [this, attempt](Result<TokenResponse> result) {
                                          if (attempt != m_attempt)
                                              return; // cancelled or restarted meanwhile
                                          m_redeeming = false;
                                          m_running = false;
                                          m_codeVerifier.clear();
                                          if (result) {
                                              qCInfo(lcAuth) << "browser sign-in: signed in";
                                              Q_EMIT succeeded(result.value());
                                          } else {
                                              qCWarning(lcAuth) << "browser sign-in: code redemption failed:"
                                                                << result.error().code;
                                              Q_EMIT failed(result.error());
                                          }
                                      });
}

void BrowserSignIn::finishWithError(const Error &error)
{
    ++m_attempt;
    m_running = false;
    m_redeeming = false;
    m_timer.stop();
    m_codeVerifier.clear();
    stopListening();
    Q_EMIT failed(error);
}

void BrowserSignIn::stopListening()
{
    if (m_replyHandler) {
        m_replyHandler->close();
        // Not deleted now: this may run inside the handler's own signal, and it still has to
        // write the page to the browser.
        QTimer::singleShot(ListenerGraceMs, m_replyHandler.data(), &QObject::deleteLater);
        m_replyHandler = nullptr;
    }
    if (m_flow) {
        m_flow->deleteLater();
        m_flow = nullptr;
    }
}

QString BrowserSignIn::callbackPage(const QString &title, const QString &text) const
{
    // Qt wraps this in <html><body>; the texts are ours but escaped all the same.
    return u"<div style=\"font-family:sans-serif;max-width:34em;margin:4em auto;line-height:1.5\">"
           "<h2>%1</h2><p>%2</p></div>"_s.arg(title.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace CreditDesk
