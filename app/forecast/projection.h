#pragma once

#include "forecast/consumption.h"

#include <QDate>
#include <QList>
#include <QString>

namespace CreditDesk::Forecast {

/// One credit lot as the projection sees it, and what the projection predicts for it.
struct LotForecast
{
    QString lotId;
    QString lotName;
    QDate startDate;  ///< first usable day (UTC); invalid: already usable
    QDate expiryDate; ///< last usable day (UTC): a lot is usable through the day it expires
    Money balanceNow; ///< today's balance (see Forecast::BalanceSource)

    // Results of project():
    Money predictedUnused;   ///< balance left when it expires (0 when used up in time)
    bool expiryProjected = false; ///< false when the expiry lies beyond the projection's end
    QDate runOutDate;        ///< the day its balance reaches zero; invalid when it does not
    Money balanceAtEnd;      ///< balance at the end of the projection (0 once expired)

    bool startsLater(const QDate &today) const { return startDate.isValid() && startDate > today; }
};

/// The projected total balance at the start of a day. Consecutive points are joined by
/// straight lines; two points on one day are a step (a lot expiring with balance left, or a
/// future lot joining).
struct BalancePoint
{
    QDate date;
    Money balance;
    friend bool operator==(const BalancePoint &, const BalancePoint &) = default;
};

struct Projection
{
    QList<LotForecast> lots; ///< in the order consumption draws from them: earliest expiry first
    QList<BalancePoint> points;
    QDate end; ///< last projected day
};

/// Draws \a consumption's daily rate from \a lots day by day from \a today to \a end
/// (inclusive): each day from the usable lot that expires first, spilling into the next when
/// it runs out. A lot joins on its start date and leaves after its expiry date with whatever
/// it still holds (the predicted unused credit). Lots without an expiry date are drawn last.
/// Pure: depends on its arguments only.
Projection project(QList<LotForecast> lots, const Consumption &consumption, const QDate &today, const QDate &end);

} // namespace CreditDesk::Forecast
