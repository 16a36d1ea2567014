#include "entra/entraerrors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

Response entraError(const Request &request, const QString &error, int aadsts, const QString &description,
                    int status)
{
    const QString timestamp = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s);
    const QString traceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString correlationId = QString::fromLatin1(request.header(QByteArrayLiteral("client-request-id")));
    if (QUuid::fromString(correlationId).isNull())
        correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString fullDescription = u"AADSTS%1: %2 Trace ID: %3 Correlation ID: %4 Timestamp: %5"_s.arg(
        QString::number(aadsts), description, traceId, correlationId, timestamp);
    return Response::json(status, {{u"error"_s, error},
                                   {u"error_description"_s, fullDescription},
                                   {u"error_codes"_s, QJsonArray{aadsts}},
                                   {u"timestamp"_s, timestamp},
                                   {u"trace_id"_s, traceId},
                                   {u"correlation_id"_s, correlationId}});
}

} // namespace CreditDesk::Sandbox
