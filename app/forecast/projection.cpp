#include "forecast/projection.h"

#include <algorithm>

namespace CreditDesk::Forecast {

namespace {
bool drawsBefore(const LotForecast &a, const LotForecast &b)
{
    if (a.expiryDate.isValid() != b.expiryDate.isValid())
        return a.expiryDate.isValid();
    if (a.expiryDate != b.expiryDate)
        return a.expiryDate < b.expiryDate;
    if (a.startDate != b.startDate)
        return a.startDate < b.startDate;
    return a.lotId < b.lotId;
}

bool usableOn(const LotForecast &lot, const QDate &day)
{
    return (!lot.startDate.isValid() || lot.startDate <= day) && (!lot.expiryDate.isValid() || lot.expiryDate >= day);
}
} // namespace

Projection project(QList<LotForecast> lots, const Consumption &consumption, const QDate &today, const QDate &end)
{
    Projection result;
    result.end = end;
    std::stable_sort(lots.begin(), lots.end(), drawsBefore);
    const QString currency = consumption.total.isValid() ? consumption.total.currency()
                             : lots.isEmpty()             ? QString()
                                                          : lots.constFirst().balanceNow.currency();
    QList<qint64> balance;
    balance.reserve(lots.size());
    for (LotForecast &lot : lots) {
        balance.append(qMax<qint64>(0, lot.balanceNow.minorUnits()));
        lot.predictedUnused = Money::zero(currency);
        lot.expiryProjected = false;
        lot.runOutDate = QDate();
    }

    // Balance at the start of a day: lots that have started and not yet expired.
    auto totalOn = [&](const QDate &day) {
        qint64 sum = 0;
        for (qsizetype i = 0; i < lots.size(); ++i) {
            if (usableOn(lots[i], day))
                sum += balance[i];
        }
        return sum;
    };
    auto addPoint = [&](const QDate &day, qint64 units) {
        const BalancePoint point{day, Money(units, currency)};
        if (result.points.isEmpty() || !(result.points.constLast() == point))
            result.points.append(point);
    };

    if (!today.isValid() || !end.isValid() || end < today) {
        result.lots = lots;
        return result;
    }

    addPoint(today, totalOn(today));
    bool drawing = false; // whether yesterday drew anything: a change of slope needs a point
    for (QDate day = today; day <= end; day = day.addDays(1)) {
        const qint64 dayIndex = today.daysTo(day);
        // A lot joining today: the line steps up at the start of the day.
        qint64 joining = 0;
        for (qsizetype i = 0; i < lots.size(); ++i) {
            if (lots[i].startDate.isValid() && lots[i].startDate == day && day != today)
                joining += balance[i];
        }
        if (joining > 0) {
            addPoint(day, totalOn(day) - joining);
            addPoint(day, totalOn(day));
        }
        qint64 want = consumption.drawOnDay(dayIndex);
        const bool drawsToday = want > 0 && std::any_of(lots.cbegin(), lots.cend(), [&](const LotForecast &lot) {
            const qsizetype i = &lot - lots.constData();
            return balance[i] > 0 && usableOn(lot, day);
        });
        if (drawsToday != drawing)
            addPoint(day, totalOn(day));
        drawing = drawsToday;
        for (qsizetype i = 0; i < lots.size() && want > 0; ++i) {
            if (balance[i] <= 0 || !usableOn(lots[i], day))
                continue;
            const qint64 taken = qMin(want, balance[i]);
            balance[i] -= taken;
            want -= taken;
            if (balance[i] == 0) {
                lots[i].runOutDate = day;
                // The slope changes tomorrow (the next lot takes over or drawing stops).
            }
        }
        // Lots that expire at the end of today leave with what they hold.
        const QDate tomorrow = day.addDays(1);
        bool expiredWithBalance = false;
        for (qsizetype i = 0; i < lots.size(); ++i) {
            if (lots[i].expiryDate.isValid() && lots[i].expiryDate == day) {
                lots[i].expiryProjected = true;
                lots[i].predictedUnused = Money(balance[i], currency);
                if (balance[i] > 0)
                    expiredWithBalance = true;
            }
        }
        qint64 endOfDay = 0;
        for (qsizetype i = 0; i < lots.size(); ++i) {
            if (usableOn(lots[i], day))
                endOfDay += balance[i];
        }
        if (expiredWithBalance) {
            addPoint(tomorrow, endOfDay);
            for (qsizetype i = 0; i < lots.size(); ++i) {
                if (lots[i].expiryDate.isValid() && lots[i].expiryDate == day)
                    balance[i] = 0;
            }
            addPoint(tomorrow, totalOn(tomorrow));
        } else if (std::any_of(lots.cbegin(), lots.cend(), [&](const LotForecast &lot) { return lot.runOutDate == day; })) {
            addPoint(tomorrow, endOfDay);
        }
    }
    addPoint(end.addDays(1), totalOn(end.addDays(1)));
    for (qsizetype i = 0; i < lots.size(); ++i)
        lots[i].balanceAtEnd = Money(lots[i].expiryProjected ? 0 : balance[i], currency);
    result.lots = lots;
    return result;
}

} // namespace CreditDesk::Forecast
