#include "core/displayformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace CreditDesk::DisplayFormat {

QString mediumDateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    // The weekday with whatever punctuation joins it to the rest ("dddd, ", "dddd ", "（dddd）").
    static const QRegularExpression weekday(u"[\\s,]*[(（]?d{3,4}[)）]?[\\s,]*"_s);
    const QRegularExpressionMatch match = weekday.match(format);
    if (match.hasMatch()) {
        const bool atStart = match.capturedStart() == 0;
        const bool atEnd = match.capturedEnd() == format.size();
        format.replace(match.capturedStart(), match.capturedLength(), atStart || atEnd ? QString() : u" "_s);
    }
    format.replace(u"MMMM"_s, u"MMM"_s);
    return format.trimmed();
}

QString date(const QDate &value, const QLocale &locale)
{
    return value.isValid() ? locale.toString(value, mediumDateFormat(locale)) : QString();
}

QString utcDate(const QDateTime &dateTime, const QLocale &locale)
{
    return dateTime.isValid() ? date(dateTime.toUTC().date(), locale) : QString();
}

QString utcDateTime(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return QString();
    const QDateTime utc = dateTime.toUTC();
    //: A date and a time of day in UTC, e.g. "Dec 3, 2026, 14:43 UTC".
    return QCoreApplication::translate("DisplayFormat", "%1, %2 UTC")
        .arg(date(utc.date(), locale), locale.toString(utc.time(), QLocale::ShortFormat));
}

} // namespace CreditDesk::DisplayFormat
