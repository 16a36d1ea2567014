#include "storage/cacheschema.h"

#include "core/logging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace CreditDesk::CacheSchema {

namespace {

Error sqlError(const QString &what, const QSqlError &e)
{
    // Internal detail for the log and support; OfflineCache turns it into a user message.
    // The code carries SQLite's result code ("sqlite:5"): busy is not corrupt (OfflineCache).
    return Error(what + u": "_s + e.text(), u"sqlite:"_s + e.nativeErrorCode());
}

Status execAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return sqlError(sql.left(60), q.lastError());
    }
    return {};
}

// v1, as the first release wrote it. Money: minor units + currency; "_bc" = in billing
// currency with the exchange rate; dates: epoch milliseconds UTC; optional values NULL.
const QStringList &version1Statements()
{
    static const QStringList statements = {
        u"CREATE TABLE snapshot ("
        "  id INTEGER PRIMARY KEY CHECK (id = 1),"
        "  as_of_ms INTEGER,"
        "  saved_at_ms INTEGER NOT NULL)"_s,
        u"CREATE TABLE lots ("
        "  seq INTEGER PRIMARY KEY,"
        "  id TEXT NOT NULL, name TEXT, billing_account_id TEXT, billing_profile_id TEXT,"
        "  customer_id TEXT, source_raw TEXT, source INTEGER NOT NULL, status_raw TEXT,"
        "  status INTEGER NOT NULL,"
        "  original_amount_minor INTEGER, original_amount_currency TEXT,"
        "  closed_balance_minor INTEGER, closed_balance_currency TEXT,"
        "  used_amount_minor INTEGER, used_amount_currency TEXT,"
        "  original_amount_bc_minor INTEGER, original_amount_bc_currency TEXT,"
        "  original_amount_bc_rate REAL, original_amount_bc_rate_month INTEGER,"
        "  closed_balance_bc_minor INTEGER, closed_balance_bc_currency TEXT,"
        "  closed_balance_bc_rate REAL, closed_balance_bc_rate_month INTEGER,"
        "  start_date_ms INTEGER, expiration_date_ms INTEGER, purchased_date_ms INTEGER,"
        "  po_number TEXT, credit_currency TEXT, billing_currency TEXT,"
        "  is_estimated_balance INTEGER NOT NULL,"
        "  reseller_id TEXT, reseller_description TEXT, etag TEXT)"_s,
        u"CREATE TABLE events ("
        "  seq INTEGER PRIMARY KEY,"
        "  id TEXT NOT NULL, name TEXT, transaction_date_ms INTEGER, description TEXT,"
        "  new_credit_minor INTEGER, new_credit_currency TEXT,"
        "  adjustments_minor INTEGER, adjustments_currency TEXT,"
        "  credit_expired_minor INTEGER, credit_expired_currency TEXT,"
        "  charges_minor INTEGER, charges_currency TEXT,"
        "  closed_balance_minor INTEGER, closed_balance_currency TEXT,"
        "  canceled_credit_minor INTEGER, canceled_credit_currency TEXT,"
        "  new_credit_bc_minor INTEGER, new_credit_bc_currency TEXT,"
        "  new_credit_bc_rate REAL, new_credit_bc_rate_month INTEGER,"
        "  adjustments_bc_minor INTEGER, adjustments_bc_currency TEXT,"
        "  adjustments_bc_rate REAL, adjustments_bc_rate_month INTEGER,"
        "  credit_expired_bc_minor INTEGER, credit_expired_bc_currency TEXT,"
        "  credit_expired_bc_rate REAL, credit_expired_bc_rate_month INTEGER,"
        "  charges_bc_minor INTEGER, charges_bc_currency TEXT,"
        "  charges_bc_rate REAL, charges_bc_rate_month INTEGER,"
        "  closed_balance_bc_minor INTEGER, closed_balance_bc_currency TEXT,"
        "  closed_balance_bc_rate REAL, closed_balance_bc_rate_month INTEGER,"
        "  billing_account_id TEXT, billing_account_display_name TEXT,"
        "  billing_profile_id TEXT, billing_profile_display_name TEXT,"
        "  event_type_raw TEXT, event_type INTEGER NOT NULL, invoice_number TEXT, lot_id TEXT,"
        "  lot_source TEXT, credit_currency TEXT, billing_currency TEXT,"
        "  reseller_id TEXT, reseller_description TEXT,"
        "  is_estimated_balance INTEGER NOT NULL, etag TEXT)"_s,
        u"CREATE TABLE summaries ("
        "  seq INTEGER PRIMARY KEY,"
        "  billing_profile_key TEXT NOT NULL, id TEXT, name TEXT,"
        "  estimated_balance_minor INTEGER, estimated_balance_currency TEXT,"
        "  current_balance_minor INTEGER, current_balance_currency TEXT,"
        "  estimated_balance_bc_minor INTEGER, estimated_balance_bc_currency TEXT,"
        "  estimated_balance_bc_rate REAL, estimated_balance_bc_rate_month INTEGER,"
        "  pending_credit_adjustments_minor INTEGER, pending_credit_adjustments_currency TEXT,"
        "  expired_credit_minor INTEGER, expired_credit_currency TEXT,"
        "  pending_eligible_charges_minor INTEGER, pending_eligible_charges_currency TEXT,"
        "  credit_currency TEXT, billing_currency TEXT, reseller_id TEXT,"
        "  reseller_description TEXT, is_estimated_balance INTEGER NOT NULL, etag TEXT)"_s,
        u"CREATE TABLE scope_names ("
        "  scope_id TEXT PRIMARY KEY NOT NULL, display_name TEXT NOT NULL) WITHOUT ROWID"_s,
        u"PRAGMA user_version = 1"_s,
    };
    return statements;
}

// v1 → v2: lots gain OrganizationType (Primary / Contributor). Rows cached by v1 keep NULL,
// which reads back as "not sent"; the next refresh fills it.
const QStringList &version2Statements()
{
    static const QStringList statements = {
        u"ALTER TABLE lots ADD COLUMN organization_type TEXT"_s,
        u"PRAGMA user_version = 2"_s,
    };
    return statements;
}

Status inTransaction(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery begin(db);
    if (!begin.exec(u"BEGIN IMMEDIATE"_s))
        return sqlError(u"BEGIN"_s, begin.lastError());
    Status s = execAll(db, statements);
    QSqlQuery end(db);
    if (!s) {
        if (!end.exec(u"ROLLBACK"_s))
            qCWarning(lcStorage) << "rollback failed:" << end.lastError().text();
        return s;
    }
    if (!end.exec(u"COMMIT"_s))
        return sqlError(u"COMMIT"_s, end.lastError());
    return {};
}

} // namespace

Status configure(QSqlDatabase &db)
{
    // journal_mode reads the header, so this is where a non-database file first fails.
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA journal_mode = WAL"_s))
        return sqlError(u"journal_mode"_s, q.lastError());
    return execAll(db, { u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s });
}

Result<int> userVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s))
        return sqlError(u"user_version"_s, q.lastError());
    if (!q.next())
        return sqlError(u"user_version"_s, q.lastError());
    return q.value(0).toInt();
}

Status createVersion1(QSqlDatabase &db)
{
    return inTransaction(db, version1Statements());
}

Status migrate(QSqlDatabase &db, int fromVersion)
{
    if (fromVersion >= 1 && fromVersion < CurrentVersion)
        qCInfo(lcStorage) << "upgrading offline cache schema" << fromVersion << "->" << CurrentVersion;
    if (fromVersion < 1) {
        if (Status s = createVersion1(db); !s)
            return s;
        fromVersion = 1;
    }
    if (fromVersion < 2) {
        if (Status s = inTransaction(db, version2Statements()); !s)
            return s;
    }
    return {};
}

} // namespace CreditDesk::CacheSchema
