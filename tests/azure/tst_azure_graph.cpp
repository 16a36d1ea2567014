// Microsoft Graph through GraphApi against the sandbox: $search with ConsistencyLevel,
// paging by @odata.nextLink one page at a time, verified domains, and user creation
// (success, a validation error with Graph's message, a duplicate).
#include "azuretestutil.h"
#include "graph/graphapi.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::Testing;

class TestAzureGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void searchExpressionQuotesEachProperty();
    void searchSendsConsistencyLevelAndPages();
    void searchWithoutTextListsEveryone();
    void searchFindsGuestsAndDisabledAccounts();
    void verifiedDomainsDefaultFirst();
    void createUserThenFindIt();
    void createUserRefusedWithGraphsMessage();
    void createUserTwiceIsADuplicate();

private:
    template<typename T, typename Call> Result<T> run(Call call);
    /// Oracle: users matching the search, by plain paging with the header.
    int countMatches(const QString &text);

    AzureFixture f;
    std::unique_ptr<GraphApi> graph;
    QString graphToken;
};

template<typename T, typename Call> Result<T> TestAzureGraph::run(Call call)
{
    QObject context;
    Outcome<Result<T>> outcome;
    call(&context, outcome.callback());
    if (!outcome.wait())
        return Error { u"no answer in time"_s, u"test-timeout"_s };
    return std::move(*outcome.value);
}

void TestAzureGraph::initTestCase()
{
    QVERIFY(f.start(smallWorld()));
    graph = std::make_unique<GraphApi>(f.graph.get());
    auto token = run<QString>([&](QObject *c, auto done) { f.sandbox.session->accessToken(Resource::Graph, c, done); });
    QVERIFY2(token.ok(), failure(token));
    graphToken = token.value();
}

int TestAzureGraph::countMatches(const QString &text)
{
    QUrlQuery query;
    query.addQueryItem(u"$search"_s, QString::fromLatin1(QUrl::toPercentEncoding(GraphApi::searchExpression(text))));
    query.addQueryItem(u"$top"_s, u"999"_s);
    return int(f.fetchAll(f.url(u"/v1.0/users"_s, query.toString(QUrl::FullyEncoded)), graphToken,
                          "ConsistencyLevel: eventual")
                   .size());
}

void TestAzureGraph::searchExpressionQuotesEachProperty()
{
    QCOMPARE(GraphApi::searchExpression(u"  an  "_s),
             u"\"displayName:an\" OR \"mail:an\" OR \"userPrincipalName:an\""_s);
    // Quotes and backslashes would break the quoted clauses.
    QCOMPARE(GraphApi::searchExpression(u"a\"b\\c"_s),
             u"\"displayName:abc\" OR \"mail:abc\" OR \"userPrincipalName:abc\""_s);
    QVERIFY(GraphApi::searchExpression(u" \" "_s).isEmpty());
}

void TestAzureGraph::searchSendsConsistencyLevelAndPages()
{
    // A letter many generated names start with; the oracle says how many match.
    const QString text = u"a"_s;
    const int expected = countMatches(text);
    QVERIFY2(expected > 4, qPrintable(QString::number(expected)));
    // Without the header the service refuses $search, so the client's success below proves it sent it.
    const QJsonObject refused = f.fetchJson(
        f.url(u"/v1.0/users"_s,
              u"$search="_s + QString::fromLatin1(QUrl::toPercentEncoding(GraphApi::searchExpression(text)))),
        graphToken);
    QVERIFY(refused.contains(u"error"_s));

    auto first = run<GraphApi::UserPage>([&](QObject *c, auto done) { graph->searchUsers(text, 4, c, done); });
    QVERIFY2(first.ok(), failure(first)); // the sandbox, like Graph, refuses $search without the header
    QCOMPARE(first->items.size(), 4);
    QVERIFY(first->hasNextPage());

    // One page at a time, as a picker scrolls.
    int total = int(first->items.size());
    int pages = 1;
    QSet<QString> ids;
    for (const DirectoryUser &u : first->items)
        ids.insert(u.id);
    QUrl next = first->nextLink;
    while (!next.isEmpty()) {
        auto page = run<GraphApi::UserPage>([&](QObject *c, auto done) { graph->nextUsers(next, c, done); });
        QVERIFY2(page.ok(), failure(page));
        QVERIFY(page->items.size() <= 4);
        for (const DirectoryUser &u : page->items) {
            QVERIFY(!u.id.isEmpty());
            QVERIFY(!u.userPrincipalName.isEmpty());
            ids.insert(u.id);
        }
        total += int(page->items.size());
        ++pages;
        next = page->nextLink;
    }
    QCOMPARE(total, expected);
    QCOMPARE(int(ids.size()), expected);
    QCOMPARE(pages, (expected + 3) / 4);
}

void TestAzureGraph::searchWithoutTextListsEveryone()
{
    auto page = run<GraphApi::UserPage>([&](QObject *c, auto done) { graph->searchUsers(u"  "_s, 999, c, done); });
    QVERIFY2(page.ok(), failure(page));
    QVERIFY(!page->hasNextPage());
    QVERIFY(page->items.size() >= smallWorld().scale.users);
}

void TestAzureGraph::searchFindsGuestsAndDisabledAccounts()
{
    auto page = run<GraphApi::UserPage>([&](QObject *c, auto done) { graph->searchUsers({}, 999, c, done); });
    QVERIFY2(page.ok(), failure(page));
    int guests = 0;
    int disabled = 0;
    for (const DirectoryUser &u : page->items) {
        if (u.isGuest()) {
            ++guests;
            QVERIFY2(u.userPrincipalName.contains(u"#EXT#"_s), qPrintable(u.userPrincipalName));
        }
        if (!u.accountEnabled)
            ++disabled;
    }
    QVERIFY(guests > 0);
    QVERIFY(disabled > 0);
    // $search by a guest's name finds the guest with userType selected.
    const DirectoryUser guest
        = *std::find_if(page->items.cbegin(), page->items.cend(), [](const DirectoryUser &u) { return u.isGuest(); });
    auto found = run<GraphApi::UserPage>(
        [&](QObject *c, auto done) { graph->searchUsers(guest.displayName.section(u' ', 0, 0), 50, c, done); });
    QVERIFY2(found.ok(), failure(found));
    const bool hasGuest = std::any_of(found->items.cbegin(), found->items.cend(), [&](const DirectoryUser &u) {
        return u.id == guest.id && u.userType == u"Guest"_s;
    });
    QVERIFY(hasGuest);
}

void TestAzureGraph::verifiedDomainsDefaultFirst()
{
    auto domains = run<QList<VerifiedDomain>>([&](QObject *c, auto done) { graph->listVerifiedDomains(c, done); });
    QVERIFY2(domains.ok(), failure(domains));
    QCOMPARE(domains->size(), 2);
    QVERIFY(domains->at(0).isDefault);
    QVERIFY(domains->at(0).isInitial);
    QVERIFY(domains->at(0).name.endsWith(u".onmicrosoft.com"_s));
    QVERIFY(!domains->at(1).isDefault);
}

void TestAzureGraph::createUserThenFindIt()
{
    auto domains = run<QList<VerifiedDomain>>([&](QObject *c, auto done) { graph->listVerifiedDomains(c, done); });
    QVERIFY2(domains.ok(), failure(domains));
    NewDirectoryUser user;
    user.displayName = u"Zelda Quokka"_s;
    user.userPrincipalName = u"zelda.quokka@"_s + domains->at(1).name;
    user.password = u"Correct-Horse-42!"_s;
    auto created = run<DirectoryUser>([&](QObject *c, auto done) { graph->createUser(user, c, done); });
    QVERIFY2(created.ok(), failure(created));
    QVERIFY(!created->id.isEmpty());
    QCOMPARE(created->userPrincipalName, user.userPrincipalName);
    QCOMPARE(created->displayName, user.displayName);
    QVERIFY(!created->isGuest());

    auto found = run<GraphApi::UserPage>([&](QObject *c, auto done) { graph->searchUsers(u"zelda"_s, 10, c, done); });
    QVERIFY2(found.ok(), failure(found));
    QCOMPARE(found->items.size(), 1);
    QCOMPARE(found->items.constFirst().id, created->id);
}

void TestAzureGraph::createUserRefusedWithGraphsMessage()
{
    NewDirectoryUser user;
    user.displayName = u"Outside Person"_s;
    user.userPrincipalName = u"outside.person@gmail.com"_s; // not a verified domain
    user.password = u"Correct-Horse-42!"_s;
    auto refused = run<DirectoryUser>([&](QObject *c, auto done) { graph->createUser(user, c, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 400);
    QCOMPARE(refused.error().code, u"Request_BadRequest"_s);
    const QString message = refused.error().message;
    QVERIFY2(message.contains(u"create the user outside.person@gmail.com"_s), qPrintable(message));
    QVERIFY2(message.contains(u"verified domain"_s), qPrintable(message));
    QVERIFY(!refused.error().requestId.isEmpty());

    auto domains = run<QList<VerifiedDomain>>([&](QObject *c, auto done) { graph->listVerifiedDomains(c, done); });
    QVERIFY2(domains.ok(), failure(domains));
    user.userPrincipalName = u"weak.password@"_s + domains->at(0).name;
    user.password = u"short"_s;
    auto weak = run<DirectoryUser>([&](QObject *c, auto done) { graph->createUser(user, c, done); });
    QVERIFY(!weak.ok());
    QCOMPARE(weak.error().httpStatus, 400);
    QVERIFY2(weak.error().message.contains(u"password"_s), failure(weak));
}

void TestAzureGraph::createUserTwiceIsADuplicate()
{
    auto domains = run<QList<VerifiedDomain>>([&](QObject *c, auto done) { graph->listVerifiedDomains(c, done); });
    QVERIFY2(domains.ok(), failure(domains));
    NewDirectoryUser user;
    user.displayName = u"Dup Licate"_s;
    user.userPrincipalName = u"dup.licate@"_s + domains->at(0).name;
    user.password = u"Correct-Horse-42!"_s;
    auto first = run<DirectoryUser>([&](QObject *c, auto done) { graph->createUser(user, c, done); });
    QVERIFY2(first.ok(), failure(first));
    auto second = run<DirectoryUser>([&](QObject *c, auto done) { graph->createUser(user, c, done); });
    QVERIFY(!second.ok());
    QCOMPARE(second.error().httpStatus, 400);
    QVERIFY2(second.error().message.contains(u"already exists"_s), failure(second));
}

QTEST_GUILESS_MAIN(TestAzureGraph)
#include "tst_azure_graph.moc"
