#include "forecast/ladderlayout.h"

#include <QtMath>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace CreditDesk::Forecast {

namespace {
qint64 powerOfTenAtMost(qint64 value)
{
    qint64 power = 1;
    while (power <= value / 10)
        power *= 10;
    return power;
}

qint64 powerOfTenAtLeast(qint64 value)
{
    qint64 power = 1;
    while (power < value && power <= std::numeric_limits<qint64>::max() / 10)
        power *= 10;
    return power;
}

/// The smallest of 1, 2, 5 × 10^k that is at least \a value.
qint64 niceStepAtLeast(qint64 value)
{
    for (qint64 decade = 1;; decade *= 10) {
        for (qint64 factor : {1, 2, 5}) {
            if (factor * decade >= value)
                return factor * decade;
        }
        if (decade > std::numeric_limits<qint64>::max() / 100)
            return decade * 10;
    }
}

qreal majorUnits(qint64 minor, int digits)
{
    qreal divisor = 1;
    for (int i = 0; i < digits; ++i)
        divisor *= 10;
    return qreal(minor) / divisor;
}

int labelledCount(const QList<QDate> &months, const MonthLabelLayout &layout)
{
    return int(std::count_if(months.cbegin(), months.cend(), [&](const QDate &month) { return layout.labels(month); }));
}
} // namespace

qreal LadderScale::position(const Money &amount) const
{
    if (!amount.isPositive())
        return 0;
    if (!logarithmic)
        return majorUnits(amount.minorUnits(), minorDigits);
    // One decade below the lowest line is the origin, so the lowest line stands at 1.
    return std::log10(qreal(amount.minorUnits()) / qreal(lowestDecade)) + 1;
}

LadderScale ladderScale(const QList<LadderMonth> &months)
{
    LadderScale scale;
    QString currency;
    qint64 smallest = 0;
    qint64 tallest = 0;
    for (const LadderMonth &month : months) {
        for (const Money &amount : {month.expiring, month.predictedUnused}) {
            if (currency.isEmpty())
                currency = amount.currency();
            if (!amount.isPositive())
                continue;
            smallest = smallest == 0 ? amount.minorUnits() : qMin(smallest, amount.minorUnits());
            tallest = qMax(tallest, amount.minorUnits());
        }
    }
    scale.minorDigits = Money::minorDigits(currency);
    if (tallest == 0)
        return scale;

    if (smallest * LadderScale::kLinearSpread >= tallest) {
        const qint64 step = niceStepAtLeast((tallest + 3) / 4);
        const qint64 lines = (tallest + step - 1) / step;
        for (qint64 line = 1; line <= lines; ++line)
            scale.ticks.append({majorUnits(line * step, scale.minorDigits), Money(line * step, currency)});
        scale.top = scale.ticks.constLast().position;
        return scale;
    }

    scale.logarithmic = true;
    scale.lowestDecade = powerOfTenAtMost(smallest);
    const qint64 highest = powerOfTenAtLeast(tallest);
    int line = 1;
    for (qint64 decade = scale.lowestDecade;; decade *= 10, ++line) {
        scale.ticks.append({qreal(line), Money(decade, currency)});
        if (decade >= highest)
            break;
    }
    scale.top = scale.ticks.constLast().position;
    return scale;
}

bool MonthLabelLayout::labels(const QDate &month) const
{
    return step <= 1 || (qint64(month.year()) * 12 + month.month() - 1) % step == 0;
}

qreal monthLabelRoom(qreal plotWidth, int monthCount, int step, int labelled, int padding)
{
    if (monthCount <= 0 || labelled <= 0)
        return 0;
    const qreal toNext = plotWidth / monthCount * step;
    const qreal perLabel = plotWidth / (labelled + 1);
    return qMin(toNext, perLabel) - 2 * padding;
}

MonthLabelLayout monthLabelLayout(const QList<QDate> &months, qreal plotWidth, int labelWidth, int labelHeight,
                                  int padding)
{
    const int count = int(months.size());
    if (count == 0 || plotWidth <= 0)
        return {};
    QList<int> steps = {1, 2, 3, 4, 6, 12};
    for (int years = 2; steps.constLast() < count; ++years)
        steps.append(12 * years);

    const auto firstFitting = [&](int extent) {
        for (int step : std::as_const(steps)) {
            const MonthLabelLayout layout{0, step};
            const int labelled = labelledCount(months, layout);
            if (labelled > 0 && monthLabelRoom(plotWidth, count, step, labelled, padding) >= extent)
                return step;
        }
        return 0;
    };
    const int horizontal = firstFitting(labelWidth);
    // Up to every half year, level labels beat turned ones: they read without tilting the head
    // and cost one line of height instead of a label's width, which a short ladder needs.
    if (horizontal != 0 && horizontal <= 6)
        return {0, horizontal};
    const int turned = firstFitting(labelHeight);
    if (turned != 0 && (horizontal == 0 || turned < horizontal))
        return {-90, turned};
    // Nothing fits (a sliver of a window): one label per stretch of the longest step, elided.
    return {0, horizontal != 0 ? horizontal : steps.constLast()};
}

QString ladderMonthLabel(const QDate &month, const QLocale &locale)
{
    return locale.toString(month, u"MMM yy"_s);
}

QString ladderMonthTitle(const QDate &month, const QLocale &locale)
{
    return locale.toString(month, u"MMMM yyyy"_s);
}

} // namespace CreditDesk::Forecast
