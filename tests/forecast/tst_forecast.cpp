// The forecast engine: consumption, projection in expiry order, SPEC §3 risk rows, dates in UTC.
#include "forecast/forecast.h"
#include "forecasttestdata.h"

#include <QLocale>
#include <QTest>

using namespace CreditDesk;
using namespace CreditDesk::Forecast;
using namespace CreditDesk::TestData;
using namespace Qt::StringLiterals;

namespace {
const QDate kToday(2026, 11, 22);

ForecastReport run(const QList<Lot> &lots, const QList<CreditEvent> &events, const QDate &today = kToday,
                   int horizon = DefaultHorizonDays, const QList<ScopeSummary> &summaries = {})
{
    ForecastInput input;
    input.lots = lots;
    input.events = events;
    input.today = today;
    input.horizonDays = horizon;
    input.summaries = summaries;
    return buildForecast(input);
}

const LotForecast *lotNamed(const ScopeForecast &scope, const QString &name)
{
    for (const LotForecast &lot : scope.projection.lots) {
        if (lot.lotName == name)
            return &lot;
    }
    return nullptr;
}
} // namespace

class TestForecast : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void riskTable_data();
    void riskTable();
    void consumptionIgnoresCreditAndExpiryEvents();
    void negativeChargesCountLikePositive();
    void zeroChargesAndMissingEventsConsumeNothing();
    void drawAddsUpWithoutDrift();
    void projectionDrawsEarliestExpiryFirst();
    void futureLotJoinsAtItsStart();
    void lotExpiringTodayGetsOneLastDay();
    void leapDayAndMonthEnds();
    void currenciesAreSeparateScopes();
    void estimatedBalanceIsPreferred();
    void historyFollowsRunningBalances();
    void datesAreUtcWhateverTheLocalZone();
    void summarySentenceNamesAmountsAndDays();
};

void TestForecast::riskTable_data()
{
    QTest::addColumn<QList<Lot>>("lots");
    QTest::addColumn<qint64>("chargePerDay");
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("situation");
    QTest::addColumn<QString>("advice");

    // 100.00 a day → one month's consumption is 3,000.00 (300000 minor units).
    const qint64 perDay = 10000;
    QTest::newRow("no credit expiring within 90 days")
        << QList<Lot>{lot(u"L"_s, 5000000, kToday.addDays(-100), kToday.addDays(91))} << perDay << int(RiskLevel::Low)
        << int(RiskSituation::NothingExpiringSoon) << u"Monitor quarterly"_s;
    QTest::newRow("expiring within 90 days, below a month")
        << QList<Lot>{lot(u"L"_s, 200000, kToday.addDays(-100), kToday.addDays(60))} << perDay << int(RiskLevel::Low)
        << int(RiskSituation::ConsumedNaturally) << u"Will be consumed naturally"_s;
    QTest::newRow("expiring within 90 days, exactly a month")
        << QList<Lot>{lot(u"L"_s, 300000, kToday.addDays(-100), kToday.addDays(90))} << perDay << int(RiskLevel::Low)
        << int(RiskSituation::ConsumedNaturally) << u"Will be consumed naturally"_s;
    QTest::newRow("expiring within 90 days, above a month")
        << QList<Lot>{lot(u"L"_s, 300001, kToday.addDays(-100), kToday.addDays(30))} << perDay << int(RiskLevel::High)
        << int(RiskSituation::AccelerateConsumption) << u"Accelerate consumption or lose credits"_s;
    QTest::newRow("already expired with balance left")
        << QList<Lot>{lot(u"L"_s, 100, kToday.addDays(-400), kToday.addDays(-1), u"USD"_s, LotStatus::Expired),
                      lot(u"M"_s, 5000000, kToday.addDays(-100), kToday.addDays(300))}
        << perDay << int(RiskLevel::Loss) << int(RiskSituation::ExpiredWithBalance) << u"Review for future prevention"_s;
    QTest::newRow("expired with nothing left is no loss")
        << QList<Lot>{lot(u"L"_s, 0, kToday.addDays(-400), kToday.addDays(-1), u"USD"_s, LotStatus::Expired)} << perDay
        << int(RiskLevel::Low) << int(RiskSituation::NothingExpiringSoon) << u"Monitor quarterly"_s;
    QTest::newRow("loss outranks high")
        << QList<Lot>{lot(u"L"_s, 100, kToday.addDays(-400), kToday.addDays(-3)),
                      lot(u"M"_s, 5000000, kToday.addDays(-100), kToday.addDays(10))}
        << perDay << int(RiskLevel::Loss) << int(RiskSituation::ExpiredWithBalance) << u"Review for future prevention"_s;
    QTest::newRow("no charges at all: any expiring balance is above a month")
        << QList<Lot>{lot(u"L"_s, 1, kToday.addDays(-100), kToday.addDays(89))} << qint64(0) << int(RiskLevel::High)
        << int(RiskSituation::AccelerateConsumption) << u"Accelerate consumption or lose credits"_s;
}

void TestForecast::riskTable()
{
    QFETCH(QList<Lot>, lots);
    QFETCH(qint64, chargePerDay);
    QFETCH(int, level);
    QFETCH(int, situation);
    QFETCH(QString, advice);

    const QList<CreditEvent> events = chargePerDay ? dailyCharges(lots.constLast(), kToday, chargePerDay) : QList<CreditEvent>{};
    const ForecastReport report = run(lots, events);
    QCOMPARE(report.scopes.size(), 1);
    const ScopeForecast &scope = report.scopes.constFirst();
    QCOMPARE(int(scope.risk.level), level);
    QCOMPARE(int(scope.risk.situation), situation);
    QCOMPARE(adviceText(scope.risk.situation), advice);
    QCOMPARE(int(report.overall), level);
    if (chargePerDay)
        QCOMPARE(scope.consumption.monthly, Money(300000, u"USD"_s));
}

void TestForecast::consumptionIgnoresCreditAndExpiryEvents()
{
    const Lot l = lot(u"L"_s, 100000, kToday.addDays(-200), kToday.addDays(200));
    QList<CreditEvent> events = dailyCharges(l, kToday, 100);
    events.append(chargeEvent(l, utc(kToday.addDays(-3)), CreditEventType::NewCredit, 999999));
    events.append(chargeEvent(l, utc(kToday.addDays(-3)), CreditEventType::CreditExpired, 999999));
    events.append(chargeEvent(l, utc(kToday.addDays(-3)), CreditEventType::ExpiredCredit, 999999));
    events.append(chargeEvent(l, utc(kToday.addDays(-3)), CreditEventType::CanceledCredit, 999999));
    // Outside the window (91 days ago) and in the future: not counted.
    events.append(chargeEvent(l, utc(kToday.addDays(-90)), CreditEventType::SettledCharges, 999999));
    events.append(chargeEvent(l, utc(kToday.addDays(1)), CreditEventType::PendingCharges, 999999));
    const ScopeForecast scope = run({l}, events).scopes.constFirst();
    QCOMPARE(scope.consumption.windowDays, ConsumptionWindowDays);
    QCOMPARE(scope.consumption.from, kToday.addDays(-89));
    QCOMPARE(scope.consumption.chargeEvents, 90);
    QCOMPARE(scope.consumption.total, Money(9000, u"USD"_s));
    QCOMPARE(scope.consumption.monthly, Money(3000, u"USD"_s));
}

void TestForecast::negativeChargesCountLikePositive()
{
    const Lot l = lot(u"L"_s, 100000, kToday.addDays(-200), kToday.addDays(200));
    const ScopeForecast positive = run({l}, dailyCharges(l, kToday, 250)).scopes.constFirst();
    const ScopeForecast negative = run({l}, dailyCharges(l, kToday, -250)).scopes.constFirst();
    QCOMPARE(negative.consumption.total, positive.consumption.total);
    QCOMPARE(negative.consumption.monthly, Money(7500, u"USD"_s));
    QCOMPARE(negative.projection.lots.constFirst().predictedUnused, positive.projection.lots.constFirst().predictedUnused);
}

void TestForecast::zeroChargesAndMissingEventsConsumeNothing()
{
    const Lot l = lot(u"L"_s, 5000, kToday.addDays(-200), kToday.addDays(20));
    for (const QList<CreditEvent> &events : {QList<CreditEvent>{}, dailyCharges(l, kToday, 0)}) {
        const ScopeForecast scope = run({l}, events).scopes.constFirst();
        QVERIFY(!scope.consumption.hasData());
        QCOMPARE(scope.consumption.monthly, Money(0, u"USD"_s));
        QCOMPARE(scope.projection.lots.constFirst().predictedUnused, Money(5000, u"USD"_s));
        QCOMPARE(scope.predictedUnusedWithinHorizon, Money(5000, u"USD"_s));
        QVERIFY(!scope.projection.lots.constFirst().runOutDate.isValid());
    }
}

void TestForecast::drawAddsUpWithoutDrift()
{
    Consumption c;
    c.windowDays = 90;
    c.total = Money(1000, u"USD"_s); // 11.11 a day: the remainder must be spread, not lost
    qint64 sum = 0;
    for (int day = 0; day < 900; ++day)
        sum += c.drawOnDay(day);
    QCOMPARE(sum, 10000);
    qint64 firstWindow = 0;
    for (int day = 0; day < 90; ++day)
        firstWindow += c.drawOnDay(day);
    QCOMPARE(firstWindow, 1000);
}

void TestForecast::projectionDrawsEarliestExpiryFirst()
{
    // 10.00 a day; A (50.00) expires in 10 days, B (1,000.00) in 40.
    const Lot b = lot(u"B"_s, 100000, kToday.addDays(-300), kToday.addDays(40));
    const Lot a = lot(u"A"_s, 5000, kToday.addDays(-300), kToday.addDays(10));
    const ScopeForecast scope = run({b, a}, dailyCharges(b, kToday, 1000)).scopes.constFirst();
    QCOMPARE(scope.projection.lots.constFirst().lotName, u"A"_s);
    const LotForecast *first = lotNamed(scope, u"A"_s);
    const LotForecast *second = lotNamed(scope, u"B"_s);
    QCOMPARE(first->runOutDate, kToday.addDays(4)); // days 0..4 take 5 × 10.00
    QCOMPARE(first->predictedUnused, Money(0, u"USD"_s));
    QVERIFY(!second->runOutDate.isValid());
    QCOMPARE(second->predictedUnused, Money(100000 - 36 * 1000, u"USD"_s)); // days 5..40
    QCOMPARE(scope.predictedUnusedWithinHorizon, Money(64000, u"USD"_s));
    QCOMPARE(scope.expiringWithinHorizon, Money(105000, u"USD"_s));
    QCOMPARE(scope.risk.inputs.predictedLossBy, kToday.addDays(40));
    // The projected line: starts at today's balance, drops by B's unused amount after day 40.
    const QList<BalancePoint> &points = scope.projection.points;
    QCOMPARE(points.constFirst(), (BalancePoint{kToday, Money(105000, u"USD"_s)}));
    QVERIFY(points.contains(BalancePoint{kToday.addDays(41), Money(64000, u"USD"_s)}));
    QVERIFY(points.contains(BalancePoint{kToday.addDays(41), Money(0, u"USD"_s)}));
    QCOMPARE(points.constLast().balance, Money(0, u"USD"_s));
}

void TestForecast::futureLotJoinsAtItsStart()
{
    // C (1,000.00) expires in 30 days; F (100.00) starts in 5 days and expires in 10: it is
    // drawn first once it starts, because it expires first.
    const Lot c = lot(u"C"_s, 100000, kToday.addDays(-300), kToday.addDays(30));
    Lot f = lot(u"F"_s, 10000, kToday.addDays(5), kToday.addDays(10), u"USD"_s, LotStatus::None);
    f.closedBalance.reset(); // not started: the service may send no balance yet
    const ScopeForecast scope = run({c, f}, dailyCharges(c, kToday, 1000)).scopes.constFirst();
    const LotForecast *future = lotNamed(scope, u"F"_s);
    QVERIFY(future->startsLater(kToday));
    QCOMPARE(future->predictedUnused, Money(10000 - 6 * 1000, u"USD"_s)); // days 5..10
    QCOMPARE(lotNamed(scope, u"C"_s)->predictedUnused, Money(100000 - 5 * 1000 - 20 * 1000, u"USD"_s));
    QCOMPARE(scope.balanceNow, Money(100000, u"USD"_s));
    QCOMPARE(scope.startingLater, Money(10000, u"USD"_s));
    // The line steps up on F's start day.
    QVERIFY(scope.projection.points.contains(BalancePoint{kToday.addDays(5), Money(95000, u"USD"_s)}));
    QVERIFY(scope.projection.points.contains(BalancePoint{kToday.addDays(5), Money(105000, u"USD"_s)}));
}

void TestForecast::lotExpiringTodayGetsOneLastDay()
{
    // 500.00 left, 10.00 a day (300.00 a month): usable today, then 490.00 is lost.
    const Lot l = lot(u"L"_s, 50000, kToday.addDays(-300), kToday);
    const ScopeForecast scope = run({l}, dailyCharges(l, kToday, 1000)).scopes.constFirst();
    QCOMPARE(scope.risk.level, RiskLevel::High); // not yet expired: no Loss today
    QCOMPARE(scope.expiringWithinHorizon, Money(50000, u"USD"_s));
    QCOMPARE(scope.projection.lots.constFirst().predictedUnused, Money(49000, u"USD"_s));
    QCOMPARE(scope.firstExpiryWithinHorizon, kToday);
    // Tomorrow it has expired with balance left: Loss.
    const ScopeForecast tomorrow = run({l}, dailyCharges(l, kToday.addDays(1), 1000), kToday.addDays(1)).scopes.constFirst();
    QCOMPARE(tomorrow.risk.level, RiskLevel::Loss);
    QCOMPARE(tomorrow.expiredWithBalance, Money(50000, u"USD"_s));
}

void TestForecast::leapDayAndMonthEnds()
{
    // 2028 is a leap year: from 27 Feb to 29 Feb inclusive is three days of consumption.
    const QDate today(2028, 2, 27);
    const Lot leap = lot(u"Leap"_s, 10000, QDate(2027, 1, 1), QDate(2028, 2, 29));
    const ScopeForecast scope = run({leap}, dailyCharges(leap, today, 1000), today).scopes.constFirst();
    QCOMPARE(scope.projection.lots.constFirst().predictedUnused, Money(7000, u"USD"_s));
    QVERIFY(scope.projection.points.contains(BalancePoint{QDate(2028, 3, 1), Money(0, u"USD"_s)}));

    // The 90-day window ending 31 March 2028 starts on 2 January and includes 29 February.
    const QDate monthEnd(2028, 3, 31);
    const Lot l = lot(u"L"_s, 1000000, QDate(2027, 1, 1), QDate(2028, 4, 30));
    QList<CreditEvent> events{chargeEvent(l, utc(QDate(2028, 2, 29), 23, 59), CreditEventType::SettledCharges, 9000),
                              chargeEvent(l, utc(QDate(2028, 1, 1), 23, 59), CreditEventType::SettledCharges, 5000)};
    const ScopeForecast window = run({l}, events, monthEnd).scopes.constFirst();
    QCOMPARE(window.consumption.from, QDate(2028, 1, 2));
    QCOMPARE(window.consumption.total, Money(9000, u"USD"_s));
    QCOMPARE(window.consumption.monthly, Money(3000, u"USD"_s));
    // Expiring on 30 April (a month end) is within 30 days of 31 March.
    QCOMPARE(run({l}, events, monthEnd, 30).scopes.constFirst().expiringWithinHorizon, Money(1000000, u"USD"_s));
    QCOMPARE(run({l}, events, monthEnd, 29).scopes.constFirst().expiringWithinHorizon, Money(0, u"USD"_s));
}

void TestForecast::currenciesAreSeparateScopes()
{
    const Lot usd = lot(u"U"_s, 100000, kToday.addDays(-100), kToday.addDays(20));
    const Lot eur = lot(u"E"_s, 50000, kToday.addDays(-100), kToday.addDays(400), u"EUR"_s);
    const Lot jpy = lot(u"J"_s, 700000, kToday.addDays(-100), kToday.addDays(50), u"JPY"_s, LotStatus::Active, u"PROF-2"_s);
    QList<CreditEvent> events = dailyCharges(usd, kToday, 100);
    events += dailyCharges(eur, kToday, 300);
    events += dailyCharges(jpy, kToday, 100000);
    const ForecastReport report = run({usd, eur, jpy}, events);
    QCOMPARE(report.scopes.size(), 3);
    for (const ScopeForecast &scope : report.scopes) {
        QCOMPARE(scope.balanceNow.currency(), scope.scope.currency);
        QCOMPARE(scope.consumption.monthly.currency(), scope.scope.currency);
        for (const BalancePoint &point : scope.projection.points)
            QCOMPARE(point.balance.currency(), scope.scope.currency);
    }
    const ScopeForecast *eurScope = report.find(u"acct1/profile:PROF-1:EUR"_s);
    QVERIFY(eurScope);
    QCOMPARE(eurScope->consumption.monthly, Money(9000, u"EUR"_s));
    QCOMPARE(eurScope->risk.level, RiskLevel::Low);
    const ScopeForecast *jpyScope = report.find(u"acct1/profile:PROF-2:JPY"_s);
    QVERIFY(jpyScope);
    QCOMPARE(jpyScope->risk.level, RiskLevel::Low); // 700,000 JPY < 3,000,000 JPY a month
    QCOMPARE(report.find(u"acct1/profile:PROF-1:USD"_s)->risk.level, RiskLevel::High);
    QCOMPARE(report.overall, RiskLevel::High);
}

void TestForecast::estimatedBalanceIsPreferred()
{
    const Lot early = lot(u"Early"_s, 10000, kToday.addDays(-100), kToday.addDays(20));
    const Lot late = lot(u"Late"_s, 90000, kToday.addDays(-100), kToday.addDays(200));
    ScopeSummary summary;
    summary.billingAccountId = kAccount;
    summary.billingProfileId = u"/providers/Microsoft.Billing/billingAccounts/acct1/billingProfiles/prof-1"_s;
    summary.summary.estimatedBalance = Money(96000, u"USD "_s);
    const ScopeForecast withSummary = run({early, late}, {}, kToday, 90, {summary}).scopes.constFirst();
    QCOMPARE(withSummary.balanceSource, BalanceSource::EstimatedBalance);
    QCOMPARE(withSummary.balanceNow, Money(96000, u"USD"_s));
    // Pending charges came out of the lot that expires first.
    QCOMPARE(lotNamed(withSummary, u"Early"_s)->balanceNow, Money(6000, u"USD"_s));
    QCOMPARE(lotNamed(withSummary, u"Late"_s)->balanceNow, Money(90000, u"USD"_s));

    const ScopeForecast without = run({early, late}, {}).scopes.constFirst();
    QCOMPARE(without.balanceSource, BalanceSource::ClosedBalance);
    QCOMPARE(without.balanceNow, Money(100000, u"USD"_s));

    summary.summary.estimatedBalance = Money(96000, u"EUR"_s); // another currency: not this scope's
    QCOMPARE(run({early, late}, {}, kToday, 90, {summary}).scopes.constFirst().balanceSource, BalanceSource::ClosedBalance);
}

void TestForecast::historyFollowsRunningBalances()
{
    const Lot a = lot(u"A"_s, 0, kToday.addDays(-100), kToday.addDays(100));
    const Lot b = lot(u"B"_s, 0, kToday.addDays(-100), kToday.addDays(100));
    const QList<CreditEvent> events{
        chargeEvent(a, utc(kToday.addDays(-10)), CreditEventType::NewCredit, 0, 1000),
        chargeEvent(b, utc(kToday.addDays(-8)), CreditEventType::NewCredit, 0, 500),
        chargeEvent(a, utc(kToday.addDays(-5), 3), CreditEventType::SettledCharges, -100, 900),
        chargeEvent(b, utc(kToday.addDays(-5), 9), CreditEventType::SettledCharges, -50, 450),
    };
    const QList<HistoryPoint> history = run({a, b}, events).scopes.constFirst().history;
    QCOMPARE(history.size(), 3);
    QCOMPARE(history[0].date, kToday.addDays(-10));
    QCOMPARE(history[0].balance, Money(1000, u"USD"_s));
    QCOMPARE(history[1].balance, Money(1500, u"USD"_s));
    QCOMPARE(history[2].date, kToday.addDays(-5));
    QCOMPARE(history[2].balance, Money(1350, u"USD"_s));
}

void TestForecast::datesAreUtcWhateverTheLocalZone()
{
    // Run under TZ=Pacific/Kiritimati (UTC+14) by ctest as well: a local-time conversion would
    // move 23:30 UTC to the next day and change every figure below.
    const Lot l = lot(u"L"_s, 10000, kToday.addDays(-100), kToday.addDays(2)); // expires 23:59 UTC
    const QList<CreditEvent> events{
        chargeEvent(l, utc(kToday, 23, 30), CreditEventType::PendingCharges, 9000),                // today in UTC
        chargeEvent(l, utc(kToday.addDays(-90), 23, 30), CreditEventType::SettledCharges, 77777), // outside
    };
    const ScopeForecast scope = run({l}, events).scopes.constFirst();
    QCOMPARE(scope.consumption.total, Money(9000, u"USD"_s));
    QCOMPARE(scope.projection.lots.constFirst().expiryDate, kToday.addDays(2));
    QCOMPARE(scope.firstExpiryWithinHorizon, kToday.addDays(2));
}

void TestForecast::summarySentenceNamesAmountsAndDays()
{
    const QLocale c(QLocale::English, QLocale::UnitedStates);
    const Lot l = lot(u"L"_s, 420000, kToday.addDays(-100), kToday.addDays(30));
    const ScopeForecast scope = run({l}, dailyCharges(l, kToday, 1000)).scopes.constFirst();
    QCOMPARE(riskSummarySentence(scope, c), u"$4,200.00 expires within 30 days; at the current rate $3,890.00 of it will be lost."_s);
    QCOMPARE(adviceDetail(scope.risk, c), u"Accelerate consumption or lose credits: $3,890.00 predicted to expire unused by Dec 22, 2026."_s);
    const Lot far = lot(u"F"_s, 420000, kToday.addDays(-100), kToday.addDays(300));
    QVERIFY(riskSummarySentence(run({far}, {}).scopes.constFirst(), c).isEmpty());

    // High by SPEC §3 (more than a month's consumption expires) though the projection uses it
    // all: the sentence says both instead of "High ... all of it will be used in time".
    const Lot used = lot(u"U"_s, 40000, kToday.addDays(-100), kToday.addDays(60));
    const ScopeForecast tight = run({used}, dailyCharges(used, kToday, 1000)).scopes.constFirst();
    QCOMPARE(tight.risk.level, RiskLevel::High);
    QVERIFY(!tight.predictedUnusedWithinHorizon.isPositive());
    QCOMPARE(riskSummarySentence(tight, c),
             u"$400.00 expires within 60 days, more than a month's consumption; only if consumption keeps its "
             "current rate will all of it be used in time."_s);
}

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
