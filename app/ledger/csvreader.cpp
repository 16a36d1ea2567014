#include "ledger/csvreader.h"

#include <QCoreApplication>

namespace CreditDesk {

CsvReadResult readCsv(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    CsvReadResult result;
    CsvRecord record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int quoteLine = 0;
    record.line = 1;
    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.constFirst().isEmpty();
        if (!blank)
            result.records.append(record);
        record = CsvRecord();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (ch == u'\n')
                    ++line;
                field.append(ch);
            }
            continue;
        }
        if (ch == u'"' && field.isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (ch == u',') {
            endField();
        } else if (ch == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue;
        } else if (ch == u'\n') {
            endRecord();
            ++line;
            record.line = line;
        } else {
            field.append(ch);
        }
    }
    if (quoted) {
        result.errorLine = quoteLine;
        result.error = QCoreApplication::translate("LedgerCsv", "a quoted field is never closed");
        return result;
    }
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return result;
}

} // namespace CreditDesk
