#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace CreditDesk {

/// Asks for the password of a team ledger's PostgreSQL server, saying why (none was found, or
/// the server refused the one given) and offering to save it in the system's secret store.
/// Window-modal and opened with open(): the main window keeps painting behind it.
class LedgerPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a server is the ledger's display name (never with a password); \a reason the message
    /// of the refusal.
    LedgerPasswordDialog(const QString &server, const QString &reason, QWidget *parent = nullptr);

    QString password() const;
    bool remember() const;

    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QPushButton *connectButton() const { return m_connect; }

private:
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_connect = nullptr;
};

} // namespace CreditDesk
