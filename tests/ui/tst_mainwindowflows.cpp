// The main window's flows that the first-slice test leaves out, against the sandbox over real
// HTTP and with the keyboard only: Cancel of a sign-in and of a refresh (Esc), Retry and
// Dismiss of failed scopes, the Transactions page (search and count), the lots export through
// the file chooser (Ctrl+E), and Settings opened without blocking (Ctrl+,).
#include "uitestsupport.h"

#include "filters/creditfilterproxy.h"
#include "models/eventtablemodel.h"
#include "models/lottablemodel.h"
#include "overviewpage.h"
#include "settingsdialog.h"
#include "tablepage.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace CreditDesk;

class TestMainWindowFlows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void escapeCancelsASignInWaitingForItsCode();
    void escapeCancelsARefreshAndF5LoadsAgain();
    void retryAndDismissOfFailedScopes();
    void transactionsPageSearchesAndCounts();
    void exportOfTheLotsAsksForAFile();
    void settingsOpenWithoutBlocking();

private:
    bool signIn(const Sandbox::SandboxOptions &options = {});

    QTemporaryDir m_dir;
    int m_world = 0;
    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    UiTest::WindowFixture f;
};

void TestMainWindowFlows::initTestCase()
{
    UiTest::pinEnvironment();
    QVERIFY(m_dir.isValid());
}

void TestMainWindowFlows::cleanup()
{
    f.close();
    m_sandbox.reset();
    MessageBox::reset();
    FileChooser::reset();
}

/// A window over a workspace on a fresh sandbox with \a options, signed in and loaded.
bool TestMainWindowFlows::signIn(const Sandbox::SandboxOptions &options)
{
    m_sandbox = UiTest::startSandbox(options, m_dir.filePath(u"world%1"_s.arg(++m_world)));
    if (!m_sandbox)
        return false;
    if (!f.open(nullptr, std::make_unique<Workspace>(Cloud::sandbox(m_sandbox->baseUrl()), u"organizations"_s,
                                                      u"creditdesk-tests"_s)))
        return false;
    QSignalSpy finished(f.workspace.get(), &Workspace::refreshFinished);
    QTest::keyClick(f.window.get(), Qt::Key_L, Qt::ControlModifier); // Sign in
    return finished.wait(30'000);
}

void TestMainWindowFlows::escapeCancelsASignInWaitingForItsCode()
{
    m_sandbox = UiTest::startSandbox({}, m_dir.filePath(u"world-code"_s), /*approve=*/false);
    QVERIFY(m_sandbox);
    QVERIFY(f.open(nullptr, std::make_unique<Workspace>(Cloud::sandbox(m_sandbox->baseUrl()), u"organizations"_s,
                                                         u"creditdesk-tests"_s)));
    MainWindow *window = f.window.get();
    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(f.workspace->state(), Workspace::State::SigningIn);
    auto *code = window->findChild<QLabel *>(u"deviceCodeValue"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QWidget *>(u"deviceCodeBanner"_s)->isVisible(), 10'000);
    QVERIFY(!code->text().isEmpty());
    QVERIFY(f.action(u"cancelAction"_s)->isEnabled());

    QTest::keyClick(window, Qt::Key_Escape);
    QCOMPARE(f.workspace->state(), Workspace::State::SignedOut);
    QCOMPARE(window->findChild<QLabel *>(u"statusText"_s)->text(), u"Sign-in cancelled."_s);
    QVERIFY(window->findChild<QWidget *>(u"signInPage"_s)->isVisible());
    QVERIFY(!window->findChild<QWidget *>(u"deviceCodeBanner"_s)->isVisible()); // the code is dead
    QVERIFY(!f.action(u"cancelAction"_s)->isEnabled());
    QVERIFY(f.action(u"signInAction"_s)->isEnabled());
}

void TestMainWindowFlows::escapeCancelsARefreshAndF5LoadsAgain()
{
    Sandbox::SandboxOptions slow;
    slow.faults.latencyMs = 150; // every answer: time enough to press Esc while loading
    slow.scale.pageSize = 5;
    QVERIFY(signIn(slow));
    MainWindow *window = f.window.get();
    const int complete = f.workspace->lots()->rowCount();
    QVERIFY(complete > 0);

    QSignalSpy finished(f.workspace.get(), &Workspace::refreshFinished);
    QTest::keyClick(window, Qt::Key_F5);
    QCOMPARE(f.workspace->state(), Workspace::State::Refreshing);
    QVERIFY(f.action(u"cancelAction"_s)->isEnabled());
    QVERIFY(!f.action(u"refreshAction"_s)->isEnabled());
    QTest::keyClick(window, Qt::Key_Escape);
    QCOMPARE(finished.size(), 1); // at once
    QCOMPARE(finished.constFirst().constFirst().toBool(), false); // not complete: cancelled
    QCOMPARE(f.workspace->state(), Workspace::State::Idle);
    QVERIFY(!f.action(u"cancelAction"_s)->isEnabled());
    QVERIFY(!window->findChild<QWidget *>(u"refreshProgress"_s)->isVisible());

    finished.clear();
    QTest::keyClick(window, Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QCOMPARE(f.workspace->lots()->rowCount(), complete);
}

void TestMainWindowFlows::retryAndDismissOfFailedScopes()
{
    Sandbox::SandboxOptions broken;
    broken.faults.malformedRate = 1.0; // every ARM answer is broken JSON
    QVERIFY(signIn(broken));
    MainWindow *window = f.window.get();
    auto *banner = window->findChild<QWidget *>(u"failureBanner"_s);
    auto *text = window->findChild<QLabel *>(u"failureText"_s);
    QVERIFY(banner->isVisible());
    const qsizetype lines = text->text().count(u"<br>"_s);
    QVERIFY2(lines >= 1, qPrintable(text->text()));

    // Retry: loads again; the banner goes while it loads and then lists each failure once.
    bool hiddenWhileLoading = false;
    connect(f.workspace.get(), &Workspace::stateChanged, this, [&](Workspace::State state) {
        if (state == Workspace::State::Refreshing)
            hiddenWhileLoading = !banner->isVisible();
    });
    auto *retry = window->findChild<QAbstractButton *>(u"retryButton"_s);
    QVERIFY(UiTest::tabTo(window, retry));
    QSignalSpy finished(f.workspace.get(), &Workspace::refreshFinished);
    QTest::keyClick(retry, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
    QVERIFY(hiddenWhileLoading);
    QVERIFY(banner->isVisible());
    QCOMPARE(text->text().count(u"<br>"_s), lines);

    // Dismiss: gone, and the next refresh starts a fresh list.
    auto *dismiss = window->findChild<QAbstractButton *>(u"dismissFailuresButton"_s);
    QVERIFY(UiTest::tabTo(window, dismiss));
    QTest::keyClick(dismiss, Qt::Key_Space);
    QVERIFY(!banner->isVisible());
    finished.clear();
    QTest::keyClick(window, Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
    QVERIFY(banner->isVisible());
    QCOMPARE(text->text().count(u"<br>"_s), lines);
}

void TestMainWindowFlows::transactionsPageSearchesAndCounts()
{
    QVERIFY(signIn());
    MainWindow *window = f.window.get();
    const EventTableModel *events = f.workspace->events();
    QTRY_VERIFY_WITH_TIMEOUT(events->rowCount() > 0, 30'000);

    // Pages by keyboard: the navigation list, down to Transactions.
    auto *navigation = window->findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(UiTest::tabTo(window, navigation));
    QTest::keyClick(navigation, Qt::Key_Home);
    for (int i = 0; i < int(MainWindow::TransactionsPage); ++i)
        QTest::keyClick(navigation, Qt::Key_Down);
    auto *view = window->findChild<QTableView *>(u"eventsView"_s);
    QVERIFY(view->isVisible());
    QCOMPARE(view->model()->rowCount(), events->rowCount());
    auto *summary = window->findChild<QLabel *>(u"eventsSummary"_s);
    QTRY_VERIFY2(summary->text().contains(QLocale().toString(events->rowCount())), qPrintable(summary->text()));
    // Newest first.
    for (int row = 1; row < view->model()->rowCount(); ++row) {
        const QDate newer = view->model()->index(row - 1, EventTableModel::DateColumn).data(EventTableModel::SortRole).toDate();
        const QDate older = view->model()->index(row, EventTableModel::DateColumn).data(EventTableModel::SortRole).toDate();
        QVERIFY2(newer >= older, qPrintable(newer.toString(Qt::ISODate) + u" < "_s + older.toString(Qt::ISODate)));
    }

    // Search by one lot: only its events stay, as many as the model holds for it.
    const QString lot = events->index(0, EventTableModel::LotColumn).data().toString();
    QVERIFY(!lot.isEmpty());
    int expected = 0;
    for (int row = 0; row < events->rowCount(); ++row)
        expected += events->index(row, EventTableModel::LotColumn).data().toString() == lot ? 1 : 0;
    auto *search = window->findChild<QLineEdit *>(u"eventsSearch"_s);
    QVERIFY(UiTest::tabTo(window, search));
    QTest::keyClicks(search, lot);
    QTRY_VERIFY(view->model()->rowCount() < events->rowCount());
    QVERIFY(view->model()->rowCount() >= expected);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        bool mentioned = false;
        for (int column = 0; column < view->model()->columnCount(); ++column)
            mentioned = mentioned || view->model()->index(row, column).data().toString().contains(lot, Qt::CaseInsensitive);
        QVERIFY2(mentioned, qPrintable(u"row %1 does not mention %2"_s.arg(row).arg(lot)));
    }
    QTRY_VERIFY2(summary->text().contains(u"%1 of %2"_s.arg(QLocale().toString(view->model()->rowCount()),
                                                             QLocale().toString(events->rowCount()))),
                 qPrintable(summary->text()));
}

void TestMainWindowFlows::exportOfTheLotsAsksForAFile()
{
    QVERIFY(signIn());
    MainWindow *window = f.window.get();
    const QString file = m_dir.filePath(u"lots.csv"_s);

    // Cancelled: nothing written, nothing said.
    const FileChooser::Request cancelled = UiTest::answerFile(QString(), [&] {
        QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier);
    });
    QVERIFY(cancelled.save);
    QVERIFY2(cancelled.suggested.startsWith(u"credit-lots-"_s) && cancelled.suggested.endsWith(u".csv"_s),
             qPrintable(cancelled.suggested));
    QVERIFY(!QFile::exists(file));

    const FileChooser::Request asked = UiTest::answerFile(file, [&] {
        QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier);
    });
    QVERIFY(asked.save);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().mid(3).split('\n'); // after the byte order mark
    QCOMPARE(lines.size() - 2, f.workspace->lots()->rowCount()); // header + trailing empty line
    const QString said = window->statusBar()->currentMessage();
    QVERIFY2(said.contains(file), qPrintable(said));
}

void TestMainWindowFlows::settingsOpenWithoutBlocking()
{
    QVERIFY(f.open());
    MainWindow *window = f.window.get();
    QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
    // The shortcut has returned and the dialog is up, window-modal over the main window.
    auto *dialog = window->findChild<SettingsDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QVERIFY(UiTest::activate(dialog));
    const int horizon = window->overviewPage()->report().horizonDays;
    QVERIFY(UiTest::tabTo(dialog, dialog->horizonSpin()));
    QTest::keyClick(dialog->horizonSpin(), Qt::Key_Up);
    QTest::keyClick(dialog, Qt::Key_Escape); // cancelled: nothing saved
    QTRY_VERIFY(!window->findChild<SettingsDialog *>());
    QCOMPARE(window->overviewPage()->report().horizonDays, horizon);
}

QTEST_MAIN(TestMainWindowFlows)
#include "tst_mainwindowflows.moc"
