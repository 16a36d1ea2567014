// Row-by-row agreement with golden expectations: every JSON input of the fuzzing lane (the
// committed corpora and regressions of the ARM and JSON targets) goes through every ARM and
// Graph parser and the error-body reader (fuzz/targets/describe.cpp), and what they read must
// equal fuzz/golden/<folder>.txt, field by field. The goldens were first written by the
// earlier readers (a hand-written pull parser and QJsonDocument trees) and every difference of
// the simdjson reader from them was reviewed (fuzz/README.md, "Goldens").
//
// A new corpus input without a golden is reported, not failed: merge the corpus, then rewrite
// the goldens with CREDITDESK_GOLDEN_UPDATE=1 and review the diff like code.

#include "describe.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QTest>

using namespace CreditDesk::Fuzz;
using namespace Qt::StringLiterals;

namespace {

const QString kFuzzDir = QStringLiteral(CREDITDESK_FUZZ_DIR);
const char *const kFolders[] = { "corpus/arm_pages",      "corpus/arm_credits",      "corpus/json_reader",
                                 "regressions/arm_pages", "regressions/arm_credits", "regressions/json_reader",
                                 "regressions/differential" };

QString goldenPath(const QString &folder)
{
    return kFuzzDir + u"/golden/"_s + QString(folder).replace(u'/', u'_') + u".txt"_s;
}

QStringList filesIn(const QString &folder)
{
    QStringList files;
    QDirIterator it(kFuzzDir + u'/' + folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
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

// "### <name>\n<description>" sections, by name.
QHash<QString, QString> readGolden(const QString &folder)
{
    QHash<QString, QString> sections;
    QFile file(goldenPath(folder));
    if (!file.open(QIODevice::ReadOnly))
        return sections;
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString &section : text.split(u"### "_s, Qt::SkipEmptyParts)) {
        const qsizetype eol = section.indexOf(u'\n');
        sections.insert(section.left(eol), section.mid(eol + 1));
    }
    return sections;
}

} // namespace

class TestParserGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsWhatTheGoldenSays_data();
    void readsWhatTheGoldenSays();
};

void TestParserGolden::initTestCase()
{
    if (!qEnvironmentVariableIsSet("CREDITDESK_GOLDEN_UPDATE"))
        return;
    for (const char *folder : kFolders) {
        QString out;
        for (const QString &file : filesIn(QLatin1StringView(folder)))
            out += u"### "_s + QFileInfo(file).fileName() + u'\n' + describeResponses(readFile(file));
        QFile golden(goldenPath(QLatin1StringView(folder)));
        QVERIFY(golden.open(QIODevice::WriteOnly | QIODevice::Truncate));
        golden.write(out.toUtf8());
    }
}

void TestParserGolden::readsWhatTheGoldenSays_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    int missing = 0;
    for (const char *folder : kFolders) {
        const QHash<QString, QString> golden = readGolden(QLatin1StringView(folder));
        for (const QString &file : filesIn(QLatin1StringView(folder))) {
            const auto it = golden.constFind(QFileInfo(file).fileName());
            if (it == golden.constEnd()) {
                ++missing;
                continue;
            }
            QTest::newRow(qPrintable(QDir(kFuzzDir).relativeFilePath(file))) << file << it.value();
        }
    }
    if (missing > 0)
        qWarning("%d input(s) have no golden yet (CREDITDESK_GOLDEN_UPDATE=1 writes them)", missing);
}

void TestParserGolden::readsWhatTheGoldenSays()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const QStringList actual = describeResponses(readFile(path)).split(u'\n');
    const QStringList wanted = expected.split(u'\n');
    QStringList differences;
    for (qsizetype i = 0; i < qMax(actual.size(), wanted.size()); ++i) {
        const QString a = actual.value(i, u"(nothing)"_s);
        const QString w = wanted.value(i, u"(nothing)"_s);
        if (a != w)
            differences << u"read:   "_s + a + u"\ngolden: "_s + w;
        if (differences.size() == 10)
            break;
    }
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestParserGolden)
#include "tst_parsergolden.moc"
