#pragma once

#include "domain/lot.h"
#include "domain/partnercredit.h"
#include "forecast/forecast.h"

#include <QDate>
#include <QList>
#include <QString>

namespace CreditDesk::Forecast {

/// Something that expires on a date: a credit lot, a bulk partner credit's end date or a
/// monthly partner credit's 13-month cutoff. The calendar export and the reminders take these.
struct ExpiryItem
{
    enum class Kind { Lot, BulkCredit, MonthlyCredit };

    QString uid;       ///< stable across runs: the same credit is the same calendar event
    Kind kind = Kind::Lot;
    QDate date;        ///< last usable day (UTC)
    QString title;     ///< e.g. the lot or program name
    Money amount;      ///< balance (lots) or credit amount (partner credits); may be invalid
    QString scope;     ///< billing profile / customer, or the assigned user
    QString creditId;  ///< the lot id or ledger id
};

/// Monthly partner credits are valid 13 months from activation (SPEC §2). The ledger keeps
/// the policy value; this is its default for credits that carry no cutoff of their own.
inline constexpr int MonthlyCreditValidityMonths = 13;

/// The last day a monthly partner credit can be used: the ledger's cutoff when it has one
/// (from the activation date and the policy), else 13 months from activation (or start).
QDate monthlyCreditLastDay(const PartnerCredit &credit);

/// Lots with balance left that have not expired by \a today, from a forecast.
QList<ExpiryItem> expiryItemsFromForecast(const ForecastReport &report, const QHash<QString, QString> &scopeNames = {});

/// Partner benefit credits: bulk ones end on their end date; monthly ones at activation
/// (startDate) + 13 months. Expired credits and credits without dates are left out.
QList<ExpiryItem> expiryItemsFromPartnerCredits(const QList<PartnerCredit> &credits, const QDate &today);

/// Only the items expiring between \a today and \a today + \a days (inclusive), by date.
QList<ExpiryItem> expiringWithin(QList<ExpiryItem> items, const QDate &today, int days);

} // namespace CreditDesk::Forecast
