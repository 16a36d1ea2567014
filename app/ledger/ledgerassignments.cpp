// Assignments and removals of a partner credit: the journal written before the Partner Center
// step, the reservation it holds, and what is recorded once the admin did it there.
#include "ledger/ledger_p.h"

#include "core/logging.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace CreditDesk {

using namespace LedgerErrors;

namespace {

Error reserved(const PendingAssignment &held, std::chrono::seconds lifetime)
{
    const QString who = held.performedBy.isEmpty() ? Ledger::tr("another admin") : held.performedBy;
    const auto hours = std::chrono::duration_cast<std::chrono::hours>(lifetime).count();
    return Error(Ledger::tr("%1 started assigning credit %2 to %3 at %4 (UTC) and has not finished. Only one "
                            "assignment of a credit can be under way, so that two admins never use the same "
                            "reassignment in Partner Center. Ask %1 to record or discard it; an unfinished "
                            "assignment stops reserving the credit after %n hour(s).",
                            nullptr, int(hours))
                     .arg(who, held.creditId, held.user.userPrincipalName,
                          held.startedAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s)),
                 QString(Ledger::ReservedCode));
}

} // namespace

bool Ledger::isReservationLive(const PendingAssignment &entry) const
{
    const qint64 age = entry.startedAt.secsTo(QDateTime::currentDateTimeUtc());
    return entry.startedAt.isValid() && age < m_reservationLifetime.count();
}

Result<QString> Ledger::journalAssignment(const QString &creditId, const CandidateUser &user, const QString &performedBy)
{
    Result<QString> journalled = write([&](LedgerRows::WriteTransaction &) -> Result<QString> {
        auto all = LedgerRows::loadCredits(database());
        if (!all)
            return all.error();
        const auto it = std::find_if(all->cbegin(), all->cend(), [&](const PartnerCredit &c) { return c.id == creditId; });
        if (it == all->cend())
            return creditNotFound(creditId);
        if (auto refused = BenefitRules::firstRefusal(BenefitRules::checkAssignment(*it, user, *all, m_policy, today())))
            return refusal(*refused);
        // The reservation: read under the write lock, so of two admins only one gets past here.
        auto open = LedgerRows::openJournalsOfCredit(database(), creditId);
        if (!open)
            return open.error();
        for (const PendingAssignment &held : *open) {
            if (isReservationLive(held))
                return reserved(held, m_reservationLifetime);
        }
        const QString holder = performedBy.trimmed().isEmpty() ? localIdentity() : performedBy.trimmed();
        PendingAssignment entry { QUuid::createUuid().toString(QUuid::WithoutBraces), creditId, user, holder,
                                  QDateTime::currentDateTimeUtc() };
        if (Status s = LedgerRows::insertJournal(database(), entry); !s)
            return s.error();
        return entry.journalId;
    });
    if (journalled)
        qCInfo(lcLedger) << "assignment journalled:" << *journalled << "credit" << creditId;
    return journalled;
}

namespace {
Error journalClosed()
{
    return Error(Ledger::tr("This assignment was already recorded or discarded (perhaps in another window)."),
                 QString(Ledger::JournalClosedCode));
}
} // namespace

Result<PartnerCredit> Ledger::confirmAssignment(const QString &journalId)
{
    bool reassignment = false;
    Result<QString> confirmed = write([&](LedgerRows::WriteTransaction &) -> Result<QString> {
        auto entry = LedgerRows::openJournal(database(), journalId);
        if (!entry)
            return entry.error();
        if (!entry->has_value())
            return journalClosed();
        const PendingAssignment &pending = **entry;
        // Re-read and re-check under the write lock: another window may have assigned meanwhile.
        auto all = LedgerRows::loadCredits(database());
        if (!all)
            return all.error();
        const auto it = std::find_if(all->cbegin(), all->cend(),
                                     [&](const PartnerCredit &c) { return c.id == pending.creditId; });
        if (it == all->cend())
            return creditNotFound(pending.creditId);
        if (auto refused = BenefitRules::firstRefusal(
                BenefitRules::checkAssignment(*it, pending.user, *all, m_policy, today())))
            return refusal(*refused);

        PartnerCredit c = *it;
        AssignmentEvent event;
        event.timestamp = QDateTime::currentDateTimeUtc();
        event.action = AssignmentEvent::Action::Assign;
        event.user = pending.user.toPartnerUser();
        event.performedBy = pending.performedBy;
        event.countsAsReassignment = BenefitRules::nextAssignmentCountsAsReassignment(c);
        reassignment = event.countsAsReassignment;
        if (!c.activationDate.isValid())
            c.activationDate = today();
        c.assignedUser = event.user;
        c.status = PartnerCredit::Status::Assigned;
        c.subscriptionId.clear(); // the new user redeems on a new subscription
        if (Status s = LedgerRows::appendHistory(database(), c.id, event); !s)
            return s.error();
        if (Status s = LedgerRows::updateCreditRow(database(), c); !s)
            return s.error();
        if (Status s = LedgerRows::closeJournal(database(), journalId, u"confirmed"_s); !s)
            return s.error();
        return c.id;
    });
    if (!confirmed)
        return confirmed.error();
    qCInfo(lcLedger) << "assignment confirmed:" << journalId << "credit" << *confirmed
                     << (reassignment ? "(reassignment)" : "(first assignment)");
    return credit(*confirmed);
}

Status Ledger::discardAssignment(const QString &journalId)
{
    return write([&](LedgerRows::WriteTransaction &) -> Status {
        auto entry = LedgerRows::openJournal(database(), journalId);
        if (!entry)
            return entry.error();
        if (!entry->has_value())
            return journalClosed();
        return LedgerRows::closeJournal(database(), journalId, u"discarded"_s);
    });
}

Result<QList<PendingAssignment>> Ledger::unfinishedAssignments() const
{
    if (!isOpen())
        return notOpen();
    return LedgerRows::openJournals(database());
}

Result<PartnerCredit> Ledger::recordRemoval(const QString &creditId, const QString &performedBy)
{
    const Status recorded = write([&](LedgerRows::WriteTransaction &) -> Status {
        auto existing = LedgerRows::loadCredit(database(), creditId);
        if (!existing)
            return existing.error();
        if (!existing->has_value())
            return creditNotFound(creditId);
        PartnerCredit c = **existing;
        if (auto refused = BenefitRules::firstRefusal(BenefitRules::checkRemoval(c, m_policy, today())))
            return refusal(*refused);
        AssignmentEvent event;
        event.timestamp = QDateTime::currentDateTimeUtc();
        event.action = AssignmentEvent::Action::Remove;
        event.user = c.assignedUser;
        event.performedBy = performedBy;
        c.assignedUser = {};
        c.subscriptionId.clear();
        if (c.status != PartnerCredit::Status::Expired)
            c.status = PartnerCredit::Status::NotRedeemed;
        if (Status s = LedgerRows::appendHistory(database(), c.id, event); !s)
            return s;
        return LedgerRows::updateCreditRow(database(), c);
    });
    if (!recorded)
        return recorded.error();
    return credit(creditId);
}

} // namespace CreditDesk
