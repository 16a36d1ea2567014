#include "filters/viewsummary.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
QString translate(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("CreditDesk::ViewSummary", text, comment);
}

quint64 powerOfTen(int exponent)
{
    quint64 p = 1;
    while (exponent-- > 0)
        p *= 10;
    return p;
}

/// Puts \a number where the locale puts the amount of a currency value, with \a symbol and
/// the sign where the locale wants them (as formatMoney does), without any floating value.
QString placeInCurrencyPattern(const QString &number, bool negative, const Money &money, const QLocale &locale)
{
    const bool ownCurrency = locale.currencySymbol(QLocale::CurrencyIsoCode) == money.currency();
    QString symbol = ownCurrency ? locale.currencySymbol(QLocale::CurrencySymbol) : money.currency();
    const QChar placeholder(0xFFFC);
    QString pattern = locale.toCurrencyString(qlonglong(negative ? -1 : 1), QString(placeholder));
    const QString one = locale.toString(qlonglong(1));
    const qsizetype at = pattern.lastIndexOf(one);
    if (at < 0)
        return (negative ? u"-"_s : QString()) + number + u' ' + symbol;
    pattern.replace(at, one.size(), number);
    if (!ownCurrency) {
        const qsizetype p = pattern.indexOf(placeholder);
        if (p + 1 < pattern.size() && !pattern.at(p + 1).isSpace())
            symbol += QChar(0x00A0);
        else if (p > 0 && !pattern.at(p - 1).isSpace())
            symbol.prepend(QChar(0x00A0));
    }
    pattern.replace(placeholder, symbol);
    return pattern;
}
} // namespace

QString formatCompactMoney(const Money &money, const QLocale &locale)
{
    if (!money.isValid())
        return QString();
    const qint64 minor = money.minorUnits();
    const quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 one = powerOfTen(money.digits());
    if (magnitude / one < 10000)
        return formatMoney(money, locale);

    struct Unit
    {
        quint64 size;
        const char *suffix;
    };
    //: compact money suffixes: thousand, million, billion, trillion
    static const Unit units[] = { { 1000, QT_TRANSLATE_NOOP("CreditDesk::ViewSummary", "K") },
                                  { 1000000, QT_TRANSLATE_NOOP("CreditDesk::ViewSummary", "M") },
                                  { 1000000000, QT_TRANSLATE_NOOP("CreditDesk::ViewSummary", "B") },
                                  { 1000000000000, QT_TRANSLATE_NOOP("CreditDesk::ViewSummary", "T") } };
    const quint64 major = magnitude / one;
    size_t u = 0;
    while (u + 1 < std::size(units) && major >= units[u + 1].size)
        ++u;
    quint64 tenths = 0;
    for (;;) {
        // Tenths of the unit, rounded half up: magnitude / (unit * one / 10).
        const quint64 divisor = units[u].size * one / 10;
        tenths = (magnitude + divisor / 2) / divisor;
        if (tenths < 10000 || u + 1 == std::size(units))
            break;
        ++u; // 999,950 rounds to 1000.0K: say 1M instead
    }
    QString number;
    if (tenths >= 1000 || tenths % 10 == 0)
        number = locale.toString(qulonglong((tenths + 5) / 10));
    else
        number = locale.toString(qulonglong(tenths / 10)) + locale.decimalPoint() + locale.toString(int(tenths % 10));
    number += translate(units[u].suffix);
    return placeInCurrencyPattern(number, minor < 0, money, locale);
}

QString ViewSummary::text(const QLocale &locale, const QString &noun) const
{
    QString count = shown == total
        //: "10,000 lots"
        ? translate("%1 %2").arg(locale.toString(total), noun)
        //: "Showing 312 of 10,000 lots"
        : translate("Showing %1 of %2 %3").arg(locale.toString(shown), locale.toString(total), noun);
    if (remainingByCurrency.isEmpty())
        return count;
    QStringList amounts;
    for (const Money &m : remainingByCurrency)
        amounts.append(formatCompactMoney(m, locale));
    //: "<count> · $1.2M remaining"
    return translate("%1 · %2 remaining").arg(count, amounts.join(u" + "_s));
}

} // namespace CreditDesk
