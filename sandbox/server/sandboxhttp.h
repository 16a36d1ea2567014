#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace CreditDesk::Sandbox {

/// Who a verified bearer token belongs to. Filled by the server before ARM/Graph handlers run.
struct TokenClaims
{
    QString audience;
    QString tenantId;
    QString objectId;
    QString upn;
    QString name;
    qint64 expiresAt = 0; ///< seconds since epoch
    QStringList scopes;   ///< delegated scopes of the token (the scp claim), e.g. User.ReadWrite.All
};

/// One HTTP request as the service handlers see it; independent of QHttpServer's types so
/// handlers are plain functions that can be unit-tested.
struct Request
{
    QByteArray method;                    ///< "GET", "POST", ...
    QString path;                         ///< decoded path, e.g. /providers/Microsoft.Billing/billingAccounts
    QUrlQuery query;                      ///< decoded query
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    QByteArray body;
    QUrl baseUrl;                         ///< origin the client reached us at (requestorigin.h), for absolute URLs
    TokenClaims claims;                   ///< valid only on authenticated routes
    QByteArray requestId;                 ///< the x-ms-request-id / request-id the response will carry (uuid)
    bool nextLinkToSelf = false;          ///< fault knob: a nextLink names this very page

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

struct Response
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QList<std::pair<QByteArray, QByteArray>> headers;

    static Response json(int status, const QJsonObject &object)
    {
        Response r;
        r.status = status;
        r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return r;
    }
    static Response empty(int status)
    {
        Response r;
        r.status = status;
        r.contentType.clear();
        return r;
    }
};

} // namespace CreditDesk::Sandbox
