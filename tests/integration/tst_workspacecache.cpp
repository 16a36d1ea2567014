// The offline copy through the Workspace, as the app uses it: a second start shows the last
// figures at once, marked with their time, and the refresh that follows replaces them — it
// must not add the new rows to the old ones.
#include "auth/signinsession.h"
#include "models/eventtablemodel.h"
#include "models/lottablemodel.h"
#include "server/sandboxhost.h"
#include "services/workspace.h"
#include "storage/offlinecache.h"

#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CreditDesk;
using namespace Qt::StringLiterals;

namespace {

struct Figures
{
    int lots = 0;
    QSet<QString> eventIds;
    int eventRows = 0;
};

Figures figuresOf(const Workspace &workspace)
{
    Figures f;
    f.lots = workspace.lots()->rowCount();
    f.eventRows = workspace.events()->rowCount();
    for (const CreditEvent &event : workspace.events()->events())
        f.eventIds.insert(event.id());
    return f;
}

} // namespace

class TestWorkspaceCache : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CreditDeskTests"_s);
        QCoreApplication::setApplicationName(u"tst_workspacecache"_s);
        QVERIFY(m_dir.isValid());
    }

    void secondStartShowsTheCopyThenReplacesIt()
    {
        Sandbox::SandboxOptions options;
        options.autoApprove = true;
        options.deviceCodeIntervalSeconds = 1;
        options.dataDir = m_dir.filePath(u"sandbox"_s);
        Sandbox::SandboxHost sandbox;
        QString error;
        QVERIFY2(sandbox.start(options, &error), qPrintable(error));
        const QString cacheDir = m_dir.filePath(u"cache"_s);

        // Signed in and refreshed the way MainWindow does it: refresh as soon as signed in.
        const auto start = [&](Workspace &workspace) {
            QObject::connect(&workspace, &Workspace::signedIn, &workspace, [&workspace] { workspace.refresh(); });
            workspace.signInWithDeviceCode();
        };

        Figures first;
        {
            OfflineCache cache(cacheDir);
            Workspace workspace(Cloud::sandbox(sandbox.baseUrl()), u"organizations"_s, u"creditdesk-tests"_s);
            workspace.setOfflineCache(&cache);
            QSignalSpy refreshed(&workspace, &Workspace::refreshFinished);
            start(workspace);
            QVERIFY(refreshed.wait(60'000));
            first = figuresOf(workspace);
            QVERIFY(first.lots > 0);
            QVERIFY(first.eventRows > 0);
            QCOMPARE(first.eventIds.size(), first.eventRows);
            QVERIFY(!workspace.shownAsOf().isValid());
        } // the workspace waits for its cache write

        OfflineCache cache(cacheDir);
        Workspace workspace(Cloud::sandbox(sandbox.baseUrl()), u"organizations"_s, u"creditdesk-tests"_s);
        workspace.setOfflineCache(&cache);
        QSignalSpy asOf(&workspace, &Workspace::shownAsOfChanged);
        QSignalSpy refreshed(&workspace, &Workspace::refreshFinished);
        // What the table shows at the moment the refresh says it ended: a replacement over
        // yesterday's rows is applied in slices, and the refresh must end only once it is.
        bool replacingAtEnd = true;
        int eventRowsAtEnd = -1;
        QObject::connect(&workspace, &Workspace::refreshFinished, &workspace, [&] {
            replacingAtEnd = workspace.events()->isReplacing();
            eventRowsAtEnd = workspace.events()->rowCount();
        });
        start(workspace);
        QTRY_VERIFY_WITH_TIMEOUT(!asOf.isEmpty(), 30'000);
        QVERIFY(asOf.first().first().toDateTime().isValid()); // "as of" the first start
        QCOMPARE(workspace.lots()->rowCount(), first.lots);   // shown before the refresh ends

        // Once the table has rows (yesterday's, or the refresh's first pages), the refresh
        // only updates it: a view keeps its selection and scroll position.
        QTRY_VERIFY_WITH_TIMEOUT(workspace.events()->rowCount() > 0, 60'000);
        QSignalSpy resets(workspace.events(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(workspace.events(), &QAbstractItemModel::dataChanged);
        if (refreshed.isEmpty())
            QVERIFY(refreshed.wait(60'000));
        // Let the cached events, read by a worker, arrive too if they were still on their way.
        QTest::qWait(500);
        QCOMPARE(resets.count(), 0);
        // Nothing changed in the sandbox in between, and the rows read back from the copy
        // equal the ones parsed again: no row is reported changed.
        QCOMPARE(changed.count(), 0);
        const Figures second = figuresOf(workspace);
        QCOMPARE(second.lots, first.lots);
        QCOMPARE(second.eventRows, first.eventRows);
        QCOMPARE(second.eventIds, first.eventIds);
        QVERIFY(!workspace.shownAsOf().isValid()); // live figures again
        QVERIFY(!replacingAtEnd);
        QCOMPARE(eventRowsAtEnd, first.eventRows);
        // The copy is written once the events are applied: it holds all of them.
        const AccountInfo &account = workspace.session()->account();
        const QString key = u"sandbox/"_s + account.tenantId + u'/' + account.objectId;
        const auto savedEventIds = [&] {
            QSet<QString> ids;
            const auto copy = cache.load(key);
            if (copy && copy.value()) {
                for (const CreditEvent &event : copy.value()->events)
                    ids.insert(event.id());
            }
            return ids;
        };
        QTRY_COMPARE_WITH_TIMEOUT(savedEventIds(), first.eventIds, 30'000);
    }

    void scopeNamesNeverCrossAccounts()
    {
        // Two tenants: two sandboxes generated from different seeds, so their billing scopes differ.
        const auto startSandbox = [this](Sandbox::SandboxHost &host, quint64 seed) {
            Sandbox::SandboxOptions options;
            options.autoApprove = true;
            options.deviceCodeIntervalSeconds = 1;
            options.seed = seed;
            options.dataDir = m_dir.filePath(u"names-%1"_s.arg(seed));
            QString error;
            return host.start(options, &error);
        };
        Sandbox::SandboxHost tenantA;
        Sandbox::SandboxHost tenantB;
        QVERIFY(startSandbox(tenantA, 11));
        QVERIFY(startSandbox(tenantB, 22));

        OfflineCache cacheA(m_dir.filePath(u"names-cache-a"_s));
        OfflineCache cacheB(m_dir.filePath(u"names-cache-b"_s));
        Workspace workspace(Cloud::sandbox(tenantA.baseUrl()), u"organizations"_s, u"creditdesk-tests"_s);
        AccountInfo account;
        QObject::connect(&workspace, &Workspace::signedIn, &workspace, [&](const AccountInfo &info) {
            account = info;
            workspace.refresh();
        });
        const auto signInAndRefresh = [&] {
            QSignalSpy refreshed(&workspace, &Workspace::refreshFinished);
            workspace.signInWithDeviceCode();
            return refreshed.wait(60'000) && refreshed.first().first().toBool();
        };
        const auto namesSaved = [&](OfflineCache &cache) {
            const auto copy = cache.load(u"sandbox/"_s + account.tenantId + u'/' + account.objectId);
            return copy && copy.value() ? copy.value()->scopeNames : QHash<QString, QString>();
        };

        workspace.setOfflineCache(&cacheA);
        QVERIFY(signInAndRefresh());
        QTRY_VERIFY_WITH_TIMEOUT(!namesSaved(cacheA).isEmpty(), 10'000);
        const QHash<QString, QString> namesA = namesSaved(cacheA);

        workspace.signOut();
        workspace.configure(Cloud::sandbox(tenantB.baseUrl()), u"organizations"_s, u"creditdesk-tests"_s);
        workspace.setOfflineCache(&cacheB);
        QVERIFY(signInAndRefresh());
        QTRY_VERIFY_WITH_TIMEOUT(!namesSaved(cacheB).isEmpty(), 10'000);
        const QHash<QString, QString> namesB = namesSaved(cacheB);

        QStringList crossed;
        for (auto it = namesA.constBegin(); it != namesA.constEnd(); ++it) {
            if (namesB.value(it.key()) == it.value())
                crossed.append(it.key() + u" = "_s + it.value());
        }
        QVERIFY2(crossed.isEmpty(), qPrintable(u"account A's scope names in account B's copy: "_s + crossed.join(u", ")));
        for (int row = 0; row < workspace.lots()->rowCount(); ++row) {
            const QString shown = workspace.lots()->index(row, LotTableModel::ScopeColumn).data().toString();
            QVERIFY2(!QSet<QString>(namesA.cbegin(), namesA.cend()).contains(shown) || namesB.values().contains(shown),
                     qPrintable(shown));
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceCache)
#include "tst_workspacecache.moc"
