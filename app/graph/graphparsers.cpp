#include "graph/graphparsers.h"

#include "azure/armresponse_p.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {

using Json::readOptionalBool;
using Json::readString;
using Json::readText;

std::optional<DirectoryUser> readUser(const QJsonObject &o, Json::StringPool &pool)
{
    DirectoryUser user;
    user.id = readString(o, "id"_L1);
    if (user.id.isEmpty())
        return std::nullopt;
    user.displayName = readText(o, "displayName"_L1).trimmed();
    user.mail = readString(o, "mail"_L1);
    user.userPrincipalName = readString(o, "userPrincipalName"_L1);
    user.userType = readString(o, "userType"_L1, &pool);
    // Not selected or null: Graph's default for an account is enabled.
    user.accountEnabled = readOptionalBool(o, "accountEnabled"_L1).value_or(true);
    return user;
}

} // namespace

Result<Page<DirectoryUser>> parseUsersPage(const QByteArray &json)
{
    return ArmResponse::parsePage<DirectoryUser>(json, readUser);
}

Result<DirectoryUser> parseUser(const QByteArray &json)
{
    auto root = ArmResponse::parseRoot(json);
    if (!root)
        return root.error();
    Json::StringPool pool;
    std::optional<DirectoryUser> user = readUser(*root, pool);
    if (!user) {
        return ArmResponse::unexpected(QCoreApplication::translate("GraphParsers", "the user has no id."));
    }
    return std::move(*user);
}

Result<QList<VerifiedDomain>> parseVerifiedDomains(const QByteArray &json)
{
    auto root = ArmResponse::parseRoot(json);
    if (!root)
        return root.error();
    const QJsonValue value = root->value("value"_L1);
    if (!value.isArray()) {
        return ArmResponse::unexpected(
            QCoreApplication::translate("GraphParsers", "the list of organizations (\"value\") is missing."));
    }
    QList<VerifiedDomain> domains;
    for (const QJsonValue &organization : value.toArray()) {
        const QJsonArray verified = organization.toObject().value("verifiedDomains"_L1).toArray();
        for (const QJsonValue &item : verified) {
            const QJsonObject o = item.toObject();
            VerifiedDomain domain;
            domain.name = readString(o, "name"_L1).toLower();
            if (domain.name.isEmpty())
                continue;
            domain.isDefault = Json::readBool(o, "isDefault"_L1);
            domain.isInitial = Json::readBool(o, "isInitial"_L1);
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
