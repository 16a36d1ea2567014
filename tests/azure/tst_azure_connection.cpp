// AzureConnection: the one chain network → token client → sign-in session → ARM client → APIs
// that the GUI, the CLI and the ledger pages share. Checked against the in-process sandbox
// over real HTTP; list sizes come from plain QNetworkAccessManager paging (the oracle).
#include "azure/azureconnection.h"

#include "auth/devicecodeflow.h"
#include "auth/signinsession.h"
#include "auth/tokenclient.h"
#include "azuretestutil.h"
#include "graph/graphapi.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::Testing;

namespace {

/// Device-code sign-in through the connection's own token client, adopted by its session.
std::optional<TokenResponse> signIn(AzureConnection &connection)
{
    DeviceCodeFlow flow(connection.tokenClient());
    QSignalSpy succeeded(&flow, &DeviceCodeFlow::succeeded);
    QSignalSpy failed(&flow, &DeviceCodeFlow::failed);
    flow.start();
    if (!QTest::qWaitFor([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }, SignInTimeoutMs)
        || succeeded.isEmpty())
        return std::nullopt;
    const auto response = succeeded.constFirst().constFirst().value<TokenResponse>();
    connection.session()->adopt(response);
    return response;
}

} // namespace

class TestAzureConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.sandbox.start(smallWorld()));
    }

    void buildsTheChainForTheCloud()
    {
        const Cloud cloud = m_fixture.sandbox.cloud();
        AzureConnection connection(cloud, u"organizations"_s, u"creditdesk-tests"_s);
        QCOMPARE(connection.cloud().armUrl, cloud.armUrl);
        QCOMPARE(connection.tenant(), u"organizations"_s);
        QCOMPARE(connection.clientId(), u"creditdesk-tests"_s);
        QVERIFY(connection.network());
        QCOMPARE(connection.network()->parent(), &connection);
        QCOMPARE(connection.arm()->baseUrl(), cloud.armUrl);
        QCOMPARE(connection.arm()->resource(), Resource::Arm);
        QCOMPARE(connection.api()->client(), connection.arm());
        QCOMPARE(connection.tokenClient()->endpoint(u"token"_s).host(), cloud.loginUrl.host());
        QVERIFY(!connection.session()->isSignedIn());

        std::unique_ptr<ArmClient> graph(connection.createGraphClient());
        QCOMPARE(graph->baseUrl(), cloud.graphUrl);
        QCOMPARE(graph->resource(), Resource::Graph);
    }

    void signsInAndReadsThroughItsApis()
    {
        AzureConnection connection(m_fixture.sandbox.cloud(), u"organizations"_s, u"creditdesk-tests"_s);
        const auto signedIn = signIn(connection);
        QVERIFY(signedIn);
        QVERIFY(connection.session()->isSignedIn());

        const int expected = m_fixture.sandbox.countAllItems(
            m_fixture.url(u"/providers/Microsoft.Billing/billingAccounts"_s,
                          u"api-version="_s + ApiVersions{}.billing),
            signedIn->accessToken.token);
        QVERIFY(expected > 0);
        Outcome<Result<QList<BillingAccount>>> accounts;
        connection.api()->listBillingAccounts(this, accounts.callback());
        QVERIFY(accounts.wait());
        QVERIFY2(accounts.value->ok(), failure(*accounts.value).constData());
        QCOMPARE(int(accounts.value->value().size()), expected);

        // Graph over the same session: its token comes from the ARM sign-in's refresh token.
        GraphApi graph(connection.createGraphClient());
        graph.client()->setParent(&graph);
        Outcome<Result<QList<VerifiedDomain>>> domains;
        graph.listVerifiedDomains(this, domains.callback());
        QVERIFY(domains.wait());
        QVERIFY2(domains.value->ok(), failure(*domains.value).constData());
        QVERIFY(!domains.value->value().isEmpty());
    }

    void aSecondConnectionSharesTheNetworkButNotTheSignIn()
    {
        AzureConnection first(m_fixture.sandbox.cloud(), u"organizations"_s, u"creditdesk-tests"_s);
        QVERIFY(signIn(first));
        QPointer<QNetworkAccessManager> network = first.network();
        {
            AzureConnection second(first.network(), first.cloud(), first.tenant(), first.clientId());
            QCOMPARE(second.network(), first.network());
            QVERIFY(second.session() != first.session());
            QVERIFY(!second.session()->isSignedIn());
            QVERIFY(signIn(second));
            QVERIFY(second.session()->isSignedIn());
        }
        QVERIFY(network); // not the second connection's to delete
        QVERIFY(first.session()->isSignedIn());
    }

private:
    AzureFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestAzureConnection)
#include "tst_azure_connection.moc"
