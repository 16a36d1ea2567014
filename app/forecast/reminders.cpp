#include "forecast/reminders.h"

#include "core/displayformat.h"
#include "forecast/icsexport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CreditDesk::Forecast {

namespace {
const QString kFiredGroup = u"reminders/fired"_s;

QString firedKey(const QString &key)
{
    // Settings keys treat '/' as a group separator; UIDs never contain one, but be safe.
    QString safe = key;
    safe.replace(u'/', u'_');
    return kFiredGroup + u'/' + safe;
}
} // namespace

ReminderSettings ReminderSettings::load(QSettings &settings)
{
    ReminderSettings result;
    const QVariant thresholds = settings.value(u"reminders/thresholdDays"_s);
    if (thresholds.isValid())
        result.thresholdDays = parseThresholdDays(thresholds.toString());
    result.monthlyLapseDays = qBound(0, settings.value(u"reminders/monthlyLapseDays"_s, result.monthlyLapseDays).toInt(), 31);
    result.horizonDays = qBound(1, settings.value(u"forecast/horizonDays"_s, result.horizonDays).toInt(), 3650);
    result.calendarAlarmDays = qBound(0, settings.value(u"reminders/calendarAlarmDays"_s, result.calendarAlarmDays).toInt(),
                                      IcsOptions::MaxAlarmDays);
    return result;
}

QList<int> parseThresholdDays(const QString &text, bool *ok)
{
    QList<int> days;
    bool allValid = true;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        bool isNumber = false;
        const int value = part.trimmed().toInt(&isNumber);
        if (!isNumber || value < 0 || value > 3650) {
            allValid = false;
            continue;
        }
        if (!days.contains(value))
            days.append(value);
    }
    std::sort(days.begin(), days.end(), std::greater<>());
    if (ok)
        *ok = allValid;
    return days;
}

QString thresholdDaysText(const QList<int> &days)
{
    QStringList parts;
    for (int d : days)
        parts.append(QString::number(d));
    return parts.join(u", "_s);
}

void ReminderSettings::save(QSettings &settings) const
{
    QStringList days;
    for (int d : thresholdDays)
        days.append(QString::number(d));
    settings.setValue(u"reminders/thresholdDays"_s, days.join(u','));
    settings.setValue(u"reminders/monthlyLapseDays"_s, monthlyLapseDays);
    settings.setValue(u"forecast/horizonDays"_s, horizonDays);
    settings.setValue(u"reminders/calendarAlarmDays"_s, calendarAlarmDays);
}

bool ReminderLog::hasFired(const QString &key) const
{
    return m_settings.contains(firedKey(key));
}

void ReminderLog::markFired(const QString &key, const QDate &day)
{
    m_settings.setValue(firedKey(key), day.toString(Qt::ISODate));
}

void ReminderLog::forgetBefore(const QDate &day)
{
    m_settings.beginGroup(kFiredGroup);
    const QStringList keys = m_settings.childKeys();
    for (const QString &key : keys) {
        const QDate fired = QDate::fromString(m_settings.value(key).toString(), Qt::ISODate);
        if (fired.isValid() && fired < day)
            m_settings.remove(key);
    }
    m_settings.endGroup();
}

QDate monthlyAllowanceEnd(const QDate &activation, const QDate &today)
{
    if (!activation.isValid() || today < activation)
        return {};
    int months = (today.year() - activation.year()) * 12 + today.month() - activation.month();
    // addMonths clamps to the month's end (31 Jan + 1 month = 28/29 Feb), as billing does.
    if (activation.addMonths(months) > today)
        --months;
    return activation.addMonths(months + 1).addDays(-1);
}

QList<Reminder> takeDueReminders(const QList<ExpiryItem> &items, const QList<PartnerCredit> &monthlyCredits,
                                 const QDate &today, const ReminderSettings &settings, ReminderLog &log)
{
    const QLocale locale;
    QList<Reminder> due;
    QList<int> thresholds = settings.thresholdDays;
    std::sort(thresholds.begin(), thresholds.end());
    for (const ExpiryItem &item : items) {
        if (!item.date.isValid() || item.date < today)
            continue;
        const int daysLeft = int(today.daysTo(item.date));
        QList<int> crossed;
        for (int threshold : thresholds) {
            if (daysLeft <= threshold)
                crossed.append(threshold);
        }
        if (crossed.isEmpty())
            continue;
        const int tightest = crossed.constFirst();
        const QString key = item.uid + u"#"_s + QString::number(tightest) + u"d"_s;
        if (log.hasFired(key))
            continue;
        for (int threshold : crossed)
            log.markFired(item.uid + u"#"_s + QString::number(threshold) + u"d"_s, today);
        Reminder reminder;
        reminder.key = key;
        reminder.item = item;
        reminder.thresholdDays = tightest;
        reminder.daysLeft = daysLeft;
        reminder.title = item.title;
        const QString amount = item.amount.isValid() ? formatMoney(item.amount, locale) : QString();
        // One day apart from many: untranslated English has no plural forms for %n.
        if (daysLeft == 0)
            reminder.text = QCoreApplication::translate("CreditDesk::Forecast",
                                                        "%1 of credit can be used until the end of today (UTC).")
                                .arg(amount);
        else if (daysLeft == 1)
            reminder.text = QCoreApplication::translate("CreditDesk::Forecast", "%1 of credit expires tomorrow, %2 (UTC).")
                                .arg(amount, DisplayFormat::date(item.date, locale));
        else
            reminder.text = QCoreApplication::translate("CreditDesk::Forecast", "%1 of credit expires in %2 days, on %3 (UTC).")
                                .arg(amount, QString::number(daysLeft), DisplayFormat::date(item.date, locale));
        due.append(reminder);
    }

    if (settings.monthlyLapseDays > 0) {
        for (const PartnerCredit &credit : monthlyCredits) {
            if (credit.type != PartnerCredit::Type::Monthly || credit.status == PartnerCredit::Status::Expired)
                continue;
            const QDate lapse = monthlyAllowanceEnd(credit.startDate, today);
            if (!lapse.isValid())
                continue;
            const QDate cutoff = monthlyCreditLastDay(credit);
            if (lapse > cutoff || (credit.endDate.isValid() && lapse > credit.endDate))
                continue;
            const int daysLeft = int(today.daysTo(lapse));
            if (daysLeft > settings.monthlyLapseDays)
                continue;
            const QString key = u"monthly-lapse-"_s + credit.id + u'-' + lapse.toString(Qt::ISODate);
            if (log.hasFired(key))
                continue;
            log.markFired(key, today);
            Reminder reminder;
            reminder.key = key;
            reminder.monthlyLapse = true;
            reminder.lapseDate = lapse;
            reminder.daysLeft = daysLeft;
            reminder.thresholdDays = settings.monthlyLapseDays;
            reminder.item.uid = credit.id;
            reminder.item.kind = ExpiryItem::Kind::MonthlyCredit;
            reminder.item.date = lapse;
            reminder.item.amount = credit.amount;
            reminder.item.creditId = credit.id;
            reminder.item.scope = credit.assignedUser.userPrincipalName;
            reminder.title = QCoreApplication::translate("CreditDesk::Forecast", "Monthly credit %1").arg(credit.programName);
            reminder.text = daysLeft == 1
                ? QCoreApplication::translate("CreditDesk::Forecast",
                                              "This month's unused allowance lapses in 1 day, after %1 (UTC); it does not carry forward.")
                      .arg(DisplayFormat::date(lapse, locale))
                : QCoreApplication::translate("CreditDesk::Forecast",
                                              "This month's unused allowance lapses in %1 days, after %2 (UTC); it does not carry forward.")
                      .arg(QString::number(daysLeft), DisplayFormat::date(lapse, locale));
            due.append(reminder);
        }
    }
    return due;
}

} // namespace CreditDesk::Forecast
