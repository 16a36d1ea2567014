// Subscriptions, tenants and Microsoft.BillingBenefits credits and transactions of the sandbox,
// over real HTTP with real tokens.

#include "armtestsupport.h"
#include "server/sandboxserver.h"
#include "world/dataset.h"

#include <memory>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CreditDesk::Sandbox;
using namespace SandboxTest;

class TestSandboxArmResources : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Client> m_client;
    QString m_token;

    HttpResult arm(const QString &pathAndQuery) { return m_client->getWithToken(pathAndQuery, m_token); }
    Collected all(const QString &pathAndQuery) { return collectPages(*m_client, m_client->url(pathAndQuery), m_token); }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options = worldOptions();
        options.scale.subscriptions = 6;
        options.scale.pageSize = 2;
        m_server = std::make_unique<SandboxServer>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_client = std::make_unique<Client>(m_server->baseUrl());
        m_token = signInWithAutoApprovedDeviceCode(*m_client, ArmScope).value(u"access_token"_s).toString();
        QVERIFY(!m_token.isEmpty());
    }

    void subscriptionsAndBenefitCredits()
    {
        const Collected subscriptions = all(u"/subscriptions?api-version=2022-12-01"_s);
        QCOMPARE(subscriptions.firstFailureStatus, 0);
        QCOMPARE(subscriptions.items.size(), 6);
        QCOMPARE(subscriptions.pages, 3);
        bool sponsored = false;
        int creditsTotal = 0, withoutConsumed = 0, sponsorshipWithTransactions = 0;
        for (const QJsonValue &v : subscriptions.items) {
            const QJsonObject sub = v.toObject();
            const QString id = sub.value(u"subscriptionId"_s).toString();
            QCOMPARE(sub.value(u"id"_s).toString(), u"/subscriptions/"_s + id);
            QVERIFY(!sub.value(u"displayName"_s).toString().isEmpty());
            QVERIFY(!sub.value(u"state"_s).toString().isEmpty());
            QCOMPARE(sub.value(u"tenantId"_s).toString(), m_server->tenantId());
            const QString quota = sub.value(u"subscriptionPolicies"_s).toObject().value(u"quotaId"_s).toString();
            sponsored = sponsored || quota == u"Sponsored_2016-01-01"_s;

            const Collected credits
                = all(u"/subscriptions/"_s + id + u"/providers/Microsoft.BillingBenefits/credits"_s + Benefits);
            QCOMPARE(credits.firstFailureStatus, 0);
            QVERIFY(!credits.items.isEmpty());
            for (const QJsonValue &c : credits.items) {
                ++creditsTotal;
                const QJsonObject credit = c.toObject();
                const QJsonObject props = credit.value(u"properties"_s).toObject();
                const QString creditId = credit.value(u"id"_s).toString();
                QCOMPARE(credit.value(u"type"_s).toString(), u"Microsoft.BillingBenefits/credits"_s);
                QVERIFY(creditId.contains(u"/resourceGroups/"_s));
                QVERIFY(props.value(u"credit"_s).toObject().value(u"amount"_s).isDouble());
                QVERIFY(props.value(u"credit"_s).toObject().value(u"currencyCode"_s).isString());
                QVERIFY(isIsoUtc(props.value(u"startAt"_s)) && isIsoUtc(props.value(u"endAt"_s)));
                QVERIFY(!props.value(u"status"_s).toString().isEmpty());
                QVERIFY(props.value(u"billingProfileResourceId"_s).toString().contains(u"/billingProfiles/"_s));
                withoutConsumed += !props.contains(u"consumed"_s);

                const HttpResult one = arm(creditId + Benefits);
                QCOMPARE(one.status, 200);
                QCOMPARE(one.json(), credit);
                const QString group = creditId.section(u'/', 4, 4);
                const Collected inGroup = all(u"/subscriptions/"_s + id + u"/resourceGroups/"_s + group
                                              + u"/providers/Microsoft.BillingBenefits/credits"_s + Benefits);
                QVERIFY(inGroup.items.contains(c));

                const Collected transactions = all(creditId + u"/transactions"_s + Benefits);
                QCOMPARE(transactions.firstFailureStatus, 0);
                if (transactions.items.isEmpty())
                    continue;
                ++sponsorshipWithTransactions;
                qint64 sum = 0;
                for (const QJsonValue &t : transactions.items) {
                    const QJsonObject tx = t.toObject();
                    const QJsonObject tp = tx.value(u"properties"_s).toObject();
                    QCOMPARE(tx.value(u"type"_s).toString(), u"Microsoft.BillingBenefits/credits/transactions"_s);
                    QVERIFY(isIsoUtc(tp.value(u"date"_s)));
                    QVERIFY(tp.value(u"chargeType"_s).toString() == u"Usage"_s
                            || tp.value(u"chargeType"_s).toString() == u"Refund"_s);
                    QCOMPARE(tp.contains(u"invoiceResourceId"_s),
                             tp.value(u"billingStatus"_s).toString() == u"Closed"_s);
                    sum += qRound64(tp.value(u"amountInBillingCurrency"_s).toObject().value(u"amount"_s).toDouble()
                                    * 100);
                    QCOMPARE(arm(tx.value(u"id"_s).toString() + Benefits).json(), tx);
                }
                if (props.contains(u"consumed"_s))
                    QCOMPARE(qRound64(props.value(u"consumed"_s).toObject().value(u"amount"_s).toDouble() * 100), sum);
            }
            QCOMPARE(arm(u"/subscriptions/"_s + id
                         + u"/resourceGroups/no-such-rg/providers/Microsoft.BillingBenefits/credits"_s + Benefits)
                         .errorCode(),
                     u"ResourceGroupNotFound"_s);
        }
        QVERIFY(sponsored);
        QVERIFY(creditsTotal >= subscriptions.items.size());
        QVERIFY(withoutConsumed > 0);
        QVERIFY(sponsorshipWithTransactions > 0);

        const QString sub0 = subscriptions.items.first().toObject().value(u"subscriptionId"_s).toString();
        QCOMPARE(arm(u"/subscriptions/"_s + sub0 + u"?api-version=2022-12-01"_s).status, 200);
        QCOMPARE(
            arm(u"/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.BillingBenefits/credits"_s
                + Benefits)
                .errorCode(),
            u"SubscriptionNotFound"_s);
        const QString rg = m_server->dataset().resourceCredits().subscriptions().first().resourceGroups.first();
        QCOMPARE(arm(u"/subscriptions/"_s + sub0 + u"/resourceGroups/"_s + rg
                     + u"/providers/Microsoft.BillingBenefits/credits/nope"_s + Benefits)
                     .status,
                 404);

        const HttpResult tenants = arm(u"/tenants?api-version=2022-12-01"_s);
        QCOMPARE(tenants.status, 200);
        QCOMPARE(tenants.json().value(u"value"_s).toArray().first().toObject().value(u"tenantId"_s).toString(),
                 m_server->tenantId());
    }
};

QTEST_GUILESS_MAIN(TestSandboxArmResources)
#include "tst_sandbox_armresources.moc"
