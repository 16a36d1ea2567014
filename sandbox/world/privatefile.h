#pragma once

#include <QByteArray>
#include <QString>

namespace CreditDesk::Sandbox {

/// The sandbox's state holds its signing secret and refresh tokens: every file it writes is
/// owner-only (0600) from the moment it exists, and replaced atomically (write a temporary
/// file, then rename), so a crash never leaves half a file and no one else can read it.
bool writePrivateFile(const QString &path, const QByteArray &contents, QString *error);

/// Creates \a path (and missing parents) owner-only (0700), tightening it if it exists.
bool makePrivateDirectory(const QString &path);

} // namespace CreditDesk::Sandbox
