#pragma once

#include "domain/lot.h"

#include <QDate>
#include <QList>
#include <QStringList>

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

} // namespace CreditDesk
