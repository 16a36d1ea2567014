#pragma once

// A loopback HTTP proxy in front of the sandbox that can hold back, or fail, the last page of
// a listing (a 200 answer with a "value" list and no "nextLink"). With the last pages held,
// whatever the CLI writes to stdout was written before the listing ended: streaming is shown
// by order of events, not by timing. The sandbox's own origin in answers (absolute nextLinks)
// is rewritten to the proxy's, so every page goes through it.

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <memory>

namespace CreditDesk::Testing {

class PageHoldingProxy
{
public:
    enum class LastPages { Pass, Hold, Fail };

    bool start(const QUrl &upstream)
    {
        m_upstream = upstream.toString(QUrl::FullyEncoded);
        while (m_upstream.endsWith(u'/'))
            m_upstream.chop(1);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            return false;
        m_origin = QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
        return true;
    }
    QUrl url() const { return QUrl(m_origin); }

    /// What happens to last pages whose path contains \a pathPart (empty: every listing).
    void setLastPages(LastPages mode, const QString &pathPart = {})
    {
        m_mode = mode;
        m_pathPart = pathPart;
    }
    /// Last pages waiting now.
    int held() const { return int(m_held.size()); }
    /// Sends every held page and lets later ones pass.
    void release()
    {
        m_mode = LastPages::Pass;
        const auto held = std::move(m_held);
        m_held.clear();
        for (const auto &send : held)
            send();
    }

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false; ///< one request at a time per connection, as HTTP/1.1 without pipelining
    };

    void serve(QTcpSocket *socket)
    {
        auto connection = std::make_shared<Connection>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, connection] {
            connection->buffer += socket->readAll();
            next(socket, connection);
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    void next(QTcpSocket *socket, const std::shared_ptr<Connection> &connection)
    {
        const qsizetype headerEnd = connection->buffer.indexOf("\r\n\r\n");
        if (connection->busy || headerEnd < 0)
            return;
        const QList<QByteArray> lines = connection->buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        QNetworkRequest request(QUrl(m_upstream + QString::fromLatin1(requestLine.value(1))));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        qsizetype bodyLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                bodyLength = value.toLongLong();
            else if (name != "host" && name != "connection" && name != "accept-encoding")
                request.setRawHeader(name, value);
        }
        if (connection->buffer.size() < headerEnd + 4 + bodyLength)
            return;
        const QByteArray body = connection->buffer.mid(headerEnd + 4, bodyLength);
        connection->buffer.remove(0, headerEnd + 4 + bodyLength);
        connection->busy = true;

        const QByteArray method = requestLine.value(0);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        const QString path = request.url().path();
        QPointer<QTcpSocket> target(socket);
        QObject::connect(reply, &QNetworkReply::finished, socket, [this, reply, target, connection, path] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QByteArray answer = reply->readAll();
            answer.replace(m_upstream.toUtf8(), m_origin.toUtf8());
            QByteArray headers;
            for (const auto &[name, value] : reply->rawHeaderPairs()) {
                const QByteArray lower = name.toLower();
                if (lower != "content-length" && lower != "transfer-encoding" && lower != "connection"
                    && lower != "content-encoding")
                    headers += name + ": " + value + "\r\n";
            }
            const bool lastPage = status == 200 && answer.startsWith("{\"value\"") && !answer.contains("\"nextLink\"")
                                  && (m_pathPart.isEmpty() || path.contains(m_pathPart));
            if (lastPage && m_mode == LastPages::Fail) {
                respond(target, connection, 404, "Content-Type: application/json\r\n",
                        R"({"error":{"code":"NotFound","message":"The page is gone (proxy fault)."}})");
                return;
            }
            if (lastPage && m_mode == LastPages::Hold) {
                m_held.append([this, target, connection, status, headers, answer] {
                    respond(target, connection, status, headers, answer);
                });
                return;
            }
            respond(target, connection, status, headers, answer);
        });
    }

    void respond(const QPointer<QTcpSocket> &target, const std::shared_ptr<Connection> &connection, int status,
                 const QByteArray &headers, const QByteArray &answer)
    {
        if (!target)
            return;
        target->write("HTTP/1.1 " + QByteArray::number(status) + " Proxied\r\n" + headers
                      + "Content-Length: " + QByteArray::number(answer.size()) + "\r\n\r\n" + answer);
        connection->busy = false;
        next(target, connection);
    }

    QTcpServer m_server;
    QNetworkAccessManager m_network;
    QString m_upstream;
    QString m_origin;
    LastPages m_mode = LastPages::Pass;
    QString m_pathPart;
    QList<std::function<void()>> m_held;
};

} // namespace CreditDesk::Testing
