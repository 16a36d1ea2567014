#include "server/serviceerrors.h"

#include <QDateTime>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

Response armError(int status, const QString &code, const QString &message)
{
    return Response::json(status, {{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}});
}

Response graphError(const Request &request, int status, const QString &code, const QString &message)
{
    QByteArray clientRequestId = request.header(QByteArrayLiteral("client-request-id"));
    if (clientRequestId.isEmpty())
        clientRequestId = request.requestId;
    const QJsonObject innerError{
        {u"date"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {u"request-id"_s, QString::fromLatin1(request.requestId)},
        {u"client-request-id"_s, QString::fromLatin1(clientRequestId)},
    };
    return Response::json(
        status,
        {{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}, {u"innerError"_s, innerError}}}});
}

Response serviceError(ServiceKind service, const Request &request, int status, const QString &armCode,
                      const QString &graphCode, const QString &message)
{
    return service == ServiceKind::Arm ? armError(status, armCode, message)
                                       : graphError(request, status, graphCode, message);
}

} // namespace CreditDesk::Sandbox
