#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace CreditDesk::Sandbox {

/// A Microsoft Graph user of the sandbox tenant.
struct SandboxUser
{
    QString objectId, userPrincipalName, displayName, mail, givenName, surname, userType, jobTitle;
    bool accountEnabled = true;
    // Added for Graph's default property set and user creation:
    QString mailNickname;
    QString officeLocation;
    QString preferredLanguage;
    QDateTime createdDateTime; ///< UTC
};

/// The users of the tenant: generated ones (deterministic from the seed) followed by users
/// created through Graph. User 0 is the partner admin who signs in.
///
/// Generated mix: members with mail on the custom domain; every 17th user (from index 5) is a
/// guest (`#EXT#` UPN, userType Guest); every 19th (from 7) a member whose mail is on a
/// free-mail domain (gmail.com, outlook.com, ...); every 23rd (from 11) is disabled.
class SandboxDirectory
{
public:
    SandboxDirectory(quint64 seed, int userCount, const QString &tenantDomain, const QString &customDomain, QDate today);

    const QList<SandboxUser> &users() const { return m_users; }
    /// By object id or user principal name, case-insensitive; nullptr if unknown. The pointer is
    /// valid until the next add().
    const SandboxUser *find(QStringView idOrUpn) const;
    bool containsUpn(QStringView upn) const;
    /// Appends a created user; returns false if its id or UPN already exists.
    bool add(const SandboxUser &user);

private:
    void index(qsizetype position);

    QList<SandboxUser> m_users;
    QHash<QString, qsizetype> m_byId; ///< lower-case id → position
    QHash<QString, qsizetype> m_byUpn; ///< lower-case UPN → position
};

} // namespace CreditDesk::Sandbox
