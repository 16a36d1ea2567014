// The sandbox at the scale of the quality bar (10,000 lots, 100,000 events, 5,000 users):
// construction time and memory, serving cost without HTTP, and every page over HTTP from a
// SandboxHost thread. Also odd scales (empty, one event per lot) that must not break anything.

#include "arm/armapi.h"
#include "armtestsupport.h"
#include "graph/graphendpoints.h"
#include "server/sandboxhost.h"
#include "world/dataset.h"

#include <memory>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CreditDesk::Sandbox;
using namespace SandboxTest;

namespace {

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class TestSandboxArmScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void atScale()
    {
        SandboxOptions options = worldOptions();
        options.scale.billingAccounts = 2;
        options.scale.billingProfiles = 5;
        options.scale.lotsPerProfile = 1000;
        options.scale.eventsPerLot = 10;
        options.scale.users = 5000;
        options.scale.pageSize = 250;

        // Construction alone: time and memory of the 10k lots / 100k events / 5k users world.
        const qint64 rssBefore = residentKiB();
        QElapsedTimer timer;
        timer.start();
        auto dataset = std::make_unique<Dataset>(options);
        const qint64 buildMs = timer.elapsed();
        const qint64 rssGrowthKiB = residentKiB() - rssBefore;
        qInfo("world of %lld lots, %lld events, %lld users built in %lld ms, resident memory +%lld KiB",
              qlonglong(dataset->billing().lots().size()), qlonglong(dataset->billing().events().size()),
              qlonglong(dataset->directory().users().size()), buildMs, rssGrowthKiB);
        QCOMPARE(dataset->billing().mcaLotCount(), qsizetype(10000));
        QCOMPARE(dataset->billing().events().size(), qsizetype(100000));
        QVERIFY2(rssGrowthKiB < 150 * 1024, "the world must stay well under 150 MB");

        // Serving cost alone (no HTTP, no client parsing): every lot and event page in-process.
        const ArmApi api(*dataset, options);
        qint64 servedBytes = 0;
        int servedPages = 0;
        const auto serveAll = [&](const QString &path, QUrlQuery query) {
            Request request;
            request.method = "GET";
            request.path = path;
            request.baseUrl = QUrl(u"http://127.0.0.1:1"_s);
            while (true) {
                request.query = query;
                const std::optional<Response> response = api.handle(request);
                if (!response || response->status != 200)
                    return false;
                ++servedPages;
                servedBytes += response->body.size();
                const qsizetype at = response->body.lastIndexOf("\"nextLink\":\""); // written last
                if (at < 0)
                    return true;
                const qsizetype start = at + 12;
                const QUrl next(
                    QString::fromUtf8(response->body.mid(start, response->body.indexOf('"', start) - start)));
                query = QUrlQuery(next.query());
            }
        };
        timer.restart();
        for (const BillingProfileRecord &profile : dataset->billing().profiles()) {
            const QString base = u"/providers/Microsoft.Billing/billingAccounts/"_s
                + dataset->billing().accounts()[profile.account].name + u"/billingProfiles/"_s + profile.name
                + u"/providers/Microsoft.Consumption/"_s;
            QVERIFY(serveAll(base + u"lots"_s, QUrlQuery(u"api-version=2024-08-01"_s)));
            QVERIFY(
                serveAll(base + u"events"_s,
                         QUrlQuery(u"api-version=2024-08-01&startDate="_s + Today.addDays(-366).toString(Qt::ISODate)
                                   + u"&endDate="_s + Today.toString(Qt::ISODate))));
        }
        qInfo("served %d pages (%lld MB) in-process in %lld ms", servedPages, servedBytes / (1024 * 1024),
              timer.elapsed());
        dataset.reset();

        SandboxHost host;
        QString error;
        QVERIFY2(host.start(options, &error), qPrintable(error));
        Client client(host.baseUrl());
        const QString token = signInWithAutoApprovedDeviceCode(client, ArmScope).value(u"access_token"_s).toString();
        const Collected accounts
            = collectPages(client, client.url(u"/providers/Microsoft.Billing/billingAccounts"_s + Billing), token);
        qsizetype lots = 0;
        qsizetype events = 0;
        int pages = 0;
        timer.restart();
        for (const QJsonValue &a : accounts.items) {
            const QJsonObject account = a.toObject();
            if (account.value(u"properties"_s).toObject().value(u"agreementType"_s).toString()
                != u"MicrosoftCustomerAgreement"_s)
                continue;
            const Collected profiles = collectPages(
                client, client.url(account.value(u"id"_s).toString() + u"/billingProfiles"_s + Billing), token);
            for (const QJsonValue &p : profiles.items) {
                const QString id = p.toObject().value(u"id"_s).toString();
                const Collected profileLots = collectPages(
                    client, client.url(id + u"/providers/Microsoft.Consumption/lots"_s + Consumption), token);
                const Collected profileEvents
                    = collectPages(client,
                                   client.url(id + u"/providers/Microsoft.Consumption/events"_s + Consumption
                                              + u"&startDate="_s + Today.addDays(-366).toString(Qt::ISODate)
                                              + u"&endDate="_s + Today.toString(Qt::ISODate)),
                                   token);
                QCOMPARE(profileLots.firstFailureStatus, 0);
                QCOMPARE(profileEvents.firstFailureStatus, 0);
                lots += profileLots.items.size();
                events += profileEvents.items.size();
                pages += profileLots.pages + profileEvents.pages;
            }
        }
        const qint64 fetchMs = timer.elapsed();
        qInfo("fetched %lld lots and %lld events in %d pages of %d over HTTP in %lld ms (incl. parsing in the test)",
              qlonglong(lots), qlonglong(events), pages, options.scale.pageSize, fetchMs);
        QCOMPARE(lots, qsizetype(10000));
        QCOMPARE(events, qsizetype(100000));
    }

    void oddScales_data()
    {
        QTest::addColumn<int>("accounts");
        QTest::addColumn<int>("profiles");
        QTest::addColumn<int>("lots");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("users");
        QTest::newRow("empty") << 0 << 0 << 0 << 0 << 1;
        QTest::newRow("no events") << 1 << 2 << 3 << 0 << 5;
        QTest::newRow("one event per lot") << 2 << 1 << 12 << 1 << 30;
        QTest::newRow("one lot") << 1 << 1 << 1 << 1 << 2;
    }

    void oddScales()
    {
        QFETCH(int, accounts);
        QFETCH(int, profiles);
        QFETCH(int, lots);
        QFETCH(int, events);
        QFETCH(int, users);
        SandboxOptions options = worldOptions();
        options.scale.billingAccounts = accounts;
        options.scale.billingProfiles = profiles;
        options.scale.lotsPerProfile = lots;
        options.scale.eventsPerLot = events;
        options.scale.users = users;
        options.scale.customers = 1;
        options.scale.subscriptions = 1;
        Dataset dataset(options);
        const ArmApi arm(dataset, options);
        GraphEndpoints graph(dataset, options);
        const auto request = [](const QString &path, const QString &query) {
            Request r;
            r.method = "GET";
            r.path = path;
            r.query = QUrlQuery(query);
            r.baseUrl = QUrl(u"http://127.0.0.1:1"_s);
            r.headers.insert("consistencylevel", "eventual");
            return r;
        };
        const auto get = [&](auto &api, const QString &path, const QString &query) {
            const std::optional<Response> response = api.handle(request(path, query));
            return response ? *response : Response::empty(404);
        };
        const auto isJson
            = [](const Response &r) { return r.status == 204 || QJsonDocument::fromJson(r.body).isObject(); };

        QVERIFY(isJson(get(arm, u"/providers/Microsoft.Billing/billingAccounts"_s, u"api-version=2024-04-01"_s)));
        const BillingWorld &world = dataset.billing();
        for (const BillingProfileRecord &p : world.profiles()) {
            const QString base = u"/providers/Microsoft.Billing/billingAccounts/"_s + world.accounts()[p.account].name
                + u"/billingProfiles/"_s + p.name + u"/providers/Microsoft.Consumption/"_s;
            const Response lotPage = get(arm, base + u"lots"_s, u"api-version=2024-08-01"_s);
            QCOMPARE(lotPage.status, 200);
            const Response eventPage
                = get(arm, base + u"events"_s, u"api-version=2024-08-01&startDate=2025-01-01&endDate=2026-12-31"_s);
            QCOMPARE(eventPage.status, 200);
            QCOMPARE(p.events.size(), p.lots.size() > 0 ? qsizetype(lots) * events : 0);
            const Response summary = get(arm, base + u"credits/balanceSummary"_s, u"api-version=2024-08-01"_s);
            QCOMPARE(summary.status, p.lots.size() > 0 ? 200 : 204);
            QVERIFY(isJson(summary));
        }
        const QString subscription
            = u"/subscriptions/"_s + dataset.resourceCredits().subscriptions().first().subscriptionId;
        QCOMPARE(get(arm, subscription + u"/providers/Microsoft.BillingBenefits/credits"_s, u"api-version=2026-06-01"_s)
                     .status,
                 200);
        QCOMPARE(get(graph, u"/v1.0/me"_s, QString()).status, 200);
        QCOMPARE(get(graph, u"/v1.0/users"_s, u"$search=%22displayName:a%22&$count=true"_s).status, 200);
        QCOMPARE(dataset.benefitCreditsDocument().object().value(u"credits"_s).toArray().size(),
                 SandboxOptions().scale.benefitCredits);
    }
};

QTEST_GUILESS_MAIN(TestSandboxArmScale)
#include "tst_sandbox_armscale.moc"
