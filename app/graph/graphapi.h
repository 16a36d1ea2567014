#pragma once

#include "azure/armclient.h"
#include "azure/armparsers.h"
#include "domain/directory.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace CreditDesk {

/// Microsoft Graph as the credit-assignment dialog needs it: find a user, list the domains a
/// new user may get, create a user. Runs over an ArmClient made for Resource::Graph on the
/// cloud's graphUrl, so it gets the same retries, token refresh and error messages.
///
/// Permissions (delegated): User.ReadBasic.All or User.Read.All to search,
/// Organization.Read.All (or Directory.Read.All) for domains, User.ReadWrite.All to create.
class GraphApi : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Callback = std::function<void(Result<T>)>;
    using UserPage = Page<DirectoryUser>;

    /// \a graph must be a client for Resource::Graph.
    explicit GraphApi(ArmClient *graph, QObject *parent = nullptr);

    ArmClient *client() const { return m_graph; }

    /// The first page of users whose display name, mail or principal name starts with \a text
    /// (Graph's `$search`, which needs `ConsistencyLevel: eventual`); all users when \a text is
    /// blank. \a pageSize is clamped to Graph's 1..999. Pass the page's nextLink to nextUsers()
    /// for more, so a picker loads only what the person scrolls to.
    void searchUsers(const QString &text, int pageSize, QObject *context, Callback<UserPage> done);
    /// The page after one from searchUsers(), from its nextLink (followed verbatim).
    void nextUsers(const QUrl &nextLink, QObject *context, Callback<UserPage> done);

    /// Verified domains of the signed-in organization, the default one first.
    void listVerifiedDomains(QObject *context, Callback<QList<VerifiedDomain>> done);

    /// Creates a member user (`POST /v1.0/users`). 201 → the new user; a refusal (400: bad
    /// property, unverified domain, weak password, principal name already taken) → an Error
    /// carrying Graph's own message. Not retried on failures that could mean it was created.
    void createUser(const NewDirectoryUser &user, QObject *context, Callback<DirectoryUser> done);

    /// Cancels the requests started for \a context (all when null).
    void cancel(const QObject *context = nullptr);

    /// The `$search` expression for \a text: "displayName:x" OR "mail:x" OR
    /// "userPrincipalName:x", with characters $search cannot quote removed.
    static QString searchExpression(const QString &text);

private:
    void fetchUsers(const QUrl &url, const ArmOperation &operation, QObject *context, Callback<UserPage> done);

    QPointer<ArmClient> m_graph;
};

} // namespace CreditDesk
