#include "forecast/chartseries.h"

#include <QDateTime>

namespace CreditDesk::Forecast {

namespace {
ChartPoint point(const QDate &date, const Money &amount)
{
    return {date, amount, dateAxisMSecs(date), amount.toChartValue()};
}

void extend(ChartData &data, const QDate &date, qreal y)
{
    if (!data.firstDate.isValid() || date < data.firstDate)
        data.firstDate = date;
    if (!data.lastDate.isValid() || date > data.lastDate)
        data.lastDate = date;
    data.maxY = qMax(data.maxY, y);
}
} // namespace

qint64 dateAxisMSecs(const QDate &utcDate)
{
    return utcDate.startOfDay(Qt::LocalTime).toMSecsSinceEpoch();
}

QDate utcDateAtAxisMSecs(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::LocalTime).date();
}

ChartData chartData(const ScopeForecast &scope)
{
    ChartData data;
    data.scopeKey = scope.scope.key();
    data.currency = scope.scope.currency;
    data.risk = scope.risk.level;
    data.today = scope.today;
    data.todayX = dateAxisMSecs(scope.today);
    extend(data, scope.today, 0);

    for (const HistoryPoint &h : scope.history) {
        data.history.append(point(h.date, h.balance));
        extend(data, h.date, data.history.constLast().y);
    }

    const QList<BalancePoint> &points = scope.projection.points;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const BalancePoint &p = points.at(i);
        data.projection.append(point(p.date, p.balance));
        extend(data, p.date, data.projection.constLast().y);
        // Before a drop (two points on one day), the lot expiring the day before still holds
        // its doomed balance; after it, it is gone.
        const bool beforeStep = i + 1 < points.size() && points.at(i + 1).date == p.date;
        const QDate stillHeldFrom = beforeStep ? p.date.addDays(-1) : p.date;
        qint64 doomed = 0;
        for (const LotForecast &lot : scope.projection.lots) {
            if (lot.expiryProjected && lot.expiryDate >= stillHeldFrom && !lot.startsLater(p.date))
                doomed += lot.predictedUnused.minorUnits();
        }
        data.lossLower.append(point(p.date, Money(p.balance.minorUnits() - qMin(doomed, p.balance.minorUnits()),
                                                  p.balance.currency())));
    }

    for (const LotForecast &lot : scope.projection.lots) {
        if (!lot.expiryProjected)
            continue;
        data.markers.append({lot.lotId, lot.lotName, lot.expiryDate, dateAxisMSecs(lot.expiryDate.addDays(1)), lot.balanceNow,
                             lot.predictedUnused, lot.predictedUnused.isPositive() ? RiskLevel::High : RiskLevel::Low});
        extend(data, lot.expiryDate.addDays(1), 0);
        if (lot.predictedUnused.isPositive())
            data.lossSpans.append({lot.lotId, scope.today, lot.expiryDate, lot.predictedUnused});
    }
    return data;
}

std::pair<QDate, QDate> zoomRange(const ChartData &data, ChartZoom zoom)
{
    switch (zoom) {
    case ChartZoom::Days30: return {data.today.addDays(-7), data.today.addDays(30)};
    case ChartZoom::Days90: return {data.today.addDays(-30), data.today.addDays(90)};
    case ChartZoom::Days365: return {data.today.addDays(-90), data.today.addDays(365)};
    case ChartZoom::All: break;
    }
    return {data.firstDate, data.lastDate};
}

QList<LadderMonth> expiryLadder(const ScopeForecast &scope)
{
    QList<LadderMonth> months;
    const QDate first(scope.today.year(), scope.today.month(), 1);
    QDate last;
    for (const LotForecast &lot : scope.projection.lots) {
        if (lot.expiryDate.isValid() && lot.balanceNow.isPositive() && (!last.isValid() || lot.expiryDate > last))
            last = lot.expiryDate;
    }
    if (!last.isValid())
        return months;
    for (QDate month = first; month <= last; month = month.addMonths(1))
        months.append({month, Money::zero(scope.scope.currency), Money::zero(scope.scope.currency), {}});
    for (const LotForecast &lot : scope.projection.lots) {
        if (!lot.expiryDate.isValid() || !lot.balanceNow.isPositive())
            continue;
        const qsizetype index = (lot.expiryDate.year() - first.year()) * 12 + lot.expiryDate.month() - first.month();
        if (index < 0)
            continue;
        LadderMonth &bar = months[index];
        bar.lotIds.append(lot.lotId);
        // One scope, one currency (buildForecast); an overflow keeps the bar as it was.
        bar.expiring = bar.expiring.checkedAdd(lot.balanceNow).value_or(bar.expiring);
        if (lot.expiryProjected)
            bar.predictedUnused = bar.predictedUnused.checkedAdd(lot.predictedUnused).value_or(bar.predictedUnused);
    }
    return months;
}

} // namespace CreditDesk::Forecast
