#include "forecast/remindernotice.h"

#include "forecast/expiryitem.h"

#include <QCoreApplication>

#include <algorithm>

namespace CreditDesk::Forecast {

QList<Reminder> takeDueRemindersForReport(const ForecastReport &report, const QList<PartnerCredit> &partnerCredits,
                                 const QDate &today, const ReminderSettings &settings, ReminderLog &log)
{
    QList<ExpiryItem> items = expiryItemsFromForecast(report);
    items += expiryItemsFromPartnerCredits(partnerCredits, today);
    return takeDueReminders(items, partnerCredits, today, settings, log);
}

ReminderNotice reminderNotice(QList<Reminder> reminders)
{
    ReminderNotice notice;
    if (reminders.isEmpty())
        return notice;
    std::stable_sort(reminders.begin(), reminders.end(),
                     [](const Reminder &a, const Reminder &b) { return a.daysLeft < b.daysLeft; });
    for (const Reminder &reminder : std::as_const(reminders)) {
        // A lot's calendar title says "expires" already; the line says it with the amount.
        const QString name = reminder.item.kind == ExpiryItem::Kind::Lot
            ? QCoreApplication::translate("CreditDesk::Forecast", "Azure credit %1").arg(lastSegment(reminder.item.creditId))
            : reminder.title;
        notice.lines.append(QCoreApplication::translate("CreditDesk::Forecast", "%1: %2").arg(name, reminder.text));
        if (reminder.item.kind == ExpiryItem::Kind::Lot && !reminder.item.creditId.isEmpty()
            && !notice.lotIds.contains(reminder.item.creditId))
            notice.lotIds.append(reminder.item.creditId);
    }
    notice.title = reminders.size() == 1
        ? QCoreApplication::translate("CreditDesk::Forecast", "Credit expires soon")
        : QCoreApplication::translate("CreditDesk::Forecast", "Credits expiring soon: %1").arg(reminders.size());
    notice.reminders = std::move(reminders);
    return notice;
}

QStringList ReminderNotice::shortLines(int maxLines) const
{
    if (lines.size() <= maxLines)
        return lines;
    QStringList shown = lines.mid(0, qMax(0, maxLines - 1));
    shown.append(QCoreApplication::translate("CreditDesk::Forecast", "…and %1 more credits expiring soon.")
                     .arg(lines.size() - shown.size()));
    return shown;
}

bool reminderCheckDue(bool requested, bool figuresComplete, bool haveFigures, const QDateTime &lastCheck,
                      const QDateTime &now)
{
    if (!haveFigures || !figuresComplete)
        return false;
    if (requested || !lastCheck.isValid())
        return true;
    return lastCheck.secsTo(now) >= qint64(ReminderRecheckHours) * 3600;
}

} // namespace CreditDesk::Forecast
