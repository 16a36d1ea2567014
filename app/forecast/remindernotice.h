#pragma once

#include "forecast/forecast.h"
#include "forecast/reminders.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace CreditDesk::Forecast {

/// What the reminders that just fired tell the user, in one notification (tray) or one
/// banner (no tray): a title, one line per credit, and the lots "Show" opens.
struct ReminderNotice
{
    QString title;             ///< "Credit expires soon" / "3 credits expire soon"
    QStringList lines;         ///< one per reminder: "<title>: <text>", soonest first
    QStringList lotIds;        ///< lots among them, soonest first (for "Show")
    QList<Reminder> reminders;

    bool isEmpty() const { return reminders.isEmpty(); }
    /// The first \a maxLines lines, and "…and N more" for the rest: a notification or a banner
    /// stays short however many credits fired at once (the Overview lists them all).
    QStringList shortLines(int maxLines = 3) const;
};

/// The reminders of \a report's lots (and of \a partnerCredits: bulk end dates, monthly
/// cutoffs and monthly allowance lapses) due on \a today and not fired before; they are
/// marked as fired in \a log, so each credit × threshold is shown once, across restarts.
QList<Reminder> takeDueRemindersForReport(const ForecastReport &report, const QList<PartnerCredit> &partnerCredits,
                                 const QDate &today, const ReminderSettings &settings, ReminderLog &log);

/// The notice for reminders that fired together; empty when none did.
ReminderNotice reminderNotice(QList<Reminder> reminders);

/// How often a running app looks again without a refresh: credits cross a threshold at most
/// once a day (UTC), so a few hours is enough and never nags.
inline constexpr int ReminderRecheckHours = 4;

/// Whether reminders should be evaluated now: when a check was asked for (start, a refresh
/// that succeeded) and the figures are complete; otherwise only after ReminderRecheckHours
/// since the last check. \a lastCheck invalid = never checked.
bool reminderCheckDue(bool requested, bool figuresComplete, bool haveFigures, const QDateTime &lastCheck,
                      const QDateTime &now);

} // namespace CreditDesk::Forecast
