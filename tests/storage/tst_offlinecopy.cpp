// OfflineCopy, the workspace's offline copy: what it puts on screen from a saved snapshot and
// that a write handed to its worker is on disk once the copy is gone (the app quitting).
#include "cachefixtures.h"

#include "models/eventtablemodel.h"
#include "models/lottablemodel.h"
#include "services/creditloader.h"
#include "services/offlinecopy.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace CacheFixtures;

class TestOfflineCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsLotsAtOnceAndEventsFromAWorker()
    {
        QTemporaryDir dir;
        OfflineCache cache(dir.path());
        const CachedSnapshot saved = sampleSnapshot();
        QVERIFY(cache.save(u"account"_s, saved));

        CreditLoader loader;
        OfflineCopy copy(&loader);
        copy.setCache(&cache);
        QSignalSpy asOf(&copy, &OfflineCopy::shownAsOfChanged);
        QSignalSpy status(&copy, &OfflineCopy::statusText);
        copy.show(u"account"_s);

        QCOMPARE(asOf.count(), 1);
        QVERIFY(sameDate(copy.shownAsOf(), saved.asOf));
        QCOMPARE(status.count(), 1);
        QCOMPARE(loader.lots()->rowCount(), int(saved.lots.size()));
        QCOMPARE(loader.creditSummaries().size(), saved.summaries.size());
        QTRY_COMPARE(loader.events()->rowCount(), int(saved.events.size()));
        for (qsizetype i = 0; i < saved.events.size(); ++i)
            QVERIFY2(diffEvent(loader.events()->events().at(i), saved.events.at(i)).isEmpty(),
                     qPrintable(diffEvent(loader.events()->events().at(i), saved.events.at(i))));

        // Shown already: a second show() reads nothing and announces nothing.
        copy.show(u"account"_s);
        QCOMPARE(asOf.count(), 1);
    }

    void aWriteIsOnDiskOnceTheCopyIsGone()
    {
        QTemporaryDir dir;
        OfflineCache cache(dir.path());
        const CachedSnapshot shown = sampleSnapshot();
        CreditLoader loader;
        loader.showSnapshot(shown);
        loader.showCachedEvents(shown.events);
        {
            OfflineCopy copy(&loader);
            copy.setCache(&cache);
            QSignalSpy asOf(&copy, &OfflineCopy::shownAsOfChanged);
            copy.save(u"account"_s);
            // Live data from now on, before the worker has necessarily written anything.
            QCOMPARE(asOf.count(), 1);
            QVERIFY(!copy.shownAsOf().isValid());
        }
        auto loaded = cache.load(u"account"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QVERIFY(loaded.value().has_value());
        CachedSnapshot expected = loader.snapshot();
        expected.asOf = loaded.value()->asOf; // stamped when saved
        QVERIFY(expected.asOf.isValid());
        compareSnapshots(*loaded.value(), expected);
    }

    void aFailedWriteIsANotice()
    {
        QTemporaryDir dir;
        // A file where the cache directory should be: nothing can be written under it.
        const QString blocked = dir.filePath(u"not-a-directory"_s);
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        OfflineCache cache(blocked);
        CreditLoader loader;
        loader.showSnapshot(sampleSnapshot());
        OfflineCopy copy(&loader);
        copy.setCache(&cache);
        QSignalSpy notice(&copy, &OfflineCopy::notice);
        copy.save(u"account"_s);
        QTRY_COMPARE(notice.count(), 1);
        QCOMPARE(notice.constFirst().constFirst().value<Error>().code, QString(OfflineCache::WriteFailedCode));
    }
};

QTEST_GUILESS_MAIN(TestOfflineCopy)
#include "tst_offlinecopy.moc"
