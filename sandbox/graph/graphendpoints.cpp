#include "graph/graphendpoints.h"

#include "arm/paging.h"
#include "graph/graphquery.h"
#include "graph/graphusers.h"
#include "server/jsonwriter.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

Q_LOGGING_CATEGORY(lcSandboxGraph, "creditdesk.sandbox.graph")

namespace {

Response graphError(const Request &request, int status, const QString &code, const QString &message)
{
    // innerError as Graph writes it; client-request-id echoes the caller's header when given.
    const QByteArray clientId = request.header(QByteArrayLiteral("client-request-id"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject inner {
        { u"date"_s, now.addMSecs(-now.time().msec()).toString(Qt::ISODate) },
        { u"request-id"_s,
          request.requestId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                      : QString::fromLatin1(request.requestId) },
        { u"client-request-id"_s,
          clientId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString::fromUtf8(clientId) },
    };
    return Response::json(
        status,
        QJsonObject { { u"error"_s,
                        QJsonObject { { u"code"_s, code }, { u"message"_s, message }, { u"innerError"_s, inner } } } });
}

Response graphError(const Request &request, const Graph::QueryError &e)
{
    return graphError(request, 400, e.code, e.message);
}

QString metadata(const Request &request, const QString &fragment)
{
    QString base = request.baseUrl.toString(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + u"/v1.0/$metadata#"_s + fragment;
}

QString usersFragment(const QStringList &select)
{
    return select.isEmpty() ? u"users"_s : u"users("_s + select.join(u',') + u')';
}

} // namespace

GraphEndpoints::GraphEndpoints(Dataset &dataset, const SandboxOptions &options) : m_dataset(dataset), m_dataDir(options.dataDir)
{
    const Graph::UserStore store(m_dataDir, m_dataset.tenantId());
    for (const SandboxUser &user : store.load()) {
        m_created.append(user);
        m_dataset.directory().add(user); // false if an earlier GraphEndpoints already added it
    }
    if (!m_created.isEmpty())
        qCDebug(lcSandboxGraph) << "loaded" << m_created.size() << "created users from" << store.path();
}

std::optional<Response> GraphEndpoints::handle(const Request &request)
{
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    if (segments.size() < 2 || segments[0] != u"v1.0"_s)
        return std::nullopt;
    const QString resource = segments[1].toLower();
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    const auto notAllowed = [&request] {
        return graphError(request, 405, u"Request_BadRequest"_s,
                          u"Specified HTTP method is not allowed for the request target."_s);
    };

    std::optional<Response> response;
    if (segments.size() == 2 && resource == u"me"_s) {
        response = get ? me(request) : notAllowed();
    } else if (segments.size() == 2 && resource == u"users"_s) {
        response = get ? listUsers(request) : post ? createUser(request) : notAllowed();
    } else if (segments.size() == 3 && resource == u"users"_s) {
        response = get ? getUser(request, segments[2]) : notAllowed();
    } else if (segments.size() == 2 && resource == u"organization"_s) {
        response = get ? organization(request) : notAllowed();
    }
    if (response)
        qCDebug(lcSandboxGraph) << request.method << request.path << response->status;
    return response;
}

Response GraphEndpoints::me(const Request &request) const
{
    auto select = Graph::parseSelect(request);
    if (auto *e = std::get_if<Graph::QueryError>(&select))
        return graphError(request, *e);
    const QStringList fields = std::get<QStringList>(select);
    const SandboxDirectory &directory = m_dataset.directory();
    const SandboxUser *user = directory.find(request.claims.objectId);
    if (!user && !request.claims.upn.isEmpty())
        user = directory.find(request.claims.upn);
    if (!user)
        user = &m_dataset.signedInUser();
    QJsonObject body = Graph::userJson(*user, fields);
    body.insert(u"@odata.context"_s, metadata(request, usersFragment(fields) + u"/$entity"_s));
    return Response::json(200, body);
}

Response GraphEndpoints::listUsers(const Request &request) const
{
    auto parsed = Graph::parseUserQuery(request);
    if (auto *e = std::get_if<Graph::QueryError>(&parsed))
        return graphError(request, *e);
    const Graph::UserQuery query = std::get<Graph::UserQuery>(parsed);

    // Matching users, by position in the directory; a page is a slice of this list.
    const QList<SandboxUser> &users = m_dataset.directory().users();
    QList<qsizetype> hits;
    for (qsizetype i = 0; i < users.size(); ++i) {
        if (Graph::matches(query.search, users[i]) && Graph::matches(query.filter, users[i]))
            hits.append(i);
    }
    if (!query.orderBy.isEmpty()) {
        const bool byName = query.orderBy == u"displayName"_s;
        std::stable_sort(hits.begin(), hits.end(), [&](qsizetype a, qsizetype b) {
            const QString &x = byName ? users[a].displayName : users[a].userPrincipalName;
            const QString &y = byName ? users[b].displayName : users[b].userPrincipalName;
            const int order = x.compare(y, Qt::CaseInsensitive);
            return query.descending ? order > 0 : order < 0;
        });
    }

    const std::optional<qsizetype> position = requestedPosition(request);
    if (!position || *position > hits.size())
        return graphError(request, 400, u"Request_BadRequest"_s, u"The $skiptoken is invalid."_s);
    const PageSlice slice = pageSlice(*position, hits.size(), query.top);

    QJsonArray value;
    for (qsizetype i = slice.begin; i < slice.end; ++i)
        value.append(Graph::userJson(users[hits[i]], query.select));
    QJsonObject body { { u"@odata.context"_s, metadata(request, usersFragment(query.select)) }, { u"value"_s, value } };
    if (query.count)
        body.insert(u"@odata.count"_s, hits.size());
    if (slice.hasMore)
        body.insert(u"@odata.nextLink"_s, nextPageLink(request, slice.end));
    return Response::json(200, body);
}

Response GraphEndpoints::getUser(const Request &request, const QString &idOrUpn) const
{
    auto select = Graph::parseSelect(request);
    if (auto *e = std::get_if<Graph::QueryError>(&select))
        return graphError(request, *e);
    const QStringList fields = std::get<QStringList>(select);
    const SandboxUser *user = m_dataset.directory().find(idOrUpn);
    if (!user) {
        return graphError(
            request, 404, u"Request_ResourceNotFound"_s,
            u"Resource '"_s + idOrUpn
                + u"' does not exist or one of its queried reference-property objects are not present."_s);
    }
    QJsonObject body = Graph::userJson(*user, fields);
    body.insert(u"@odata.context"_s, metadata(request, usersFragment(fields) + u"/$entity"_s));
    return Response::json(200, body);
}

Response GraphEndpoints::createUser(const Request &request)
{
    auto validated = Graph::validateNewUser(request.body, m_dataset);
    if (auto *e = std::get_if<Graph::QueryError>(&validated))
        return graphError(request, *e);
    const SandboxUser user = std::get<SandboxUser>(validated);
    if (!m_dataset.directory().add(user)) {
        return graphError(request, 400, u"Request_BadRequest"_s,
                          u"Another object with the same value for property userPrincipalName already exists."_s);
    }
    m_created.append(user);
    const Graph::UserStore store(m_dataDir, m_dataset.tenantId());
    if (!store.save(m_created))
        qCWarning(lcSandboxGraph) << "created user" << user.userPrincipalName << "is kept in memory only";

    QJsonObject body = Graph::userJson(user, {});
    body.insert(u"@odata.context"_s, metadata(request, u"users/$entity"_s));
    Response response = Response::json(201, body);
    QString base = request.baseUrl.toString(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    response.headers.append({ QByteArrayLiteral("Location"), (base + u"/v1.0/users/"_s + user.objectId).toUtf8() });
    return response;
}

Response GraphEndpoints::organization(const Request &request) const
{
    const auto domain = [](const QString &name, bool isDefault, bool isInitial, const QString &capabilities) {
        return QJsonObject { { u"capabilities"_s, capabilities },
                             { u"isDefault"_s, isDefault },
                             { u"isInitial"_s, isInitial },
                             { u"name"_s, name },
                             { u"type"_s, u"Managed"_s } };
    };
    const QJsonArray domains {
        domain(m_dataset.tenantDomain(), true, true, u"Email, OfficeCommunicationsOnline"_s),
        domain(m_dataset.customDomain(), false, false, u"Email"_s),
    };
    const QJsonObject org {
        { u"id"_s, m_dataset.tenantId() },
        { u"displayName"_s, QString(m_dataset.organizationName() + u" (Sandbox)"_s) },
        { u"tenantType"_s, u"AAD"_s },
        { u"countryLetterCode"_s, u"US"_s },
        { u"preferredLanguage"_s, u"en"_s },
        { u"createdDateTime"_s, isoDateTime(m_dataset.today().addYears(-6)) },
        { u"verifiedDomains"_s, domains },
    };
    return Response::json(200,
                          QJsonObject { { u"@odata.context"_s, metadata(request, u"organization"_s) },
                                        { u"value"_s, QJsonArray { org } } });
}

} // namespace CreditDesk::Sandbox
