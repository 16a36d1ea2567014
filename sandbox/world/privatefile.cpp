#include "world/privatefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace CreditDesk::Sandbox {

namespace {
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

bool writePrivateFile(const QString &path, const QByteArray &contents, QString *error)
{
    if (!makePrivateDirectory(QFileInfo(path).absolutePath())) {
        *error = QStringLiteral("cannot create %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    QSaveFile file(path);
    // The temporary file gets the final permissions before a byte is written: QSaveFile would
    // otherwise give a new file the umask's (often world-readable) mode at commit.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(OwnerOnly)) {
        *error = file.errorString();
        return false;
    }
    if (file.write(contents) != contents.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool makePrivateDirectory(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList missing;
    for (QString cursor = absolute; !QFileInfo::exists(cursor);) {
        missing.prepend(cursor);
        const QString parent = QFileInfo(cursor).path();
        if (parent == cursor)
            break;
        cursor = parent;
    }
    for (const QString &dir : std::as_const(missing)) {
        if (!QDir().mkdir(dir, OwnerOnly | QFileDevice::ExeOwner) && !QFileInfo(dir).isDir())
            return false;
    }
    if (!QFileInfo(absolute).isDir())
        return false;
    const QFileDevice::Permissions now = QFile::permissions(absolute);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return !(now & others) || QFile::setPermissions(absolute, now & ~others);
}

} // namespace CreditDesk::Sandbox
