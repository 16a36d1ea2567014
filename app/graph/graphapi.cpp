#include "graph/graphapi.h"

#include "core/logging.h"
#include "graph/graphparsers.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {

const QByteArray UserSelect = QByteArrayLiteral("id,displayName,mail,userPrincipalName,userType,accountEnabled");

// $search and $count are "advanced queries": Graph refuses them without this header. Sent on
// every users page, because the nextLink of a search is still a search.
const ArmClient::Headers EventualConsistency { { QByteArrayLiteral("ConsistencyLevel"),
                                                 QByteArrayLiteral("eventual") } };

/// The client was destroyed under us: fail on the next turn rather than never calling back.
template<typename T> void failWithoutClient(QObject *context, const GraphApi::Callback<T> &done)
{
    QTimer::singleShot(0, context, [done] {
        done(Error { GraphApi::tr("Microsoft Graph is not available: the connection was closed."), u"NotConnected"_s });
    });
}

} // namespace

GraphApi::GraphApi(ArmClient *graph, QObject *parent) : QObject(parent), m_graph(graph)
{
    if (graph && graph->resource() != Resource::Graph)
        qCWarning(lcGraph) << "GraphApi was given a client whose tokens are not for Microsoft Graph";
}

QString GraphApi::searchExpression(const QString &text)
{
    // A quote would end the quoted clause and a backslash starts an escape; neither belongs in
    // a name, so they are dropped rather than escaped.
    QString term;
    term.reserve(text.size());
    for (const QChar c : text.simplified()) {
        if (c != u'"' && c != u'\\')
            term.append(c);
    }
    term = term.trimmed();
    if (term.isEmpty())
        return {};
    return u"\"displayName:%1\" OR \"mail:%1\" OR \"userPrincipalName:%1\""_s.arg(term);
}

void GraphApi::searchUsers(const QString &text, int pageSize, QObject *context, Callback<UserPage> done)
{
    if (!m_graph) {
        failWithoutClient(context, done);
        return;
    }
    const QString expression = searchExpression(text);
    // Percent-encoded by hand: the value holds quotes, colons, spaces and maybe '+', which
    // Graph (like any form decoder) would otherwise read as a space.
    QByteArray query = "$select=" + UserSelect + "&$top=" + QByteArray::number(qBound(1, pageSize, 999));
    if (!expression.isEmpty())
        query += "&$search=" + QUrl::toPercentEncoding(expression);
    const QString what = expression.isEmpty() ? tr("list the users of the directory")
                                              : tr("search the directory for \"%1\"").arg(text.simplified());
    fetchUsers(m_graph->encodedUrl(u"/v1.0/users"_s, query), { what, {} }, context, std::move(done));
}

void GraphApi::nextUsers(const QUrl &nextLink, QObject *context, Callback<UserPage> done)
{
    fetchUsers(nextLink, { tr("load more users from the directory"), {} }, context, std::move(done));
}

void GraphApi::fetchUsers(const QUrl &url, const ArmOperation &operation, QObject *context, Callback<UserPage> done)
{
    if (!m_graph) {
        failWithoutClient(context, done);
        return;
    }
    m_graph->get(url, operation, EventualConsistency, context,
                 [operation, done = std::move(done)](Result<ArmClient::Reply> reply) {
                     if (!reply) {
                         done(reply.error());
                         return;
                     }
                     Result<UserPage> page = parseUsersPage(reply->body);
                     if (!page) {
                         Error error = page.error();
                         error.message = tr("Could not %1: %2").arg(operation.description, error.message);
                         done(error);
                         return;
                     }
                     if (page->skippedRows > 0)
                         qCWarning(lcGraph) << "skipped" << page->skippedRows << "unreadable users";
                     done(std::move(page).value());
                 });
}

void GraphApi::listVerifiedDomains(QObject *context, Callback<QList<VerifiedDomain>> done)
{
    if (!m_graph) {
        failWithoutClient(context, done);
        return;
    }
    const ArmOperation operation { tr("list the verified domains of the organization"), {} };
    m_graph->get(m_graph->encodedUrl(u"/v1.0/organization"_s, QByteArrayLiteral("$select=id,verifiedDomains")),
                 operation, context, [operation, done = std::move(done)](Result<ArmClient::Reply> reply) {
                     if (!reply) {
                         done(reply.error());
                         return;
                     }
                     Result<QList<VerifiedDomain>> domains = parseVerifiedDomains(reply->body);
                     if (!domains) {
                         Error error = domains.error();
                         error.message = tr("Could not %1: %2").arg(operation.description, error.message);
                         done(error);
                         return;
                     }
                     done(std::move(domains).value());
                 });
}

void GraphApi::createUser(const NewDirectoryUser &user, QObject *context, Callback<DirectoryUser> done)
{
    if (!m_graph) {
        failWithoutClient(context, done);
        return;
    }
    const ArmOperation operation { tr("create the user %1").arg(user.userPrincipalName.trimmed()), {} };
    qCInfo(lcGraph) << "creating user" << user.userPrincipalName; // never the password
    m_graph->post(m_graph->encodedUrl(u"/v1.0/users"_s, {}), newUserJson(user), operation, context,
                  [operation, done = std::move(done)](Result<ArmClient::Reply> reply) {
                      if (!reply) {
                          Error error = reply.error();
                          // The request may have reached Graph before the connection failed or
                          // the service erred (and Qt's transport resends once on a closed
                          // connection): the user may exist. Graph refuses a second user with
                          // the same principal name, so a retry cannot duplicate it.
                          if (error.code != u"cancelled"_s && (error.httpStatus == 0 || error.httpStatus >= 500)) {
                              error.message += u' '
                                  + tr("The user may have been created anyway: search for it before trying again.");
                          }
                          done(error);
                          return;
                      }
                      Result<DirectoryUser> created = parseUser(reply->body);
                      if (!created) {
                          // Created or not, the app cannot tell: say so rather than guess.
                          Error error = created.error();
                          error.message = tr("Could not %1: %2 Check the directory before trying again.")
                                              .arg(operation.description, error.message);
                          done(error);
                          return;
                      }
                      done(std::move(created).value());
                  });
}

void GraphApi::cancel(const QObject *context)
{
    if (m_graph)
        m_graph->cancel(context);
}

} // namespace CreditDesk
