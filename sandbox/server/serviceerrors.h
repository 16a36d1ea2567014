#pragma once

#include "server/sandboxhttp.h"

#include <QString>

namespace CreditDesk::Sandbox {

/// Which API a request went to; ARM and Graph shape their errors differently.
enum class ServiceKind { Arm, Graph };

/// ARM: {"error":{"code","message"}}.
Response armError(int status, const QString &code, const QString &message);

/// Microsoft Graph: {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}.
/// request-id is the request's requestId; client-request-id echoes the client's header.
Response graphError(const Request &request, int status, const QString &code, const QString &message);

Response serviceError(ServiceKind service, const Request &request, int status, const QString &armCode,
                      const QString &graphCode, const QString &message);

} // namespace CreditDesk::Sandbox
