#include "server/jsonwriter.h"

#include <cmath>
#include <cstring>
#include <QLocale>

namespace CreditDesk::Sandbox {

namespace {

void appendIsoDate(QByteArray &out, QDate date, int secondsOfDay)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    char buffer[20] = {};
    const auto two = [&buffer](int at, int n) {
        buffer[at] = static_cast<char>('0' + n / 10 % 10);
        buffer[at + 1] = static_cast<char>('0' + n % 10);
    };
    two(0, year / 100);
    two(2, year % 100);
    buffer[4] = '-';
    two(5, month);
    buffer[7] = '-';
    two(8, day);
    buffer[10] = 'T';
    two(11, secondsOfDay / 3600 % 24);
    buffer[13] = ':';
    two(14, secondsOfDay / 60 % 60);
    buffer[16] = ':';
    two(17, secondsOfDay % 60);
    out.append(buffer, 19);
    out.append('Z');
}

/// Appends JSON string content for `text`. Plain ASCII (the common case) is copied in one go
/// into space reserved up front; anything needing escapes or UTF-8 takes the slow path.
void appendEscaped(QByteArray &out, QStringView text)
{
    const qsizetype n = text.size();
    const char16_t *src = text.utf16();
    bool plain = true;
    for (qsizetype i = 0; i < n && plain; ++i)
        plain = src[i] >= 0x20 && src[i] < 0x80 && src[i] != u'"' && src[i] != u'\\';
    if (plain) {
        const qsizetype at = out.size();
        out.resize(at + n);
        char *dst = out.data() + at;
        for (qsizetype i = 0; i < n; ++i)
            dst[i] = static_cast<char>(src[i]);
        return;
    }
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    for (char b : utf8) {
        const auto u = static_cast<unsigned char>(b);
        if (b == '"' || b == '\\') {
            out.append('\\');
            out.append(b);
        } else if (u < 0x20) {
            const char escape[] = { '\\', 'u', '0', '0', hex[u >> 4], hex[u & 0xF] };
            out.append(escape, 6);
        } else {
            out.append(b);
        }
    }
}

} // namespace

void appendDigits(QByteArray &out, quint64 value, int width)
{
    char buffer[24];
    int n = 24;
    do {
        buffer[--n] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0 && n > 0);
    while (24 - n < width && n > 0)
        buffer[--n] = '0';
    out.append(buffer + n, 24 - n);
}

QByteArray jsonEscaped(QStringView text)
{
    QByteArray out;
    out.reserve(text.size());
    appendEscaped(out, text);
    return out;
}

QString isoDateTime(QDate date, int secondsOfDay)
{
    QByteArray out;
    appendIsoDate(out, date, secondsOfDay);
    return QString::fromLatin1(out);
}

void JsonWriter::separate()
{
    if (m_needComma)
        m_out.append(',');
    m_needComma = false;
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out.append('}');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out.append(']');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    separate();
    writeLatin1String(name);
    m_out.append(':');
    return *this;
}

JsonWriter &JsonWriter::value(QStringView text)
{
    separate();
    writeString(text);
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::value(QLatin1StringView text)
{
    separate();
    writeLatin1String(text);
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    if (number < 0)
        m_out.append('-');
    appendDigits(m_out, number < 0 ? 0 - static_cast<quint64>(number) : static_cast<quint64>(number));
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    separate();
    if (std::isfinite(number))
        m_out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
    else
        m_out.append("null");
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out.append("null");
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::escaped(std::initializer_list<QByteArrayView> parts)
{
    separate();
    qsizetype total = 2;
    for (QByteArrayView part : parts)
        total += part.size();
    const qsizetype at = m_out.size();
    m_out.resize(at + total);
    char *dst = m_out.data() + at;
    *dst++ = '"';
    for (QByteArrayView part : parts) {
        if (part.isEmpty())
            continue; // an empty view may have no data pointer at all
        memcpy(dst, part.data(), static_cast<size_t>(part.size()));
        dst += part.size();
    }
    *dst = '"';
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::money(qint64 minorUnits, int decimals)
{
    separate();
    quint64 magnitude = minorUnits < 0 ? 0 - static_cast<quint64>(minorUnits) : static_cast<quint64>(minorUnits);
    if (minorUnits < 0)
        m_out.append('-');
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    appendDigits(m_out, magnitude / scale);
    if (decimals > 0) {
        m_out.append('.');
        appendDigits(m_out, magnitude % scale, decimals);
    }
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::isoDate(QDate date, int secondsOfDay)
{
    separate();
    m_out.append('"');
    appendIsoDate(m_out, date, secondsOfDay);
    m_out.append('"');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::amountField(QLatin1StringView name, QStringView currency, qint64 minorUnits, int decimals)
{
    key(name).beginObject();
    field(QLatin1StringView("currency"), currency);
    key(QLatin1StringView("value")).money(minorUnits, decimals);
    return endObject();
}

JsonWriter &JsonWriter::amountField(QLatin1StringView name, QByteArrayView currency, qint64 minorUnits, int decimals)
{
    key(name).beginObject();
    key(QLatin1StringView("currency")).escaped({ currency });
    key(QLatin1StringView("value")).money(minorUnits, decimals);
    return endObject();
}

void JsonWriter::writeLatin1String(QLatin1StringView text)
{
    // Keys and enum values are ASCII literals of this code base and never need escaping.
    const qsizetype at = m_out.size();
    m_out.resize(at + text.size() + 2);
    char *dst = m_out.data() + at;
    dst[0] = '"';
    memcpy(dst + 1, text.data(), static_cast<size_t>(text.size()));
    dst[text.size() + 1] = '"';
}

void JsonWriter::writeString(QStringView text)
{
    m_out.append('"');
    appendEscaped(m_out, text);
    m_out.append('"');
}

} // namespace CreditDesk::Sandbox
