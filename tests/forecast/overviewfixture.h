#pragma once

// A small world for the Overview's figures, small enough to add up by hand. The expected
// values in the tests that use it are worked out in the comments below, never by the code
// under test. Consumption is 10.00 USD (1,000 cents) a day: 90 daily charges in the 90-day
// window, so the projection draws 1,000 a day from today on, soonest expiry first, and a lot
// is usable through its expiry day.
#include "forecasttestdata.h"
#include "forecast/forecast.h"

namespace CreditDesk::TestData {

inline const QDate kOverviewToday(2026, 11, 22);
inline const QString kProfile2 = QStringLiteral("PROF-2");

/// Four scopes:
/// - PROF-1 USD ("Contoso"): A 100.00 expiring today+9, B 500.00 expiring today+40, C 2,000.00
///   expiring today+200, X 30.00 expired five days ago. A is drawn days 0..9 (10 × 1,000 =
///   all of it); B days 10..40 (31 × 1,000), leaving 19,000 unused. Rated Loss (X).
/// - PROF-2 USD ("Fabrikam"): D 400.00 expiring today+20, no charges: all 40,000 expires unused.
///   Rated High (40,000 expiring > 0 monthly consumption).
/// - PROF-1 EUR: E 800.00 expiring today+300, 5.00 a day: nothing expires within 90 days. Low.
/// - PROF-2 JPY: F ¥20,000 expiring today+60, ¥1,000 a day: used up by day 19. Low, consumed
///   naturally (20,000 ≤ 30,000 a month).
inline Forecast::ForecastReport overviewFixture()
{
    const QDate t = kOverviewToday;
    const QDate started = t.addDays(-300);
    const Lot a = lot(QStringLiteral("A"), 10000, started, t.addDays(9));
    const Lot b = lot(QStringLiteral("B"), 50000, started, t.addDays(40));
    const Lot c = lot(QStringLiteral("C"), 200000, started, t.addDays(200));
    const Lot x = lot(QStringLiteral("X"), 3000, started, t.addDays(-5));
    const Lot d = lot(QStringLiteral("D"), 40000, started, t.addDays(20), QStringLiteral("USD"), LotStatus::Active, kProfile2);
    const Lot e = lot(QStringLiteral("E"), 80000, started, t.addDays(300), QStringLiteral("EUR"));
    const Lot f = lot(QStringLiteral("F"), 20000, started, t.addDays(60), QStringLiteral("JPY"), LotStatus::Active, kProfile2);
    Forecast::ForecastInput input;
    input.lots = {a, b, c, x, d, e, f};
    input.events = dailyCharges(a, t, 1000) + dailyCharges(e, t, 500) + dailyCharges(f, t, 1000);
    input.today = t;
    return Forecast::buildForecast(input);
}

inline QHash<QString, QString> overviewFixtureNames()
{
    return {{kProfile, QStringLiteral("Contoso")}, {kProfile2, QStringLiteral("Fabrikam")}};
}

} // namespace CreditDesk::TestData
