// Every SandboxFaults knob, observed over real HTTP the way the app's clients will see it.

#include "sandboxtestsupport.h"

#include "server/faultinjector.h"
#include "server/sandboxserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CreditDesk::Sandbox;
using namespace SandboxTest;

namespace {

const QString ArmPath = u"/providers/Microsoft.Billing/billingAccounts?api-version=2024-04-01"_s;
const QString GraphPath = u"/v1.0/users"_s;

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Client> m_client;
    QString m_armToken;
    QString m_graphToken;

    // Signs in once (Entra ID is never subject to faults) and keeps tokens for both resources.
    bool startServer(const SandboxFaults &faults, quint64 seed = 1)
    {
        SandboxOptions options;
        options.autoApprove = true;
        options.seed = seed;
        options.faults = faults;
        m_server = std::make_unique<SandboxServer>(options);
        if (!m_server->start())
            return false;
        m_client = std::make_unique<Client>(m_server->baseUrl());
        const QJsonObject armSignIn = signInWithAutoApprovedDeviceCode(
            *m_client, u"https://management.azure.com/.default offline_access"_s);
        m_armToken = armSignIn.value(u"access_token"_s).toString();
        const HttpResult graphToken = m_client->postForm(u"/organizations/oauth2/v2.0/token"_s,
                                                    {{u"grant_type"_s, u"refresh_token"_s},
                                                     {u"client_id"_s, u"test-client"_s},
                                                     {u"refresh_token"_s, armSignIn.value(u"refresh_token"_s).toString()},
                                                     {u"scope"_s, u"https://graph.microsoft.com/.default"_s}});
        m_graphToken = graphToken.json().value(u"access_token"_s).toString();
        return !m_armToken.isEmpty() && !m_graphToken.isEmpty();
    }

    HttpResult arm() { return m_client->getWithToken(ArmPath, m_armToken); }
    HttpResult graph() { return m_client->getWithToken(GraphPath, m_graphToken); }

    QList<int> armStatuses(int count)
    {
        QList<int> statuses;
        for (int i = 0; i < count; ++i)
            statuses.append(arm().status);
        return statuses;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void offByDefault()
    {
        QVERIFY(startServer({}));
        QVERIFY(!FaultInjector({}, 1).isActive());
        for (int status : armStatuses(20))
            QCOMPARE(status, 200);
    }

    void throttleEveryNth()
    {
        SandboxFaults faults;
        faults.throttleEvery = 3;
        faults.throttleRetryAfterSeconds = 7;
        QVERIFY(startServer(faults));
        int throttled = 0;
        for (int i = 1; i <= 9; ++i) {
            const HttpResult result = arm();
            if (i % 3 != 0) {
                QCOMPARE(result.status, 200);
                continue;
            }
            ++throttled;
            QCOMPARE(result.status, 429);
            QCOMPARE(result.header("x-ms-ratelimit-microsoft.consumption-retry-after"), QByteArrayLiteral("7"));
            QCOMPARE(result.errorCode(), u"429"_s);
            QCOMPARE(result.json().value(u"error"_s).toObject().value(u"message"_s).toString(),
                     u"Too many requests. Please retry after 7 seconds."_s);
            QVERIFY(!result.header("x-ms-request-id").isEmpty());
            QVERIFY(!result.header("x-ms-correlation-request-id").isEmpty());
        }
        QCOMPARE(throttled, 3);
        // Graph requests count too, and Graph throttles with Retry-After and its own error shape.
        QCOMPARE(graph().status, 200); // 10th
        QCOMPARE(graph().status, 200); // 11th
        const HttpResult graphThrottled = graph(); // 12th
        QCOMPARE(graphThrottled.status, 429);
        QCOMPARE(graphThrottled.header("retry-after"), QByteArrayLiteral("7"));
        QCOMPARE(graphThrottled.errorCode(), u"TooManyRequests"_s);
        QVERIFY(graphThrottled.json().value(u"error"_s).toObject().contains(u"innerError"_s));
    }

    void unavailableEveryNth()
    {
        SandboxFaults faults;
        faults.unavailableEvery = 2;
        faults.unavailableRetryAfterSeconds = 4;
        QVERIFY(startServer(faults));
        QCOMPARE(arm().status, 200);
        const HttpResult unavailable = arm();
        QCOMPARE(unavailable.status, 503);
        QCOMPARE(unavailable.header("retry-after"), QByteArrayLiteral("4"));
        QCOMPARE(unavailable.errorCode(), u"ServiceUnavailable"_s);
        QCOMPARE(armStatuses(4), (QList<int>{200, 503, 200, 503}));
    }

    void serverErrorRateIsDeterministic()
    {
        SandboxFaults faults;
        faults.serverErrorRate = 0.3;
        QVERIFY(startServer(faults, 42));
        const QList<int> first = armStatuses(60);
        const auto errors = first.count(500);
        QVERIFY2(errors >= 6 && errors <= 36, qPrintable(QString::number(errors)));
        QCOMPARE(first.count(200) + errors, 60);
        // Same seed, same sequence of faults.
        QVERIFY(startServer(faults, 42));
        QCOMPARE(armStatuses(60), first);
        const HttpResult sample = [&] {
            HttpResult r;
            do {
                r = arm();
            } while (r.status != 500);
            return r;
        }();
        QCOMPARE(sample.errorCode(), u"InternalServerError"_s);
    }

    void malformedBodyFailsToParse()
    {
        SandboxFaults faults;
        faults.malformedRate = 1.0;
        QVERIFY(startServer(faults));
        for (const HttpResult &result : {arm(), graph()}) {
            QCOMPARE(result.status, 200);
            QCOMPARE(result.error, QNetworkReply::NoError);
            QVERIFY(!result.body.isEmpty());
            QJsonParseError parseError;
            QJsonDocument::fromJson(result.body, &parseError);
            QVERIFY(parseError.error != QJsonParseError::NoError);
        }
    }

    void truncatedBodyIsANetworkError()
    {
        SandboxFaults faults;
        faults.truncatedRate = 1.0;
        QVERIFY(startServer(faults));
        const HttpResult result = arm();
        QVERIFY(result.finished);
        QVERIFY2(result.error != QNetworkReply::NoError, "a short body must not look like success");
    }

    void droppedConnection()
    {
        SandboxFaults faults;
        faults.dropRate = 1.0;
        QVERIFY(startServer(faults));
        const HttpResult result = arm();
        QVERIFY(result.finished);
        QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(result.status, 0);
    }

    void latencyDoesNotBlockOtherRequests()
    {
        SandboxFaults faults;
        faults.latencyMs = 400;
        QVERIFY(startServer(faults));
        QElapsedTimer timer;
        timer.start();
        // Start a slow ARM request, then complete a sign-in request while it waits.
        QNetworkRequest slowRequest(m_client->url(ArmPath));
        slowRequest.setRawHeader("Authorization", "Bearer " + m_armToken.toLatin1());
        std::unique_ptr<QNetworkReply> slow(m_client->network().get(slowRequest));
        QSignalSpy slowFinished(slow.get(), &QNetworkReply::finished);
        const HttpResult fast = m_client->get(u"/organizations/v2.0/.well-known/openid-configuration"_s);
        QCOMPARE(fast.status, 200);
        QVERIFY2(slowFinished.isEmpty(), "identity requests are not delayed and not queued behind ARM");
        QVERIFY(slowFinished.wait(5000));
        QVERIFY(timer.elapsed() >= 390);
        QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }

    // The delay is a timer per answer, not a pause of the server: requests made together all
    // reach the handlers before the first answer leaves, and each is answered no sooner than
    // the delay (as on a real service, concurrent requests overlap).
    void latencyKeepsConcurrentRequestsOverlapping()
    {
        SandboxFaults faults;
        faults.latencyMs = 1500;
        QVERIFY(startServer(faults));
        const quint64 before = m_server->handledRequestCount();
        QElapsedTimer timer;
        timer.start();
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        std::vector<std::unique_ptr<QSignalSpy>> finished;
        for (int i = 0; i < 4; ++i) {
            QNetworkRequest request(m_client->url(ArmPath));
            request.setRawHeader("Authorization", "Bearer " + m_armToken.toLatin1());
            replies.emplace_back(m_client->network().get(request));
            finished.push_back(std::make_unique<QSignalSpy>(replies.back().get(), &QNetworkReply::finished));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server->handledRequestCount(), before + 4, 10000);
        for (const auto &spy : finished)
            QVERIFY2(spy->isEmpty(), "all four requests were taken before any answer was sent");
        for (const auto &spy : finished)
            QTRY_COMPARE_WITH_TIMEOUT(spy->size(), 1, 10000);
        QVERIFY(timer.elapsed() >= 1490); // each answer waited for the delay
        for (const auto &reply : replies) {
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        }
    }

    void clientGoneDuringLatency()
    {
        SandboxFaults faults;
        faults.latencyMs = 150;
        QVERIFY(startServer(faults));
        QNetworkRequest request(m_client->url(ArmPath));
        request.setRawHeader("Authorization", "Bearer " + m_armToken.toLatin1());
        const quint64 before = m_server->handledRequestCount();
        std::unique_ptr<QNetworkReply> abandoned(m_client->network().get(request));
        QTRY_VERIFY(m_server->handledRequestCount() > before); // the request arrived and waits
        abandoned->abort();
        abandoned.reset();
        // The delayed answer finds its socket gone; the server carries on.
        const HttpResult next = arm();
        QCOMPARE(next.status, 200);
    }

    void identityIsNeverFaulted()
    {
        SandboxFaults faults;
        faults.throttleEvery = 1;
        faults.dropRate = 1.0;
        QVERIFY(startServer(faults)); // signs in through Entra ID despite the faults
        QCOMPARE(arm().status, 429);
    }

    // One billing account's lots listings fail (404 NotFound) or are "not offered for this
    // agreement type" (400); every other lots listing, and that account's other data, still answer.
    void lotsOfOneAccountNotFoundOrNotOffered()
    {
        QVERIFY(startServer({}));
        QString ea;
        QStringList mca;
        for (const QJsonValue &account : arm().json().value(u"value"_s).toArray()) {
            const QString type = account[u"properties"_s][u"agreementType"_s].toString();
            if (type == u"EnterpriseAgreement"_s)
                ea = account[u"name"_s].toString();
            else if (type == u"MicrosoftCustomerAgreement"_s)
                mca.append(account[u"name"_s].toString());
        }
        QVERIFY(!ea.isEmpty());
        QVERIFY(mca.size() >= 2);
        const auto lotsPath = [](const QString &account) -> QString {
            return u"/providers/Microsoft.Billing/billingAccounts/"_s + account
                + u"/providers/Microsoft.Consumption/lots?api-version=2024-08-01"_s;
        };
        const auto profileLotsPath = [this](const QString &account) -> QString {
            const HttpResult profiles = m_client->getWithToken(u"/providers/Microsoft.Billing/billingAccounts/"_s + account
                                                                   + u"/billingProfiles?api-version=2024-04-01"_s,
                                                               m_armToken);
            const QJsonArray list = profiles.json().value(u"value"_s).toArray();
            if (list.isEmpty())
                qWarning() << "no billing profiles for" << account << profiles.status << profiles.body;
            const QString profile = list.isEmpty() ? QString() : list.at(0).toObject().value(u"name"_s).toString();
            return u"/providers/Microsoft.Billing/billingAccounts/"_s + account + u"/billingProfiles/"_s + profile
                + u"/providers/Microsoft.Consumption/lots?api-version=2024-08-01"_s;
        };
        QCOMPARE(m_client->getWithToken(lotsPath(ea), m_armToken).status, 200);
        const QString failingProfileLots = profileLotsPath(mca.at(0));
        const QString readableProfileLots = profileLotsPath(mca.at(1));

        SandboxFaults faults;
        faults.lotsNotFoundAccounts = {mca.at(0)};
        faults.lotsNotOfferedAccounts = {ea};
        QVERIFY(startServer(faults));
        const HttpResult notFound = m_client->getWithToken(failingProfileLots, m_armToken);
        QCOMPARE(notFound.status, 404);
        QCOMPARE(notFound.errorCode(), u"NotFound"_s);
        const HttpResult notOffered = m_client->getWithToken(lotsPath(ea), m_armToken);
        QCOMPARE(notOffered.status, 400);
        QVERIFY2(notOffered.json().value(u"error"_s)[u"message"_s].toString().contains(u"not supported"_s),
                 notOffered.body.constData());
        QVERIFY2(notOffered.json().value(u"error"_s)[u"message"_s].toString().contains(u"agreement type"_s),
                 notOffered.body.constData());
        QCOMPARE(m_client->getWithToken(readableProfileLots, m_armToken).status, 200);
        QCOMPARE(m_client->getWithToken(lotsPath(mca.at(1)), m_armToken).status, 200);
        // Not the lots: the account's profiles still list.
        QCOMPARE(m_client
                     ->getWithToken(u"/providers/Microsoft.Billing/billingAccounts/"_s + mca.at(0)
                                        + u"/billingProfiles?api-version=2024-04-01"_s,
                                    m_armToken)
                     .status,
                 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
