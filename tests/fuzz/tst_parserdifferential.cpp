// Differential test of the JSON reader against QJsonDocument, on every JSON input of the
// fuzzing lane (the committed corpora and regressions of the ARM and JSON targets, plus
// fuzz/regressions/differential) and the truncations of real pages:
// - what the reader (Json::Reader, simdjson On-Demand) accepts at the top of a page, QJsonDocument
//   accepts too and reads to the same values; the reader is the stricter one by design (raw
//   control characters, unknown escapes, lone surrogates, "1." are refused; jsonreader_p.h);
// - what QJsonDocument accepts, written back by Qt in canonical form, the reader accepts and
//   reads the same (unless it nests deeper than 512 or holds a lone surrogate);
// - a readable lots or events page cut at any byte before its end is refused as
//   MalformedResponse, never read as a shorter list.
// What the parsers make of each input, row by row, is checked against goldens in
// tst_parsergolden.cpp. Extra folders (e.g. a fuzzing run's scratch corpus):
// CREDITDESK_DIFF_EXTRA=<dir>[:<dir>...].

#include "jsontree.h"

#include "azure/armparsers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace CreditDesk;
using namespace CreditDesk::Fuzz;
using namespace Qt::StringLiterals;

namespace {

const QString kFuzzDir = QStringLiteral(CREDITDESK_FUZZ_DIR);

QStringList inputs()
{
    QStringList dirs;
    for (const char *sub : { "corpus/arm_pages", "corpus/arm_credits", "corpus/json_reader", "regressions/arm_pages",
                             "regressions/arm_credits", "regressions/json_reader", "regressions/differential" }) {
        dirs << kFuzzDir + u'/' + QLatin1StringView(sub);
    }
    dirs << qEnvironmentVariable("CREDITDESK_DIFF_EXTRA").split(u':', Qt::SkipEmptyParts);
    QStringList files;
    for (const QString &dir : std::as_const(dirs)) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

} // namespace

class TestParserDifferential : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readerAcceptsOnlyWhatQJsonDocumentAccepts_data();
    void readerAcceptsOnlyWhatQJsonDocumentAccepts();
    void readerReadsQtsCanonicalWriting_data() { readerAcceptsOnlyWhatQJsonDocumentAccepts_data(); }
    void readerReadsQtsCanonicalWriting();
    void truncatedPagesAreRefused_data();
    void truncatedPagesAreRefused();
};

void TestParserDifferential::readerAcceptsOnlyWhatQJsonDocumentAccepts_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = inputs();
    QVERIFY(files.size() > 10);
    for (const QString &file : files)
        QTest::newRow(qPrintable(QDir(kFuzzDir).relativeFilePath(file))) << file;
}

void TestParserDifferential::readerAcceptsOnlyWhatQJsonDocumentAccepts()
{
    QFETCH(QString, path);
    const QByteArray json = readFile(path);
    QString readerError;
    const auto tree = readerTree(json, &readerError);
    const QByteArray trimmed = (json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json).trimmed();
    if (!tree || trimmed.isEmpty() || (trimmed.front() != '{' && trimmed.front() != '['))
        QSKIP("the reader refuses it, or it is a bare scalar (QJsonDocument refuses those)");
    if (hasInnerByteOrderMark(json))
        QSKIP("a U+FEFF inside: Qt 6.4 cannot keep it in keys (jsontree.h)");
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    // Qt 6.4 calls a zero with a huge exponent ("0e408") an illegal number; it is 0
    // (fuzz/regressions/json_reader/zero-with-huge-exponent.json).
    if (error.error == QJsonParseError::IllegalNumber)
        QSKIP("a number QJsonDocument refuses by its exponent alone");
    QVERIFY2(error.error == QJsonParseError::NoError,
             qPrintable(u"the reader accepts what QJsonDocument rejects: "_s + error.errorString()));
    QString where;
    const QJsonValue qt = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    QVERIFY2(sameJson(*tree, qt, &where, {}, true), qPrintable(where));
}

void TestParserDifferential::readerReadsQtsCanonicalWriting()
{
    QFETCH(QString, path);
    QJsonParseError error {};
    const QByteArray json = readFile(path);
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        QSKIP("QJsonDocument refuses it");
    if (hasInnerByteOrderMark(json))
        QSKIP("a U+FEFF inside: Qt 6.4 cannot keep it in keys (jsontree.h)");
    const QJsonValue qt = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    if (hasLoneSurrogate(qt) || nestingDepth(qt) > 500)
        QSKIP("a lone surrogate or deep nesting: refused by the reader by design");
    QString readerError;
    const auto tree = readerTree(doc.toJson(QJsonDocument::Compact), &readerError);
    QVERIFY2(tree.has_value(), qPrintable(readerError));
    QString where;
    QVERIFY2(sameJson(*tree, qt, &where), qPrintable(where));
}

void TestParserDifferential::truncatedPagesAreRefused_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &file : inputs()) {
        if (parseLotsPage(readFile(file)).ok())
            QTest::newRow(qPrintable(QDir(kFuzzDir).relativeFilePath(file))) << file;
    }
}

void TestParserDifferential::truncatedPagesAreRefused()
{
    QFETCH(QString, path);
    const QByteArray json = readFile(path);
    const qsizetype end = json.lastIndexOf('}');
    QVERIFY(end > 0);
    // Every cut of a small page; about 2,000 spread over a large one, and all near both ends.
    const qsizetype step = qMax<qsizetype>(1, end / 2000);
    for (qsizetype cut = 0; cut < end; ++cut) {
        if (cut > 200 && cut < end - 200 && cut % step != 0)
            continue;
        // A fresh copy each time: its exact size, no spare capacity (the reader then pads a copy).
        const QByteArray prefix(json.constData(), cut);
        const auto lots = parseLotsPage(prefix);
        const auto events = parseEventsPage(prefix);
        QVERIFY2(!lots && lots.error().code == u"MalformedResponse"_s,
                 qPrintable(u"lots page cut at byte %1 of %2 was read"_s.arg(cut).arg(json.size())));
        QVERIFY2(!events && events.error().code == u"MalformedResponse"_s,
                 qPrintable(u"events page cut at byte %1 of %2 was read"_s.arg(cut).arg(json.size())));
        QVERIFY(!lots.error().message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestParserDifferential)
#include "tst_parserdifferential.moc"
