#include "server/responsewriter.h"

#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <algorithm>
#include <iterator>

Q_LOGGING_CATEGORY(lcSandboxWriter, "creditdesk.sandbox.writer")

namespace CreditDesk::Sandbox {

namespace {

// QHttpServerResponder looks the reason phrase up in a fixed table; a status outside it must
// not reach the responder, so unknown codes are answered as 500.
QHttpServerResponder::StatusCode statusCode(int status)
{
    static constexpr int Known[] = {200, 201, 202, 204, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405,
                                    406, 409, 410, 411, 412, 413, 415, 422, 429, 500, 501, 502, 503, 504};
    if (std::find(std::begin(Known), std::end(Known), status) != std::end(Known))
        return QHttpServerResponder::StatusCode(status);
    qCWarning(lcSandboxWriter) << "status" << status << "is not supported; answering 500";
    return QHttpServerResponder::StatusCode::InternalServerError;
}

} // namespace

void writeResponse(QHttpServerResponder &responder, const Response &response, FaultKind fault)
{
    QTcpSocket *socket = responder.socket();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return; // the client went away while the answer was delayed
    if (fault == FaultKind::Drop) {
        socket->abort();
        return;
    }
    responder.writeStatusLine(statusCode(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    if (fault == FaultKind::Truncated) {
        // Announce more than will arrive; with an empty body announce some bytes anyway.
        const qsizetype announced = qMax<qsizetype>(response.body.size(), 64);
        responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(announced));
        responder.writeBody(response.body.left(response.body.size() / 2));
        socket->disconnectFromHost(); // flushes what was written, then closes
        return;
    }
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

} // namespace CreditDesk::Sandbox
