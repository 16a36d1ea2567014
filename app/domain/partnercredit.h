#pragma once

#include "domain/money.h"

#include <QDate>
#include <QMetaType>
#include <QString>

namespace CreditDesk {

/// A partner benefit credit (Azure credit from a partner program) as the ledger tracks it:
/// which program granted it, whether it was assigned to a user and redeemed, and how many of
/// the program's reassignments are used. Minimal on purpose: the ledger issue fills it.
struct PartnerCredit
{
    enum class Type { Monthly, Bulk };
    enum class Status { NotRedeemed, Assigned, Redeemed, Expired };

    QString id; ///< stable key
    QString programName;
    Type type = Type::Monthly;
    Money amount;
    QDate startDate; ///< UTC date; invalid when unknown
    QDate endDate; ///< UTC date; invalid when unknown
    Status status = Status::NotRedeemed;
    QString assignedUserPrincipalName; ///< empty while unassigned
    int reassignmentsUsed = 0;
    int reassignmentCap = 5; ///< the programs allow five reassignments per credit

    bool isReassignmentCapReached() const { return reassignmentsUsed >= reassignmentCap; }
    friend bool operator==(const PartnerCredit &, const PartnerCredit &) = default;
};

} // namespace CreditDesk

Q_DECLARE_METATYPE(CreditDesk::PartnerCredit)
