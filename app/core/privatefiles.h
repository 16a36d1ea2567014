#pragma once

#include "core/result.h"

#include <QString>

namespace CreditDesk::PrivateFiles {

/// Files CreditDesk writes (offline copy, ledger, journal, sandbox state) hold billing data
/// and user decisions: only their owner may read them. On Unix that is 0700 for directories
/// and 0600 for files; elsewhere the closest the platform offers through QFile permissions.

/// Creates \a path and any missing parents owner-only, and tightens \a path itself when it
/// already exists with wider permissions. Parents that already existed are left alone (they
/// may be the user's home or a shared temp directory).
Status ensureDirectory(const QString &path);

/// Creates \a path empty and owner-only when it does not exist, else tightens it. Call before
/// SQLite opens a database: SQLite gives its -wal, -shm and -journal files the permissions
/// of the database file, so they are born owner-only too.
Status ensureFile(const QString &path);

/// Tightens \a databasePath and its SQLite companions (-wal, -shm, -journal) that exist.
/// For files another version (or another program) created with wider permissions.
void tightenSqliteFiles(const QString &databasePath);

/// The settings file names accounts, tenants and the ledger's location: it and the folder
/// QSettings made for it (the organization's, e.g. ~/.config/CreditDesk) are tightened when
/// they exist. Call at start and before exit: QSettings creates them with the umask's modes.
void tightenSettings(const QString &settingsFile);

/// True when \a path exists and nobody but its owner may read or write it (always true where
/// the platform has no such notion).
bool isOwnerOnly(const QString &path);

} // namespace CreditDesk::PrivateFiles
