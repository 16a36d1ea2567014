#pragma once

#include "domain/partnercredit.h"
#include "forecast/expiryitem.h"

#include <QDate>
#include <QList>
#include <QString>

class QSettings;

namespace CreditDesk::Forecast {

/// What the user chose on the Reminders settings page. Stored under "reminders/" in the
/// application settings, next to "forecast/horizonDays".
struct ReminderSettings
{
    QList<int> thresholdDays{90, 30, 7}; ///< days before the last usable day
    int monthlyLapseDays = 3;            ///< a monthly credit's allowance lapses in N days; 0 = off
    int horizonDays = DefaultHorizonDays;
    int calendarAlarmDays = 7;           ///< VALARM lead time of the .ics export

    static ReminderSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    friend bool operator==(const ReminderSettings &, const ReminderSettings &) = default;
};

/// "90, 30, 7" → {90, 30, 7}: distinct non-negative days, widest first. \a ok is false when a
/// part is not such a number (those parts are left out).
QList<int> parseThresholdDays(const QString &text, bool *ok = nullptr);
/// {90, 30, 7} → "90, 30, 7".
QString thresholdDaysText(const QList<int> &days);

/// One notification to show.
struct Reminder
{
    QString key;        ///< credit uid + threshold: what "fired once" is remembered by
    ExpiryItem item;
    int thresholdDays = 0;
    int daysLeft = 0;
    bool monthlyLapse = false; ///< the monthly allowance, not the credit itself
    QDate lapseDate;           ///< for monthlyLapse: the last day of the current month's allowance
    QString title;
    QString text;
};

/// Which reminders have fired, remembered across restarts in the settings file (group
/// "reminders/fired": key → date fired). Settings rather than a table: a few hundred short
/// keys, written rarely, and the user can reset them by deleting the group.
class ReminderLog
{
public:
    explicit ReminderLog(QSettings &settings) : m_settings(settings) {}
    bool hasFired(const QString &key) const;
    void markFired(const QString &key, const QDate &day);
    /// Forgets entries fired before \a day (credits long gone).
    void forgetBefore(const QDate &day);

private:
    QSettings &m_settings;
};

/// The last day of the monthly allowance period that contains \a today for a monthly credit
/// activated on \a activation (periods run from the activation day of one month to the day
/// before it in the next). Invalid before activation.
QDate monthlyAllowanceEnd(const QDate &activation, const QDate &today);

/// The reminders due today that have not fired yet, marked as fired in \a log. When a credit
/// has crossed several thresholds since it was last seen (e.g. the app was not running), only
/// the tightest one is shown, and the wider ones count as fired too: one notification per
/// credit, never a burst.
QList<Reminder> takeDueReminders(const QList<ExpiryItem> &items, const QList<PartnerCredit> &monthlyCredits,
                                 const QDate &today, const ReminderSettings &settings, ReminderLog &log);

} // namespace CreditDesk::Forecast
