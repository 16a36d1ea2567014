#include "ledger/ledgerrows.h"

#include "core/logging.h"
#include "ledger/ledgerschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace CreditDesk::LedgerRows {

namespace {

constexpr auto CreditColumns = "id, program, credit_type, amount_minor, currency, start_date, end_date, "
                               "activation_date, status, user_object_id, user_upn, user_display_name, "
                               "subscription_id, reassignments_before";

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QDate dateFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

bool exec(QSqlQuery &q, Error *error)
{
    if (q.exec())
        return true;
    *error = sqlError(q.lastError());
    return false;
}

void bindCredit(QSqlQuery &q, const PartnerCredit &c)
{
    q.addBindValue(c.id);
    q.addBindValue(c.programName);
    q.addBindValue(typeKey(c.type));
    q.addBindValue(c.amount.minorUnits());
    q.addBindValue(c.amount.currency());
    q.addBindValue(textOrNull(dateText(c.startDate)));
    q.addBindValue(textOrNull(dateText(c.endDate)));
    q.addBindValue(textOrNull(dateText(c.activationDate)));
    q.addBindValue(statusKey(c.status));
    q.addBindValue(textOrNull(c.assignedUser.objectId));
    q.addBindValue(textOrNull(c.assignedUser.userPrincipalName));
    q.addBindValue(textOrNull(c.assignedUser.displayName));
    q.addBindValue(textOrNull(c.subscriptionId));
    q.addBindValue(c.reassignmentsBeforeLedger);
}

} // namespace

QString whatToDo(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code.size() == 5) { // PostgreSQL's SQLSTATE
        if (code == u"53100"_s)
            return QCoreApplication::translate("Ledger", "The database server's disk is full; ask its administrator.");
        if (code == u"55P03"_s || code == u"40P01"_s || code == u"40001"_s)
            return QCoreApplication::translate("Ledger", "A colleague's change was in the way; nothing was changed. Try again.");
        if (code == u"42501"_s || code == u"25006"_s)
            return QCoreApplication::translate("Ledger", "Your database user may not change the ledger; ask the "
                                                         "server's administrator for write access.");
        return {};
    }
    // SQLite's result codes; extended ones carry the primary code in their low byte.
    switch (code.toInt() & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QCoreApplication::translate("Ledger", "Another program (perhaps another CreditDesk) held the ledger "
                                                     "too long; nothing was changed. Try again.");
    case 13: // SQLITE_FULL
    case 10: // SQLITE_IOERR
        return QCoreApplication::translate("Ledger", "The disk holding the ledger is full or failing; nothing was "
                                                     "changed. Free some space, then try again.");
    case 3:  // SQLITE_PERM
    case 8:  // SQLITE_READONLY
    case 14: // SQLITE_CANTOPEN
        return QCoreApplication::translate("Ledger", "CreditDesk may not write the ledger file; nothing was changed. "
                                                     "Check the permissions of the file and its folder.");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return QCoreApplication::translate("Ledger", "The ledger file is damaged. It was left as it is: restore it "
                                                     "from a backup or choose another ledger in Settings.");
    default:
        return {};
    }
}

bool isPasswordRefused(const QSqlError &error)
{
    const QString text = error.databaseText() + u' ' + error.driverText();
    return text.contains("no password supplied"_L1) || text.contains("password authentication failed"_L1)
        || text.contains("28P01"_L1);
}

Error sqlError(const QSqlError &error)
{
    qCWarning(lcLedger) << "ledger database error:" << error.text();
    const QString advice = whatToDo(error);
    return Error(QCoreApplication::translate("Ledger", "The benefits ledger could not be read or written: %1")
                         .arg(error.text())
                     + (advice.isEmpty() ? QString() : u' ' + advice),
                 QString(Ledger::DatabaseErrorCode));
}

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Status WriteTransaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(LedgerSchema::isSqlite(m_db) ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s))
        return sqlError(q.lastError());
    m_open = true;
    // In PostgreSQL this row lock serialises writers; everything read after it is current.
    if (!q.exec(u"UPDATE ledger_meta SET revision = revision + 1 WHERE id = 1"_s)) {
        Error e = sqlError(q.lastError());
        rollback();
        return e;
    }
    return {};
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return Error(QCoreApplication::translate("Ledger", "The benefits ledger change was not started."),
                     QString(Ledger::DatabaseErrorCode));
    QSqlQuery q(m_db);
    if (!q.exec(u"COMMIT"_s)) {
        Error e = sqlError(q.lastError());
        rollback();
        return e;
    }
    m_open = false;
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlQuery q(m_db);
    q.exec(u"ROLLBACK"_s);
}

ReadTransaction::ReadTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    m_open = q.exec(LedgerSchema::isSqlite(m_db) ? u"BEGIN"_s : u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s);
}

ReadTransaction::~ReadTransaction()
{
    if (!m_open)
        return;
    QSqlQuery q(m_db);
    q.exec(u"COMMIT"_s);
}

QString typeKey(PartnerCredit::Type type)
{
    return type == PartnerCredit::Type::Monthly ? u"monthly"_s : u"bulk"_s;
}

std::optional<PartnerCredit::Type> typeFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == "monthly"_L1)
        return PartnerCredit::Type::Monthly;
    if (k == "bulk"_L1 || k == "yearly"_L1)
        return PartnerCredit::Type::Bulk;
    return std::nullopt;
}

QString statusKey(PartnerCredit::Status status)
{
    switch (status) {
    case PartnerCredit::Status::NotRedeemed: return u"notRedeemed"_s;
    case PartnerCredit::Status::Assigned: return u"assigned"_s;
    case PartnerCredit::Status::Redeemed: return u"redeemed"_s;
    case PartnerCredit::Status::Expired: return u"expired"_s;
    }
    return {};
}

std::optional<PartnerCredit::Status> statusFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == "notredeemed"_L1 || k == "not redeemed"_L1)
        return PartnerCredit::Status::NotRedeemed;
    if (k == "assigned"_L1)
        return PartnerCredit::Status::Assigned;
    if (k == "redeemed"_L1)
        return PartnerCredit::Status::Redeemed;
    if (k == "expired"_L1)
        return PartnerCredit::Status::Expired;
    return std::nullopt;
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString timestampText(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

Result<QList<PartnerCredit>> loadCredits(const QSqlDatabase &db, const QString &onlyId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString where = onlyId.isEmpty() ? QString() : u" WHERE id = ?"_s;
    q.prepare(QString(u"SELECT "_s + QLatin1StringView(CreditColumns) + u" FROM credits"_s + where + u" ORDER BY id"_s));
    if (!onlyId.isEmpty())
        q.addBindValue(onlyId);
    Error error;
    if (!exec(q, &error))
        return error;
    QList<PartnerCredit> credits;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        PartnerCredit c;
        c.id = q.value(0).toString();
        c.programName = q.value(1).toString();
        c.type = typeFromKey(q.value(2).toString()).value_or(PartnerCredit::Type::Monthly);
        c.amount = Money(q.value(3).toLongLong(), q.value(4).toString());
        c.startDate = dateFrom(q.value(5));
        c.endDate = dateFrom(q.value(6));
        c.activationDate = dateFrom(q.value(7));
        c.status = statusFromKey(q.value(8).toString()).value_or(PartnerCredit::Status::NotRedeemed);
        c.assignedUser = { q.value(9).toString(), q.value(10).toString(), q.value(11).toString() };
        c.subscriptionId = q.value(12).toString();
        c.reassignmentsBeforeLedger = q.value(13).toInt();
        index.insert(c.id, credits.size());
        credits.append(std::move(c));
    }
    q.finish();

    QSqlQuery h(db);
    h.setForwardOnly(true);
    h.prepare(QString(u"SELECT credit_id, occurred_at, action, user_object_id, user_upn, user_display_name, "
                      "performed_by, counts_as_reassignment FROM credit_history"_s
                      + (onlyId.isEmpty() ? QString() : u" WHERE credit_id = ?"_s) + u" ORDER BY credit_id, seq"_s));
    if (!onlyId.isEmpty())
        h.addBindValue(onlyId);
    if (!exec(h, &error))
        return error;
    while (h.next()) {
        const auto at = index.constFind(h.value(0).toString());
        if (at == index.cend())
            continue;
        AssignmentEvent e;
        e.timestamp = QDateTime::fromString(h.value(1).toString(), Qt::ISODateWithMs).toUTC();
        e.action = h.value(2).toString() == "remove"_L1 ? AssignmentEvent::Action::Remove : AssignmentEvent::Action::Assign;
        e.user = { h.value(3).toString(), h.value(4).toString(), h.value(5).toString() };
        e.performedBy = h.value(6).toString();
        e.countsAsReassignment = h.value(7).toInt() != 0;
        credits[*at].history.append(std::move(e));
    }
    return credits;
}

Result<std::optional<PartnerCredit>> loadCredit(const QSqlDatabase &db, const QString &id)
{
    auto credits = loadCredits(db, id);
    if (!credits)
        return credits.error();
    if (credits->isEmpty())
        return std::optional<PartnerCredit>();
    return std::optional<PartnerCredit>(credits->constFirst());
}

Status insertCredit(const QSqlDatabase &db, const PartnerCredit &credit)
{
    QSqlQuery q(db);
    q.prepare(QString(u"INSERT INTO credits ("_s + QLatin1StringView(CreditColumns)
                      + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s));
    bindCredit(q, credit);
    Error error;
    if (!exec(q, &error))
        return error;
    for (const AssignmentEvent &e : credit.history) {
        if (Status s = appendHistory(db, credit.id, e); !s)
            return s;
    }
    return {};
}

Status updateCreditRow(const QSqlDatabase &db, const PartnerCredit &credit, bool *found)
{
    QSqlQuery q(db);
    q.prepare(u"UPDATE credits SET program = ?, credit_type = ?, amount_minor = ?, currency = ?, start_date = ?, "
              "end_date = ?, activation_date = ?, status = ?, user_object_id = ?, user_upn = ?, "
              "user_display_name = ?, subscription_id = ?, reassignments_before = ? WHERE id = ?"_s);
    q.addBindValue(credit.programName);
    q.addBindValue(typeKey(credit.type));
    q.addBindValue(credit.amount.minorUnits());
    q.addBindValue(credit.amount.currency());
    q.addBindValue(textOrNull(dateText(credit.startDate)));
    q.addBindValue(textOrNull(dateText(credit.endDate)));
    q.addBindValue(textOrNull(dateText(credit.activationDate)));
    q.addBindValue(statusKey(credit.status));
    q.addBindValue(textOrNull(credit.assignedUser.objectId));
    q.addBindValue(textOrNull(credit.assignedUser.userPrincipalName));
    q.addBindValue(textOrNull(credit.assignedUser.displayName));
    q.addBindValue(textOrNull(credit.subscriptionId));
    q.addBindValue(credit.reassignmentsBeforeLedger);
    q.addBindValue(credit.id);
    Error error;
    if (!exec(q, &error))
        return error;
    if (found)
        *found = q.numRowsAffected() > 0;
    return {};
}

Status appendHistory(const QSqlDatabase &db, const QString &creditId, const AssignmentEvent &event)
{
    QSqlQuery seq(db);
    seq.prepare(u"SELECT COALESCE(MAX(seq), 0) + 1 FROM credit_history WHERE credit_id = ?"_s);
    seq.addBindValue(creditId);
    Error error;
    if (!exec(seq, &error) || !seq.next())
        return error.message.isEmpty() ? sqlError(seq.lastError()) : error;
    const qint64 next = seq.value(0).toLongLong();
    seq.finish();

    QSqlQuery q(db);
    q.prepare(u"INSERT INTO credit_history (id, credit_id, seq, occurred_at, action, user_object_id, user_upn, "
              "user_display_name, performed_by, counts_as_reassignment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(creditId);
    q.addBindValue(next);
    q.addBindValue(timestampText(event.timestamp));
    q.addBindValue(event.action == AssignmentEvent::Action::Assign ? u"assign"_s : u"remove"_s);
    q.addBindValue(textOrNull(event.user.objectId));
    q.addBindValue(textOrNull(event.user.userPrincipalName));
    q.addBindValue(textOrNull(event.user.displayName));
    q.addBindValue(textOrNull(event.performedBy));
    q.addBindValue(event.countsAsReassignment ? 1 : 0);
    if (!exec(q, &error))
        return error;
    return {};
}

Status insertJournal(const QSqlDatabase &db, const PendingAssignment &entry)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO assignment_journal (id, credit_id, user_object_id, user_upn, user_mail, "
              "user_display_name, user_type, performed_by, started_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open')"_s);
    q.addBindValue(entry.journalId);
    q.addBindValue(entry.creditId);
    q.addBindValue(textOrNull(entry.user.objectId));
    q.addBindValue(entry.user.userPrincipalName);
    q.addBindValue(textOrNull(entry.user.mail));
    q.addBindValue(textOrNull(entry.user.displayName));
    q.addBindValue(textOrNull(entry.user.userType));
    q.addBindValue(textOrNull(entry.performedBy));
    q.addBindValue(timestampText(entry.startedAt));
    Error error;
    if (!exec(q, &error))
        return error;
    return {};
}

namespace {
/// Open entries; \a column ("id" or "credit_id") = \a value narrows them when not empty.
Result<QList<PendingAssignment>> selectJournals(const QSqlDatabase &db, const QString &column = {},
                                                const QString &value = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QString(u"SELECT id, credit_id, user_object_id, user_upn, user_mail, user_display_name, user_type, "
                      "performed_by, started_at FROM assignment_journal WHERE state = 'open'"_s
                      + (column.isEmpty() ? QString() : u" AND %1 = ?"_s.arg(column)) + u" ORDER BY started_at, id"_s));
    if (!column.isEmpty())
        q.addBindValue(value);
    Error error;
    if (!exec(q, &error))
        return error;
    QList<PendingAssignment> entries;
    while (q.next()) {
        PendingAssignment p;
        p.journalId = q.value(0).toString();
        p.creditId = q.value(1).toString();
        p.user = { q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                   q.value(6).toString() };
        p.performedBy = q.value(7).toString();
        p.startedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs).toUTC();
        entries.append(std::move(p));
    }
    return entries;
}
} // namespace

Result<std::optional<PendingAssignment>> openJournal(const QSqlDatabase &db, const QString &journalId)
{
    auto entries = selectJournals(db, u"id"_s, journalId);
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return std::optional<PendingAssignment>();
    return std::optional<PendingAssignment>(entries->constFirst());
}

Status closeJournal(const QSqlDatabase &db, const QString &journalId, const QString &state)
{
    QSqlQuery q(db);
    q.prepare(u"UPDATE assignment_journal SET state = ?, closed_at = ? WHERE id = ? AND state = 'open'"_s);
    q.addBindValue(state);
    q.addBindValue(timestampText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(journalId);
    Error error;
    if (!exec(q, &error))
        return error;
    return {};
}

Result<QList<PendingAssignment>> openJournals(const QSqlDatabase &db)
{
    return selectJournals(db);
}

Result<QList<PendingAssignment>> openJournalsOfCredit(const QSqlDatabase &db, const QString &creditId)
{
    return selectJournals(db, u"credit_id"_s, creditId);
}

Result<qint64> revision(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT revision FROM ledger_meta WHERE id = 1"_s) || !q.next())
        return sqlError(q.lastError());
    return q.value(0).toLongLong();
}

} // namespace CreditDesk::LedgerRows
