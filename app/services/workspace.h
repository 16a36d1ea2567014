#pragma once

#include "auth/cloud.h"
#include "auth/devicecodeflow.h"
#include "auth/signinsession.h"
#include "azure/apiversions.h"
#include "azure/armclient.h"
#include "services/lotdiscovery.h"

#include <QObject>

class QNetworkAccessManager;

namespace CreditDesk {

class LotTableModel;

/// Everything one signed-in account works with: the network, the sign-in session, the ARM
/// client, and the models the views show. The GUI and the CLI drive it; it decides nothing
/// about presentation.
class Workspace : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, Idle, Refreshing };
    Q_ENUM(State)

    Workspace(Cloud cloud, QString tenant, QString clientId, QObject *parent = nullptr);
    ~Workspace() override;

    const Cloud &cloud() const { return m_cloud; }
    State state() const { return m_state; }
    SignInSession *session() const { return m_session; }
    ArmClient *arm() const { return m_arm; }
    LotTableModel *lots() const { return m_lots; }
    QNetworkAccessManager *network() const { return m_network; }

    /// A one-line, translated description of what is happening, for a status bar.
    QString statusText() const { return m_statusText; }

    void signInWithDeviceCode();
    void cancelSignIn();
    /// Fetches the lots of every billing scope; partial results arrive as they come.
    void refresh();
    void cancelRefresh();

Q_SIGNALS:
    void stateChanged(CreditDesk::Workspace::State state);
    void statusTextChanged(const QString &text);
    void deviceCodeReady(const CreditDesk::DeviceCode &code);
    void signedIn(const CreditDesk::AccountInfo &account);
    void signInFailed(const CreditDesk::Error &error);
    void refreshProgress(int scopesDone, int scopesTotal);
    void scopeFailed(const QString &scope, const CreditDesk::Error &error);
    void refreshFinished(bool complete);

private:
    void setState(State state);
    void setStatusText(const QString &text);

    Cloud m_cloud;
    QNetworkAccessManager *m_network;
    TokenClient *m_tokenClient;
    SignInSession *m_session;
    ArmClient *m_arm;
    DeviceCodeFlow *m_deviceCode;
    LotDiscovery *m_discovery;
    LotTableModel *m_lots;
    State m_state = State::SignedOut;
    QString m_statusText;
    int m_failedScopes = 0;
};

} // namespace CreditDesk
