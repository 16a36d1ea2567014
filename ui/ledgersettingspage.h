#pragma once

#include "core/result.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace CreditDesk {

class SecretStore;
struct LedgerLocation;

/// Settings › Ledger: where the benefits ledger lives (an SQLite file on this computer or the
/// team's PostgreSQL database), checked as it is typed, with Test connection, which opens the
/// ledger off the GUI thread and, when the server accepted a typed password, saves that
/// password in the system's secret store (never in settings).
class LedgerSettingsPage : public QWidget
{
    Q_OBJECT
public:
    /// \a secrets: where a password goes (tests pass their own); null = the system's store.
    explicit LedgerSettingsPage(SecretStore *secrets = nullptr, QWidget *parent = nullptr);

    QLineEdit *locationEdit() const { return m_location; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *testButton() const { return m_test; }
    QLabel *statusLabel() const { return m_status; }

    /// The location as typed is usable (empty = the default file).
    bool isValid() const;
    /// Writes settings key ledger/location (removed for the default file).
    void save() const;

Q_SIGNALS:
    void validityChanged(bool valid);
    /// Test connection finished (ok, or why not), after any password was saved.
    void tested(const CreditDesk::Status &status);

private:
    Result<LedgerLocation> typed() const;
    void validate();
    void testConnection();
    void showTested(const Status &status, bool passwordSaved);

    QLineEdit *m_location = nullptr;
    QLabel *m_locationError = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
    QPointer<SecretStore> m_secrets;
    bool m_testing = false;
};

} // namespace CreditDesk
