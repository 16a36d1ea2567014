// The Overview's figures from a forecast: the summary cards per currency and the risk table's
// rows and sorting, against values worked out by hand from tests/forecast/overviewfixture.h.
#include "../forecast/overviewfixture.h"
#include "core/displayformat.h"
#include "models/risktablemodel.h"
#include "services/overview.h"

#include <QAbstractItemModelTester>
#include <limits>
#include <QTest>

using namespace CreditDesk;
using namespace CreditDesk::TestData;
using namespace Qt::StringLiterals;

namespace {
const QString kContosoUsd = u"acct1/profile:PROF-1:USD"_s;
const QString kFabrikamUsd = u"acct1/profile:PROF-2:USD"_s;
const QString kContosoEur = u"acct1/profile:PROF-1:EUR"_s;
const QString kFabrikamJpy = u"acct1/profile:PROF-2:JPY"_s;

Money usd(qint64 cents) { return Money(cents, u"USD"_s); }

QStringList keysInOrder(const RiskTableModel &model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.append(model.index(row, 0).data(RiskTableModel::ScopeKeyRole).toString());
    return keys;
}
} // namespace

class TestRiskModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void cardsAddUpEachCurrencyOverItsScopes()
    {
        const QList<CurrencyCards> cards = currencyCards(overviewFixture());
        QCOMPARE(cards.size(), 3);
        QCOMPARE(cards[0].currency, u"EUR"_s);
        QCOMPARE(cards[1].currency, u"JPY"_s);
        QCOMPARE(cards[2].currency, u"USD"_s);

        const CurrencyCards &dollars = cards[2];
        QVERIFY(dollars.reliable);
        QCOMPARE(dollars.scopes, 2);
        // A + B + C + D, the expired X left out.
        QCOMPARE(dollars.remaining, usd(10000 + 50000 + 200000 + 40000));
        QCOMPARE(dollars.expiring[0], usd(10000 + 40000));         // A (day 9), D (day 20)
        QCOMPARE(dollars.expiring[1], usd(10000 + 40000 + 50000)); // and B (day 40)
        QCOMPARE(dollars.expiring[2], usd(10000 + 40000 + 50000)); // C (day 200) is beyond 90
        QCOMPARE(dollars.predictedUnused, usd(19000 + 40000));      // B's rest and all of D
        QCOMPARE(dollars.alreadyLost, usd(3000));                   // X

        const CurrencyCards &yen = cards[1];
        QCOMPARE(yen.remaining, Money(20000, u"JPY"_s));
        QCOMPARE(yen.expiring[0], Money(0, u"JPY"_s));
        QCOMPARE(yen.expiring[1], Money(20000, u"JPY"_s));
        QCOMPARE(yen.predictedUnused, Money(0, u"JPY"_s));
        QCOMPARE(yen.alreadyLost, Money(0, u"JPY"_s));

        const CurrencyCards &euros = cards[0];
        QCOMPARE(euros.remaining, Money(80000, u"EUR"_s));
        QCOMPARE(euros.expiring[2], Money(0, u"EUR"_s));
        QCOMPARE(euros.predictedUnused, Money(0, u"EUR"_s));
    }

    void cardsThatDoNotFitSixtyFourBitsAreNotShown()
    {
        // Each profile alone fits; their sum does not.
        const qint64 big = std::numeric_limits<qint64>::max() / 2 + 1;
        Forecast::ForecastInput input;
        input.today = kOverviewToday;
        input.lots = {lot(u"Big1"_s, big, kOverviewToday.addDays(-10), kOverviewToday.addDays(100)),
                      lot(u"Big2"_s, big, kOverviewToday.addDays(-10), kOverviewToday.addDays(100), u"USD"_s,
                          LotStatus::Active, kProfile2)};
        const QList<CurrencyCards> cards = currencyCards(Forecast::buildForecast(input));
        QCOMPARE(cards.size(), 1);
        QVERIFY(!cards[0].reliable);
    }

    void riskRowsCarryTheRatingAndTheNextExpiry()
    {
        const QLocale locale;
        const QList<RiskRow> rows = riskRows(overviewFixture(), overviewFixtureNames(), locale);
        QCOMPARE(rows.size(), 4);
        QHash<QString, RiskRow> byKey;
        for (const RiskRow &row : rows)
            byKey.insert(row.scopeKey, row);
        QCOMPARE(byKey.size(), 4);

        const RiskRow contoso = byKey.value(kContosoUsd);
        QCOMPARE(contoso.scopeName, u"Contoso"_s);
        QCOMPARE(contoso.level, Forecast::RiskLevel::Loss);
        QCOMPARE(contoso.expiringWithinHorizon, usd(60000)); // A + B
        QCOMPARE(contoso.predictedUnused, usd(19000));
        QCOMPARE(contoso.alreadyLost, usd(3000));
        QCOMPARE(contoso.nextExpiry, kOverviewToday.addDays(9));
        QCOMPARE(contoso.nextExpiryAmount, usd(10000));
        QCOMPARE(contoso.advice, u"Review for future prevention"_s);
        QCOMPARE(contoso.detail, u"Review for future prevention: $30.00 expired unused."_s);

        const RiskRow fabrikam = byKey.value(kFabrikamUsd);
        QCOMPARE(fabrikam.scopeName, u"Fabrikam"_s);
        QCOMPARE(fabrikam.level, Forecast::RiskLevel::High);
        QCOMPARE(fabrikam.expiringWithinHorizon, usd(40000));
        QCOMPARE(fabrikam.predictedUnused, usd(40000));
        QCOMPARE(fabrikam.nextExpiry, kOverviewToday.addDays(20));
        QCOMPARE(fabrikam.advice, u"Accelerate consumption or lose credits"_s);
        QVERIFY2(fabrikam.summary.contains(u"$400.00 of it will be lost"_s), qPrintable(fabrikam.summary));

        QCOMPARE(byKey.value(kFabrikamJpy).situation, Forecast::RiskSituation::ConsumedNaturally);
        QCOMPARE(byKey.value(kFabrikamJpy).nextExpiry, kOverviewToday.addDays(60));
        QCOMPARE(byKey.value(kContosoEur).situation, Forecast::RiskSituation::NothingExpiringSoon);
        QCOMPARE(byKey.value(kContosoEur).nextExpiry, kOverviewToday.addDays(300));
        QCOMPARE(byKey.value(kContosoEur).expiringWithinHorizon, Money(0, u"EUR"_s));
    }

    void modelShowsAndSortsByRawValues()
    {
        RiskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(riskRows(overviewFixture(), overviewFixtureNames(), QLocale()), 90);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(RiskTableModel::ColumnCount));
        QCOMPARE(model.headerData(RiskTableModel::ExpiringColumn, Qt::Horizontal).toString(), u"Expiring ≤ 90 days"_s);

        model.sort(RiskTableModel::RiskColumn, Qt::DescendingOrder);
        // Loss, High, then the two Low ones by name.
        QCOMPARE(keysInOrder(model), (QStringList{kContosoUsd, kFabrikamUsd, kContosoEur, kFabrikamJpy}));
        const int row = model.rowOfScope(kContosoUsd);
        QCOMPARE(row, 0);
        QCOMPARE(model.index(row, RiskTableModel::ScopeColumn).data().toString(), u"Contoso · USD"_s);
        QCOMPARE(model.index(row, RiskTableModel::RiskColumn).data().toString(), u"Loss"_s);
        QCOMPARE(model.index(row, RiskTableModel::RiskColumn).data(Qt::AccessibleTextRole).toString(), u"Loss risk"_s);
        QCOMPARE(model.index(row, RiskTableModel::ExpiringColumn).data().toString(), u"$600.00"_s);
        QCOMPARE(model.index(row, RiskTableModel::PredictedUnusedColumn).data().toString(), u"$190.00"_s);
        QCOMPARE(model.index(row, RiskTableModel::LostColumn).data().toString(), u"$30.00"_s);
        QCOMPARE(model.index(row, RiskTableModel::NextExpiryColumn).data().toString(),
                 DisplayFormat::date(QDate(2026, 12, 1)));
        QCOMPARE(model.index(row, RiskTableModel::NextExpiryColumn).data(RiskTableModel::SortRole).toDate(),
                 QDate(2026, 12, 1));
        QCOMPARE(model.index(row, RiskTableModel::PredictedUnusedColumn).data(RiskTableModel::SortRole).toLongLong(), 19000);
        QCOMPARE(model.index(row, RiskTableModel::RiskColumn).data(RiskTableModel::SortRole).toInt(),
                 int(Forecast::RiskLevel::Loss));

        model.sort(RiskTableModel::NextExpiryColumn, Qt::AscendingOrder);
        QCOMPARE(keysInOrder(model), (QStringList{kContosoUsd, kFabrikamUsd, kFabrikamJpy, kContosoEur}));
        // Amounts of one currency by size; currencies are not compared by amount but grouped.
        model.sort(RiskTableModel::PredictedUnusedColumn, Qt::DescendingOrder);
        QCOMPARE(keysInOrder(model), (QStringList{kFabrikamUsd, kContosoUsd, kFabrikamJpy, kContosoEur}));
        // Ties on the name keep the worse risk first.
        model.sort(RiskTableModel::ScopeColumn, Qt::AscendingOrder);
        QCOMPARE(keysInOrder(model), (QStringList{kContosoUsd, kContosoEur, kFabrikamUsd, kFabrikamJpy}));

        // New rows keep the chosen order.
        model.setRows(riskRows(overviewFixture(), overviewFixtureNames(), QLocale()), 30);
        QCOMPARE(keysInOrder(model), (QStringList{kContosoUsd, kContosoEur, kFabrikamUsd, kFabrikamJpy}));
    }
};

QTEST_MAIN(TestRiskModel)
#include "tst_riskmodel.moc"
