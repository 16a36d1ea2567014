// Settings…: the dialog writes the keys the core reads, refuses what the core cannot read (with a
// message next to the field), restores defaults per tab, and the Overview's forecast follows a new
// risk horizon.
#include "azuresettingspage.h"
#include "ledgersettingspage.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "partnersettingspage.h"
#include "settingsdialog.h"
#include "signinpage.h"

#include "auth/appregistration.h"
#include "rules/benefitpolicy.h"
#include "services/workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

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
        qunsetenv("CREDITDESK_CLIENT_ID");
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
        settings->trigger();
        // Opened window-modal, not exec()'d: the trigger has returned with the dialog up.
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->horizonSpin()->setValue(30);
        dialog->accept();
        QCOMPARE(window.overviewPage()->report().horizonDays, 30);
    }

    void partnerRulesRefuseWhatTheCoreCannotReadAndSaveTheRest()
    {
        SettingsDialog dialog;
        PartnerSettingsPage *page = dialog.partnerPage();
        QVERIFY(page);
        dialog.tabs()->setCurrentWidget(page);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *domainsError = page->findChild<QLabel *>(u"extraFreeEmailDomainsError"_s);
        QVERIFY(domainsError);

        page->domainsEdit()->setPlainText(u"mail.example, user@webmail.example"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!domainsError->isHidden());
        QVERIFY(domainsError->text().contains(u"user@webmail.example"_s));
        page->domainsEdit()->setPlainText(u"mail.example, @WebMail.example"_s);
        QVERIFY(domainsError->isHidden());
        QVERIFY(ok->isEnabled());

        page->partnerCenterEdit()->clear();
        QTest::keyClicks(page->partnerCenterEdit(), u"http://partner.example/benefits"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!page->findChild<QLabel *>(u"partnerCenterUrlError"_s)->isHidden());
        page->partnerCenterEdit()->setText(u"https://partner.example/benefits"_s);
        page->yearlyLinkEdit()->setText(u"https://example.test/yearly"_s);
        QVERIFY(ok->isEnabled());
        dialog.accept();

        QSettings settings;
        QCOMPARE(settings.value(u"benefits/extraFreeEmailDomains"_s).toStringList(),
                 (QStringList{u"mail.example"_s, u"webmail.example"_s}));
        QCOMPARE(settings.value(u"benefits/yearlyRedemptionUrl"_s).toString(), u"https://example.test/yearly"_s);
        QCOMPARE(settings.value(u"benefits/partnerCenterUrl"_s).toString(), u"https://partner.example/benefits"_s);
        QVERIFY(!settings.contains(u"benefits/monthlyRedemptionUrl"_s));
        const BenefitPolicy policy = BenefitPolicy::fromSettings(settings);
        QVERIFY(policy.freeEmailDomains.contains(u"webmail.example"_s));
        QCOMPARE(policy.yearlyRedemptionUrl, QUrl(u"https://example.test/yearly"_s));
    }

    void programRulesAreShownWithTheirSource()
    {
        {
            SettingsDialog dialog;
            const QString cap = dialog.partnerPage()->findChild<QLabel *>(u"reassignmentCapSource"_s)->text();
            QVERIFY2(cap.contains(u"5"_s) && cap.contains(u"Partner Center"_s), qPrintable(cap));
        }
        QSettings().setValue(u"benefits/reassignmentCap"_s, 3);
        SettingsDialog dialog;
        const QString cap = dialog.partnerPage()->findChild<QLabel *>(u"reassignmentCapSource"_s)->text();
        QVERIFY2(cap.contains(u"3"_s) && cap.contains(u"benefits/reassignmentCap"_s), qPrintable(cap));
        const QString validity = dialog.partnerPage()->findChild<QLabel *>(u"monthlyValiditySource"_s)->text();
        QVERIFY2(validity.contains(u"13"_s), qPrintable(validity));
    }

    void azureSettingsAreWhatSignInAndTheApiClientsRead()
    {
        SettingsDialog dialog;
        AzureSettingsPage *page = dialog.azurePage();
        QVERIFY(page);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        page->cloudCombo()->setCurrentIndex(page->cloudCombo()->findData(u"usgov"_s));
        QTest::keyClicks(page->clientIdEdit(), u"my-app"_s);
        QVERIFY(!ok->isEnabled());
        page->clientIdEdit()->setText(u"11111111-2222-3333-4444-555555555555"_s);
        page->tenantEdit()->setText(u"consumers"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(page->findChild<QLabel *>(u"tenantError"_s)->text().contains(u"Personal"_s));
        page->tenantEdit()->setText(u"contoso.onmicrosoft.com"_s);
        QVERIFY(ok->isEnabled());
        QLineEdit *consumption = page->apiVersionEdit(u"Microsoft.Consumption"_s);
        QVERIFY(consumption);
        QCOMPARE(consumption->placeholderText(), ApiVersions{}.consumption);
        consumption->setText(u"2023-13-01"_s);
        QVERIFY(!ok->isEnabled());
        consumption->setText(u"2023-05-01"_s);
        page->maxPagesSpin()->setValue(500);
        QVERIFY(ok->isEnabled());
        dialog.accept();

        QSettings settings;
        const SignInSettings signIn = SignInSettings::load(settings);
        QCOMPARE(signIn.defaultCloudId, u"usgov"_s);
        QCOMPARE(AppRegistration::clientId(), u"11111111-2222-3333-4444-555555555555"_s);
        QCOMPARE(AppRegistration::tenant(), u"contoso.onmicrosoft.com"_s);
        const AzureSettings azure = AzureSettings::load(settings);
        QCOMPARE(azure.versions.consumption, u"2023-05-01"_s);
        QCOMPARE(azure.versions.billing, ApiVersions{}.billing);
        QCOMPARE(azure.maxPages, 500);

        SignInPage signInPage;
        auto *cloud = signInPage.findChild<QComboBox *>(u"cloudCombo"_s);
        QVERIFY(cloud);
        QCOMPARE(cloud->currentData().toString(), u"usgov"_s);
    }

    void restoreDefaultsResetsOnlyTheTabShown()
    {
        SettingsDialog dialog;
        dialog.horizonSpin()->setValue(45);
        dialog.azurePage()->tenantEdit()->setText(u"contoso.onmicrosoft.com"_s);
        dialog.partnerPage()->monthlyLinkEdit()->setText(u"https://example.test/monthly"_s);
        auto *restore = dialog.findChild<QPushButton *>(u"restoreDefaults"_s);
        dialog.tabs()->setCurrentWidget(dialog.azurePage());
        restore->click();
        QVERIFY(dialog.azurePage()->tenantEdit()->text().isEmpty());
        QCOMPARE(dialog.horizonSpin()->value(), 45);
        QCOMPARE(dialog.partnerPage()->monthlyLinkEdit()->text(), u"https://example.test/monthly"_s);
        dialog.tabs()->setCurrentWidget(dialog.ledgerPage());
        QVERIFY(!restore->isEnabled());
        dialog.tabs()->setCurrentWidget(dialog.partnerPage());
        QVERIFY(restore->isEnabled());
        restore->click();
        QVERIFY(dialog.partnerPage()->monthlyLinkEdit()->text().isEmpty());
        QCOMPARE(dialog.horizonSpin()->value(), 45);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
