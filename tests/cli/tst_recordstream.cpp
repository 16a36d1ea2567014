// RecordStream: the CLI's listings written page by page are the bytes the whole set gives,
// nothing is written before the first row, the table keeps the first page's widths without
// cutting later cells, and streamed table cells are terminal-safe.
#include "export/recordset.h"
#include "export/recordstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CreditDesk;

namespace {
RecordSet sample(int rows)
{
    RecordSet set;
    set.fields = {u"name"_s, u"amount"_s, u"note"_s};
    set.rightAligned = {1};
    for (int i = 0; i < rows; ++i) {
        set.rows.append({RecordValue::fromText(u"Lot %1, \"quoted\""_s.arg(i)),
                         RecordValue::number(u"-%1.25"_s.arg(i * 1000)),
                         i % 3 == 0 ? RecordValue::null() : RecordValue::fromText(u"=SUM(A1)\nline"_s)});
    }
    return set;
}

RecordSet slice(const RecordSet &set, qsizetype from, qsizetype count)
{
    RecordSet part = set;
    part.rows = set.rows.mid(from, count);
    return part;
}

struct Collected
{
    QByteArray bytes;
    int calls = 0;
    RecordStream::Sink sink()
    {
        return [this](const QByteArray &chunk) {
            bytes += chunk;
            ++calls;
        };
    }
};
} // namespace

class TestRecordStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void batchesGiveTheBytesOfTheWholeSet_data();
    void batchesGiveTheBytesOfTheWholeSet();
    void nothingIsWrittenBeforeTheFirstRow_data();
    void nothingIsWrittenBeforeTheFirstRow();
    void tableWidthsComeFromTheFirstBatch();
    void streamedTableCellsAreTerminalSafe();
    void nestedJsonIsOneValidArray();
};

void TestRecordStream::batchesGiveTheBytesOfTheWholeSet_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(RecordStream::Format::Csv);
    QTest::newRow("json") << int(RecordStream::Format::Json);
    // Widest cells in the first batch (rows are numbered upwards, so: reversed below).
    QTest::newRow("table") << int(RecordStream::Format::Table);
}

void TestRecordStream::batchesGiveTheBytesOfTheWholeSet()
{
    QFETCH(int, format);
    RecordSet set = sample(25);
    std::reverse(set.rows.begin(), set.rows.end()); // the widest numbers first
    const QByteArray whole = format == int(RecordStream::Format::Csv)    ? set.toCsv()
                             : format == int(RecordStream::Format::Json) ? set.toJson()
                                                                         : set.toTable();
    Collected collected;
    RecordStream stream(RecordStream::Format(format), set, collected.sink());
    for (qsizetype from = 0; from < set.rows.size(); from += 10)
        stream.write(slice(set, from, 10));
    QCOMPARE(collected.calls, 3); // one write per batch: the CLI flushes per page
    stream.finish();
    QCOMPARE(collected.bytes, whole);
    QCOMPARE(stream.rowsWritten(), 25);
}

void TestRecordStream::nothingIsWrittenBeforeTheFirstRow_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("empty");
    QTest::newRow("csv") << int(RecordStream::Format::Csv) << QByteArray("name,amount,note\r\n");
    QTest::newRow("json") << int(RecordStream::Format::Json) << QByteArray("[]\n");
    QTest::newRow("table") << int(RecordStream::Format::Table) << QByteArray("NAME  AMOUNT  NOTE\n");
}

void TestRecordStream::nothingIsWrittenBeforeTheFirstRow()
{
    QFETCH(int, format);
    QFETCH(QByteArray, empty);
    Collected collected;
    RecordStream stream(RecordStream::Format(format), sample(0), collected.sink());
    stream.write(sample(0)); // a page whose rows were all filtered out
    QCOMPARE(collected.calls, 0);
    QVERIFY(!stream.started());
    stream.finish();
    QCOMPARE(collected.bytes, empty);
    QCOMPARE(sample(0).toCsv(), format == int(RecordStream::Format::Csv) ? empty : sample(0).toCsv());
}

void TestRecordStream::tableWidthsComeFromTheFirstBatch()
{
    RecordSet first = sample(2);
    RecordSet later = sample(0);
    const QString wide = u"A name far wider than anything on the first page"_s;
    later.rows.append({RecordValue::fromText(wide), RecordValue::number(u"1.00"_s), RecordValue::null()});
    later.rows.append(first.rows.constFirst());

    Collected collected;
    RecordStream stream(RecordStream::Format::Table, first, collected.sink());
    stream.write(first);
    stream.write(later);
    stream.finish();
    const QStringList lines = QString::fromUtf8(collected.bytes).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    // Header and first page as the first page alone gives them.
    QCOMPARE(lines.mid(0, 3).join(u'\n') + u'\n', QString::fromUtf8(first.toTable()));
    QVERIFY2(lines.at(3).startsWith(wide + u"  "_s), qPrintable(lines.at(3))); // whole, never cut
    QCOMPARE(lines.at(4), lines.at(1)); // later rows keep the first page's columns
}

void TestRecordStream::streamedTableCellsAreTerminalSafe()
{
    RecordSet hostile = sample(0);
    hostile.rows.append({RecordValue::fromText(u"Lot\x1b]0;pwned\x07 9\u202e"_s), RecordValue::number(u"2"_s),
                         RecordValue::fromText(u"\x1b[31mred\x1b[0m\tnext"_s)});
    Collected collected;
    RecordStream stream(RecordStream::Format::Table, sample(1), collected.sink());
    stream.write(sample(1));
    stream.write(hostile);
    stream.finish();
    const QString table = QString::fromUtf8(collected.bytes);
    QVERIFY2(!table.contains(QChar(0x1b)) && !table.contains(QChar(0x07)) && !table.contains(QChar(0x202e))
                 && !table.contains(u'\t'),
             qPrintable(table));
    QVERIFY2(table.contains(u"Lot 9"_s) && table.contains(u"red next"_s), qPrintable(table));
    QCOMPARE(table.count(u'\n'), 3);
}

void TestRecordStream::nestedJsonIsOneValidArray()
{
    const RecordSet set = sample(4);
    Collected collected;
    RecordStream stream(RecordStream::Format::Json, set, collected.sink(), u"  "_s);
    stream.write(slice(set, 0, 3));
    stream.write(slice(set, 3, 1));
    stream.finish(/*jsonTrailingNewline=*/false);
    QVERIFY2(collected.bytes.startsWith("[\n    {\"name\": ") && collected.bytes.endsWith("}\n  ]"),
             collected.bytes.constData());
    const QByteArray document = "{\"rows\": " + collected.bytes + "}";
    QJsonParseError error;
    const QJsonArray rows = QJsonDocument::fromJson(document, &error).object().value(u"rows"_s).toArray();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(2)[u"note"_s].toString(), u"=SUM(A1)\nline"_s); // JSON keeps the text exactly
    QCOMPARE(rows.at(3)[u"amount"_s].toDouble(), -3000.25);
}

QTEST_GUILESS_MAIN(TestRecordStream)
#include "tst_recordstream.moc"
