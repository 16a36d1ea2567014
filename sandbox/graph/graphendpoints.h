#pragma once

#include "server/sandboxhttp.h"
#include "server/sandboxoptions.h"
#include "world/dataset.h"

#include <optional>
#include <QList>
#include <QString>

namespace CreditDesk::Sandbox {

/// Microsoft Graph v1.0 as the app uses it, everything under /v1.0/:
///   GET  /v1.0/me                      the signed-in user (from the token's oid/upn)
///   GET  /v1.0/users                   $search (needs ConsistencyLevel: eventual), $filter
///                                      (startswith / eq, and / or), $select, $top (1-999,
///                                      default 100), $count=true, $orderby, @odata.nextLink
///   GET  /v1.0/users/{id | upn}
///   POST /v1.0/users                   validated like Graph; 201 with the user
///   GET  /v1.0/organization            verifiedDomains of the tenant
/// Errors use Graph's body {"error":{"code","message","innerError":{date,request-id,client-request-id}}}.
class GraphEndpoints
{
public:
    /// Loads users created by earlier runs from options.dataDir (memory only if empty) and
    /// adds them to the dataset's directory, so they are found by search.
    GraphEndpoints(Dataset &dataset, const SandboxOptions &options);

    /// The response, or std::nullopt for a path outside /v1.0/ the sandbox knows.
    std::optional<Response> handle(const Request &request);

private:
    Response me(const Request &request) const;
    Response listUsers(const Request &request) const;
    Response getUser(const Request &request, const QString &idOrUpn) const;
    Response createUser(const Request &request);
    Response organization(const Request &request) const;

    Dataset &m_dataset;
    QString m_dataDir;
    QList<SandboxUser> m_created; ///< everything created so far, as persisted
};

} // namespace CreditDesk::Sandbox
