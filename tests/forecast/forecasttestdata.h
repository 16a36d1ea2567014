#pragma once

// Small builders for forecast tests: lots and events as the parsers would produce them.
#include "domain/creditevent.h"
#include "domain/lot.h"

#include <QDateTime>
#include <QTimeZone>

namespace CreditDesk::TestData {

inline const QString kAccount = QStringLiteral("acct1");
inline const QString kProfile = QStringLiteral("PROF-1");

inline QDateTime utc(const QDate &date, int hour = 0, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone::utc());
}

inline Lot lot(const QString &name, qint64 balance, const QDate &start, const QDate &expiry,
               const QString &currency = QStringLiteral("USD"), LotStatus status = LotStatus::Active,
               const QString &profile = kProfile)
{
    Lot l;
    l.name = name;
    l.billingAccountId = kAccount;
    l.billingProfileId = profile;
    l.id = QStringLiteral("/providers/Microsoft.Billing/billingAccounts/%1/billingProfiles/%2/providers/Microsoft.Consumption/lots/%3")
               .arg(kAccount, profile, name);
    l.creditCurrency = currency;
    l.status = status;
    l.originalAmount = Money(balance, currency);
    l.closedBalance = Money(balance, currency);
    if (start.isValid())
        l.startDate = utc(start);
    if (expiry.isValid())
        l.expirationDate = utc(expiry, 23, 59);
    return l;
}

inline CreditEvent chargeEvent(const Lot &lot, const QDateTime &when, CreditEventType type, qint64 charges,
                         std::optional<qint64> closedBalance = std::nullopt)
{
    CreditEvent e;
    e.setId(lot.id + QStringLiteral("/events/") + QString::number(when.toMSecsSinceEpoch()) + QString::number(charges));
    e.transactionDate = when;
    e.eventType = type;
    e.lotId = lot.id;
    const QString currency = lot.currency();
    e.charges = Money(charges, currency);
    if (closedBalance)
        e.closedBalance = Money(*closedBalance, currency);
    e.billingProfileId = QStringLiteral("/providers/Microsoft.Billing/billingAccounts/%1/billingProfiles/%2")
                             .arg(lot.billingAccountId, lot.billingProfileId);
    return e;
}

/// One charge of \a perDay on each of the 90 days of the window ending \a today.
inline QList<CreditEvent> dailyCharges(const Lot &lot, const QDate &today, qint64 perDay, int days = 90)
{
    QList<CreditEvent> events;
    for (int i = 0; i < days; ++i)
        events.append(chargeEvent(lot, utc(today.addDays(-i), 12), CreditEventType::SettledCharges, perDay));
    return events;
}

} // namespace CreditDesk::TestData
