// The sandbox's ARM endpoints over real HTTP, with real tokens: Billing and Consumption shapes,
// event chains against lots and balance summaries, paging, filters, errors and determinism.
// Subscriptions/BillingBenefits: tst_sandbox_armresources.cpp; scale: tst_sandbox_armscale.cpp.

#include "arm/armapi.h"
#include "armtestsupport.h"
#include "server/sandboxserver.h"
#include "world/dataset.h"

#include <cmath>
#include <memory>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CreditDesk::Sandbox;
using namespace SandboxTest;

class TestSandboxArm : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Client> m_client;
    QString m_token;

    HttpResult arm(const QString &pathAndQuery) { return m_client->getWithToken(pathAndQuery, m_token); }
    Collected all(const QString &pathAndQuery) { return collectPages(*m_client, m_client->url(pathAndQuery), m_token); }
    const BillingWorld &world() const { return m_server->dataset().billing(); }

    QString accountPath(int account) const
    {
        return u"/providers/Microsoft.Billing/billingAccounts/"_s + world().accounts()[account].name;
    }
    QString profilePath(int profile) const
    {
        return accountPath(world().profiles()[profile].account) + u"/billingProfiles/"_s
            + world().profiles()[profile].name;
    }
    QList<int> mcaProfilesWithLots() const
    {
        QList<int> out;
        for (const BillingAccountRecord &a : world().accounts()) {
            if (a.agreement != ArmAgreementType::MicrosoftCustomerAgreement)
                continue;
            for (int p : a.profiles) {
                if (world().profiles()[p].lots.size() > 0)
                    out.append(p);
            }
        }
        return out;
    }
    QString eventsPath(int profile, QDate from, QDate to) const
    {
        return profilePath(profile) + u"/providers/Microsoft.Consumption/events"_s + Consumption + u"&startDate="_s
            + from.toString(Qt::ISODate) + u"&endDate="_s + to.toString(Qt::ISODate);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<SandboxServer>(worldOptions());
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_client = std::make_unique<Client>(m_server->baseUrl());
        m_token = signInWithAutoApprovedDeviceCode(*m_client, ArmScope).value(u"access_token"_s).toString();
        QVERIFY(!m_token.isEmpty());
    }

    void billingAccounts()
    {
        const Collected accounts = all(u"/providers/Microsoft.Billing/billingAccounts"_s + Billing);
        QCOMPARE(accounts.firstFailureStatus, 0);
        const SandboxScale scale = SandboxOptions().scale;
        QCOMPARE(accounts.items.size(), scale.billingAccounts + 2);
        static const QRegularExpression mcaId(u"^[0-9a-f-]{36}:[0-9a-f-]{36}_\\d{4}-\\d{2}-\\d{2}$"_s);
        QMap<QString, int> agreements;
        for (const QJsonValue &v : accounts.items) {
            const QJsonObject a = v.toObject();
            const QJsonObject p = a.value(u"properties"_s).toObject();
            const QString name = a.value(u"name"_s).toString();
            QCOMPARE(a.value(u"id"_s).toString(), u"/providers/Microsoft.Billing/billingAccounts/"_s + name);
            QCOMPARE(a.value(u"type"_s).toString(), u"Microsoft.Billing/billingAccounts"_s);
            QVERIFY(!p.value(u"displayName"_s).toString().isEmpty());
            QCOMPARE(p.value(u"accountStatus"_s).toString(), u"Active"_s);
            QVERIFY(p.value(u"hasReadAccess"_s).toBool());
            const QString agreement = p.value(u"agreementType"_s).toString();
            ++agreements[agreement];
            if (agreement == u"EnterpriseAgreement"_s)
                QVERIFY2(name.toLongLong() > 0, qPrintable(name));
            else
                QVERIFY2(mcaId.match(name).hasMatch(), qPrintable(name));
        }
        QCOMPARE(agreements.value(u"MicrosoftCustomerAgreement"_s), scale.billingAccounts);
        QCOMPARE(agreements.value(u"EnterpriseAgreement"_s), 1);
        QCOMPARE(agreements.value(u"MicrosoftPartnerAgreement"_s), 1);

        const HttpResult one = arm(accountPath(0) + Billing);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().value(u"name"_s).toString(), world().accounts()[0].name);
    }

    void billingProfilesAndCustomers()
    {
        static const QRegularExpression profileId(u"^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{3}-[A-Z0-9]{3}$"_s);
        QSet<QString> currencies;
        const SandboxScale scale = SandboxOptions().scale;
        for (int a = 0; a < world().accounts().size(); ++a) {
            const BillingAccountRecord &account = world().accounts()[a];
            const Collected profiles = all(accountPath(a) + u"/billingProfiles"_s + Billing);
            if (account.agreement == ArmAgreementType::EnterpriseAgreement) {
                QCOMPARE(profiles.firstFailureStatus, 400);
                continue;
            }
            QCOMPARE(profiles.firstFailureStatus, 0);
            if (account.agreement == ArmAgreementType::MicrosoftCustomerAgreement)
                QCOMPARE(profiles.items.size(), scale.billingProfiles + (a == 0 ? 1 : 0));
            for (const QJsonValue &v : profiles.items) {
                const QJsonObject p = v.toObject();
                const QJsonObject props = p.value(u"properties"_s).toObject();
                QVERIFY2(profileId.match(p.value(u"name"_s).toString()).hasMatch(),
                         qPrintable(p.value(u"name"_s).toString()));
                QCOMPARE(p.value(u"type"_s).toString(), u"Microsoft.Billing/billingAccounts/billingProfiles"_s);
                QVERIFY(p.value(u"id"_s).toString().startsWith(accountPath(a) + u"/billingProfiles/"_s));
                QVERIFY(!props.value(u"displayName"_s).toString().isEmpty());
                QVERIFY(props.value(u"billTo"_s).isObject());
                QVERIFY(props.value(u"enabledAzurePlans"_s).isArray());
                QCOMPARE(props.value(u"status"_s).toString(), u"Active"_s);
                currencies.insert(props.value(u"currency"_s).toString());
            }
        }
        for (const QString &currency : { u"USD"_s, u"EUR"_s, u"GBP"_s, u"JPY"_s })
            QVERIFY2(currencies.contains(currency), qPrintable(currency));

        // Customers exist on the MPA account only.
        const int mpa = static_cast<int>(world().accounts().size()) - 1;
        QCOMPARE(world().accounts()[mpa].agreement, ArmAgreementType::MicrosoftPartnerAgreement);
        const Collected customers = all(accountPath(mpa) + u"/customers"_s + Billing);
        QCOMPARE(customers.firstFailureStatus, 0);
        QCOMPARE(customers.items.size(), scale.customers);
        const QJsonObject customer = customers.items.first().toObject();
        QCOMPARE(customer.value(u"type"_s).toString(), u"Microsoft.Billing/billingAccounts/customers"_s);
        QVERIFY(!customer.value(u"properties"_s).toObject().value(u"displayName"_s).toString().isEmpty());
        QCOMPARE(arm(accountPath(0) + u"/customers"_s + Billing).status, 400);

        // Lots of each customer.
        for (const QJsonValue &v : customers.items) {
            const Collected lots = all(v.toObject().value(u"id"_s).toString()
                                       + u"/providers/Microsoft.Consumption/lots"_s + Consumption);
            QCOMPARE(lots.firstFailureStatus, 0);
            QVERIFY(!lots.items.isEmpty());
            QVERIFY(lots.items.first().toObject().value(u"id"_s).toString().contains(u"/customers/"_s));
        }
        const HttpResult unknown = arm(
            accountPath(mpa) + u"/customers/00000000-0000-0000-0000-000000000000/providers/Microsoft.Consumption/lots"_s
            + Consumption);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), u"CustomerNotFound"_s);
    }

    void lotShapesAndMix()
    {
        const SandboxScale scale = SandboxOptions().scale;
        QSet<QString> statuses;
        QSet<QString> sources;
        int within30 = 0, within60 = 0, within90 = 0, expiredWithBalance = 0, future = 0, longLived = 0;
        int total = 0;
        for (int profile : mcaProfilesWithLots()) {
            const BillingProfileRecord &p = world().profiles()[profile];
            const Collected lots = all(profilePath(profile) + u"/providers/Microsoft.Consumption/lots"_s + Consumption);
            QCOMPARE(lots.firstFailureStatus, 0);
            QCOMPARE(lots.items.size(), scale.lotsPerProfile);
            total += int(lots.items.size());
            for (const QJsonValue &v : lots.items) {
                const QJsonObject lot = v.toObject();
                const QJsonObject props = lot.value(u"properties"_s).toObject();
                QCOMPARE(lot.value(u"type"_s).toString(), u"Microsoft.Consumption/lots"_s);
                QCOMPARE(lot.value(u"id"_s).toString(),
                         profilePath(profile) + u"/providers/Microsoft.Consumption/lots/"_s
                             + lot.value(u"name"_s).toString());
                for (const QString &field : { u"originalAmount"_s, u"closedBalance"_s })
                    QVERIFY2(isAmount(props.value(field)), qPrintable(field));
                QVERIFY(
                    props.value(u"originalAmountInBillingCurrency"_s).toObject().value(u"exchangeRate"_s).isDouble());
                for (const QString &field : { u"startDate"_s, u"expirationDate"_s, u"purchasedDate"_s })
                    QVERIFY2(isIsoUtc(props.value(field)), qPrintable(field));
                QCOMPARE(props.value(u"creditCurrency"_s).toString(), p.currency);
                QCOMPARE(props.value(u"originalAmount"_s).toObject().value(u"currency"_s).toString(), p.currency);
                QVERIFY(props.value(u"isEstimatedBalance"_s).isBool());
                if (p.currency == u"JPY"_s) {
                    const double value = props.value(u"closedBalance"_s).toObject().value(u"value"_s).toDouble();
                    QCOMPARE(value, std::floor(value));
                }
                const QString source = props.value(u"source"_s).toString();
                const QString status = props.value(u"status"_s).toString();
                sources.insert(source);
                statuses.insert(status);
                const bool commitment = source == u"ConsumptionCommitment"_s;
                QCOMPARE(props.contains(u"OrganizationType"_s), commitment);
                QCOMPARE(props.contains(u"usedAmount"_s), commitment);
                QCOMPARE(props.contains(u"poNumber"_s), !commitment);

                const QDate start = dateOf(props.value(u"startDate"_s));
                const QDate expiry = dateOf(props.value(u"expirationDate"_s));
                const qint64 closed = minor(props.value(u"closedBalance"_s), p.decimals);
                const qint64 days = Today.daysTo(expiry);
                if (status == u"Active"_s) {
                    within30 += days >= 0 && days <= 30;
                    within60 += days > 30 && days <= 60;
                    within90 += days > 60 && days <= 90;
                    longLived += days > 365;
                }
                expiredWithBalance += status == u"Expired"_s && closed > 0 && expiry < Today;
                future += start > Today && (status == u"None"_s || status == u"Inactive"_s);
            }
        }
        QCOMPARE(total, int(world().mcaLotCount()));
        for (const QString &status : { u"Active"_s, u"Expired"_s, u"Complete"_s, u"Canceled"_s })
            QVERIFY2(statuses.contains(status), qPrintable(status));
        QVERIFY(statuses.contains(u"None"_s) || statuses.contains(u"Inactive"_s));
        for (const QString &source : { u"PromotionalCredit"_s, u"PurchasedCredit"_s, u"ConsumptionCommitment"_s,
                                       u"Azure Promotional Credit"_s })
            QVERIFY2(sources.contains(source), qPrintable(source));
        QVERIFY(within30 > 0 && within60 > 0 && within90 > 0);
        QVERIFY(expiredWithBalance > 0);
        QVERIFY(future > 0);
        QVERIFY(longLived > 0);
    }

    void eventChainsMatchLotsAndBalanceSummary()
    {
        const SandboxScale scale = SandboxOptions().scale;
        bool sawNegativeCharges = false;
        bool sawPositiveCharges = false;
        for (int profile : mcaProfilesWithLots()) {
            const BillingProfileRecord &p = world().profiles()[profile];
            const Collected events = all(eventsPath(profile, Today.addDays(-400), Today));
            QCOMPARE(events.firstFailureStatus, 0);
            QCOMPARE(events.items.size(), scale.lotsPerProfile * scale.eventsPerLot);

            // Replay each lot's chain: every closedBalance follows from the one before.
            QHash<QString, qint64> running;
            QHash<QString, qint64> settled;
            QHash<QString, bool> expiredEvent;
            QDate previous;
            for (const QJsonValue &v : events.items) {
                const QJsonObject props = v.toObject().value(u"properties"_s).toObject();
                const QString lot = props.value(u"lotId"_s).toString();
                const QDate date = dateOf(props.value(u"transactionDate"_s));
                QVERIFY(!previous.isValid() || previous <= date); // sorted by date
                previous = date;
                for (const QString &field :
                     { u"newCredit"_s, u"adjustments"_s, u"creditExpired"_s, u"charges"_s, u"closedBalance"_s })
                    QVERIFY2(isAmount(props.value(field)), qPrintable(field));
                QCOMPARE(props.value(u"billingProfileId"_s).toString(), profilePath(profile));
                QCOMPARE(props.value(u"billingProfileDisplayName"_s).toString(), p.displayName);
                QCOMPARE(props.value(u"billingAccountId"_s).toString(), world().accounts()[p.account].name);
                QVERIFY(!props.value(u"lotSource"_s).toString().isEmpty());
                QVERIFY(props.value(u"invoiceNumber"_s).isString());
                const qint64 charges = minor(props.value(u"charges"_s), p.decimals);
                sawNegativeCharges = sawNegativeCharges || charges < 0;
                sawPositiveCharges = sawPositiveCharges || charges > 0;
                const qint64 expected = running.value(lot) + minor(props.value(u"newCredit"_s), p.decimals)
                    + minor(props.value(u"adjustments"_s), p.decimals) - std::abs(charges)
                    - minor(props.value(u"creditExpired"_s), p.decimals)
                    - minor(props.value(u"canceledCredit"_s), p.decimals);
                const qint64 closed = minor(props.value(u"closedBalance"_s), p.decimals);
                QCOMPARE(closed, expected);
                QVERIFY(closed >= 0);
                running[lot] = closed;
                if (!props.value(u"isEstimatedBalance"_s).toBool())
                    settled[lot] = closed;
                const QString type = props.value(u"eventType"_s).toString();
                expiredEvent[lot] = expiredEvent.value(lot) || type == u"CreditExpired"_s;
                QCOMPARE(props.value(u"invoiceNumber"_s).toString().isEmpty(),
                         type.startsWith(u"Pending"_s) || date >= world().settlementCutoff());
            }

            // Lots: closedBalance is the balance after the last invoiced event.
            const Collected lots = all(profilePath(profile) + u"/providers/Microsoft.Consumption/lots"_s + Consumption);
            qint64 current = 0;
            qint64 estimated = 0;
            for (const QJsonValue &v : lots.items) {
                const QJsonObject lot = v.toObject();
                const QJsonObject props = lot.value(u"properties"_s).toObject();
                const QString id = lot.value(u"id"_s).toString();
                const qint64 closed = minor(props.value(u"closedBalance"_s), p.decimals);
                if (dateOf(props.value(u"startDate"_s)) > Today) {
                    QVERIFY(!running.contains(id)); // future-dated: no events yet
                    continue;
                }
                QVERIFY2(settled.contains(id), qPrintable(id));
                QCOMPARE(closed, settled.value(id));
                current += closed;
                if (props.value(u"status"_s).toString() == u"Active"_s)
                    estimated += running.value(id);
            }

            const HttpResult summary = arm(
                profilePath(profile) + u"/providers/Microsoft.Consumption/credits/balanceSummary"_s + Consumption);
            QCOMPARE(summary.status, 200);
            const QJsonObject s = summary.json();
            QCOMPARE(s.value(u"type"_s).toString(), u"Microsoft.Consumption/credits/balanceSummary"_s);
            const QJsonObject props = s.value(u"properties"_s).toObject();
            const QJsonObject balances = props.value(u"balanceSummary"_s).toObject();
            QCOMPARE(minor(balances.value(u"estimatedBalance"_s), p.decimals), estimated);
            QCOMPARE(minor(balances.value(u"currentBalance"_s), p.decimals), current);
            const qint64 pendingCharges = std::abs(minor(props.value(u"pendingEligibleCharges"_s), p.decimals));
            QCOMPARE(current - pendingCharges + minor(props.value(u"pendingCreditAdjustments"_s), p.decimals)
                         - minor(props.value(u"expiredCredit"_s), p.decimals),
                     estimated);
        }
        QVERIFY(sawNegativeCharges);
        QVERIFY(sawPositiveCharges);
    }

    void eventsDateRangeAndRequiredDates()
    {
        const int profile = mcaProfilesWithLots().first();
        const Collected everything = all(eventsPath(profile, Today.addDays(-400), Today));
        const QDate from = Today.addDays(-90);
        const QDate to = Today.addDays(-30);
        int expected = 0;
        for (const QJsonValue &v : everything.items) {
            const QDate d = dateOf(v.toObject().value(u"properties"_s).toObject().value(u"transactionDate"_s));
            expected += d >= from && d <= to;
        }
        QVERIFY(expected > 0 && expected < everything.items.size());
        const Collected range = all(eventsPath(profile, from, to));
        QCOMPARE(range.items.size(), expected);
        for (const QJsonValue &v : range.items) {
            const QDate d = dateOf(v.toObject().value(u"properties"_s).toObject().value(u"transactionDate"_s));
            QVERIFY(d >= from && d <= to);
        }
        // ISO date-times are accepted too.
        const QString base = profilePath(profile) + u"/providers/Microsoft.Consumption/events"_s + Consumption;
        QCOMPARE(all(base + u"&startDate="_s + from.toString(Qt::ISODate) + u"T00:00:00.000Z&endDate="_s
                     + to.toString(Qt::ISODate) + u"T00:00:00.000Z"_s)
                     .items.size(),
                 expected);

        for (const QString &query :
             { QString(), u"&startDate=2026-01-01"_s, u"&endDate=2026-01-01"_s,
               u"&startDate=yesterday&endDate=2026-01-01"_s, u"&startDate=2026-02-01&endDate=2026-01-01"_s }) {
            const HttpResult result = arm(base + query);
            QCOMPARE(result.status, 400);
            QCOMPARE(result.errorCode(), u"400"_s);
            QVERIFY(!result.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
        }
    }

    void pagingFollowsNextLinks()
    {
        const int profile = mcaProfilesWithLots().first();
        const Collected events = all(eventsPath(profile, Today.addDays(-400), Today));
        const int pageSize = worldOptions().scale.pageSize;
        QCOMPARE(events.pages, (int(events.items.size()) + pageSize - 1) / pageSize);
        QVERIFY(events.nextLinks.size() > 1);
        for (const QString &link : events.nextLinks) {
            QVERIFY2(link.startsWith(m_server->baseUrl().toString() + profilePath(profile)), qPrintable(link));
            const QUrlQuery query(QUrl(link).query());
            QCOMPARE(query.queryItemValue(u"api-version"_s), u"2024-08-01"_s);
            QCOMPARE(query.queryItemValue(u"startDate"_s), Today.addDays(-400).toString(Qt::ISODate));
            QCOMPARE(query.queryItemValue(u"endDate"_s), Today.toString(Qt::ISODate));
            QVERIFY(!query.queryItemValue(u"$skiptoken"_s).isEmpty());
        }
        QSet<QString> names;
        for (const QJsonValue &v : events.items)
            names.insert(v.toObject().value(u"name"_s).toString());
        QCOMPARE(names.size(), events.items.size()); // no page repeats an item

        const HttpResult bad = arm(eventsPath(profile, Today.addDays(-400), Today) + u"&$skiptoken=garbage"_s);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorCode(), u"InvalidSkipToken"_s);
    }

    void emptyProfileAnswers204()
    {
        const int empty = world().accounts()[0].profiles.constLast();
        QCOMPARE(world().profiles()[empty].lots.size(), 0);
        const HttpResult summary
            = arm(profilePath(empty) + u"/providers/Microsoft.Consumption/credits/balanceSummary"_s + Consumption);
        QCOMPARE(summary.status, 204);
        QVERIFY(summary.body.isEmpty());
        const HttpResult lots = arm(profilePath(empty) + u"/providers/Microsoft.Consumption/lots"_s + Consumption);
        QCOMPARE(lots.status, 200);
        QVERIFY(lots.json().value(u"value"_s).toArray().isEmpty());
        QVERIFY(!lots.json().contains(u"nextLink"_s));
    }

    void lotsByBillingAccountWithFilter()
    {
        const QString base = accountPath(0) + u"/providers/Microsoft.Consumption/lots"_s + Consumption;
        const Collected every = all(base);
        QCOMPARE(every.items.size(), world().accounts()[0].lots.size());
        int activeCommitments = 0;
        for (const QJsonValue &v : every.items) {
            const QJsonObject props = v.toObject().value(u"properties"_s).toObject();
            activeCommitments += props.value(u"status"_s).toString() == u"Active"_s
                && props.value(u"source"_s).toString() == u"ConsumptionCommitment"_s;
        }
        QVERIFY(activeCommitments > 0);
        for (const QString &filter : { u"status eq 'active' AND source eq 'consumptioncommitment'"_s,
                                       u"source eq 'ConsumptionCommitment' and status eq 'Active'"_s }) {
            const Collected filtered
                = all(base + u"&$filter="_s + QString::fromLatin1(QUrl::toPercentEncoding(filter)));
            QCOMPARE(filtered.firstFailureStatus, 0);
            QCOMPARE(filtered.items.size(), activeCommitments);
            for (const QJsonValue &v : filtered.items) {
                const QJsonObject props = v.toObject().value(u"properties"_s).toObject();
                QCOMPARE(props.value(u"status"_s).toString(), u"Active"_s);
                QCOMPARE(props.value(u"OrganizationType"_s).toString(), u"Primary"_s);
            }
        }
        for (const QString &filter : { u"status lt 'active'"_s, u"colour eq 'red'"_s,
                                       u"status eq 'active' or source eq 'x'"_s, u"status eq active"_s }) {
            const HttpResult bad = arm(base + u"&$filter="_s + QString::fromLatin1(QUrl::toPercentEncoding(filter)));
            QCOMPARE(bad.status, 400);
        }
        // Events of the whole account, narrowed to one lot.
        const QJsonObject firstLot = every.items.first().toObject();
        const Collected lotEvents
            = all(accountPath(0) + u"/providers/Microsoft.Consumption/events"_s + Consumption + u"&$filter="_s
                  + QString::fromLatin1(
                      QUrl::toPercentEncoding(u"lotId eq '"_s + firstLot.value(u"name"_s).toString() + u'\'')));
        QVERIFY(!lotEvents.items.isEmpty());
        for (const QJsonValue &v : lotEvents.items)
            QCOMPARE(v.toObject().value(u"properties"_s).toObject().value(u"lotId"_s).toString(),
                     firstLot.value(u"id"_s).toString());
    }

    void eaBalances()
    {
        const int ea = static_cast<int>(world().accounts().size()) - 2;
        QCOMPARE(world().accounts()[ea].agreement, ArmAgreementType::EnterpriseAgreement);
        const HttpResult balance = arm(accountPath(ea) + u"/providers/Microsoft.Consumption/balances"_s + Consumption);
        QCOMPARE(balance.status, 200);
        const QJsonObject props = balance.json().value(u"properties"_s).toObject();
        QCOMPARE(balance.json().value(u"type"_s).toString(), u"Microsoft.Consumption/balances"_s);
        QCOMPARE(props.value(u"currency"_s).toString().trimmed(), u"USD"_s);
        for (const QString &field : { u"beginningBalance"_s, u"endingBalance"_s, u"utilized"_s, u"adjustments"_s })
            QVERIFY2(props.value(field).isDouble(), qPrintable(field));
        QVERIFY(props.value(u"adjustmentDetails"_s).isArray());
        const qint64 begin = qRound64(props.value(u"beginningBalance"_s).toDouble() * 100);
        const qint64 end = qRound64(props.value(u"endingBalance"_s).toDouble() * 100);
        QCOMPARE(end,
                 begin + qRound64(props.value(u"newPurchases"_s).toDouble() * 100)
                     + qRound64(props.value(u"adjustments"_s).toDouble() * 100)
                     - qRound64(props.value(u"utilized"_s).toDouble() * 100));
        QCOMPARE(
            arm(accountPath(ea) + u"/billingPeriods/202603/providers/Microsoft.Consumption/balances"_s + Consumption)
                .status,
            200);
        QCOMPARE(
            arm(accountPath(ea) + u"/billingPeriods/2026-03/providers/Microsoft.Consumption/balances"_s + Consumption)
                .status,
            400);
        QCOMPARE(arm(accountPath(0) + u"/providers/Microsoft.Consumption/balances"_s + Consumption).status, 400);
        const Collected eaLots = all(accountPath(ea) + u"/providers/Microsoft.Consumption/lots"_s + Consumption);
        QCOMPARE(eaLots.items.size(), 2);
    }

    void errors()
    {
        const QString accounts = u"/providers/Microsoft.Billing/billingAccounts"_s;
        HttpResult r = arm(accounts);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"MissingApiVersionParameter"_s);
        r = arm(accounts + u"?api-version=2019-10-01-preview"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"InvalidApiVersionParameter"_s);
        QVERIFY(r.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"2024-04-01"_s));
        // Each provider has its own api-version.
        QCOMPARE(arm(profilePath(0) + u"/providers/Microsoft.Consumption/lots"_s + Billing).errorCode(),
                 u"InvalidApiVersionParameter"_s);
        QCOMPARE(arm(u"/subscriptions"_s + Consumption).errorCode(), u"InvalidApiVersionParameter"_s);
        QCOMPARE(arm(u"/subscriptions"_s).errorCode(), u"MissingApiVersionParameter"_s);

        r = arm(accounts + u"/nope:nope_2020-01-01/billingProfiles"_s + Billing);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"BillingAccountNotFound"_s);
        r = arm(accountPath(0) + u"/billingProfiles/AAAA-BBBB-CCC-DDD/providers/Microsoft.Consumption/lots"_s
                + Consumption);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"BillingProfileNotFound"_s);
        QCOMPARE(arm(accountPath(0)
                     + u"/billingProfiles/AAAA-BBBB-CCC-DDD/providers/Microsoft.Consumption/credits/balanceSummary"_s
                     + Consumption)
                     .status,
                 404);

        const HttpResult post
            = m_client->send(QByteArrayLiteral("POST"), m_client->url(accounts + Billing),
                             { { QByteArrayLiteral("Authorization"), "Bearer " + m_token.toLatin1() } });
        QCOMPARE(post.status, 405);

        // Paths outside the emulation are left to the server's 404.
        const ArmApi api(m_server->dataset(), worldOptions());
        Request request;
        request.method = "GET";
        request.path = u"/providers/Microsoft.Nothing/things"_s;
        QVERIFY(!api.handle(request).has_value());
    }

    void deterministicPerSeed()
    {
        SandboxServer twin(worldOptions());
        QVERIFY(twin.start());
        Client twinClient(twin.baseUrl());
        const QString twinToken
            = signInWithAutoApprovedDeviceCode(twinClient, ArmScope).value(u"access_token"_s).toString();
        SandboxServer other(worldOptions(2));
        QVERIFY(other.start());
        Client otherClient(other.baseUrl());
        const QString otherToken
            = signInWithAutoApprovedDeviceCode(otherClient, ArmScope).value(u"access_token"_s).toString();

        const QString profile = profilePath(mcaProfilesWithLots().first());
        const QStringList paths = {
            u"/providers/Microsoft.Billing/billingAccounts"_s + Billing,
            accountPath(0) + u"/billingProfiles"_s + Billing,
            profile + u"/providers/Microsoft.Consumption/lots"_s + Consumption,
            eventsPath(mcaProfilesWithLots().first(), Today.addDays(-400), Today),
            profile + u"/providers/Microsoft.Consumption/credits/balanceSummary"_s + Consumption,
            u"/subscriptions?api-version=2022-12-01"_s,
        };
        for (const QString &path : paths) {
            const HttpResult mine = arm(path);
            const HttpResult theirs = twinClient.getWithToken(path, twinToken);
            QCOMPARE(mine.status, 200);
            QCOMPARE(portless(theirs.body, twin.baseUrl()), portless(mine.body, m_server->baseUrl()));
        }
        const HttpResult seedTwo
            = otherClient.getWithToken(u"/providers/Microsoft.Billing/billingAccounts"_s + Billing, otherToken);
        QCOMPARE(seedTwo.status, 200);
        QVERIFY(seedTwo.body != arm(u"/providers/Microsoft.Billing/billingAccounts"_s + Billing).body);
        QVERIFY(other.tenantId() != m_server->tenantId());
        QVERIFY(other.dataset().benefitCreditsDocument() != m_server->dataset().benefitCreditsDocument());
        QCOMPARE(twin.dataset().benefitCreditsDocument(), m_server->dataset().benefitCreditsDocument());

        // No date given: the world is built around the current UTC date.
        SandboxOptions undated = worldOptions();
        undated.today = QDate();
        QCOMPARE(Dataset(undated).today(), QDateTime::currentDateTimeUtc().date());
    }
};

QTEST_GUILESS_MAIN(TestSandboxArm)
#include "tst_sandbox_arm.moc"
