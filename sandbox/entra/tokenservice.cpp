#include "entra/tokenservice.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QUuid>

#include <optional>

Q_LOGGING_CATEGORY(lcSandboxTokens, "creditdesk.sandbox.tokens")

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(Base64Url);
}

std::optional<QJsonObject> decodeJsonPart(QByteArrayView part)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part.toByteArray(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// Comparing signatures byte by byte with an early exit would leak how many leading bytes match.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

TokenClaims claimsFrom(const QJsonObject &payload)
{
    TokenClaims claims;
    claims.audience = payload.value(u"aud"_s).toString();
    claims.tenantId = payload.value(u"tid"_s).toString();
    claims.objectId = payload.value(u"oid"_s).toString();
    claims.upn = payload.value(u"upn"_s).toString();
    claims.name = payload.value(u"name"_s).toString();
    claims.expiresAt = payload.value(u"exp"_s).toInteger();
    claims.scopes = payload.value(u"scp"_s).toString().split(u' ', Qt::SkipEmptyParts);
    return claims;
}

} // namespace

namespace Audience {
QString arm()
{
    return u"https://management.azure.com"_s;
}
QString graph()
{
    return u"https://graph.microsoft.com"_s;
}
QStringList acceptedBy(const QString &resource)
{
    if (resource == arm()) {
        return {arm(), arm() + u'/', u"https://management.core.windows.net"_s,
                u"https://management.core.windows.net/"_s};
    }
    if (resource == graph())
        return {graph(), graph() + u'/', u"00000003-0000-0000-c000-000000000000"_s};
    return {resource};
}
} // namespace Audience

TokenService::TokenService(QByteArray signingSecret, int accessTokenLifetimeSeconds)
    : m_secret(std::move(signingSecret))
    , m_lifetime(accessTokenLifetimeSeconds)
{
}

QByteArray TokenService::sign(QByteArrayView signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput.toByteArray(), m_secret, QCryptographicHash::Sha256);
}

QByteArray TokenService::encode(const QJsonObject &payload) const
{
    const QJsonObject header{{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, u"sandbox"_s}};
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return signingInput + '.' + base64Url(sign(signingInput));
}

QByteArray TokenService::issueAccessToken(const TokenSubject &subject, const QString &issuer,
                                          const QString &audience, const QStringList &scopes,
                                          qint64 issuedAt) const
{
    return issueAccessToken(subject, issuer, audience, scopes, issuedAt, m_lifetime);
}

QByteArray TokenService::issueAccessToken(const TokenSubject &subject, const QString &issuer,
                                          const QString &audience, const QStringList &scopes, qint64 issuedAt,
                                          int lifetimeSeconds) const
{
    const QJsonObject payload{
        {u"aud"_s, audience},
        {u"iss"_s, issuer},
        {u"iat"_s, issuedAt},
        {u"nbf"_s, issuedAt},
        {u"exp"_s, issuedAt + lifetimeSeconds},
        {u"tid"_s, subject.tenantId},
        {u"oid"_s, subject.objectId},
        {u"sub"_s, subject.objectId},
        {u"upn"_s, subject.upn},
        {u"unique_name"_s, subject.upn},
        {u"name"_s, subject.name},
        {u"appid"_s, subject.clientId},
        {u"scp"_s, scopes.join(u' ')},
        {u"ver"_s, u"1.0"_s},
        // A unique token id so two tokens minted in the same second still differ.
        {u"uti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
    };
    return encode(payload);
}

QByteArray TokenService::issueIdToken(const TokenSubject &subject, const QString &issuer, const QString &nonce,
                                      qint64 issuedAt) const
{
    QJsonObject payload{
        {u"aud"_s, subject.clientId},
        {u"iss"_s, issuer},
        {u"iat"_s, issuedAt},
        {u"nbf"_s, issuedAt},
        {u"exp"_s, issuedAt + m_lifetime},
        {u"tid"_s, subject.tenantId},
        {u"oid"_s, subject.objectId},
        {u"sub"_s, subject.objectId},
        {u"preferred_username"_s, subject.upn},
        {u"name"_s, subject.name},
        {u"ver"_s, u"2.0"_s},
    };
    if (!nonce.isEmpty())
        payload.insert(u"nonce"_s, nonce);
    return encode(payload);
}

TokenVerification TokenService::verify(QByteArrayView token, const QStringList &acceptedAudiences,
                                       const QString &tenantId, qint64 now) const
{
    TokenVerification result;
    if (token.isEmpty()) {
        result.detail = u"no bearer token"_s;
        return result;
    }
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype lastDot = token.lastIndexOf('.');
    if (firstDot <= 0 || lastDot == firstDot || lastDot == token.size() - 1) {
        result.status = TokenVerification::Status::Malformed;
        result.detail = u"token is not a JWT (expected header.payload.signature)"_s;
        return result;
    }
    const auto header = decodeJsonPart(token.first(firstDot));
    const auto payload = decodeJsonPart(token.sliced(firstDot + 1, lastDot - firstDot - 1));
    if (!header || !payload || header->value(u"alg"_s).toString() != u"HS256"_s) {
        result.status = TokenVerification::Status::Malformed;
        result.detail = u"token header or payload cannot be decoded"_s;
        return result;
    }
    result.claims = claimsFrom(*payload);
    const QByteArray expected = base64Url(sign(token.first(lastDot)));
    if (!constantTimeEquals(expected, token.sliced(lastDot + 1))) {
        result.status = TokenVerification::Status::BadSignature;
        result.detail = u"signature validation failed"_s;
        qCDebug(lcSandboxTokens) << "rejected token" << fingerprint(token) << "bad signature";
        return result;
    }
    if (now < payload->value(u"nbf"_s).toInteger()) {
        result.status = TokenVerification::Status::NotYetValid;
        result.detail = u"token is not yet valid (nbf in the future)"_s;
        return result;
    }
    if (now >= result.claims.expiresAt) {
        result.status = TokenVerification::Status::Expired;
        result.detail = u"token expired"_s;
        return result;
    }
    if (!acceptedAudiences.contains(result.claims.audience)) {
        result.status = TokenVerification::Status::WrongAudience;
        result.detail = u"token audience is '%1'"_s.arg(result.claims.audience);
        return result;
    }
    if (!tenantId.isEmpty() && result.claims.tenantId != tenantId) {
        result.status = TokenVerification::Status::WrongTenant;
        result.detail = u"token was issued for tenant '%1'"_s.arg(result.claims.tenantId);
        return result;
    }
    result.status = TokenVerification::Status::Valid;
    return result;
}

QByteArray TokenService::fingerprint(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex().left(12);
}

} // namespace CreditDesk::Sandbox
