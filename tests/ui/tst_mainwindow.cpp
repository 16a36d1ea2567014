// The first slice end to end, through the real widgets under the offscreen platform:
// sandbox → device-code sign-in → lots of every billing scope → table and status bar.
#include "mainwindow.h"
#include "ledgerpages.h"
#include "tablepage.h"
#include "filters/creditfilterproxy.h"
#include "models/lottablemodel.h"
#include "server/sandboxhost.h"
#include "services/workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CreditDesk;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signsInAndListsSandboxLots();
    void failedScopesShowOneInlineMessageWithRetry();
    void signInPageStartsADeviceCodeSignIn();
    void searchQuickFiltersDetailsAndExport();
    void customCloudWithPlainHttpIsRefusedInline();
    void everyFocusableControlHasAnAccessibleName();
    void viewStateIsRememberedPerTable();

private:
    std::unique_ptr<Sandbox::SandboxHost> startSandbox(Sandbox::SandboxOptions options);
    QTemporaryDir m_dataDir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

std::unique_ptr<Sandbox::SandboxHost> TestMainWindow::startSandbox(Sandbox::SandboxOptions options)
{
    options.autoApprove = true;
    options.deviceCodeIntervalSeconds = 1;
    options.dataDir = m_dataDir.path();
    auto host = std::make_unique<Sandbox::SandboxHost>();
    QString error;
    if (!host->start(options, &error))
        qWarning("sandbox did not start: %s", qPrintable(error));
    return host;
}

void TestMainWindow::signsInAndListsSandboxLots()
{
    Sandbox::SandboxOptions options;
    options.scale.pageSize = 5;
    auto sandbox = startSandbox(options);
    Workspace workspace(Cloud::sandbox(sandbox->baseUrl()), u"organizations"_s, u"creditdesk-tests"_s);
    MainWindow window(&workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *signInPage = window.findChild<QWidget *>(u"signInPage"_s);
    QVERIFY(signInPage && signInPage->isVisible());

    auto *signIn = window.findChild<QAction *>(u"signInAction"_s);
    auto *refresh = window.findChild<QAction *>(u"refreshAction"_s);
    QVERIFY(signIn && signIn->isEnabled());
    QVERIFY(!refresh->isEnabled());
    signIn->trigger();

    QTableView *view = window.lotsView();
    QTRY_VERIFY_WITH_TIMEOUT(workspace.state() == Workspace::State::Idle && view->model()->rowCount() > 0, 30'000);
    // A new user lands on the Overview; the lots are one page away.
    auto *overview = window.findChild<QWidget *>(u"overviewPage"_s);
    QVERIFY(overview && overview->isVisible());
    QVERIFY(!signInPage->isVisible());
    window.showPage(MainWindow::LotsPage);
    QVERIFY(view->isVisible());
    const int rows = view->model()->rowCount();
    QCOMPARE(rows, workspace.lots()->rowCount());

    auto *status = window.findChild<QLabel *>(u"statusText"_s);
    QVERIFY2(status->text().contains(u"Credit lots loaded: %1"_s.arg(QLocale().toString(rows))), qPrintable(status->text()));
    QVERIFY(!window.findChild<QProgressBar *>(u"refreshProgress"_s)->isVisible());
    QVERIFY(!window.findChild<QWidget *>(u"failureBanner"_s)->isVisible());
    QVERIFY(!window.findChild<QLabel *>(u"accountLabel"_s)->text().isEmpty());
    QVERIFY(refresh->isEnabled());
    QVERIFY(!signIn->isEnabled());

    // The sandbox's session is not a remembered account, and still the toolbar says whose tenant
    // this is.
    auto *switcher = window.findChild<QComboBox *>(u"accountSwitcher"_s);
    QVERIFY(switcher && switcher->isVisible());
    const QString shown = switcher->currentText();
    QVERIFY2(shown.contains(u"@"_s) && shown.contains(Cloud::sandbox(sandbox->baseUrl()).displayName()), qPrintable(shown));
    QVERIFY2(!shown.contains(u"Add account"_s), qPrintable(shown));
    // Every toolbar action has an icon, and its shortcut in the tooltip.
    QVERIFY(!refresh->icon().isNull());
    QVERIFY2(refresh->toolTip().contains(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)),
             qPrintable(refresh->toolTip()));

    // Sorting by balance orders by currency, then by amount: never by the formatted text.
    view->sortByColumn(LotTableModel::BalanceColumn, Qt::AscendingOrder);
    const auto *proxy = window.lotsProxy();
    std::optional<Money> previous;
    for (int row = 0; row < rows; ++row) {
        const Lot &lot = workspace.lots()->lot(proxy->mapToSource(proxy->index(row, 0)).row());
        if (!lot.closedBalance)
            continue;
        if (previous && previous->currency() == lot.closedBalance->currency())
            QVERIFY(previous->minorUnits() <= lot.closedBalance->minorUnits());
        else if (previous)
            QVERIFY2(previous->currency() < lot.closedBalance->currency(), "currencies are grouped in order");
        previous = lot.closedBalance;
    }

    // Refresh with F5 reloads without duplicating rows.
    QSignalSpy finished(&workspace, &Workspace::refreshFinished);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
    QCOMPARE(view->model()->rowCount(), rows);
}

void TestMainWindow::failedScopesShowOneInlineMessageWithRetry()
{
    Sandbox::SandboxOptions options;
    options.faults.malformedRate = 1.0; // every ARM answer is broken JSON
    auto sandbox = startSandbox(options);
    Workspace workspace(Cloud::sandbox(sandbox->baseUrl()), u"organizations"_s, u"creditdesk-tests"_s);
    MainWindow window(&workspace);
    window.show();
    workspace.signInWithDeviceCode();
    QSignalSpy finished(&workspace, &Workspace::refreshFinished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);

    auto *banner = window.findChild<QWidget *>(u"failureBanner"_s);
    QVERIFY(banner->isVisible());
    const QString text = window.findChild<QLabel *>(u"failureText"_s)->text();
    QVERIFY2(text.contains(u"billing accounts"_s), qPrintable(text));
    QVERIFY(window.findChild<QAbstractButton *>(u"retryButton"_s)->isVisible());
    // Still usable: no modal dialog appeared.
    QVERIFY(QApplication::activeModalWidget() == nullptr);
}

void TestMainWindow::signInPageStartsADeviceCodeSignIn()
{
    auto sandbox = startSandbox({});
    Workspace workspace(Cloud::sandbox(sandbox->baseUrl()), u"organizations"_s, u"creditdesk-tests"_s);
    MainWindow window(&workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The sandbox is reached through "Custom endpoints", as any server that answers like Azure.
    auto *cloud = window.findChild<QComboBox *>(u"cloudCombo"_s);
    cloud->setCurrentIndex(cloud->findData(u"custom"_s));
    const QString base = sandbox->baseUrl().toString();
    for (const char *field : {"loginUrlField", "armUrlField", "graphUrlField"})
        window.findChild<QLineEdit *>(QString::fromLatin1(field))->setText(base);
    QTest::mouseClick(window.findChild<QPushButton *>(u"deviceCodeSignInButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(workspace.state() == Workspace::State::Idle && workspace.lots()->rowCount() > 0, 30'000);
    QCOMPARE(workspace.cloud().kind, CloudKind::Custom);
    QVERIFY(window.findChild<QAction *>(u"signOutAction"_s)->isEnabled());

    window.findChild<QAction *>(u"signOutAction"_s)->trigger();
    QCOMPARE(workspace.state(), Workspace::State::SignedOut);
    QCOMPARE(workspace.lots()->rowCount(), 0);
    QVERIFY(window.findChild<QWidget *>(u"signInPage"_s)->isVisible());
}

void TestMainWindow::searchQuickFiltersDetailsAndExport()
{
    auto sandbox = startSandbox({});
    Workspace workspace(Cloud::sandbox(sandbox->baseUrl()), u"organizations"_s, u"creditdesk-tests"_s);
    MainWindow window(&workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    workspace.signInWithDeviceCode();
    QTRY_VERIFY_WITH_TIMEOUT(workspace.state() == Workspace::State::Idle && workspace.lots()->rowCount() > 0, 30'000);
    QTableView *view = window.lotsView();
    const int all = view->model()->rowCount();
    auto *summary = window.findChild<QLabel *>(u"lotsSummary"_s);
    QTRY_VERIFY2(summary->text().contains(QLocale().toString(all)), qPrintable(summary->text()));

    // Type a scope name into the search: only that scope's lots stay, and the count says so.
    auto *search = window.findChild<QLineEdit *>(u"lotsSearch"_s);
    search->setFocus();
    QTest::keyClicks(search, u"EMEA"_s);
    QTRY_VERIFY(view->model()->rowCount() < all);
    const int matching = view->model()->rowCount();
    QVERIFY(matching > 0);
    for (int row = 0; row < matching; ++row)
        QVERIFY(view->model()->index(row, LotTableModel::ScopeColumn).data().toString().contains(u"EMEA"_s));
    QTRY_VERIFY2(summary->text().contains(u"%1 of %2"_s.arg(QLocale().toString(matching), QLocale().toString(all))),
                 qPrintable(summary->text()));

    // A quick filter narrows further: only expired lots.
    search->clear();
    QTRY_COMPARE(view->model()->rowCount(), all);
    auto *expired = window.findChild<QAbstractButton *>(u"lotsQuickFilter%1"_s.arg(int(QuickFilter::Expired)));
    QVERIFY(expired);
    QTest::mouseClick(expired, Qt::LeftButton);
    QTRY_VERIFY(view->model()->rowCount() < all);
    QVERIFY(view->model()->rowCount() > 0);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex source = window.lotsProxy()->mapToSource(view->model()->index(row, 0));
        const Lot &lot = workspace.lots()->lot(source.row());
        QVERIFY(lot.status == LotStatus::Expired || lot.expirationDate.toUTC().date() < QDateTime::currentDateTimeUtc().date());
    }

    // Selecting a row shows its details and its balance events.
    view->setFocus();
    view->selectRow(0);
    const Lot &first = workspace.lots()->lot(window.lotsProxy()->mapToSource(view->model()->index(0, 0)).row());
    auto *fields = window.findChild<QLabel *>(u"lotDetailsFields"_s);
    QTRY_VERIFY(fields->text().contains(first.name));
    QVERIFY(window.findChild<QAbstractButton *>(u"copyLotIdButton"_s)->isEnabled());

    // Export writes exactly the rows of the view, in its order, with a BOM for Excel.
    QTemporaryDir exportDir;
    const QString file = exportDir.filePath(u"lots.csv"_s);
    const Status exported = window.exportLotsView(file);
    QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(exported.error().message));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    QCOMPARE(lines.count() - 2, view->model()->rowCount()); // header + trailing empty
    QVERIFY(lines.at(1).contains(first.name.toUtf8()));
}

void TestMainWindow::customCloudWithPlainHttpIsRefusedInline()
{
    Workspace workspace(Cloud::publicCloud(), u"organizations"_s, u"creditdesk-tests"_s);
    MainWindow window(&workspace);
    window.show();
    auto *cloud = window.findChild<QComboBox *>(u"cloudCombo"_s);
    cloud->setCurrentIndex(cloud->findData(u"custom"_s));
    for (const char *field : {"loginUrlField", "armUrlField", "graphUrlField"})
        window.findChild<QLineEdit *>(QString::fromLatin1(field))->setText(u"http://management.example.com"_s);
    QTest::mouseClick(window.findChild<QPushButton *>(u"browserSignInButton"_s), Qt::LeftButton);
    auto *error = window.findChild<QLabel *>(u"signInError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"https"_s), qPrintable(error->text()));
    QCOMPARE(workspace.state(), Workspace::State::SignedOut);
    QVERIFY(QApplication::activeModalWidget() == nullptr);
}

void TestMainWindow::everyFocusableControlHasAnAccessibleName()
{
    Sandbox::SandboxOptions options;
    auto sandbox = startSandbox(options);
    Workspace workspace(Cloud::sandbox(sandbox->baseUrl()), u"organizations"_s, u"creditdesk-tests"_s);
    MainWindow window(&workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(&window))
            continue;
        QString name = widget->accessibleName();
        if (auto *button = qobject_cast<QAbstractButton *>(widget); button && name.isEmpty())
            name = button->text();
        QVERIFY2(!name.isEmpty(), qPrintable(u"%1 (%2) has no accessible name"_s.arg(
                                      widget->objectName(), QString::fromLatin1(widget->metaObject()->className()))));
    }
}

void TestMainWindow::viewStateIsRememberedPerTable()
{
    QSettings().remove(u"views"_s);
    Workspace workspace(Cloud::publicCloud(), u"organizations"_s, u"creditdesk-tests"_s);
    {
        MainWindow window(&workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.lotsView()->horizontalHeader()->hideSection(LotTableModel::ScopeColumn);
        window.ledgerPages()->creditsPage()->view()->horizontalHeader()->hideSection(0);
        window.ledgerPages()->historyPage()->view()->horizontalHeader()->resizeSection(0, 333);
        window.showPage(MainWindow::TransactionsPage);
        window.close(); // saves, as quitting does
    }
    MainWindow again(&workspace);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(again.lotsView()->horizontalHeader()->isSectionHidden(LotTableModel::ScopeColumn));
    QVERIFY(again.ledgerPages()->creditsPage()->view()->horizontalHeader()->isSectionHidden(0));
    QCOMPARE(again.ledgerPages()->historyPage()->view()->horizontalHeader()->sectionSize(0), 333);
    QVERIFY(!again.lotsView()->isVisible()); // back on the Transactions page
    again.close();
    QSettings().remove(u"views"_s);
    QSettings().remove(u"window"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
