#pragma once

#include "core/result.h"

#include <QLatin1StringView>
#include <QString>

class QSettings;

namespace CreditDesk {

/// Where a ledger lives: an SQLite file (default) or a PostgreSQL database (QPSQL).
///
/// A PostgreSQL location comes from a libpq-style URI that must be well formed: anything
/// starting with "postgres" that is not a valid URI, lacks a database, has an unknown
/// parameter or carries a password is an error, never an SQLite file of that name. The
/// password is never part of the location's text (settings, argv, logs, messages): libpq
/// reads it from PGPASSWORD or ~/.pgpass, or the caller sets LedgerLocation::password from
/// the secret store or a prompt. A server that is not on this machine gets
/// sslmode=verify-full unless the URI names an sslmode.
struct LedgerLocation
{
    /// Error::code of a location that cannot be used.
    static constexpr QLatin1StringView InvalidLocationCode { "ledger_location" };

    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString sqliteFile; ///< Kind::Sqlite: the database file (created with its directory)
    // Kind::Postgres
    QString host; ///< a name, an address, a Unix socket directory (/…), or empty (libpq's default socket)
    int port = 5432;
    QString databaseName;
    QString userName;
    QString password; ///< never logged; only ever set by code, never parsed from text
    QString connectOptions; ///< QSqlDatabase::setConnectOptions, e.g. "sslmode=verify-full"

    static LedgerLocation sqlite(const QString &file);
    /// "postgresql://user@host:port/dbname?sslmode=require" (the libpq URI form; also
    /// postgres://, and ?host=/socket/dir for a Unix socket). Allowed parameters: host, port,
    /// user, sslmode, sslrootcert, sslcert, sslkey, sslcrl, connect_timeout, application_name.
    static Result<LedgerLocation> fromPostgresUri(const QString &uri);
    /// A description without the password, for messages.
    QString displayName() const;
    /// The key of this server's password in the OS secret store: "ledger-password/" followed by
    /// displayName() (user, server, port, database; never the password). Empty for SQLite.
    QString secretKey() const;
    /// The server is this machine (Unix socket, localhost, 127.0.0.0/8 or ::1).
    bool isLoopback() const;

    /// A postgres:// or postgresql:// URI (which must be valid), another scheme:// (an error),
    /// or else a path to an SQLite file.
    static Result<LedgerLocation> parse(const QString &pathOrUri);
    /// The configured ledger: settings key "ledger/location" (a postgresql:// URI or an SQLite
    /// file path), else AppLocalDataLocation/ledger.sqlite.
    static Result<LedgerLocation> configured(const QSettings &settings);
    static QString defaultSqliteFile();
};

} // namespace CreditDesk
