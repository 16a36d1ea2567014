#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrl>

#include <memory>

namespace CreditDesk::Testing {

/// A sandbox ARM token, obtained the way any client would (device code, auto-approved).
inline QString sandboxToken(QNetworkAccessManager &network, const QUrl &base)
{
    auto post = [&network, &base](const QString &path, const QByteArray &form) {
        QUrl url = base;
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        std::unique_ptr<QNetworkReply> reply(network.post(request, form));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        done.wait(10'000);
        return QJsonDocument::fromJson(reply->readAll()).object();
    };
    const QJsonObject code = post(QStringLiteral("/organizations/oauth2/v2.0/devicecode"),
                                  "client_id=cli-tests&scope=https%3A%2F%2Fmanagement.azure.com%2F.default");
    const QJsonObject token =
        post(QStringLiteral("/organizations/oauth2/v2.0/token"),
             "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&client_id=cli-tests&device_code="
                 + QUrl::toPercentEncoding(code.value(QStringLiteral("device_code")).toString()));
    return token.value(QStringLiteral("access_token")).toString();
}

} // namespace CreditDesk::Testing
