#include "world/statestore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include "world/privatefile.h"

#include <algorithm>

Q_LOGGING_CATEGORY(lcSandboxState, "creditdesk.sandbox.state")

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

namespace {

constexpr int FormatVersion = 1;
// Bounded so a client that refreshes in a loop cannot grow the state file without limit.
constexpr qsizetype MaxRefreshTokens = 5000;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

QByteArray hashOf(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

QJsonObject toJson(const RefreshGrant &grant)
{
    return {{u"clientId"_s, grant.clientId},
            {u"objectId"_s, grant.objectId},
            {u"scopes"_s, QJsonArray::fromStringList(grant.scopes)},
            {u"issuedAt"_s, grant.issuedAt}};
}

RefreshGrant grantFromJson(const QJsonObject &object)
{
    RefreshGrant grant;
    grant.clientId = object.value(u"clientId"_s).toString();
    grant.objectId = object.value(u"objectId"_s).toString();
    for (const QJsonValue &scope : object.value(u"scopes"_s).toArray())
        grant.scopes.append(scope.toString());
    grant.issuedAt = object.value(u"issuedAt"_s).toInteger();
    return grant;
}

} // namespace

StateStore::StateStore(QString dataDir)
    : m_dataDir(std::move(dataDir))
{
}

QString StateStore::filePath() const
{
    if (m_dataDir.isEmpty())
        return {};
    return QDir(m_dataDir).filePath(u"identity-state.json"_s);
}

bool StateStore::load(QString *error)
{
    m_refreshTokens.clear();
    m_secret.clear();
    const QString path = filePath();
    if (!path.isEmpty() && QFile::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            if (error)
                *error = u"%1 is not valid JSON: %2"_s.arg(path, parseError.errorString());
            return false;
        }
        const QJsonObject root = doc.object();
        m_secret = QByteArray::fromBase64(root.value(u"signingSecret"_s).toString().toLatin1());
        const QJsonObject tokens = root.value(u"refreshTokens"_s).toObject();
        for (auto it = tokens.begin(); it != tokens.end(); ++it)
            m_refreshTokens.insert(it.key().toLatin1(), grantFromJson(it.value().toObject()));
        qCInfo(lcSandboxState) << "loaded" << m_refreshTokens.size() << "refresh tokens from" << path;
    }
    if (m_secret.size() < 32) {
        m_secret = randomBytes(32);
        if (!path.isEmpty() && !save()) {
            if (error)
                *error = u"cannot write %1"_s.arg(path);
            return false;
        }
    }
    return true;
}

QByteArray StateStore::issueRefreshToken(const RefreshGrant &grant)
{
    // Entra ID refresh tokens are opaque; the "0." prefix mimics their look so nobody mistakes
    // them for JWTs.
    const QByteArray token = "0.Sbx." + randomBytes(48).toBase64(QByteArray::Base64UrlEncoding
                                                                  | QByteArray::OmitTrailingEquals);
    if (m_refreshTokens.size() >= MaxRefreshTokens)
        evictOldest();
    m_refreshTokens.insert(hashOf(token), grant);
    save();
    return token;
}

std::optional<RefreshGrant> StateStore::redeemRefreshToken(QByteArrayView token)
{
    const auto it = m_refreshTokens.find(hashOf(token));
    if (it == m_refreshTokens.end())
        return std::nullopt;
    const RefreshGrant grant = it.value();
    m_refreshTokens.erase(it);
    save();
    if (QDateTime::currentSecsSinceEpoch() - grant.issuedAt > RefreshTokenLifetimeSeconds)
        return std::nullopt;
    return grant;
}

void StateStore::evictOldest()
{
    const auto byAge = [](const RefreshGrant &a, const RefreshGrant &b) { return a.issuedAt < b.issuedAt; };
    const auto oldest = std::min_element(m_refreshTokens.begin(), m_refreshTokens.end(), byAge);
    if (oldest != m_refreshTokens.end())
        m_refreshTokens.erase(oldest);
}

bool StateStore::save()
{
    const QString path = filePath();
    if (path.isEmpty())
        return true;
    QJsonObject tokens;
    for (auto it = m_refreshTokens.cbegin(); it != m_refreshTokens.cend(); ++it)
        tokens.insert(QString::fromLatin1(it.key()), toJson(it.value()));
    const QJsonObject root{{u"version"_s, FormatVersion},
                           {u"signingSecret"_s, QString::fromLatin1(m_secret.toBase64())},
                           {u"refreshTokens"_s, tokens}};
    // The signing secret lets anyone mint sandbox tokens: private to the user, written atomically.
    QString error;
    if (!writePrivateFile(path, QJsonDocument(root).toJson(QJsonDocument::Indented), &error)) {
        qCWarning(lcSandboxState) << "cannot write" << path << error;
        return false;
    }
    return true;
}

} // namespace CreditDesk::Sandbox
