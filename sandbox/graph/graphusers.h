#pragma once

#include "graph/graphquery.h"
#include "world/dataset.h"

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <variant>

namespace CreditDesk::Sandbox {
Q_DECLARE_LOGGING_CATEGORY(lcSandboxGraph)
}

namespace CreditDesk::Sandbox::Graph {

/// Validates a POST /users body the way Graph does: accountEnabled, displayName, mailNickname,
/// userPrincipalName on a verified domain of the tenant and passwordProfile.password with
/// basic complexity are required; a UPN already in use is a 400. The new user's id is derived
/// from tenant and UPN, so replaying the same creation gives the same id.
std::variant<SandboxUser, QueryError> validateNewUser(const QByteArray &body, const Dataset &dataset);

/// Created users, persisted as JSON (one file per tenant) in the sandbox data directory.
/// An empty directory keeps them in memory only.
class UserStore
{
public:
    UserStore(const QString &dataDir, const QString &tenantId);

    bool isPersistent() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    /// Users saved by earlier runs; empty when there is no file or it is unreadable.
    QList<SandboxUser> load() const;
    /// Atomically replaces the file (QSaveFile); false on an I/O error.
    bool save(const QList<SandboxUser> &users) const;

private:
    QString m_path;
};

} // namespace CreditDesk::Sandbox::Graph
