#pragma once

#include "core/result.h"
#include "ledger/ledgerlocation.h"
#include "domain/partnercredit.h"
#include "rules/benefitpolicy.h"
#include "rules/benefitrules.h"

#include <QDate>
#include <QDateTime>
#include <QLatin1StringView>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <optional>
#include <type_traits>

class QSettings;
class QSqlDatabase;
class QTimer;

namespace CreditDesk {

namespace LedgerRows {
class WriteTransaction;
}

/// An assignment journalled before the Partner Center step and not yet confirmed or
/// discarded: after a crash, the next start asks how it ended.
struct PendingAssignment
{
    QString journalId;
    QString creditId;
    CandidateUser user;
    QString performedBy;
    QDateTime startedAt; ///< UTC
    friend bool operator==(const PendingAssignment &, const PendingAssignment &) = default;
};

/// What an import changed.
struct LedgerImportSummary
{
    int added = 0;
    int updated = 0;
    int unchanged = 0; ///< already in the ledger (sandbox seeding leaves them as they are)
};

/// The benefits ledger: the system of record for partner benefit credits and every
/// assignment and removal (SPEC §1). Stored through Qt SQL: SQLite by default (WAL, foreign
/// keys, busy timeout), PostgreSQL for teams; the schema is versioned and migrated on open.
///
/// Every change is ONE transaction that starts by taking the ledger's write lock (SQLite
/// BEGIN IMMEDIATE; PostgreSQL a row lock on the revision row), re-reads what it decides on,
/// re-checks the rules inside the transaction and bumps the ledger revision. So two windows or
/// processes on one ledger can never double-count a reassignment or pass the cap.
///
/// Reservations: journalAssignment() (the wizard, before the Partner Center step) reserves the
/// credit in the same transaction that re-checks the rules. While an unfinished journal entry
/// for a credit is younger than the reservation lifetime (DefaultReservationLifetime = 24 hours
/// unless setReservationLifetime() says otherwise), nobody else — another admin, process or
/// window — can start assigning that credit: they are refused with ReservedCode, told who
/// holds it and since when. So with two admins at 4 of 5 only one reaches Partner Center. An
/// older entry no longer blocks (its admin went away), but stays unfinished until someone
/// records or discards it.
///
/// A Ledger belongs to the thread that opened it. Errors are values; Error::code is a RuleId
/// when a rule refused, otherwise one of the codes below.
class Ledger : public QObject
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView NotOpenCode { "ledger_not_open" };
    static constexpr QLatin1StringView DatabaseErrorCode { "ledger_database" };
    /// open(): the PostgreSQL server wants a password and none was given, or refused it.
    static constexpr QLatin1StringView PasswordCode { "ledger_password" };
    static constexpr QLatin1StringView NotFoundCode { "ledger_not_found" }; ///< credit or journal id
    static constexpr QLatin1StringView DuplicateCode { "ledger_duplicate" };
    static constexpr QLatin1StringView InvalidCode { "ledger_invalid" }; ///< a credit's fields
    static constexpr QLatin1StringView NewerSchemaCode { "ledger_newer_schema" };
    static constexpr QLatin1StringView JournalClosedCode { "ledger_journal_closed" };
    /// Another unfinished assignment of the credit (a live reservation) holds it.
    static constexpr QLatin1StringView ReservedCode { "ledger_reserved" };
    /// An import would change who a credit is assigned to (the message lists every conflict).
    static constexpr QLatin1StringView ImportConflictCode { "ledger_import_conflict" };

    /// How long an unfinished assignment keeps its credit reserved (a named policy value).
    static constexpr std::chrono::hours DefaultReservationLifetime { 24 };

    /// The schema version this build writes.
    static constexpr int SchemaVersion = 2;

    explicit Ledger(QObject *parent = nullptr);
    ~Ledger() override;

    /// Opens (creating or migrating) the ledger. A second open() closes the first.
    Status open(const LedgerLocation &location);
    void close();
    bool isOpen() const;
    const LedgerLocation &location() const { return m_location; }
    int schemaVersion() const; ///< of the open database

    /// The rules' policy; credits() annotates with it and the checks use it.
    void setPolicy(const BenefitPolicy &policy);
    const BenefitPolicy &policy() const { return m_policy; }
    void setReservationLifetime(std::chrono::seconds lifetime) { m_reservationLifetime = lifetime; }
    std::chrono::seconds reservationLifetime() const { return m_reservationLifetime; }
    /// Who acts when no admin is signed in: this computer's user ("user@host"). The journal
    /// records it for an empty performedBy, and it is who "the current user" is then.
    static QString localIdentity();
    /// Whether \a entry (unfinished) still reserves its credit now.
    bool isReservationLive(const PendingAssignment &entry) const;

    /// Today's UTC date for the rules; unset (default) = the current UTC date.
    void setToday(QDate today);
    QDate today() const;

    // --- reading (annotated with the policy: reassignmentsUsed/Cap, cutoffDate) -----------
    Result<QList<PartnerCredit>> credits() const;
    Result<PartnerCredit> credit(const QString &id) const;
    /// Every assignment/removal of every credit, newest first, paired with its credit id.
    Result<QList<std::pair<QString, AssignmentEvent>>> history() const;

    // --- editing credits by hand ----------------------------------------------------------
    /// Fails with DuplicateCode when the id exists, InvalidCode when fields are missing.
    /// An empty id gets a generated one; the stored credit is returned.
    Result<PartnerCredit> addCredit(const PartnerCredit &credit);
    /// Updates the credit's own fields (program, type, amount, dates, status, subscription);
    /// assigned user and history change only through assignments and removals.
    Status updateCredit(const PartnerCredit &credit);
    /// Deletes the credit with its history and journal entries.
    Status removeCredit(const QString &id);

    // --- assignments ----------------------------------------------------------------------
    /// The rules for assigning \a user now (read-only; what the wizard shows).
    Result<QList<RuleVerdict>> checkAssignment(const QString &creditId, const CandidateUser &user) const;
    Result<QList<RuleVerdict>> checkRemoval(const QString &creditId) const;
    /// Journals the intent to assign before the Partner Center step, reserving the credit;
    /// refuses (Error::code = RuleId) when a rule denies, ReservedCode when another unfinished
    /// assignment of the credit holds a live reservation (the message names who and since
    /// when). \a performedBy is who holds it (the signed-in admin; empty = this computer's
    /// user). Returns the journal id.
    Result<QString> journalAssignment(const QString &creditId, const CandidateUser &user,
                                      const QString &performedBy);
    /// Records the journalled assignment (the admin did it in Partner Center). The rules are
    /// re-checked inside the write transaction; on refusal nothing changes and the journal
    /// entry stays open. Returns the credit as it is now.
    Result<PartnerCredit> confirmAssignment(const QString &journalId);
    /// Closes the journal entry without recording anything.
    Status discardAssignment(const QString &journalId);
    /// Journal entries neither confirmed nor discarded, oldest first.
    Result<QList<PendingAssignment>> unfinishedAssignments() const;
    /// Records that the assigned user was removed (monthly credits; uses no reassignment).
    Result<PartnerCredit> recordRemoval(const QString &creditId, const QString &performedBy);

    // --- bulk -----------------------------------------------------------------------------
    enum class ImportMode {
        Upsert, ///< new credits added; existing ones get the imported fields (history kept)
        AddMissing, ///< new credits added with their history; existing ones left as they are
    };
    /// All or nothing, in one transaction. Imported history (sandbox) is stored as given.
    /// Upsert never changes an existing credit's assigned user: every such row is listed in
    /// one ImportConflictCode error and nothing is imported (assignments change only through
    /// the wizard, the CLI's assign/unassign or Remove user). Importing the same data again
    /// changes nothing.
    Result<LedgerImportSummary> importCredits(const QList<PartnerCredit> &credits, ImportMode mode);

    // --- noticing other writers -----------------------------------------------------------
    /// Bumped by every committed change, by any process. Cheap to read.
    Result<qint64> revision() const;
    /// Polls revision() every \a ms (0 stops) and emits changed() when another window or
    /// process changed the ledger.
    void setWatchInterval(int ms);

Q_SIGNALS:
    /// The ledger changed (this object's own writes, or another writer noticed by the watch).
    void changed();

private:
    /// Every change goes through here: refuses when the ledger is not open, takes the write
    /// lock (LedgerRows::WriteTransaction), runs \a change inside the transaction and commits
    /// when it returned a value, then tells other windows (changed()). \a change returns
    /// Status or Result<T>; an error rolls everything back. Defined in ledger_p.h.
    template<typename Change>
    auto write(Change &&change) -> std::invoke_result_t<Change &, LedgerRows::WriteTransaction &>;
    QSqlDatabase database() const;
    void pollRevision();
    void noteOwnWrite();

    LedgerLocation m_location;
    QString m_connectionName;
    BenefitPolicy m_policy;
    std::chrono::seconds m_reservationLifetime { DefaultReservationLifetime };
    QDate m_today;
    QTimer *m_watch = nullptr;
    qint64 m_lastRevision = -1;
};

} // namespace CreditDesk

Q_DECLARE_METATYPE(CreditDesk::PendingAssignment)
