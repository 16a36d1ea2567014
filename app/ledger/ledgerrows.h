#pragma once

#include "core/result.h"
#include "domain/partnercredit.h"
#include "ledger/ledger.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlError;

namespace CreditDesk::LedgerRows {

Error sqlError(const QSqlError &error);
/// What the user can do about \a error (busy, full, read-only, damaged...), or empty; the
/// ledger never sets a file aside or changes it on any of these.
QString whatToDo(const QSqlError &error);
/// A connection refused for its password: none given ("no password supplied") or a wrong one
/// ("password authentication failed"). libpq reports neither with an SQLSTATE on connect, and
/// QPSQL drops the connection before its status can be asked, so the text is all there is.
bool isPasswordRefused(const QSqlError &error);

/// A write transaction that first takes the ledger's write lock (SQLite: BEGIN IMMEDIATE,
/// waiting up to the busy timeout; PostgreSQL: the row lock of the revision row) and bumps
/// the revision. Rolled back when destroyed uncommitted.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begin();
    Status commit();
    void rollback();
    /// Begun and neither committed nor rolled back.
    bool isOpen() const { return m_open; }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

/// A read snapshot (the several SELECTs of credits() see one state).
class ReadTransaction
{
public:
    explicit ReadTransaction(QSqlDatabase db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

QString typeKey(PartnerCredit::Type type); ///< monthly / bulk
std::optional<PartnerCredit::Type> typeFromKey(const QString &key);
QString statusKey(PartnerCredit::Status status); ///< notRedeemed / assigned / redeemed / expired
std::optional<PartnerCredit::Status> statusFromKey(const QString &key);
QString dateText(QDate date); ///< yyyy-MM-dd, empty for invalid
QString timestampText(const QDateTime &utc); ///< ISO 8601 with Z and milliseconds

/// Raw credits with their history (not annotated).
Result<QList<PartnerCredit>> loadCredits(const QSqlDatabase &db, const QString &onlyId = {});
Result<std::optional<PartnerCredit>> loadCredit(const QSqlDatabase &db, const QString &id);

Status insertCredit(const QSqlDatabase &db, const PartnerCredit &credit); ///< with its history
/// Writes the credit's row (all columns); the history is left alone.
Status updateCreditRow(const QSqlDatabase &db, const PartnerCredit &credit, bool *found = nullptr);
Status appendHistory(const QSqlDatabase &db, const QString &creditId, const AssignmentEvent &event);

Status insertJournal(const QSqlDatabase &db, const PendingAssignment &entry);
Result<std::optional<PendingAssignment>> openJournal(const QSqlDatabase &db, const QString &journalId);
Status closeJournal(const QSqlDatabase &db, const QString &journalId, const QString &state);
Result<QList<PendingAssignment>> openJournals(const QSqlDatabase &db);
Result<QList<PendingAssignment>> openJournalsOfCredit(const QSqlDatabase &db, const QString &creditId);

Result<qint64> revision(const QSqlDatabase &db);

} // namespace CreditDesk::LedgerRows
