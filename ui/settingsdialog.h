#pragma once

#include "forecast/reminders.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace CreditDesk {

/// Settings… (Ctrl+,): reminder thresholds, the monthly-allowance warning, the risk horizon
/// and the calendar alarm. Reads and writes the settings keys the core reads
/// (Forecast::ReminderSettings), nothing of its own.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QLineEdit *thresholdsEdit() const { return m_thresholds; }
    QSpinBox *monthlyLapseSpin() const { return m_monthlyLapse; }
    QSpinBox *horizonSpin() const { return m_horizon; }
    QSpinBox *calendarAlarmSpin() const { return m_calendarAlarm; }

    /// The values as entered; nullopt when the thresholds cannot be read.
    std::optional<Forecast::ReminderSettings> chosen() const;

    void accept() override;

private:
    void validate();

    QLineEdit *m_thresholds = nullptr;
    QLabel *m_thresholdsError = nullptr;
    QSpinBox *m_monthlyLapse = nullptr;
    QSpinBox *m_horizon = nullptr;
    QSpinBox *m_calendarAlarm = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace CreditDesk
