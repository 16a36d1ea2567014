#pragma once

#include "export/recordset.h"

#include <functional>

namespace CreditDesk {

/// Writes rows batch by batch (a page of a listing at a time) as JSON, CSV or a text table,
/// so that a listing of any length is written while it is read and never held whole. The
/// bytes are those RecordSet::toJson/toCsv/toTable write for the same rows in one batch.
///
/// - Nothing is written before the first row or finish(): a run that ends in failure with no
///   row has written nothing at all.
/// - JSON is one array; rows are objects. \a jsonIndent is the indentation of the array's own
///   line when it sits inside an object (rows get two spaces more, as toJson's).
/// - Table: the column widths are those of the header and the first non-empty batch. A later
///   cell that is wider is written whole (never cut) and pushes only the rest of its own line.
///   Cells are made terminal-safe (terminalSafe()).
class RecordStream
{
public:
    enum class Format { Table, Csv, Json };
    using Sink = std::function<void(const QByteArray &bytes)>;

    /// \a layout: the fields, right-aligned and table fields (its rows are ignored).
    RecordStream(Format format, const RecordSet &layout, Sink sink, QString jsonIndent = {});

    void setCsvByteOrderMark(bool on) { m_byteOrderMark = on; }

    /// Writes \a batch's rows (its layout must be the stream's). One call to the sink per batch.
    void write(const RecordSet &batch);
    /// Ends the output: the header alone when no row came, the array's end for JSON. With
    /// \a jsonTrailingNewline false the JSON array ends without a line break (for nesting).
    void finish(bool jsonTrailingNewline = true);

    qsizetype rowsWritten() const { return m_rows; }
    /// Whether anything has gone to the sink.
    bool started() const { return m_started; }

private:
    QByteArray begin(const RecordSet &firstBatch);
    void tableRows(const QList<QList<RecordValue>> &rows, QString &out) const;
    QString tableLine(const QStringList &cells) const;

    Format m_format;
    RecordSet m_layout;
    Sink m_sink;
    QString m_jsonIndent;
    QList<int> m_shown;          ///< table: field indexes shown
    QList<qsizetype> m_widths;   ///< table: fixed at the first batch
    qsizetype m_rows = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_byteOrderMark = false;
};

} // namespace CreditDesk
