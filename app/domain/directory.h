#pragma once

#include <QLatin1StringView>
#include <QMetaType>
#include <QString>

namespace CreditDesk {

/// A Microsoft Graph user, as the user picker shows it (`$select=id,displayName,mail,
/// userPrincipalName,userType,accountEnabled`).
struct DirectoryUser
{
    QString id; ///< Graph object id
    QString displayName;
    QString mail; ///< empty when the user has no mailbox
    QString userPrincipalName;
    QString userType; ///< Member / Guest (raw; absent means Member)
    bool accountEnabled = true; ///< absent means enabled (not selected)

    /// Guests are invited from another directory; their UPN carries #EXT# even when userType
    /// was not selected or not sent.
    bool isGuest() const
    {
        using namespace Qt::StringLiterals;
        return userType.compare("Guest"_L1, Qt::CaseInsensitive) == 0
            || userPrincipalName.contains("#EXT#"_L1, Qt::CaseInsensitive);
    }
};

/// A verified domain of the organization (`/v1.0/organization` → `verifiedDomains`); new
/// users' principal names must end in one of them.
struct VerifiedDomain
{
    QString name;
    bool isDefault = false;
    bool isInitial = false; ///< the tenant's *.onmicrosoft.com domain
};

/// What `POST /v1.0/users` needs to create a member of the tenant.
struct NewDirectoryUser
{
    QString displayName;
    QString mailNickname; ///< the alias; derived from the UPN's local part when empty
    QString userPrincipalName; ///< alias@<verified domain>
    QString password; ///< initial password; secret: never logged
    bool forceChangePasswordNextSignIn = true;
    bool accountEnabled = true;
};

} // namespace CreditDesk

Q_DECLARE_METATYPE(CreditDesk::DirectoryUser)
Q_DECLARE_METATYPE(CreditDesk::VerifiedDomain)
