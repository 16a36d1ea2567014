#include "domain/money.h"

#include <QLocale>
#include <QtGlobal>
#include <QtNumeric>

#include <algorithm>
#include <array>
#include <atomic>
#include <limits>
#include <string_view>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {

constexpr quint64 kMaxMagnitude = quint64(std::numeric_limits<qint64>::max());

// Saturating bound for exponents: anything beyond makes every non-zero value overflow or
// round to zero, so the exact size no longer matters and cannot overflow an int.
constexpr int kExponentCap = 100000;

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

template<typename CharT> bool isSpace(CharT c)
{
    return c == CharT(' ') || c == CharT('\t') || c == CharT('\n') || c == CharT('\r');
}

quint64 powerOfTen(int exponent)
{
    quint64 p = 1;
    for (int i = 0; i < exponent; ++i)
        p *= 10;
    return p;
}

// Exact decimal → minor units. value = D × 10^(exp − fracLen); we want value × 10^digits,
// rounded half away from zero, without ever going through a binary float.
template<typename CharT> std::optional<qint64> parseMinorUnits(const CharT *p, const CharT *end, int digits)
{
    while (p != end && isSpace(*p))
        ++p;
    while (end != p && isSpace(*(end - 1)))
        --end;

    bool negative = false;
    if (p != end && (*p == CharT('-') || *p == CharT('+'))) {
        negative = *p == CharT('-');
        ++p;
    }

    const CharT *intBegin = p;
    while (p != end && isAsciiDigit(char16_t(*p)))
        ++p;
    const CharT *intEnd = p;
    const CharT *fracBegin = p;
    const CharT *fracEnd = p;
    if (p != end && *p == CharT('.')) {
        ++p;
        fracBegin = p;
        while (p != end && isAsciiDigit(char16_t(*p)))
            ++p;
        fracEnd = p;
    }
    const qsizetype intLen = intEnd - intBegin;
    const qsizetype fracLen = fracEnd - fracBegin;
    if (intLen + fracLen == 0)
        return std::nullopt;

    int exponent = 0;
    if (p != end && (*p == CharT('e') || *p == CharT('E'))) {
        ++p;
        bool expNegative = false;
        if (p != end && (*p == CharT('-') || *p == CharT('+'))) {
            expNegative = *p == CharT('-');
            ++p;
        }
        if (p == end || !isAsciiDigit(char16_t(*p)))
            return std::nullopt;
        while (p != end && isAsciiDigit(char16_t(*p))) {
            exponent = qMin(kExponentCap, exponent * 10 + int(*p - CharT('0')));
            ++p;
        }
        if (expNegative)
            exponent = -exponent;
    }
    if (p != end)
        return std::nullopt;

    const qsizetype digitCount = intLen + fracLen;
    auto digitAt = [&](qsizetype i) -> int {
        const CharT c = i < intLen ? intBegin[i] : fracBegin[i - intLen];
        return int(c - CharT('0'));
    };

    const qint64 shift = qint64(exponent) - fracLen + digits;
    const quint64 limit = kMaxMagnitude;
    quint64 magnitude = 0;
    auto pushDigit = [&](int d) {
        quint64 next = 0;
        if (qMulOverflow(magnitude, quint64(10), &next) || qAddOverflow(next, quint64(d), &next) || next > limit) {
            return false;
        }
        magnitude = next;
        return true;
    };

    if (shift >= 0) {
        for (qsizetype i = 0; i < digitCount; ++i) {
            if (!pushDigit(digitAt(i)))
                return std::nullopt;
        }
        for (qint64 i = 0; i < shift && magnitude != 0; ++i) {
            if (!pushDigit(0))
                return std::nullopt;
        }
    } else {
        const qint64 keep = digitCount + shift;
        for (qint64 i = 0; i < keep; ++i) {
            if (!pushDigit(digitAt(i)))
                return std::nullopt;
        }
        // Only the first dropped digit decides: ≥5 is at least half, and half rounds away
        // from zero; the magnitude is rounded, the sign applied afterwards.
        const int firstDropped = keep >= 0 && keep < digitCount ? digitAt(keep) : 0;
        if (firstDropped >= 5) {
            if (magnitude == limit)
                return std::nullopt;
            ++magnitude;
        }
    }
    const auto value = qint64(magnitude);
    return negative ? -value : value;
}

struct CurrencyExponent
{
    char code[4];
    int digits;
};

// ISO 4217 currencies whose minor unit is not 2.
// clang-format off
constexpr std::array<CurrencyExponent, 26> kExponents { {
    { "BHD", 3 }, { "BIF", 0 }, { "CLF", 4 }, { "CLP", 0 }, { "DJF", 0 }, { "GNF", 0 }, { "IQD", 3 },
    { "ISK", 0 }, { "JOD", 3 }, { "JPY", 0 }, { "KMF", 0 }, { "KRW", 0 }, { "KWD", 3 }, { "LYD", 3 },
    { "OMR", 3 }, { "PYG", 0 }, { "RWF", 0 }, { "TND", 3 }, { "UGX", 0 }, { "UYI", 0 }, { "UYW", 4 },
    { "VND", 0 }, { "VUV", 0 }, { "XAF", 0 }, { "XOF", 0 }, { "XPF", 0 },
} };
// clang-format on
static_assert(std::is_sorted(kExponents.begin(), kExponents.end(), [](const auto &x, const auto &y) {
    return std::string_view(x.code) < std::string_view(y.code);
}));

char16_t upperAscii(char16_t c)
{
    return c >= u'a' && c <= u'z' ? char16_t(c - 32) : c;
}

bool isNormalizedCode(const QString &currency)
{
    for (QChar c : currency) {
        const char16_t u = c.unicode();
        if (!(u >= u'A' && u <= u'Z') && !(u >= u'0' && u <= u'9'))
            return false;
    }
    return true;
}

// One slot per three-letter code A..Z: a bounded table, so the strings it creates are never
// freed and a Money may point at them from any thread.
constexpr int kLetters = 26;
std::atomic<const QString *> g_codes[kLetters * kLetters * kLetters];

int codeSlot(const QString &code)
{
    if (code.size() != 3)
        return -1;
    int slot = 0;
    for (QChar c : code) {
        const char16_t u = c.unicode();
        if (u < u'A' || u > u'Z')
            return -1;
        slot = slot * kLetters + (u - u'A');
    }
    return slot;
}

const QString *sharedCode(int slot, const QString &code)
{
    std::atomic<const QString *> &entry = g_codes[slot];
    if (const QString *known = entry.load(std::memory_order_acquire))
        return known;
    const QString *created = new QString(code);
    const QString *expected = nullptr;
    if (entry.compare_exchange_strong(expected, created, std::memory_order_acq_rel))
        return created;
    delete created; // another thread stored the same code first
    return expected;
}

} // namespace

Money::Code::Code(const QString &normalized)
{
    if (normalized.isEmpty())
        return;
    if (const int slot = codeSlot(normalized); slot >= 0)
        m_bits = reinterpret_cast<quintptr>(sharedCode(slot, normalized));
    else
        m_bits = reinterpret_cast<quintptr>(new QString(normalized)) | 1;
}

Money::Code::Code(const Code &other)
    : m_bits(other.isOwned() ? reinterpret_cast<quintptr>(new QString(other.text())) | 1 : other.m_bits)
{
}

Money::Code &Money::Code::operator=(const Code &other)
{
    if (this != &other)
        *this = Code(other);
    return *this;
}

Money::Code &Money::Code::operator=(Code &&other) noexcept
{
    std::swap(m_bits, other.m_bits);
    return *this;
}

Money::Code::~Code()
{
    if (isOwned())
        delete &text();
}

const QString &Money::Code::text() const
{
    static const QString none;
    return m_bits == 0 ? none : *reinterpret_cast<const QString *>(m_bits & ~quintptr(1));
}

Money::Money(qint64 minorUnits, const QString &currency)
    : m_minorUnits(minorUnits), m_currency(normalizedCurrency(currency))
{ }

Money::Money(qint64 minorUnits, QStringView currency)
    : m_minorUnits(minorUnits), m_currency(currency.trimmed().toString().toUpper())
{ }

QString Money::normalizedCurrency(const QString &currency)
{
    if (isNormalizedCode(currency))
        return currency;
    return currency.trimmed().toUpper();
}

int Money::minorDigits(QStringView currency)
{
    currency = currency.trimmed();
    if (currency.size() != 3)
        return 2;
    const char16_t a = upperAscii(currency[0].unicode());
    const char16_t b = upperAscii(currency[1].unicode());
    const char16_t c = upperAscii(currency[2].unicode());
    // kExponents is sorted by code: a binary search, as amounts are read six per event.
    const quint64 key = (quint64(a) << 32) | (quint64(b) << 16) | c;
    const auto it = std::lower_bound(kExponents.begin(), kExponents.end(), key, [](const CurrencyExponent &e, quint64 k) {
        return ((quint64(uchar(e.code[0])) << 32) | (quint64(uchar(e.code[1])) << 16) | uchar(e.code[2])) < k;
    });
    if (it != kExponents.end() && char16_t(it->code[0]) == a && char16_t(it->code[1]) == b && char16_t(it->code[2]) == c)
        return it->digits;
    return 2;
}

std::optional<Money> Money::fromDecimalString(QStringView text, const QString &currency)
{
    const QString code = normalizedCurrency(currency);
    const auto *begin = text.utf16();
    const auto units = parseMinorUnits(begin, begin + text.size(), minorDigits(code));
    if (!units)
        return std::nullopt;
    Money m;
    m.m_minorUnits = *units;
    m.m_currency = Code(code);
    return m;
}

std::optional<Money> Money::fromDecimalString(QByteArrayView text, const QString &currency)
{
    const QString code = normalizedCurrency(currency);
    const char *begin = text.data();
    const auto units = parseMinorUnits(begin, begin + text.size(), minorDigits(code));
    if (!units)
        return std::nullopt;
    Money m;
    m.m_minorUnits = *units;
    m.m_currency = Code(code);
    return m;
}

std::optional<Money> Money::fromJsonNumber(double value, const QString &currency)
{
    if (!qIsFinite(value))
        return std::nullopt;
    // Shortest round-trip text is exactly what the service wrote for any decimal with up to
    // 15-17 significant digits, e.g. 60.9 rather than 60.899999999999998578915.
    const QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    return fromDecimalString(QByteArrayView(text), currency);
}

std::optional<Money> Money::fromJson(const QJsonValue &value, const QString &currency)
{
    if (value.isDouble()) {
        // Integers beyond 2^53 survive the JSON parser as qint64; keep them exact.
        constexpr qint64 notIntegral = std::numeric_limits<qint64>::min();
        const qint64 integral = value.toInteger(notIntegral);
        if (integral != notIntegral) {
            const QString code = normalizedCurrency(currency);
            qint64 units = 0;
            if (qMulOverflow(integral, qint64(powerOfTen(minorDigits(code))), &units))
                return std::nullopt;
            return Money(units, code);
        }
        return fromJsonNumber(value.toDouble(), currency);
    }
    if (value.isString())
        return fromDecimalString(QStringView(value.toString()), currency);
    return std::nullopt;
}

QString Money::toDecimalString() const
{
    const int d = digits();
    const quint64 magnitude = m_minorUnits < 0 ? quint64(0) - quint64(m_minorUnits) : quint64(m_minorUnits);
    const quint64 scale = powerOfTen(d);
    QString out;
    if (m_minorUnits < 0)
        out += u'-';
    out += QString::number(magnitude / scale);
    if (d > 0) {
        out += u'.';
        out += QString::number(magnitude % scale).rightJustified(d, u'0');
    }
    return out;
}

qreal Money::toChartValue() const
{
    return qreal(m_minorUnits) / qreal(powerOfTen(digits()));
}

std::optional<Money> Money::checkedAdd(const Money &other) const
{
    if (!other.isValid() && other.m_minorUnits == 0)
        return *this;
    if (!isValid() && m_minorUnits == 0)
        return other;
    if (m_currency != other.m_currency)
        return std::nullopt;
    qint64 sum = 0;
    if (qAddOverflow(m_minorUnits, other.m_minorUnits, &sum) || sum == std::numeric_limits<qint64>::min()) {
        return std::nullopt;
    }
    Money m = *this;
    m.m_minorUnits = sum;
    return m;
}

std::optional<Money> Money::checkedSubtract(const Money &other) const
{
    if (other.m_minorUnits == std::numeric_limits<qint64>::min())
        return std::nullopt;
    return checkedAdd(-other);
}

Money Money::operator-() const
{
    Money m = *this;
    m.m_minorUnits
        = m_minorUnits == std::numeric_limits<qint64>::min() ? std::numeric_limits<qint64>::max() : -m_minorUnits;
    return m;
}

QString formatMoney(const Money &money, const QLocale &locale)
{
    if (!money.isValid())
        return QString();
    const int d = money.digits();
    const quint64 magnitude
        = money.minorUnits() < 0 ? quint64(0) - quint64(money.minorUnits()) : quint64(money.minorUnits());
    const quint64 scale = powerOfTen(d);
    QString number = locale.toString(qulonglong(magnitude / scale));
    if (d > 0) {
        number += locale.decimalPoint();
        const QString fraction = QString::number(magnitude % scale).rightJustified(d, u'0');
        // Localised digits (Arabic-Indic, ...) for the fraction as well.
        for (QChar c : fraction)
            number += locale.toString(c.digitValue());
    }

    const bool ownCurrency = locale.currencySymbol(QLocale::CurrencyIsoCode) == money.currency();
    QString symbol = ownCurrency ? locale.currencySymbol(QLocale::CurrencySymbol) : money.currency();

    // Let the locale place sign and symbol by formatting ±1 with a placeholder symbol, then
    // substitute our integer-built number; no floating value is involved.
    const QChar placeholder(0xFFFC);
    QString pattern = locale.toCurrencyString(qlonglong(money.isNegative() ? -1 : 1), QString(placeholder));
    const QString one = locale.toString(qlonglong(1));
    const qsizetype at = pattern.lastIndexOf(one);
    if (at < 0)
        return (money.isNegative() ? u"-"_s : QString()) + number + u' ' + symbol;
    pattern.replace(at, one.size(), number);
    if (!ownCurrency) {
        // "EUR12.30" reads badly; an ISO code wants a gap next to the digits.
        const qsizetype p = pattern.indexOf(placeholder);
        if (p + 1 < pattern.size() && pattern.at(p + 1).isDigit())
            symbol += QChar(0x00A0);
        else if (p > 0 && pattern.at(p - 1).isDigit())
            symbol.prepend(QChar(0x00A0));
    }
    pattern.replace(placeholder, symbol);
    return pattern;
}

} // namespace CreditDesk
