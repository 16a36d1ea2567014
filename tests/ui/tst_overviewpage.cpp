// The Overview's chart and ladder, built from a forecast, checked against it; and a
// screenshot of the page rendered offscreen (kept in the build directory as an artifact).
#include "charts/forecastchartview.h"
#include "overviewpage.h"
#include "../forecast/forecasttestdata.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAreaSeries>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QValueAxis>

using namespace CreditDesk;
using namespace CreditDesk::TestData;
using namespace Qt::StringLiterals;

namespace {
const QDate kToday(2026, 11, 22);

Forecast::ForecastReport sampleReport()
{
    const Lot b = lot(u"Promo-B"_s, 420000, kToday.addDays(-300), kToday.addDays(30));
    const Lot a = lot(u"Purchased-A"_s, 50000, kToday.addDays(-300), kToday.addDays(10));
    const Lot c = lot(u"Commit-C"_s, 900000, kToday.addDays(-100), kToday.addDays(200));
    const Lot eur = lot(u"Euro"_s, 100000, kToday.addDays(-100), kToday.addDays(400), u"EUR"_s);
    QList<CreditEvent> events = dailyCharges(b, kToday, 1000);
    events += dailyCharges(eur, kToday, 500);
    for (int i = 0; i < 10; ++i)
        events.append(chargeEvent(b, utc(kToday.addDays(-90 + 9 * i)), CreditEventType::SettledCharges, 0,
                                  1500000 - 10000 * i));
    Forecast::ForecastInput input;
    input.lots = {a, b, c, eur};
    input.events = events;
    input.today = kToday;
    return Forecast::buildForecast(input);
}
} // namespace

class TestOverviewPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chartMatchesTheForecast()
    {
        OverviewPage page;
        page.resize(1200, 900);
        const Forecast::ForecastReport report = sampleReport();
        page.setReport(report, {{kProfile, u"Contoso Operations"_s}});
        QAbstractItemModelTester tester(page.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The riskiest scope is shown first; USD and EUR are separate choices, never one axis.
        QCOMPARE(page.scopeSelector()->count(), 2);
        const QString key = page.scopeSelector()->currentData().toString();
        const Forecast::ScopeForecast *scope = report.find(key);
        QVERIFY(scope);
        QCOMPARE(scope->scope.currency, u"USD"_s);
        QCOMPARE(scope->risk.level, Forecast::RiskLevel::High);

        ForecastChartView *chart = page.chartView();
        const Forecast::ChartData expected = Forecast::chartData(*scope);
        auto *projection = chart->chart()->findChild<QLineSeries *>(u"projection"_s);
        QVERIFY(projection);
        QCOMPARE(projection->count(), expected.projection.size());
        QCOMPARE(projection->at(0), QPointF(qreal(expected.projection[0].x), expected.projection[0].y));
        QCOMPARE(projection->pen().style(), Qt::DashLine);
        auto *history = chart->chart()->findChild<QLineSeries *>(u"history"_s);
        QCOMPARE(history->count(), expected.history.size());
        QVERIFY(chart->chart()->findChild<QAreaSeries *>(u"predictedLoss"_s));
        // Expiries in their lot's risk colour and shape: used up in time (Low) and balance left
        // unused (High), each marker in the series of its risk, in expiry order.
        auto *usedUp = chart->chart()->findChild<QScatterSeries *>(u"expiriesUsedUp"_s);
        auto *unused = chart->chart()->findChild<QScatterSeries *>(u"expiriesUnused"_s);
        // A series without markers is left out of the chart (and so of its legend).
        if (usedUp) {
            QCOMPARE(usedUp->color(), riskColor(Forecast::RiskLevel::Low));
            QCOMPARE(usedUp->markerShape(), QScatterSeries::MarkerShapeCircle);
        }
        QVERIFY(unused);
        QCOMPARE(unused->color(), riskColor(Forecast::RiskLevel::High));
        QCOMPARE(unused->markerShape(), QScatterSeries::MarkerShapeTriangle);
        QCOMPARE((usedUp ? usedUp->count() : 0) + unused->count(), expected.markers.size());
        int lowSeen = 0;
        int highSeen = 0;
        for (const Forecast::ExpiryMarker &marker : expected.markers) {
            const bool low = !marker.predictedUnused.isPositive();
            const QPointF point = low ? usedUp->at(lowSeen++) : unused->at(highSeen++);
            QCOMPARE(point.x(), qreal(marker.x));
            // On the projected line, at the top of the drop.
            const auto onLine = std::find_if(expected.projection.cbegin(), expected.projection.cend(),
                                             [&](const Forecast::ChartPoint &p) { return p.x == marker.x; });
            QVERIFY(onLine != expected.projection.cend());
            QCOMPARE(point.y(), onLine->y);
        }
        QCOMPARE(highSeen, unused->count());
        // The legend draws each series as it is drawn (dash, triangle), not as a colour swatch.
        QCOMPARE(chart->chart()->legend()->markerShape(), QLegend::MarkerShapeFromSeries);
        auto *band = chart->chart()->findChild<QAreaSeries *>(u"predictedLoss"_s);
        QCOMPARE(band->brush().style(), Qt::BDiagPattern);
        QCOMPARE(band->brush().color(), riskColor(Forecast::RiskLevel::High));
        QCOMPARE(chart->chart()->legend()->markers(band).constFirst()->shape(), QLegend::MarkerShapeRectangle);
        QCOMPARE(chart->valueAxis()->titleText(), u"USD"_s);
        // Default zoom: 30 days back to 90 ahead. The axis labels (local time, Qt 6.4) read the
        // UTC dates in any zone: this test also runs under TZ=America/Los_Angeles.
        const QString format = chart->dateAxis()->format();
        QCOMPARE(chart->dateAxis()->min().toString(format), kToday.addDays(-30).toString(format));
        QCOMPARE(chart->dateAxis()->max().toString(format), kToday.addDays(90).toString(format));
        QCOMPARE(Forecast::utcDateAtAxisMSecs(qint64(projection->at(0).x())), expected.projection[0].date);
        auto *todayLine = chart->chart()->findChild<QLineSeries *>(u"today"_s);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(todayLine->at(0).x())).toString(format), kToday.toString(format));
        QVERIFY(chart->valueAxis()->max() >= expected.maxY);
        chart->setZoom(Forecast::ChartZoom::All);
        QCOMPARE(chart->dateAxis()->min().date(), expected.firstDate);

        // The accessible table has the same numbers, one row per lot.
        QCOMPARE(page.table()->model()->rowCount(), scope->projection.lots.size());
        QCOMPARE(page.table()->model()->index(0, 0).data().toString(), scope->projection.lots[0].lotName);
        QVERIFY(page.riskSummary()->text().contains(u"of it will be lost"_s));

        // Activating a row names its lot, as clicking its marker does.
        QSignalSpy activated(&page, &OverviewPage::lotActivated);
        Q_EMIT page.table()->activated(page.table()->model()->index(1, 0));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated[0][0].toString(), scope->projection.lots[1].lotId);

        page.scopeSelector()->setCurrentIndex(page.scopeSelector()->currentIndex() == 0 ? 1 : 0);
        QCOMPARE(chart->valueAxis()->titleText(), u"EUR"_s);
    }

    void screenshotOfTheOverview()
    {
        OverviewPage page;
        page.resize(1280, 900);
        page.setReport(sampleReport(), {{kProfile, u"Contoso Operations"_s}});
        page.totalsLabel()->setText(u"<h3>Totals</h3>"_s);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString file = QDir(QStringLiteral(CREDITDESK_ARTIFACT_DIR)).filePath(u"overview-screenshot.png"_s);
        QVERIFY(page.grab().save(file));
        QVERIFY(QFileInfo(file).size() > 10000);
        const QString chartFile = QDir(QStringLiteral(CREDITDESK_ARTIFACT_DIR)).filePath(u"overview-chart.pdf"_s);
        QVERIFY(page.exportChart(chartFile));
        QVERIFY(QFileInfo(chartFile).size() > 1000);
    }
};

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
