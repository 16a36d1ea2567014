#pragma once

#include "forecast/reminders.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace CreditDesk {

class AzureSettingsPage;
struct DesktopSettings;
class LedgerSettingsPage;
class PartnerSettingsPage;
class SecretStore;

/// Settings… (Ctrl+,), every setting CreditDesk reads, on four tabs: General (reminder thresholds,
/// the monthly-allowance warning, the risk horizon, the calendar alarm, tray and start at login), Ledger (where the
/// benefits ledger lives), Partner rules (free-mail domains, links, the program's rules read only)
/// and Azure (sign-in, api-versions). Reads and writes the settings keys the core reads, through
/// the core's own types, nothing of its own. OK is enabled only when every tab is valid.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a secrets: where a ledger password goes (tests pass their own); null = the system's.
    explicit SettingsDialog(QWidget *parent = nullptr, SecretStore *secrets = nullptr);

    QLineEdit *thresholdsEdit() const { return m_thresholds; }
    QSpinBox *monthlyLapseSpin() const { return m_monthlyLapse; }
    QSpinBox *horizonSpin() const { return m_horizon; }
    QSpinBox *calendarAlarmSpin() const { return m_calendarAlarm; }
    QCheckBox *keepInTrayCheck() const { return m_keepInTray; }
    QCheckBox *startAtLoginCheck() const { return m_startAtLogin; }
    QTabWidget *tabs() const { return m_tabs; }
    LedgerSettingsPage *ledgerPage() const { return m_ledgerPage; }
    PartnerSettingsPage *partnerPage() const { return m_partnerPage; }
    AzureSettingsPage *azurePage() const { return m_azurePage; }

    /// The values as entered; nullopt when the thresholds cannot be read.
    std::optional<Forecast::ReminderSettings> chosen() const;

    void accept() override;

private:
    void validate();
    void showDesktop(const DesktopSettings &values);

    QLineEdit *m_thresholds = nullptr;
    QLabel *m_thresholdsError = nullptr;
    QSpinBox *m_monthlyLapse = nullptr;
    QSpinBox *m_horizon = nullptr;
    QSpinBox *m_calendarAlarm = nullptr;
    QCheckBox *m_keepInTray = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
    QLabel *m_desktopError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTabWidget *m_tabs = nullptr;
    LedgerSettingsPage *m_ledgerPage = nullptr;
    PartnerSettingsPage *m_partnerPage = nullptr;
    AzureSettingsPage *m_azurePage = nullptr;
};

} // namespace CreditDesk
