// The Overview end to end: sign in to the in-process sandbox, load every billing scope, and
// check that the chart shows exactly what the core forecast says for the same data — series,
// axis range, expiry markers, the "now" balance's source — and that reminders fired into the
// banner (offscreen has no system tray).
#include "charts/expiryladderview.h"
#include "charts/forecastchartview.h"
#include "filters/creditfilterproxy.h"
#include "forecast/remindernotice.h"
#include "mainwindow.h"
#include "models/eventtablemodel.h"
#include "models/lottablemodel.h"
#include "overviewpage.h"
#include "reminderpresenter.h"
#include "server/sandboxhost.h"
#include "services/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTableView>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace CreditDesk;
using namespace Qt::StringLiterals;

class TestOverviewSandbox : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dataDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CreditDeskTests"_s);
        QCoreApplication::setApplicationName(u"tst_overviewsandbox"_s);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void chartMatchesTheCoreForecastOfTheSandboxData()
    {
        Sandbox::SandboxOptions options;
        options.autoApprove = true;
        options.deviceCodeIntervalSeconds = 1;
        options.dataDir = m_dataDir.path();
        Sandbox::SandboxHost sandbox;
        QString error;
        QVERIFY2(sandbox.start(options, &error), qPrintable(error));

        Workspace workspace(Cloud::sandbox(sandbox.baseUrl()), u"organizations"_s, u"creditdesk-tests"_s);
        MainWindow window(&workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(u"signInAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(workspace.state() == Workspace::State::Idle && workspace.lots()->rowCount() > 0, 60'000);
        QVERIFY(!workspace.creditSummaries().isEmpty());

        // The same data through the core, as the CLI's "risk" does.
        Forecast::ForecastInput input;
        input.lots = workspace.lots()->lots();
        input.events = workspace.events()->events();
        for (const auto &[profile, summary] : workspace.creditSummaries())
            input.summaries.append({QString(), profile, summary});
        input.today = QDateTime::currentDateTimeUtc().date();
        const Forecast::ForecastReport expected = Forecast::buildForecast(input);
        QVERIFY(!expected.scopes.isEmpty());

        OverviewPage *page = window.overviewPage();
        QTRY_COMPARE(page->report().scopes.size(), expected.scopes.size());
        QCOMPARE(page->scopeSelector()->count(), expected.scopes.size());
        QCOMPARE(page->report().overall, expected.overall);
        const bool anyEstimated = std::any_of(expected.scopes.cbegin(), expected.scopes.cend(), [](const auto &s) {
            return s.balanceSource == Forecast::BalanceSource::EstimatedBalance;
        });
        QVERIFY2(anyEstimated, "the sandbox's balance summaries should give an estimated balance");

        ForecastChartView *chart = page->chartView();
        for (int index = 0; index < page->scopeSelector()->count(); ++index) {
            page->scopeSelector()->setCurrentIndex(index);
            const Forecast::ScopeForecast *scope = expected.find(page->scopeSelector()->currentData().toString());
            QVERIFY(scope);
            QCOMPARE(page->report().scopes.at(index).balanceNow, scope->balanceNow);
            // The chart says which balance "today" is.
            QVERIFY2(chart->chart()->title().contains(Forecast::balanceSourceText(scope->balanceSource)),
                     qPrintable(chart->chart()->title()));
            const Forecast::ChartData data = Forecast::chartData(*scope);
            auto *projection = chart->chart()->findChild<QLineSeries *>(u"projection"_s);
            auto *history = chart->chart()->findChild<QLineSeries *>(u"history"_s);
            QVERIFY(projection && history);
            QCOMPARE(projection->count(), data.projection.size());
            for (int i = 0; i < projection->count(); ++i)
                QCOMPARE(projection->at(i), QPointF(qreal(data.projection[i].x), data.projection[i].y));
            QCOMPARE(history->count(), data.history.size());
            // Each expiry in the series of its lot's risk, in expiry order.
            QList<QPointF> shown[2];
            for (const auto &[name, slot] : {std::pair{u"expiriesUsedUp"_s, 0}, std::pair{u"expiriesUnused"_s, 1}}) {
                if (auto *markers = chart->chart()->findChild<QScatterSeries *>(name))
                    shown[slot] = markers->points();
            }
            QCOMPARE(shown[0].size() + shown[1].size(), data.markers.size());
            int seen[2] = {0, 0};
            for (const Forecast::ExpiryMarker &marker : data.markers) {
                const int slot = marker.risk == Forecast::RiskLevel::Low ? 0 : 1;
                QCOMPARE(Forecast::utcDateAtAxisMSecs(qint64(shown[slot].at(seen[slot]++).x())), marker.expiryDate.addDays(1));
            }
            // The ladder shows the same scope's months.
            QCOMPARE(page->ladderView()->months(), Forecast::expiryLadder(*scope));
            QCOMPARE(chart->valueAxis()->titleText(), scope->scope.currency);
            QVERIFY(chart->valueAxis()->max() >= data.maxY);
            const auto [first, last] = Forecast::zoomRange(data, chart->zoom());
            QCOMPARE(chart->dateAxis()->min().date(), first);
            QCOMPARE(chart->dateAxis()->max().date(), last);
        }

        // A month of the ladder opens the Lots page with exactly that month's lots selected.
        ExpiryLadderView *ladder = page->ladderView();
        const auto month = std::find_if(ladder->months().cbegin(), ladder->months().cend(),
                                        [](const Forecast::LadderMonth &m) { return !m.lotIds.isEmpty(); });
        QVERIFY(month != ladder->months().cend());
        const QStringList monthLots = month->lotIds;
        Q_EMIT ladder->table()->activated(ladder->table()->model()->index(int(month - ladder->months().cbegin()), 0));
        QVERIFY(window.lotsView()->isVisible());
        QStringList selected;
        for (const QModelIndex &row : window.lotsView()->selectionModel()->selectedRows()) {
            const QModelIndex source = window.lotsProxy()->mapToSource(row);
            selected.append(workspace.lots()->lot(source.row()).id);
        }
        selected.sort();
        QStringList expectedLots = monthLots;
        expectedLots.sort();
        QCOMPARE(selected, expectedLots);
        window.showPage(MainWindow::OverviewPage);

        // Reminders were evaluated with the complete figures; without a tray they are a banner.
        QList<Forecast::ExpiryItem> items = Forecast::expiryItemsFromForecast(expected);
        const bool somethingDue = !Forecast::expiringWithin(items, input.today, 90).isEmpty();
        QVERIFY2(somethingDue, "the sandbox world has credit expiring within 90 days");
        ReminderPresenter *reminders = window.reminders();
        QCOMPARE(!reminders->lastNotice().isEmpty(), somethingDue);
        QCOMPARE(reminders->banner()->isVisible(), somethingDue);
        if (somethingDue) {
            // "Show" opens the Overview at the first lot.
            window.showPage(MainWindow::LotsPage);
            Q_EMIT reminders->showRequested(reminders->lastNotice().lotIds);
            QVERIFY(page->isVisible());
        }
    }
};

QTEST_MAIN(TestOverviewSandbox)
#include "tst_overviewsandbox.moc"
