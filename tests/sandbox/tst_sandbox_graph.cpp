// The sandbox's Microsoft Graph endpoints over real HTTP: /me, /organization, user search,
// filter, select, top and paging, user creation with Graph's validation, and persistence of
// created users across restarts.

#include "graph/graphendpoints.h"
#include "pagingtestsupport.h"
#include "server/sandboxserver.h"
#include "world/dataset.h"

#include <memory>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CreditDesk::Sandbox;
using namespace SandboxTest;

namespace {

const QString GraphScope = u"https://graph.microsoft.com/User.ReadWrite.All openid offline_access"_s;
const Headers Eventual = { { QByteArrayLiteral("ConsistencyLevel"), QByteArrayLiteral("eventual") } };

SandboxOptions graphOptions(const QString &dataDir = {})
{
    SandboxOptions options;
    options.autoApprove = true;
    options.today = QDate(2026, 6, 15);
    options.scale.users = 250;
    options.dataDir = dataDir;
    return options;
}

bool wordStartsWith(const QString &text, const QString &prefix)
{
    static const QRegularExpression separators(u"[\\s._@#-]"_s);
    if (text.startsWith(prefix, Qt::CaseInsensitive))
        return true;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        if (word.startsWith(prefix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QByteArray newUserBody(const QString &upn, const QString &password = u"Sandbox!2026"_s)
{
    return QJsonDocument(
               QJsonObject {
                   { u"accountEnabled"_s, true },
                   { u"displayName"_s, u"Quentin Zephyr"_s },
                   { u"mailNickname"_s, upn.section(u'@', 0, 0) },
                   { u"userPrincipalName"_s, upn },
                   { u"givenName"_s, u"Quentin"_s },
                   { u"surname"_s, u"Zephyr"_s },
                   { u"passwordProfile"_s,
                     QJsonObject { { u"forceChangePasswordNextSignIn"_s, true }, { u"password"_s, password } } },
               })
        .toJson(QJsonDocument::Compact);
}

QByteArray portless(QByteArray body, const QUrl &base)
{
    return body.replace(base.toString().toUtf8(), "BASE");
}

} // namespace

class TestSandboxGraph : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Client> m_client;
    QString m_token;

    HttpResult graph(const QString &pathAndQuery, Headers headers = {})
    {
        return m_client->getWithToken(pathAndQuery, m_token, std::move(headers));
    }
    HttpResult post(const QByteArray &body, const QString &path = u"/v1.0/users"_s)
    {
        return m_client->send(QByteArrayLiteral("POST"), m_client->url(path),
                              { { QByteArrayLiteral("Authorization"), "Bearer " + m_token.toLatin1() },
                                { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") },
                                { QByteArrayLiteral("client-request-id"), QByteArrayLiteral("test-client-request") } },
                              body);
    }
    Collected users(const QString &query, const Headers &headers = {})
    {
        return collectPages(*m_client, m_client->url(u"/v1.0/users"_s + query), m_token, u"@odata.nextLink"_s, headers);
    }
    const QList<SandboxUser> &directory() const { return m_server->dataset().directory().users(); }

    static void verifyGraphError(const HttpResult &result, int status, const QString &code)
    {
        QCOMPARE(result.status, status);
        const QJsonObject error = result.json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), code);
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());
        const QJsonObject inner = error.value(u"innerError"_s).toObject();
        QVERIFY(QDateTime::fromString(inner.value(u"date"_s).toString(), Qt::ISODate).isValid());
        QVERIFY(!inner.value(u"request-id"_s).toString().isEmpty());
        QVERIFY(!inner.value(u"client-request-id"_s).toString().isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<SandboxServer>(graphOptions());
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_client = std::make_unique<Client>(m_server->baseUrl());
        m_token = signInWithAutoApprovedDeviceCode(*m_client, GraphScope).value(u"access_token"_s).toString();
        QVERIFY(!m_token.isEmpty());
    }

    void meAndOrganization()
    {
        const HttpResult me = graph(u"/v1.0/me"_s);
        QCOMPARE(me.status, 200);
        const SandboxUser &admin = m_server->dataset().signedInUser();
        QCOMPARE(me.json().value(u"id"_s).toString(), admin.objectId);
        QCOMPARE(me.json().value(u"userPrincipalName"_s).toString(), admin.userPrincipalName);
        QVERIFY(me.json().value(u"@odata.context"_s).toString().endsWith(u"/v1.0/$metadata#users/$entity"_s));
        QVERIFY(admin.userPrincipalName.endsWith(u'@' + m_server->dataset().tenantDomain()));

        const HttpResult org = graph(u"/v1.0/organization"_s);
        QCOMPARE(org.status, 200);
        const QJsonObject tenant = org.json().value(u"value"_s).toArray().first().toObject();
        QCOMPARE(tenant.value(u"id"_s).toString(), m_server->tenantId());
        QMap<QString, QJsonObject> domains;
        for (const QJsonValue &d : tenant.value(u"verifiedDomains"_s).toArray())
            domains.insert(d.toObject().value(u"name"_s).toString(), d.toObject());
        QCOMPARE(domains.size(), 2);
        const QJsonObject initial = domains.value(m_server->dataset().tenantDomain());
        QVERIFY(initial.value(u"isInitial"_s).toBool());
        QVERIFY(initial.value(u"isDefault"_s).toBool());
        QCOMPARE(initial.value(u"type"_s).toString(), u"Managed"_s);
        QVERIFY(m_server->dataset().tenantDomain().endsWith(u".onmicrosoft.com"_s));
        const QJsonObject custom = domains.value(m_server->dataset().customDomain());
        QVERIFY(custom.contains(u"isDefault"_s) && !custom.value(u"isInitial"_s).toBool());
    }

    void listPagesWithDefaultsAndTop()
    {
        const Collected all = users(QString());
        QCOMPARE(all.firstFailureStatus, 0);
        QCOMPARE(all.items.size(), directory().size());
        QCOMPARE(all.pages, int((directory().size() + 99) / 100)); // default page of 100
        const QJsonObject first = all.items.first().toObject();
        const QStringList defaults
            = { u"businessPhones"_s,    u"displayName"_s, u"givenName"_s,        u"id"_s,
                u"jobTitle"_s,          u"mail"_s,        u"mobilePhone"_s,      u"officeLocation"_s,
                u"preferredLanguage"_s, u"surname"_s,     u"userPrincipalName"_s };
        QCOMPARE(first.keys(), defaults);
        for (const QString &link : all.nextLinks) {
            QVERIFY(link.startsWith(m_server->baseUrl().toString() + u"/v1.0/users?"_s));
            QVERIFY(link.contains(u"$skiptoken="_s));
        }

        const Collected small = users(u"?$top=25"_s);
        QCOMPARE(small.items.size(), directory().size());
        QCOMPARE(small.pages, int((directory().size() + 24) / 25));
        QVERIFY(small.nextLinks.first().contains(u"$top=25"_s));
        for (const QString &top : { u"0"_s, u"1000"_s, u"ten"_s })
            verifyGraphError(graph(u"/v1.0/users?$top="_s + top), 400, u"Request_BadRequest"_s);

        const HttpResult first200 = graph(u"/v1.0/users"_s);
        QVERIFY(first200.json().value(u"@odata.context"_s).toString().endsWith(u"/v1.0/$metadata#users"_s));
    }

    void selectProperties()
    {
        const HttpResult selected = graph(u"/v1.0/users?$select=id,displayName,userType,accountEnabled&$top=999"_s);
        QCOMPARE(selected.status, 200);
        const QJsonArray value = selected.json().value(u"value"_s).toArray();
        QCOMPARE(value.size(), directory().size());
        int guests = 0, disabled = 0;
        for (const QJsonValue &v : value) {
            const QJsonObject u = v.toObject();
            QCOMPARE(u.keys(), (QStringList { u"accountEnabled"_s, u"displayName"_s, u"id"_s, u"userType"_s }));
            guests += u.value(u"userType"_s).toString() == u"Guest"_s;
            disabled += !u.value(u"accountEnabled"_s).toBool();
        }
        QVERIFY(guests > 0);
        QVERIFY(disabled > 0);
        QVERIFY(selected.json()
                    .value(u"@odata.context"_s)
                    .toString()
                    .contains(u"users(id,displayName,userType,accountEnabled)"_s));
        verifyGraphError(graph(u"/v1.0/users?$select=id,shoeSize"_s), 400, u"Request_BadRequest"_s);
    }

    void searchNeedsConsistencyLevel()
    {
        const QString query = queryString({ { u"$search"_s, u"\"displayName:an\" OR \"mail:an\""_s },
                                            { u"$count"_s, u"true"_s },
                                            { u"$top"_s, u"5"_s } });
        verifyGraphError(graph(u"/v1.0/users"_s + query), 400, u"Request_UnsupportedQuery"_s);

        int expected = 0;
        for (const SandboxUser &u : directory())
            expected += wordStartsWith(u.displayName, u"an"_s) || wordStartsWith(u.mail, u"an"_s);
        QVERIFY(expected > 5);
        const HttpResult first = graph(u"/v1.0/users"_s + query, Eventual);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(u"@odata.count"_s).toInt(), expected);
        const Collected found = users(query, Eventual);
        QCOMPARE(found.firstFailureStatus, 0);
        QCOMPARE(found.items.size(), expected);
        QCOMPARE(found.pages, (expected + 4) / 5);
        for (const QJsonValue &v : found.items) {
            const QJsonObject u = v.toObject();
            QVERIFY(wordStartsWith(u.value(u"displayName"_s).toString(), u"an"_s)
                    || wordStartsWith(u.value(u"mail"_s).toString(), u"an"_s));
        }
        // AND narrows, a single clause works, bad syntax is a 400.
        const Collected both
            = users(queryString({ { u"$search"_s, u"\"displayName:an\" AND \"mail:an\""_s } }), Eventual);
        QVERIFY(both.items.size() <= found.items.size());
        QCOMPARE(graph(u"/v1.0/users"_s + queryString({ { u"$search"_s, u"\"displayName:an\""_s } }), Eventual).status,
                 200);
        verifyGraphError(graph(u"/v1.0/users"_s + queryString({ { u"$search"_s, u"displayName:an"_s } }), Eventual),
                         400, u"Request_BadRequest"_s);
        verifyGraphError(graph(u"/v1.0/users?$count=true"_s), 400, u"Request_BadRequest"_s);
    }

    void filterStartsWith()
    {
        const QList<std::pair<QString, QString SandboxUser::*>> properties
            = { { u"displayName"_s, &SandboxUser::displayName },
                { u"mail"_s, &SandboxUser::mail },
                { u"userPrincipalName"_s, &SandboxUser::userPrincipalName },
                { u"givenName"_s, &SandboxUser::givenName },
                { u"surname"_s, &SandboxUser::surname } };
        for (const auto &[name, member] : properties) {
            const QString prefix = (directory()[3].*member).left(2).toUpper(); // case-insensitive
            int expected = 0;
            for (const SandboxUser &u : directory())
                expected += (u.*member).startsWith(prefix, Qt::CaseInsensitive);
            const Collected found
                = users(queryString({ { u"$filter"_s, u"startswith("_s + name + u",'"_s + prefix + u"')"_s } }));
            QCOMPARE(found.firstFailureStatus, 0);
            QVERIFY(expected > 0);
            QCOMPARE(found.items.size(), expected);
        }
        const Collected guests = users(queryString(
            { { u"$filter"_s, u"userType eq 'Guest'"_s }, { u"$select"_s, u"userPrincipalName,mail,userType"_s } }));
        QVERIFY(!guests.items.isEmpty());
        for (const QJsonValue &v : guests.items)
            QVERIFY(v.toObject().value(u"userPrincipalName"_s).toString().contains(u"#EXT#@"_s));
        const Collected disabled = users(queryString({ { u"$filter"_s, u"accountEnabled eq false"_s } }));
        QVERIFY(!disabled.items.isEmpty());
        const Collected either
            = users(queryString({ { u"$filter"_s, u"startswith(displayName,'a') or startswith(displayName,'b')"_s } }));
        for (const QJsonValue &v : either.items) {
            const QString name = v.toObject().value(u"displayName"_s).toString().toLower();
            QVERIFY(name.startsWith(u'a') || name.startsWith(u'b'));
        }
        verifyGraphError(graph(u"/v1.0/users"_s + queryString({ { u"$filter"_s, u"endswith(mail,'.com')"_s } })), 400,
                         u"Request_UnsupportedQuery"_s);
        verifyGraphError(graph(u"/v1.0/users"_s + queryString({ { u"$filter"_s, u"startswith(displayName,'a'"_s } })),
                         400, u"Request_BadRequest"_s);

        // The generated directory has what the assignment rules need to refuse.
        int freeMailMembers = 0;
        for (const SandboxUser &u : directory()) {
            const QString domain = u.mail.section(u'@', 1);
            freeMailMembers += u.userType == u"Member"_s
                && QStringList { u"gmail.com"_s, u"outlook.com"_s, u"hotmail.com"_s, u"yahoo.com"_s }.contains(domain);
        }
        QVERIFY(freeMailMembers > 0);
    }

    void getByIdOrUpn()
    {
        const SandboxUser guest = *std::find_if(directory().begin(), directory().end(),
                                                [](const SandboxUser &u) { return u.userType == u"Guest"_s; });
        for (const QString &key : { guest.objectId, guest.userPrincipalName, guest.userPrincipalName.toUpper() }) {
            const HttpResult r = graph(u"/v1.0/users/"_s + QString::fromLatin1(QUrl::toPercentEncoding(key, "@")));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(u"id"_s).toString(), guest.objectId);
        }
        const HttpResult selected = graph(u"/v1.0/users/"_s + guest.objectId + u"?$select=userType"_s);
        QCOMPARE(selected.json().value(u"userType"_s).toString(), u"Guest"_s);
        verifyGraphError(graph(u"/v1.0/users/nobody@example.com"_s), 404, u"Request_ResourceNotFound"_s);
    }

    void createUserValidation()
    {
        const QString domain = m_server->dataset().tenantDomain();
        const QString upn = u"quentin.zephyr@"_s + domain;
        const HttpResult created = post(newUserBody(upn));
        QCOMPARE(created.status, 201);
        const QJsonObject user = created.json();
        QCOMPARE(user.value(u"userPrincipalName"_s).toString(), upn);
        QCOMPARE(user.value(u"displayName"_s).toString(), u"Quentin Zephyr"_s);
        QVERIFY(!QUuid::fromString(user.value(u"id"_s).toString()).isNull());
        QVERIFY(user.value(u"@odata.context"_s).toString().endsWith(u"$metadata#users/$entity"_s));
        QVERIFY(created.header("location").endsWith(user.value(u"id"_s).toString().toLatin1()));

        // Visible at once, by UPN and through search.
        QCOMPARE(graph(u"/v1.0/users/"_s + upn).status, 200);
        const Collected found = users(queryString({ { u"$search"_s, u"\"displayName:zeph\""_s } }), Eventual);
        QCOMPARE(found.items.size(), 1);
        QCOMPARE(found.items.first().toObject().value(u"id"_s).toString(), user.value(u"id"_s).toString());

        // The custom verified domain works as well.
        QCOMPARE(post(newUserBody(u"qz2@"_s + m_server->dataset().customDomain())).status, 201);

        const HttpResult duplicate = post(newUserBody(upn.toUpper()));
        verifyGraphError(duplicate, 400, u"Request_BadRequest"_s);
        QCOMPARE(duplicate.json().value(u"error"_s).toObject().value(u"message"_s).toString(),
                 u"Another object with the same value for property userPrincipalName already exists."_s);
        QCOMPARE(duplicate.json()
                     .value(u"error"_s)
                     .toObject()
                     .value(u"innerError"_s)
                     .toObject()
                     .value(u"client-request-id"_s)
                     .toString(),
                 u"test-client-request"_s);

        const HttpResult foreign = post(newUserBody(u"someone@gmail.com"_s));
        verifyGraphError(foreign, 400, u"Request_BadRequest"_s);
        QVERIFY(
            foreign.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"verified domain"_s));

        verifyGraphError(post(newUserBody(u"weak@"_s + domain, u"password"_s)), 400, u"Request_BadRequest"_s);
        verifyGraphError(post(newUserBody(u"bad name@"_s + domain)), 400, u"Request_BadRequest"_s);
        verifyGraphError(post("{not json"), 400, u"Request_BadRequest"_s);
        for (const QString &field : { u"accountEnabled"_s, u"displayName"_s, u"mailNickname"_s, u"userPrincipalName"_s,
                                      u"passwordProfile"_s }) {
            QJsonObject body = QJsonDocument::fromJson(newUserBody(u"missing@"_s + domain)).object();
            body.remove(field);
            const HttpResult missing = post(QJsonDocument(body).toJson());
            verifyGraphError(missing, 400, u"Request_BadRequest"_s);
            QVERIFY2(missing.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(field),
                     qPrintable(field));
        }
        QCOMPARE(graph(u"/v1.0/users/missing@"_s + domain).status, 404); // nothing half-created
    }

    void createdUsersPersist()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString upn = u"persisted.user@"_s;
        QString id;
        {
            SandboxServer first(graphOptions(dir.path()));
            QVERIFY(first.start());
            Client client(first.baseUrl());
            const QString token
                = signInWithAutoApprovedDeviceCode(client, GraphScope).value(u"access_token"_s).toString();
            const HttpResult created
                = client.send(QByteArrayLiteral("POST"), client.url(u"/v1.0/users"_s),
                              { { QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1() },
                                { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } },
                              newUserBody(upn + first.dataset().tenantDomain()));
            QCOMPARE(created.status, 201);
            id = created.json().value(u"id"_s).toString();
        }
        {
            SandboxServer second(graphOptions(dir.path()));
            QVERIFY(second.start());
            Client client(second.baseUrl());
            const QString token
                = signInWithAutoApprovedDeviceCode(client, GraphScope).value(u"access_token"_s).toString();
            const HttpResult again
                = client.getWithToken(u"/v1.0/users/"_s + upn + second.dataset().tenantDomain(), token);
            QCOMPARE(again.status, 200);
            QCOMPARE(again.json().value(u"id"_s).toString(), id);
            const Collected found = collectPages(
                client, client.url(u"/v1.0/users"_s + queryString({ { u"$search"_s, u"\"displayName:quentin\""_s } })),
                token, u"@odata.nextLink"_s, Eventual);
            QCOMPARE(found.items.size(), 1);
        }
        // A new GraphEndpoints over the same directory, without HTTP, sees it too; memory-only does not.
        Dataset dataset(graphOptions(dir.path()));
        GraphEndpoints api(dataset, graphOptions(dir.path()));
        Request request;
        request.method = "GET";
        request.path = u"/v1.0/users/"_s + id;
        QCOMPARE(api.handle(request)->status, 200);
        Dataset fresh(graphOptions());
        GraphEndpoints memoryOnly(fresh, graphOptions());
        QCOMPARE(memoryOnly.handle(request)->status, 404);
        request.path = u"/v1.0/nothing"_s;
        QVERIFY(!memoryOnly.handle(request).has_value());
    }

    void deterministicPerSeed()
    {
        SandboxServer twin(graphOptions());
        QVERIFY(twin.start());
        Client client(twin.baseUrl());
        const QString token = signInWithAutoApprovedDeviceCode(client, GraphScope).value(u"access_token"_s).toString();
        const QString page
            = u"/v1.0/users?$top=50&$select=id,displayName,mail,userPrincipalName,userType,accountEnabled"_s;
        QCOMPARE(portless(client.getWithToken(page, token).body, twin.baseUrl()),
                 portless(graph(page).body, m_server->baseUrl()));
        SandboxOptions otherSeed = graphOptions();
        otherSeed.seed = 5;
        Dataset other(otherSeed);
        QVERIFY(other.directory().users().first().objectId != directory().first().objectId);
        QVERIFY(other.tenantDomain() != m_server->dataset().tenantDomain());
    }

    void benefitCreditsDocument()
    {
        const QJsonObject doc = m_server->dataset().benefitCreditsDocument().object();
        QCOMPARE(doc.value(u"tenantId"_s).toString(), m_server->tenantId());
        const QJsonArray credits = doc.value(u"credits"_s).toArray();
        QCOMPARE(credits.size(), SandboxOptions().scale.benefitCredits);
        QMap<int, int> reassignments;
        QMap<QString, int> bulkHolders;
        QSet<QString> statuses;
        for (const QJsonValue &v : credits) {
            const QJsonObject c = v.toObject();
            statuses.insert(c.value(u"status"_s).toString());
            const QJsonArray history = c.value(u"history"_s).toArray();
            int counted = 0;
            for (const QJsonValue &h : history)
                counted += h.toObject().value(u"countsAsReassignment"_s).toBool();
            QCOMPARE(c.value(u"reassignmentsUsed"_s).toInt(), counted);
            QVERIFY(counted <= 5);
            ++reassignments[counted];
            const bool bulk = c.value(u"creditType"_s).toString() == u"bulk"_s;
            if (bulk) {
                QCOMPARE(counted, 0);
                if (!c.value(u"assignedUserId"_s).isNull())
                    ++bulkHolders[c.value(u"assignedUserId"_s).toString()];
            }
            if (!c.value(u"assignedUserId"_s).isNull()) {
                const SandboxUser *holder
                    = m_server->dataset().directory().find(c.value(u"assignedUserId"_s).toString());
                QVERIFY(holder);
                QVERIFY(holder->accountEnabled && holder->userType == u"Member"_s);
                QVERIFY(!holder->mail.endsWith(u"@gmail.com"_s));
            }
            QVERIFY(QDateTime::fromString(c.value(u"startDate"_s).toString(), Qt::ISODate).isValid());
            QVERIFY(c.value(u"amount"_s).isDouble());
        }
        QCOMPARE(reassignments.value(5), 1);
        QVERIFY(reassignments.value(4) >= 1);
        QCOMPARE(bulkHolders.size(), 1);
        QCOMPARE(bulkHolders.first(), 1);
        for (const QString &status : { u"notRedeemed"_s, u"assigned"_s, u"redeemed"_s, u"expired"_s })
            QVERIFY2(statuses.contains(status), qPrintable(status));
    }
};

QTEST_GUILESS_MAIN(TestSandboxGraph)
#include "tst_sandbox_graph.moc"
