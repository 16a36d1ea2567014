// The expiry ladder's decisions, headless: its amount scale, where month labels go, and
// which lots a bar counts. Every expectation below is worked out by hand in the comments.
#include "forecast/chartseries.h"
#include "forecast/ladderlayout.h"
#include "forecasttestdata.h"

#include <QTest>

using namespace CreditDesk;
using namespace CreditDesk::Forecast;
using namespace CreditDesk::TestData;
using namespace Qt::StringLiterals;

namespace {
LadderMonth month(const QDate &first, qint64 expiring, qint64 unused = 0, const QString &currency = u"USD"_s)
{
    return {first, Money(expiring, currency), Money(unused, currency), {}};
}

QList<QDate> monthsFrom(const QDate &first, int count)
{
    QList<QDate> months;
    for (int i = 0; i < count; ++i)
        months.append(first.addMonths(i));
    return months;
}
} // namespace

class TestLadderLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void similarMonthsKeepALinearScale()
    {
        // 300.00 and 1,200.00: 300 × 20 ≥ 1,200, linear. A quarter of 1,200.00 is 300.00;
        // the next 1/2/5 step is 500.00, and 1,200.00 needs three of them.
        const LadderScale scale = ladderScale({month({2026, 12, 1}, 30000), month({2027, 1, 1}, 0),
                                               month({2027, 2, 1}, 120000)});
        QVERIFY(!scale.logarithmic);
        const QList<LadderTick> expected = {{500.0, Money(50000, u"USD"_s)},
                                            {1000.0, Money(100000, u"USD"_s)},
                                            {1500.0, Money(150000, u"USD"_s)}};
        QCOMPARE(scale.ticks, expected);
        QCOMPARE(scale.top, 1500.0);
        QCOMPARE(scale.position(Money(30000, u"USD"_s)), 300.0);
        QCOMPARE(scale.position(Money(0, u"USD"_s)), 0.0);
    }
    void theSpreadLimitIsStillLinear()
    {
        // 5.00 × 20 = 100.00 exactly: still linear. A quarter of 100.00 is 25.00 → 50.00 steps.
        const LadderScale scale = ladderScale({month({2026, 12, 1}, 500), month({2027, 1, 1}, 10000)});
        QVERIFY(!scale.logarithmic);
        QCOMPARE(scale.ticks.size(), 2);
        QCOMPARE(scale.top, 100.0);
    }
    void smallMonthsBesideALargeOneGetALogScale()
    {
        // 250.00, 150,000.00 and 40.00 predicted unused: 40 × 20 < 150,000, logarithmic. Lines
        // from 10.00 (the power of ten at or below 40.00) to 1,000,000.00 (at or above
        // 150,000.00): six decades at 1…6, the origin one decade below 10.00.
        const LadderScale scale = ladderScale({month({2026, 12, 1}, 25000), month({2027, 1, 1}, 0),
                                               month({2027, 2, 1}, 15000000, 4000)});
        QVERIFY(scale.logarithmic);
        QCOMPARE(scale.ticks.size(), 6);
        QCOMPARE(scale.ticks.constFirst(), (LadderTick{1.0, Money(1000, u"USD"_s)}));
        QCOMPARE(scale.ticks[2], (LadderTick{3.0, Money(100000, u"USD"_s)}));
        QCOMPARE(scale.ticks.constLast(), (LadderTick{6.0, Money(100000000, u"USD"_s)}));
        QCOMPARE(scale.top, 6.0);
        // 250.00 is 25 × 10.00: 1 + log10(25) = 2.39794…; 40.00: 1 + log10(4) = 1.60206…
        QVERIFY(qAbs(scale.position(Money(25000, u"USD"_s)) - 2.397940) < 1e-6);
        QVERIFY(qAbs(scale.position(Money(4000, u"USD"_s)) - 1.602060) < 1e-6);
        QVERIFY(qAbs(scale.position(Money(15000000, u"USD"_s)) - 5.176091) < 1e-6);
        QCOMPARE(scale.position(Money(0, u"USD"_s)), 0.0);
    }
    void aCurrencyWithoutCentsHasWholeDecades()
    {
        // 500 JPY and 2,000,000 JPY: lines from 100 to 10,000,000 yen, six of them.
        const LadderScale scale = ladderScale({month({2026, 12, 1}, 500, 0, u"JPY"_s),
                                               month({2027, 1, 1}, 2000000, 0, u"JPY"_s)});
        QVERIFY(scale.logarithmic);
        QCOMPARE(scale.ticks.size(), 6);
        QCOMPARE(scale.ticks.constFirst().amount, Money(100, u"JPY"_s));
        QCOMPARE(scale.ticks.constLast().amount, Money(10000000, u"JPY"_s));
        QCOMPARE(scale.position(Money(1000, u"JPY"_s)), 2.0);
    }
    void nothingExpiringHasAnEmptyScale()
    {
        const LadderScale scale = ladderScale({month({2026, 12, 1}, 0)});
        QVERIFY(!scale.logarithmic);
        QVERIFY(scale.ticks.isEmpty());
        QCOMPARE(scale.top, 1.0);
        QVERIFY(ladderScale({}).ticks.isEmpty());
    }

    void labelsFollowTheCalendar()
    {
        const MonthLabelLayout quarterly{0, 3};
        QVERIFY(quarterly.labels({2027, 1, 1}));
        QVERIFY(!quarterly.labels({2027, 2, 1}));
        QVERIFY(quarterly.labels({2027, 4, 1}));
        QVERIFY(!quarterly.labels({2026, 12, 1}));
        const MonthLabelLayout everyOtherYear{0, 24};
        QVERIFY(everyOtherYear.labels({2026, 1, 1})); // 2026 × 12 is a multiple of 24
        QVERIFY(!everyOtherYear.labels({2027, 1, 1}));
        QVERIFY(MonthLabelLayout{}.labels({2027, 5, 1}));
    }
    void everyMonthWhenThereIsRoom()
    {
        // 12 months over 1,200 px: 100 px to the next label, 1,200 / 13 = 92.3 per label, less
        // 2 × 5 padding = 82.3 ≥ 40.
        QCOMPARE(monthLabelRoom(1200, 12, 1, 12, 5), 1200.0 / 13 - 10);
        QCOMPARE(monthLabelLayout(monthsFrom({2027, 1, 1}, 12), 1200, 40, 15, 5), (MonthLabelLayout{0, 1}));
    }
    void everyOtherMonthWhenHalfTheRoom()
    {
        // 600 px: every month gets 600 / 13 − 10 = 36.2 < 40. Every 2nd month (Jan, Mar, … Nov:
        // six) gets min(100, 600 / 7) − 10 = 75.7.
        QCOMPARE(monthLabelLayout(monthsFrom({2027, 1, 1}, 12), 600, 40, 15, 5), (MonthLabelLayout{0, 2}));
    }
    void levelLabelsThinnedUpToHalfAYear()
    {
        // 24 months from Dec 2026 over 400 px (16.7 px a month). Every 2nd month (12 labels)
        // gets min(33.3, 400 / 13) − 10 = 20.8, every 3rd (8) min(50, 400 / 9) − 10 = 34.4,
        // every 4th (Jan, May, Sep: 6) min(66.7, 400 / 7) − 10 = 47.1 ≥ 40: level, every 4th.
        QCOMPARE(monthLabelLayout(monthsFrom({2026, 12, 1}, 24), 400, 40, 15, 5), (MonthLabelLayout{0, 4}));
    }
    void turnedLabelsWhenLevelOnesWouldSkipMoreThanHalfAYear()
    {
        // 60 months over 300 px (5 px a month). Level, every 6th (10 labels) gets
        // min(30, 300 / 11) − 10 = 17.3 < 40, every 12th (5) min(60, 50) − 10 = 40: yearly.
        // Turned: every 4th (15) gets min(20, 300 / 16) − 10 = 8.75, every 6th 17.3 ≥ 15.
        QCOMPARE(monthLabelLayout(monthsFrom({2027, 1, 1}, 60), 300, 40, 15, 5), (MonthLabelLayout{-90, 6}));
        // With a taller font (18 px) turning needs every 12th too, so the labels stay level.
        QCOMPARE(monthLabelLayout(monthsFrom({2027, 1, 1}, 60), 300, 40, 18, 5), (MonthLabelLayout{0, 12}));
    }
    void noWidthYet()
    {
        QCOMPARE(monthLabelLayout(monthsFrom({2027, 1, 1}, 12), 0, 40, 15, 5), (MonthLabelLayout{0, 1}));
        QCOMPARE(monthLabelLayout({}, 500, 40, 15, 5), (MonthLabelLayout{0, 1}));
    }
    void monthTexts()
    {
        const QLocale c(QLocale::C);
        QCOMPARE(ladderMonthLabel({2026, 12, 1}, c), u"Dec 26"_s);
        QCOMPARE(ladderMonthTitle({2026, 12, 1}, c), u"December 2026"_s);
    }

    void aBarKnowsItsLots()
    {
        // Today 22 Nov 2026. A and C expire in December, B in February; D expired in October
        // with balance left and is not on the ladder.
        const QDate today(2026, 11, 22);
        ForecastInput input;
        input.today = today;
        input.lots = {lot(u"A"_s, 5000, today.addDays(-300), {2026, 12, 5}),
                      lot(u"B"_s, 100000, today.addDays(-300), {2027, 2, 10}),
                      lot(u"C"_s, 700, today.addDays(-300), {2026, 12, 31}),
                      lot(u"D"_s, 900, today.addDays(-300), {2026, 10, 31})};
        const ScopeForecast scope = buildForecast(input).scopes.constFirst();
        const QList<LadderMonth> ladder = expiryLadder(scope);
        QCOMPARE(ladder.size(), 4); // Nov, Dec, Jan, Feb
        QVERIFY(ladder[0].lotIds.isEmpty());
        QCOMPARE(ladder[1].expiring, Money(5700, u"USD"_s));
        QCOMPARE(ladder[1].lotIds.size(), 2);
        QVERIFY(ladder[1].lotIds.contains(input.lots[0].id));
        QVERIFY(ladder[1].lotIds.contains(input.lots[2].id));
        QVERIFY(ladder[2].lotIds.isEmpty());
        QCOMPARE(ladder[3].lotIds, QStringList{input.lots[1].id});
    }
};

QTEST_GUILESS_MAIN(TestLadderLayout)
#include "tst_ladderlayout.moc"
