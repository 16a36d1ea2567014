#include "auth/accountstore.h"

#include "auth/secretstore.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
const QString ListArray = u"accounts/list"_s;
const QString CurrentKey = u"accounts/current"_s;

// Field names inside one array entry of the settings file. No token field exists on purpose.
namespace Field {
const QString Key = u"key"_s;
const QString Cloud = u"cloud"_s;
const QString LoginUrl = u"loginUrl"_s;
const QString ArmUrl = u"armUrl"_s;
const QString GraphUrl = u"graphUrl"_s;
const QString Tenant = u"tenantId"_s;
const QString Object = u"objectId"_s;
const QString Upn = u"userPrincipalName"_s;
const QString Name = u"displayName"_s;
const QString LastUsed = u"lastUsed"_s;
} // namespace Field

std::optional<CloudKind> kindFromId(const QString &id)
{
    for (CloudKind kind : {CloudKind::Public, CloudKind::UsGovernment, CloudKind::China, CloudKind::Sandbox,
                           CloudKind::Custom}) {
        Cloud c;
        c.kind = kind;
        if (c.id() == id)
            return kind;
    }
    return std::nullopt;
}
} // namespace

QString StoredAccount::makeKey(const QString &cloudId, const QString &tenantId, const QString &objectId)
{
    return cloudId + u'/' + tenantId + u'/' + objectId;
}

QString StoredAccount::secretKey() const
{
    return SecretStore::secretKey(cloudId, tenantId, objectId);
}

AccountInfo StoredAccount::accountInfo() const
{
    return AccountInfo{tenantId, objectId, userPrincipalName, displayName};
}

Result<Cloud> StoredAccount::cloud(const QUrl &sandboxBaseUrl) const
{
    const std::optional<CloudKind> kind = kindFromId(cloudId);
    if (!kind)
        return Cloud::fromId(cloudId); // an unknown id: its error names it
    switch (*kind) {
    case CloudKind::Sandbox:
        if (!sandboxBaseUrl.isValid() || sandboxBaseUrl.isEmpty()) {
            return Error{QCoreApplication::translate("StoredAccount",
                                                     "This account belongs to the sandbox; start CreditDesk with "
                                                     "the sandbox to use it.")};
        }
        return Cloud::sandbox(sandboxBaseUrl);
    case CloudKind::Custom:
        return Cloud::custom(loginUrl, armUrl, graphUrl);
    case CloudKind::Public:
    case CloudKind::UsGovernment:
    case CloudKind::China:
        break;
    }
    return Cloud::fromId(cloudId);
}

QString StoredAccount::label() const
{
    Cloud c;
    c.kind = kindFromId(cloudId).value_or(CloudKind::Custom);
    const QString who = displayName.isEmpty() ? userPrincipalName
                        : userPrincipalName.isEmpty() ? displayName
                                                      : displayName + u" ("_s + userPrincipalName + u')';
    return QCoreApplication::translate("StoredAccount", "%1 · %2")
        .arg(who.isEmpty() ? objectId : who, c.displayName());
}

AccountStore::AccountStore(QSettings *settings)
    : m_ownSettings(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_ownSettings.get())
{
}

AccountStore::~AccountStore() = default;

QList<StoredAccount> AccountStore::list() const
{
    QList<StoredAccount> accounts;
    const int count = m_settings->beginReadArray(ListArray);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        StoredAccount a;
        a.key = m_settings->value(Field::Key).toString();
        a.cloudId = m_settings->value(Field::Cloud).toString();
        a.loginUrl = QUrl(m_settings->value(Field::LoginUrl).toString());
        a.armUrl = QUrl(m_settings->value(Field::ArmUrl).toString());
        a.graphUrl = QUrl(m_settings->value(Field::GraphUrl).toString());
        a.tenantId = m_settings->value(Field::Tenant).toString();
        a.objectId = m_settings->value(Field::Object).toString();
        a.userPrincipalName = m_settings->value(Field::Upn).toString();
        a.displayName = m_settings->value(Field::Name).toString();
        a.lastUsed = QDateTime::fromString(m_settings->value(Field::LastUsed).toString(), Qt::ISODateWithMs);
        if (!a.key.isEmpty())
            accounts.append(a);
    }
    m_settings->endArray();
    std::stable_sort(accounts.begin(), accounts.end(),
                     [](const StoredAccount &l, const StoredAccount &r) { return l.lastUsed > r.lastUsed; });
    return accounts;
}

std::optional<StoredAccount> AccountStore::find(const QString &key) const
{
    const QList<StoredAccount> accounts = list();
    const auto it = std::find_if(accounts.cbegin(), accounts.cend(),
                                 [&](const StoredAccount &a) { return a.key == key; });
    if (it == accounts.cend())
        return std::nullopt;
    return *it;
}

void AccountStore::save(const StoredAccount &account)
{
    QList<StoredAccount> accounts = list();
    accounts.removeIf([&](const StoredAccount &a) { return a.key == account.key; });
    accounts.prepend(account);
    writeAll(accounts);
}

void AccountStore::remove(const QString &key)
{
    QList<StoredAccount> accounts = list();
    if (accounts.removeIf([&](const StoredAccount &a) { return a.key == key; }) == 0)
        return;
    writeAll(accounts);
    if (currentKey() == key)
        setCurrent(accounts.isEmpty() ? QString() : accounts.constFirst().key);
}

std::optional<StoredAccount> AccountStore::current() const
{
    const QString key = currentKey();
    if (key.isEmpty())
        return std::nullopt;
    return find(key);
}

QString AccountStore::currentKey() const
{
    return m_settings->value(CurrentKey).toString();
}

void AccountStore::setCurrent(const QString &key)
{
    if (key.isEmpty())
        m_settings->remove(CurrentKey);
    else
        m_settings->setValue(CurrentKey, key);
}

void AccountStore::sync()
{
    m_settings->sync();
}

void AccountStore::writeAll(const QList<StoredAccount> &accounts)
{
    m_settings->remove(ListArray);
    m_settings->beginWriteArray(ListArray, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const StoredAccount &a = accounts.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(Field::Key, a.key);
        m_settings->setValue(Field::Cloud, a.cloudId);
        // Only custom clouds need their URLs; the others are rebuilt from their id.
        if (a.cloudId == u"custom"_s) {
            m_settings->setValue(Field::LoginUrl, a.loginUrl.toString());
            m_settings->setValue(Field::ArmUrl, a.armUrl.toString());
            m_settings->setValue(Field::GraphUrl, a.graphUrl.toString());
        }
        m_settings->setValue(Field::Tenant, a.tenantId);
        m_settings->setValue(Field::Object, a.objectId);
        m_settings->setValue(Field::Upn, a.userPrincipalName);
        m_settings->setValue(Field::Name, a.displayName);
        m_settings->setValue(Field::LastUsed, a.lastUsed.toUTC().toString(Qt::ISODateWithMs));
    }
    m_settings->endArray();
}

} // namespace CreditDesk
