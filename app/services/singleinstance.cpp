#include "services/singleinstance.h"

#include "core/logging.h"
#include "core/privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
constexpr int ConnectTimeoutMs = 2000;
const QByteArray ActivateMessage = QByteArrayLiteral("activate\n");

/// The profile and where its settings live: two users, or two HOMEs, never share a lock.
QString profileKey(const QString &profile)
{
    const QString identity = profile + u'|' + QSettings().fileName() + u'|' + QDir::homePath();
    return QString::fromLatin1(QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QString lockDirectory()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    return dir;
}
} // namespace

SingleInstance::SingleInstance(const QString &profile, QObject *parent)
    : QObject(parent)
{
    const QString key = profileKey(profile);
    m_lockPath = QDir(lockDirectory()).filePath(u"creditdesk-%1.lock"_s.arg(key));
    m_serverName = u"creditdesk-%1"_s.arg(key);
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

SingleInstance::Role SingleInstance::claim()
{
    if (Status dir = PrivateFiles::ensureDirectory(QFileInfo(m_lockPath).absolutePath()); !dir) {
        qCWarning(lcStorage) << "single instance: no lock directory:" << dir.error().message;
        return Role::Unknown;
    }
    m_lock = std::make_unique<QLockFile>(m_lockPath);
    if (m_lock->tryLock(0)) {
        listen();
        return Role::Primary;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        qCWarning(lcStorage) << "single instance: cannot create" << m_lockPath << m_lock->error();
        m_lock.reset();
        return Role::Unknown;
    }
    // Held by a live process: it may still be starting, so give its socket a moment.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (askPrimaryToActivate())
            return Role::Secondary;
        if (m_lock->tryLock(200)) { // it ended meanwhile
            listen();
            return Role::Primary;
        }
    }
    qCWarning(lcStorage) << "single instance: the lock is held but nobody answers; running anyway";
    m_lock.reset();
    return Role::Unknown;
}

bool SingleInstance::askPrimaryToActivate() const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(ConnectTimeoutMs))
        return false;
    socket.write(ActivateMessage);
    const bool sent = socket.waitForBytesWritten(ConnectTimeoutMs);
    socket.disconnectFromServer();
    return sent;
}

void SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock, so a socket file left by a crash is stale: remove it and listen.
    QLocalServer::removeServer(m_serverName);
    if (!m_server->listen(m_serverName)) {
        qCWarning(lcStorage) << "single instance: cannot listen:" << m_server->errorString();
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().contains(ActivateMessage.trimmed()))
                    Q_EMIT activationRequested();
            });
        }
    });
}

} // namespace CreditDesk
