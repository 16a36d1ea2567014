// The Overview's chart and ladder, built from a forecast, checked against it; and a
// screenshot of the page rendered offscreen (kept in the build directory as an artifact).
#include "charts/forecastchartview.h"
#include "core/displayformat.h"
#include "models/risktablemodel.h"
#include "overview/summarycards.h"
#include "overviewpage.h"
#include "../forecast/overviewfixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAreaSeries>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QLabel>
#include <QHeaderView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
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
const QString kContosoUsd = u"acct1/profile:PROF-1:USD"_s;
const QString kFabrikamUsd = u"acct1/profile:PROF-2:USD"_s;
const QString kContosoEur = u"acct1/profile:PROF-1:EUR"_s;
const QString kFabrikamJpy = u"acct1/profile:PROF-2:JPY"_s;

/// The page as it looks, kept in the build directory for a visual review.
void saveArtifact(QWidget &page, const QString &name)
{
    QVERIFY(page.grab().save(QDir(QStringLiteral(CREDITDESK_ARTIFACT_DIR)).filePath(name)));
}

QStringList riskKeysInOrder(const QAbstractItemModel *model)
{
    QStringList keys;
    for (int row = 0; row < model->rowCount(); ++row)
        keys.append(model->index(row, 0).data(RiskTableModel::ScopeKeyRole).toString());
    return keys;
}

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
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

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
        // The risk table names the chosen scope, with what will be lost in its advice's tooltip.
        const QModelIndex riskRow = page.riskTable()->currentIndex();
        QVERIFY(riskRow.isValid());
        QCOMPARE(riskRow.data(RiskTableModel::ScopeKeyRole).toString(), key);
        QVERIFY(riskRow.siblingAtColumn(RiskTableModel::AdviceColumn).data(Qt::ToolTipRole).toString().contains(
            u"of it will be lost"_s));

        // Activating a row names its lot, as clicking its marker does.
        QSignalSpy activated(&page, &OverviewPage::lotActivated);
        Q_EMIT page.table()->activated(page.table()->model()->index(1, 0));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated[0][0].toString(), scope->projection.lots[1].lotId);

        page.scopeSelector()->setCurrentIndex(page.scopeSelector()->currentIndex() == 0 ? 1 : 0);
        QCOMPARE(chart->valueAxis()->titleText(), u"EUR"_s);
    }

    void cardsShowEachCurrencysFigures()
    {
        OverviewPage page;
        page.resize(1110, 760); // the page's share of a 1280×800 screen beside the navigation
        page.setReport(overviewFixture(), overviewFixtureNames());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        SummaryCards *cards = page.summaryCards();
        QCOMPARE(cards->currencies(), (QStringList{u"EUR"_s, u"JPY"_s, u"USD"_s}));
        // Worked out by hand in overviewfixture.h: A+B+C+D; A, D; and B; B's rest and D; X.
        const std::pair<SummaryCards::Figure, QString> dollars[] = {
            {SummaryCards::Remaining, u"$3,000.00"_s},  {SummaryCards::Expiring30, u"$500.00"_s},
            {SummaryCards::Expiring60, u"$1,000.00"_s}, {SummaryCards::Expiring90, u"$1,000.00"_s},
            {SummaryCards::PredictedUnused, u"$590.00"_s}, {SummaryCards::AlreadyLost, u"$30.00"_s},
        };
        for (const auto &[figure, text] : dollars) {
            SummaryCard *card = cards->card(u"USD"_s, figure);
            QVERIFY(card);
            QCOMPARE(card->value(), text);
            QVERIFY(card->isVisible());
            // Six cards side by side fit the page: none is cut off on the right.
            QVERIFY2(card->mapTo(&page, QPoint(card->width(), 0)).x() <= page.width(), qPrintable(card->caption()));
        }
        SummaryCard *remaining = cards->card(u"USD"_s, SummaryCards::Remaining);
        QCOMPARE(remaining->accessibleName(), u"USD: Remaining"_s);
        QVERIFY(remaining->accessibleDescription().startsWith(u"$3,000.00"_s));
        QCOMPARE(cards->card(u"JPY"_s, SummaryCards::Expiring60)->value(), formatMoney(Money(20000, u"JPY"_s), QLocale()));
        QCOMPARE(cards->card(u"JPY"_s, SummaryCards::Expiring30)->value(), formatMoney(Money(0, u"JPY"_s), QLocale()));
        QCOMPARE(cards->card(u"EUR"_s, SummaryCards::Remaining)->value(), formatMoney(Money(80000, u"EUR"_s), QLocale()));
        QCOMPARE(cards->card(u"USD"_s, SummaryCards::Expiring30)->y(), cards->card(u"USD"_s, SummaryCards::AlreadyLost)->y());

        // Narrower than six cards: each currency's cards wrap onto two lines instead of overflowing.
        page.resize(640, 760);
        QTRY_VERIFY(cards->card(u"USD"_s, SummaryCards::AlreadyLost)->y() > cards->card(u"USD"_s, SummaryCards::Remaining)->y());
    }

    void keyboardSortsAndChoosesAScopeFromTheRiskTable()
    {
        OverviewPage page;
        page.resize(1280, 900);
        page.setReport(overviewFixture(), overviewFixtureNames());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTableView *risk = page.riskTable();
        QAbstractItemModelTester tester(risk->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Worst first: sorted by risk, and the chart shows the Loss scope.
        QCOMPARE(riskKeysInOrder(risk->model()), (QStringList{kContosoUsd, kFabrikamUsd, kContosoEur, kFabrikamJpy}));
        QCOMPARE(page.currentScopeKey(), kContosoUsd);
        QCOMPARE(risk->currentIndex().row(), 0);

        // Alt+K, the heading's mnemonic, reaches the table.
        QTest::keyClick(&page, Qt::Key_K, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), risk);

        // Sorted by next expiry, soonest first, by its header.
        QHeaderView *header = risk->horizontalHeader();
        const QPoint section(header->sectionViewportPosition(RiskTableModel::NextExpiryColumn) + 5, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, section);
        if (header->sortIndicatorOrder() != Qt::AscendingOrder)
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, section);
        QCOMPARE(header->sortIndicatorSection(), int(RiskTableModel::NextExpiryColumn));
        QCOMPARE(riskKeysInOrder(risk->model()), (QStringList{kContosoUsd, kFabrikamUsd, kFabrikamJpy, kContosoEur}));
        // The chosen scope stays chosen through the sort.
        QCOMPARE(risk->currentIndex().row(), 0);
        QCOMPARE(page.currentScopeKey(), kContosoUsd);

        // Moving down the table shows each scope in the chart below.
        risk->setFocus();
        QTest::keyClick(risk, Qt::Key_Down);
        QCOMPARE(page.currentScopeKey(), kFabrikamUsd);
        QTest::keyClick(risk, Qt::Key_Down);
        QCOMPARE(page.currentScopeKey(), kFabrikamJpy);
        QCOMPARE(page.chartView()->valueAxis()->titleText(), u"JPY"_s);
        QTest::keyClick(risk, Qt::Key_Down);
        QCOMPARE(page.currentScopeKey(), kContosoEur);
        QCOMPARE(page.scopeSelector()->currentData().toString(), kContosoEur);

        // Enter goes on to that scope's lots; Enter there opens the lot, as on the chart.
        QTest::keyClick(risk, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), page.table());
        QCOMPARE(page.table()->model()->rowCount(), 1);
        QCOMPARE(page.table()->model()->index(0, 0).data().toString(), u"E"_s);
        QSignalSpy activated(&page, &OverviewPage::lotActivated);
        QTest::keyClick(page.table(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QVERIFY(activated[0][0].toString().endsWith(u"/lots/E"_s));

        // Choosing a scope above the chart selects its row.
        page.scopeSelector()->setCurrentIndex(page.scopeSelector()->findData(kFabrikamUsd));
        QCOMPARE(risk->currentIndex().data(RiskTableModel::ScopeKeyRole).toString(), kFabrikamUsd);
    }

    void designedStates()
    {
        OverviewPage page;
        page.resize(1110, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        OverviewStatus *status = page.status();
        QSignalSpy refresh(status, &OverviewStatus::refreshRequested);
        const QWidget *body = page.findChild<QWidget *>(u"overviewBody"_s);
        QVERIFY(body);

        // No credits at all: say so and what to do, with a way to try again.
        page.setReport({});
        QCOMPARE(status->kind(), OverviewStatus::Kind::Empty);
        QVERIFY(status->isVisible());
        QVERIFY(!body->isVisible());
        QCOMPARE(status->titleLabel()->text(), u"No Azure credits found"_s);
        QVERIFY(status->textLabel()->text().contains(u"billing reader role"_s));
        QVERIFY(status->actionButton()->isVisible());
        QTest::mouseClick(status->actionButton(), Qt::LeftButton);
        QCOMPARE(refresh.size(), 1);
        saveArtifact(page, u"overview-state-empty.png"_s);

        // Loading, nothing to show yet: progress by billing scope.
        OverviewLoadState loading;
        loading.refreshing = true;
        loading.scopesDone = 2;
        loading.scopesTotal = 5;
        page.setLoadState(loading);
        QCOMPARE(status->kind(), OverviewStatus::Kind::Loading);
        QCOMPARE(status->titleLabel()->text(), u"Loading your credits…"_s);
        QVERIFY(status->progressBar()->isVisible());
        QCOMPARE(status->progressBar()->value(), 2);
        QCOMPARE(status->progressBar()->maximum(), 5);
        QVERIFY(!status->actionButton()->isVisible());
        saveArtifact(page, u"overview-state-loading.png"_s);
        // The first figures arrive: they show under a strip that says they are still coming.
        page.setReport(overviewFixture(), overviewFixtureNames());
        QCOMPARE(status->kind(), OverviewStatus::Kind::Loading);
        QCOMPARE(status->titleLabel()->text(), u"Refreshing the credits…"_s);
        QVERIFY(body->isVisible());

        // The offline copy, with its date.
        OverviewLoadState offline;
        offline.offlineAsOf = QDateTime(QDate(2026, 11, 20), QTime(14, 43), QTimeZone::utc());
        page.setLoadState(offline);
        QCOMPARE(status->kind(), OverviewStatus::Kind::Offline);
        QCOMPARE(status->titleLabel()->text(), u"Offline copy from "_s + DisplayFormat::utcDateTime(offline.offlineAsOf));
        QVERIFY(status->titleLabel()->text().contains(u"Nov 20, 2026"_s));
        QVERIFY(status->actionButton()->isVisible());
        // Signed out, the offline copy stays readable but cannot be refreshed from here.
        offline.signedIn = false;
        page.setLoadState(offline);
        QCOMPARE(status->kind(), OverviewStatus::Kind::Offline);
        QVERIFY(!status->actionButton()->isVisible());
        QVERIFY(status->textLabel()->text().endsWith(u"Sign in to refresh them."_s));

        // A failed scope: inline, with Retry on Alt+Y.
        OverviewLoadState failed;
        failed.failures = {u"Contoso: The service is unavailable."_s};
        failed.lastRefreshIncomplete = true;
        page.setLoadState(failed);
        QCOMPARE(status->kind(), OverviewStatus::Kind::Error);
        QCOMPARE(status->titleLabel()->text(), u"A billing scope could not be read"_s);
        QVERIFY(status->textLabel()->text().contains(u"Contoso: The service is unavailable."_s));
        QVERIFY(body->isVisible());
        saveArtifact(page, u"overview-state-error.png"_s);
        QTest::keyClick(&page, Qt::Key_Y, Qt::AltModifier);
        QTRY_COMPARE(refresh.size(), 2); // a mnemonic clicks the button after its press animation
        // The same failure with nothing loaded stands in for the page.
        page.setReport({});
        QCOMPARE(status->kind(), OverviewStatus::Kind::Error);
        QVERIFY(!body->isVisible());

        // Live and complete: no panel at all.
        page.setLoadState({});
        page.setReport(overviewFixture(), overviewFixtureNames());
        QCOMPARE(status->kind(), OverviewStatus::Kind::None);
        QVERIFY(!status->isVisible());
    }

    void screenshotOfTheOverview()
    {
        OverviewPage page;
        page.resize(1280, 900);
        page.setReport(sampleReport(), {{kProfile, u"Contoso Operations"_s}});
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
