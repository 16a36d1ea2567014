#include "services/workspace.h"

#include "models/lottablemodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace CreditDesk {

Workspace::Workspace(Cloud cloud, QString tenant, QString clientId, QObject *parent)
    : QObject(parent)
    , m_cloud(std::move(cloud))
    , m_network(new QNetworkAccessManager(this))
    , m_tokenClient(new TokenClient(m_network, m_cloud, std::move(tenant), std::move(clientId), this))
    , m_session(new SignInSession(m_tokenClient, this))
    , m_arm(new ArmClient(m_network, m_session, m_cloud.armUrl, this))
    , m_deviceCode(new DeviceCodeFlow(m_tokenClient, this))
    , m_discovery(new LotDiscovery(m_arm, ApiVersions{}, this))
    , m_lots(new LotTableModel(this))
{

    connect(m_deviceCode, &DeviceCodeFlow::codeReady, this, [this](const DeviceCode &code) {
        setStatusText(tr("To sign in, open %1 and enter the code %2.")
                          .arg(code.verificationUri.toDisplayString(), code.userCode));
        Q_EMIT deviceCodeReady(code);
    });
    connect(m_deviceCode, &DeviceCodeFlow::succeeded, this, [this](const TokenResponse &response) {
        m_session->adopt(response, Resource::Arm);
        const AccountInfo &account = m_session->account();
        setStatusText(tr("Signed in as %1.").arg(account.userPrincipalName));
        setState(State::Idle);
        Q_EMIT signedIn(account);
    });
    connect(m_deviceCode, &DeviceCodeFlow::failed, this, [this](const Error &error) {
        setStatusText(error.message);
        setState(State::SignedOut);
        Q_EMIT signInFailed(error);
    });
    connect(m_session, &SignInSession::signInRequired, this, [this](const Error &error) {
        m_discovery->cancel();
        setStatusText(error.message);
        setState(State::SignedOut);
        Q_EMIT signInFailed(error);
    });

    connect(m_discovery, &LotDiscovery::lotsArrived, m_lots, &LotTableModel::upsert);
    connect(m_discovery, &LotDiscovery::scopeNamed, m_lots, &LotTableModel::setScopeName);
    connect(m_discovery, &LotDiscovery::progress, this, [this](int done, int total) {
        if (total == 0)
            setStatusText(tr("Finding billing accounts…"));
        else
            setStatusText(tr("Loading credit lots: %1 of %2 billing scopes…").arg(done).arg(total));
        Q_EMIT refreshProgress(done, total);
    });
    connect(m_discovery, &LotDiscovery::scopeFailed, this, [this](const QString &scope, const Error &error) {
        ++m_failedScopes;
        Q_EMIT scopeFailed(scope, error);
    });
    connect(m_discovery, &LotDiscovery::finished, this, [this](bool complete) {
        if (m_state != State::Refreshing)
            return;
        // Counts as "label: number" so English needs no plural forms.
        const QString lots = QLocale().toString(m_lots->rowCount());
        if (complete)
            setStatusText(tr("Credit lots loaded: %1.").arg(lots));
        else if (m_failedScopes > 0)
            setStatusText(tr("Credit lots loaded: %1. Billing scopes that could not be read: %2.")
                              .arg(lots, QLocale().toString(m_failedScopes)));
        else
            setStatusText(tr("Refresh cancelled. Credit lots shown: %1.").arg(lots));
        setState(State::Idle);
        Q_EMIT refreshFinished(complete);
    });
}

Workspace::~Workspace()
{
    m_discovery->cancel();
    m_deviceCode->cancel();
}

void Workspace::signInWithDeviceCode()
{
    setState(State::SigningIn);
    setStatusText(tr("Signing in to %1…").arg(m_cloud.displayName()));
    m_deviceCode->start();
}

void Workspace::cancelSignIn()
{
    m_deviceCode->cancel();
    setStatusText(tr("Sign-in cancelled."));
    setState(State::SignedOut);
}

void Workspace::refresh()
{
    if (!m_session->isSignedIn()) {
        setStatusText(tr("Sign in to load your credits."));
        return;
    }
    m_failedScopes = 0;
    setState(State::Refreshing);
    m_discovery->start();
}

void Workspace::cancelRefresh()
{
    m_discovery->cancel();
}

void Workspace::setState(State state)
{
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
