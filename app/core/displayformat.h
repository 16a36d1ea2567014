#pragma once

#include <QLocale>
#include <QString>

class QDate;
class QDateTime;

namespace CreditDesk::DisplayFormat {

/// One style for dates on every page, details pane and banner (CSV and the CLI keep ISO 8601):
/// the locale's medium date, "Dec 3, 2026" / "3 Dec 2026" / "03.12.2026"-style per locale, built
/// from its long format without the weekday and with abbreviated month names, because Qt has
/// no medium format and the short one ("12/3/26") is ambiguous across regions.
QString mediumDateFormat(const QLocale &locale = QLocale());

/// \a date in the medium style; an empty string for an invalid date. Azure's dates are UTC
/// calendar days, so this never converts time zones.
QString date(const QDate &date, const QLocale &locale = QLocale());
/// The UTC calendar day of \a dateTime in the medium style.
QString utcDate(const QDateTime &dateTime, const QLocale &locale = QLocale());
/// Where the time matters (ledger entries, the offline copy's age): medium date, the locale's
/// short time, and "UTC", e.g. "Dec 3, 2026, 14:43 UTC".
QString utcDateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());

} // namespace CreditDesk::DisplayFormat
