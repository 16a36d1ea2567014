#pragma once

#include "forecast/expiryitem.h"

#include <QByteArray>
#include <QDateTime>

class QLocale;

namespace CreditDesk::Forecast {

struct IcsOptions
{
    int reminderDaysBefore = 7; ///< VALARM lead time, in days before the expiry day; at most MaxAlarmDays
    static constexpr int MaxAlarmDays = 366;
    QDateTime stamp;            ///< DTSTAMP (UTC); invalid: now
};

/// An RFC 5545 calendar (written by libical: escaping, CRLF and 75-octet folding) with one
/// all-day event per item, the amount and scope in the description and a display alarm.
/// UIDs come from the items, so importing a newer file updates the events instead of
/// duplicating them.
QByteArray toIcs(const QList<ExpiryItem> &items, const IcsOptions &options, const QLocale &locale);

} // namespace CreditDesk::Forecast
