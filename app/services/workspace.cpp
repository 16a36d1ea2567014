#include "services/workspace.h"

#include "auth/accountmanager.h"
#include "auth/browsersignin.h"
#include "auth/devicecodeflow.h"
#include "auth/signinsession.h"
#include "azure/azureconnection.h"
#include "azure/azuresettings.h"

#include <QNetworkAccessManager>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace CreditDesk {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_loader(new CreditLoader(this))
    , m_offline(new OfflineCopy(m_loader, this))
{
    connect(m_loader, &CreditLoader::statusText, this, &Workspace::setStatusText);
    connect(m_loader, &CreditLoader::progress, this, &Workspace::refreshProgress);
    connect(m_loader, &CreditLoader::scopeFailed, this, &Workspace::scopeFailed);
    connect(m_loader, &CreditLoader::scopeNote, this, &Workspace::scopeNote);
    connect(m_loader, &CreditLoader::completed, this, [this] { m_offline->save(cacheKey()); });
    connect(m_loader, &CreditLoader::finished, this, [this](bool complete) {
        setState(State::Idle);
        Q_EMIT refreshFinished(complete);
    });
    connect(m_offline, &OfflineCopy::statusText, this, &Workspace::setStatusText);
    connect(m_offline, &OfflineCopy::notice, this, &Workspace::cacheNotice);
    connect(m_offline, &OfflineCopy::shownAsOfChanged, this, &Workspace::shownAsOfChanged);
}

Workspace::Workspace(const Cloud &cloud, const QString &tenant, const QString &clientId, QObject *parent)
    : Workspace(parent)
{
    configure(cloud, tenant, clientId);
}

Workspace::~Workspace()
{
    m_loader->cancel();
    // m_offline, a child, lets its last write finish: the last refresh is on disk before the app quits.
}

SignInSession *Workspace::session() const
{
    return m_connection ? m_connection->session() : nullptr;
}

void Workspace::setOfflineCache(OfflineCache *cache)
{
    m_offline->setCache(cache);
}

QString Workspace::cacheKey() const
{
    if (!m_accountKey.isEmpty())
        return m_accountKey;
    const AccountInfo &account = session()->account();
    if (account.objectId.isEmpty())
        return {};
    return m_cloud.id() + u'/' + account.tenantId + u'/' + account.objectId;
}

void Workspace::setAccountManager(AccountManager *accounts)
{
    m_accounts = accounts;
    connect(accounts, &AccountManager::secretStoreUnavailable, this, &Workspace::secretStoreUnavailable);
}

AccountManager *Workspace::accountManager() const
{
    return m_accounts.data();
}

void Workspace::configure(const Cloud &cloud, const QString &tenant, const QString &clientId)
{
    m_cloud = cloud;
    m_tenant = tenant;
    m_clientId = clientId;
    m_accountKey.clear();
    rebuildSignInChain();
    m_loader->clear();
    m_offline->forgetShown();
    setState(State::SignedOut);
}

void Workspace::rebuildSignInChain()
{
    // The old chain goes as a whole; pending callbacks die with their contexts.
    m_loader->setApi(nullptr);
    delete m_deviceCode;
    delete m_browser;
    delete m_connection;

    m_connection = new AzureConnection(m_network, m_cloud, m_tenant, m_clientId,
                                       AzureSettings::load(QSettings()).versions, this);
    m_deviceCode = new DeviceCodeFlow(m_connection->tokenClient(), this);
    m_browser = new BrowserSignIn(m_connection->tokenClient(), this);
    m_loader->setApi(m_connection->api());

    connect(m_deviceCode, &DeviceCodeFlow::codeReady, this, [this](const DeviceCode &code) {
        setStatusText(tr("To sign in, open %1 and enter the code %2.")
                          .arg(code.verificationUri.toDisplayString(), code.userCode));
        Q_EMIT deviceCodeReady(code);
    });
    connect(m_deviceCode, &DeviceCodeFlow::succeeded, this, &Workspace::completeSignIn);
    connect(m_deviceCode, &DeviceCodeFlow::failed, this, &Workspace::failSignIn);
    connect(m_browser, &BrowserSignIn::authorizeWithBrowser, this, [this](const QUrl &url) {
        setStatusText(tr("Continue signing in in your browser…"));
        Q_EMIT openBrowser(url);
    });
    connect(m_browser, &BrowserSignIn::succeeded, this, &Workspace::completeSignIn);
    connect(m_browser, &BrowserSignIn::failed, this, &Workspace::failSignIn);
    connect(m_connection->session(), &SignInSession::signInRequired, this, [this](const Error &error) {
        m_loader->cancel();
        failSignIn(error);
    });
}

void Workspace::signInWithDeviceCode()
{
    setState(State::SigningIn);
    setStatusText(tr("Signing in to %1…").arg(m_cloud.displayName()));
    m_deviceCode->start();
}

void Workspace::signInWithBrowser()
{
    setState(State::SigningIn);
    setStatusText(tr("Signing in to %1…").arg(m_cloud.displayName()));
    m_browser->start();
}

void Workspace::useAccount(const StoredAccount &account)
{
    if (!m_accounts)
        return;
    auto cloud = account.cloud(m_cloud.kind == CloudKind::Sandbox ? m_cloud.armUrl : QUrl());
    if (!cloud) {
        failSignIn(cloud.error());
        return;
    }
    configure(cloud.value(), account.tenantId, m_clientId);
    m_offline->show(account.key);
    setState(State::SigningIn);
    setStatusText(tr("Signing in as %1…").arg(account.userPrincipalName));
    m_accounts->restore(account, session(), this, [this, account](Status status) {
        if (!status) {
            failSignIn(status.error());
            return;
        }
        m_accountKey = account.key;
        setStatusText(tr("Signed in as %1.").arg(account.userPrincipalName));
        setState(State::Idle);
        Q_EMIT signedIn(session()->account());
    });
}

void Workspace::completeSignIn(const TokenResponse &response)
{
    session()->adopt(response, Resource::Arm);
    if (m_accounts)
        m_accountKey = m_accounts->remember(m_cloud, session(), m_tenant).key;
    m_offline->show(cacheKey());
    const AccountInfo &account = session()->account();
    setStatusText(tr("Signed in as %1.").arg(account.userPrincipalName));
    setState(State::Idle);
    Q_EMIT signedIn(account);
}

void Workspace::failSignIn(const Error &error)
{
    setStatusText(error.message);
    setState(State::SignedOut);
    Q_EMIT signInFailed(error);
}

void Workspace::cancelSignIn()
{
    m_deviceCode->cancel();
    m_browser->cancel();
    setStatusText(tr("Sign-in cancelled."));
    setState(State::SignedOut);
}

void Workspace::signOut()
{
    m_loader->cancel();
    const QString key = std::exchange(m_accountKey, {});
    if (m_accounts && !key.isEmpty()) {
        m_accounts->signOut(key, this, [this](Status status) {
            if (!status)
                setStatusText(status.error().message);
        });
    }
    m_offline->remove(key);
    session()->signOut();
    m_loader->clear();
    setStatusText(tr("Signed out."));
    setState(State::SignedOut);
    Q_EMIT signedOut();
}

void Workspace::refresh()
{
    if (!session()->isSignedIn()) {
        setStatusText(tr("Sign in to load your credits."));
        return;
    }
    setState(State::Refreshing);
    m_loader->refresh();
}

void Workspace::cancelRefresh()
{
    m_loader->cancel();
}

void Workspace::setState(State state)
{
    if (state != State::Refreshing)
        m_loader->abandonRefresh();
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Workspace::setStatusText(const QString &text)
{
    if (m_statusText == text)
        return;
    m_statusText = text;
    Q_EMIT statusTextChanged(text);
}

} // namespace CreditDesk
