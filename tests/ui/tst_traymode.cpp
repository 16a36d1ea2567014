// Closing the window with a system tray: CreditDesk keeps running there (the setting, on by
// default), says so the first time only, comes back with Show and ends with Quit. Without a
// tray, or with the setting off, closing quits as it always did. The offscreen platform has
// no tray, so the tests pretend one through ReminderPresenter's seam.
#include "mainwindow.h"
#include "reminderpresenter.h"
#include "settingsdialog.h"

#include "desktop/desktopsettings.h"
#include "desktop/loginstart.h"
#include "services/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace CreditDesk;
using namespace Qt::StringLiterals;

namespace {
QAction *trayAction(MainWindow &window, const QString &objectName)
{
    return window.reminders()->trayIcon()->contextMenu()->findChild<QAction *>(objectName);
}
} // namespace

class TestTrayMode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CreditDeskTests"_s);
        QCoreApplication::setApplicationName(u"tst_traymode"_s);
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit()); // Start at login writes here
    }
    void init()
    {
        QSettings().clear();
        ReminderPresenter::setTrayAvailableForTesting(true);
    }
    void cleanup() { ReminderPresenter::setTrayAvailableForTesting(std::nullopt); }

    void closingHidesToTheTrayAndExplainsOnce()
    {
        Workspace workspace;
        MainWindow window(&workspace);
        QVERIFY(window.reminders()->trayIcon());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QVERIFY(!window.close()); // refused: the window hides instead
        QVERIFY(!window.isVisible());
        QSettings settings;
        QVERIFY(DesktopSettings::trayExplained(settings));
        QVERIFY(settings.contains(u"window/geometry"_s)); // the view state is saved all the same

        // Show in the tray menu brings it back; the next close says nothing more.
        QAction *show = trayAction(window, u"trayShowAction"_s);
        QVERIFY(show);
        show->trigger();
        QVERIFY(window.isVisible());
        QVERIFY(!window.close());
        QVERIFY(!window.isVisible());
        QVERIFY(!window.reminders()->explainStillRunningOnce());
    }

    void quitInTheTrayMenuEndsTheEventLoop()
    {
        Workspace workspace;
        MainWindow window(&workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *quit = trayAction(window, u"trayQuitAction"_s);
        QVERIFY(quit);
        // A real event loop, to see Quit end it (from Qt 6.5 quit() gives up when a window
        // refuses to close). The guard only keeps a broken Quit from hanging the suite.
        QTimer::singleShot(0, quit, &QAction::trigger);
        QTimer guard;
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, [] { QCoreApplication::exit(2); });
        guard.start(std::chrono::seconds(60));
        QCOMPARE(QApplication::exec(), 0);
        QVERIFY(!window.isVisible());
        QVERIFY(QSettings().contains(u"window/geometry"_s));
        QVERIFY(!DesktopSettings::trayExplained(QSettings())); // quitting explains nothing
    }

    void closingQuitsWhenTheSettingIsOff()
    {
        QSettings settings;
        DesktopSettings off;
        off.keepRunningInTray = false;
        off.save(settings);
        Workspace workspace;
        MainWindow window(&workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
        QVERIFY(!DesktopSettings::trayExplained(settings));
    }

    void closingQuitsWithoutATray()
    {
        ReminderPresenter::setTrayAvailableForTesting(false);
        Workspace workspace;
        MainWindow window(&workspace);
        QCOMPARE(window.reminders()->trayIcon(), nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
        QVERIFY(!DesktopSettings::trayExplained(QSettings()));
    }

    void settingsGeneralTabEditsBothChoices()
    {
        {
            SettingsDialog dialog;
            QVERIFY(dialog.keepInTrayCheck()->isChecked());
            QVERIFY(!dialog.startAtLoginCheck()->isChecked());
            dialog.keepInTrayCheck()->setChecked(false);
            dialog.startAtLoginCheck()->setChecked(true);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QSettings settings;
        QVERIFY(!DesktopSettings::load(settings).keepRunningInTray);
        QVERIFY(DesktopSettings::load(settings).startAtLogin);
        QVERIFY(QFile::exists(m_config.path() + u"/autostart/io.github.creditdesk.CreditDesk.desktop"_s));

        SettingsDialog again;
        QVERIFY(!again.keepInTrayCheck()->isChecked());
        QVERIFY(again.startAtLoginCheck()->isChecked());
        again.startAtLoginCheck()->setChecked(false);
        again.accept();
        QVERIFY(!LoginStart::isEnabled());
        QVERIFY(!DesktopSettings::load(settings).startAtLogin);
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestTrayMode)
#include "tst_traymode.moc"
