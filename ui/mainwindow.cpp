#include "mainwindow.h"

#include "actionicons.h"
#include "auth/accountmanager.h"
#include "auth/appregistration.h"
#include "core/displayformat.h"
#include "desktop/desktopsettings.h"
#include "models/eventtablemodel.h"
#include "models/lottablemodel.h"
#include "ledgerpages.h"
#include "messagebanner.h"
#include "overviewpage.h"
#include "reminderpresenter.h"
#include "services/workspace.h"
#include "signinpage.h"
#include "tablepage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
enum RootPage { SignInRoot, EmptyRoot, AppRoot };
} // namespace

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("CreditDesk"));
    setWindowIcon(QIcon(u":/icons/creditdesk.svg"_s));
    resize(1200, 720);
    buildActions();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    buildBanners(central, layout);
    m_root = new QStackedWidget(central);
    m_signInPage = new SignInPage(m_root);
    m_root->insertWidget(SignInRoot, m_signInPage);
    m_emptyState = new QLabel(m_root);
    m_emptyState->setObjectName(u"emptyState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_root->insertWidget(EmptyRoot, m_emptyState);
    buildPages();
    m_root->insertWidget(AppRoot, m_appArea);
    layout->addWidget(m_root, 1);
    setCentralWidget(central);

    buildStatusBar();
    connectWorkspace();
    connectReminders();
    restoreViewState();
    updateActions();
    updateRootPage();
    updateSummaries();
    updateOverview();
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyIcons();
    QMainWindow::changeEvent(event);
}

void MainWindow::applyIcons()
{
    if (!m_signInAction)
        return;
    const std::pair<QAction *, const char16_t *> icons[] = {
        {m_signInAction, u"sign-in"},   {m_refreshAction, u"refresh"},   {m_cancelAction, u"cancel"},
        {m_exportAction, u"export"},    {m_signOutAction, u"sign-out"},  {m_settingsAction, u"settings"},
    };
    for (const auto &[action, name] : icons)
        action->setIcon(ActionIcons::icon(QString::fromUtf16(name), palette()));
}

void MainWindow::showShortcutInToolTip(QAction *action)
{
    const QKeySequence shortcut = action->shortcut();
    if (shortcut.isEmpty())
        return;
    //: A toolbar button's tooltip: what it does, then its keyboard shortcut, e.g. "Load the credits (F5)".
    action->setToolTip(tr("%1 (%2)").arg(action->toolTip(), shortcut.toString(QKeySequence::NativeText)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveViewState();
    // Reminders only fire while CreditDesk runs: with a tray to come back from, closing hides.
    // Without one, hiding would leave a process nobody can reach, so closing quits as before.
    if (!m_quitting && m_reminders->trayIcon() && DesktopSettings::load(QSettings()).keepRunningInTray) {
        event->ignore();
        hide();
        m_reminders->explainStillRunningOnce();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::quit()
{
    // Without the flag, close() would hide to the tray and explain it instead of closing; and
    // from Qt 6.5 QCoreApplication::quit() asks every window to close and gives up if one refuses.
    m_quitting = true;
    close();
    QCoreApplication::quit();
}

void MainWindow::buildActions()
{
    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_signInAction = toolBar->addAction(tr("&Sign in"));
    m_signInAction->setObjectName(u"signInAction"_s);
    m_signInAction->setShortcut(QKeySequence(u"Ctrl+L"_s));
    m_signInAction->setToolTip(tr("Sign in with a device code"));
    connect(m_signInAction, &QAction::triggered, m_workspace, &Workspace::signInWithDeviceCode);

    m_refreshAction = toolBar->addAction(tr("&Refresh"));
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Load the credits of every billing scope"));
    connect(m_refreshAction, &QAction::triggered, m_workspace, &Workspace::refresh);

    m_cancelAction = toolBar->addAction(tr("&Cancel"));
    m_cancelAction->setObjectName(u"cancelAction"_s);
    m_cancelAction->setShortcut(QKeySequence::Cancel);
    m_cancelAction->setToolTip(tr("Stop what is loading"));
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        if (m_workspace->state() == Workspace::State::SigningIn)
            m_workspace->cancelSignIn();
        else
            m_workspace->cancelRefresh();
    });

    m_exportAction = toolBar->addAction(tr("&Export…"));
    m_exportAction->setObjectName(u"exportAction"_s);
    m_exportAction->setShortcut(QKeySequence(u"Ctrl+E"_s));
    m_exportAction->setToolTip(tr("Save the lots as shown (filtered and sorted) as CSV"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCurrentView);

    m_signOutAction = toolBar->addAction(tr("Sign &out"));
    m_signOutAction->setObjectName(u"signOutAction"_s);
    m_signOutAction->setToolTip(tr("Sign out and forget this account on this computer"));
    connect(m_signOutAction, &QAction::triggered, m_workspace, &Workspace::signOut);

    m_settingsAction = toolBar->addAction(tr("Se&ttings…"));
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setShortcut(QKeySequence(u"Ctrl+,"_s));
    m_settingsAction->setToolTip(tr("Reminders, risk horizon, ledger, partner rules and Azure"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    for (QAction *action : {m_signInAction, m_refreshAction, m_cancelAction, m_exportAction, m_signOutAction,
                            m_settingsAction})
        showShortcutInToolTip(action);
    applyIcons();

    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_accountSwitcher = new QComboBox(toolBar);
    m_accountSwitcher->setObjectName(u"accountSwitcher"_s);
    m_accountSwitcher->setAccessibleName(tr("Account and tenant"));
    m_accountSwitcher->setToolTip(tr("The account and tenant shown; switch between signed-in accounts"));
    m_accountSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_accountSwitcherAction = toolBar->addWidget(m_accountSwitcher);
    connect(m_accountSwitcher, &QComboBox::activated, this, [this](int index) {
        const QString key = m_accountSwitcher->itemData(index).toString();
        if (key.isEmpty()) { // "Add account…"
            m_workspace->cancelRefresh();
            m_workspace->configure(m_workspace->cloud(), m_workspace->tenant(), m_workspace->clientId());
            return;
        }
        if (key == m_workspace->accountKey() || key == QLatin1StringView(CurrentSessionKey) || !m_workspace->accountManager())
            return;
        for (const StoredAccount &account : m_workspace->accountManager()->accounts()) {
            if (account.key == key)
                m_workspace->useAccount(account);
        }
    });
}

void MainWindow::buildBanners(QWidget *central, QVBoxLayout *layout)
{
    // Device-code sign-in: the code, a copy button and the page to open.
    m_deviceCodeBanner = new MessageBanner(u"deviceCodeBanner"_s, MessageBanner::Level::Information, central);
    m_deviceCodeBanner->textLabel()->setOpenExternalLinks(true);
    m_deviceCodeValue = new QLabel(m_deviceCodeBanner);
    m_deviceCodeValue->setObjectName(u"deviceCodeValue"_s);
    m_deviceCodeValue->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_deviceCodeValue->setStyleSheet(u"font-family: monospace; font-size: 16pt; font-weight: bold;"_s);
    m_deviceCodeValue->setAccessibleName(tr("Sign-in code"));
    m_deviceCodeBanner->addWidget(m_deviceCodeValue);
    m_deviceCodeBanner->addAction(tr("&Copy code"), u"copyCodeButton"_s,
                                  [this] { QGuiApplication::clipboard()->setText(m_deviceCodeValue->text()); });
    m_deviceCodeBanner->addAction(tr("&Open sign-in page"), u"openSignInPageButton"_s,
                                  [this] { QDesktopServices::openUrl(m_verificationUri); });
    layout->addWidget(m_deviceCodeBanner);

    // Scopes that failed: one inline message, never a stack of dialogs.
    m_failureBanner = new MessageBanner(u"failureBanner"_s, MessageBanner::Level::Warning, central);
    m_failureBanner->textLabel()->setObjectName(u"failureText"_s);
    m_failureBanner->textLabel()->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_failureBanner->addAction(tr("&Retry"), u"retryButton"_s), &QPushButton::clicked, m_workspace,
            &Workspace::refresh);
    m_failureBanner->setCloseButton(tr("&Dismiss"), u"dismissFailuresButton"_s);
    connect(m_failureBanner, &MessageBanner::closed, this, [this] { m_failures.clear(); });
    layout->addWidget(m_failureBanner);

    // Notices that need no action: the secret store is unavailable, the cache was unreadable.
    m_noticeBanner = new MessageBanner(u"noticeBanner"_s, MessageBanner::Level::Warning, central);
    m_noticeBanner->textLabel()->setObjectName(u"noticeText"_s);
    m_noticeBanner->setCloseButton(tr("D&ismiss"), u"dismissNoticeButton"_s);
    layout->addWidget(m_noticeBanner);

    // Reminders that fired, when there is no system tray to notify through.
    m_reminders = new ReminderPresenter(central, this);
    layout->addWidget(m_reminders->banner());
}

void MainWindow::buildStatusBar()
{
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"statusText"_s);
    m_statusLabel->setAccessibleName(tr("Status"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"refreshProgress"_s);
    m_progress->setAccessibleName(tr("Billing scopes loaded"));
    m_progress->setMaximumWidth(180);
    m_progress->setFormat(tr("%v of %m scopes"));
    m_progress->hide();
    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(u"accountLabel"_s);
    m_asOfLabel = new QLabel(this);
    m_asOfLabel->setObjectName(u"asOfLabel"_s);
    m_asOfLabel->setStyleSheet(u"color: #8a5a00; font-weight: bold;"_s);
    m_asOfLabel->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_asOfLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_accountLabel);
}

void MainWindow::connectWorkspace()
{
    connect(m_workspace, &Workspace::statusTextChanged, m_statusLabel, &QLabel::setText);
    connect(m_workspace, &Workspace::stateChanged, this, [this](Workspace::State state) {
        if (state == Workspace::State::Refreshing) {
            m_failures.clear();
            m_failureBanner->hide();
        }
        // A cancelled sign-in's code is dead: it must not stay on screen to be typed in.
        if (state == Workspace::State::SignedOut)
            m_deviceCodeBanner->hide();
        updateActions();
        updateRootPage();
    });
    connect(m_workspace, &Workspace::deviceCodeReady, this, &MainWindow::showDeviceCode);
    connect(m_workspace, &Workspace::signedIn, this, [this](const AccountInfo &account) {
        m_deviceCodeBanner->hide();
        m_accountLabel->setText(account.displayName.isEmpty() ? account.userPrincipalName
                                                              : u"%1 <%2>"_s.arg(account.displayName,
                                                                                account.userPrincipalName));
        m_signInPage->showError({});
        m_signedInAccount = account;
        updateAccounts();
        m_workspace->refresh();
    });
    connect(m_workspace, &Workspace::signInFailed, this, [this](const Error &error) {
        m_deviceCodeBanner->hide();
        m_signInPage->showError(error.message);
    });
    connect(m_workspace, &Workspace::openBrowser, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_workspace, &Workspace::signedOut, this, [this] {
        m_accountLabel->clear();
        m_signedInAccount = {};
        updateAccounts();
    });
    connect(m_workspace, &Workspace::refreshProgress, this, [this](int done, int total) {
        m_progress->setVisible(total > 0);
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
    });
    connect(m_workspace, &Workspace::scopeFailed, this, &MainWindow::addScopeFailure);
    connect(m_workspace, &Workspace::refreshFinished, this, [this] { m_progress->hide(); });
    auto notice = [this](const Error &error) { showNotice(error.message); };
    connect(m_workspace, &Workspace::secretStoreUnavailable, this, notice);
    connect(m_workspace, &Workspace::scopeNote, this, [this](const QString &scope, const Error &note) {
        m_noticeBanner->setText(tr("%1: %2 This is expected for this kind of billing account; the other billing "
                                 "scopes were read.").arg(scope, note.message));
        m_noticeBanner->show();
    });
    connect(m_workspace, &Workspace::shownAsOfChanged, this, [this](const QDateTime &asOf) {
        m_asOfLabel->setVisible(asOf.isValid());
        m_asOfLabel->setText(tr("Offline copy as of %1").arg(DisplayFormat::utcDateTime(asOf)));
        m_asOfLabel->setToolTip(tr("These figures were saved at the last successful refresh; they are replaced "
                                   "when a refresh succeeds."));
    });
    connect(m_workspace, &Workspace::cacheNotice, this, notice);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_workspace->lots()),
                                      static_cast<QAbstractItemModel *>(m_workspace->events())}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateRootPage);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateRootPage);
    }
    m_signInPage->disconnect(this);
    connect(m_signInPage, &SignInPage::signInRequested, this, &MainWindow::startSignIn);
    connect(m_signInPage, &SignInPage::accountChosen, m_workspace, &Workspace::useAccount);
    if (AccountManager *accounts = m_workspace->accountManager())
        connect(accounts, &AccountManager::accountsChanged, this, &MainWindow::updateAccounts);
    updateAccounts();
    m_statusLabel->setText(m_workspace->statusText());
}

void MainWindow::updateActions()
{
    const Workspace::State state = m_workspace->state();
    m_signInAction->setEnabled(state == Workspace::State::SignedOut);
    m_signOutAction->setEnabled(state == Workspace::State::Idle || state == Workspace::State::Refreshing);
    m_refreshAction->setEnabled(state == Workspace::State::Idle);
    m_cancelAction->setEnabled(state == Workspace::State::SigningIn || state == Workspace::State::Refreshing);
    if (state != Workspace::State::Refreshing)
        m_progress->hide();
}

void MainWindow::updateRootPage()
{
    const bool hasData = m_workspace->lots()->rowCount() > 0;
    switch (m_workspace->state()) {
    case Workspace::State::SignedOut:
        m_root->setCurrentIndex(hasData ? AppRoot : SignInRoot);
        return;
    case Workspace::State::SigningIn:
        m_emptyState->setText(tr("Signing in…"));
        break;
    case Workspace::State::Refreshing:
    case Workspace::State::Idle:
        m_root->setCurrentIndex(AppRoot);
        return;
    }
    m_root->setCurrentIndex(hasData ? AppRoot : EmptyRoot);
}

void MainWindow::startSignIn(const Cloud &cloud, const QString &tenant, bool useBrowser)
{
    m_workspace->configure(cloud, AppRegistration::tenant(tenant), m_workspace->clientId());
    if (useBrowser)
        m_workspace->signInWithBrowser();
    else
        m_workspace->signInWithDeviceCode();
}

void MainWindow::updateAccounts()
{
    const QList<StoredAccount> accounts =
        m_workspace->accountManager() ? m_workspace->accountManager()->accounts() : QList<StoredAccount>();
    m_signInPage->setAccounts(accounts);
    m_accountSwitcher->clear();
    for (const StoredAccount &account : accounts)
        m_accountSwitcher->addItem(account.label(), account.key);
    // A session that is not remembered (the sandbox's, or one whose secret could not be stored)
    // is still the one shown: name it, so which tenant this is never hides in the status bar.
    const bool signedIn = m_workspace->state() != Workspace::State::SignedOut && m_signedInAccount.isValid();
    if (signedIn && m_accountSwitcher->findData(m_workspace->accountKey()) < 0) {
        const QString user = m_signedInAccount.userPrincipalName.isEmpty() ? m_signedInAccount.displayName
                                                                           : m_signedInAccount.userPrincipalName;
        //: The account switcher's entry for this session: the user, then the cloud, e.g. "pat@contoso.com (Azure)".
        m_accountSwitcher->insertItem(0, tr("%1 (%2)").arg(user, m_workspace->cloud().displayName()),
                                      QString::fromLatin1(CurrentSessionKey));
        m_accountSwitcher->setItemData(0, tr("Tenant %1").arg(m_signedInAccount.tenantId), Qt::ToolTipRole);
    }
    m_accountSwitcher->addItem(tr("Add account…"), QString());
    const int current = m_workspace->accountKey().isEmpty() ? -1 : m_accountSwitcher->findData(m_workspace->accountKey());
    m_accountSwitcher->setCurrentIndex(current >= 0 ? current : m_accountSwitcher->findData(QString::fromLatin1(CurrentSessionKey)));
    m_accountSwitcherAction->setVisible(!accounts.isEmpty() || signedIn);
}

void MainWindow::showDeviceCode(const DeviceCode &code)
{
    m_verificationUri = code.verificationUri;
    m_deviceCodeBanner->setText(tr("To sign in, open <a href=\"%1\">%2</a> and enter this code:")
                                  .arg(code.verificationUri.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                       code.verificationUri.toDisplayString().toHtmlEscaped()));
    m_deviceCodeValue->setText(code.userCode);
    m_deviceCodeBanner->show();
}

void MainWindow::addScopeFailure(const QString &scope, const Error &error)
{
    QString line = u"<b>%1</b>: %2"_s.arg(scope.toHtmlEscaped(), error.message.toHtmlEscaped());
    if (!error.requestId.isEmpty())
        line += u" <small>"_s + tr("(request id %1)").arg(error.requestId.toHtmlEscaped()) + u"</small>"_s;
    m_failures.append(line);
    m_failureBanner->setText(tr("Some billing scopes could not be read:") + u"<br>"_s + m_failures.join(u"<br>"_s));
    m_failureBanner->show();
}

void MainWindow::restoreViewState()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    m_lotsPage->restoreState(settings);
    m_eventsPage->restoreState(settings);
    m_ledgerPages->restoreState(settings);
    showPage(Page(settings.value(u"window/page"_s, int(OverviewPage)).toInt()));
}

void MainWindow::saveViewState() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/page"_s, m_pages->currentIndex());
    m_lotsPage->saveState(settings);
    m_eventsPage->saveState(settings);
    m_ledgerPages->saveState(settings);
}

} // namespace CreditDesk
