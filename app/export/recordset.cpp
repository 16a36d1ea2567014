#include "export/recordset.h"

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
} // namespace

QByteArray RecordSet::toJson() const
{
    QString out = u"["_s;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        out += r == 0 ? u"\n  {"_s : u",\n  {"_s;
        const QList<RecordValue> &row = rows.at(r);
        for (qsizetype f = 0; f < fields.size() && f < row.size(); ++f) {
            if (f > 0)
                out += u", "_s;
            out += jsonString(fields.at(f)) + u": "_s + jsonValue(row.at(f));
        }
        out += u'}';
    }
    out += rows.isEmpty() ? u"]\n"_s : u"\n]\n"_s;
    return out.toUtf8();
}

QByteArray RecordSet::toCsv(bool withByteOrderMark) const
{
    CsvWriter csv(withByteOrderMark);
    csv.addHeader(fields);
    for (const QList<RecordValue> &row : rows) {
        QList<CsvCell> cells;
        cells.reserve(row.size());
        for (const RecordValue &value : row)
            cells.append({value.text, value.kind == RecordValue::Kind::Number});
        csv.addRow(cells);
    }
    return csv.data();
}

QByteArray RecordSet::toTable() const
{
    QList<int> shown = tableFields;
    if (shown.isEmpty()) {
        for (int f = 0; f < fields.size(); ++f)
            shown.append(f);
    }
    auto cellsOf = [&shown](auto valueAt) {
        QStringList cells;
        for (int f : shown)
            cells.append(valueAt(f));
        return cells;
    };
    QList<QStringList> lines{cellsOf([this](int f) { return fields.value(f).toUpper(); })};
    for (const QList<RecordValue> &row : rows)
        lines.append(cellsOf([&row](int f) { return terminalSafe(row.value(f).text); }));

    QList<qsizetype> widths(shown.size(), 0);
    for (const QStringList &cells : std::as_const(lines)) {
        for (qsizetype c = 0; c < cells.size(); ++c)
            widths[c] = std::max(widths[c], cells.at(c).size());
    }
    QString out;
    for (const QStringList &cells : std::as_const(lines)) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const bool right = rightAligned.contains(shown.at(c));
            text += right ? cells.at(c).rightJustified(widths[c]) : cells.at(c).leftJustified(widths[c]);
            if (c + 1 < cells.size())
                text += u"  "_s;
        }
        while (text.endsWith(u' '))
            text.chop(1);
        out += text + u'\n';
    }
    return out.toUtf8();
}

} // namespace CreditDesk
