#include "graph/graphparsers.h"

#include "azure/armresponse_p.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {

using ArmResponse::Reader;
using ArmResponse::Value;

bool readUser(Reader &r, Value row, DirectoryUser *user)
{
    const bool isObject = r.forEachField(row, [&](std::string_view key, Value v) {
        if (key == "id")
            user->id = r.text(v);
        else if (key == "displayName")
            user->displayName = r.text(v);
        else if (key == "mail")
            user->mail = r.text(v);
        else if (key == "userPrincipalName")
            user->userPrincipalName = r.text(v);
        else if (key == "userType")
            user->userType = r.text(v, true, true);
        else if (key == "accountEnabled")
            // Not selected or null: Graph's default for an account is enabled.
            user->accountEnabled = r.optionalBool(v).value_or(true);
        else
            r.skip(v);
    });
    return isObject && r.ok() && !user->id.isEmpty();
}

} // namespace

Result<Page<DirectoryUser>> parseUsersPage(const QByteArray &json)
{
    return ArmResponse::parsePage<DirectoryUser>(json, readUser);
}

Result<DirectoryUser> parseUser(const QByteArray &json)
{
    return ArmResponse::parseSingle<DirectoryUser>(json, readUser,
                                                   QCoreApplication::translate("GraphParsers", "the user has no id."));
}

Result<QList<VerifiedDomain>> parseVerifiedDomains(const QByteArray &json)
{
    // A page of organizations; each one's verified domains, the first of each name kept.
    struct Organization
    {
        QList<VerifiedDomain> domains;
    };
    const auto page = ArmResponse::parsePage<Organization>(json, [](Reader &r, Value row, Organization *o) {
        r.forEachField(row, [&](std::string_view key, Value v) {
            if (key != "verifiedDomains") {
                r.skip(v);
                return;
            }
            o->domains.clear();
            r.forEachElement(v, [&](Value item) {
                VerifiedDomain domain;
                r.forEachField(item, [&](std::string_view domainKey, Value dv) {
                    if (domainKey == "name")
                        domain.name = r.text(dv).toLower();
                    else if (domainKey == "isDefault")
                        domain.isDefault = r.optionalBool(dv).value_or(false);
                    else if (domainKey == "isInitial")
                        domain.isInitial = r.optionalBool(dv).value_or(false);
                    else
                        r.skip(dv);
                });
                o->domains.append(domain);
            });
        });
        return true;
    }, QCoreApplication::translate("GraphParsers", "the list of organizations (\"value\") is missing."));
    if (!page)
        return page.error();
    QList<VerifiedDomain> domains;
    for (const Organization &organization : page->items) {
        for (const VerifiedDomain &domain : organization.domains) {
            if (domain.name.isEmpty())
                continue;
            const bool known = std::any_of(domains.cbegin(), domains.cend(),
                                           [&domain](const VerifiedDomain &d) { return d.name == domain.name; });
            if (!known)
                domains.append(domain);
        }
    }
    // The default domain first: it is what a person most likely wants for a new user.
    std::stable_sort(domains.begin(), domains.end(),
                     [](const VerifiedDomain &a, const VerifiedDomain &b) { return a.isDefault && !b.isDefault; });
    return domains;
}

QJsonObject newUserJson(const NewDirectoryUser &user)
{
    QString nickname = user.mailNickname.trimmed();
    if (nickname.isEmpty())
        nickname = user.userPrincipalName.section(u'@', 0, 0).trimmed();
    return QJsonObject {
        { u"accountEnabled"_s, user.accountEnabled },
        { u"displayName"_s, user.displayName.trimmed() },
        { u"mailNickname"_s, nickname },
        { u"userPrincipalName"_s, user.userPrincipalName.trimmed() },
        { u"passwordProfile"_s,
          QJsonObject { { u"password"_s, user.password },
                        { u"forceChangePasswordNextSignIn"_s, user.forceChangePasswordNextSignIn } } },
    };
}

} // namespace CreditDesk
