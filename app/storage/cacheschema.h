#pragma once

#include "core/result.h"

class QSqlDatabase;

namespace CreditDesk::CacheSchema {

/// The schema this build writes. `PRAGMA user_version` holds it.
///  - v1: snapshot, lots, events, summaries, scope_names.
///  - v2: lots.organization_type (Primary / Contributor of a shared commitment).
inline constexpr int CurrentVersion = 2;

/// Connection settings every cache connection uses: WAL, synchronous=NORMAL, foreign keys.
/// Fails when the file cannot be read as a database.
Status configure(QSqlDatabase &db);

/// The file's `PRAGMA user_version`; an Error when the file is not a readable database.
Result<int> userVersion(QSqlDatabase &db);

/// Brings a database at \a fromVersion (0 = empty file) up to CurrentVersion, one step per
/// version, each step and its user_version bump in one transaction.
Status migrate(QSqlDatabase &db, int fromVersion);

/// Creates exactly the v1 schema (user_version 1) — what CreditDesk 0.x wrote. Used by
/// migrate() as its first step and by tests to build a file from the previous release.
Status createVersion1(QSqlDatabase &db);

} // namespace CreditDesk::CacheSchema
