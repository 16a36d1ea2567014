#pragma once

#include "server/sandboxhttp.h"
#include "server/serviceerrors.h"

#include <QStringList>

#include <optional>

namespace CreditDesk::Sandbox {

class TokenService;

/// Checks the Authorization: Bearer header of an ARM or Graph request. On failure the
/// response is the service's real 401: its error body and a WWW-Authenticate challenge.
class BearerAuth
{
public:
    BearerAuth(const TokenService &tokens, QString tenantId);

    /// acceptedResources: Audience::arm() and/or Audience::graph(). Returns the 401 to send,
    /// or nullopt with request->claims filled in.
    std::optional<Response> authenticate(Request *request, ServiceKind errorShape,
                                         const QStringList &acceptedResources) const;

private:
    Response challenge(const Request &request, ServiceKind errorShape, const QString &armCode,
                       const QString &message, const QString &graphMessage) const;

    const TokenService &m_tokens;
    QString m_tenantId;
};

} // namespace CreditDesk::Sandbox
