#include "export/recordset.h"

#include "export/recordstream.h"

namespace CreditDesk {

namespace {
/// One batch through RecordStream, so the whole-set and the streamed output are the same bytes.
QByteArray written(RecordStream::Format format, const RecordSet &set, bool withByteOrderMark = false)
{
    QByteArray out;
    RecordStream stream(format, set, [&out](const QByteArray &bytes) { out += bytes; });
    stream.setCsvByteOrderMark(withByteOrderMark);
    stream.write(set);
    stream.finish();
    return out;
}
} // namespace

QByteArray RecordSet::toJson() const
{
    return written(RecordStream::Format::Json, *this);
}

QByteArray RecordSet::toCsv(bool withByteOrderMark) const
{
    return written(RecordStream::Format::Csv, *this, withByteOrderMark);
}

QByteArray RecordSet::toTable() const
{
    return written(RecordStream::Format::Table, *this);
}

} // namespace CreditDesk
