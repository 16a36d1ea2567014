// Differential test of the streaming parsers: for every JSON input of the fuzzing lane (the
// committed corpora and regressions of the ARM and JSON targets, plus fuzz/regressions/
// differential), the lots and events pages read by StreamRows on the pull reader
// (parseLotsPage / parseEventsPage) must equal a plain QJsonDocument reading of the same text
// with the tree readers of jsonreaders.h (fuzz/targets/referencerows.cpp), field by field, or
// both must reject the page with the same error code. The pull reader itself must read the
// same JSON values as QJsonDocument wherever jsonpull.h promises it does.
//
// Deliberate differences, normalised below rather than reported:
// - Lone surrogates in \u escapes become U+FFFD in the pull reader and stay in QJsonDocument
//   (compared after the same replacement), and a number beyond a double's range (1e400) makes
//   QJsonDocument refuse the whole document while the pull reader checks only the grammar.
// - Invalid UTF-8: the pull reader decodes it as U+FFFD instead of failing the page
//   (jsonpull.h), QJsonDocument refuses the page. The streamed rows are compared with the tree
//   reading of the same text with each invalid sequence replaced (QString::fromUtf8).
// - Unknown ASCII escapes keep the character in both; a backslash before a non-ASCII byte is an
//   error in both. A bare scalar at the top is a shape error in the stream and a syntax error in
//   QJsonDocument (both reject; the codes differ).
// Extra folders (e.g. a fuzzing run's scratch corpus): CREDITDESK_DIFF_EXTRA=<dir>[:<dir>...].

#include "jsontree.h"
#include "referencerows.h"

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
    for (const char *sub : { "corpus/arm_pages", "corpus/arm_credits", "corpus/json_pull", "regressions/arm_pages",
                             "regressions/arm_credits", "regressions/json_pull", "regressions/differential" }) {
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
    void streamedRowsEqualTreeRows_data();
    void streamedRowsEqualTreeRows();
    void pullReaderReadsWhatQJsonDocumentReads_data() { streamedRowsEqualTreeRows_data(); }
    void pullReaderReadsWhatQJsonDocumentReads();
};

void TestParserDifferential::streamedRowsEqualTreeRows_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = inputs();
    QVERIFY(files.size() > 10);
    for (const QString &file : files)
        QTest::newRow(qPrintable(QDir(kFuzzDir).relativeFilePath(file))) << file;
}

void TestParserDifferential::streamedRowsEqualTreeRows()
{
    QFETCH(QString, path);
    const QByteArray json = readFile(path);
    const auto lots = parseLotsPage(json);
    const auto referenceLots = referenceLotsPage(json);
    // Both refuse the page, for different reasons: the stream sees a bare array (shape), the tree
    // already stops at invalid UTF-8 or a number beyond a double (syntax). Documented above.
    bool outOfRange = false;
    (void)pullTree(json, nullptr, &outOfRange);
    const QByteArray trimmed = (json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json).trimmed();
    const bool container = !trimmed.isEmpty() && (trimmed.front() == '{' || trimmed.front() == '[');
    if (!lots.ok() && !referenceLots.ok() && (outOfRange || !isValidUtf8(json) || !container))
        QSKIP("both reject; the error code differs by design (invalid UTF-8, number range, bare scalar)");
    // Invalid UTF-8: the stream reads it as U+FFFD (jsonpull.h), QJsonDocument refuses the page.
    // The stream must then read what the tree reads from the text with the same replacement.
    const QByteArray repaired = isValidUtf8(json) ? json : QString::fromUtf8(json).toUtf8();
    QStringList differences = compareLotPages(lots, referenceLotsPage(repaired));
    for (QString &line : differences)
        line.prepend(u"lots "_s);
    const QStringList events = compareEventPages(parseEventsPage(json), referenceEventsPage(repaired));
    for (const QString &line : events)
        differences << u"events "_s + line;
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"\n"_s)));
}

void TestParserDifferential::pullReaderReadsWhatQJsonDocumentReads()
{
    QFETCH(QString, path);
    const QByteArray json = readFile(path);
    // jsonpull.h's documented differences: invalid UTF-8 becomes U+FFFD (QJsonDocument fails),
    // a bare scalar at the top is read (QJsonDocument refuses it; the page parsers reject it as a
    // shape error), nesting is limited to 512 (QJsonDocument: 1024).
    const QByteArray trimmed = (json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json).trimmed();
    if (!isValidUtf8(json) || trimmed.isEmpty() || (trimmed.front() != '{' && trimmed.front() != '['))
        QSKIP("outside what the pull reader promises to read like QJsonDocument");
    QString pullError;
    bool outOfRange = false;
    const auto tree = pullTree(json, &pullError, &outOfRange);
    if (pullError.contains("deep"_L1))
        QSKIP("nested deeper than the pull reader's limit");
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const bool qtAccepts = error.error == QJsonParseError::NoError;
    // Numbers stay text in the pull reader: 1e400 is grammatical there, out of range for
    // QJsonDocument (which refuses the document); the amount readers reject that value alone.
    if (outOfRange && !qtAccepts)
        QSKIP("a number beyond a double's range");
    QVERIFY2(tree.has_value() == qtAccepts,
             qPrintable(tree ? u"the pull reader accepts what QJsonDocument rejects: "_s + error.errorString()
                             : u"the pull reader rejects what QJsonDocument accepts: "_s + pullError));
    if (tree) {
        QString where;
        const QJsonValue qt = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        QVERIFY2(sameJson(*tree, qt, &where), qPrintable(where));
    }
}

QTEST_GUILESS_MAIN(TestParserDifferential)
#include "tst_parserdifferential.moc"
