#include "azure/jsonreader_p.h"

#include <QElapsedTimer>
#include <QSysInfo>
#include <QTest>

#include <ctime>

using namespace CreditDesk;
using namespace CreditDesk::Json;
using Json::Reader;
using Json::Value;
using namespace Qt::StringLiterals;

namespace {

// The lenient readers of Json::Reader, each given one member of a small document:
// field(json, "a", &Reader::text) is what text() makes of the value of "a" (nullopt when the
// document has no "a"). The document must be well-formed: every reader consumes its value.
template<typename Read> auto field(const char *json, std::string_view key, Read read)
{
    using Out = std::invoke_result_t<Read, Reader &, Value>;
    const QByteArray bytes(json);
    Reader r(bytes);
    std::optional<Out> out;
    r.forEachRootField([&](std::string_view k, Value v) {
        if (k == key)
            out = read(r, v);
        else
            r.skip(v);
    });
    if (!r.finish())
        qFatal("not JSON: %s (%s)", json, qPrintable(r.errorText()));
    return out;
}

auto text = [](Reader &r, Value v) { return r.text(v); };
auto untrimmed = [](Reader &r, Value v) { return r.text(v, false); };
auto boolean = [](Reader &r, Value v) { return r.optionalBool(v); };
auto integer = [](Reader &r, Value v) { return r.integer(v); };
auto number = [](Reader &r, Value v) { return r.finiteNumber(v); };
auto date = [](Reader &r, Value v) { return r.dateTime(v); };
auto stringList = [](Reader &r, Value v) { return r.stringList(v); };
auto amount = [](Reader &r, Value v) { return r.amount(v).resolve(); };
auto price = [](Reader &r, Value v) { return r.price(v); };
auto withRate = [](Reader &r, Value v) { return r.amountWithExchangeRate(v); };

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
    const char *json = R"({"a":"2019-07-01T00:00:00Z","b":null,"c":12345,
        "d":"","e":"10/11/2019","f":{"x":1},"g":"2019\u002d07-01"})";
    QCOMPARE(*field(json, "a", date), QDateTime(QDate(2019, 7, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(!field(json, "b", date)->isValid());
    QVERIFY(!field(json, "c", date)->isValid());
    QVERIFY(!field(json, "d", date)->isValid());
    QCOMPARE(field(json, "e", date)->date(), QDate(2019, 10, 11));
    QVERIFY(!field(json, "f", date)->isValid());
    QCOMPARE(field(json, "g", date)->date(), QDate(2019, 7, 1)); // escapes are decoded first
    QVERIFY(!field(json, "missing", date));
}

void TestJsonReaders::strings()
{
    const char *json = R"({"s":"  Contoso  ","n":1234,"f":12.5,"e":1e5,"z":null,
        "b":true,"arr":["a"," b ",3,null,{"x":1}],"obj":{"k":"v"},"esc":"caf\u00e9 \"x\""})";
    QCOMPARE(*field(json, "s", text), u"Contoso"_s);
    QCOMPARE(*field(json, "s", untrimmed), u"  Contoso  "_s);
    QCOMPARE(*field(json, "n", text), u"1234"_s);
    QCOMPARE(*field(json, "f", text), u"12.5"_s);
    QCOMPARE(*field(json, "e", text), u"1e5"_s); // the literal as sent
    QVERIFY(field(json, "z", text)->isEmpty());
    QVERIFY(field(json, "b", text)->isEmpty());
    QVERIFY(field(json, "obj", text)->isEmpty());
    QCOMPARE(*field(json, "esc", text), u"café \"x\""_s);
    QCOMPARE(*field(json, "arr", stringList), QStringList({ u"a"_s, u"b"_s }));
    QVERIFY(field(json, "s", stringList)->isEmpty());
}

void TestJsonReaders::bools()
{
    const char *json = R"({"t":true,"f":false,"st":"True","sf":" false ",
        "one":1,"zero":0,"two":2,"x":"yes","n":null,"o":{}})";
    QCOMPARE(*field(json, "t", boolean), std::optional(true));
    QCOMPARE(*field(json, "f", boolean), std::optional(false));
    QCOMPARE(*field(json, "st", boolean), std::optional(true));
    QCOMPARE(*field(json, "sf", boolean), std::optional(false));
    QCOMPARE(*field(json, "one", boolean), std::optional(true));
    QCOMPARE(*field(json, "zero", boolean), std::optional(false));
    QVERIFY(!*field(json, "two", boolean));
    QVERIFY(!*field(json, "x", boolean));
    QVERIFY(!*field(json, "n", boolean));
    QVERIFY(!*field(json, "o", boolean));
}

void TestJsonReaders::numbers()
{
    const char *json = R"({"i":5,"neg":-3,"s":" 7 ","f":1.5,"big":1e20,"x":"a",
        "rate":5000.00,"pct":42.5,"huge":123456789012345678901234567890})";
    QCOMPARE(*field(json, "i", integer), std::optional(5));
    QCOMPARE(*field(json, "neg", integer), std::optional(-3));
    QCOMPARE(*field(json, "s", integer), std::optional(7));
    QVERIFY(!*field(json, "f", integer));
    QVERIFY(!*field(json, "big", integer));
    QVERIFY(!*field(json, "x", integer));
    QVERIFY(!*field(json, "huge", integer));
    QCOMPARE(*field(json, "rate", number), std::optional(5000.0));
    QCOMPARE(*field(json, "pct", number), std::optional(42.5));
    QCOMPARE(*field(json, "s", number), std::optional(7.0));
    QVERIFY(!*field(json, "x", number));
}

void TestJsonReaders::amounts()
{
    const char *json = R"({
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
        "exact": {"currency":"USD","value":0.30000000000000004},
        "beyondDouble": {"currency":"USD","value":12345678901234567.89},
        "valueFirst": {"value":3,"currency":"GBP"},
        "notObject": 12,
        "empty": {}
    })";
    QCOMPARE(*field(json, "plain", amount), std::optional(Money(6090, u"USD"_s)));
    QCOMPARE(*field(json, "padded", amount), std::optional(Money(500000, u"USD"_s)));
    QCOMPARE(*field(json, "negative", amount), std::optional(Money(-174, u"USD"_s)));
    QCOMPARE(*field(json, "zero", amount), std::optional(Money(0, u"USD"_s)));
    QCOMPARE(*field(json, "quoted", amount), std::optional(Money(1250, u"EUR"_s)));
    QVERIFY(!*field(json, "noValue", amount));
    QVERIFY(!*field(json, "nullValue", amount));
    QVERIFY(!*field(json, "badValue", amount));
    QVERIFY(!*field(json, "boolValue", amount));
    QVERIFY(!*field(json, "noCurrency", amount));
    const auto fallback = field(json, "noCurrency", [](Reader &r, Value v) { return r.amount(v).resolve(u"eur"_s); });
    QCOMPARE(*fallback, std::optional(Money(1200, u"EUR"_s)));
    QCOMPARE(*field(json, "tiny", amount), std::optional(Money(0, u"USD"_s)));
    QCOMPARE(*field(json, "jpy", amount), std::optional(Money(1235, u"JPY"_s)));
    QCOMPARE(*field(json, "exact", amount), std::optional(Money(30, u"USD"_s)));
    // 19 significant digits: through a double this would not be exact.
    QCOMPARE(*field(json, "beyondDouble", amount), std::optional(Money(1234567890123456789, u"USD"_s)));
    QCOMPARE(*field(json, "valueFirst", amount), std::optional(Money(300, u"GBP"_s)));
    QVERIFY(!*field(json, "notObject", amount));
    QVERIFY(!*field(json, "empty", amount));
}

void TestJsonReaders::prices()
{
    const char *json = R"({
        "credit": {"amount":20000,"currencyCode":"USD","grain":"FullTerm"},
        "consumed": {"currencyCode":"USD","amount":1250.5,"percentage":6.25},
        "percentOnly": {"percentage":42.5},
        "noCurrency": {"amount":5},
        "wrongShape": {"currency":"USD","value":5}
    })";
    QCOMPARE(*field(json, "credit", price), std::optional(Money(2000000, u"USD"_s)));
    QCOMPARE(*field(json, "consumed", price), std::optional(Money(125050, u"USD"_s)));
    QVERIFY(!*field(json, "percentOnly", price));
    QVERIFY(!*field(json, "noCurrency", price));
    QVERIFY(!*field(json, "wrongShape", price));
    const auto grain = field(json, "credit", [](Reader &r, Value v) {
        QString g;
        r.price(v, &g);
        return g;
    });
    QCOMPARE(*grain, u"FullTerm"_s);
    const auto percentage = field(json, "consumed", [](Reader &r, Value v) {
        std::optional<double> p;
        r.price(v, nullptr, &p);
        return p;
    });
    QCOMPARE(*percentage, std::optional(6.25));
}

void TestJsonReaders::amountWithExchangeRate()
{
    const char *json = R"({
        "rateOnly": {"exchangeRate":5000.00,"exchangeRateMonth":1},
        "full": {"currency":"EUR","value":12.34,"exchangeRate":0.92,"exchangeRateMonth":7},
        "noCurrency": {"value":3},
        "badMonths": {"exchangeRateMonth":13,"exchangeRate":"x"},
        "hugeMonth": {"exchangeRateMonth":1e300}
    })";
    const auto rateOnly = field(json, "rateOnly", withRate)->resolve({});
    QVERIFY(!rateOnly.amount);
    QCOMPARE(rateOnly.exchangeRate, std::optional(5000.0));
    QCOMPARE(rateOnly.exchangeRateMonth, std::optional(1));
    QVERIFY(!rateOnly.isEmpty());
    const auto full = field(json, "full", withRate)->resolve({});
    QCOMPARE(full.amount, std::optional(Money(1234, u"EUR"_s)));
    QCOMPARE(full.exchangeRate, std::optional(0.92));
    QCOMPARE(full.exchangeRateMonth, std::optional(7));
    const auto fallback = field(json, "noCurrency", withRate)->resolve(u"GBP"_s);
    QCOMPARE(fallback.amount, std::optional(Money(300, u"GBP"_s)));
    QVERIFY(field(json, "badMonths", withRate)->resolve({}).isEmpty());
    QVERIFY(field(json, "hugeMonth", withRate)->resolve({}).isEmpty());
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
    QCOMPARE(pool.internUtf8("USD").constData(), pool.internUtf8("USD").constData());

    // Within one body, currencies and pooled texts are shared across rows.
    const QByteArray json(R"({"x":{"currency":"USD","value":1},"y":{"currency":"usd ","value":2},
                             "p":"Contoso","q":"Contoso"})");
    Reader r(json);
    std::optional<Money> x, y;
    QString p, q;
    r.forEachRootField([&](std::string_view key, Value v) {
        if (key == "x")
            x = r.amount(v).resolve();
        else if (key == "y")
            y = r.amount(v).resolve();
        else if (key == "p")
            p = r.text(v, true, true);
        else
            q = r.text(v, true, true);
    });
    QVERIFY(r.finish());
    QCOMPARE(x->currency().constData(), y->currency().constData());
    QCOMPARE(p.constData(), q.constData());
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
