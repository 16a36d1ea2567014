#include "rules/benefitrules.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace CreditDesk::BenefitRules {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("BenefitRules", text, disambiguation, n);
}

RuleVerdict allow(QLatin1StringView id, QString reason)
{
    return { QString(id), true, std::move(reason) };
}

RuleVerdict deny(QLatin1StringView id, QString reason)
{
    return { QString(id), false, std::move(reason) };
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QString() : address.mid(at + 1).trimmed().toLower();
}

bool everAssigned(const PartnerCredit &credit)
{
    if (credit.activationDate.isValid() || !credit.assignedUser.isEmpty() || credit.reassignmentsBeforeLedger > 0)
        return true;
    for (const AssignmentEvent &e : credit.history) {
        if (e.action == AssignmentEvent::Action::Assign)
            return true;
    }
    return false;
}

QString dateText(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

RuleVerdict expiryVerdict(const PartnerCredit &credit, QDate today)
{
    if (isExpired(credit, today)) {
        return deny(RuleId::CreditExpired,
                    credit.endDate.isValid() && credit.endDate < today
                        ? tr("This credit ended on %1; an expired credit cannot be assigned.").arg(dateText(credit.endDate))
                        : tr("This credit is expired; an expired credit cannot be assigned."));
    }
    return allow(RuleId::CreditExpired, tr("The credit has not expired."));
}

RuleVerdict validityVerdict(const PartnerCredit &credit, const BenefitPolicy &policy, QDate today)
{
    const QDate cutoff = cutoffDate(credit, policy);
    if (cutoff.isValid() && today >= cutoff) {
        return deny(RuleId::MonthlyValidity,
                    tr("Monthly credits are valid for %n month(s) from activation; this one was activated on %1 "
                       "and its validity ended on %2. Its subscription must be converted to pay-as-you-go.",
                       nullptr, policy.monthlyValidityMonths)
                        .arg(dateText(credit.activationDate), dateText(cutoff)));
    }
    if (cutoff.isValid())
        return allow(RuleId::MonthlyValidity,
                     tr("Valid until %1 (%n month(s) from activation).", nullptr, policy.monthlyValidityMonths)
                         .arg(dateText(cutoff)));
    return allow(RuleId::MonthlyValidity, tr("The validity period starts at the first assignment."));
}

} // namespace

int reassignmentsUsed(const PartnerCredit &credit)
{
    int used = credit.reassignmentsBeforeLedger;
    for (const AssignmentEvent &e : credit.history) {
        if (e.action == AssignmentEvent::Action::Assign && e.countsAsReassignment)
            ++used;
    }
    return used;
}

int reassignmentsLeft(const PartnerCredit &credit, const BenefitPolicy &policy)
{
    if (credit.type != PartnerCredit::Type::Monthly)
        return 0;
    return qMax(0, policy.reassignmentCap - reassignmentsUsed(credit));
}

bool nextAssignmentCountsAsReassignment(const PartnerCredit &credit)
{
    return everAssigned(credit);
}

QDate cutoffDate(const PartnerCredit &credit, const BenefitPolicy &policy)
{
    if (credit.type != PartnerCredit::Type::Monthly || !credit.activationDate.isValid())
        return {};
    return credit.activationDate.addMonths(policy.monthlyValidityMonths);
}

bool isExpired(const PartnerCredit &credit, QDate today)
{
    return credit.status == PartnerCredit::Status::Expired || (credit.endDate.isValid() && credit.endDate < today);
}

bool isFreeEmailDomain(const QString &address, const BenefitPolicy &policy)
{
    const QString domain = domainOf(address);
    if (domain.isEmpty())
        return false;
    for (const QString &free : policy.freeEmailDomains) {
        if (domain == free || domain.endsWith(QString(u'.' + free)))
            return true;
    }
    return false;
}

QList<RuleVerdict> checkAssignment(const PartnerCredit &credit, const CandidateUser &user,
                                   const QList<PartnerCredit> &ledger, const BenefitPolicy &policy, QDate today)
{
    QList<RuleVerdict> verdicts;
    const PartnerUser person = user.toPartnerUser();

    if (user.userPrincipalName.trimmed().isEmpty() || !user.userPrincipalName.contains(u'@'))
        verdicts.append(deny(RuleId::UserIdentity, tr("Choose a user with a sign-in name (user@domain).")));
    else
        verdicts.append(allow(RuleId::UserIdentity, tr("The user has a sign-in name.")));

    const bool guest = user.userType.compare("Guest"_L1, Qt::CaseInsensitive) == 0
        || user.userPrincipalName.contains("#EXT#"_L1, Qt::CaseInsensitive);
    if (guest) {
        verdicts.append(deny(RuleId::GuestAccount,
                             tr("%1 is a guest account (invited from another organization). Partner benefit credits "
                                "can only be assigned to members of your own organization; add the person as a "
                                "member user instead.")
                                 .arg(user.displayName.isEmpty() ? user.userPrincipalName : user.displayName)));
    } else {
        verdicts.append(allow(RuleId::GuestAccount, tr("The user is a member of your organization.")));
    }

    QString freeAddress;
    for (const QString &address : { user.mail, user.userPrincipalName }) {
        if (freeAddress.isEmpty() && !guest && isFreeEmailDomain(address, policy))
            freeAddress = address;
    }
    if (!freeAddress.isEmpty()) {
        verdicts.append(deny(RuleId::FreeEmailDomain,
                             tr("%1 is on a free email domain (%2). Partner Center assigns credits only to users "
                                "with a company email domain.")
                                 .arg(freeAddress, domainOf(freeAddress))));
    } else {
        verdicts.append(allow(RuleId::FreeEmailDomain, tr("The user's email domain is a company domain.")));
    }

    verdicts.append(expiryVerdict(credit, today));

    if (!credit.assignedUser.isEmpty() && credit.assignedUser.isSamePerson(person)) {
        verdicts.append(deny(RuleId::AlreadyAssigned,
                             tr("This credit is already assigned to %1.").arg(credit.assignedUser.userPrincipalName)));
    }

    const bool counts = nextAssignmentCountsAsReassignment(credit);
    if (credit.type == PartnerCredit::Type::Monthly) {
        verdicts.append(validityVerdict(credit, policy, today));
        const int used = reassignmentsUsed(credit);
        if (!counts) {
            verdicts.append(allow(RuleId::MonthlyReassignmentCap,
                                  tr("This is the first assignment; it does not use any of the %n reassignment(s).",
                                     nullptr, policy.reassignmentCap)));
        } else if (used >= policy.reassignmentCap) {
            verdicts.append(deny(RuleId::MonthlyReassignmentCap,
                                 tr("All %n reassignment(s) of this monthly credit are used; Partner Center allows no "
                                    "more, without exception.",
                                    nullptr, policy.reassignmentCap)));
        } else {
            verdicts.append(allow(RuleId::MonthlyReassignmentCap,
                                  tr("This is reassignment %1 of %2; %3 will remain.")
                                      .arg(used + 1)
                                      .arg(policy.reassignmentCap)
                                      .arg(policy.reassignmentCap - used - 1)));
        }
    } else {
        if (counts) {
            verdicts.append(deny(RuleId::BulkNotReassignable,
                                 tr("Bulk (yearly) credits cannot be reassigned. A new user can get one with next "
                                    "year's renewed benefits.")));
        } else {
            verdicts.append(allow(RuleId::BulkNotReassignable,
                                  tr("This is the bulk credit's only assignment; it cannot be changed later.")));
        }
        QString otherBulk;
        for (const PartnerCredit &other : ledger) {
            if (other.id == credit.id || other.type != PartnerCredit::Type::Bulk || isExpired(other, today))
                continue;
            if (other.assignedUser.isSamePerson(person)) {
                otherBulk = other.id;
                break;
            }
        }
        if (!otherBulk.isEmpty()) {
            verdicts.append(deny(RuleId::OneBulkPerUser,
                                 tr("%1 already holds bulk credit %2; a user can hold at most one bulk credit "
                                    "(a monthly credit as well is fine).")
                                     .arg(user.userPrincipalName, otherBulk)));
        } else {
            verdicts.append(allow(RuleId::OneBulkPerUser, tr("The user holds no other bulk credit.")));
        }
    }
    return verdicts;
}

QList<RuleVerdict> checkRemoval(const PartnerCredit &credit, const BenefitPolicy &policy, QDate today)
{
    Q_UNUSED(policy)
    Q_UNUSED(today)
    QList<RuleVerdict> verdicts;
    if (credit.type == PartnerCredit::Type::Bulk) {
        verdicts.append(deny(RuleId::BulkNotRemovable,
                             tr("The user of a bulk (yearly) credit cannot be removed or changed.")));
    }
    if (credit.assignedUser.isEmpty())
        verdicts.append(deny(RuleId::RemovalNeedsUser, tr("Nobody is assigned to this credit.")));
    else
        verdicts.append(allow(RuleId::RemovalNeedsUser,
                              tr("Removing %1 uses no reassignment; the next assignment will.")
                                  .arg(credit.assignedUser.userPrincipalName)));
    return verdicts;
}

bool allAllowed(const QList<RuleVerdict> &verdicts)
{
    return !firstRefusal(verdicts).has_value();
}

std::optional<RuleVerdict> firstRefusal(const QList<RuleVerdict> &verdicts)
{
    for (const RuleVerdict &v : verdicts) {
        if (!v.allowed)
            return v;
    }
    return std::nullopt;
}

PartnerCredit annotated(PartnerCredit credit, const BenefitPolicy &policy)
{
    credit.reassignmentsUsed = reassignmentsUsed(credit);
    credit.reassignmentCap = policy.reassignmentCap;
    credit.cutoffDate = cutoffDate(credit, policy);
    return credit;
}

} // namespace CreditDesk::BenefitRules
