#pragma once

#include "domain/creditevent.h"
#include "domain/lot.h"
#include "domain/partnercredit.h"

#include <QDate>
#include <QList>
#include <QString>

namespace CreditDesk::Fixtures {

using namespace Qt::StringLiterals;

inline QDateTime utc(int y, int m, int d) { return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC); }

/// A lot with the fields the filters and columns look at.
inline Lot lot(const QString &name, LotStatus status, qint64 balanceMinor, const QString &currency,
               const QDateTime &expires, LotSource source = LotSource::Promotional)
{
    Lot l;
    l.name = name;
    l.billingAccountId = u"acct1"_s;
    l.billingProfileId = u"bp1"_s;
    l.id = u"/providers/Microsoft.Billing/billingAccounts/acct1/billingProfiles/bp1/providers/"
           "Microsoft.Consumption/lots/"_s
        + name;
    l.status = status;
    l.statusRaw = u"raw-status"_s;
    l.source = source;
    l.sourceRaw = u"raw-source"_s;
    l.originalAmount = Money(balanceMinor * 2, currency);
    l.closedBalance = Money(balanceMinor, currency);
    l.creditCurrency = currency;
    l.startDate = utc(2024, 1, 1);
    l.expirationDate = expires;
    return l;
}

/// \a count lots named lot-00000.. with balances 100.00 USD, expiring 2026-01-01 + i % 400 days.
inline QList<Lot> manyLots(int count)
{
    QList<Lot> lots;
    lots.reserve(count);
    for (int i = 0; i < count; ++i) {
        Lot l = lot(u"lot-%1"_s.arg(i, 5, 10, QLatin1Char('0')), i % 7 == 0 ? LotStatus::Expired : LotStatus::Active,
                    10000, i % 3 == 0 ? u"EUR"_s : u"USD"_s, utc(2026, 1, 1).addDays(i % 400));
        l.poNumber = u"PO-%1"_s.arg(i % 1000);
        l.billingProfileId = u"bp%1"_s.arg(i % 20);
        lots.append(std::move(l));
    }
    return lots;
}

inline CreditEvent creditEvent(const QString &id, const QString &description, CreditEventType type, qint64 chargesMinor,
                         const QDateTime &date, const QString &currency = u"USD"_s)
{
    CreditEvent e;
    e.id = id;
    e.name = id;
    e.description = description;
    e.eventType = type;
    e.eventTypeRaw = u"SettledCharges"_s;
    e.charges = Money(chargesMinor, currency);
    e.closedBalance = Money(100000 - chargesMinor, currency);
    e.transactionDate = date;
    e.creditCurrency = currency;
    e.billingAccountId = u"/providers/Microsoft.Billing/billingAccounts/acct1"_s;
    e.billingProfileId = u"/providers/Microsoft.Billing/billingAccounts/acct1/billingProfiles/bp1"_s;
    e.lotId = u"/providers/Microsoft.Billing/billingAccounts/acct1/billingProfiles/bp1/lots/"_s + id;
    e.invoiceNumber = u"INV-"_s + id;
    e.lotSource = u"PromotionalCredit"_s;
    return e;
}

inline PartnerCredit partnerCredit(const QString &id, PartnerCredit::Status status, int reassignments,
                                   const QDate &end, qint64 amountMinor = 15000)
{
    PartnerCredit c;
    c.id = id;
    c.programName = u"Visual Studio Enterprise"_s;
    c.type = PartnerCredit::Type::Monthly;
    c.amount = Money(amountMinor, u"USD"_s);
    c.startDate = end.addMonths(-1);
    c.endDate = end;
    c.status = status;
    c.reassignmentsUsed = reassignments;
    c.assignedUser.userPrincipalName = status == PartnerCredit::Status::NotRedeemed ? QString() : u"ana@contoso.com"_s;
    return c;
}

} // namespace CreditDesk::Fixtures
