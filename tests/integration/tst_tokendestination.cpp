// Where the bearer token may go: only to the origin of the service it was minted for. A
// hostile or broken service (the sandbox's fault knobs) sends nextLinks and redirects to other
// origins, loops its nextLink, or never ends its list; a listener on another port records
// whether anything with an Authorization header ever reached it.
#include "azure/armclient.h"
#include "sandboxfixture.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::Testing;

namespace {
const QString BillingAccounts = u"/providers/Microsoft.Billing/billingAccounts"_s;

/// A TCP listener on another loopback port that records every byte it is sent and answers a
/// plain 200 with an empty list, as a look-alike would.
class ForeignListener : public QObject
{
public:
    ForeignListener()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    received += socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 12\r\n"
                                  "Connection: close\r\n\r\n{\"value\":[]}");
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QUrl origin() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    bool sawAuthorization() const { return received.toLower().contains("authorization:"); }

    int connections = 0;
    QByteArray received;

private:
    QTcpServer m_server;
};

struct ListRun
{
    int pages = 0;
    std::optional<Status> status;
};

void listAll(ArmClient &client, const QUrl &url, QObject *context, ListRun &run)
{
    client.getAllPages(
        url, {u"list billing accounts"_s, u"the tenant"_s}, context,
        [&run](const QByteArray &body) -> Result<QUrl> {
            ++run.pages;
            return QUrl(QJsonDocument::fromJson(body).object().value(u"nextLink"_s).toString());
        },
        [&run](Status status) { run.status = status; });
}

void listAllOffThread(ArmClient &client, const QUrl &url, QObject *context, ListRun &run)
{
    client.getAllPagesOffThread(
        url, {u"list billing accounts"_s, u"the tenant"_s}, context,
        [&run](const QByteArray &body) -> Result<ArmClient::ParsedPage> {
            const QUrl next(QJsonDocument::fromJson(body).object().value(u"nextLink"_s).toString());
            return ArmClient::ParsedPage{next, [&run] { ++run.pages; }};
        },
        [&run](Status status) { run.status = status; });
}
} // namespace

class TestTokenDestination : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void destinationsOutsideTheServiceAreRefused_data();
    void destinationsOutsideTheServiceAreRefused();
    void foreignNextLinkIsNeverSentTheToken_data();
    void foreignNextLinkIsNeverSentTheToken();
    void redirectToAnotherOriginIsRefused();
    void graphNextLinkToAnotherOriginIsRefused();
    void nextLinkLoopEndsWithAClearError();
    void pageCapEndsAListThatNeverEnds();
};

void TestTokenDestination::destinationsOutsideTheServiceAreRefused_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QUrl>("destination");
    QTest::addColumn<QString>("code"); // empty: allowed

    const QUrl arm(u"https://management.azure.com"_s);
    QTest::newRow("same origin") << arm << QUrl(u"https://management.azure.com/x?a=1"_s) << QString();
    QTest::newRow("host case and default port") << arm << QUrl(u"https://MANAGEMENT.azure.com:443/x"_s) << QString();
    QTest::newRow("another host") << arm << QUrl(u"https://management.azure.com.evil.example/x"_s)
                                  << u"ForeignOrigin"_s;
    QTest::newRow("another port") << arm << QUrl(u"https://management.azure.com:8443/x"_s) << u"ForeignOrigin"_s;
    QTest::newRow("https to http") << arm << QUrl(u"http://management.azure.com/x"_s) << u"ForeignOrigin"_s;
    QTest::newRow("relative") << arm << QUrl(u"/x"_s) << u"InvalidUrl"_s;
    const QUrl plain(u"http://arm.example.com"_s);
    QTest::newRow("plain http off loopback") << plain << QUrl(u"http://arm.example.com/x"_s) << u"InsecureUrl"_s;
    const QUrl loopback(u"http://127.0.0.1:4000"_s);
    QTest::newRow("plain http on loopback") << loopback << QUrl(u"http://127.0.0.1:4000/x"_s) << QString();
}

void TestTokenDestination::destinationsOutsideTheServiceAreRefused()
{
    QFETCH(QUrl, base);
    QFETCH(QUrl, destination);
    QFETCH(QString, code);
    ArmClient client(nullptr, nullptr, base);
    const Status allowed = client.checkDestination(destination, {u"list lots"_s, u"profile P"_s});
    QCOMPARE(allowed.ok(), code.isEmpty());
    if (!code.isEmpty()) {
        QCOMPARE(allowed.error().code, code);
        QVERIFY2(allowed.error().message.contains(u"profile P"_s), qPrintable(allowed.error().message));
        if (code == u"ForeignOrigin"_s) {
            QVERIFY2(allowed.error().message.contains(destination.host()), qPrintable(allowed.error().message));
            QVERIFY2(allowed.error().message.contains(u"Azure Resource Manager"_s), qPrintable(allowed.error().message));
        }
    }
}

void TestTokenDestination::foreignNextLinkIsNeverSentTheToken_data()
{
    QTest::addColumn<bool>("offThread");
    QTest::newRow("getAllPages") << false;
    QTest::newRow("getAllPagesOffThread") << true;
}

void TestTokenDestination::foreignNextLinkIsNeverSentTheToken()
{
    QFETCH(bool, offThread);
    ForeignListener foreign;
    SandboxFixture sandbox;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    options.scale.pageSize = 1; // every list of billing accounts has a nextLink
    options.faults.nextLinkOrigin = foreign.origin();
    QVERIFY(sandbox.start(options));
    QVERIFY(sandbox.signIn());

    ArmClient arm(&sandbox.network, sandbox.session.get(), sandbox.cloud().armUrl);
    QObject context;
    ListRun run;
    const QUrl url = arm.url(BillingAccounts, u"2024-04-01"_s);
    offThread ? listAllOffThread(arm, url, &context, run) : listAll(arm, url, &context, run);
    QTRY_VERIFY_WITH_TIMEOUT(run.status.has_value(), 15'000);
    QVERIFY(!run.status->ok());
    QCOMPARE(run.status->error().code, u"ForeignOrigin"_s);
    const QString message = run.status->error().message;
    QVERIFY2(message.contains(u"127.0.0.1:%1"_s.arg(foreign.origin().port())), qPrintable(message));
    QVERIFY2(message.contains(u"the tenant"_s), qPrintable(message));
    QCOMPARE(run.pages, 1);
    QCOMPARE(foreign.connections, 0);
    QVERIFY(!foreign.sawAuthorization());
}

void TestTokenDestination::redirectToAnotherOriginIsRefused()
{
    ForeignListener foreign;
    SandboxFixture sandbox;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    options.faults.redirectOrigin = foreign.origin();
    QVERIFY(sandbox.start(options));
    QVERIFY(sandbox.signIn());

    ArmClient arm(&sandbox.network, sandbox.session.get(), sandbox.cloud().armUrl);
    QObject context;
    std::optional<Result<ArmClient::Reply>> reply;
    arm.get(arm.url(BillingAccounts, u"2024-04-01"_s), {u"list billing accounts"_s, u"the tenant"_s}, &context,
            [&](Result<ArmClient::Reply> r) { reply = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 15'000);
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().code, u"ForeignOrigin"_s);
    // Qt would have followed the 302 itself, Authorization header and all, had the client let it:
    // the listener is still there, and nothing reached it.
    QCOMPARE(foreign.connections, 0);
    QVERIFY(!foreign.sawAuthorization());
}

void TestTokenDestination::graphNextLinkToAnotherOriginIsRefused()
{
    ForeignListener foreign;
    SandboxFixture sandbox;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    options.scale.pageSize = 2;
    options.faults.nextLinkOrigin = foreign.origin();
    QVERIFY(sandbox.start(options));
    QVERIFY(sandbox.signIn());

    ArmClient graph(&sandbox.network, sandbox.session.get(), sandbox.cloud().graphUrl, Resource::Graph);
    QObject context;
    std::optional<Status> status;
    int pages = 0;
    graph.getAllPages(
        graph.encodedUrl(u"/v1.0/users"_s, "$top=2"), {u"list users"_s, {}}, &context,
        [&](const QByteArray &body) -> Result<QUrl> {
            ++pages;
            return QUrl(QJsonDocument::fromJson(body).object().value(u"@odata.nextLink"_s).toString());
        },
        [&](Status s) { status = s; });
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 15'000);
    QVERIFY(!status->ok());
    QCOMPARE(status->error().code, u"ForeignOrigin"_s);
    QVERIFY2(status->error().message.contains(u"Microsoft Graph"_s), qPrintable(status->error().message));
    QCOMPARE(pages, 1);
    QCOMPARE(foreign.connections, 0);
}

void TestTokenDestination::nextLinkLoopEndsWithAClearError()
{
    SandboxFixture sandbox;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    options.scale.pageSize = 1;
    options.faults.nextLinkLoop = true;
    QVERIFY(sandbox.start(options));
    QVERIFY(sandbox.signIn());

    ArmClient arm(&sandbox.network, sandbox.session.get(), sandbox.cloud().armUrl);
    QObject context;
    ListRun run;
    listAll(arm, arm.url(BillingAccounts, u"2024-04-01"_s), &context, run);
    QTRY_VERIFY_WITH_TIMEOUT(run.status.has_value(), 15'000);
    QVERIFY(!run.status->ok());
    QCOMPARE(run.status->error().code, u"PagingLoop"_s);
    // The first page's link starts the loop ($skiptoken of position 0); its repeat is caught.
    QCOMPARE(run.pages, 2);
}

void TestTokenDestination::pageCapEndsAListThatNeverEnds()
{
    SandboxFixture sandbox;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    options.scale.pageSize = 1; // four billing accounts: four pages
    QVERIFY(sandbox.start(options));
    QVERIFY(sandbox.signIn());

    ArmClient arm(&sandbox.network, sandbox.session.get(), sandbox.cloud().armUrl);
    RetryPolicy policy;
    policy.maxPages = 2;
    arm.setRetryPolicy(policy);
    QObject context;
    ListRun run;
    listAllOffThread(arm, arm.url(BillingAccounts, u"2024-04-01"_s), &context, run);
    QTRY_VERIFY_WITH_TIMEOUT(run.status.has_value(), 15'000);
    QVERIFY(!run.status->ok());
    QCOMPARE(run.status->error().code, u"TooManyPages"_s);
    QVERIFY2(run.status->error().message.contains(u"network/maxPages"_s), qPrintable(run.status->error().message));
    QCOMPARE(run.pages, 2);
}

QTEST_GUILESS_MAIN(TestTokenDestination)
#include "tst_tokendestination.moc"
