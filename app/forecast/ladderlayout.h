#pragma once

#include "forecast/chartseries.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

namespace CreditDesk::Forecast {

/// A labelled line of the ladder's amount axis: \a amount drawn at \a position.
struct LadderTick
{
    qreal position = 0;
    Money amount;
    friend bool operator==(const LadderTick &, const LadderTick &) = default;
};

/// How the ladder's amounts map to bar heights.
///
/// A scope's months routinely span orders of magnitude (a yearly bulk credit of 150,000 beside
/// monthly remainders of a few hundred). On a linear axis those small months are a pixel tall:
/// invisible and impossible to point at. When the smallest non-zero bar would be under
/// 1/kLinearSpread of the tallest, the axis is logarithmic by decades, and its origin sits one
/// decade below the lowest labelled line, so the smallest month is still one decade tall. A
/// broken axis would help only for one outlier month; a per-scope scale is already the case
/// (the ladder shows one scope) and does not help within it. Bar heights then no longer compare
/// by ratio, so the axis says "log scale" and the exact amounts are in the tooltips and the
/// ladder's table.
struct LadderScale
{
    /// 20: on a 200 px plot the smallest month is then at least 10 px, the least a bar can be
    /// seen and hovered.
    static constexpr qint64 kLinearSpread = 20;

    bool logarithmic = false;
    qreal top = 1;             ///< position of the axis' upper end
    QList<LadderTick> ticks;   ///< ascending; the origin (position 0) is not among them
    qint64 lowestDecade = 0;   ///< logarithmic: minor units of the lowest labelled line
    int minorDigits = 2;       ///< of the currency

    /// Where the top of a bar of \a amount is (0 for zero or less).
    qreal position(const Money &amount) const;
};

/// The scale for \a months: every non-zero expiring and predicted-unused amount is considered.
/// Linear: lines at 0, step, 2·step … with step the smallest 1, 2 or 5 × 10^k (minor units) of
/// at least a quarter of the tallest, up to the first line at or above it. Logarithmic: lines at
/// each power of ten from the largest at or below the smallest amount up to the first at or
/// above the tallest.
LadderScale ladderScale(const QList<LadderMonth> &months);

/// Where the month labels under the ladder go: every step-th calendar month, horizontal or
/// turned to read upwards.
struct MonthLabelLayout
{
    int angle = 0; ///< 0 or -90 degrees
    int step = 1;  ///< 1, 2, 3, 4, 6, 12, then multiples of 12
    /// Months labelled are those whose count from January of year 0 is a multiple of step, so
    /// labels keep one calendar rhythm (every quarter: Jan, Apr, Jul, Oct) whatever month the
    /// ladder starts in.
    bool labels(const QDate &month) const;
    friend bool operator==(const MonthLabelLayout &, const MonthLabelLayout &) = default;
};

/// The space one label gets, in pixels, when \a labelled of the months carry a label across
/// \a plotWidth: the distance to the next label, and no more than the axis hands each label
/// (Qt Charts divides the width by the labels plus one and keeps \a padding on either side;
/// a wider label would be elided to "…").
qreal monthLabelRoom(qreal plotWidth, int monthCount, int step, int labelled, int padding);

/// The first layout that fits, from the font metrics: every month horizontally if there is
/// room; else horizontal labels thinned to every 2nd, 3rd, 4th or 6th month; else turned labels
/// (a line's height wide) if they need fewer months skipped; else horizontal thinned further. \a months
/// are the ladder's months in order, \a labelWidth the widest label's advance, \a labelHeight
/// the font's height.
MonthLabelLayout monthLabelLayout(const QList<QDate> &months, qreal plotWidth, int labelWidth, int labelHeight,
                                  int padding);

/// The label of a month under its bar, "Dec 26" (abbreviated month, two-digit year).
QString ladderMonthLabel(const QDate &month, const QLocale &locale = QLocale());
/// The month in a tooltip or the table: "December 2026".
QString ladderMonthTitle(const QDate &month, const QLocale &locale = QLocale());

} // namespace CreditDesk::Forecast
