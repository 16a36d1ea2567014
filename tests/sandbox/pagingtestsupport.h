#pragma once

// Helpers for the ARM and Graph sandbox tests: follow nextLink / @odata.nextLink to the end,
// and build query strings whose values are safely percent-encoded.

#include "sandboxtestsupport.h"

#include <QJsonArray>

namespace SandboxTest {

struct Collected
{
    QJsonArray items;
    int pages = 0;
    int firstFailureStatus = 0; ///< 0 if every page answered 200
    QStringList nextLinks; ///< every link followed, in order
};

/// GETs `firstUrl` and every link named `linkName` after it, verbatim, collecting "value".
inline Collected collectPages(Client &client, const QUrl &firstUrl, const QString &token,
                              const QString &linkName = u"nextLink"_s, const Headers &extra = {})
{
    Collected out;
    QUrl url = firstUrl;
    Headers headers = extra;
    headers.append({ QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1() });
    while (url.isValid() && !url.isEmpty()) {
        const HttpResult page = client.send(QByteArrayLiteral("GET"), url, headers);
        ++out.pages;
        if (page.status != 200) {
            out.firstFailureStatus = page.status;
            break;
        }
        const QJsonObject body = page.json();
        const QJsonArray values = body.value(u"value"_s).toArray();
        for (const QJsonValue &v : values)
            out.items.append(v);
        const QString next = body.value(linkName).toString();
        if (next.isEmpty())
            break;
        out.nextLinks.append(next);
        url = QUrl(next, QUrl::StrictMode);
    }
    return out;
}

/// "?a=1&b=2" with every value percent-encoded (spaces, quotes, '#', '+', '&' ...).
inline QString queryString(const QList<std::pair<QString, QString>> &items)
{
    QString out;
    for (const auto &[key, value] : items) {
        out += out.isEmpty() ? u'?' : u'&';
        out += QString::fromLatin1(QUrl::toPercentEncoding(key, "$") + '=' + QUrl::toPercentEncoding(value));
    }
    return out;
}

} // namespace SandboxTest
