#include "entra/authcodes.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

QString AuthorizationCodeRegistry::issue(AuthorizationGrant grant, qint64 nowMs)
{
    purge(nowMs);
    QByteArray bytes(48, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    const QString code = u"0.AUsbx"_s
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    grant.expiresAtMs = nowMs + LifetimeMs;
    m_codes.insert(code, std::move(grant));
    return code;
}

CodeRedemption AuthorizationCodeRegistry::redeem(const QString &code, qint64 nowMs, AuthorizationGrant *grant)
{
    if (m_redeemed.contains(code))
        return CodeRedemption::AlreadyRedeemed;
    const auto it = m_codes.find(code);
    if (code.isEmpty() || it == m_codes.end())
        return CodeRedemption::Unknown;
    const AuthorizationGrant found = it.value();
    m_codes.erase(it);
    m_redeemed.insert(code, nowMs + LifetimeMs);
    if (nowMs >= found.expiresAtMs)
        return CodeRedemption::Expired;
    if (grant)
        *grant = found;
    return CodeRedemption::Ok;
}

bool AuthorizationCodeRegistry::verifierMatches(const QString &codeVerifier, const QString &codeChallenge)
{
    const QByteArray digest = QCryptographicHash::hash(codeVerifier.toLatin1(), QCryptographicHash::Sha256);
    const QByteArray computed = digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return !codeChallenge.isEmpty() && computed == codeChallenge.toLatin1();
}

bool AuthorizationCodeRegistry::isWellFormedVerifier(const QString &codeVerifier)
{
    if (codeVerifier.size() < 43 || codeVerifier.size() > 128)
        return false;
    return std::all_of(codeVerifier.cbegin(), codeVerifier.cend(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'.' || c == u'_' || c == u'~';
    });
}

void AuthorizationCodeRegistry::purge(qint64 nowMs)
{
    for (auto it = m_codes.begin(); it != m_codes.end();)
        it = nowMs >= it->expiresAtMs ? m_codes.erase(it) : std::next(it);
    for (auto it = m_redeemed.begin(); it != m_redeemed.end();)
        it = nowMs >= it.value() ? m_redeemed.erase(it) : std::next(it);
}

} // namespace CreditDesk::Sandbox
