#include "azure/azureconnection.h"

#include "auth/signinsession.h"
#include "auth/tokenclient.h"
#include "azure/armclient.h"
#include "azure/azureapi.h"

#include <QNetworkAccessManager>

namespace CreditDesk {

AzureConnection::AzureConnection(const Cloud &cloud, const QString &tenant, const QString &clientId,
                                 const ApiVersions &versions, QObject *parent)
    : AzureConnection(nullptr, cloud, tenant, clientId, versions, parent)
{
}

AzureConnection::AzureConnection(QNetworkAccessManager *network, const Cloud &cloud, const QString &tenant,
                                 const QString &clientId, const ApiVersions &versions, QObject *parent)
    : QObject(parent)
    , m_cloud(cloud)
    , m_tenant(tenant)
    , m_clientId(clientId)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
    m_tokenClient = new TokenClient(m_network, m_cloud, m_tenant, m_clientId, this);
    m_session = new SignInSession(m_tokenClient, this);
    m_arm = new ArmClient(m_network, m_session, m_cloud.armUrl, this);
    m_api = new AzureApi(m_arm, versions, this);
}

AzureConnection::~AzureConnection()
{
    // Users before what they use: no part outlives the one it calls.
    delete m_api;
    delete m_arm;
    delete m_session;
    delete m_tokenClient;
}

ArmClient *AzureConnection::createGraphClient(QObject *parent) const
{
    return new ArmClient(m_network, m_session, m_cloud.graphUrl, Resource::Graph, parent);
}

} // namespace CreditDesk
