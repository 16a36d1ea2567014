#pragma once

#include "domain/creditevent.h"
#include "domain/creditsummary.h"
#include "domain/lot.h"
#include "forecast/consumption.h"
#include "forecast/forecastscope.h"
#include "forecast/projection.h"
#include "forecast/risk.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

namespace CreditDesk::Forecast {

/// How far ahead risk looks (SPEC §3: 90 days). A setting ("forecast/horizonDays").
inline constexpr int DefaultHorizonDays = 90;
/// The projection runs to the last expiry it knows, but never further than this.
inline constexpr int MaxProjectionDays = 5 * 366;

/// Which figure "now" balances come from.
enum class BalanceSource {
    EstimatedBalance, ///< balanceSummary.estimatedBalance: after billed and pending charges
    ClosedBalance,    ///< the lots' closedBalance: as of the last invoice
};

/// A billing profile's credits balanceSummary, with the ids it belongs to.
struct ScopeSummary
{
    QString billingAccountId;
    QString billingProfileId; ///< id or full ARM id; matched by its last segment
    CreditSummary summary;
};

struct ForecastInput
{
    QList<Lot> lots;
    QList<CreditEvent> events;
    QList<ScopeSummary> summaries;
    QDate today; ///< UTC date
    int horizonDays = DefaultHorizonDays;
};

/// A balance at a past date, from the events' running balances.
struct HistoryPoint
{
    QDate date;
    Money balance;
};

struct ScopeForecast
{
    Scope scope;
    BalanceSource balanceSource = BalanceSource::ClosedBalance;
    Money balanceNow;              ///< usable today (excludes credit that starts later)
    Money startingLater;           ///< balance of credit that has not started yet
    Money expiringWithinHorizon;   ///< today's balance of credit expiring within the horizon
    Money predictedUnusedWithinHorizon;
    Money predictedUnusedTotal;    ///< over the whole projection
    Money expiredWithBalance;
    Consumption consumption;
    Projection projection;
    QList<HistoryPoint> history;   ///< oldest first; empty without events
    QList<Lot> expiredLots;        ///< expired with balance left (the Loss row)
    RiskAssessment risk;
    QDate today;
    QDate horizonEnd;
    QDate firstExpiryWithinHorizon;
    QDate lastExpiryWithinHorizon;
    bool overflowed = false;       ///< some sum did not fit 64 bits: the figures are not reliable
};

struct ForecastReport
{
    QDate today;
    int horizonDays = DefaultHorizonDays;
    QList<ScopeForecast> scopes; ///< sorted by account, owner, currency
    RiskLevel overall = RiskLevel::Low;
    /// What could not be computed, translated: a lot whose amounts disagree on their currency,
    /// sums beyond 64 bits. Shown to the user; never silently left out.
    QStringList problems;

    const ScopeForecast *find(const QString &scopeKey) const;
};

/// The whole forecast: scopes, consumption, projection, risk. Pure and deterministic.
ForecastReport buildForecast(const ForecastInput &input);

/// "$4,200.00 expires within 30 days; at the current rate $3,900.00 of it will be lost."
/// Empty when nothing expires within the horizon.
QString riskSummarySentence(const ScopeForecast &scope, const QLocale &locale);

/// Translated "estimated balance (includes pending charges)" / "balance as of the last invoice".
QString balanceSourceText(BalanceSource source);

} // namespace CreditDesk::Forecast
