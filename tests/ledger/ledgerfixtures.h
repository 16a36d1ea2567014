#pragma once

#include "domain/partnercredit.h"
#include "rules/benefitrules.h"

#include <QDate>
#include <QString>

namespace CreditDesk::LedgerFixtures {

using namespace Qt::StringLiterals;

inline const QDate kToday(2026, 11, 22);

inline CandidateUser member(const QString &alias, const QString &domain = u"contoso.com"_s)
{
    const QString upn = alias + u'@' + domain;
    return { u"oid-"_s + alias, upn, upn, alias, u"Member"_s };
}

inline PartnerCredit monthlyCredit(const QString &id)
{
    PartnerCredit c;
    c.id = id;
    c.programName = u"Visual Studio Enterprise"_s;
    c.type = PartnerCredit::Type::Monthly;
    c.amount = Money(15000, u"USD"_s);
    c.startDate = kToday.addMonths(-2);
    c.endDate = kToday.addMonths(10);
    return c;
}

inline PartnerCredit bulkCredit(const QString &id)
{
    PartnerCredit c = monthlyCredit(id);
    c.programName = u"Solutions Partner for Infrastructure"_s;
    c.type = PartnerCredit::Type::Bulk;
    c.amount = Money(400000, u"USD"_s);
    return c;
}

/// Replays assignments (aliases) and removals ("-") as the ledger would record them.
inline PartnerCredit withHistory(PartnerCredit c, const QStringList &steps)
{
    for (const QString &step : steps) {
        AssignmentEvent e;
        e.timestamp = QDateTime(kToday.addDays(-30), QTime(9, 0), Qt::UTC);
        if (step == "-"_L1) {
            e.action = AssignmentEvent::Action::Remove;
            e.user = c.assignedUser;
            c.assignedUser = {};
        } else {
            e.action = AssignmentEvent::Action::Assign;
            e.user = member(step).toPartnerUser();
            e.countsAsReassignment = BenefitRules::nextAssignmentCountsAsReassignment(c);
            if (!c.activationDate.isValid())
                c.activationDate = kToday.addDays(-30);
            c.assignedUser = e.user;
        }
        c.history.append(e);
    }
    return c;
}

} // namespace CreditDesk::LedgerFixtures
