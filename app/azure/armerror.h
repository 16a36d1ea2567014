#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace CreditDesk {

/// What an error body said, whichever of the three shapes it came in:
/// ARM `{"error":{code,message,target,details[]}}` (code may be "400" or a number),
/// Graph `{"error":{code,message,innerError:{request-id}}}`,
/// Entra ID `{"error":"invalid_grant","error_description":"AADSTS...\r\nTrace ID: ..."}`,
/// or plain text.
struct ServiceErrorBody
{
    QString code;
    QString message; ///< first line only for Entra descriptions
    QString target;
    QStringList details; ///< messages of `details[]`, de-duplicated
    QString requestId; ///< innerError request-id, Entra trace_id, or "(Request ID: …)"
    bool recognized = false; ///< one of the JSON shapes above
};

ServiceErrorBody parseServiceErrorBody(const QByteArray &body);

/// Maps a failed response to an Error whose message names the operation and the scope, e.g.
/// "Could not list credit lots for billing profile AB12-CD34: The api-version is not supported
/// (InvalidApiVersionParameter)." 401/403/404/408/429/5xx get wording that says what to do.
/// \a operation and \a scope are already translated ("list credit lots",
/// "billing profile AB12-CD34"); either may be empty. Keeps code, status and request id
/// (the x-ms-request-id header, else one found in the body).
Error armError(int httpStatus, const QByteArray &body, const QString &operation, const QString &scope,
               const QByteArray &requestId);

} // namespace CreditDesk
