#pragma once

// Small HTTP helpers shared by the sandbox tests: real requests through QNetworkAccessManager,
// waited for with QSignalSpy so the sandbox (same thread or its own) keeps serving meanwhile.

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <optional>
#include <utility>

namespace SandboxTest {

using namespace Qt::StringLiterals;

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    bool finished = false;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    /// The "error" member of an OAuth error body, or error.code of an ARM/Graph one.
    QString errorCode() const
    {
        const QJsonValue value = json().value(u"error"_s);
        return value.isObject() ? value.toObject().value(u"code"_s).toString() : value.toString();
    }
};

using Headers = QList<std::pair<QByteArray, QByteArray>>;
using Fields = QList<std::pair<QString, QString>>;

class Client
{
public:
    explicit Client(QUrl baseUrl)
        : m_base(std::move(baseUrl))
    {
    }

    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(m_base.toString() + pathAndQuery, QUrl::StrictMode);
    }

    HttpResult send(const QByteArray &verb, const QUrl &url, const Headers &headers = {},
                    const QByteArray &body = {}, int timeoutMs = 20000)
    {
        QNetworkRequest request(url);
        // The sandbox's redirects go to the app's loopback listener; tests inspect them instead.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(timeoutMs);
        if (m_ssl)
            request.setSslConfiguration(*m_ssl);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, verb, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        HttpResult result;
        result.finished = finished.wait(timeoutMs + 1000);
        if (!result.finished) {
            reply->abort();
            return result;
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.error = reply->error();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        return result;
    }

    HttpResult get(const QString &pathAndQuery, const Headers &headers = {})
    {
        return send(QByteArrayLiteral("GET"), url(pathAndQuery), headers);
    }

    HttpResult getWithToken(const QString &pathAndQuery, const QString &accessToken, Headers headers = {})
    {
        headers.append({QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toLatin1()});
        return get(pathAndQuery, headers);
    }

    HttpResult postForm(const QString &path, const Fields &fields)
    {
        QByteArray body;
        for (const auto &[name, value] : fields) {
            if (!body.isEmpty())
                body.append('&');
            body.append(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
        }
        return send(QByteArrayLiteral("POST"), url(path),
                    {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}},
                    body);
    }

    QNetworkAccessManager &network() { return m_network; }
    /// For the https mode: whom to trust (the sandbox's certificate, usually).
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }

private:
    QUrl m_base;
    std::optional<QSslConfiguration> m_ssl;
    QNetworkAccessManager m_network;
};

/// The payload of a JWT, without verifying anything.
inline QJsonObject jwtPayload(const QString &token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

/// A device-code sign-in against a sandbox started with autoApprove: returns the token response.
inline QJsonObject signInWithAutoApprovedDeviceCode(Client &client, const QString &scope,
                                                    const QString &clientId = u"test-client"_s)
{
    const HttpResult code = client.postForm(u"/organizations/oauth2/v2.0/devicecode"_s,
                                            {{u"client_id"_s, clientId}, {u"scope"_s, scope}});
    const HttpResult token = client.postForm(
        u"/organizations/oauth2/v2.0/token"_s,
        {{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
         {u"client_id"_s, clientId},
         {u"device_code"_s, code.json().value(u"device_code"_s).toString()}});
    return token.json();
}

/// RFC 8628 asks clients to wait between polls; this waits until `interval` has passed since
/// `sincePoll` started, spinning the event loop (the sandbox may live in this thread).
inline bool waitForPollingInterval(const QElapsedTimer &sincePoll, qint64 intervalMs)
{
    return QTest::qWaitFor([&] { return sincePoll.hasExpired(intervalMs); }, int(intervalMs) + 5000);
}

} // namespace SandboxTest
