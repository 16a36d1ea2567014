#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace CreditDesk {

/// One CSV cell: text, or a plain number that is written as-is.
struct CsvCell
{
    QString text;
    bool isNumber = false;

    static CsvCell number(const QString &plainNumber) { return {plainNumber, true}; }
};

/// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF, quotes
/// doubled. Text cells that a spreadsheet would run as a formula (starting with =, +, -, @,
/// tab or CR) are neutralized with a leading apostrophe; number cells are written plain.
class CsvWriter
{
public:
    /// With a byte-order mark, Excel opens the UTF-8 file with the right encoding.
    explicit CsvWriter(bool withByteOrderMark = false);

    void addHeader(const QStringList &names);
    void addRow(const QList<CsvCell> &cells);
    QByteArray data() const { return m_data; }

    static QString escape(const CsvCell &cell);

private:
    QByteArray m_data;
};

} // namespace CreditDesk
