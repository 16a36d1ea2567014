#pragma once

#include "server/sandboxhttp.h"
#include "world/sandboxdirectory.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <variant>

namespace CreditDesk::Sandbox::Graph {

/// A 400 answer for a query Graph would reject.
struct QueryError
{
    QString code; ///< Request_BadRequest or Request_UnsupportedQuery
    QString message;
};

/// One `prop:value` term of $search, or one comparison of $filter.
struct Clause
{
    enum class Kind : quint8 { SearchPrefix, StartsWith, Equals };
    Kind kind = Kind::SearchPrefix;
    QString property; ///< canonical Graph name, e.g. displayName
    QString value; ///< lower case for text comparisons
};
/// OR of AND-groups: matches if every clause of at least one group matches.
using Expression = QList<QList<Clause>>;

/// The OData options of GET /users this sandbox understands.
struct UserQuery
{
    Expression search; ///< empty: no $search
    Expression filter; ///< empty: no $filter
    QStringList select; ///< canonical names; empty: the default property set
    int top = 100;
    bool count = false;
    QString orderBy; ///< displayName or userPrincipalName; empty: directory order
    bool descending = false;
};

/// Parses $search, $filter, $select, $top, $count and $orderby. $search and $count need the
/// header `ConsistencyLevel: eventual`, as in Graph.
std::variant<UserQuery, QueryError> parseUserQuery(const Request &request);
/// Parses $select alone (for /me and /users/{id}).
std::variant<QStringList, QueryError> parseSelect(const Request &request);

bool matches(const Expression &expression, const SandboxUser &user);

/// The user as Graph writes it: the default property set, or exactly the selected properties.
QJsonObject userJson(const SandboxUser &user, const QStringList &select);

} // namespace CreditDesk::Sandbox::Graph
