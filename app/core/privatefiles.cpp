#include "core/privatefiles.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace CreditDesk::PrivateFiles {

namespace {
constexpr QFileDevice::Permissions ownerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ownerDir = ownerFile | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions othersAny = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

QString tr(const char *text)
{
    return QCoreApplication::translate("CreditDesk::PrivateFiles", text);
}

bool tighten(const QString &path)
{
    const QFileDevice::Permissions now = QFile::permissions(path);
    if (!(now & othersAny))
        return true;
    // Keep the owner's own bits (a read-only file stays read-only), drop everyone else's.
    if (!QFile::setPermissions(path, now & ~othersAny)) {
        qCWarning(lcStorage) << "could not make owner-only:" << path;
        return false;
    }
    qCInfo(lcStorage) << "made owner-only:" << path;
    return true;
}
} // namespace

Status ensureDirectory(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList missing;
    QString cursor = absolute;
    while (!cursor.isEmpty() && !QFileInfo::exists(cursor)) {
        missing.prepend(cursor);
        const QString parent = QFileInfo(cursor).path();
        if (parent == cursor)
            break;
        cursor = parent;
    }
    for (const QString &dir : std::as_const(missing)) {
        if (!QDir().mkdir(dir, ownerDir) && !QFileInfo(dir).isDir())
            return Error{tr("Could not create the folder %1. Check that you may write there.").arg(QDir::toNativeSeparators(dir)),
                         QStringLiteral("mkdir")};
    }
    if (!QFileInfo(absolute).isDir())
        return Error{tr("%1 is not a folder.").arg(QDir::toNativeSeparators(absolute)), QStringLiteral("notdir")};
    tighten(absolute);
    return {};
}

Status ensureFile(const QString &path)
{
    if (QFileInfo::exists(path)) {
        tighten(path);
        return {};
    }
    QFile file(path);
    // NewOnly: created here with these permissions, never a race with another creator.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerFile) && !QFileInfo::exists(path))
        return Error{tr("Could not create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                     QStringLiteral("create")};
    return {};
}

void tightenSqliteFiles(const QString &databasePath)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString file = databasePath + QLatin1String(suffix);
        if (QFileInfo::exists(file))
            tighten(file);
    }
}

void tightenSettings(const QString &settingsFile)
{
    const QString folder = QFileInfo(settingsFile).absolutePath();
    if (QFileInfo(folder).isDir())
        tighten(folder);
    if (QFileInfo::exists(settingsFile))
        tighten(settingsFile);
}

bool isOwnerOnly(const QString &path)
{
    if (!QFileInfo::exists(path))
        return false;
    return !(QFile::permissions(path) & othersAny);
}

} // namespace CreditDesk::PrivateFiles
