#pragma once

#include "domain/creditevent.h"

#include <QDate>
#include <QList>

namespace CreditDesk::Forecast {

/// The trailing window monthly consumption is measured over: the 90 days up to and including
/// today (UTC), or fewer when the scope's first credit started later (a profile two weeks old
/// is measured over two weeks, not diluted over 90 days).
inline constexpr int ConsumptionWindowDays = 90;
/// "One month's consumption" in SPEC §3 is 30 days at the observed daily rate.
inline constexpr int DaysPerMonth = 30;

/// Observed consumption of one scope and currency.
struct Consumption
{
    QDate from;          ///< first day of the window (inclusive)
    QDate to;            ///< last day of the window (inclusive): today
    int windowDays = 0;  ///< days in [from, to]
    Money total;         ///< charges within the window, as a positive amount
    Money monthly;       ///< total scaled to DaysPerMonth, rounded half away from zero
    int chargeEvents = 0; ///< events that carried a charge within the window

    bool hasData() const { return chargeEvents > 0; }
    /// What is drawn on day \a dayIndex (0 = today) so that whole days add up to the
    /// observed rate exactly, with no rounding drift over long projections.
    qint64 drawOnDay(qint64 dayIndex) const;
};

/// Charges only: credit, expiry and cancellation events move the balance but are not
/// consumption. Charges are counted by magnitude because live data sends them negative.
bool isChargeEvent(const CreditEvent &event);

/// \a events are the scope's events in \a currency (any order, any date); \a firstActivity is
/// the earliest start of the scope's credits (invalid: unknown).
Consumption measureConsumption(const QList<const CreditEvent *> &events, const QString &currency,
                               const QDate &today, const QDate &firstActivity);

} // namespace CreditDesk::Forecast
