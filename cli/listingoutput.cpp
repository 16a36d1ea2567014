#include "listingoutput.h"

#include "export/jsontext.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace CreditDesk::Cli {

namespace {
RecordSet coverageRecords(const QList<Coverage::Item> &items)
{
    RecordSet records;
    records.fields = {u"scope"_s, u"message"_s, u"code"_s, u"httpStatus"_s, u"requestId"_s};
    for (const Coverage::Item &item : items) {
        records.rows.append({RecordValue::fromText(item.scope), RecordValue::fromText(item.error.message),
                             RecordValue::textOrNull(item.error.code),
                             item.error.httpStatus > 0 ? RecordValue::number(QString::number(item.error.httpStatus))
                                                       : RecordValue::null(),
                             RecordValue::textOrNull(item.error.requestId)});
    }
    return records;
}

RecordStream::Format streamFormat(OutputFormat format)
{
    switch (format) {
    case OutputFormat::Csv: return RecordStream::Format::Csv;
    case OutputFormat::Json: return RecordStream::Format::Json;
    case OutputFormat::Table: break;
    }
    return RecordStream::Format::Table;
}

/// Indentation of the rows array inside the covered object.
const QString kNested = u"  "_s;
} // namespace

QString nestedJsonArray(const RecordSet &records)
{
    QByteArray out;
    RecordStream stream(RecordStream::Format::Json, records, [&out](const QByteArray &bytes) { out += bytes; }, kNested);
    stream.write(records);
    stream.finish(/*jsonTrailingNewline=*/false);
    return QString::fromUtf8(out);
}

void writeToStdout(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString coverageJsonTail(const Coverage &coverage)
{
    return u",\n  \"failedScopes\": "_s + nestedJsonArray(coverageRecords(coverage.failed))
           + u",\n  \"notes\": "_s + nestedJsonArray(coverageRecords(coverage.notes)) + u"\n}\n"_s;
}

StreamedListing::StreamedListing(OutputFormat format, const QString &rowsKey, const RecordSet &layout)
    : m_format(format)
    , m_rowsKey(rowsKey)
    , m_stream(std::make_unique<RecordStream>(
          streamFormat(format), layout, [this](const QByteArray &bytes) { emitBytes(bytes); },
          format == OutputFormat::Json ? kNested : QString()))
{
}

void StreamedListing::emitBytes(const QByteArray &bytes)
{
    if (m_format == OutputFormat::Json && !m_opened) {
        m_opened = true;
        writeToStdout(u"{\n  "_s.toUtf8() + jsonString(m_rowsKey).toUtf8() + ": " + bytes);
        return;
    }
    writeToStdout(bytes);
}

void StreamedListing::write(const RecordSet &page)
{
    m_stream->write(page);
}

void StreamedListing::finish(const Coverage &coverage)
{
    m_stream->finish(/*jsonTrailingNewline=*/m_format != OutputFormat::Json);
    if (m_format == OutputFormat::Json)
        writeToStdout(coverageJsonTail(coverage).toUtf8());
}

} // namespace CreditDesk::Cli
