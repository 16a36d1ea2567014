#include "auth/signinsession.h"

#include "core/logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace CreditDesk {

SignInSession::SignInSession(TokenClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void SignInSession::adopt(const TokenResponse &response, Resource resource)
{
    m_accessTokens.insert(resource, response.accessToken);
    if (response.account.isValid())
        m_account = response.account;
    if (!response.refreshToken.isEmpty() && response.refreshToken != m_refreshToken) {
        m_refreshToken = response.refreshToken;
        Q_EMIT refreshTokenChanged(m_refreshToken);
    }
    Q_EMIT signedIn(m_account);
}

void SignInSession::resume(const QString &refreshToken, const AccountInfo &account)
{
    m_refreshToken = refreshToken;
    m_account = account;
    m_accessTokens.clear();
}

void SignInSession::useStaticAccessToken(Resource resource, const QString &token)
{
    m_staticTokens.insert(resource, token);
    m_rejectedStaticTokens.remove(resource);
    m_account = TokenClient::accountFromJwt(token);
}

void SignInSession::signOut()
{
    m_staticTokens.clear();
    m_rejectedStaticTokens.clear();
    m_refreshToken.clear();
    m_accessTokens.clear();
    m_account = {};
    const auto waiting = std::exchange(m_waiting, {});
    const Error error{QCoreApplication::translate("SignInSession", "You signed out.")};
    for (const auto &callbacks : waiting) {
        for (const auto &[context, callback] : callbacks) {
            if (context)
                callback(error);
        }
    }
    Q_EMIT signedOut();
}

void SignInSession::invalidate(Resource resource)
{
    m_accessTokens.remove(resource);
    if (m_staticTokens.contains(resource))
        m_rejectedStaticTokens.insert(resource);
}

void SignInSession::accessToken(Resource resource, QObject *context, TokenCallback done)
{
    if (const auto fixed = m_staticTokens.constFind(resource); fixed != m_staticTokens.constEnd()) {
        if (m_rejectedStaticTokens.contains(resource)) {
            done(Error{QCoreApplication::translate("SignInSession",
                                                   "The service rejected the access token given in "
                                                   "CREDITDESK_ACCESS_TOKEN (expired, or issued for another "
                                                   "audience). Get a new one, or unset it and sign in."),
                       u"static_token_rejected"_s, 401});
            return;
        }
        done(*fixed);
        return;
    }
    const auto cached = m_accessTokens.constFind(resource);
    if (cached != m_accessTokens.constEnd() && cached->isUsable(QDateTime::currentDateTimeUtc())) {
        done(cached->token);
        return;
    }
    if (m_refreshToken.isEmpty()) {
        done(Error{QCoreApplication::translate("SignInSession", "You are not signed in. Please sign in."),
                   u"not_signed_in"_s});
        return;
    }
    m_waiting[resource].append({QPointer<QObject>(context), std::move(done)});
    refreshNext();
}

void SignInSession::refreshNext()
{
    // One refresh at a time across resources: each rotates the refresh token, and a second
    // request still holding the old one would be refused (invalid_grant).
    if (m_refreshInFlight || m_waiting.isEmpty())
        return;
    const Resource resource = m_waiting.constBegin().key();
    if (m_refreshToken.isEmpty()) {
        const auto waiting = m_waiting.take(resource);
        const Error error{tr("You are not signed in. Please sign in."), u"not_signed_in"_s};
        for (const auto &[context, callback] : waiting) {
            if (context)
                callback(error);
        }
        refreshNext();
        return;
    }
    m_refreshInFlight = true;
    m_client->redeemRefreshToken(m_refreshToken, resource, this, [this, resource](Result<TokenResponse> result) {
        m_refreshInFlight = false;
        const auto waiting = m_waiting.take(resource);
        if (result) {
            m_accessTokens.insert(resource, result->accessToken);
            if (!result->refreshToken.isEmpty() && result->refreshToken != m_refreshToken) {
                m_refreshToken = result->refreshToken;
                Q_EMIT refreshTokenChanged(m_refreshToken);
            }
            if (!m_account.isValid() && result->account.isValid())
                m_account = result->account;
        } else if (result.error().code == u"invalid_grant"_s || result.error().code == u"interaction_required"_s) {
            qCWarning(lcAuth) << "refresh token rejected; sign-in required";
            m_refreshToken.clear();
            m_accessTokens.clear();
            Q_EMIT signInRequired(result.error());
        }
        for (const auto &[context, callback] : waiting) {
            if (!context)
                continue;
            if (result)
                callback(result->accessToken.token);
            else
                callback(result.error());
        }
        refreshNext();
    });
}

} // namespace CreditDesk
