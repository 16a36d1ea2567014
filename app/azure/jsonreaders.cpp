#include "azure/jsonreaders.h"

#include "azure/jsonpull.h"

#include <QDate>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>
#include <QtNumeric>

#include <cmath>
#include <cstring>
#include <limits>

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

QString pooled(QString s, StringPool *pool)
{
    return pool ? pool->intern(s) : s;
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

std::optional<double> finiteNumber(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        return qIsFinite(d) ? std::optional<double>(d) : std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const double d = QStringView(v.toString()).trimmed().toDouble(&ok);
        if (ok && qIsFinite(d))
            return d;
    }
    return std::nullopt;
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

} // namespace

QString StringPool::intern(const QString &s)
{
    if (s.isEmpty())
        return QString();
    const auto it = m_strings.constFind(s);
    if (it != m_strings.constEnd())
        return it.value();
    m_strings.insert(s, s);
    return s;
}

QString StringPool::internUtf8(QByteArrayView utf8)
{
    const qsizetype size = utf8.size();
    if (size == 0)
        return QString();
    const auto byteAt = [&utf8](qsizetype i) { return uchar(utf8.at(i)); };
    Recent &recent = m_recent[size_t((size * 31 + byteAt(size - 1) * 7 + byteAt(size / 2)) % kRecentSlots)];
    if (recent.utf8.size() == size && std::memcmp(recent.utf8.constData(), utf8.data(), size_t(size)) == 0)
        return recent.text;
    // fromRawData: look up without copying the bytes; only a miss stores a deep copy.
    auto it = m_utf8.constFind(QByteArray::fromRawData(utf8.data(), size));
    if (it == m_utf8.constEnd())
        it = m_utf8.insert(utf8.toByteArray(), PullReader::decodeUnescaped(utf8));
    recent = { it.key(), it.value() };
    return it.value();
}

QString StringPool::internCurrency(const QString &code)
{
    if (code.isEmpty())
        return QString();
    if (code.constData() == m_lastCode.constData() && code.size() == m_lastCode.size())
        return m_lastCurrency;
    auto it = m_currencies.constFind(code);
    if (it == m_currencies.constEnd())
        it = m_currencies.insert(code, intern(Money::normalizedCurrency(code)));
    m_lastCode = code;
    m_lastCurrency = it.value();
    return m_lastCurrency;
}

QString readText(const QJsonObject &o, QLatin1StringView key, StringPool *pool)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return pooled(v.toString(), pool);
    if (v.isDouble()) {
        constexpr qint64 notIntegral = std::numeric_limits<qint64>::min();
        const qint64 i = v.toInteger(notIntegral);
        return i != notIntegral ? QString::number(i)
                                : QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    return QString();
}

QString readString(const QJsonObject &o, QLatin1StringView key, StringPool *pool)
{
    QString s = readText(o, key, nullptr);
    if (!s.isEmpty() && (std::as_const(s).front().isSpace() || std::as_const(s).back().isSpace()))
        s = s.trimmed();
    return pooled(std::move(s), pool);
}

QStringList readStringList(const QJsonObject &o, QLatin1StringView key)
{
    QStringList out;
    const QJsonArray array = o.value(key).toArray();
    out.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (item.isString())
            out.append(item.toString().trimmed());
    }
    return out;
}

std::optional<bool> readOptionalBool(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.compare("true"_L1, Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare("false"_L1, Qt::CaseInsensitive) == 0)
            return false;
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == 0.0 || d == 1.0)
            return d == 1.0;
    }
    return std::nullopt;
}

bool readBool(const QJsonObject &o, QLatin1StringView key, bool fallback)
{
    return readOptionalBool(o, key).value_or(fallback);
}

std::optional<int> readInt(const QJsonObject &o, QLatin1StringView key)
{
    const auto d = finiteNumber(o.value(key));
    if (!d || std::trunc(*d) != *d || *d < double(std::numeric_limits<int>::min())
        || *d > double(std::numeric_limits<int>::max())) {
        return std::nullopt;
    }
    return int(*d);
}

std::optional<double> readDouble(const QJsonObject &o, QLatin1StringView key)
{
    return finiteNumber(o.value(key));
}

std::optional<Money> amountFromObject(const QJsonObject &amount, StringPool *pool, const QString &fallbackCurrency)
{
    const QJsonValue value = amount.value("value"_L1);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    QString currency = Money::normalizedCurrency(readString(amount, "currency"_L1));
    if (currency.isEmpty())
        currency = Money::normalizedCurrency(fallbackCurrency);
    if (currency.isEmpty())
        return std::nullopt;
    return Money::fromJson(value, pooled(std::move(currency), pool));
}

std::optional<Money> readAmount(const QJsonObject &o, QLatin1StringView key, StringPool *pool,
                                const QString &fallbackCurrency)
{
    const QJsonValue v = o.value(key);
    if (!v.isObject())
        return std::nullopt;
    return amountFromObject(v.toObject(), pool, fallbackCurrency);
}

std::optional<Money> readPrice(const QJsonObject &o, QLatin1StringView key, StringPool *pool)
{
    const QJsonValue v = o.value(key);
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject price = v.toObject();
    const QJsonValue amount = price.value("amount"_L1);
    if (amount.isUndefined() || amount.isNull())
        return std::nullopt;
    const QString currency = Money::normalizedCurrency(readString(price, "currencyCode"_L1));
    if (currency.isEmpty())
        return std::nullopt;
    return Money::fromJson(amount, pooled(currency, pool));
}

AmountWithExchangeRate readAmountWithExchangeRate(const QJsonObject &o, QLatin1StringView key, StringPool *pool,
                                                  const QString &fallbackCurrency)
{
    AmountWithExchangeRate out;
    const QJsonValue v = o.value(key);
    if (!v.isObject())
        return out;
    const QJsonObject obj = v.toObject();
    out.amount = amountFromObject(obj, pool, fallbackCurrency);
    out.exchangeRate = readDouble(obj, "exchangeRate"_L1);
    // A month of the year; anything else is not a month and is dropped.
    out.exchangeRateMonth = readInt(obj, "exchangeRateMonth"_L1);
    if (out.exchangeRateMonth && (*out.exchangeRateMonth < 1 || *out.exchangeRateMonth > 12))
        out.exchangeRateMonth.reset();
    return out;
}

QDateTime parseDateTime(QStringView text)
{
    return parseDateTimeText(text.utf16(), text.utf16() + text.size());
}

QDateTime parseDateTime(QByteArrayView utf8)
{
    return parseDateTimeText(utf8.data(), utf8.data() + utf8.size());
}

QDateTime readDateTime(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return {};
    return parseDateTime(QStringView(v.toString()));
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

QJsonObject readObject(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toObject();
}

} // namespace CreditDesk::Json
