// The first slice end to end, through the real widgets under the offscreen platform:
// sandbox → device-code sign-in → lots of every billing scope → table and status bar.
#include "mainwindow.h"
#include "models/lottablemodel.h"
#include "sandboxhost.h"
#include "services/workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QLabel>
#include <QProgressBar>
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
    void customCloudWithPlainHttpIsRefusedInline();
    void everyFocusableControlHasAnAccessibleName();

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
    auto *pages = window.findChild<QStackedWidget *>();
    QVERIFY(signInPage && pages);
    QCOMPARE(pages->currentWidget(), signInPage);

    auto *signIn = window.findChild<QAction *>(u"signInAction"_s);
    auto *refresh = window.findChild<QAction *>(u"refreshAction"_s);
    QVERIFY(signIn && signIn->isEnabled());
    QVERIFY(!refresh->isEnabled());
    signIn->trigger();

    QTableView *view = window.lotsView();
    QTRY_VERIFY_WITH_TIMEOUT(workspace.state() == Workspace::State::Idle && view->model()->rowCount() > 0, 30'000);
    QCOMPARE(pages->currentWidget(), view);
    const int rows = view->model()->rowCount();
    QCOMPARE(rows, workspace.lots()->rowCount());

    auto *status = window.findChild<QLabel *>(u"statusText"_s);
    QVERIFY2(status->text().contains(u"Credit lots loaded: %1"_s.arg(QLocale().toString(rows))), qPrintable(status->text()));
    QVERIFY(!window.findChild<QProgressBar *>(u"refreshProgress"_s)->isVisible());
    QVERIFY(!window.findChild<QWidget *>(u"failureBanner"_s)->isVisible());
    QVERIFY(!window.findChild<QLabel *>(u"accountLabel"_s)->text().isEmpty());
    QVERIFY(refresh->isEnabled());
    QVERIFY(!signIn->isEnabled());

    // Sorting by balance orders by amount within a currency, not by the formatted text.
    view->sortByColumn(LotTableModel::BalanceColumn, Qt::AscendingOrder);
    QString previousCurrency;
    qint64 previous = std::numeric_limits<qint64>::min();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = view->model()->index(row, LotTableModel::BalanceColumn);
        const QString currency = index.data(LotTableModel::CurrencyRole).toString();
        const QVariant key = index.data(LotTableModel::SortRole);
        if (!key.isValid())
            continue;
        if (currency != previousCurrency) {
            QVERIFY2(currency > previousCurrency, "currencies are grouped in order");
            previousCurrency = currency;
            previous = std::numeric_limits<qint64>::min();
        }
        const QString keyText = key.toString();
        const qint64 amount = qint64(keyText.section(u' ', 1).toULongLong() ^ (quint64(1) << 63));
        QVERIFY(amount >= previous);
        previous = amount;
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
    QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), window.findChild<QWidget *>(u"signInPage"_s));
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
