// Reminders in the GUI: each credit × threshold is shown once, also after a restart, and
// without a system tray (offscreen) they appear as a banner in the window.
#include "reminderpresenter.h"
#include "../forecast/forecasttestdata.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>

using namespace CreditDesk;
using namespace CreditDesk::TestData;
using namespace Qt::StringLiterals;

namespace {
const QDate kToday(2026, 11, 22);

Forecast::ForecastReport reportOn(const QDate &today)
{
    Forecast::ForecastInput input;
    input.lots = {lot(u"Soon"_s, 250000, kToday.addDays(-200), kToday.addDays(20)),
                  lot(u"Later"_s, 900000, kToday.addDays(-100), kToday.addDays(300))};
    input.today = today;
    return Forecast::buildForecast(input);
}
} // namespace

class TestReminderPresenter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CreditDeskTests"_s);
        QCoreApplication::setApplicationName(u"tst_reminderpresenter"_s);
    }
    void init() { QSettings().clear(); }

    void firesOncePerCreditAndThresholdAcrossARestart()
    {
        QWidget window;
        {
            ReminderPresenter presenter(&window);
            QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // offscreen
            QCOMPARE(presenter.trayIcon(), nullptr);
            presenter.checkAtNextReport();
            presenter.setReport(reportOn(kToday), true, kToday);
            // "Soon" is 20 days from expiry: the 30-day threshold (90 counts as passed too).
            QCOMPARE(presenter.lastNotice().reminders.size(), 1);
            QCOMPARE(presenter.lastNotice().reminders[0].thresholdDays, 30);
            QCOMPARE(presenter.lastNotice().lotIds, QStringList{lot(u"Soon"_s, 0, {}, {}).id});
            QVERIFY(presenter.banner()->isVisibleTo(&window));
            auto *text = presenter.banner()->findChild<QLabel *>(u"reminderText"_s);
            QVERIFY2(text->text().contains(u"expires in 20 days"_s), qPrintable(text->text()));

            QSignalSpy show(&presenter, &ReminderPresenter::showRequested);
            presenter.banner()->findChild<QPushButton *>(u"showRemindersButton"_s)->click();
            QCOMPARE(show.size(), 1);
            QCOMPARE(show[0][0].toStringList(), presenter.lastNotice().lotIds);
            presenter.banner()->findChild<QPushButton *>(u"dismissRemindersButton"_s)->click();
            QVERIFY(!presenter.banner()->isVisibleTo(&window));

            // The next refresh the same day: nothing new, the banner stays away.
            presenter.checkAtNextReport();
            presenter.setReport(reportOn(kToday), true, kToday);
            QVERIFY(!presenter.banner()->isVisibleTo(&window));
        }
        // A restart: the fired log is in the settings.
        ReminderPresenter restarted(&window);
        restarted.checkAtNextReport();
        restarted.setReport(reportOn(kToday.addDays(5)), true, kToday.addDays(5));
        QVERIFY(restarted.lastNotice().isEmpty());
        QVERIFY(!restarted.banner()->isVisibleTo(&window));
        // A week before expiry the 7-day threshold fires, once.
        restarted.checkAtNextReport();
        restarted.setReport(reportOn(kToday.addDays(14)), true, kToday.addDays(14));
        QCOMPARE(restarted.lastNotice().reminders.size(), 1);
        QCOMPARE(restarted.lastNotice().reminders[0].thresholdDays, 7);
        QVERIFY(restarted.banner()->isVisibleTo(&window));
    }

    void halfLoadedFiguresWaitForTheCompleteOnes()
    {
        QWidget window;
        ReminderPresenter presenter(&window);
        presenter.checkAtNextReport();
        presenter.setReport({}, true, kToday); // nothing loaded yet
        presenter.setReport(reportOn(kToday), false, kToday); // a refresh half-way through
        QVERIFY(presenter.lastNotice().isEmpty());
        presenter.setReport(reportOn(kToday), true, kToday);
        QCOMPARE(presenter.lastNotice().reminders.size(), 1);
    }

    void thresholdsComeFromTheSettings()
    {
        QSettings().setValue(u"reminders/thresholdDays"_s, u"10"_s);
        QWidget window;
        ReminderPresenter presenter(&window);
        presenter.checkAtNextReport();
        presenter.setReport(reportOn(kToday), true, kToday);
        QVERIFY(presenter.lastNotice().isEmpty()); // 20 days left, only a 10-day reminder wanted
    }
};

QTEST_MAIN(TestReminderPresenter)
#include "tst_reminderpresenter.moc"
