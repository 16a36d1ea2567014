#pragma once

#include "domain/lot.h"
#include "forecast/forecast.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <array>
#include <iterator>

namespace CreditDesk {

/// The figures of the Overview page, computed from the lots (the chart and risk assessment
/// add to this later).
struct Overview
{
    struct CurrencyTotals
    {
        QString currency;
        Money remaining;        ///< last known balance of lots that have not expired
        Money expiringIn30Days; ///< of that, on lots expiring within 30 days
        Money expiredWithBalance;
        int activeLots = 0;
    };
    QList<CurrencyTotals> byCurrency; ///< sorted by currency code
    QList<Lot> nextExpiries;          ///< lots with balance left, soonest expiry first (at most 5)
    int lotCount = 0;
    /// Figures that could not be added up (amounts beyond 64 bits): translated, one per
    /// currency. Those totals are left out rather than shown wrong.
    QStringList problems;
};

Overview computeOverview(const QList<Lot> &lots, const QDate &todayUtc);

/// The windows of the Overview's "expiring within" cards, in days from today (inclusive).
inline constexpr int CardWindowDays[] = {30, 60, 90};

/// One currency's row of summary cards, added up over that currency's scopes of a forecast,
/// so the cards, the risk table and the chart never disagree.
struct CurrencyCards
{
    QString currency;
    Money remaining;       ///< usable today: the scopes' "now" balance (Forecast::BalanceSource)
    std::array<Money, std::size(CardWindowDays)> expiring; ///< today's balance of credit expiring within each window
    Money predictedUnused; ///< projected to expire unused within the forecast's horizon
    Money alreadyLost;     ///< balance left on credit that has already expired
    int scopes = 0;
    /// False when a sum did not fit 64 bits, or a scope's own figures did not: the figures
    /// are left out rather than shown wrong (the report's problems say why).
    bool reliable = true;
};

/// Cards for every currency of \a report, sorted by currency code.
QList<CurrencyCards> currencyCards(const Forecast::ForecastReport &report);

/// One row of the Overview's risk table: a scope (one billing profile or customer, one
/// currency), its SPEC §3 rating and the figures behind it.
struct RiskRow
{
    QString scopeKey; ///< Forecast::Scope::key()
    QString scopeName;
    QString currency;
    Forecast::RiskLevel level = Forecast::RiskLevel::Low;
    Forecast::RiskSituation situation = Forecast::RiskSituation::NothingExpiringSoon;
    Money expiringWithinHorizon;
    Money predictedUnused; ///< within the horizon
    Money alreadyLost;
    QDate nextExpiry;      ///< the soonest expiry of credit with balance left; invalid: none
    Money nextExpiryAmount; ///< the balance expiring that day
    QString advice;        ///< SPEC §3's advice column
    QString detail;        ///< the advice with its amounts (Forecast::adviceDetail)
    QString summary;       ///< what expires when and what is lost (Forecast::riskSummarySentence)
};

/// The risk table's rows, in the report's order; \a scopeNames maps profile or customer ids
/// to display names.
QList<RiskRow> riskRows(const Forecast::ForecastReport &report, const QHash<QString, QString> &scopeNames,
                        const QLocale &locale);

/// A scope's display name: its profile's or customer's name when known, else its id; a scope
/// with neither is named after its billing account.
QString scopeDisplayName(const Forecast::Scope &scope, const QHash<QString, QString> &scopeNames);

} // namespace CreditDesk
