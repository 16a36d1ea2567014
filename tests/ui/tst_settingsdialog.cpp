// Settings…: the dialog writes the keys the core reads, refuses unreadable thresholds, and
// the Overview's forecast follows a new risk horizon.
#include "mainwindow.h"
#include "overviewpage.h"
#include "services/workspace.h"
#include "settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace CreditDesk;
using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CreditDeskTests"_s);
        QCoreApplication::setApplicationName(u"tst_settingsdialog"_s);
    }
    void init() { QSettings().clear(); }

    void showsTheDefaultsAndWritesTheKeys()
    {
        SettingsDialog dialog;
        QCOMPARE(dialog.thresholdsEdit()->text(), u"90, 30, 7"_s);
        QCOMPARE(dialog.horizonSpin()->value(), 90);
        QCOMPARE(dialog.monthlyLapseSpin()->value(), 3);
        QCOMPARE(dialog.calendarAlarmSpin()->value(), 7);
        QVERIFY(!dialog.horizonSpin()->accessibleName().isEmpty());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QDir(QStringLiteral(CREDITDESK_ARTIFACT_DIR)).filePath(u"settings-dialog.png"_s)));

        dialog.thresholdsEdit()->setText(u"14, 60,3"_s);
        dialog.monthlyLapseSpin()->setValue(0);
        dialog.horizonSpin()->setValue(45);
        dialog.calendarAlarmSpin()->setValue(2);
        dialog.accept();
        QSettings settings;
        QCOMPARE(settings.value(u"reminders/thresholdDays"_s).toString(), u"60,14,3"_s);
        QCOMPARE(settings.value(u"reminders/monthlyLapseDays"_s).toInt(), 0);
        QCOMPARE(settings.value(u"forecast/horizonDays"_s).toInt(), 45);
        QCOMPARE(settings.value(u"reminders/calendarAlarmDays"_s).toInt(), 2);
        const Forecast::ReminderSettings read = Forecast::ReminderSettings::load(settings);
        QCOMPARE(read.thresholdDays, (QList<int>{60, 14, 3}));
        QCOMPARE(read.horizonDays, 45);
    }

    void unreadableThresholdsCannotBeSaved()
    {
        SettingsDialog dialog;
        dialog.thresholdsEdit()->setText(u"30, soon"_s);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.accept();
        QVERIFY(!QSettings().contains(u"reminders/thresholdDays"_s));
        dialog.findChild<QPushButton *>(u"restoreDefaults"_s)->click();
        QVERIFY(ok->isEnabled());
    }

    void theOverviewFollowsANewHorizon()
    {
        Workspace workspace(Cloud::sandbox(QUrl(u"http://127.0.0.1:9"_s)), u"organizations"_s, u"creditdesk-tests"_s);
        MainWindow window(&workspace);
        QCOMPARE(window.overviewPage()->report().horizonDays, Forecast::DefaultHorizonDays);
        auto *settings = window.findChild<QAction *>(u"settingsAction"_s);
        QVERIFY(settings);
        QCOMPARE(settings->shortcut(), QKeySequence(u"Ctrl+,"_s));
        bool sawDialog = false;
        QTimer::singleShot(0, this, [&sawDialog] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            sawDialog = true;
            dialog->horizonSpin()->setValue(30);
            dialog->accept();
        });
        settings->trigger();
        QVERIFY(sawDialog);
        QCOMPARE(window.overviewPage()->report().horizonDays, 30);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
