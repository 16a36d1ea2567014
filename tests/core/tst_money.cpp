#include "domain/money.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QVariant>

#include <limits>

using namespace CreditDesk;
using namespace Qt::StringLiterals;

namespace {

// The value of "v" in a JSON text, as the service's numbers reach us.
QJsonValue jsonNumber(const char *literal)
{
    const QByteArray doc = QByteArrayLiteral("{\"v\":") + literal + '}';
    return QJsonDocument::fromJson(doc).object().value("v"_L1);
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minorDigits_data();
    void minorDigits();
    void currencyIsNormalised();
    void anyCurrencyTextSurvivesCopies();
    void fromJsonNumber_data();
    void fromJsonNumber();
    void fromJsonText_data();
    void fromJsonText();
    void fromDecimalString_data();
    void fromDecimalString();
    void fromJsonOtherTypes();
    void hugeIntegersStayExact();
    void toDecimalString_data();
    void toDecimalString();
    void arithmetic();
    void mismatchedCurrencyIsNeverSilent();
    void overflowIsDetected();
    void comparison();
    void chartValue();
    void metaType();
    void formatting();
};

void TestMoney::minorDigits_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("digits");
    QTest::newRow("USD") << u"USD"_s << 2;
    QTest::newRow("EUR") << u"EUR"_s << 2;
    QTest::newRow("JPY") << u"JPY"_s << 0;
    QTest::newRow("KRW") << u"KRW"_s << 0;
    QTest::newRow("VND") << u"VND"_s << 0;
    QTest::newRow("KWD") << u"KWD"_s << 3;
    QTest::newRow("BHD") << u"BHD"_s << 3;
    QTest::newRow("JOD") << u"JOD"_s << 3;
    QTest::newRow("OMR") << u"OMR"_s << 3;
    QTest::newRow("TND") << u"TND"_s << 3;
    QTest::newRow("CLF") << u"CLF"_s << 4;
    QTest::newRow("lower case") << u"jpy"_s << 0;
    QTest::newRow("padded") << u" KWD  "_s << 3;
    QTest::newRow("unknown") << u"XYZ"_s << 2;
    QTest::newRow("empty") << QString() << 2;
    QTest::newRow("too long") << u"JPYY"_s << 2;
}

void TestMoney::minorDigits()
{
    QFETCH(QString, currency);
    QFETCH(int, digits);
    QCOMPARE(Money::minorDigits(currency), digits);
}

void TestMoney::currencyIsNormalised()
{
    QCOMPARE(Money(5, u"USD  "_s).currency(), u"USD"_s);
    QCOMPARE(Money(5, u" usd"_s).currency(), u"USD"_s);
    QCOMPARE(Money(5, QStringView(u"eur ")).currency(), u"EUR"_s);
    QCOMPARE(Money::normalizedCurrency(u"  chf\t"_s), u"CHF"_s);
    QVERIFY(Money(5, u"USD"_s).isValid());
    QVERIFY(!Money().isValid());
    QCOMPARE(Money::fromDecimalString(u"1", u"gbp "_s)->currency(), u"GBP"_s);
}

void TestMoney::anyCurrencyTextSurvivesCopies()
{
    // Three-letter codes and any other text a service may send are kept alike through copies,
    // moves and assignments, and compare by text.
    const QStringList codes { u"USD"_s, u"X1"_s, u"EURO"_s, u"ÄÖÜ"_s, u"US1"_s, u"ZZZ"_s };
    for (const QString &code : codes) {
        Money a(-42, code);
        QCOMPARE(a.currency(), code);
        QVERIFY(a.isValid());
        Money b = a;
        QCOMPARE(b, a);
        QCOMPARE(b.currency(), code);
        Money c(7, u"CHF"_s);
        c = b;
        QCOMPARE(c.currency(), code);
        Money d = std::move(b);
        QCOMPARE(d.currency(), code);
        d = Money(1, u"JPY"_s);
        QCOMPARE(d.currency(), u"JPY"_s);
        QCOMPARE(Money(-42, QString(code)), a); // equal text, another string
        QVERIFY(Money(-42, u"GBP"_s) != a);
        QCOMPARE(a.checkedAdd(Money(2, code))->minorUnits(), -40);
        QList<Money> list { a, c, Money(), a };
        list.insert(0, Money(3, u"SEK"_s)); // moved by memcpy (relocatable)
        QCOMPARE(list.at(1).currency(), code);
        QCOMPARE(list.at(4), a);
        QVERIFY(!list.at(3).isValid());
    }
    QVERIFY(sizeof(Money) <= 16);
}

void TestMoney::fromJsonNumber_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");

    QTest::newRow("0.1+0.2") << 0.1 + 0.2 << u"USD"_s << qint64(30);
    QTest::newRow("60.90") << 60.90 << u"USD"_s << qint64(6090);
    QTest::newRow("80.9") << 80.9 << u"USD"_s << qint64(8090);
    QTest::newRow("1.1") << 1.1 << u"USD"_s << qint64(110);
    QTest::newRow("1250.5") << 1250.5 << u"USD"_s << qint64(125050);
    QTest::newRow("3396469.19") << 3396469.19 << u"USD"_s << qint64(339646919);
    QTest::newRow("474098.17") << 474098.17 << u"USD"_s << qint64(47409817);
    QTest::newRow("-1.74") << -1.74 << u"USD"_s << qint64(-174);
    QTest::newRow("-200") << -200.0 << u"USD"_s << qint64(-20000);
    QTest::newRow("zero") << 0.0 << u"USD"_s << qint64(0);
    QTest::newRow("negative zero") << -0.0 << u"USD"_s << qint64(0);
    QTest::newRow("1e-05") << 1e-05 << u"USD"_s << qint64(0);
    QTest::newRow("1e-05 KWD") << 1e-05 << u"KWD"_s << qint64(0);
    QTest::newRow("0.0005 KWD rounds up") << 0.0005 << u"KWD"_s << qint64(1);
    QTest::newRow("1e3") << 1e3 << u"USD"_s << qint64(100000);
    QTest::newRow("half cent up") << 0.005 << u"USD"_s << qint64(1);
    QTest::newRow("half cent away from zero") << -0.005 << u"USD"_s << qint64(-1);
    QTest::newRow("below half") << 0.0049999 << u"USD"_s << qint64(0);
    QTest::newRow("1.005 (binary 1.00499...)") << 1.005 << u"USD"_s << qint64(101);
    QTest::newRow("2.675 (binary 2.67499...)") << 2.675 << u"USD"_s << qint64(268);
    QTest::newRow("JPY whole") << 1234.0 << u"JPY"_s << qint64(1234);
    QTest::newRow("JPY half") << 1234.5 << u"JPY"_s << qint64(1235);
    QTest::newRow("JPY negative half") << -1234.5 << u"JPY"_s << qint64(-1235);
    QTest::newRow("KWD 3 digits") << 12.345 << u"KWD"_s << qint64(12345);
    QTest::newRow("KWD rounding") << 1.2345 << u"KWD"_s << qint64(1235);
    // 15 significant digits: every such decimal survives the trip through a double.
    QTest::newRow("huge") << 9999999999999.99 << u"USD"_s << qint64(999999999999999);
    QTest::newRow("huge negative") << -123456789012.345 << u"KWD"_s << qint64(-123456789012345);
    QTest::newRow("1e16") << 1e16 << u"USD"_s << qint64(1000000000000000000);
}

void TestMoney::fromJsonNumber()
{
    QFETCH(double, value);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    const auto m = Money::fromJsonNumber(value, currency);
    QVERIFY(m.has_value());
    QCOMPARE(m->minorUnits(), minor);
    QCOMPARE(m->currency(), currency);
}

void TestMoney::fromJsonText_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("60.90") << QByteArrayLiteral("60.90") << u"USD"_s << qint64(6090);
    QTest::newRow("600.00") << QByteArrayLiteral("600.00") << u"USD"_s << qint64(60000);
    QTest::newRow("5000") << QByteArrayLiteral("5000") << u"USD"_s << qint64(500000);
    QTest::newRow("0.00") << QByteArrayLiteral("0.00") << u"USD"_s << qint64(0);
    QTest::newRow("-200.00") << QByteArrayLiteral("-200.00") << u"USD"_s << qint64(-20000);
    QTest::newRow("1e-05") << QByteArrayLiteral("1e-05") << u"USD"_s << qint64(0);
    QTest::newRow("1.5E2") << QByteArrayLiteral("1.5E2") << u"USD"_s << qint64(15000);
    QTest::newRow("0.30000000000000004") << QByteArrayLiteral("0.30000000000000004") << u"USD"_s << qint64(30);
    QTest::newRow("3396469.19") << QByteArrayLiteral("3396469.19") << u"USD"_s << qint64(339646919);
}

void TestMoney::fromJsonText()
{
    QFETCH(QByteArray, literal);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    const QJsonValue v = jsonNumber(literal.constData());
    QVERIFY(v.isDouble());
    const auto m = Money::fromJson(v, currency);
    QVERIFY(m.has_value());
    QCOMPARE(m->minorUnits(), minor);
}

void TestMoney::fromDecimalString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("minor");

    QTest::newRow("plain") << u"60.90"_s << u"USD"_s << true << qint64(6090);
    QTest::newRow("spaces and sign") << u"  -12.30 "_s << u"USD"_s << true << qint64(-1230);
    QTest::newRow("plus") << u"+7"_s << u"USD"_s << true << qint64(700);
    QTest::newRow("exponent") << u"1e-05"_s << u"USD"_s << true << qint64(0);
    QTest::newRow("positive exponent") << u"1E+3"_s << u"USD"_s << true << qint64(100000);
    QTest::newRow("exact 1.005") << u"1.005"_s << u"USD"_s << true << qint64(101);
    QTest::newRow("half away") << u"0.125"_s << u"USD"_s << true << qint64(13);
    QTest::newRow("negative half away") << u"-0.125"_s << u"USD"_s << true << qint64(-13);
    QTest::newRow("just below half") << u"0.12499999999999999999"_s << u"USD"_s << true << qint64(12);
    QTest::newRow("trailing dot") << u"12."_s << u"USD"_s << true << qint64(1200);
    QTest::newRow("leading dot") << u".5"_s << u"USD"_s << true << qint64(50);
    QTest::newRow("leading zeros") << u"0000000000000000000000000123.45"_s << u"USD"_s << true << qint64(12345);
    QTest::newRow("tiny") << u"0.000000000000000000000000000001"_s << u"USD"_s << true << qint64(0);
    QTest::newRow("tiny exponent") << u"5e-99999999"_s << u"USD"_s << true << qint64(0);
    QTest::newRow("JPY max") << u"9223372036854775807"_s << u"JPY"_s << true << std::numeric_limits<qint64>::max();
    QTest::newRow("JPY -max") << u"-9223372036854775807"_s << u"JPY"_s << true << -std::numeric_limits<qint64>::max();
    QTest::newRow("KWD") << u"-0.0005"_s << u"KWD"_s << true << qint64(-1);
    QTest::newRow("CLF 4 digits") << u"1.23456"_s << u"CLF"_s << true << qint64(12346);
    QTest::newRow("negative zero") << u"-0.00"_s << u"USD"_s << true << qint64(0);

    QTest::newRow("JPY overflow") << u"9223372036854775808"_s << u"JPY"_s << false << qint64(0);
    QTest::newRow("USD overflow") << u"92233720368547758.08"_s << u"USD"_s << false << qint64(0);
    QTest::newRow("rounding overflow") << u"92233720368547758.075"_s << u"USD"_s << false << qint64(0);
    QTest::newRow("huge") << u"123456789012345678901234567890"_s << u"USD"_s << false << qint64(0);
    QTest::newRow("huge exponent") << u"1e99999999999"_s << u"USD"_s << false << qint64(0);
    QTest::newRow("empty") << QString() << u"USD"_s << false << qint64(0);
    QTest::newRow("blank") << u"   "_s << u"USD"_s << false << qint64(0);
    QTest::newRow("dot") << u"."_s << u"USD"_s << false << qint64(0);
    QTest::newRow("sign only") << u"-"_s << u"USD"_s << false << qint64(0);
    QTest::newRow("bare exponent") << u"1e"_s << u"USD"_s << false << qint64(0);
    QTest::newRow("letters") << u"abc"_s << u"USD"_s << false << qint64(0);
    QTest::newRow("comma") << u"1,5"_s << u"USD"_s << false << qint64(0);
    QTest::newRow("hex") << u"0x10"_s << u"USD"_s << false << qint64(0);
    QTest::newRow("two dots") << u"1.2.3"_s << u"USD"_s << false << qint64(0);
    QTest::newRow("nan") << u"NaN"_s << u"USD"_s << false << qint64(0);
    QTest::newRow("inf") << u"inf"_s << u"USD"_s << false << qint64(0);
    QTest::newRow("inner space") << u"1 000"_s << u"USD"_s << false << qint64(0);
    QTest::newRow("arabic digits") << u"\u0661\u0662"_s << u"USD"_s << false << qint64(0);
}

void TestMoney::fromDecimalString()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(bool, valid);
    QFETCH(qint64, minor);
    const auto m = Money::fromDecimalString(QStringView(text), currency);
    QCOMPARE(m.has_value(), valid);
    if (valid)
        QCOMPARE(m->minorUnits(), minor);
    // The byte form must agree with the UTF-16 form.
    const QByteArray utf8 = text.toUtf8();
    const auto b = Money::fromDecimalString(QByteArrayView(utf8), currency);
    QCOMPARE(b.has_value(), valid);
    if (valid)
        QCOMPARE(b->minorUnits(), minor);
}

void TestMoney::fromJsonOtherTypes()
{
    QCOMPARE(Money::fromJson(QJsonValue(u"60.90"_s), u"USD"_s)->minorUnits(), qint64(6090));
    QCOMPARE(Money::fromJson(QJsonValue(u" -1.74 "_s), u"USD"_s)->minorUnits(), qint64(-174));
    QVERIFY(!Money::fromJson(QJsonValue(u"n/a"_s), u"USD"_s));
    QVERIFY(!Money::fromJson(QJsonValue(true), u"USD"_s));
    QVERIFY(!Money::fromJson(QJsonValue(QJsonValue::Null), u"USD"_s));
    QVERIFY(!Money::fromJson(QJsonValue(QJsonValue::Undefined), u"USD"_s));
    QVERIFY(!Money::fromJson(QJsonValue(QJsonObject()), u"USD"_s));
    QVERIFY(!Money::fromJsonNumber(std::numeric_limits<double>::quiet_NaN(), u"USD"_s));
    QVERIFY(!Money::fromJsonNumber(std::numeric_limits<double>::infinity(), u"USD"_s));
    QVERIFY(!Money::fromJsonNumber(1e300, u"USD"_s));
    QVERIFY(!Money::fromJsonNumber(1e17, u"USD"_s));
}

void TestMoney::hugeIntegersStayExact()
{
    // Beyond 2^53 a double cannot hold every integer; the JSON parser keeps them as qint64.
    const QJsonValue v = jsonNumber("12345678901234567");
    const auto m = Money::fromJson(v, u"JPY"_s);
    QVERIFY(m.has_value());
    QCOMPARE(m->minorUnits(), qint64(12345678901234567));
    QVERIFY(!Money::fromJson(jsonNumber("9223372036854775807"), u"USD"_s));
}

void TestMoney::toDecimalString_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::newRow("negative") << qint64(-1230) << u"USD"_s << u"-12.30"_s;
    QTest::newRow("cents") << qint64(5) << u"USD"_s << u"0.05"_s;
    QTest::newRow("negative cents") << qint64(-5) << u"USD"_s << u"-0.05"_s;
    QTest::newRow("zero") << qint64(0) << u"USD"_s << u"0.00"_s;
    QTest::newRow("JPY") << qint64(1235) << u"JPY"_s << u"1235"_s;
    QTest::newRow("KWD") << qint64(1235) << u"KWD"_s << u"1.235"_s;
    QTest::newRow("KWD small") << qint64(-7) << u"KWD"_s << u"-0.007"_s;
    QTest::newRow("max") << std::numeric_limits<qint64>::max() << u"USD"_s << u"92233720368547758.07"_s;
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << u"USD"_s << u"-92233720368547758.08"_s;
}

void TestMoney::toDecimalString()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    const Money m(minor, currency);
    QCOMPARE(m.toDecimalString(), text);
    if (minor != std::numeric_limits<qint64>::min()) {
        // Round trip.
        QCOMPARE(Money::fromDecimalString(QStringView(text), currency), std::optional(m));
    }
}

void TestMoney::arithmetic()
{
    const Money a(6090, u"USD"_s);
    const Money b(-174, u"USD"_s);
    QCOMPARE(a.checkedAdd(b)->minorUnits(), qint64(5916));
    QCOMPARE(a.checkedSubtract(b)->minorUnits(), qint64(6264));
    QCOMPARE((-a).minorUnits(), qint64(-6090));
    // A default Money is a neutral start for a total; it takes the currency of what is added.
    Money sum;
    sum = *sum.checkedAdd(a);
    sum = *sum.checkedAdd(b);
    QCOMPARE(sum, Money(5916, u"USD"_s));
    sum = *sum.checkedSubtract(Money(5916, u"USD"_s));
    QVERIFY(sum.isZero());
    QCOMPARE(sum.currency(), u"USD"_s);
    QVERIFY(b.isNegative());
    QVERIFY(a.isPositive());
    QVERIFY(Money::zero(u"EUR"_s).isZero());
    QCOMPARE(a.checkedAdd(Money()), std::optional(a));
    QCOMPARE(Money().checkedSubtract(a), std::optional(-a));

    // 0.1 + 0.2 == 0.3, exactly.
    const Money tenth = *Money::fromJsonNumber(0.1, u"USD"_s);
    const Money fifth = *Money::fromJsonNumber(0.2, u"USD"_s);
    QCOMPARE(tenth.checkedAdd(fifth), Money::fromJsonNumber(0.3, u"USD"_s));
}

void TestMoney::mismatchedCurrencyIsNeverSilent()
{
    const Money usd(100, u"USD"_s);
    const Money eur(100, u"EUR"_s);
    QVERIFY(!usd.checkedAdd(eur));
    QVERIFY(!usd.checkedSubtract(eur));
    // A non-zero amount without a currency is not a neutral element either.
    Money orphan(5, QString());
    QVERIFY(!orphan.isValid());
    QVERIFY(!usd.checkedAdd(orphan));
}

void TestMoney::overflowIsDetected()
{
    const Money max(std::numeric_limits<qint64>::max(), u"JPY"_s);
    QVERIFY(!max.checkedAdd(Money(1, u"JPY"_s)));
    const Money low(-std::numeric_limits<qint64>::max(), u"JPY"_s);
    QVERIFY(!low.checkedSubtract(Money(1, u"JPY"_s)));
    QVERIFY(!low.checkedSubtract(Money(2, u"JPY"_s)));
    QCOMPARE(max.checkedSubtract(max), std::optional(Money(0, u"JPY"_s)));
}

void TestMoney::comparison()
{
    const Money a(100, u"USD"_s);
    const Money b(250, u"USD"_s);
    const Money e(100, u"EUR"_s);
    QVERIFY(a < b);
    QVERIFY(b > a);
    QVERIFY(a <= a);
    QVERIFY(a == Money(100, u"usd"_s));
    QVERIFY(a != e);
    QVERIFY(!(a < e));
    QVERIFY(!(e < a));
    QVERIFY((a <=> e) == std::partial_ordering::unordered);
}

void TestMoney::chartValue()
{
    QCOMPARE(Money(6090, u"USD"_s).toChartValue(), 60.9);
    QCOMPARE(Money(-174, u"USD"_s).toChartValue(), -1.74);
    QCOMPARE(Money(1235, u"JPY"_s).toChartValue(), 1235.0);
    QCOMPARE(Money(1235, u"KWD"_s).toChartValue(), 1.235);
}

void TestMoney::metaType()
{
    const Money m(6090, u"USD"_s);
    const QVariant v = QVariant::fromValue(m);
    QVERIFY(v.canConvert<Money>());
    QCOMPARE(v.value<Money>(), m);
}

void TestMoney::formatting()
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    const QLocale ja(QLocale::Japanese, QLocale::Japan);
    const QChar nbsp(0x00A0);

    QCOMPARE(formatMoney(Money(123456, u"USD"_s), us), u"$1,234.56"_s);
    QCOMPARE(formatMoney(Money(5, u"USD"_s), us), u"$0.05"_s);
    // en_US writes negative currency in accounting style.
    QCOMPARE(formatMoney(Money(-123456, u"USD"_s), us), u"($1,234.56)"_s);
    QCOMPARE(formatMoney(Money(123456789, u"EUR"_s), de), u"1.234.567,89"_s + nbsp + u"€"_s);
    QCOMPARE(formatMoney(Money(-174, u"EUR"_s), de), u"-1,74"_s + nbsp + u"€"_s);
    // A foreign currency shows its ISO code, kept apart from the digits.
    QCOMPARE(formatMoney(Money(123456, u"EUR"_s), us), u"EUR"_s + nbsp + u"1,234.56"_s);
    QCOMPARE(formatMoney(Money(1235, u"JPY"_s), ja), u"￥1,235"_s);
    QCOMPARE(formatMoney(Money(1235, u"JPY"_s), us), u"JPY"_s + nbsp + u"1,235"_s);
    QCOMPARE(formatMoney(Money(12345, u"KWD"_s), us), u"KWD"_s + nbsp + u"12.345"_s);
    // Values a double could not hold exactly still format digit for digit.
    QCOMPARE(formatMoney(Money(std::numeric_limits<qint64>::max(), u"USD"_s), us), u"$92,233,720,368,547,758.07"_s);
    QVERIFY(formatMoney(Money(), us).isEmpty());
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
