#include "azure/jsonpull.h"

#include <QStringDecoder>
#include <QtEndian>

#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace CreditDesk::Json {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The first '"' or '\\' in [p, end), or end. Sixteen bytes per step where SSE2 is there
// (every x86-64), eight otherwise: strings are mostly short keys and 150-byte ids, for which a
// library call per string costs more than the scan itself.
const char *findQuoteOrBackslash(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (end - p >= 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const int found = _mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(chunk, quote), _mm_cmpeq_epi8(chunk, backslash)));
        if (found)
            return p + std::countr_zero(unsigned(found));
        p += 16;
    }
#endif
    // A byte equals c exactly where (word ^ c) has a zero byte; the lowest flag is exact.
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    while (end - p >= 8) {
        const quint64 word = qFromLittleEndian<quint64>(p); // byte i of p is byte i of word
        const quint64 q = word ^ (ones * '"');
        const quint64 b = word ^ (ones * '\\');
        const quint64 found = ((q - ones) & ~q & highs) | ((b - ones) & ~b & highs);
        if (found)
            return p + (std::countr_zero(found) >> 3);
        p += 8;
    }
    while (p != end && *p != '"' && *p != '\\')
        ++p;
    return p;
}

// Four hex digits at p (the caller has checked they are there).
char16_t hex4(const char *p)
{
    return char16_t((hexValue(p[0]) << 12) | (hexValue(p[1]) << 8) | (hexValue(p[2]) << 4) | hexValue(p[3]));
}

} // namespace

bool PullReader::fail(const char *what)
{
    if (!m_failed) {
        m_failed = true;
        m_error = what;
        m_errorOffset = m_p - m_begin;
    }
    return false;
}

void PullReader::skipSpace()
{
    while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

PullReader::Kind PullReader::peek()
{
    if (m_failed)
        return Kind::Error;
    skipSpace();
    if (m_p == m_end) {
        fail("unexpected end of data");
        return Kind::Error;
    }
    switch (*m_p) {
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case '"':
        return Kind::String;
    case 't':
    case 'f':
        return Kind::Bool;
    case 'n':
        return Kind::Null;
    default:
        if (*m_p == '-' || *m_p == '.' || isDigit(*m_p))
            return Kind::Number;
        fail("unexpected character");
        return Kind::Error;
    }
}

bool PullReader::beginObject()
{
    if (peek() != Kind::Object)
        return m_failed ? false : fail("expected an object");
    if (m_depth >= kMaxDepth)
        return fail("nesting too deep");
    ++m_p;
    m_started[size_t(m_depth++)] = false;
    return true;
}

bool PullReader::beginArray()
{
    if (peek() != Kind::Array)
        return m_failed ? false : fail("expected an array");
    if (m_depth >= kMaxDepth)
        return fail("nesting too deep");
    ++m_p;
    m_started[size_t(m_depth++)] = false;
    return true;
}

bool PullReader::separator(char close, bool *more)
{
    *more = false;
    if (m_failed)
        return false;
    if (m_depth == 0)
        return fail("not inside an object or array");
    skipSpace();
    if (m_p == m_end)
        return fail("unexpected end of data");
    if (*m_p == close) {
        ++m_p;
        --m_depth;
        return true;
    }
    if (m_started[size_t(m_depth - 1)]) {
        if (*m_p != ',')
            return fail("expected ',' between items");
        ++m_p;
        skipSpace();
    } else {
        m_started[size_t(m_depth - 1)] = true;
    }
    *more = true;
    return true;
}

bool PullReader::nextKey(QByteArrayView *key)
{
    bool more = false;
    if (!separator('}', &more) || !more)
        return false;
    if (m_p == m_end || *m_p != '"')
        return fail("expected a key");
    bool hasEscapes = false;
    if (!scanString(key, &hasEscapes))
        return false;
    skipSpace();
    if (m_p == m_end || *m_p != ':')
        return fail("expected ':' after a key");
    ++m_p;
    return true;
}

bool PullReader::nextElement()
{
    bool more = false;
    return separator(']', &more) && more;
}

bool PullReader::scanString(QByteArrayView *raw, bool *hasEscapes)
{
    const char *start = ++m_p; // past the opening quote
    *hasEscapes = false;
    for (;;) {
        m_p = findQuoteOrBackslash(m_p, m_end);
        if (m_p == m_end)
            break;
        if (*m_p == '"') {
            *raw = QByteArrayView(start, m_p - start);
            ++m_p;
            return true;
        }
        *hasEscapes = true;
        if (m_end - m_p < 2)
            break;
        if (m_p[1] == 'u') {
            if (m_end - m_p < 6)
                break;
            for (int i = 2; i < 6; ++i) {
                if (hexValue(m_p[i]) < 0)
                    return fail("bad \\u escape in a string");
            }
            m_p += 6;
            continue;
        }
        // Like QJsonDocument, an unknown ASCII escape stands for the character itself. A
        // backslash before a non-ASCII byte ("\\é") is an error there ("invalid UTF8 string"),
        // so it is one here too. Raw control characters are tolerated, as QJsonDocument does.
        if (uchar(m_p[1]) >= 0x80)
            return fail("escaped non-ASCII character in a string");
        m_p += 2;
    }
    return fail("unterminated string");
}

// As lenient as QJsonDocument: "1." and ".5" pass, "01", "1e" and "-" do not.
bool PullReader::scanNumber(QByteArrayView *literal)
{
    const char *start = m_p;
    if (*m_p == '-')
        ++m_p;
    qsizetype mantissaDigits = 0;
    if (m_p != m_end && *m_p == '0') {
        ++m_p;
        ++mantissaDigits;
    } else {
        for (; m_p != m_end && isDigit(*m_p); ++m_p)
            ++mantissaDigits;
    }
    if (m_p != m_end && *m_p == '.') {
        ++m_p;
        for (; m_p != m_end && isDigit(*m_p); ++m_p)
            ++mantissaDigits;
    }
    if (mantissaDigits == 0)
        return fail("bad number");
    if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return fail("bad number");
        while (m_p != m_end && isDigit(*m_p))
            ++m_p;
    }
    *literal = QByteArrayView(start, m_p - start);
    return true;
}

bool PullReader::expectWord(const char *word, qsizetype size)
{
    if (m_end - m_p < size || std::memcmp(m_p, word, size_t(size)) != 0)
        return fail("unexpected word");
    m_p += size;
    return true;
}

bool PullReader::readRawString(QByteArrayView *raw, bool *hasEscapes)
{
    if (peek() != Kind::String)
        return m_failed ? false : fail("expected a string");
    return scanString(raw, hasEscapes);
}

bool PullReader::readString(QString *out)
{
    QByteArrayView raw;
    bool hasEscapes = false;
    if (!readRawString(&raw, &hasEscapes))
        return false;
    *out = hasEscapes ? decode(raw) : decodeUnescaped(raw);
    return true;
}

bool PullReader::readNumber(QByteArrayView *literal)
{
    if (peek() != Kind::Number)
        return m_failed ? false : fail("expected a number");
    return scanNumber(literal);
}

bool PullReader::readBool(bool *out)
{
    if (peek() != Kind::Bool)
        return m_failed ? false : fail("expected true or false");
    *out = *m_p == 't';
    return *out ? expectWord("true", 4) : expectWord("false", 5);
}

bool PullReader::readNull()
{
    if (peek() != Kind::Null)
        return m_failed ? false : fail("expected null");
    return expectWord("null", 4);
}

bool PullReader::skipValue()
{
    switch (peek()) {
    case Kind::Object: {
        if (!beginObject())
            return false;
        QByteArrayView key;
        while (nextKey(&key)) {
            if (!skipValue())
                return false;
        }
        return !m_failed;
    }
    case Kind::Array:
        if (!beginArray())
            return false;
        while (nextElement()) {
            if (!skipValue())
                return false;
        }
        return !m_failed;
    case Kind::String: {
        QByteArrayView raw;
        bool hasEscapes = false;
        return readRawString(&raw, &hasEscapes);
    }
    case Kind::Number: {
        QByteArrayView literal;
        return readNumber(&literal);
    }
    case Kind::Bool: {
        bool b = false;
        return readBool(&b);
    }
    case Kind::Null:
        return readNull();
    case Kind::Error:
        break;
    }
    return false;
}

bool PullReader::atEnd()
{
    skipSpace();
    return !m_failed && m_p == m_end;
}

QString PullReader::decode(QByteArrayView raw)
{
    QString out;
    out.reserve(raw.size());
    // Not QString::fromUtf8 for the runs between escapes: it drops a leading EF BB BF as a
    // byte-order mark, so "\\ud800<U+FEFF>" or "<U+FEFF>\\n" would lose the U+FEFF that
    // QJsonDocument keeps. Stateless: every run is decoded on its own (a run ends at an ASCII
    // backslash, so it never splits a UTF-8 sequence); invalid bytes become U+FFFD as before.
    QStringDecoder utf8(QStringConverter::Utf8,
                        QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    const char *p = raw.data();
    const char *end = p + raw.size();
    while (p != end) {
        const char *run = p;
        while (p != end && *p != '\\')
            ++p;
        // Escapes are ASCII, so a run never splits a UTF-8 sequence.
        if (p != run)
            out += utf8.decode(QByteArrayView(run, p - run));
        if (p == end || end - p < 2)
            break;
        const char e = p[1];
        p += 2;
        switch (e) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u': {
            if (end - p < 4)
                return out;
            char16_t unit = hex4(p);
            p += 4;
            if (QChar::isHighSurrogate(unit) && end - p >= 6 && p[0] == '\\' && p[1] == 'u'
                && QChar::isLowSurrogate(hex4(p + 2))) {
                out += QChar(unit);
                unit = hex4(p + 2);
                p += 6;
            } else if (QChar::isSurrogate(unit)) {
                unit = QChar::ReplacementCharacter;
            }
            out += QChar(unit);
            break;
        }
        case '"':
        case '\\':
        case '/':
            out += QLatin1Char(e);
            break;
        default:
            // Unknown (ASCII, see scanString) escape: the character itself, which starts the
            // next run.
            --p;
            break;
        }
    }
    return out;
}

} // namespace CreditDesk::Json
