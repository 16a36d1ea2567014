#pragma once

#include "forecast/forecast.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace CreditDesk::Forecast {

/// A point of a chart line. x is where \a date sits on the date axis (dateAxisMSecs); y is
/// the only place money becomes a floating value.
struct ChartPoint
{
    QDate date;
    Money amount;
    qint64 x = 0;
    qreal y = 0;
};

/// A vertical marker where credit expires. A lot is usable through its expiry date, so the
/// marker stands at the end of that day (the start of the day after), where the line drops.
struct ExpiryMarker
{
    QString lotId;
    QString lotName;
    QDate expiryDate;
    qint64 x = 0;
    Money balanceNow;      ///< today's balance of the lot
    Money predictedUnused; ///< what the projection says is lost at expiry
    /// The lot's own risk, as its marker is drawn: High when balance is predicted to expire
    /// unused (SPEC §3: more than consumption will use before it expires), else Low.
    RiskLevel risk = RiskLevel::Low;
};

/// Predicted loss of one lot: from today to its expiry, that much of the balance is doomed.
struct LossSpan
{
    QString lotId;
    QDate from;
    QDate to;
    Money amount;
};

/// Everything the balance-against-expiry chart draws for one scope, as plain data.
struct ChartData
{
    QString scopeKey;
    QString currency;
    RiskLevel risk = RiskLevel::Low;
    QList<ChartPoint> history;    ///< balance from the events' running balances
    QList<ChartPoint> projection; ///< projected balance (drawn dashed)
    QList<ChartPoint> lossLower;  ///< projection minus what is predicted to be lost: the band
                                  ///< between it and `projection` is the shaded loss
    QList<ExpiryMarker> markers;  ///< one per lot expiring within the projection
    QList<LossSpan> lossSpans;
    QDate today;
    qint64 todayX = 0;
    QDate firstDate; ///< earliest date of any series
    QDate lastDate;  ///< latest date of any series
    qreal maxY = 0;  ///< largest value of any series (0 when empty)
};

/// Where the UTC calendar date \a utcDate sits on a QDateTimeAxis: local midnight of that same
/// calendar date, as msecs since the epoch. Qt 6.4's QDateTimeAxis formats its labels in the
/// local time zone, so placing 00:00 UTC there would label it with the previous day west of
/// Greenwich; local midnight of the date makes the label read the UTC date in every zone.
/// Every x of ChartData comes from here.
qint64 dateAxisMSecs(const QDate &utcDate);
/// The inverse: the UTC calendar date a date-axis position stands for (tooltips).
QDate utcDateAtAxisMSecs(qint64 msecs);

ChartData chartData(const ScopeForecast &scope);

/// The zoom buttons: a window around today. All = every series, today included.
enum class ChartZoom { Days30, Days90, Days365, All };
/// [first, last] dates shown: 30 days = a week back to 30 days ahead; 90 = 30 back to 90 ahead;
/// 365 = 90 back to 365 ahead.
std::pair<QDate, QDate> zoomRange(const ChartData &data, ChartZoom zoom);

/// One bar of the expiry ladder: credit expiring in a calendar month (UTC).
struct LadderMonth
{
    QDate month; ///< the first day of the month
    Money expiring;
    Money predictedUnused;
    QStringList lotIds; ///< the lots counted in this bar, in the projection's (expiry) order
    friend bool operator==(const LadderMonth &, const LadderMonth &) = default;
};

/// Every month from today's to the last month in which credit with balance expires; months
/// with nothing expiring are included (as zero) so the bars line up with a calendar. Lots that
/// expired before this month are not on the ladder (their balance is already lost).
QList<LadderMonth> expiryLadder(const ScopeForecast &scope);

} // namespace CreditDesk::Forecast
