// Reminders: each credit × threshold fires once, remembered across restarts.
#include "forecast/remindernotice.h"
#include "core/displayformat.h"
#include "forecast/reminders.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace CreditDesk;
using namespace CreditDesk::Forecast;
using namespace Qt::StringLiterals;

namespace {
ExpiryItem item(const QString &uid, const QDate &date)
{
    ExpiryItem i;
    i.uid = uid;
    i.date = date;
    i.title = u"Credit "_s + uid;
    i.amount = Money(120000, u"USD"_s);
    return i;
}
} // namespace

class TestReminders : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString settingsPath() const { return m_dir.filePath(u"creditdesk.conf"_s); }

private Q_SLOTS:
    void init()
    {
        QFile::remove(settingsPath());
    }

    void eachThresholdFiresOnce()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ReminderLog log(settings);
        const ReminderSettings defaults;
        const QDate expiry(2027, 3, 1);
        const QList<ExpiryItem> items{item(u"a"_s, expiry)};

        QVERIFY(takeDueReminders(items, {}, expiry.addDays(-91), defaults, log).isEmpty());
        QList<Reminder> due = takeDueReminders(items, {}, expiry.addDays(-90), defaults, log);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].thresholdDays, 90);
        // The page's date style (tst_core_displayformat checks it per locale), never ISO in a sentence.
        QVERIFY2(due[0].text.contains(u"expires in 90 days, on %1 (UTC)"_s.arg(DisplayFormat::date(QDate(2027, 3, 1)))),
                 qPrintable(due[0].text));
        QVERIFY2(!due[0].text.contains(u"2027-03-01"_s), qPrintable(due[0].text));
        QVERIFY(takeDueReminders(items, {}, expiry.addDays(-90), defaults, log).isEmpty());
        QVERIFY(takeDueReminders(items, {}, expiry.addDays(-31), defaults, log).isEmpty());
        QCOMPARE(takeDueReminders(items, {}, expiry.addDays(-30), defaults, log).constFirst().thresholdDays, 30);
        QCOMPARE(takeDueReminders(items, {}, expiry.addDays(-6), defaults, log).constFirst().thresholdDays, 7);
        QVERIFY(takeDueReminders(items, {}, expiry, defaults, log).isEmpty());
        QVERIFY(takeDueReminders(items, {}, expiry.addDays(1), defaults, log).isEmpty()); // expired: no reminder
    }

    void oneDayLeftReadsAsOneDay()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ReminderLog log(settings);
        const QDate today(2026, 11, 22);
        const QList<Reminder> due = takeDueReminders({item(u"t"_s, today.addDays(1))}, {}, today, {}, log);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].daysLeft, 1);
        QVERIFY2(due[0].text.contains(u"expires tomorrow"_s), qPrintable(due[0].text));
        QVERIFY2(!due[0].text.contains(u"1 days"_s), qPrintable(due[0].text));
    }

    void firstSightingShowsOnlyTheTightestThreshold()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ReminderLog log(settings);
        const QDate today(2026, 11, 22);
        const QList<Reminder> due = takeDueReminders({item(u"b"_s, today.addDays(5))}, {}, today, {}, log);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].thresholdDays, 7);
        QCOMPARE(due[0].daysLeft, 5);
        // The wider thresholds count as fired: no catch-up burst tomorrow.
        QVERIFY(takeDueReminders({item(u"b"_s, today.addDays(5))}, {}, today.addDays(1), {}, log).isEmpty());
    }

    void firedRemindersSurviveARestart()
    {
        const QDate today(2026, 11, 22);
        const QList<ExpiryItem> items{item(u"c"_s, today.addDays(20)), item(u"d"_s, today.addDays(200))};
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            ReminderLog log(settings);
            QCOMPARE(takeDueReminders(items, {}, today, {}, log).size(), 1);
        } // the app quits; settings are written
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ReminderLog log(settings);
        QVERIFY(takeDueReminders(items, {}, today.addDays(1), {}, log).isEmpty());
        QCOMPARE(takeDueReminders(items, {}, today.addDays(13), {}, log).size(), 1); // 7 days left
    }

    void monthlyAllowanceLapse()
    {
        QCOMPARE(monthlyAllowanceEnd(QDate(2026, 1, 15), QDate(2026, 3, 20)), QDate(2026, 4, 14));
        QCOMPARE(monthlyAllowanceEnd(QDate(2026, 1, 15), QDate(2026, 3, 14)), QDate(2026, 3, 14));
        QCOMPARE(monthlyAllowanceEnd(QDate(2026, 1, 31), QDate(2026, 2, 10)), QDate(2026, 2, 27));
        QVERIFY(!monthlyAllowanceEnd(QDate(2026, 1, 15), QDate(2026, 1, 1)).isValid());

        QSettings settings(settingsPath(), QSettings::IniFormat);
        ReminderLog log(settings);
        PartnerCredit credit;
        credit.id = u"pc-1"_s;
        credit.programName = u"Solutions Partner"_s;
        credit.type = PartnerCredit::Type::Monthly;
        credit.amount = Money(15000, u"USD"_s);
        credit.startDate = QDate(2026, 1, 15);
        QVERIFY(takeDueReminders({}, {credit}, QDate(2026, 3, 10), {}, log).isEmpty());
        const QList<Reminder> due = takeDueReminders({}, {credit}, QDate(2026, 3, 11), {}, log);
        QCOMPARE(due.size(), 1);
        QVERIFY(due[0].monthlyLapse);
        QCOMPARE(due[0].lapseDate, QDate(2026, 3, 14));
        QVERIFY(takeDueReminders({}, {credit}, QDate(2026, 3, 12), {}, log).isEmpty());
        QCOMPARE(takeDueReminders({}, {credit}, QDate(2026, 4, 12), {}, log).size(), 1); // next month again
        // After the 13-month limit there is no allowance left to lapse.
        QCOMPARE(takeDueReminders({}, {credit}, QDate(2027, 2, 12), {}, log).size(), 1); // the 13th month
        QVERIFY(takeDueReminders({}, {credit}, QDate(2027, 3, 12), {}, log).isEmpty());
        ReminderSettings off;
        off.monthlyLapseDays = 0;
        QVERIFY(takeDueReminders({}, {credit}, QDate(2026, 5, 12), off, log).isEmpty());
    }

    void settingsRoundTrip()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        QCOMPARE(ReminderSettings::load(settings), ReminderSettings());
        ReminderSettings custom;
        custom.thresholdDays = {60, 14, 1};
        custom.monthlyLapseDays = 5;
        custom.horizonDays = 120;
        custom.save(settings);
        QCOMPARE(ReminderSettings::load(settings), custom);
        settings.setValue(u"reminders/thresholdDays"_s, u"7, x, 45,45"_s);
        QCOMPARE(ReminderSettings::load(settings).thresholdDays, (QList<int>{45, 7}));
    }

    void aNoticeListsSoonestFirstAndStaysShort()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ReminderLog log(settings);
        const QDate today(2027, 1, 1);
        QList<ExpiryItem> items;
        for (int days : {60, 5, 20, 80, 2})
            items.append(item(QString::number(days), today.addDays(days)));
        items[1].creditId = u"/lots/five"_s;
        const ReminderNotice notice = reminderNotice(takeDueReminders(items, {}, today, ReminderSettings{}, log));
        QCOMPARE(notice.reminders.size(), 5);
        QCOMPARE(notice.reminders.constFirst().daysLeft, 2);
        QCOMPARE(notice.lotIds, QStringList{u"/lots/five"_s});
        QVERIFY2(notice.lines[1].startsWith(u"Azure credit five: "_s), qPrintable(notice.lines[1]));
        const QStringList shortLines = notice.shortLines(3);
        QCOMPARE(shortLines.size(), 3);
        QVERIFY2(shortLines.constLast().contains(u"3 more"_s), qPrintable(shortLines.constLast()));
        QVERIFY(reminderNotice({}).isEmpty());
    }

    void checksWaitForCompleteFiguresAndThenEveryFewHours()
    {
        const QDateTime now(QDate(2027, 1, 1), QTime(12, 0), QTimeZone::utc());
        QVERIFY(!reminderCheckDue(true, false, true, {}, now)); // a refresh half-way through
        QVERIFY(!reminderCheckDue(true, true, false, {}, now)); // nothing loaded
        QVERIFY(reminderCheckDue(true, true, true, now, now));  // start / refresh: always
        QVERIFY(!reminderCheckDue(false, true, true, now.addSecs(-3600), now));
        QVERIFY(reminderCheckDue(false, true, true, now.addSecs(-ReminderRecheckHours * 3600), now));
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
