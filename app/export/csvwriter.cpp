#include "export/csvwriter.h"

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}
} // namespace

CsvWriter::CsvWriter(bool withByteOrderMark)
{
    if (withByteOrderMark)
        m_data = QByteArrayLiteral("\xEF\xBB\xBF");
}

QString CsvWriter::escape(const CsvCell &cell)
{
    QString text = cell.text;
    if (!cell.isNumber && looksLikeFormula(text))
        text.prepend(u'\'');
    const bool needsQuotes = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!needsQuotes)
        return text;
    text.replace(u"\""_s, u"\"\""_s);
    return u'"' + text + u'"';
}

void CsvWriter::addHeader(const QStringList &names)
{
    QList<CsvCell> cells;
    cells.reserve(names.size());
    for (const QString &name : names)
        cells.append({name});
    addRow(cells);
}

void CsvWriter::addRow(const QList<CsvCell> &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        line += escape(cells.at(i));
    }
    line += u"\r\n"_s;
    m_data += line.toUtf8();
}

} // namespace CreditDesk
