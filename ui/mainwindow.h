#pragma once

#include "auth/cloud.h"
#include "core/result.h"

#include <QMainWindow>
#include <QUrl>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace CreditDesk {

struct DeviceCode;
class SignInPage;
class Workspace;

/// The main window: a table of credit lots over the workspace's model, a banner for the
/// device-code sign-in and for scopes that failed, and a status bar saying what is going on.
/// It decides nothing itself; it shows the workspace and forwards the user's actions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *lotsView() const { return m_lotsView; }

private:
    void buildActions();
    void buildCentralArea();
    void buildStatusBar();
    void connectWorkspace();
    void updateActions();
    void updatePage();
    void showDeviceCode(const DeviceCode &code);
    void addScopeFailure(const QString &scope, const Error &error);
    void updateAccounts();
    void startSignIn(const Cloud &cloud, const QString &tenant, bool useBrowser);

    Workspace *m_workspace;
    QAction *m_signInAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QComboBox *m_accountSwitcher = nullptr;
    QAction *m_accountSwitcherAction = nullptr;
    SignInPage *m_signInPage = nullptr;
    QWidget *m_secretStoreBanner = nullptr;
    QWidget *m_deviceCodeBanner = nullptr;
    QLabel *m_deviceCodeText = nullptr;
    QLabel *m_deviceCodeValue = nullptr;
    QPushButton *m_openVerificationButton = nullptr;
    QWidget *m_failureBanner = nullptr;
    QLabel *m_failureText = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyState = nullptr;
    QTableView *m_lotsView = nullptr;
    QSortFilterProxyModel *m_sortProxy = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_accountLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QStringList m_failures;
    QUrl m_verificationUri;
};

} // namespace CreditDesk
