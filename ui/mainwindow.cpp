#include "mainwindow.h"

#include "auth/accountmanager.h"
#include "auth/appregistration.h"
#include "models/lottablemodel.h"
#include "services/workspace.h"
#include "signinpage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
enum Page { SignInPageIndex, EmptyPage, LotsPage };

QWidget *makeBanner(QWidget *parent, const QString &objectName, const QString &style)
{
    auto *banner = new QFrame(parent);
    banner->setObjectName(objectName);
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setStyleSheet(u"#%1 { %2 border-radius: 4px; }"_s.arg(objectName, style));
    banner->hide();
    return banner;
}
} // namespace

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("CreditDesk"));
    setWindowIcon(QIcon(u":/icons/creditdesk.svg"_s));
    resize(1100, 640);
    buildActions();
    buildCentralArea();
    buildStatusBar();
    connectWorkspace();
    updateActions();
    updatePage();
}

void MainWindow::buildActions()
{
    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_signInAction = toolBar->addAction(tr("&Sign in"));
    m_signInAction->setObjectName(u"signInAction"_s);
    m_signInAction->setShortcut(QKeySequence(u"Ctrl+L"_s));
    m_signInAction->setToolTip(tr("Sign in with a device code (Ctrl+L)"));
    connect(m_signInAction, &QAction::triggered, m_workspace, &Workspace::signInWithDeviceCode);

    m_signOutAction = toolBar->addAction(tr("Sign &out"));
    m_signOutAction->setObjectName(u"signOutAction"_s);
    m_signOutAction->setToolTip(tr("Sign out and forget this account on this computer"));
    connect(m_signOutAction, &QAction::triggered, m_workspace, &Workspace::signOut);

    m_refreshAction = toolBar->addAction(tr("&Refresh"));
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Load the credit lots of every billing scope (F5)"));
    connect(m_refreshAction, &QAction::triggered, m_workspace, &Workspace::refresh);

    m_cancelAction = toolBar->addAction(tr("&Cancel"));
    m_cancelAction->setObjectName(u"cancelAction"_s);
    m_cancelAction->setShortcut(QKeySequence::Cancel);
    m_cancelAction->setToolTip(tr("Stop what is loading (Esc)"));
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        if (m_workspace->state() == Workspace::State::SigningIn)
            m_workspace->cancelSignIn();
        else
            m_workspace->cancelRefresh();
    });

    // Account switcher: remembered accounts, then "Add account…".
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_accountSwitcher = new QComboBox(toolBar);
    m_accountSwitcher->setObjectName(u"accountSwitcher"_s);
    m_accountSwitcher->setAccessibleName(tr("Account"));
    m_accountSwitcher->setToolTip(tr("Switch between signed-in accounts"));
    m_accountSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_accountSwitcherAction = toolBar->addWidget(m_accountSwitcher);
    connect(m_accountSwitcher, &QComboBox::activated, this, [this](int index) {
        const QString key = m_accountSwitcher->itemData(index).toString();
        if (key.isEmpty()) { // "Add account…"
            m_workspace->cancelRefresh();
            m_workspace->configure(m_workspace->cloud(), m_workspace->tenant(), m_workspace->clientId());
            return;
        }
        if (key == m_workspace->accountKey() || !m_workspace->accountManager())
            return;
        for (const StoredAccount &account : m_workspace->accountManager()->accounts()) {
            if (account.key == key)
                m_workspace->useAccount(account);
        }
    });
}

void MainWindow::buildCentralArea()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    // Device-code sign-in: the code, a copy button and the page to open.
    m_deviceCodeBanner = makeBanner(central, u"deviceCodeBanner"_s, u"background: #eef4fc; border: 1px solid #9cb9e0;"_s);
    auto *codeLayout = new QHBoxLayout(m_deviceCodeBanner);
    m_deviceCodeText = new QLabel(m_deviceCodeBanner);
    m_deviceCodeText->setWordWrap(true);
    m_deviceCodeValue = new QLabel(m_deviceCodeBanner);
    m_deviceCodeValue->setObjectName(u"deviceCodeValue"_s);
    m_deviceCodeValue->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_deviceCodeValue->setStyleSheet(u"font-family: monospace; font-size: 16pt; font-weight: bold;"_s);
    m_deviceCodeValue->setAccessibleName(tr("Sign-in code"));
    auto *copyButton = new QPushButton(tr("&Copy code"), m_deviceCodeBanner);
    copyButton->setObjectName(u"copyCodeButton"_s);
    connect(copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_deviceCodeValue->text()); });
    m_openVerificationButton = new QPushButton(tr("&Open sign-in page"), m_deviceCodeBanner);
    m_openVerificationButton->setObjectName(u"openSignInPageButton"_s);
    connect(m_openVerificationButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(m_verificationUri); });
    codeLayout->addWidget(m_deviceCodeText, 1);
    codeLayout->addWidget(m_deviceCodeValue);
    codeLayout->addWidget(copyButton);
    codeLayout->addWidget(m_openVerificationButton);
    layout->addWidget(m_deviceCodeBanner);

    // Scopes that failed: one inline message, never a stack of dialogs.
    m_failureBanner = makeBanner(central, u"failureBanner"_s, u"background: #fff4e5; border: 1px solid #e0a040;"_s);
    auto *failureLayout = new QHBoxLayout(m_failureBanner);
    m_failureText = new QLabel(m_failureBanner);
    m_failureText->setObjectName(u"failureText"_s);
    m_failureText->setWordWrap(true);
    m_failureText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retryButton = new QPushButton(tr("&Retry"), m_failureBanner);
    retryButton->setObjectName(u"retryButton"_s);
    connect(retryButton, &QPushButton::clicked, m_workspace, &Workspace::refresh);
    auto *dismissButton = new QPushButton(tr("&Dismiss"), m_failureBanner);
    dismissButton->setObjectName(u"dismissFailuresButton"_s);
    connect(dismissButton, &QPushButton::clicked, this, [this] {
        m_failures.clear();
        m_failureBanner->hide();
    });
    failureLayout->addWidget(m_failureText, 1);
    failureLayout->addWidget(retryButton, 0, Qt::AlignTop);
    failureLayout->addWidget(dismissButton, 0, Qt::AlignTop);
    layout->addWidget(m_failureBanner);

    // The secret store failed: sign-ins are kept only until the app quits.
    m_secretStoreBanner = makeBanner(central, u"secretStoreBanner"_s, u"background: #fff4e5; border: 1px solid #e0a040;"_s);
    auto *secretLayout = new QHBoxLayout(m_secretStoreBanner);
    auto *secretText = new QLabel(m_secretStoreBanner);
    secretText->setObjectName(u"secretStoreText"_s);
    secretText->setWordWrap(true);
    secretLayout->addWidget(secretText, 1);
    layout->addWidget(m_secretStoreBanner);
    connect(m_workspace, &Workspace::secretStoreUnavailable, this, [this, secretText](const Error &error) {
        secretText->setText(error.message);
        m_secretStoreBanner->show();
    });

    m_pages = new QStackedWidget(central);
    m_signInPage = new SignInPage(m_pages);
    m_pages->insertWidget(SignInPageIndex, m_signInPage);
    connect(m_signInPage, &SignInPage::signInRequested, this, &MainWindow::startSignIn);
    connect(m_signInPage, &SignInPage::accountChosen, m_workspace, &Workspace::useAccount);
    m_emptyState = new QLabel(m_pages);
    m_emptyState->setObjectName(u"emptyState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_pages->insertWidget(EmptyPage, m_emptyState);

    m_sortProxy = new QSortFilterProxyModel(this);
    m_sortProxy->setSourceModel(m_workspace->lots());
    m_sortProxy->setSortRole(LotTableModel::SortRole);
    m_lotsView = new QTableView(m_pages);
    m_lotsView->setObjectName(u"lotsView"_s);
    m_lotsView->setAccessibleName(tr("Credit lots"));
    m_lotsView->setModel(m_sortProxy);
    m_lotsView->setSortingEnabled(true);
    m_lotsView->sortByColumn(LotTableModel::ExpirationDateColumn, Qt::AscendingOrder);
    m_lotsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lotsView->setAlternatingRowColors(true);
    m_lotsView->setWordWrap(false);
    m_lotsView->verticalHeader()->hide();
    m_lotsView->verticalHeader()->setDefaultSectionSize(m_lotsView->fontMetrics().height() + 8);
    m_lotsView->horizontalHeader()->setStretchLastSection(true);
    m_lotsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_lotsView->horizontalHeader()->setDefaultSectionSize(130);
    m_pages->insertWidget(LotsPage, m_lotsView);
    layout->addWidget(m_pages, 1);

    setCentralWidget(central);
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
    statusBar()->addWidget(m_statusLabel, 1);
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
        updateActions();
        updatePage();
    });
    connect(m_workspace, &Workspace::deviceCodeReady, this, &MainWindow::showDeviceCode);
    connect(m_workspace, &Workspace::signedIn, this, [this](const AccountInfo &account) {
        m_deviceCodeBanner->hide();
        m_accountLabel->setText(account.displayName.isEmpty() ? account.userPrincipalName
                                                              : u"%1 <%2>"_s.arg(account.displayName,
                                                                                account.userPrincipalName));
        m_signInPage->showError({});
        updateAccounts();
        m_workspace->refresh();
    });
    connect(m_workspace, &Workspace::signInFailed, this, [this](const Error &error) {
        m_deviceCodeBanner->hide();
        m_signInPage->showError(error.message);
    });
    connect(m_workspace, &Workspace::openBrowser, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_workspace, &Workspace::signedOut, this, [this] { m_accountLabel->clear(); });
    if (AccountManager *accounts = m_workspace->accountManager())
        connect(accounts, &AccountManager::accountsChanged, this, &MainWindow::updateAccounts);
    updateAccounts();
    connect(m_workspace, &Workspace::refreshProgress, this, [this](int done, int total) {
        m_progress->setVisible(total > 0);
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
    });
    connect(m_workspace, &Workspace::scopeFailed, this, &MainWindow::addScopeFailure);
    connect(m_workspace, &Workspace::refreshFinished, this, [this] { m_progress->hide(); });
    connect(m_workspace->lots(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updatePage);
    connect(m_workspace->lots(), &QAbstractItemModel::modelReset, this, &MainWindow::updatePage);
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

void MainWindow::updatePage()
{
    if (m_workspace->lots()->rowCount() > 0) {
        m_pages->setCurrentIndex(LotsPage);
        return;
    }
    switch (m_workspace->state()) {
    case Workspace::State::SignedOut:
        m_pages->setCurrentIndex(SignInPageIndex);
        return;
    case Workspace::State::SigningIn:
        m_emptyState->setText(tr("Signing in…"));
        break;
    case Workspace::State::Refreshing:
        m_emptyState->setText(tr("Loading credit lots from your billing accounts…"));
        break;
    case Workspace::State::Idle:
        m_emptyState->setText(tr("No credit lots were found in the billing accounts you can read.\n\n"
                                 "Credits can take up to 24 hours to appear. You need a billing reader "
                                 "role on the billing profile or account. Press Refresh (F5) to look again."));
        break;
    }
    m_pages->setCurrentIndex(EmptyPage);
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
    m_accountSwitcher->addItem(tr("Add account…"), QString());
    const int current = m_accountSwitcher->findData(m_workspace->accountKey());
    m_accountSwitcher->setCurrentIndex(current);
    m_accountSwitcherAction->setVisible(!accounts.isEmpty());
}

void MainWindow::showDeviceCode(const DeviceCode &code)
{
    m_verificationUri = code.verificationUri;
    m_deviceCodeText->setText(tr("To sign in, open <a href=\"%1\">%2</a> and enter this code:")
                                  .arg(code.verificationUri.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                       code.verificationUri.toDisplayString().toHtmlEscaped()));
    m_deviceCodeText->setOpenExternalLinks(true);
    m_deviceCodeValue->setText(code.userCode);
    m_deviceCodeBanner->show();
}

void MainWindow::addScopeFailure(const QString &scope, const Error &error)
{
    QString line = u"<b>%1</b>: %2"_s.arg(scope.toHtmlEscaped(), error.message.toHtmlEscaped());
    if (!error.requestId.isEmpty())
        line += u" <small>"_s + tr("(request id %1)").arg(error.requestId.toHtmlEscaped()) + u"</small>"_s;
    m_failures.append(line);
    m_failureText->setText(tr("Some billing scopes could not be read:") + u"<br>"_s + m_failures.join(u"<br>"_s));
    m_failureBanner->show();
}

} // namespace CreditDesk
