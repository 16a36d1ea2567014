#pragma once

#include "server/sandboxhttp.h"

#include <QString>
#include <QUrlQuery>

namespace CreditDesk::Sandbox {

/// Parameters of an OAuth request: the application/x-www-form-urlencoded body of a POST, or the
/// query of a GET. '+' means space in form encoding (a literal plus arrives as %2B).
inline QUrlQuery oauthParameters(const Request &request)
{
    if (request.method == "POST" && !request.body.isEmpty()) {
        QByteArray body = request.body;
        body.replace('+', "%20");
        return QUrlQuery(QString::fromUtf8(body));
    }
    return request.query;
}

inline QString oauthParameter(const QUrlQuery &parameters, const QString &name)
{
    return parameters.queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace CreditDesk::Sandbox
