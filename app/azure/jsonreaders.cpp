#include "azure/jsonreader_p.h"

#include <QDate>
#include <QStringDecoder>
#include <QTimeZone>
#include <QtNumeric>

#include <cmath>
#include <limits>

// The leniency rules of SPEC §1, in one place: what CreditDesk accepts from Microsoft services
// that drift from their specs (open enums, ISO or US dates, numbers absent, negative or quoted,
// currencies with trailing spaces, amounts without a currency), on top of simdjson's syntax.

using namespace Qt::StringLiterals;

namespace CreditDesk::Json {

namespace {

constexpr qint64 kMSecsPerDay = 86400000;
constexpr qint64 kJulianDayOfUnixEpoch = 2440588;

QDateTime utcFromMSecs(qint64 msecs)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
#endif
}

// A tiny cursor over UTF-16 or UTF-8 text: the date formats are fixed enough that a hand-written
// scanner is several times faster than QDateTime::fromString (and never consults the local
// time zone), which matters at 100,000 rows.
template<typename Ch> struct Cursor
{
    const Ch *p;
    const Ch *end;

    bool atEnd() const { return p == end; }
    char16_t peek() const { return p == end ? u'\0' : char16_t(*p); }
    bool isDigitAt() const { return p != end && char16_t(*p) >= u'0' && char16_t(*p) <= u'9'; }
    int digitAt() const { return int(char16_t(*p) - u'0'); }
    bool accept(char16_t c)
    {
        if (p != end && char16_t(*p) == c) {
            ++p;
            return true;
        }
        return false;
    }
    // Exactly \a count digits.
    bool digits(int count, int *out)
    {
        int v = 0;
        for (int i = 0; i < count; ++i) {
            if (!isDigitAt())
                return false;
            v = v * 10 + digitAt();
            ++p;
        }
        *out = v;
        return true;
    }
    // Between \a min and \a max digits.
    bool digitsRange(int min, int max, int *out)
    {
        int v = 0;
        int n = 0;
        while (n < max && isDigitAt()) {
            v = v * 10 + digitAt();
            ++p;
            ++n;
        }
        *out = v;
        return n >= min;
    }
    void skipSpaces()
    {
        while (p != end && (peek() == u' ' || peek() == u'\t'))
            ++p;
    }
};

std::optional<qint64> dayMSecs(int year, int month, int day)
{
    if (!QDate::isValid(year, month, day))
        return std::nullopt;
    return (QDate(year, month, day).toJulianDay() - kJulianDayOfUnixEpoch) * kMSecsPerDay;
}

std::optional<qint64> timeMSecs(int hour, int minute, int second, int msec)
{
    // 24:00:00 is ISO's "end of day"; 60 is a leap second, which Qt cannot represent.
    if (hour == 24 && minute == 0 && second == 0 && msec == 0)
        return qint64(24) * 3600000;
    if (hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    second = qMin(second, 59);
    return ((qint64(hour) * 60 + minute) * 60 + second) * 1000 + msec;
}

// [.fraction] after seconds: keep milliseconds, ignore further digits (.NET sends 7).
template<typename Ch> int readFractionMSecs(Cursor<Ch> &c)
{
    if (!c.accept(u'.') && !c.accept(u','))
        return 0;
    int ms = 0;
    int n = 0;
    while (c.isDigitAt()) {
        if (n < 3)
            ms = ms * 10 + c.digitAt();
        ++n;
        ++c.p;
    }
    for (int i = n; i < 3; ++i)
        ms *= 10;
    return n == 0 ? -1 : ms;
}

template<typename Ch> QDateTime parseIso(Cursor<Ch> c)
{
    int year = 0, month = 0, day = 0;
    if (!c.digits(4, &year) || !c.accept(u'-') || !c.digits(2, &month) || !c.accept(u'-') || !c.digits(2, &day)) {
        return {};
    }
    const auto date = dayMSecs(year, month, day);
    if (!date)
        return {};
    if (c.atEnd())
        return utcFromMSecs(*date);

    if (!c.accept(u'T') && !c.accept(u't') && !c.accept(u' '))
        return {};
    int hour = 0, minute = 0, second = 0;
    if (!c.digits(2, &hour) || !c.accept(u':') || !c.digits(2, &minute))
        return {};
    int msec = 0;
    if (c.accept(u':')) {
        if (!c.digits(2, &second))
            return {};
        msec = readFractionMSecs(c);
        if (msec < 0)
            return {};
    }
    const auto time = timeMSecs(hour, minute, second, msec);
    if (!time)
        return {};

    qint64 offsetMSecs = 0;
    if (c.accept(u'Z') || c.accept(u'z')) {
        // UTC
    } else if (c.peek() == u'+' || c.peek() == u'-') {
        const bool negative = c.peek() == u'-';
        ++c.p;
        int oh = 0, om = 0;
        if (!c.digits(2, &oh))
            return {};
        if (c.accept(u':')) {
            if (!c.digits(2, &om))
                return {};
        } else if (!c.atEnd()) {
            if (!c.digits(2, &om))
                return {};
        }
        if (oh > 23 || om > 59)
            return {};
        offsetMSecs = (qint64(oh) * 60 + om) * 60000 * (negative ? -1 : 1);
    }
    if (!c.atEnd())
        return {};
    return utcFromMSecs(*date + *time - offsetMSecs);
}

// M/d/yyyy[ H:mm[:ss][ AM|PM]] — what older Consumption api-versions sent, always UTC.
template<typename Ch> QDateTime parseUs(Cursor<Ch> c)
{
    int month = 0, day = 0, year = 0;
    if (!c.digitsRange(1, 2, &month) || !c.accept(u'/') || !c.digitsRange(1, 2, &day) || !c.accept(u'/')
        || !c.digits(4, &year)) {
        return {};
    }
    const auto date = dayMSecs(year, month, day);
    if (!date)
        return {};
    c.skipSpaces();
    if (c.atEnd())
        return utcFromMSecs(*date);

    int hour = 0, minute = 0, second = 0;
    if (!c.digitsRange(1, 2, &hour) || !c.accept(u':') || !c.digits(2, &minute))
        return {};
    int msec = 0;
    if (c.accept(u':')) {
        if (!c.digits(2, &second))
            return {};
        msec = readFractionMSecs(c);
        if (msec < 0)
            return {};
    }
    c.skipSpaces();
    if (!c.atEnd()) {
        const char16_t m = c.peek();
        const bool pm = m == u'P' || m == u'p';
        if (!pm && m != u'A' && m != u'a')
            return {};
        ++c.p;
        if (!c.accept(u'M') && !c.accept(u'm'))
            return {};
        if (hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (pm ? 12 : 0);
        c.skipSpaces();
        if (!c.atEnd())
            return {};
    }
    const auto time = timeMSecs(hour, minute, second, msec);
    if (!time)
        return {};
    return utcFromMSecs(*date + *time);
}

template<typename Ch> QDateTime parseDateTimeText(const Ch *begin, const Ch *end)
{
    auto isSpace = [](Ch c) { return c == Ch(' ') || c == Ch('\t') || c == Ch('\r') || c == Ch('\n'); };
    while (begin != end && isSpace(*begin))
        ++begin;
    while (end != begin && isSpace(*(end - 1)))
        --end;
    if (end - begin < 8)
        return {};
    const Cursor<Ch> c { begin, end };
    // "yyyy-..." has its dash at index 4; "M/d/yyyy" never does.
    if (begin[4] == Ch('-'))
        return parseIso(c);
    return parseUs(c);
}

// Numbers as sent by a service that should send decimals: " 7 " and "1e-05" in strings too.
std::optional<double> finiteFromText(QStringView text)
{
    bool ok = false;
    const double d = text.trimmed().toDouble(&ok);
    return ok && qIsFinite(d) ? std::optional(d) : std::nullopt;
}

} // namespace

QString decodeUtf8(QByteArrayView utf8)
{
    if (!utf8.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(utf8);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(utf8);
}

QDateTime parseDateTime(QStringView text)
{
    return parseDateTimeText(text.utf16(), text.utf16() + text.size());
}

QDateTime parseDateTime(QByteArrayView utf8)
{
    return parseDateTimeText(utf8.data(), utf8.data() + utf8.size());
}

QString armIdSegment(QStringView armId, QLatin1StringView name)
{
    bool takeNext = false;
    for (const QStringView part : armId.tokenize(u'/', Qt::SkipEmptyParts)) {
        if (takeNext)
            return part.toString();
        takeNext = part.compare(name, Qt::CaseInsensitive) == 0;
    }
    return QString();
}


bool Reader::utf8(Value v, std::string_view *out)
{
    if (kind(v) != Kind::String) {
        skip(v);
        return false;
    }
    return check(v.get_string().get(*out));
}

QString Reader::text(Value v, bool trim, bool pooled)
{
    QString out;
    switch (kind(v)) {
    case Kind::String: {
        std::string_view s;
        if (!check(v.get_string().get(s)))
            return {};
        const QByteArrayView bytes(s.data(), qsizetype(s.size()));
        out = pooled ? m_pool.internUtf8(bytes) : decodeUtf8(bytes);
        break;
    }
    case Kind::Number: {
        std::string_view literal;
        if (!number(v, &literal))
            return {};
        out = QString::fromLatin1(literal.data(), qsizetype(literal.size()));
        if (pooled)
            out = m_pool.intern(out);
        break;
    }
    default:
        skip(v);
        return {};
    }
    // Most values have nothing to trim; trimmed() would still scan and copy. (Through a view:
    // QString::front() on a non-const string would detach it from the pool.)
    if (const QStringView view(out); trim && !view.isEmpty() && (view.front().isSpace() || view.back().isSpace()))
        return pooled ? m_pool.intern(out.trimmed()) : out.trimmed();
    return out;
}

QString Reader::currency(Value v)
{
    return m_pool.internCurrency(text(v, false, true));
}

std::optional<bool> Reader::optionalBool(Value v)
{
    switch (kind(v)) {
    case Kind::Bool: {
        bool b = false;
        return check(v.get_bool().get(b)) ? std::optional(b) : std::nullopt;
    }
    case Kind::String: {
        const QString s = text(v);
        if (s.compare("true"_L1, Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare("false"_L1, Qt::CaseInsensitive) == 0)
            return false;
        return std::nullopt;
    }
    case Kind::Number: {
        const auto d = finiteNumber(v);
        return d && (*d == 0.0 || *d == 1.0) ? std::optional(*d == 1.0) : std::nullopt;
    }
    default:
        skip(v);
        return std::nullopt;
    }
}

std::optional<double> Reader::finiteNumber(Value v)
{
    switch (kind(v)) {
    case Kind::Number: {
        std::string_view literal;
        if (!number(v, &literal))
            return std::nullopt;
        return finiteFromText(QString::fromLatin1(literal.data(), qsizetype(literal.size())));
    }
    case Kind::String:
        return finiteFromText(text(v));
    default:
        skip(v);
        return std::nullopt;
    }
}

std::optional<int> Reader::integer(Value v)
{
    const auto d = finiteNumber(v);
    // Range first: converting a double outside int's range is undefined (a fuzzer sent 1e300).
    if (!d || std::trunc(*d) != *d || *d < double(std::numeric_limits<int>::min())
        || *d > double(std::numeric_limits<int>::max())) {
        return std::nullopt;
    }
    return int(*d);
}

QDateTime Reader::dateTime(Value v)
{
    std::string_view s;
    if (!utf8(v, &s))
        return {};
    return parseDateTime(QByteArrayView(s.data(), qsizetype(s.size())));
}

QStringList Reader::stringList(Value v)
{
    QStringList out;
    forEachElement(v, [&](Value item) {
        std::string_view s;
        if (utf8(item, &s))
            out.append(decodeUtf8(QByteArrayView(s.data(), qsizetype(s.size()))).trimmed());
    });
    return out;
}

Reseller Reader::reseller(Value v)
{
    Reseller r;
    forEachField(v, [&](std::string_view key, Value value) {
        if (key == "resellerId")
            r.id = text(value, true, true);
        else if (key == "resellerDescription")
            r.description = text(value, false, true);
        else
            skip(value);
    });
    return r;
}

std::optional<Money> Reader::PendingAmount::resolve(const QString &fallbackCurrency) const
{
    const QString &code = currency.isEmpty() ? fallbackCurrency : currency;
    if (code.isEmpty())
        return std::nullopt;
    if (!literal.isEmpty())
        return Money::fromDecimalString(literal, code);
    if (!text.isEmpty())
        return Money::fromDecimalString(QStringView(text), code);
    return std::nullopt;
}

Reader::PendingAmount Reader::amountValue(Value v)
{
    PendingAmount a;
    const Kind k = kind(v);
    if (k == Kind::Number) {
        std::string_view literal;
        if (number(v, &literal))
            a.literal = QByteArrayView(literal.data(), qsizetype(literal.size()));
    } else if (k == Kind::String) {
        a.text = text(v);
    } else {
        skip(v);
    }
    return a;
}

Reader::PendingAmount Reader::amount(Value v)
{
    return amountWithExchangeRate(v).amount;
}

Reader::PendingRateAmount Reader::amountWithExchangeRate(Value v)
{
    PendingRateAmount a;
    forEachField(v, [&](std::string_view key, Value value) {
        if (key == "currency") {
            a.amount.currency = currency(value);
        } else if (key == "value") {
            const QString code = a.amount.currency;
            a.amount = amountValue(value);
            a.amount.currency = code;
        } else if (key == "exchangeRate") {
            a.exchangeRate = finiteNumber(value);
        } else if (key == "exchangeRateMonth") {
            // A month of the year; anything else (13, -1, 1e300) is not a month and is dropped.
            a.exchangeRateMonth = integer(value);
            if (a.exchangeRateMonth && (*a.exchangeRateMonth < 1 || *a.exchangeRateMonth > 12))
                a.exchangeRateMonth.reset();
        } else {
            skip(value);
        }
    });
    return a;
}

std::optional<Money> Reader::price(Value v, QString *grain, std::optional<double> *percentage)
{
    PendingAmount a;
    forEachField(v, [&](std::string_view key, Value value) {
        if (key == "currencyCode") {
            a.currency = currency(value);
        } else if (key == "amount") {
            const QString code = a.currency;
            a = amountValue(value);
            a.currency = code;
        } else if (key == "grain" && grain) {
            *grain = text(value, true, true);
        } else if (key == "percentage" && percentage) {
            *percentage = finiteNumber(value);
        } else {
            skip(value);
        }
    });
    return a.resolve();
}

} // namespace CreditDesk::Json
