// What the sandbox never sends, from a scripted loopback server: 429 with the -tenant- header
// or Retry-After, extra request headers on every page, the Graph token for a Graph client,
// POST retried only when the service says it did not act, the retry budget and the timeout.
#include "auth/tokenclient.h"
#include "azure/armclient.h"
#include "azuretestutil.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::Testing;

namespace {

struct Scripted
{
    int status = 200; ///< 0: close the connection without an answer; -1: never answer
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct Received
{
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
};

/// Answers each request with the next scripted reply (the last one repeats), one request per
/// connection, and records what it was sent.
class ScriptedServer : public QObject
{
public:
    QList<Scripted> script;
    QList<Received> received;

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path = {}) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }

    ScriptedServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    Received r;
                    const QList<QByteArray> lines = buffer->left(end).split('\n');
                    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
                    r.method = requestLine.value(0);
                    r.target = requestLine.value(1);
                    for (qsizetype i = 1; i < lines.size(); ++i) {
                        const qsizetype colon = lines[i].indexOf(':');
                        if (colon > 0)
                            r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                             lines[i].mid(colon + 1).trimmed());
                    }
                    const qsizetype length = r.headers.value("content-length").toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    r.body = buffer->mid(end + 4, length);
                    buffer->clear();
                    answer(socket, r);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    void answer(QTcpSocket *socket, const Received &r)
    {
        const Scripted reply = script.value(qMin(received.size(), script.size() - 1));
        received.append(r);
        if (reply.status < 0)
            return; // hang: the client's timeout must end it
        if (reply.status == 0) {
            socket->abort();
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
        for (const auto &[name, value] : reply.headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(reply.body.size()) + "\r\n\r\n" + reply.body;
        socket->write(out);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
};

const QByteArray EmptyList = QByteArrayLiteral("{\"value\":[]}");
const ArmOperation Listing { u"list credit lots"_s, u"billing profile Contoso US (AB12-CD34)"_s };

} // namespace

class TestAzureRetries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void tenantRetryAfterOn429IsHonoured();
    void retryAfterOn429IsHonoured();
    void extraHeadersGoWithEveryPage();
    void graphClientSendsTheGraphToken();
    void serverErrorsBeyondTheBudgetNameOperationAndScope();
    void noAnswerBeyondTheTimeoutIsAClearError();
    void postIsNotRetriedOnServerErrorOrDrop();
    void postIsRetriedWhenTheServiceAsks();

private:
    Result<ArmClient::Reply> getOnce(ArmClient &client, const ArmClient::Headers &headers = {});

    std::unique_ptr<ScriptedServer> server;
    QNetworkAccessManager network;
    std::unique_ptr<TokenClient> tokens;
    std::unique_ptr<SignInSession> session;
};

void TestAzureRetries::init()
{
    server = std::make_unique<ScriptedServer>();
    QVERIFY(server->listen());
    tokens = std::make_unique<TokenClient>(&network, Cloud::sandbox(server->url()), u"organizations"_s, u"tests"_s);
    session = std::make_unique<SignInSession>(tokens.get());
    // Tokens that are valid for an hour: no sign-in traffic reaches the scripted server.
    for (const auto &[resource, text] :
         { std::pair { Resource::Arm, u"arm-token"_s }, { Resource::Graph, u"graph-token"_s } }) {
        TokenResponse response;
        response.accessToken = { text, QDateTime::currentDateTimeUtc().addSecs(3600) };
        session->adopt(response, resource);
    }
}

void TestAzureRetries::cleanup()
{
    session.reset();
    tokens.reset();
    server.reset();
}

Result<ArmClient::Reply> TestAzureRetries::getOnce(ArmClient &client, const ArmClient::Headers &headers)
{
    QObject context;
    Outcome<Result<ArmClient::Reply>> outcome;
    client.get(client.url(u"/lots"_s, u"2024-08-01"_s), Listing, headers, &context, outcome.callback());
    if (!outcome.wait(20'000))
        return Error { u"no answer in time"_s, u"test-timeout"_s };
    return std::move(*outcome.value);
}

void TestAzureRetries::tenantRetryAfterOn429IsHonoured()
{
    server->script = { { 429, { { "x-ms-ratelimit-microsoft.consumption-tenant-retry-after", "1" } }, {} },
                       { 200, {}, EmptyList } };
    ArmClient arm(&network, session.get(), server->url());
    arm.setRetryPolicy(quickRetries());
    QElapsedTimer timer;
    timer.start();
    auto reply = getOnce(arm);
    QVERIFY2(reply.ok(), failure(reply));
    QCOMPARE(reply->httpStatus, 200);
    QCOMPARE(server->received.size(), 2);
    // The service's one second, not the 10 ms backoff.
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
}

void TestAzureRetries::retryAfterOn429IsHonoured()
{
    server->script = { { 429, { { "Retry-After", "1" } }, {} }, { 200, {}, EmptyList } };
    ArmClient arm(&network, session.get(), server->url());
    arm.setRetryPolicy(quickRetries());
    QElapsedTimer timer;
    timer.start();
    auto reply = getOnce(arm);
    QVERIFY2(reply.ok(), failure(reply));
    QCOMPARE(server->received.size(), 2);
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
}

void TestAzureRetries::extraHeadersGoWithEveryPage()
{
    const QByteArray next = server->url(u"/v1.0/users?$skiptoken=abc"_s).toEncoded();
    server->script = { { 200, {}, "{\"value\":[{\"id\":\"1\"}],\"@odata.nextLink\":\"" + next + "\"}" },
                       { 200, {}, "{\"value\":[{\"id\":\"2\"}]}" } };
    ArmClient graph(&network, session.get(), server->url(), Resource::Graph);
    QObject context;
    std::optional<Status> status;
    int pages = 0;
    graph.getAllPages(
        graph.url(u"/v1.0/users"_s, {}), { u"search users"_s, {} }, { { "ConsistencyLevel", "eventual" } }, &context,
        [&](const QByteArray &body) -> Result<QUrl> {
            ++pages;
            return QUrl::fromEncoded(QJsonDocument::fromJson(body)[u"@odata.nextLink"_s].toString().toUtf8());
        },
        [&](Status s) { status = s; });
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 10'000);
    QVERIFY2(status->ok(), failure(*status));
    QCOMPARE(pages, 2);
    QCOMPARE(server->received.size(), 2);
    QCOMPARE(server->received[1].target, QByteArray("/v1.0/users?$skiptoken=abc")); // verbatim
    for (const Received &r : std::as_const(server->received))
        QCOMPARE(r.headers.value("consistencylevel"), QByteArray("eventual"));
    QCOMPARE(server->received[0].target, QByteArray("/v1.0/users")); // no api-version on Graph
}

void TestAzureRetries::graphClientSendsTheGraphToken()
{
    server->script = { { 200, {}, EmptyList } };
    ArmClient graph(&network, session.get(), server->url(), Resource::Graph);
    QCOMPARE(graph.resource(), Resource::Graph);
    QVERIFY(getOnce(graph).ok());
    ArmClient arm(&network, session.get(), server->url());
    QVERIFY(getOnce(arm).ok());
    QCOMPARE(server->received.size(), 2);
    QCOMPARE(server->received[0].headers.value("authorization"), QByteArray("Bearer graph-token"));
    QCOMPARE(server->received[1].headers.value("authorization"), QByteArray("Bearer arm-token"));
}

void TestAzureRetries::serverErrorsBeyondTheBudgetNameOperationAndScope()
{
    server->script = { { 500, {}, "{\"error\":{\"code\":\"InternalServerError\",\"message\":\"Boom.\"}}" } };
    ArmClient arm(&network, session.get(), server->url());
    arm.setRetryPolicy(quickRetries(3));
    auto reply = getOnce(arm);
    QVERIFY(!reply.ok());
    QCOMPARE(server->received.size(), 3); // the whole budget, no more
    QCOMPARE(reply.error().httpStatus, 500);
    const QString message = reply.error().message;
    QVERIFY2(message.contains(Listing.description) && message.contains(Listing.scope), qPrintable(message));
}

void TestAzureRetries::noAnswerBeyondTheTimeoutIsAClearError()
{
    server->script = { { -1, {}, {} } };
    ArmClient arm(&network, session.get(), server->url());
    RetryPolicy policy = quickRetries(2);
    policy.requestTimeoutMs = 300;
    arm.setRetryPolicy(policy);
    QElapsedTimer timer;
    timer.start();
    auto reply = getOnce(arm);
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error().code, u"Timeout"_s);
    QCOMPARE(server->received.size(), 2);
    QVERIFY2(timer.elapsed() < 5'000, qPrintable(QString::number(timer.elapsed())));
    const QString message = reply.error().message;
    QVERIFY2(message.contains(Listing.description) && message.contains(Listing.scope)
                 && message.contains(u"did not answer in time"_s),
             qPrintable(message));
}

void TestAzureRetries::postIsNotRetriedOnServerErrorOrDrop()
{
    ArmClient graph(&network, session.get(), server->url(), Resource::Graph);
    graph.setRetryPolicy(quickRetries());
    const QJsonObject body { { u"displayName"_s, u"A"_s } };
    for (const int status : { 500, 0, 503 }) { // 503 without Retry-After: the service did not say it did nothing
        server->received.clear();
        server->script = { { status, {}, "{\"error\":{\"code\":\"x\",\"message\":\"failed\"}}" } };
        QObject context;
        Outcome<Result<ArmClient::Reply>> outcome;
        graph.post(graph.url(u"/v1.0/users"_s, {}), body, { u"create the user a@b"_s, {} }, &context,
                   outcome.callback());
        QVERIFY(outcome.wait());
        QVERIFY2(!outcome.value->ok(), qPrintable(QString::number(status)));
        QTest::qWait(100); // a retry would arrive within the 10 ms backoff
        // Qt's HTTP transport itself resends once when a connection closes before any byte of
        // an answer (no opt-out); ArmClient adds nothing (its budget here is 8 attempts).
        QCOMPARE(server->received.size(), status == 0 ? 2 : 1);
        QVERIFY2(outcome.value->error().message.contains(u"create the user a@b"_s), failure(*outcome.value));
    }
}

void TestAzureRetries::postIsRetriedWhenTheServiceAsks()
{
    server->script = { { 429, { { "Retry-After", "0" } }, {} },
                       { 503, { { "Retry-After", "0" } }, {} },
                       { 201, {}, "{\"id\":\"1\"}" } };
    ArmClient graph(&network, session.get(), server->url(), Resource::Graph);
    graph.setRetryPolicy(quickRetries());
    const QJsonObject body { { u"displayName"_s, u"A"_s } };
    QObject context;
    Outcome<Result<ArmClient::Reply>> outcome;
    graph.post(graph.url(u"/v1.0/users"_s, {}), body, { u"create a user"_s, {} }, &context, outcome.callback());
    QVERIFY(outcome.wait());
    QVERIFY2(outcome.value->ok(), failure(*outcome.value));
    QCOMPARE(outcome.value->value().httpStatus, 201);
    QCOMPARE(server->received.size(), 3);
    for (const Received &r : std::as_const(server->received)) {
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(QJsonDocument::fromJson(r.body).object(), body);
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
    }
}

QTEST_GUILESS_MAIN(TestAzureRetries)
#include "tst_azure_retries.moc"
