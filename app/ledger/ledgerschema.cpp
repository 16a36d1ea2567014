#include "ledger/ledgerschema.h"

#include "core/logging.h"
#include "ledger/ledger.h"
#include "ledger/ledgerrows.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace CreditDesk::LedgerSchema {

bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == "QSQLITE"_L1;
}

Status configureConnection(QSqlDatabase &db)
{
    if (!isSqlite(db))
        return {};
    QSqlQuery q(db);
    // WAL lets readers (another window) read while one writer writes.
    if (!q.exec(u"PRAGMA journal_mode = WAL"_s))
        return LedgerRows::sqlError(q.lastError());
    // FULL: a confirmed assignment (a user decision, and one of only 5 reassignments) survives
    // a power cut once the call returned; NORMAL in WAL mode may lose the last commits.
    for (const QString &pragma : { u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s }) {
        if (!q.exec(pragma))
            return LedgerRows::sqlError(q.lastError());
    }
    return {};
}

const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps {
        // 0 → 1: credits and their assignment history.
        {
            u"CREATE TABLE credits ("
            "id TEXT PRIMARY KEY, program TEXT NOT NULL, credit_type TEXT NOT NULL, "
            "amount_minor BIGINT NOT NULL, currency TEXT NOT NULL, start_date TEXT, end_date TEXT, "
            "activation_date TEXT, status TEXT NOT NULL, user_object_id TEXT, user_upn TEXT, "
            "user_display_name TEXT, subscription_id TEXT)"_s,
            u"CREATE TABLE credit_history ("
            "id TEXT PRIMARY KEY, credit_id TEXT NOT NULL REFERENCES credits(id) ON DELETE CASCADE, "
            "seq INTEGER NOT NULL, occurred_at TEXT NOT NULL, action TEXT NOT NULL, user_object_id TEXT, "
            "user_upn TEXT, user_display_name TEXT, performed_by TEXT, counts_as_reassignment INTEGER NOT NULL)"_s,
            u"CREATE INDEX credit_history_by_credit ON credit_history (credit_id, seq)"_s,
        },
        // 1 → 2: reassignments used before the ledger (imports) and the assignment journal.
        {
            u"ALTER TABLE credits ADD COLUMN reassignments_before INTEGER NOT NULL DEFAULT 0"_s,
            u"CREATE TABLE assignment_journal ("
            "id TEXT PRIMARY KEY, credit_id TEXT NOT NULL REFERENCES credits(id) ON DELETE CASCADE, "
            "user_object_id TEXT, user_upn TEXT NOT NULL, user_mail TEXT, user_display_name TEXT, "
            "user_type TEXT, performed_by TEXT, started_at TEXT NOT NULL, state TEXT NOT NULL, closed_at TEXT)"_s,
            u"CREATE INDEX assignment_journal_by_state ON assignment_journal (state)"_s,
        },
    };
    return steps;
}

Result<int> storedVersion(const QSqlDatabase &db)
{
    if (!db.tables().contains(u"ledger_meta"_s))
        return 0;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT schema_version FROM ledger_meta WHERE id = 1"_s))
        return LedgerRows::sqlError(q.lastError());
    return q.next() ? q.value(0).toInt() : 0;
}

Status migrate(QSqlDatabase &db, int target)
{
    const int latest = int(migrations().size());
    if (target < 0 || target > latest)
        target = latest;
    {
        // The meta table exists before the write lock can be taken on it.
        QSqlQuery q(db);
        if (!q.exec(u"CREATE TABLE IF NOT EXISTS ledger_meta (id INTEGER PRIMARY KEY, "
                    "schema_version INTEGER NOT NULL, revision BIGINT NOT NULL)"_s))
            return LedgerRows::sqlError(q.lastError());
        if (!q.exec(u"INSERT INTO ledger_meta (id, schema_version, revision) SELECT 1, 0, 0 "
                    "WHERE NOT EXISTS (SELECT 1 FROM ledger_meta WHERE id = 1)"_s))
            return LedgerRows::sqlError(q.lastError());
    }
    LedgerRows::WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT schema_version FROM ledger_meta WHERE id = 1"_s) || !q.next())
        return LedgerRows::sqlError(q.lastError());
    const int version = q.value(0).toInt();
    q.finish();
    if (version > latest) {
        return Error(QCoreApplication::translate("Ledger",
                                                 "The benefits ledger was written by a newer CreditDesk (schema %1; "
                                                 "this version knows %2). Update CreditDesk to open it.")
                         .arg(version)
                         .arg(latest),
                     QString(Ledger::NewerSchemaCode));
    }
    for (int step = version; step < target; ++step) {
        for (const QString &statement : migrations().at(step)) {
            if (!q.exec(statement))
                return LedgerRows::sqlError(q.lastError());
        }
        qCInfo(lcLedger) << "ledger schema migrated to version" << step + 1;
    }
    if (target > version) {
        q.prepare(u"UPDATE ledger_meta SET schema_version = ? WHERE id = 1"_s);
        q.addBindValue(target);
        if (!q.exec())
            return LedgerRows::sqlError(q.lastError());
    }
    q.finish();
    return tx.commit();
}

} // namespace CreditDesk::LedgerSchema
