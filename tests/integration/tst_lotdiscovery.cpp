// "All my credit lots": billing accounts → MCA billing profiles / MPA customers → lots,
// against the sandbox, with partial failures reported per scope.
#include "azure/armclient.h"
#include "models/lottablemodel.h"
#include "sandboxfixture.h"
#include "services/lotdiscovery.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::Testing;

namespace {
/// Independent oracle: every lot reachable by plain paging, MCA profiles plus MPA customers.
int countSeededLots(SandboxFixture &sandbox)
{
    const QString token = sandbox.signInResponse.accessToken.token;
    const QUrl base = sandbox.host.baseUrl();
    auto listUrl = [&](const QString &path, const QString &version) {
        QUrl url = base;
        url.setPath(path);
        url.setQuery(u"api-version="_s + version);
        return url;
    };
    auto fetchJson = [&](const QUrl &url) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        std::unique_ptr<QNetworkReply> reply(sandbox.network.get(request));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        done.wait(10'000);
        return QJsonDocument::fromJson(reply->readAll()).object();
    };
    int total = 0;
    const QString accountsPath = u"/providers/Microsoft.Billing/billingAccounts"_s;
    const QJsonArray accounts = fetchJson(listUrl(accountsPath, u"2024-04-01"_s)).value(u"value"_s).toArray();
    for (const QJsonValue &account : accounts) {
        const QString type = account[u"properties"_s][u"agreementType"_s].toString();
        const QString accountPath = accountsPath + u'/' + account[u"name"_s].toString();
        const QString child = type == u"MicrosoftCustomerAgreement"_s ? u"/billingProfiles"_s
                              : type == u"MicrosoftPartnerAgreement"_s ? u"/customers"_s
                                                                         : QString();
        if (child.isEmpty())
            continue;
        const QJsonArray scopes = fetchJson(listUrl(accountPath + child, u"2024-04-01"_s)).value(u"value"_s).toArray();
        for (const QJsonValue &scope : scopes) {
            total += sandbox.countAllItems(
                listUrl(accountPath + child + u'/' + scope[u"name"_s].toString() + u"/providers/Microsoft.Consumption/lots"_s,
                        u"2024-08-01"_s),
                token);
        }
    }
    return total;
}
} // namespace

class TestLotDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsEveryLotOfEveryScope();
    void reportsEachFailedScopeOnceAndFinishes();
    void cancelFinishesIncomplete();
};

void TestLotDiscovery::findsEveryLotOfEveryScope()
{
    SandboxFixture sandbox;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    options.scale.pageSize = 4;
    QVERIFY(sandbox.start(options));
    QVERIFY(sandbox.signIn());
    const int expected = countSeededLots(sandbox);
    QVERIFY(expected > 0);

    ArmClient arm(&sandbox.network, sandbox.session.get(), sandbox.cloud().armUrl);
    LotDiscovery discovery(&arm, ApiVersions{});
    LotTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(&discovery, &LotDiscovery::lotsArrived, &model, &LotTableModel::upsert);
    QSignalSpy finished(&discovery, &LotDiscovery::finished);
    QSignalSpy failed(&discovery, &LotDiscovery::scopeFailed);
    discovery.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().at(1).value<Error>().message));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(discovery.scopesDone(), discovery.scopesTotal());
    QVERIFY(discovery.scopesTotal() >= options.scale.billingProfiles);

    // A second run updates in place instead of duplicating.
    discovery.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30'000);
    QCOMPARE(model.rowCount(), expected);
}

void TestLotDiscovery::reportsEachFailedScopeOnceAndFinishes()
{
    SandboxFixture sandbox;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    QVERIFY(sandbox.start(options));
    QVERIFY(sandbox.signIn());

    ArmClient arm(&sandbox.network, sandbox.session.get(), sandbox.cloud().armUrl);
    RetryPolicy noRetries;
    noRetries.maxAttempts = 1;
    arm.setRetryPolicy(noRetries);
    // An api-version the service refuses makes every lots request fail with a 400.
    ApiVersions versions;
    versions.consumption = u"1999-01-01"_s;
    LotDiscovery discovery(&arm, versions);
    QSignalSpy finished(&discovery, &LotDiscovery::finished);
    QSignalSpy failed(&discovery, &LotDiscovery::scopeFailed);
    discovery.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QCOMPARE(failed.size(), discovery.scopesTotal());
    QSet<QString> scopes;
    for (const QList<QVariant> &args : std::as_const(failed)) {
        scopes.insert(args.at(0).toString());
        const auto error = args.at(1).value<Error>();
        QCOMPARE(error.httpStatus, 400);
        QVERIFY2(error.message.contains(u"list credit lots"_s), qPrintable(error.message));
    }
    QCOMPARE(scopes.size(), failed.size());
}

void TestLotDiscovery::cancelFinishesIncomplete()
{
    SandboxFixture sandbox;
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    options.faults.latencyMs = 1500;
    QVERIFY(sandbox.start(options));
    QVERIFY(sandbox.signIn());
    ArmClient arm(&sandbox.network, sandbox.session.get(), sandbox.cloud().armUrl);
    LotDiscovery discovery(&arm, ApiVersions{});
    QSignalSpy finished(&discovery, &LotDiscovery::finished);
    QSignalSpy failed(&discovery, &LotDiscovery::scopeFailed);
    discovery.start();
    QTest::qWait(100);
    discovery.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QVERIFY(failed.isEmpty());
    QVERIFY(!discovery.isRunning());
}

QTEST_GUILESS_MAIN(TestLotDiscovery)
#include "tst_lotdiscovery.moc"
