// Chart and expiry-ladder data computed in core: what the chart widget draws, as plain values.
#include "forecast/chartseries.h"
#include "forecasttestdata.h"

#include <QTest>

using namespace CreditDesk;
using namespace CreditDesk::Forecast;
using namespace CreditDesk::TestData;
using namespace Qt::StringLiterals;

namespace {
const QDate kToday(2026, 11, 22);

ScopeForecast twoLots()
{
    // 10.00 a day. A (50.00) expires in 10 days and is used up; B (1,000.00) expires in 40
    // with 640.00 left.
    const Lot b = lot(u"B"_s, 100000, kToday.addDays(-300), kToday.addDays(40));
    const Lot a = lot(u"A"_s, 5000, kToday.addDays(-300), kToday.addDays(10));
    QList<CreditEvent> events = dailyCharges(b, kToday, 1000);
    events.append(chargeEvent(b, utc(kToday.addDays(-20)), CreditEventType::NewCredit, 0, 120000));
    ForecastInput input;
    input.lots = {a, b};
    input.events = events;
    input.today = kToday;
    return buildForecast(input).scopes.constFirst();
}
} // namespace

class TestChartSeries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void markersStandAtTheEndOfTheExpiryDay()
    {
        const ChartData data = chartData(twoLots());
        QCOMPARE(data.currency, u"USD"_s);
        QCOMPARE(data.risk, RiskLevel::High);
        QCOMPARE(data.markers.size(), 2);
        QCOMPARE(data.markers[0].lotName, u"A"_s);
        QCOMPARE(data.markers[0].predictedUnused, Money(0, u"USD"_s));
        QCOMPARE(data.markers[0].risk, RiskLevel::Low); // A is used up before it expires
        QCOMPARE(data.markers[1].risk, RiskLevel::High); // B keeps 640.00 it will lose
        QCOMPARE(data.markers[1].expiryDate, kToday.addDays(40));
        QCOMPARE(data.markers[1].x, dateAxisMSecs(kToday.addDays(41)));
        QCOMPARE(data.markers[1].predictedUnused, Money(64000, u"USD"_s));
        // Local midnight of the UTC date: what a QDateTimeAxis labels with that date.
        QCOMPARE(utcDateAtAxisMSecs(data.todayX), kToday);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(data.todayX).time(), QTime(0, 0));
        QCOMPARE(data.lossSpans.size(), 1);
        QCOMPARE(data.lossSpans[0].to, kToday.addDays(40));
    }
    void lossBandIsThePredictedUnusedAmount()
    {
        const ChartData data = chartData(twoLots());
        QCOMPARE(data.projection.size(), data.lossLower.size());
        QCOMPARE(data.projection.constFirst().amount.checkedSubtract(data.lossLower.constFirst().amount), Money(64000, u"USD"_s));
        QCOMPARE(data.projection.constLast().amount, Money(0, u"USD"_s));
        QCOMPARE(data.lossLower.constLast().amount, Money(0, u"USD"_s));
        QCOMPARE(data.projection.constFirst().y, 1050.0);
        QCOMPARE(data.maxY, 1200.0); // the history's 1,200.00
        QCOMPARE(data.history.size(), 1);
        QCOMPARE(data.firstDate, kToday.addDays(-20));
        QCOMPARE(data.lastDate, kToday.addDays(91)); // the projection runs to the 90-day horizon
    }
    void zoomWindowsAroundToday()
    {
        const ChartData data = chartData(twoLots());
        QCOMPARE(zoomRange(data, ChartZoom::Days30), std::make_pair(kToday.addDays(-7), kToday.addDays(30)));
        QCOMPARE(zoomRange(data, ChartZoom::Days90), std::make_pair(kToday.addDays(-30), kToday.addDays(90)));
        QCOMPARE(zoomRange(data, ChartZoom::Days365), std::make_pair(kToday.addDays(-90), kToday.addDays(365)));
        QCOMPARE(zoomRange(data, ChartZoom::All), std::make_pair(data.firstDate, data.lastDate));
    }
    void ladderHasEveryMonthUpToTheLastExpiry()
    {
        const QList<LadderMonth> ladder = expiryLadder(twoLots());
        // A expires 2 December, B 1 January: November (empty), December, January.
        QCOMPARE(ladder.size(), 3);
        QCOMPARE(ladder[0].month, QDate(2026, 11, 1));
        QCOMPARE(ladder[0].expiring, Money(0, u"USD"_s));
        QCOMPARE(ladder[1].expiring, Money(5000, u"USD"_s));
        QCOMPARE(ladder[2].month, QDate(2027, 1, 1));
        QCOMPARE(ladder[2].expiring, Money(100000, u"USD"_s));
        QCOMPARE(ladder[2].predictedUnused, Money(64000, u"USD"_s));
    }
};

QTEST_GUILESS_MAIN(TestChartSeries)
#include "tst_chartseries.moc"
