#pragma once

#include "domain/money.h"

#include <QList>
#include <QString>

class QLocale;

namespace CreditDesk {

/// What a filtered table shows, for the line under it:
/// "Showing 312 of 10,000 lots · $1.2M remaining".
struct ViewSummary
{
    int shown = 0;
    int total = 0;
    QList<Money> remainingByCurrency; ///< one entry per currency, sorted by currency code

    /// \a noun is the translated plural of what the rows are ("lots", "transactions").
    /// Several currencies are joined with " + "; no money at all drops the "remaining" part.
    QString text(const QLocale &locale, const QString &noun) const;

    friend bool operator==(const ViewSummary &, const ViewSummary &) = default;
};

/// Short money for summaries: exact (formatMoney) below 10,000 major units, then one
/// significant decimal with a K/M/B/T suffix: "$950K", "$1.2M", "EUR 12.3K". Integer math
/// only; halves round away from zero.
QString formatCompactMoney(const Money &money, const QLocale &locale);

} // namespace CreditDesk
