#include "settingsdialog.h"

#include "azuresettingspage.h"
#include "desktop/desktopsettings.h"
#include "desktop/loginstart.h"
#include "ledgersettingspage.h"
#include "partnersettingspage.h"
#include "settingsform.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
QSpinBox *daysSpin(QWidget *parent, const QString &objectName, int minimum, int maximum, const QString &accessibleName)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(minimum, maximum);
    spin->setAccessibleName(accessibleName);
    return spin;
}
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent, SecretStore *secrets) : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    auto *outer = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"settingsTabs"_s);
    outer->addWidget(m_tabs);
    auto *general = new QWidget(m_tabs);
    general->setObjectName(u"generalSettingsPage"_s);
    auto *layout = new QVBoxLayout(general);
    m_tabs->addTab(general, tr("&General"));
    m_ledgerPage = new LedgerSettingsPage(secrets, m_tabs);
    m_tabs->addTab(m_ledgerPage, tr("L&edger"));
    m_partnerPage = new PartnerSettingsPage(m_tabs);
    m_tabs->addTab(m_partnerPage, tr("Pa&rtner rules"));
    m_azurePage = new AzureSettingsPage(m_tabs);
    m_tabs->addTab(m_azurePage, tr("&Azure"));

    auto *reminders = new QGroupBox(tr("Reminders"), this);
    auto *reminderForm = new QFormLayout(reminders);
    m_thresholds = new QLineEdit(reminders);
    m_thresholds->setObjectName(u"reminderThresholds"_s);
    m_thresholds->setAccessibleName(tr("Remind this many days before a credit expires"));
    m_thresholds->setPlaceholderText(tr("for example 90, 30, 7"));
    reminderForm->addRow(tr("Remind &days before expiry:"), m_thresholds);
    m_thresholdsError = new QLabel(reminders);
    m_thresholdsError->setObjectName(u"reminderThresholdsError"_s);
    m_thresholdsError->setStyleSheet(u"color: #c62828;"_s);
    m_thresholdsError->hide();
    reminderForm->addRow(QString(), m_thresholdsError);
    reminderForm->addRow(QString(), SettingsForm::hint(tr("Days separated by commas. Each credit is reminded once per number, "
                                            "on this computer, while CreditDesk is running."),
                                         reminders));
    m_monthlyLapse = daysSpin(reminders, u"monthlyLapseDays"_s, 0, 27,
                              tr("Warn this many days before a monthly credit's unused allowance lapses"));
    m_monthlyLapse->setSpecialValueText(tr("Off"));
    m_monthlyLapse->setSuffix(tr(" days before"));
    reminderForm->addRow(tr("&Warn before a monthly allowance lapses:"), m_monthlyLapse);
    layout->addWidget(reminders);

    auto *forecast = new QGroupBox(tr("Risk forecast"), this);
    auto *forecastForm = new QFormLayout(forecast);
    m_horizon = daysSpin(forecast, u"horizonDays"_s, 1, 3650, tr("Risk horizon in days"));
    m_horizon->setSuffix(tr(" days"));
    forecastForm->addRow(tr("Risk &horizon:"), m_horizon);
    forecastForm->addRow(QString(), SettingsForm::hint(tr("Credit expiring within this many days counts towards the risk "
                                            "(recommended: 90)."),
                                         forecast));
    layout->addWidget(forecast);

    auto *calendar = new QGroupBox(tr("Calendar export"), this);
    auto *calendarForm = new QFormLayout(calendar);
    m_calendarAlarm = daysSpin(calendar, u"calendarAlarmDays"_s, 0, 90,
                               tr("Calendar alarm, days before the expiry"));
    m_calendarAlarm->setSpecialValueText(tr("No alarm"));
    m_calendarAlarm->setSuffix(tr(" days before"));
    calendarForm->addRow(tr("Calendar a&larm:"), m_calendarAlarm);
    layout->addWidget(calendar);

    auto *desktop = new QGroupBox(tr("Desktop"), this);
    auto *desktopLayout = new QVBoxLayout(desktop);
    m_keepInTray = new QCheckBox(tr("&Keep running in the system tray when the window is closed"), desktop);
    m_keepInTray->setObjectName(u"keepRunningInTray"_s);
    m_keepInTray->setToolTip(tr("Reminders keep firing; Quit in the tray menu ends CreditDesk. Without a system "
                                "tray, closing the window always quits."));
    desktopLayout->addWidget(m_keepInTray);
    m_startAtLogin = new QCheckBox(tr("S&tart CreditDesk when I log in"), desktop);
    m_startAtLogin->setObjectName(u"startAtLogin"_s);
    desktopLayout->addWidget(m_startAtLogin);
    m_desktopError = new QLabel(desktop);
    m_desktopError->setObjectName(u"desktopSettingsError"_s);
    m_desktopError->setStyleSheet(u"color: #c62828;"_s);
    m_desktopError->setWordWrap(true);
    m_desktopError->hide();
    desktopLayout->addWidget(m_desktopError);
    layout->addWidget(desktop);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setObjectName(u"restoreDefaults"_s);
    outer->addWidget(m_buttons);
    connect(m_ledgerPage, &LedgerSettingsPage::validityChanged, this, &SettingsDialog::validate);
    connect(m_partnerPage, &PartnerSettingsPage::validityChanged, this, &SettingsDialog::validate);
    connect(m_azurePage, &AzureSettingsPage::validityChanged, this, &SettingsDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto show = [this](const Forecast::ReminderSettings &values) {
        m_thresholds->setText(Forecast::thresholdDaysText(values.thresholdDays));
        m_monthlyLapse->setValue(values.monthlyLapseDays);
        m_horizon->setValue(values.horizonDays);
        m_calendarAlarm->setValue(values.calendarAlarmDays);
    };
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this, show] {
                if (m_tabs->currentWidget() == m_partnerPage)
                    m_partnerPage->showValues(PartnerSettings{});
                else if (m_tabs->currentWidget() == m_azurePage)
                    m_azurePage->showValues(SignInSettings{}, AzureSettings{});
                else if (m_tabs->currentWidget() != m_ledgerPage) {
                    show(Forecast::ReminderSettings{});
                    showDesktop(DesktopSettings{});
                }
            });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // The ledger's location has no "default" worth restoring by accident: the button is for
        // the tabs whose values Partner Center or CreditDesk define.
        m_buttons->button(QDialogButtonBox::RestoreDefaults)->setEnabled(m_tabs->currentWidget() != m_ledgerPage);
    });
    connect(m_thresholds, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    QSettings settings;
    show(Forecast::ReminderSettings::load(settings));
    showDesktop(DesktopSettings::load(settings));
}

void SettingsDialog::showDesktop(const DesktopSettings &values)
{
    m_keepInTray->setChecked(values.keepRunningInTray);
    m_startAtLogin->setChecked(values.startAtLogin);
}

std::optional<Forecast::ReminderSettings> SettingsDialog::chosen() const
{
    bool ok = false;
    Forecast::ReminderSettings values;
    values.thresholdDays = Forecast::parseThresholdDays(m_thresholds->text(), &ok);
    if (!ok)
        return std::nullopt;
    values.monthlyLapseDays = m_monthlyLapse->value();
    values.horizonDays = m_horizon->value();
    values.calendarAlarmDays = m_calendarAlarm->value();
    return values;
}

void SettingsDialog::validate()
{
    const bool ok = chosen().has_value();
    m_thresholdsError->setText(ok ? QString() : tr("Enter whole numbers of days from 0 to 3650, separated by commas."));
    m_thresholdsError->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(ok && m_ledgerPage->isValid() && m_partnerPage->isValid() && m_azurePage->isValid());
}

void SettingsDialog::accept()
{
    const std::optional<Forecast::ReminderSettings> values = chosen();
    if (!values || !m_ledgerPage->isValid() || !m_partnerPage->isValid() || !m_azurePage->isValid())
        return;
    QSettings settings;
    DesktopSettings desktop;
    desktop.keepRunningInTray = m_keepInTray->isChecked();
    desktop.startAtLogin = m_startAtLogin->isChecked();
    // The entry follows the setting, also when someone removed or added it behind our back.
    if (desktop.startAtLogin != LoginStart::isEnabled()) {
        const Status entry = LoginStart::setEnabled(desktop.startAtLogin, QCoreApplication::applicationFilePath());
        if (!entry) {
            m_tabs->setCurrentIndex(0);
            m_desktopError->setText(entry.error().message);
            m_desktopError->show();
            return;
        }
    }
    desktop.save(settings);
    values->save(settings);
    m_ledgerPage->save();
    m_partnerPage->save();
    m_azurePage->save();
    QDialog::accept();
}

} // namespace CreditDesk
