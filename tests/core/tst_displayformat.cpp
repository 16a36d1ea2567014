// One date style on every page: the locale's medium date (abbreviated month, no weekday), and
// "UTC" wherever a time of day is shown.
#include "core/displayformat.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace CreditDesk;
using namespace Qt::StringLiterals;

class TestDisplayFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mediumDatesPerLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << u"Dec 3, 2026"_s;
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << u"3 Dec 2026"_s;
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << u"3. Dez. 2026"_s;
        QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France) << u"3 déc. 2026"_s;
        QTest::newRow("es_ES") << QLocale(QLocale::Spanish, QLocale::Spain) << u"3 de dic de 2026"_s;
        QTest::newRow("pt_BR") << QLocale(QLocale::Portuguese, QLocale::Brazil) << u"3 de dez. de 2026"_s;
        QTest::newRow("ja_JP") << QLocale(QLocale::Japanese, QLocale::Japan) << u"2026年12月3日"_s;
    }
    void mediumDatesPerLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        const QString shown = DisplayFormat::date(QDate(2026, 12, 3), locale);
        QCOMPARE(shown, expected);
        QVERIFY2(!DisplayFormat::mediumDateFormat(locale).contains(u"ddd"_s), qPrintable(DisplayFormat::mediumDateFormat(locale)));
    }

    void utcDayIsTheDayInUtcWhereverTheMachineIs()
    {
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        // 23:30 in Los Angeles on Dec 2 is Dec 3 in UTC: Azure's day is the UTC one.
        const QDateTime lateInLosAngeles(QDate(2026, 12, 2), QTime(23, 30), QTimeZone("America/Los_Angeles"));
        QCOMPARE(DisplayFormat::utcDate(lateInLosAngeles, us), u"Dec 3, 2026"_s);
        QCOMPARE(DisplayFormat::utcDateTime(lateInLosAngeles, us), u"Dec 3, 2026, 7:30 AM UTC"_s);
        QCOMPARE(DisplayFormat::utcDateTime(QDateTime(QDate(2026, 10, 17), QTime(14, 43), Qt::UTC),
                                            QLocale(QLocale::German, QLocale::Germany)),
                 u"17. Okt. 2026, 14:43 UTC"_s);
    }

    void nothingForInvalidDates()
    {
        QVERIFY(DisplayFormat::date(QDate()).isEmpty());
        QVERIFY(DisplayFormat::utcDate(QDateTime()).isEmpty());
        QVERIFY(DisplayFormat::utcDateTime(QDateTime()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
