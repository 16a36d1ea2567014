#include "azure/jsonreaders.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTest>

#include <ctime>

using namespace CreditDesk;
using namespace CreditDesk::Json;
using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

qint64 utcMSecs(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return (QDate(y, mo, d).toJulianDay() - 2440588) * 86400000 + ((qint64(h) * 60 + mi) * 60 + s) * 1000 + ms;
}

void applyTimeZoneVariable()
{
#ifdef Q_OS_WIN
    _tzset();
#else
    tzset();
#endif
}

// Switches the process time zone and restores it, so a parser that leaks local time shows.
class TimeZoneScope
{
public:
    explicit TimeZoneScope(const QByteArray &tz) : m_had(qEnvironmentVariableIsSet("TZ"))
    {
        m_old = qgetenv("TZ");
        qputenv("TZ", tz);
        applyTimeZoneVariable();
    }
    ~TimeZoneScope()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        applyTimeZoneVariable();
    }
    Q_DISABLE_COPY_MOVE(TimeZoneScope)

private:
    QByteArray m_old;
    bool m_had;
};

} // namespace

class TestJsonReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dates_data();
    void dates();
    void datesDoNotDependOnLocalTimeZone_data();
    void datesDoNotDependOnLocalTimeZone();
    void readDateTimeFromJson();
    void strings();
    void bools();
    void numbers();
    void amounts();
    void prices();
    void amountWithExchangeRate();
    void armIdSegments_data();
    void armIdSegments();
    void stringPoolShares();
    void dateParsingSpeed();
};

void TestJsonReaders::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("msecs");

    QTest::newRow("ISO Z") << u"2024-08-01T00:00:00Z"_s << true << utcMSecs(2024, 8, 1);
    QTest::newRow("ISO lower z") << u"2024-08-01t10:20:30z"_s << true << utcMSecs(2024, 8, 1, 10, 20, 30);
    QTest::newRow("ISO .NET fraction") << u"2023-12-12T01:01:01.1075056Z"_s << true
                                       << utcMSecs(2023, 12, 12, 1, 1, 1, 107);
    QTest::newRow("ISO ms") << u"2018-10-01T00:00:00.000Z"_s << true << utcMSecs(2018, 10, 1);
    QTest::newRow("ISO short fraction") << u"2024-08-01T00:00:00.5Z"_s << true << utcMSecs(2024, 8, 1, 0, 0, 0, 500);
    QTest::newRow("ISO no zone = UTC") << u"2024-08-01T12:34:56"_s << true << utcMSecs(2024, 8, 1, 12, 34, 56);
    QTest::newRow("ISO no seconds") << u"2024-08-01T12:34Z"_s << true << utcMSecs(2024, 8, 1, 12, 34);
    QTest::newRow("ISO space") << u"2024-08-01 12:34:56"_s << true << utcMSecs(2024, 8, 1, 12, 34, 56);
    QTest::newRow("offset +02:00") << u"2024-08-01T02:00:00+02:00"_s << true << utcMSecs(2024, 8, 1);
    QTest::newRow("offset -05:30") << u"2024-08-01T00:00:00-05:30"_s << true << utcMSecs(2024, 8, 1, 5, 30);
    QTest::newRow("offset +0200") << u"2024-08-01T02:00:00+0200"_s << true << utcMSecs(2024, 8, 1);
    QTest::newRow("offset +02") << u"2024-08-01T02:00:00+02"_s << true << utcMSecs(2024, 8, 1);
    QTest::newRow("offset crosses the date line")
        << u"2024-01-01T01:00:00+14:00"_s << true << utcMSecs(2023, 12, 31, 11);
    QTest::newRow("offset with fraction")
        << u"2024-03-10T01:59:59.999-08:00"_s << true << utcMSecs(2024, 3, 10, 9, 59, 59, 999);
    QTest::newRow("date only") << u"2024-08-01"_s << true << utcMSecs(2024, 8, 1);
    QTest::newRow("leap day") << u"2024-02-29"_s << true << utcMSecs(2024, 2, 29);
    QTest::newRow("end of day 24:00") << u"2024-08-01T24:00:00Z"_s << true << utcMSecs(2024, 8, 2);
    QTest::newRow("padded") << u"  2024-08-01T00:00:00Z \n"_s << true << utcMSecs(2024, 8, 1);
    QTest::newRow("epoch") << u"1970-01-01T00:00:00Z"_s << true << qint64(0);
    QTest::newRow("before epoch") << u"1969-12-31T23:59:59Z"_s << true << qint64(-1000);

    QTest::newRow("US date time") << u"09/18/2019 21:47:31"_s << true << utcMSecs(2019, 9, 18, 21, 47, 31);
    QTest::newRow("US date") << u"10/11/2019"_s << true << utcMSecs(2019, 10, 11);
    QTest::newRow("US one digit") << u"1/2/2020 3:04:05"_s << true << utcMSecs(2020, 1, 2, 3, 4, 5);
    QTest::newRow("US PM") << u"1/2/2020 3:04:05 PM"_s << true << utcMSecs(2020, 1, 2, 15, 4, 5);
    QTest::newRow("US midnight AM") << u"12/31/2019 12:00:00 AM"_s << true << utcMSecs(2019, 12, 31);
    QTest::newRow("US noon PM") << u"12/31/2019 12:00:00 pm"_s << true << utcMSecs(2019, 12, 31, 12);
    QTest::newRow("US no seconds") << u"12/31/2019 23:59"_s << true << utcMSecs(2019, 12, 31, 23, 59);

    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("blank") << u"   "_s << false << qint64(0);
    QTest::newRow("garbage") << u"not a date at all"_s << false << qint64(0);
    QTest::newRow("month 13") << u"2024-13-01"_s << false << qint64(0);
    QTest::newRow("Feb 30") << u"2024-02-30T00:00:00Z"_s << false << qint64(0);
    QTest::newRow("Feb 29 non-leap") << u"2023-02-29"_s << false << qint64(0);
    QTest::newRow("hour 25") << u"2024-08-01T25:00:00Z"_s << false << qint64(0);
    QTest::newRow("minute 60") << u"2024-08-01T10:60:00Z"_s << false << qint64(0);
    QTest::newRow("trailing junk") << u"2024-08-01T00:00:00Zjunk"_s << false << qint64(0);
    QTest::newRow("one digit ISO month") << u"2024-8-1"_s << false << qint64(0);
    QTest::newRow("bad offset") << u"2024-08-01T00:00:00+25:00"_s << false << qint64(0);
    QTest::newRow("truncated time") << u"2024-08-01T00"_s << false << qint64(0);
    QTest::newRow("empty fraction") << u"2024-08-01T00:00:00.Z"_s << false << qint64(0);
    QTest::newRow("US month 13") << u"13/01/2020"_s << false << qint64(0);
    QTest::newRow("US two-digit year") << u"10/11/19"_s << false << qint64(0);
    QTest::newRow("US 13 PM") << u"1/2/2020 13:00:00 PM"_s << false << qint64(0);
    QTest::newRow("US junk") << u"10/11/2019 x"_s << false << qint64(0);
    QTest::newRow("dotted") << u"01.08.2024"_s << false << qint64(0);
}

void TestJsonReaders::dates()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, msecs);
    const QDateTime dt = parseDateTime(text);
    QCOMPARE(dt.isValid(), valid);
    if (valid) {
        QCOMPARE(dt.toMSecsSinceEpoch(), msecs);
        QCOMPARE(dt.timeSpec(), Qt::UTC);
    }
}

void TestJsonReaders::datesDoNotDependOnLocalTimeZone_data()
{
    QTest::addColumn<QByteArray>("tz");
    QTest::addColumn<int>("offsetOnAugust1");
    QTest::newRow("UTC") << QByteArrayLiteral("UTC") << 0;
    QTest::newRow("Kiritimati +14") << QByteArrayLiteral("Pacific/Kiritimati") << 14 * 3600;
    QTest::newRow("Los Angeles") << QByteArrayLiteral("America/Los_Angeles") << -7 * 3600;
    QTest::newRow("Pago Pago -11") << QByteArrayLiteral("Pacific/Pago_Pago") << -11 * 3600;
    QTest::newRow("Kolkata +05:30") << QByteArrayLiteral("Asia/Kolkata") << 19800;
}

void TestJsonReaders::datesDoNotDependOnLocalTimeZone()
{
    if (QSysInfo::productType() == "windows"_L1)
        QSKIP("The C runtime on Windows does not understand IANA zone names in TZ");
    QFETCH(QByteArray, tz);
    QFETCH(int, offsetOnAugust1);
    const TimeZoneScope scope(tz);
    // Proves the switch took effect, so the checks below mean something.
    QCOMPARE(QDateTime(QDate(2024, 8, 1), QTime(12, 0), Qt::LocalTime).offsetFromUtc(), offsetOnAugust1);

    struct Case
    {
        QString text;
        QDate date;
        QTime time;
    };
    const Case cases[] = {
        { u"2024-08-01T00:00:00Z"_s, QDate(2024, 8, 1), QTime(0, 0) },
        { u"2024-08-01"_s, QDate(2024, 8, 1), QTime(0, 0) },
        { u"2019-11-01T00:00:00Z"_s, QDate(2019, 11, 1), QTime(0, 0) },
        // A US DST switch night: local-time parsing would shift or reject it.
        { u"2024-03-10T02:30:00"_s, QDate(2024, 3, 10), QTime(2, 30) },
        { u"03/10/2024 02:30:00"_s, QDate(2024, 3, 10), QTime(2, 30) },
        { u"12/31/2019"_s, QDate(2019, 12, 31), QTime(0, 0) },
        { u"2023-12-31T23:59:59.999Z"_s, QDate(2023, 12, 31), QTime(23, 59, 59, 999) },
    };
    for (const Case &c : cases) {
        const QDateTime dt = parseDateTime(c.text);
        QVERIFY2(dt.isValid(), qPrintable(c.text));
        QCOMPARE(dt.timeSpec(), Qt::UTC);
        QCOMPARE(dt.date(), c.date);
        QCOMPARE(dt.time(), c.time);
        QCOMPARE(dt.toUTC().date(), c.date);
        QCOMPARE(dt.toMSecsSinceEpoch(),
                 utcMSecs(c.date.year(), c.date.month(), c.date.day(), c.time.hour(), c.time.minute(), c.time.second(),
                          c.time.msec()));
    }
}

void TestJsonReaders::readDateTimeFromJson()
{
    const QJsonObject o = object(R"({"a":"2019-07-01T00:00:00Z","b":null,"c":12345,
        "d":"","e":"10/11/2019","f":{"x":1}})");
    QCOMPARE(readDateTime(o, "a"_L1), QDateTime(QDate(2019, 7, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(!readDateTime(o, "b"_L1).isValid());
    QVERIFY(!readDateTime(o, "c"_L1).isValid());
    QVERIFY(!readDateTime(o, "d"_L1).isValid());
    QCOMPARE(readDateTime(o, "e"_L1).date(), QDate(2019, 10, 11));
    QVERIFY(!readDateTime(o, "f"_L1).isValid());
    QVERIFY(!readDateTime(o, "missing"_L1).isValid());
}

void TestJsonReaders::strings()
{
    const QJsonObject o = object(R"({"s":"  Contoso  ","n":1234,"f":12.5,"z":null,
        "b":true,"arr":["a"," b ",3,null],"obj":{"k":"v"}})");
    QCOMPARE(readString(o, "s"_L1), u"Contoso"_s);
    QCOMPARE(readText(o, "s"_L1), u"  Contoso  "_s);
    QCOMPARE(readString(o, "n"_L1), u"1234"_s);
    QCOMPARE(readString(o, "f"_L1), u"12.5"_s);
    QVERIFY(readString(o, "z"_L1).isEmpty());
    QVERIFY(readString(o, "b"_L1).isEmpty());
    QVERIFY(readString(o, "missing"_L1).isEmpty());
    QVERIFY(readString(o, "obj"_L1).isEmpty());
    QCOMPARE(readStringList(o, "arr"_L1), QStringList({ u"a"_s, u"b"_s }));
    QVERIFY(readStringList(o, "s"_L1).isEmpty());
    QCOMPARE(readObject(o, "obj"_L1).value("k"_L1).toString(), u"v"_s);
    QVERIFY(readObject(o, "s"_L1).isEmpty());
}

void TestJsonReaders::bools()
{
    const QJsonObject o = object(R"({"t":true,"f":false,"st":"True","sf":"false",
        "one":1,"zero":0,"two":2,"x":"yes","n":null})");
    QCOMPARE(readOptionalBool(o, "t"_L1), std::optional(true));
    QCOMPARE(readOptionalBool(o, "f"_L1), std::optional(false));
    QCOMPARE(readOptionalBool(o, "st"_L1), std::optional(true));
    QCOMPARE(readOptionalBool(o, "sf"_L1), std::optional(false));
    QCOMPARE(readOptionalBool(o, "one"_L1), std::optional(true));
    QCOMPARE(readOptionalBool(o, "zero"_L1), std::optional(false));
    QVERIFY(!readOptionalBool(o, "two"_L1));
    QVERIFY(!readOptionalBool(o, "x"_L1));
    QVERIFY(!readOptionalBool(o, "n"_L1));
    QVERIFY(!readOptionalBool(o, "missing"_L1));
    QCOMPARE(readBool(o, "missing"_L1), false);
    QCOMPARE(readBool(o, "missing"_L1, true), true);
}

void TestJsonReaders::numbers()
{
    const QJsonObject o = object(R"({"i":5,"neg":-3,"s":" 7 ","f":1.5,"big":1e20,"x":"a",
        "rate":5000.00,"pct":42.5})");
    QCOMPARE(readInt(o, "i"_L1), std::optional(5));
    QCOMPARE(readInt(o, "neg"_L1), std::optional(-3));
    QCOMPARE(readInt(o, "s"_L1), std::optional(7));
    QVERIFY(!readInt(o, "f"_L1));
    QVERIFY(!readInt(o, "big"_L1));
    QVERIFY(!readInt(o, "x"_L1));
    QVERIFY(!readInt(o, "missing"_L1));
    QCOMPARE(readDouble(o, "rate"_L1), std::optional(5000.0));
    QCOMPARE(readDouble(o, "pct"_L1), std::optional(42.5));
    QVERIFY(!readDouble(o, "x"_L1));
}

void TestJsonReaders::amounts()
{
    const QJsonObject o = object(R"({
        "plain": {"currency":"USD","value":60.90},
        "padded": {"currency":"usd  ","value":5000.00},
        "negative": {"currency":"USD","value":-1.74},
        "zero": {"currency":"USD","value":0.00},
        "quoted": {"currency":"EUR","value":"12.5"},
        "noValue": {"currency":"USD"},
        "nullValue": {"currency":"USD","value":null},
        "badValue": {"currency":"USD","value":"abc"},
        "boolValue": {"currency":"USD","value":true},
        "noCurrency": {"value":12},
        "tiny": {"currency":"USD","value":1e-05},
        "jpy": {"currency":"JPY","value":1234.5},
        "notObject": 12,
        "empty": {}
    })");
    QCOMPARE(readAmount(o, "plain"_L1), std::optional(Money(6090, u"USD"_s)));
    QCOMPARE(readAmount(o, "padded"_L1), std::optional(Money(500000, u"USD"_s)));
    QCOMPARE(readAmount(o, "negative"_L1), std::optional(Money(-174, u"USD"_s)));
    const auto zero = readAmount(o, "zero"_L1);
    QVERIFY(zero.has_value());
    QVERIFY(zero->isZero());
    QCOMPARE(readAmount(o, "quoted"_L1), std::optional(Money(1250, u"EUR"_s)));
    QVERIFY(!readAmount(o, "noValue"_L1));
    QVERIFY(!readAmount(o, "nullValue"_L1));
    QVERIFY(!readAmount(o, "badValue"_L1));
    QVERIFY(!readAmount(o, "boolValue"_L1));
    QVERIFY(!readAmount(o, "noCurrency"_L1));
    QCOMPARE(readAmount(o, "noCurrency"_L1, nullptr, u"eur"_s), std::optional(Money(1200, u"EUR"_s)));
    QCOMPARE(readAmount(o, "tiny"_L1), std::optional(Money(0, u"USD"_s)));
    QCOMPARE(readAmount(o, "jpy"_L1), std::optional(Money(1235, u"JPY"_s)));
    QVERIFY(!readAmount(o, "notObject"_L1));
    QVERIFY(!readAmount(o, "empty"_L1));
    QVERIFY(!readAmount(o, "missing"_L1));
}

void TestJsonReaders::prices()
{
    const QJsonObject o = object(R"({
        "credit": {"amount":20000,"currencyCode":"USD","grain":"FullTerm"},
        "consumed": {"currencyCode":"USD","amount":1250.5},
        "percentOnly": {"percentage":42.5},
        "noCurrency": {"amount":5},
        "wrongShape": {"currency":"USD","value":5}
    })");
    QCOMPARE(readPrice(o, "credit"_L1), std::optional(Money(2000000, u"USD"_s)));
    QCOMPARE(readPrice(o, "consumed"_L1), std::optional(Money(125050, u"USD"_s)));
    QVERIFY(!readPrice(o, "percentOnly"_L1));
    QVERIFY(!readPrice(o, "noCurrency"_L1));
    QVERIFY(!readPrice(o, "wrongShape"_L1));
    QVERIFY(!readPrice(o, "missing"_L1));
}

void TestJsonReaders::amountWithExchangeRate()
{
    const QJsonObject o = object(R"({
        "rateOnly": {"exchangeRate":5000.00,"exchangeRateMonth":1},
        "full": {"currency":"EUR","value":12.34,"exchangeRate":0.92,"exchangeRateMonth":7},
        "noCurrency": {"value":3}
    })");
    const auto rateOnly = readAmountWithExchangeRate(o, "rateOnly"_L1);
    QVERIFY(!rateOnly.amount);
    QCOMPARE(rateOnly.exchangeRate, std::optional(5000.0));
    QCOMPARE(rateOnly.exchangeRateMonth, std::optional(1));
    QVERIFY(!rateOnly.isEmpty());
    const auto full = readAmountWithExchangeRate(o, "full"_L1);
    QCOMPARE(full.amount, std::optional(Money(1234, u"EUR"_s)));
    QCOMPARE(full.exchangeRate, std::optional(0.92));
    QCOMPARE(full.exchangeRateMonth, std::optional(7));
    const auto fallback = readAmountWithExchangeRate(o, "noCurrency"_L1, nullptr, u"GBP"_s);
    QCOMPARE(fallback.amount, std::optional(Money(300, u"GBP"_s)));
    QVERIFY(readAmountWithExchangeRate(o, "missing"_L1).isEmpty());
}

void TestJsonReaders::armIdSegments_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("segment");
    const QString lot = u"/providers/Microsoft.Billing/billingAccounts/1234:5678/billingProfiles/"
                        "2468/providers/Microsoft.Consumption/lots/lot1"_s;
    QTest::newRow("account") << lot << u"billingAccounts"_s << u"1234:5678"_s;
    QTest::newRow("profile") << lot << u"billingProfiles"_s << u"2468"_s;
    QTest::newRow("case-insensitive") << lot << u"BILLINGPROFILES"_s << u"2468"_s;
    QTest::newRow("last") << lot << u"lots"_s << u"lot1"_s;
    QTest::newRow("absent") << lot << u"customers"_s << QString();
    QTest::newRow("no leading slash") << u"providers/Microsoft.Billing/billingAccounts/123456/billingPeriods/201702"_s
                                      << u"billingPeriods"_s << u"201702"_s;
    QTest::newRow("name at end") << u"/subscriptions"_s << u"subscriptions"_s << QString();
    QTest::newRow("empty") << QString() << u"subscriptions"_s << QString();
    QTest::newRow("double slash") << u"/subscriptions//abc"_s << u"subscriptions"_s << u"abc"_s;
}

void TestJsonReaders::armIdSegments()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, segment);
    const QByteArray latin1 = name.toLatin1();
    QCOMPARE(armIdSegment(id, QLatin1StringView(latin1)), segment);
}

void TestJsonReaders::stringPoolShares()
{
    StringPool pool;
    const QString a = pool.intern(QString(u"USD"_s));
    const QString b = pool.intern(QString::fromLatin1("USD"));
    QCOMPARE(a, b);
    QCOMPARE(a.constData(), b.constData());
    QVERIFY(pool.intern(QString()).isNull());

    const QJsonObject o = object(R"({"x":{"currency":"USD","value":1},
                                     "y":{"currency":"USD","value":2}})");
    const auto x = readAmount(o, "x"_L1, &pool);
    const auto y = readAmount(o, "y"_L1, &pool);
    QCOMPARE(x->currency().constData(), y->currency().constData());
}

void TestJsonReaders::dateParsingSpeed()
{
    QStringList texts;
    texts.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        texts.append(
            QDateTime(QDate(2019, 1, 1).addDays(i % 3000), QTime(i % 24, i % 60), Qt::UTC).toString(Qt::ISODate));
    }
    QElapsedTimer timer;
    timer.start();
    qint64 checksum = 0;
    for (const QString &t : std::as_const(texts))
        checksum += parseDateTime(t).toMSecsSinceEpoch() % 1000003;
    const qint64 fast = timer.nsecsElapsed();
    timer.restart();
    qint64 reference = 0;
    for (const QString &t : std::as_const(texts))
        reference += QDateTime::fromString(t, Qt::ISODate).toMSecsSinceEpoch() % 1000003;
    const qint64 slow = timer.nsecsElapsed();
    QCOMPARE(checksum, reference);
    qInfo("100,000 ISO dates: parseDateTime %.1f ms, QDateTime::fromString %.1f ms", double(fast) / 1e6,
          double(slow) / 1e6);
}

QTEST_GUILESS_MAIN(TestJsonReaders)
#include "tst_jsonreaders.moc"
