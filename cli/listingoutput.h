#pragma once

#include "clioptions.h"
#include "core/result.h"
#include "export/recordstream.h"

#include <QList>
#include <QString>

#include <memory>

namespace CreditDesk::Cli {

/// What a read over many billing scopes could not read (failed) or was told (notes), and how
/// many scopes it read: with failures, none read is a failure (exit 2), some a partial result.
struct Coverage
{
    struct Item
    {
        QString scope; ///< translated scope text ("billing profile Contoso (AB12-…)")
        Error error;
    };
    QList<Item> failed;
    QList<Item> notes;
    int scopesRead = 0;

    bool nothingRead() const { return !failed.isEmpty() && scopesRead == 0; }
    bool partial() const { return !failed.isEmpty() && scopesRead > 0; }
};

/// \a records as a JSON array indented to sit one level inside an object.
QString nestedJsonArray(const RecordSet &records);

/// Writes \a bytes to stdout as they are and flushes, so that a pipe's reader gets them now.
void writeToStdout(const QByteArray &bytes);

/// The end of a covered JSON document after its rows: `,\n  "failedScopes": [...],\n
/// "notes": [...]\n}\n` (README: "JSON documents").
QString coverageJsonTail(const Coverage &coverage);

/// A listing written to stdout page by page as its pages arrive (lots, events): nothing is
/// held but the page at hand. CSV and the table write their rows; JSON writes one object,
/// `{"<rowsKey>": [rows…], "failedScopes": […], "notes": […]}`, whose rows come first so they
/// can be written before the listing ends, and whose coverage comes last, once it is known.
/// Nothing is written before the first row: a run that fails before any row wrote nothing.
class StreamedListing
{
public:
    StreamedListing(OutputFormat format, const QString &rowsKey, const RecordSet &layout);
    Q_DISABLE_COPY_MOVE(StreamedListing) // the stream's sink points at this object

    /// Writes \a page's rows and flushes stdout, so a reader sees them before the next page.
    void write(const RecordSet &page);
    /// Ends the output: the header alone if no row came; for JSON the coverage after the rows.
    void finish(const Coverage &coverage);

    qsizetype rowsWritten() const { return m_stream->rowsWritten(); }
    /// Whether any byte went to stdout (then the run must end with a complete document).
    bool started() const { return m_stream->started(); }

private:
    void emitBytes(const QByteArray &bytes);

    OutputFormat m_format;
    QString m_rowsKey;
    std::unique_ptr<RecordStream> m_stream;
    bool m_opened = false;
};

} // namespace CreditDesk::Cli
