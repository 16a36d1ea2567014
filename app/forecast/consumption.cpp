#include "forecast/consumption.h"

#include "forecast/forecastscope.h"

namespace CreditDesk::Forecast {

namespace {
qint64 roundedDivide(qint64 numerator, qint64 denominator)
{
    const qint64 half = denominator / 2;
    return numerator >= 0 ? (numerator + half) / denominator : -((-numerator + half) / denominator);
}
} // namespace

qint64 Consumption::drawOnDay(qint64 dayIndex) const
{
    if (windowDays <= 0 || total.minorUnits() <= 0 || dayIndex < 0)
        return 0;
    const qint64 perDay = total.minorUnits() / windowDays;
    const qint64 remainder = total.minorUnits() % windowDays;
    // Spread the remainder evenly: cumulative(k) = k·total/window, computed without overflow.
    auto cumulativeRemainder = [&](qint64 k) { return (k / windowDays) * remainder + (k % windowDays) * remainder / windowDays; };
    return perDay + cumulativeRemainder(dayIndex + 1) - cumulativeRemainder(dayIndex);
}

bool isChargeEvent(const CreditEvent &event)
{
    if (!event.charges || event.charges->isZero())
        return false;
    switch (event.eventType) {
    case CreditEventType::NewCredit:
    case CreditEventType::PendingNewCredit:
    case CreditEventType::CreditExpired:
    case CreditEventType::ExpiredCredit:
    case CreditEventType::PendingExpiredCredit:
    case CreditEventType::CanceledCredit:
        return false;
    default:
        return true;
    }
}

Consumption measureConsumption(const QList<const CreditEvent *> &events, const QString &currency,
                               const QDate &today, const QDate &firstActivity)
{
    Consumption result;
    result.to = today;
    result.from = today.addDays(-(ConsumptionWindowDays - 1));
    if (firstActivity.isValid() && firstActivity > result.from)
        result.from = qMin(firstActivity, today);
    result.windowDays = int(result.from.daysTo(result.to)) + 1;
    result.total = Money::zero(currency);
    for (const CreditEvent *event : events) {
        if (!isChargeEvent(*event) || event->charges->currency() != result.total.currency())
            continue;
        const QDate day = utcDate(event->transactionDate);
        if (!day.isValid() || day < result.from || day > result.to)
            continue;
        const qint64 units = event->charges->minorUnits();
        result.total = Money(result.total.minorUnits() + (units < 0 ? -units : units), result.total.currency());
        ++result.chargeEvents;
    }
    result.monthly = Money(roundedDivide(result.total.minorUnits() * DaysPerMonth, result.windowDays), result.total.currency());
    return result;
}

} // namespace CreditDesk::Forecast
