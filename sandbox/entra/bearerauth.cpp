#include "entra/bearerauth.h"

#include "entra/tokenservice.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSandboxAuth, "creditdesk.sandbox.auth")

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

namespace {

QByteArray quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'"', u'\'');
    return '"' + escaped.toUtf8() + '"';
}

QString utcTime(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

BearerAuth::BearerAuth(const TokenService &tokens, QString tenantId)
    : m_tokens(tokens)
    , m_tenantId(std::move(tenantId))
{
}

std::optional<Response> BearerAuth::authenticate(Request *request, ServiceKind errorShape,
                                                 const QStringList &acceptedResources) const
{
    const QByteArray header = request->header(QByteArrayLiteral("authorization")).trimmed();
    if (header.isEmpty()) {
        return challenge(*request, errorShape, u"AuthenticationFailed"_s,
                         u"Authentication failed. The 'Authorization' header is missing."_s,
                         u"Access token is empty."_s);
    }
    if (!header.left(7).toLower().startsWith("bearer ")) {
        return challenge(*request, errorShape, u"AuthenticationFailed"_s,
                         u"Authentication failed. The 'Authorization' header is provided in an invalid format."_s,
                         u"Access token is empty."_s);
    }
    QStringList audiences;
    for (const QString &resource : acceptedResources)
        audiences += Audience::acceptedBy(resource);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const TokenVerification result = m_tokens.verify(header.mid(7).trimmed(), audiences, m_tenantId, now);
    switch (result.status) {
    case TokenVerification::Status::Valid:
        request->claims = result.claims;
        return std::nullopt;
    case TokenVerification::Status::Expired:
        return challenge(*request, errorShape, u"ExpiredAuthenticationToken"_s,
                         u"The access token expiry UTC time '%1' is earlier than current UTC time '%2'."_s.arg(
                             utcTime(result.claims.expiresAt), utcTime(now)),
                         u"Lifetime validation failed, the token is expired."_s);
    case TokenVerification::Status::WrongAudience:
        return challenge(*request, errorShape, u"InvalidAuthenticationTokenAudience"_s,
                         u"The access token has been obtained for wrong audience or resource '%1'. It should exactly "
                         "match with one of the allowed audiences '%2'."_s.arg(result.claims.audience,
                                                                                audiences.join(u"','"_s)),
                         u"Access token validation failure. Invalid audience."_s);
    case TokenVerification::Status::Missing:
        return challenge(*request, errorShape, u"AuthenticationFailed"_s,
                         u"Authentication failed. The access token is missing."_s, u"Access token is empty."_s);
    case TokenVerification::Status::Malformed:
        return challenge(*request, errorShape, u"InvalidAuthenticationToken"_s,
                         u"The access token is invalid: it is not a well-formed JWT."_s,
                         u"IDX14100: JWT is not well formed."_s);
    case TokenVerification::Status::BadSignature:
    case TokenVerification::Status::NotYetValid:
    case TokenVerification::Status::WrongTenant:
        break;
    }
    return challenge(*request, errorShape, u"InvalidAuthenticationToken"_s,
                     u"The access token is invalid: %1."_s.arg(result.detail),
                     u"Access token validation failure."_s);
}

Response BearerAuth::challenge(const Request &request, ServiceKind errorShape, const QString &armCode,
                               const QString &message, const QString &graphMessage) const
{
    qCInfo(lcSandboxAuth) << "401" << request.method << request.path << armCode;
    const QString base = request.baseUrl.toString();
    Response response;
    QByteArray wwwAuthenticate;
    if (errorShape == ServiceKind::Arm) {
        response = armError(401, armCode, message);
        wwwAuthenticate = "Bearer authorization_uri=" + quoted(base + u'/' + m_tenantId)
            + ", error=\"invalid_token\", error_description=" + quoted(message);
    } else {
        response = graphError(request, 401, u"InvalidAuthenticationToken"_s, graphMessage);
        wwwAuthenticate = "Bearer realm=\"\", authorization_uri=" + quoted(base + u"/common/oauth2/authorize"_s)
            + ", client_id=\"00000003-0000-0000-c000-000000000000\"";
    }
    response.headers.append({QByteArrayLiteral("WWW-Authenticate"), wwwAuthenticate});
    return response;
}

} // namespace CreditDesk::Sandbox
