#pragma once

#include "auth/accountstore.h"
#include "auth/cloud.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace CreditDesk {

/// Shown while nobody is signed in: remembered accounts to continue with, or a new sign-in
/// (cloud, tenant, browser or device code). It collects choices; the core validates them.
class SignInPage : public QWidget
{
    Q_OBJECT
public:
    explicit SignInPage(QWidget *parent = nullptr);

    void setAccounts(const QList<StoredAccount> &accounts);
    void showError(const QString &message);

Q_SIGNALS:
    void signInRequested(const CreditDesk::Cloud &cloud, const QString &tenant, bool useBrowser);
    void accountChosen(const CreditDesk::StoredAccount &account);

private:
    void requestSignIn(bool useBrowser);
    void updateCustomFields();

    QList<StoredAccount> m_accounts;
    QWidget *m_accountsBox = nullptr;
    QListWidget *m_accountList = nullptr;
    QPushButton *m_continueButton = nullptr;
    QComboBox *m_cloud = nullptr;
    QLineEdit *m_tenant = nullptr;
    QWidget *m_customBox = nullptr;
    QLineEdit *m_loginUrl = nullptr;
    QLineEdit *m_armUrl = nullptr;
    QLineEdit *m_graphUrl = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace CreditDesk
