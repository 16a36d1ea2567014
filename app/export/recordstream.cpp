#include "export/recordstream.h"

#include "export/csvwriter.h"
#include "export/jsontext.h"
#include "export/terminaltext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
QString jsonValue(const RecordValue &value)
{
    switch (value.kind) {
    case RecordValue::Kind::Text: return jsonString(value.text);
    case RecordValue::Kind::Number:
    case RecordValue::Kind::Boolean: return value.text;
    case RecordValue::Kind::Null: break;
    }
    return u"null"_s;
}

QList<CsvCell> csvCells(const QList<RecordValue> &row)
{
    QList<CsvCell> cells;
    cells.reserve(row.size());
    for (const RecordValue &value : row)
        cells.append({value.text, value.kind == RecordValue::Kind::Number});
    return cells;
}
} // namespace

RecordStream::RecordStream(Format format, const RecordSet &layout, Sink sink, QString jsonIndent)
    : m_format(format)
    , m_sink(std::move(sink))
    , m_jsonIndent(std::move(jsonIndent))
{
    m_layout.fields = layout.fields;
    m_layout.rightAligned = layout.rightAligned;
    m_layout.tableFields = layout.tableFields;
    m_shown = m_layout.tableFields;
    if (m_shown.isEmpty()) {
        for (int f = 0; f < m_layout.fields.size(); ++f)
            m_shown.append(f);
    }
}

QByteArray RecordStream::begin(const RecordSet &firstBatch)
{
    m_started = true;
    switch (m_format) {
    case Format::Json: return QByteArrayLiteral("[");
    case Format::Csv: {
        CsvWriter csv(m_byteOrderMark);
        csv.addHeader(m_layout.fields);
        return csv.data();
    }
    case Format::Table: break;
    }
    QStringList header;
    for (int f : std::as_const(m_shown))
        header.append(m_layout.fields.value(f).toUpper());
    m_widths.resize(m_shown.size());
    for (qsizetype c = 0; c < m_shown.size(); ++c) {
        qsizetype width = header.at(c).size();
        for (const QList<RecordValue> &row : firstBatch.rows)
            width = std::max(width, terminalSafe(row.value(m_shown.at(c)).text).size());
        m_widths[c] = width;
    }
    return tableLine(header).toUtf8();
}

QString RecordStream::tableLine(const QStringList &cells) const
{
    QString text;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const bool right = m_layout.rightAligned.contains(m_shown.at(c));
        // Justifying never cuts: a cell wider than its column is written whole.
        text += right ? cells.at(c).rightJustified(m_widths.at(c)) : cells.at(c).leftJustified(m_widths.at(c));
        if (c + 1 < cells.size())
            text += u"  "_s;
    }
    while (text.endsWith(u' '))
        text.chop(1);
    return text + u'\n';
}

void RecordStream::tableRows(const QList<QList<RecordValue>> &rows, QString &out) const
{
    for (const QList<RecordValue> &row : rows) {
        QStringList cells;
        cells.reserve(m_shown.size());
        for (int f : std::as_const(m_shown))
            cells.append(terminalSafe(row.value(f).text));
        out += tableLine(cells);
    }
}

void RecordStream::write(const RecordSet &batch)
{
    if (m_finished || batch.rows.isEmpty())
        return; // the header waits for the first row, so that a failed run writes nothing
    QByteArray bytes = m_started ? QByteArray() : begin(batch);
    switch (m_format) {
    case Format::Json: {
        QString out;
        for (const QList<RecordValue> &row : batch.rows) {
            out += (m_rows == 0 ? u"\n"_s : u",\n"_s) + m_jsonIndent + u"  {"_s;
            for (qsizetype f = 0; f < m_layout.fields.size() && f < row.size(); ++f) {
                if (f > 0)
                    out += u", "_s;
                out += jsonString(m_layout.fields.at(f)) + u": "_s + jsonValue(row.at(f));
            }
            out += u'}';
            ++m_rows;
        }
        bytes += out.toUtf8();
        break;
    }
    case Format::Csv: {
        CsvWriter csv;
        for (const QList<RecordValue> &row : batch.rows)
            csv.addRow(csvCells(row));
        bytes += csv.data();
        m_rows += batch.rows.size();
        break;
    }
    case Format::Table: {
        QString out;
        tableRows(batch.rows, out);
        bytes += out.toUtf8();
        m_rows += batch.rows.size();
        break;
    }
    }
    m_sink(bytes);
}

void RecordStream::finish(bool jsonTrailingNewline)
{
    if (m_finished)
        return;
    QByteArray bytes = m_started ? QByteArray() : begin(m_layout);
    if (m_format == Format::Json) {
        if (m_rows > 0)
            bytes += '\n' + m_jsonIndent.toUtf8();
        bytes += ']';
        if (jsonTrailingNewline)
            bytes += '\n';
    }
    m_finished = true;
    if (!bytes.isEmpty())
        m_sink(bytes);
}

} // namespace CreditDesk
