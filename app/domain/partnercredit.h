#pragma once

#include "domain/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace CreditDesk {

/// A directory user as the ledger remembers them on a credit or in its history.
struct PartnerUser
{
    QString objectId; ///< Graph object id; may be empty for credits imported by hand
    QString userPrincipalName;
    QString displayName;

    bool isEmpty() const { return objectId.isEmpty() && userPrincipalName.isEmpty(); }
    /// Same person: same object id when both have one, else the same UPN (case-insensitive).
    bool isSamePerson(const PartnerUser &other) const
    {
        if (!objectId.isEmpty() && !other.objectId.isEmpty())
            return objectId == other.objectId;
        return !userPrincipalName.isEmpty()
            && userPrincipalName.compare(other.userPrincipalName, Qt::CaseInsensitive) == 0;
    }
    friend bool operator==(const PartnerUser &, const PartnerUser &) = default;
};

/// One assignment or removal of a credit's user, as recorded in the ledger.
struct AssignmentEvent
{
    enum class Action { Assign, Remove };

    QDateTime timestamp; ///< UTC
    Action action = Action::Assign;
    PartnerUser user; ///< who was assigned or removed
    QString performedBy; ///< the admin (UPN) who did it
    /// Every assignment after the first one of a credit uses one of its reassignments.
    bool countsAsReassignment = false;

    friend bool operator==(const AssignmentEvent &, const AssignmentEvent &) = default;
};

/// A partner benefit credit (Azure credit from a partner program) as the ledger tracks it:
/// which program granted it, whether it was assigned to a user and redeemed, and its history.
///
/// reassignmentsUsed, reassignmentCap and cutoffDate are derived figures: the ledger fills
/// them from the history and the BenefitPolicy (BenefitRules::annotated()); the rules never
/// trust them, they recount from the history.
struct PartnerCredit
{
    enum class Type { Monthly, Bulk };
    enum class Status { NotRedeemed, Assigned, Redeemed, Expired };

    QString id; ///< stable key (Partner Center's credit id when known)
    QString programName;
    Type type = Type::Monthly;
    Money amount; ///< monthly: per month; bulk: in total
    QDate startDate; ///< UTC date; invalid when unknown
    QDate endDate; ///< UTC date; invalid when unknown
    QDate activationDate; ///< UTC date of the first assignment; invalid until then
    Status status = Status::NotRedeemed;
    PartnerUser assignedUser; ///< empty while unassigned
    QString subscriptionId; ///< the sponsorship subscription, once redeemed
    /// Reassignments used before the ledger recorded this credit (from an import); the ledger's
    /// own history adds to it.
    int reassignmentsBeforeLedger = 0;
    QList<AssignmentEvent> history; ///< oldest first

    // Derived (see above).
    int reassignmentsUsed = 0;
    int reassignmentCap = 5;
    QDate cutoffDate; ///< monthly: activation + validity months; invalid otherwise

    bool isReassignmentCapReached() const { return type == Type::Monthly && reassignmentsUsed >= reassignmentCap; }
    friend bool operator==(const PartnerCredit &, const PartnerCredit &) = default;
};

} // namespace CreditDesk

Q_DECLARE_METATYPE(CreditDesk::PartnerUser)
Q_DECLARE_METATYPE(CreditDesk::AssignmentEvent)
Q_DECLARE_METATYPE(CreditDesk::PartnerCredit)
