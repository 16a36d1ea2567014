// Replays the fuzzing lane's committed inputs without libFuzzer: every file of
// fuzz/corpus/<target>/ and fuzz/regressions/<target>/ through the same target function the
// fuzzer drives (fuzz/targets/fuzztargets.cpp). A crash fails the test binary; a broken
// invariant fails the row, which is named after the file. Extra folders (a fuzzing run's scratch
// corpus) can be replayed with CREDITDESK_FUZZ_EXTRA=<target>=<dir>[:<target>=<dir>...].

#include "fuzztargets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <stdexcept>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct InvariantBroken : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

class TestFuzzCorpora : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTargetHasACorpus();
    void replay_data();
    void replay();
};

void TestFuzzCorpora::initTestCase()
{
    CreditDesk::Fuzz::setFailureHandler([](const QString &what) { throw InvariantBroken(what.toStdString()); });
}

void TestFuzzCorpora::everyTargetHasACorpus()
{
    for (const auto &target : CreditDesk::Fuzz::targets()) {
        const QString dir = QStringLiteral(CREDITDESK_FUZZ_DIR "/corpus/") + QLatin1StringView(target.name);
        QVERIFY2(!filesUnder(dir).isEmpty(), qPrintable(u"no seed inputs in "_s + dir));
    }
}

void TestFuzzCorpora::replay_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    QList<std::pair<QString, QString>> extra; // target name, folder
    for (const QString &item : qEnvironmentVariable("CREDITDESK_FUZZ_EXTRA").split(u':', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq > 0)
            extra.append({ item.left(eq), item.mid(eq + 1) });
    }
    const auto &targets = CreditDesk::Fuzz::targets();
    for (int t = 0; t < targets.size(); ++t) {
        const QString name = QLatin1StringView(targets.at(t).name);
        QStringList dirs { QStringLiteral(CREDITDESK_FUZZ_DIR "/corpus/") + name,
                           QStringLiteral(CREDITDESK_FUZZ_DIR "/regressions/") + name };
        for (const auto &[target, dir] : extra) {
            if (target == name)
                dirs << dir;
        }
        for (const QString &dir : dirs) {
            for (const QString &file : filesUnder(dir)) {
                const QString row = name + u'/' + QDir(QStringLiteral(CREDITDESK_FUZZ_DIR)).relativeFilePath(file);
                QTest::newRow(qPrintable(row)) << t << file;
            }
        }
    }
}

void TestFuzzCorpora::replay()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    // A copy of exactly the file's size, so ASan (sanitize builds) sees a read past the end.
    const QByteArray data = file.readAll();
    std::vector<uint8_t> bytes(data.begin(), data.end());
    try {
        CreditDesk::Fuzz::targets().at(target).run(bytes.data(), bytes.size());
    } catch (const InvariantBroken &e) {
        QFAIL(e.what());
    }
}

QTEST_GUILESS_MAIN(TestFuzzCorpora)
#include "tst_fuzzcorpora.moc"
