// The calendar export, re-read by an independent parser (Python's standard library).
#include "forecast/icsexport.h"
#include "forecast/reminders.h"
#include "forecasttestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CreditDesk;
using namespace CreditDesk::Forecast;
using namespace CreditDesk::TestData;
using namespace Qt::StringLiterals;

namespace {
const QDate kToday(2026, 11, 22);

QJsonObject parseIndependently(const QByteArray &ics)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"export.ics"_s));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(ics);
    file.close();
    QProcess python;
    python.start(u"python3"_s, {QStringLiteral(CREDITDESK_ICS_PARSER), file.fileName()});
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

QList<ExpiryItem> sampleItems()
{
    ExpiryItem tricky;
    tricky.uid = u"lot-1@creditdesk"_s;
    tricky.date = QDate(2028, 2, 29);
    tricky.title = u"Credit \"A\"; promo, Q1\\Q2 – Zürich ünïcödé and a title long enough to need folding twice over"_s;
    tricky.amount = Money(420000, u"USD"_s);
    tricky.scope = u"Contoso, Ltd; EU\nprofile"_s;
    tricky.creditId = u"/providers/Microsoft.Billing/billingAccounts/a/lots/L1"_s;
    ExpiryItem plain;
    plain.uid = u"monthly-2@creditdesk"_s;
    plain.kind = ExpiryItem::Kind::MonthlyCredit;
    plain.date = QDate(2026, 12, 31);
    plain.title = u"Monthly credit"_s;
    plain.amount = Money(15000, u"EUR"_s);
    return {tricky, plain};
}
} // namespace

class TestIcsExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
            QSKIP("python3 is needed as the independent parser");
    }

    void independentParserReadsWhatWasWritten()
    {
        const QLocale locale(QLocale::English, QLocale::UnitedStates);
        IcsOptions options;
        options.reminderDaysBefore = 10;
        options.stamp = utc(kToday, 8);
        const QByteArray ics = toIcs(sampleItems(), options, locale);
        const QJsonObject parsed = parseIndependently(ics);
        QCOMPARE(parsed.value(u"problems"_s).toArray(), QJsonArray());
        const QJsonArray events = parsed.value(u"events"_s).toArray();
        QCOMPARE(events.size(), 2);

        const QJsonObject first = events.at(0).toObject();
        QCOMPARE(first.value(u"UID"_s).toString(), u"lot-1@creditdesk"_s);
        QCOMPARE(first.value(u"DTSTART"_s).toString(), u"20280229"_s);
        QCOMPARE(first.value(u"DTSTART;params"_s).toString(), u"VALUE=DATE"_s);
        QCOMPARE(first.value(u"DTEND"_s).toString(), u"20280301"_s);
        QCOMPARE(first.value(u"DTSTAMP"_s).toString(), u"20261122T080000Z"_s);
        QCOMPARE(first.value(u"SUMMARY"_s).toString(), sampleItems()[0].title + u": $4,200.00"_s);
        const QString description = first.value(u"DESCRIPTION"_s).toString();
        QVERIFY2(description.contains(u"Amount: $4,200.00"_s), qPrintable(description));
        QVERIFY2(description.contains(u"Scope: Contoso, Ltd; EU\nprofile"_s), qPrintable(description));
        QVERIFY(description.contains(u"Last usable day: 2028-02-29 (UTC)"_s));
        const QJsonObject alarm = first.value(u"alarm"_s).toObject();
        QCOMPARE(alarm.value(u"ACTION"_s).toString(), u"DISPLAY"_s);
        QCOMPARE(alarm.value(u"TRIGGER"_s).toString(), u"-P10D"_s);

        QCOMPARE(events.at(1).toObject().value(u"SUMMARY"_s).toString(), u"Monthly credit: "_s + formatMoney(Money(15000, u"EUR"_s), locale));
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.contains("VERSION:2.0\r\n"));
    }

    void alarmLeadTimeIsBounded()
    {
        // days × 86400 overflows an int beyond 24,855 days: a hand-edited setting must not
        // turn the alarm into one after the expiry.
        IcsOptions options;
        options.reminderDaysBefore = std::numeric_limits<int>::max();
        options.stamp = utc(kToday, 8);
        const QJsonObject parsed = parseIndependently(toIcs(sampleItems(), options, QLocale(QLocale::English)));
        QCOMPARE(parsed.value(u"problems"_s).toArray(), QJsonArray());
        const QJsonObject alarm = parsed.value(u"events"_s).toArray().at(0).toObject().value(u"alarm"_s).toObject();
        QCOMPARE(alarm.value(u"TRIGGER"_s).toString(), u"-P366D"_s);

        QSettings settings(QSettings::IniFormat, QSettings::UserScope, u"CreditDeskTests"_s, u"icsbounds"_s);
        settings.setValue(u"reminders/calendarAlarmDays"_s, 1'000'000);
        QCOMPARE(ReminderSettings::load(settings).calendarAlarmDays, IcsOptions::MaxAlarmDays);
        settings.clear();
    }

    void uidsAreStableAcrossExports()
    {
        Lot lot = TestData::lot(u"L1"_s, 5000, kToday.addDays(-10), kToday.addDays(40));
        ForecastInput input;
        input.lots = {lot};
        input.today = kToday;
        const QList<ExpiryItem> once = expiryItemsFromForecast(buildForecast(input));
        input.today = kToday.addDays(3);
        input.lots[0].closedBalance = Money(4000, u"USD"_s);
        const QList<ExpiryItem> later = expiryItemsFromForecast(buildForecast(input));
        QCOMPARE(once.size(), 1);
        QCOMPARE(later.size(), 1);
        QCOMPARE(later[0].uid, once[0].uid); // the same lot updates its event
        QCOMPARE(later[0].amount, Money(4000, u"USD"_s));
        QVERIFY(once[0].uid.endsWith(u"@creditdesk"_s));
    }

    void partnerCreditsUseTheirCutoff()
    {
        PartnerCredit monthly;
        monthly.id = u"pc-1"_s;
        monthly.programName = u"Solutions Partner"_s;
        monthly.type = PartnerCredit::Type::Monthly;
        monthly.amount = Money(15000, u"USD"_s);
        monthly.startDate = QDate(2026, 1, 31);
        PartnerCredit bulk = monthly;
        bulk.id = u"pc-2"_s;
        bulk.type = PartnerCredit::Type::Bulk;
        bulk.endDate = QDate(2027, 6, 30);
        PartnerCredit old = bulk;
        old.id = u"pc-3"_s;
        old.endDate = kToday.addDays(-1);
        const QList<ExpiryItem> items = expiryItemsFromPartnerCredits({monthly, bulk, old}, kToday);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].kind, ExpiryItem::Kind::MonthlyCredit);
        QCOMPARE(items[0].date, QDate(2027, 2, 27)); // 13 months from 31 Jan 2026 is 28 Feb 2027
        QCOMPARE(items[1].date, QDate(2027, 6, 30));
        QCOMPARE(expiringWithin(items, kToday, 120).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestIcsExport)
#include "tst_icsexport.moc"
