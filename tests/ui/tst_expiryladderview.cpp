// The expiry ladder as a user meets it, offscreen: month labels that are read, not "…", at the
// widths the Overview gives it; small months tall enough to see and point at; exact amounts
// on hover; a click (or Enter, or a table row) that names the month and its lots.
#include "charts/expiryladderview.h"
#include "../forecast/forecasttestdata.h"

#include <QApplication>
#include <QBarSeries>
#include <QCategoryAxis>
#include <QChartView>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

using namespace CreditDesk;
using namespace CreditDesk::TestData;
using namespace Qt::StringLiterals;

namespace {
const QDate kToday(2026, 11, 22);

struct Sample
{
    QList<Lot> lots;
    Forecast::ScopeForecast scope;
};

/// Fourteen months, November 2026 to December 2027: 250.00 in December, 40.00 in February,
/// 150,000.00 in June and 600.00 in December 2027; no consumption.
Sample sample()
{
    Sample s;
    s.lots = {lot(u"Small"_s, 25000, kToday.addDays(-300), {2026, 12, 20}),
              lot(u"Tiny"_s, 4000, kToday.addDays(-300), {2027, 2, 10}),
              lot(u"Bulk"_s, 15000000, kToday.addDays(-300), {2027, 6, 15}),
              lot(u"Year"_s, 60000, kToday.addDays(-300), {2027, 12, 31})};
    Forecast::ForecastInput input;
    input.lots = s.lots;
    input.today = kToday;
    s.scope = Forecast::buildForecast(input).scopes.constFirst();
    return s;
}
} // namespace

class TestExpiryLadderView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void monthLabelsAreNeverElided_data()
    {
        QTest::addColumn<int>("width");
        // 430: the ladder's share of the Overview in a 1280×800 window (beside the lots table);
        // 1,090: the whole page width there; 300: a narrow window.
        QTest::newRow("1280x800 beside the table") << 430;
        QTest::newRow("1280x800 full width") << 1090;
        QTest::newRow("narrow") << 300;
    }
    void monthLabelsAreNeverElided()
    {
        QFETCH(int, width);
        ExpiryLadderView ladder;
        ladder.resize(width, 300);
        ladder.setScope(sample().scope);
        ladder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ladder));
        QCOMPARE(ladder.months().size(), 14);
        QCategoryAxis *axis = ladder.monthAxis();
        QTRY_VERIFY(ladder.chartView()->chart()->plotArea().width() > 0);
        QCoreApplication::processEvents();
        // Qt Charts elides a label that does not fit its share to "…" and says so here.
        QVERIFY2(!axis->labelsTruncated(), qPrintable(axis->categoriesLabels().join(u", "_s)));
        const QStringList labels = axis->categoriesLabels();
        QVERIFY(!labels.isEmpty());
        for (const QString &label : labels)
            QVERIFY2(!label.contains(u"…"_s) && !label.contains(u"..."_s), qPrintable(label));
        // Each label is the abbreviated month of a month the layout labels.
        QStringList expected;
        for (const Forecast::LadderMonth &month : ladder.months()) {
            if (ladder.labelLayout().labels(month.month))
                expected.append(QLocale().toString(month.month, u"MMM yy"_s));
        }
        QCOMPARE(labels, expected);
        if (width >= 1000) {
            QCOMPARE(ladder.labelLayout().step, 1); // all fourteen months, level
            QCOMPARE(ladder.labelLayout().angle, 0);
            QCOMPARE(labels.constFirst(), u"Nov 26"_s);
        }
    }

    void smallMonthsAreTallEnoughToSee()
    {
        ExpiryLadderView ladder;
        ladder.resize(430, 300);
        ladder.setScope(sample().scope);
        ladder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ladder));
        QTRY_VERIFY(ladder.chartView()->chart()->plotArea().height() > 0);
        // 40.00 beside 150,000.00: a linear axis would draw it 0.05 px tall.
        QVERIFY(ladder.scale().logarithmic);
        QVERIFY(ladder.findChild<QLabel *>(u"ladderTitle"_s)->text().contains(u"log scale"_s));
        QCOMPARE(ladder.amountAxis()->titleText(), u"USD"_s);
        QChart *chart = ladder.chartView()->chart();
        auto *series = qobject_cast<QBarSeries *>(chart->series().constFirst());
        const int february = 3;
        const qreal top = chart->mapToPosition({qreal(february), ladder.scale().position(Money(4000, u"USD"_s))}, series).y();
        const qreal base = chart->mapToPosition({qreal(february), 0}, series).y();
        QVERIFY2(base - top >= 10, qPrintable(QString::number(base - top)));
    }

    void hoverShowsTheExactAmounts()
    {
        ExpiryLadderView ladder;
        ladder.resize(430, 300);
        ladder.setScope(sample().scope);
        ladder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ladder));
        QTRY_VERIFY(ladder.chartView()->chart()->plotArea().width() > 0);
        const int december = 1;
        QTest::mouseMove(ladder.chartView()->viewport(), ladder.barPosition(december));
        QTRY_VERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QVERIFY2(text.startsWith(u"December 2026\n"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Expiring: "_s + formatMoney(Money(25000, u"USD"_s), QLocale())), qPrintable(text));
        QVERIFY2(text.contains(u"1 lot"_s), qPrintable(text));
        // June holds the 150,000.00, to the cent.
        const int june = 7;
        QTest::mouseMove(ladder.chartView()->viewport(), ladder.barPosition(june));
        QTRY_VERIFY(QToolTip::text().startsWith(u"June 2027\n"_s));
        QVERIFY(QToolTip::text().contains(formatMoney(Money(15000000, u"USD"_s), QLocale())));
        QToolTip::hideText();
    }

    void clickEmitsTheMonthAndItsLots()
    {
        const Sample s = sample();
        ExpiryLadderView ladder;
        ladder.resize(430, 300);
        ladder.setScope(s.scope);
        ladder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ladder));
        QTRY_VERIFY(ladder.chartView()->chart()->plotArea().width() > 0);
        QSignalSpy activated(&ladder, &ExpiryLadderView::monthActivated);

        const int february = 3;
        QTest::mouseClick(ladder.chartView()->viewport(), Qt::LeftButton, {}, ladder.barPosition(february));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated[0][0].toString(), s.scope.scope.key());
        QCOMPARE(activated[0][1].toDate(), QDate(2027, 2, 1));
        QCOMPARE(activated[0][2].toStringList(), QStringList{s.lots[1].id}); // "Tiny"

        // January has nothing expiring: nothing to show, no signal.
        const int january = 2;
        const QPoint januaryColumn(ladder.barPosition(january).x(), ladder.barPosition(february).y());
        QTest::mouseClick(ladder.chartView()->viewport(), Qt::LeftButton, {}, januaryColumn);
        QCOMPARE(activated.size(), 1);

        // The keyboard: Home is November (empty), Right moves to December, Enter shows it.
        ladder.chartView()->setFocus();
        QTest::keyClick(ladder.chartView(), Qt::Key_Home);
        QTest::keyClick(ladder.chartView(), Qt::Key_Right);
        QTest::keyClick(ladder.chartView(), Qt::Key_Return);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated[1][1].toDate(), QDate(2026, 12, 1));
        QVERIFY(ladder.chartView()->accessibleDescription().startsWith(u"December 2026"_s));
        QToolTip::hideText();
    }

    void theTableHasTheSameNumbers()
    {
        const Sample s = sample();
        ExpiryLadderView ladder;
        ladder.setScope(s.scope);
        ladder.findChild<QToolButton *>(u"ladderTableToggle"_s)->click();
        QVERIFY(ladder.table()->isVisibleTo(&ladder));
        QVERIFY(!ladder.chartView()->isVisibleTo(&ladder));
        QAbstractItemModel *model = ladder.table()->model();
        QCOMPARE(model->rowCount(), 14);
        QCOMPARE(model->index(7, 0).data().toString(), u"June 2027"_s);
        QCOMPARE(model->index(7, 1).data().toString(), formatMoney(Money(15000000, u"USD"_s), QLocale()));
        QCOMPARE(model->index(7, 3).data().toString(), u"1"_s);
        QSignalSpy activated(&ladder, &ExpiryLadderView::monthActivated);
        Q_EMIT ladder.table()->activated(model->index(7, 0));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated[0][1].toDate(), QDate(2027, 6, 1));
        QCOMPARE(activated[0][2].toStringList(), QStringList{s.lots[2].id});

        // Another scope, then none: the ladder empties rather than keeping stale bars.
        ladder.clear();
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(ladder.months().isEmpty());
    }
};

QTEST_MAIN(TestExpiryLadderView)
#include "tst_expiryladderview.moc"
