#include "graph/graphusers.h"

#include "world/prng.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include "world/privatefile.h"

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox::Graph {

namespace {

QueryError invalidProperty(QLatin1StringView property)
{
    return { u"Request_BadRequest"_s,
             u"Invalid value specified for property '"_s + property + u"' of resource 'User'."_s };
}

/// At least 8 characters and three of: lower case, upper case, digits, symbols (Entra ID's
/// basic complexity rule).
bool complexEnough(const QString &password)
{
    if (password.size() < 8 || password.size() > 256)
        return false;
    bool lower = false, upper = false, digit = false, symbol = false;
    for (QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            symbol = true;
    }
    return int(lower) + int(upper) + int(digit) + int(symbol) >= 3;
}

QString createdUserId(const QString &tenantId, const QString &upn)
{
    const QByteArray digest
        = QCryptographicHash::hash((tenantId + u'|' + upn.toLower()).toUtf8(), QCryptographicHash::Sha256);
    quint64 a = 0, b = 0;
    for (int i = 0; i < 8; ++i) {
        a = a << 8 | static_cast<quint8>(digest[i]);
        b = b << 8 | static_cast<quint8>(digest[i + 8]);
    }
    return Prng::formatGuid(a, b);
}

QString optionalString(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).isString() ? o.value(key).toString().trimmed() : QString();
}

QJsonObject toJson(const SandboxUser &u)
{
    return QJsonObject {
        { u"id"_s, u.objectId },
        { u"userPrincipalName"_s, u.userPrincipalName },
        { u"displayName"_s, u.displayName },
        { u"mail"_s, u.mail },
        { u"givenName"_s, u.givenName },
        { u"surname"_s, u.surname },
        { u"userType"_s, u.userType },
        { u"jobTitle"_s, u.jobTitle },
        { u"accountEnabled"_s, u.accountEnabled },
        { u"mailNickname"_s, u.mailNickname },
        { u"officeLocation"_s, u.officeLocation },
        { u"preferredLanguage"_s, u.preferredLanguage },
        { u"createdDateTime"_s, u.createdDateTime.toString(Qt::ISODate) },
    };
}

SandboxUser fromJson(const QJsonObject &o)
{
    SandboxUser u;
    u.objectId = o.value("id"_L1).toString();
    u.userPrincipalName = o.value("userPrincipalName"_L1).toString();
    u.displayName = o.value("displayName"_L1).toString();
    u.mail = o.value("mail"_L1).toString();
    u.givenName = o.value("givenName"_L1).toString();
    u.surname = o.value("surname"_L1).toString();
    u.userType = o.value("userType"_L1).toString(u"Member"_s);
    u.jobTitle = o.value("jobTitle"_L1).toString();
    u.accountEnabled = o.value("accountEnabled"_L1).toBool(true);
    u.mailNickname = o.value("mailNickname"_L1).toString();
    u.officeLocation = o.value("officeLocation"_L1).toString();
    u.preferredLanguage = o.value("preferredLanguage"_L1).toString();
    u.createdDateTime = QDateTime::fromString(o.value("createdDateTime"_L1).toString(), Qt::ISODate);
    return u;
}

} // namespace

std::variant<SandboxUser, QueryError> validateNewUser(const QByteArray &body, const Dataset &dataset)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return QueryError {
            u"Request_BadRequest"_s,
            u"Unable to read JSON request payload. Please ensure Content-Type header is set and payload "
            u"is of valid JSON format."_s
        };
    }
    const QJsonObject o = document.object();

    if (!o.value("accountEnabled"_L1).isBool())
        return invalidProperty("accountEnabled"_L1);
    const QString displayName = optionalString(o, "displayName"_L1);
    if (displayName.isEmpty() || displayName.size() > 256)
        return invalidProperty("displayName"_L1);
    static const QRegularExpression nickname(u"^[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~.]{1,64}$"_s);
    const QString mailNickname = optionalString(o, "mailNickname"_L1);
    if (!nickname.match(mailNickname).hasMatch())
        return invalidProperty("mailNickname"_L1);

    static const QRegularExpression upnShape(u"^([A-Za-z0-9'._!#^~-]{1,64})@([A-Za-z0-9.-]+)$"_s);
    const QString upn = optionalString(o, "userPrincipalName"_L1);
    const QRegularExpressionMatch upnMatch = upnShape.match(upn);
    const QString alias = upnMatch.captured(1);
    if (!upnMatch.hasMatch() || alias.startsWith(u'.') || alias.endsWith(u'.'))
        return invalidProperty("userPrincipalName"_L1);
    bool verified = false;
    for (const QString &domain : dataset.verifiedDomains())
        verified = verified || domain.compare(upnMatch.captured(2), Qt::CaseInsensitive) == 0;
    if (!verified) {
        return QueryError { u"Request_BadRequest"_s,
                            u"The domain portion of the userPrincipalName property is invalid. You must use one of the "
                            u"verified domain names in your organization."_s };
    }

    const QJsonValue passwordProfile = o.value("passwordProfile"_L1);
    if (!passwordProfile.isObject() || !passwordProfile.toObject().value("password"_L1).isString())
        return invalidProperty("passwordProfile"_L1);
    if (!complexEnough(passwordProfile.toObject().value("password"_L1).toString())) {
        return QueryError { u"Request_BadRequest"_s,
                            u"The specified password does not comply with password complexity requirements. Please "
                            u"provide a different password."_s };
    }
    if (dataset.directory().containsUpn(upn)) {
        return QueryError { u"Request_BadRequest"_s,
                            u"Another object with the same value for property userPrincipalName already exists."_s };
    }

    SandboxUser user;
    user.objectId = createdUserId(dataset.tenantId(), upn);
    user.userPrincipalName = upn;
    user.displayName = displayName;
    user.mailNickname = mailNickname;
    user.accountEnabled = o.value("accountEnabled"_L1).toBool();
    user.givenName = optionalString(o, "givenName"_L1);
    user.surname = optionalString(o, "surname"_L1);
    user.jobTitle = optionalString(o, "jobTitle"_L1);
    user.officeLocation = optionalString(o, "officeLocation"_L1);
    user.preferredLanguage = optionalString(o, "preferredLanguage"_L1);
    const QString mail = optionalString(o, "mail"_L1);
    user.mail = mail.contains(u'@') ? mail : QString(); // Graph leaves mail empty without a mailbox
    user.userType
        = optionalString(o, "userType"_L1).compare(u"Guest"_s, Qt::CaseInsensitive) == 0 ? u"Guest"_s : u"Member"_s;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    user.createdDateTime = now.addMSecs(-now.time().msec());
    return user;
}

UserStore::UserStore(const QString &dataDir, const QString &tenantId)
{
    if (!dataDir.isEmpty())
        m_path = QDir(dataDir).filePath(u"graph-users-"_s + tenantId + u".json"_s);
}

QList<SandboxUser> UserStore::load() const
{
    QList<SandboxUser> users;
    if (m_path.isEmpty())
        return users;
    QFile file(m_path);
    if (!file.exists())
        return users;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSandboxGraph) << "cannot read" << m_path << file.errorString();
        return users;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QJsonArray array = document.object().value("users"_L1).toArray();
    for (const QJsonValue &value : array) {
        SandboxUser user = fromJson(value.toObject());
        if (!user.objectId.isEmpty() && !user.userPrincipalName.isEmpty())
            users.append(user);
    }
    return users;
}

bool UserStore::save(const QList<SandboxUser> &users) const
{
    if (m_path.isEmpty())
        return true;
    QJsonArray array;
    for (const SandboxUser &user : users)
        array.append(toJson(user));
    QString error;
    if (!writePrivateFile(m_path, QJsonDocument(QJsonObject { { u"version"_s, 1 }, { u"users"_s, array } })
                                      .toJson(QJsonDocument::Indented),
                          &error)) {
        qCWarning(lcSandboxGraph) << "cannot write" << m_path << error;
        return false;
    }
    return true;
}

} // namespace CreditDesk::Sandbox::Graph
