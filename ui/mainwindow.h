#pragma once

#include "auth/cloud.h"
#include "auth/tokenset.h"
#include "core/result.h"
#include "filters/creditfilter.h"

#include <QMainWindow>
#include <QUrl>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace CreditDesk {

struct DeviceCode;
struct RecordSet;
class EventFilterProxy;
class LotDetails;
class LedgerPages;
class MessageBanner;
class LotFilterProxy;
class OverviewPage;
class ReminderPresenter;
class SignInPage;
class TablePage;
class TransactionsFilters;
class Workspace;

/// The main window: sign-in, then the pages (Overview, Partner credits, Azure lots,
/// Transactions, Assignment history) over the workspace's models, inline banners for the
/// device code, failed scopes and the secret store, and a status bar saying what is going on.
/// It decides nothing itself; it shows the workspace and forwards the user's actions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { OverviewPage, PartnerCreditsPage, LotsPage, TransactionsPage, HistoryPage };
    Q_ENUM(Page)

    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTableView *lotsView() const;
    TablePage *lotsPage() const { return m_lotsPage; }
    LotFilterProxy *lotsProxy() const { return m_lotsProxy; }
    CreditDesk::OverviewPage *overviewPage() const { return m_overviewPage; }
    ReminderPresenter *reminders() const { return m_reminders; }
    /// The Partner credits and Assignment history pages and their actions.
    LedgerPages *ledgerPages() const { return m_ledgerPages; }
    void showPage(Page page);
    /// Closes the window and ends CreditDesk, also when closing would keep it in the tray.
    void quit();
    /// Shows \a text in the dismissable notice banner above the pages (replacing any notice).
    void showNotice(const QString &text);
    /// Writes the lots page's current view (filtered, sorted) as CSV; used by Export.
    Status exportLotsView(const QString &fileName) const;
    /// The same for the Transactions page, with Azure's raw amounts.
    Status exportEventsView(const QString &fileName) const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void applyIcons();
    void showShortcutInToolTip(QAction *action);
    void buildBanners(QWidget *central, QVBoxLayout *layout);
    void buildPages();
    void buildStatusBar();
    void connectWorkspace();
    void updateActions();
    void updateRootPage();
    void updateSummaries();
    void updateOverview();
    void applyLotFilter();
    void applyEventFilter();
    void showDeviceCode(const DeviceCode &code);
    void addScopeFailure(const QString &scope, const Error &error);
    void updateAccounts();
    void startSignIn(const Cloud &cloud, const QString &tenant, bool useBrowser);
    void exportCurrentView();
    Status writeCsv(const QString &fileName, const RecordSet &records) const;
    void exportViewTo(bool events, const QString &fileName);
    void connectReminders();
    void openSettings();
    void restoreViewState();
    void saveViewState() const;

    Workspace *m_workspace;
    QAction *m_signInAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QComboBox *m_accountSwitcher = nullptr;
    QAction *m_accountSwitcherAction = nullptr;
    /// The account signed in this session, remembered or not; invalid when signed out.
    AccountInfo m_signedInAccount;
    /// The account switcher's item for a session that is not a remembered account.
    static constexpr char CurrentSessionKey[] = "current-session";
    MessageBanner *m_deviceCodeBanner = nullptr;
    QLabel *m_deviceCodeValue = nullptr;
    MessageBanner *m_failureBanner = nullptr;
    MessageBanner *m_noticeBanner = nullptr;
    ReminderPresenter *m_reminders = nullptr;
    bool m_quitting = false;
    QStackedWidget *m_root = nullptr;
    SignInPage *m_signInPage = nullptr;
    QLabel *m_emptyState = nullptr;
    QWidget *m_appArea = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    CreditDesk::OverviewPage *m_overviewPage = nullptr; // qualified: Page::OverviewPage hides it
    TablePage *m_lotsPage = nullptr;
    TablePage *m_eventsPage = nullptr;
    TransactionsFilters *m_transactionsFilters = nullptr;
    LotDetails *m_lotDetails = nullptr;
    LotFilterProxy *m_lotsProxy = nullptr;
    EventFilterProxy *m_eventsProxy = nullptr;
    LedgerPages *m_ledgerPages = nullptr;
    CreditFilter m_lotFilter;
    CreditFilter m_eventFilter;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QStringList m_failures;
    QUrl m_verificationUri;
};

} // namespace CreditDesk
