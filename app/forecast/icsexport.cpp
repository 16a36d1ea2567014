#include "forecast/icsexport.h"

#include <QCoreApplication>
#include <QLocale>

#include <libical/ical.h>

#include <memory>

namespace CreditDesk::Forecast {

namespace {
struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};

icaltimetype icalDate(const QDate &date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    return t;
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

QString describe(const ExpiryItem &item, const QLocale &locale)
{
    QStringList lines;
    if (item.amount.isValid())
        lines << QCoreApplication::translate("CreditDesk::Forecast", "Amount: %1").arg(formatMoney(item.amount, locale));
    if (!item.scope.isEmpty())
        lines << QCoreApplication::translate("CreditDesk::Forecast", "Scope: %1").arg(item.scope);
    lines << QCoreApplication::translate("CreditDesk::Forecast", "Last usable day: %1 (UTC)").arg(item.date.toString(Qt::ISODate));
    if (!item.creditId.isEmpty())
        lines << QCoreApplication::translate("CreditDesk::Forecast", "Credit: %1").arg(item.creditId);
    return lines.join(u'\n');
}
} // namespace

QByteArray toIcs(const QList<ExpiryItem> &items, const IcsOptions &options, const QLocale &locale)
{
    std::unique_ptr<icalcomponent, ComponentDeleter> calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//CreditDesk//Credit expiries//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));

    const QDateTime stamp = (options.stamp.isValid() ? options.stamp : QDateTime::currentDateTimeUtc()).toUTC();
    const icaltimetype dtstamp = icaltime_from_timet_with_zone(stamp.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
    for (const ExpiryItem &item : items) {
        if (!item.date.isValid() || item.uid.isEmpty())
            continue;
        icalcomponent *event = icalcomponent_new_vevent();
        icalcomponent_add_property(event, icalproperty_new_uid(utf8(item.uid).constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(dtstamp));
        // A calendar shows the updated event when the same UID arrives with a newer stamp.
        icalcomponent_add_property(event, icalproperty_new_lastmodified(dtstamp));
        icalcomponent_add_property(event, icalproperty_new_dtstart(icalDate(item.date)));
        icalcomponent_add_property(event, icalproperty_new_dtend(icalDate(item.date.addDays(1))));
        icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        QString summary = item.title;
        if (item.amount.isValid())
            summary = QCoreApplication::translate("CreditDesk::Forecast", "%1: %2").arg(item.title, formatMoney(item.amount, locale));
        icalcomponent_add_property(event, icalproperty_new_summary(utf8(summary).constData()));
        icalcomponent_add_property(event, icalproperty_new_description(utf8(describe(item, locale)).constData()));

        if (options.reminderDaysBefore >= 0) {
            icalcomponent *alarm = icalcomponent_new_valarm();
            icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
            icalcomponent_add_property(alarm, icalproperty_new_trigger(icaltriggertype_from_int(-qMin(options.reminderDaysBefore, IcsOptions::MaxAlarmDays) * 86400)));
            icalcomponent_add_property(alarm, icalproperty_new_description(utf8(summary).constData()));
            icalcomponent_add_component(event, alarm);
        }
        icalcomponent_add_component(calendar.get(), event);
    }
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    QByteArray result(text);
    icalmemory_free_buffer(text);
    return result;
}

} // namespace CreditDesk::Forecast
