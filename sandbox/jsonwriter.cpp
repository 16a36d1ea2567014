#include "jsonwriter.h"

#include <cmath>

namespace CreditDesk::Sandbox {

namespace {

void appendTwoDigits(QByteArray &out, int n)
{
    out.append(static_cast<char>('0' + n / 10));
    out.append(static_cast<char>('0' + n % 10));
}

void appendIsoDate(QByteArray &out, QDate date)
{
    const int y = date.year();
    out.append(QByteArray::number(y));
    out.append('-');
    appendTwoDigits(out, date.month());
    out.append('-');
    appendTwoDigits(out, date.day());
    out.append("T00:00:00Z");
}

} // namespace

QString isoDateTime(QDate date)
{
    QByteArray out;
    appendIsoDate(out, date);
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
    m_out.append(QByteArray::number(number));
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

JsonWriter &JsonWriter::money(qint64 minorUnits, int decimals)
{
    separate();
    if (minorUnits < 0) {
        m_out.append('-');
        minorUnits = -minorUnits;
    }
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    m_out.append(QByteArray::number(minorUnits / scale));
    if (decimals > 0) {
        m_out.append('.');
        const QByteArray fraction = QByteArray::number(minorUnits % scale);
        m_out.append(QByteArray(decimals - fraction.size(), '0'));
        m_out.append(fraction);
    }
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::isoDate(QDate date)
{
    separate();
    m_out.append('"');
    appendIsoDate(m_out, date);
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

JsonWriter &JsonWriter::amountField(QLatin1StringView name, QStringView currency, qint64 minorUnits,
                                    int decimals)
{
    key(name).beginObject();
    field(QLatin1StringView("currency"), currency);
    key(QLatin1StringView("value")).money(minorUnits, decimals);
    return endObject();
}

void JsonWriter::writeLatin1String(QLatin1StringView text)
{
    // Keys and enum values are plain ASCII identifiers; no escaping needed.
    m_out.append('"');
    m_out.append(text.data(), text.size());
    m_out.append('"');
}

void JsonWriter::writeString(QStringView text)
{
    m_out.append('"');
    qsizetype plainStart = 0;
    const auto flushPlain = [&](qsizetype end) {
        if (end > plainStart)
            m_out.append(text.mid(plainStart, end - plainStart).toUtf8());
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flushPlain(i);
        plainStart = i + 1;
        switch (c) {
        case u'"': m_out.append("\\\""); break;
        case u'\\': m_out.append("\\\\"); break;
        case u'\n': m_out.append("\\n"); break;
        case u'\r': m_out.append("\\r"); break;
        case u'\t': m_out.append("\\t"); break;
        default: {
            static const char hex[] = "0123456789abcdef";
            m_out.append("\\u00");
            m_out.append(hex[(c >> 4) & 0xF]);
            m_out.append(hex[c & 0xF]);
        }
        }
    }
    flushPlain(text.size());
    m_out.append('"');
}

} // namespace CreditDesk::Sandbox
