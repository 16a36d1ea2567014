#pragma once

#include "domain/partnercredit.h"
#include "rules/benefitpolicy.h"

#include <QDate>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <optional>

namespace CreditDesk {

/// A user someone wants to assign a credit to (from a Graph search, a new user, or the CLI).
struct CandidateUser
{
    QString objectId;
    QString userPrincipalName;
    QString mail; ///< may be empty
    QString displayName;
    QString userType; ///< "Member" / "Guest"; empty means unknown (the UPN still tells guests)

    PartnerUser toPartnerUser() const { return { objectId, userPrincipalName, displayName }; }
    friend bool operator==(const CandidateUser &, const CandidateUser &) = default;
};

/// Stable rule ids: the CLI prints them, tests and the GUI key on them.
namespace RuleId {
inline constexpr QLatin1StringView MonthlyReassignmentCap { "monthly-reassignment-cap" };
inline constexpr QLatin1StringView BulkNotReassignable { "bulk-not-reassignable" };
inline constexpr QLatin1StringView OneBulkPerUser { "one-bulk-credit-per-user" };
inline constexpr QLatin1StringView FreeEmailDomain { "free-email-domain" };
inline constexpr QLatin1StringView GuestAccount { "guest-account" };
inline constexpr QLatin1StringView CreditExpired { "credit-expired" };
inline constexpr QLatin1StringView MonthlyValidity { "monthly-13-month-validity" };
inline constexpr QLatin1StringView UserIdentity { "user-identity" }; ///< the user has a UPN
inline constexpr QLatin1StringView AlreadyAssigned { "already-assigned" }; ///< same user again
inline constexpr QLatin1StringView RemovalNeedsUser { "removal-needs-assigned-user" };
inline constexpr QLatin1StringView BulkNotRemovable { "bulk-not-removable" };
} // namespace RuleId

/// One rule's answer. reason is translated and says why in words a partner admin understands
/// (also when allowed, e.g. "This is reassignment 3 of 5; 2 will remain.").
struct RuleVerdict
{
    QString ruleId;
    bool allowed = true;
    QString reason;

    friend bool operator==(const RuleVerdict &, const RuleVerdict &) = default;
};

/// The partner benefit rules of SPEC §2, in one place. Pure functions: no I/O, no clock
/// (today is a UTC date passed in).
namespace BenefitRules {

/// Every rule that applies to assigning \a user to \a credit, each with its verdict; the
/// assignment may go ahead only when all allow (see allAllowed()). \a ledger is every credit of
/// the tenant's ledger (\a credit itself may be among them), for the one-bulk-per-user rule.
QList<RuleVerdict> checkAssignment(const PartnerCredit &credit, const CandidateUser &user,
                                   const QList<PartnerCredit> &ledger, const BenefitPolicy &policy, QDate today);
/// Removing the assigned user (monthly credits only). Removal alone uses no reassignment.
QList<RuleVerdict> checkRemoval(const PartnerCredit &credit, const BenefitPolicy &policy, QDate today);

bool allAllowed(const QList<RuleVerdict> &verdicts);
/// The first refusal, if any.
std::optional<RuleVerdict> firstRefusal(const QList<RuleVerdict> &verdicts);

/// Reassignments used: those before the ledger plus every recorded assignment that counted.
int reassignmentsUsed(const PartnerCredit &credit);
/// Monthly: cap − used (never negative); bulk: 0.
int reassignmentsLeft(const PartnerCredit &credit, const BenefitPolicy &policy);
/// True when the credit was ever assigned: then the next assignment uses a reassignment.
bool nextAssignmentCountsAsReassignment(const PartnerCredit &credit);
/// Monthly credits: activation + validity months (the first day it is no longer valid);
/// invalid for bulk credits and before activation.
QDate cutoffDate(const PartnerCredit &credit, const BenefitPolicy &policy);
/// Expired by status or because its end date has passed.
bool isExpired(const PartnerCredit &credit, QDate today);
/// True when the mail domain is a free-hosted one (or a subdomain of one), case-insensitive.
bool isFreeEmailDomain(const QString &address, const BenefitPolicy &policy);

/// \a credit with the derived figures (reassignmentsUsed, reassignmentCap, cutoffDate) filled.
PartnerCredit annotated(PartnerCredit credit, const BenefitPolicy &policy);

} // namespace BenefitRules

} // namespace CreditDesk

Q_DECLARE_METATYPE(CreditDesk::CandidateUser)
Q_DECLARE_METATYPE(CreditDesk::RuleVerdict)
