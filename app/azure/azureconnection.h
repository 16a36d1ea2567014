#pragma once

#include "auth/cloud.h"
#include "azure/apiversions.h"

#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace CreditDesk {

class ArmClient;
class AzureApi;
class SignInSession;
class TokenClient;

/// The one way to reach Microsoft for an account: network → token client → sign-in session →
/// ARM client → APIs, built for one cloud (public, sovereign, custom or the sandbox's origin),
/// tenant and app registration. The GUI's workspace, the CLI and the ledger pages all go
/// through it, so a change to how the chain is put together is made once.
///
/// Everything it builds is its child and lives as long as it does; build a new connection to
/// change cloud or tenant.
class AzureConnection : public QObject
{
    Q_OBJECT
public:
    /// Over a network access manager of its own.
    AzureConnection(const Cloud &cloud, const QString &tenant, const QString &clientId,
                    const ApiVersions &versions = {}, QObject *parent = nullptr);
    /// Over \a network (not owned; it must outlive the connection), e.g. a second sign-in
    /// session beside another connection, sharing its connections and cookies.
    AzureConnection(QNetworkAccessManager *network, const Cloud &cloud, const QString &tenant,
                    const QString &clientId, const ApiVersions &versions = {}, QObject *parent = nullptr);
    ~AzureConnection() override;

    const Cloud &cloud() const { return m_cloud; }
    const QString &tenant() const { return m_tenant; }
    const QString &clientId() const { return m_clientId; }

    QNetworkAccessManager *network() const { return m_network; }
    /// Device code, browser sign-in and token refresh talk to Entra ID through this.
    TokenClient *tokenClient() const { return m_tokenClient; }
    SignInSession *session() const { return m_session; }
    /// Azure Resource Manager at the cloud's ARM origin, with tokens from session().
    ArmClient *arm() const { return m_arm; }
    AzureApi *api() const { return m_api; }

    /// A client for Microsoft Graph at the cloud's Graph origin over the same session (Graph
    /// tokens come from the session's refresh token). Owned by \a parent.
    ArmClient *createGraphClient(QObject *parent = nullptr) const;

private:
    Cloud m_cloud;
    QString m_tenant;
    QString m_clientId;
    QNetworkAccessManager *m_network;
    TokenClient *m_tokenClient = nullptr;
    SignInSession *m_session = nullptr;
    ArmClient *m_arm = nullptr;
    AzureApi *m_api = nullptr;
};

} // namespace CreditDesk
