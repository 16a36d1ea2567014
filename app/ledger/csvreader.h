#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace CreditDesk {

/// One record of a CSV file and the line it starts on (1-based).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// RFC 4180 reader: comma-separated, fields optionally quoted with doubled quotes inside,
/// CRLF or LF line ends, quoted fields may span lines; a UTF-8 byte-order mark is skipped.
/// Blank lines are skipped. A quote left open is reported as an error with its line.
struct CsvReadResult
{
    QList<CsvRecord> records;
    int errorLine = 0; ///< 0 = no error
    QString error;
};

CsvReadResult readCsv(const QByteArray &data);

} // namespace CreditDesk
