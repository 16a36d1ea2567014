// Json::Reader's document side: the syntax it accepts (RFC 8259, checked by simdjson, never
// skipped unchecked), reading in place versus padding a copy, and what the page parsers make of
// escapes, key order, deep nesting and errors.

#include "azure/armparsers.h"
#include "azure/jsonreader_p.h"

#include <QJsonDocument>
#include <QThread>
#include <QTest>

using namespace CreditDesk;
using namespace CreditDesk::Json;
using namespace Qt::StringLiterals;

namespace {

// The reader's verdict on a whole text: every value walked, nothing after the top level.
bool accepts(const QByteArray &json)
{
    Reader r(json);
    r.skipRoot();
    return r.finish();
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syntax_data();
    void syntax();
    void byteOrderMarkBeforeTheText();
    void numbersStayLiterals();
    void errorsStickAndSayWhere();
    void readsInPlaceOrPadsACopy();
    void nestingIsBounded();
    void rowsDecodeEscapes();
    void pagesOfAListingShareTexts();
    void pageKeyOrder();
    void duplicateKeysLastWins();
    void numericErrorCode();
    void truncatedPagesAreErrors();
    void skippedValuesAreChecked_data();
    void skippedValuesAreChecked();
};

void TestJsonReader::syntax_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    const std::pair<const char *, bool> docs[] = {
        { "{}", true }, { "[]", true }, { " { \"a\" : [ 1 , -2.5e+3 , true , false , null , \"x\" ] } ", true },
        { "\"text\"", true }, { "0", true }, { "-0.0", true }, { "1E5", true },
        { "{\"a\":{\"b\":{\"c\":[]}}}", true }, { "[{},{},[]]", true }, { "{\"a\":\"\\u00e9\\n\\\"\"}", true },
        { "[123456789012345678901234567890]", true }, // QJsonDocument reads it as a double, too
        { "", false }, { "   ", false }, { "{", false }, { "}", false }, { "[1,]", false }, { "{\"a\":1,}", false },
        { "{\"a\" 1}", false }, { "{\"a\":1 \"b\":2}", false }, { "[1 2]", false }, { "{a:1}", false },
        { "01", false }, { ".5", false }, { "-", false }, { "1e", false }, { "+1", false }, { "tru", false },
        { "nul", false }, { "\"unterminated", false }, { "\"\\u12G4\"", false }, { "{} {}", false },
        { "[1]]", false }, { "{\"a\":1}}", false }, { "NaN", false }, { "[\"a\",]", false }, { "-.5", false },
        { ".", false }, { "00", false }, { "-01", false }, { ".e1", false }, { "1.5.5", false }, { "0x1", false },
        { "- 1", false }, { "Infinity", false }, { "1e+", false }, { "\"\\u12\"", false },
        { "[1e400]", false }, // beyond a double, as QJsonDocument
        { "\"\\\xC3\xA9\"", false }, { "{\"k\\\xE2\x82\xAC\":1}", false },
        { "[\"a\xff\"]", false }, // invalid UTF-8
        // Stricter than QJsonDocument, by design (RFC 8259):
        { "[1.]", false }, { "[1.e5]", false }, { "[\"bad \\x escape\"]", false }, { "[\"tab\there\"]", false },
        { "[\"a\x01b\"]", false }, { "[\"\\ud83d\"]", false }, { "[\"x\\udc00y\"]", false },
    };
    for (const auto &[doc, valid] : docs)
        QTest::newRow(doc) << QByteArray(doc) << valid;
}

void TestJsonReader::syntax()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QCOMPARE(accepts(json), valid);
    // What the reader accepts inside an array, QJsonDocument accepts too.
    if (valid && !json.trimmed().isEmpty()) {
        QJsonParseError error {};
        QJsonDocument::fromJson('[' + json + ']', &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }
}

void TestJsonReader::byteOrderMarkBeforeTheText()
{
    const auto page = parseLotsPage("\xEF\xBB\xBF{\"value\":[]}");
    QVERIFY(page.ok());
    QVERIFY(!accepts("{}\xEF\xBB\xBF"));
}

void TestJsonReader::numbersStayLiterals()
{
    const QByteArray json("{\"a\":[60.90, 1e-05, -1.74, 0.30000000000000004 ,12345678901234567890]}");
    Reader r(json);
    QStringList literals;
    r.forEachRootField([&](std::string_view, Value v) {
        r.forEachElement(v, [&](Value n) { literals << r.text(n); });
    });
    QVERIFY(r.finish());
    QCOMPARE(literals,
             QStringList({ u"60.90"_s, u"1e-05"_s, u"-1.74"_s, u"0.30000000000000004"_s, u"12345678901234567890"_s }));
}

void TestJsonReader::errorsStickAndSayWhere()
{
    const QByteArray json("{\"a\":[1,2],\"b\":x,\"c\":\"later\"}");
    Reader r(json);
    QStringList seen;
    r.forEachRootField([&](std::string_view key, Value v) {
        seen << QString::fromUtf8(key.data(), qsizetype(key.size()));
        r.skip(v);
    });
    QVERIFY(!r.ok());
    QVERIFY(!r.finish());
    QVERIFY(!seen.contains(u"c"_s));
    QVERIFY(!r.errorText().isEmpty());
    QVERIFY(r.errorOffset() >= 0 && r.errorOffset() <= json.size());
    // After an error every reader returns empty.
    Value none;
    QVERIFY(r.text(none).isEmpty());
    QCOMPARE(r.kind(none), Reader::Kind::Error);
}

void TestJsonReader::readsInPlaceOrPadsACopy()
{
    // With the padding reserved (as ArmClient does), the body is read where it is; without, from
    // a padded copy. Both read the same.
    const QByteArray text = R"({"value":[{"id":"a","properties":{"creditCurrency":"EUR",
        "originalAmount":{"value":1.5}}}]})";
    QByteArray padded;
    padded.reserve(text.size() + kPadding);
    padded.append(text);
    QVERIFY(padded.capacity() - padded.size() >= kPadding);
    const QByteArray exact(text.constData(), text.size());
    const auto a = parseLotsPage(padded);
    const auto b = parseLotsPage(exact);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->items.at(0).originalAmount, std::optional(Money(150, u"EUR"_s)));
    QCOMPARE(b->items.at(0).originalAmount, a->items.at(0).originalAmount);
    // Raw data (no allocation of its own) is copied too.
    const auto raw = parseLotsPage(QByteArray::fromRawData(text.constData(), text.size()));
    QVERIFY(raw.ok());
}

void TestJsonReader::nestingIsBounded()
{
    const QByteArray deep = QByteArray(100, '[') + QByteArray(100, ']');
    QVERIFY(accepts(deep));
    const QByteArray tooDeep = QByteArray(100000, '[') + QByteArray(100000, ']');
    QVERIFY(!accepts(tooDeep)); // no stack overflow, an error

    // Inside a page: a deep unknown field is checked and passed over; a hostile one fails it.
    const QByteArray row = "{\"value\":[{\"id\":\"a\",\"properties\":{\"x\":" + deep + "}}]}";
    const auto page = parseLotsPage(row);
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    const QByteArray hostile = "{\"value\":[{\"id\":\"a\",\"properties\":{\"x\":" + tooDeep + "}}]}";
    const auto bad = parseLotsPage(hostile);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, u"MalformedResponse"_s);
}

void TestJsonReader::rowsDecodeEscapes()
{
    const auto page = parseEventsPage(QByteArrayLiteral(R"j({"value":[{"id":"e\/1","properties":{
        "description":"Cr\u00e9dit \"promo\"\nligne 2","eventType":"New\u0043redit",
        "transactionDate":"2024\u002d08-01T00:00:00Z","lotSource":"Azure Promotional Credit",
        "cr\u0065ditCurrency":"EUR","charges":{"value":-1.5}}}]})j"));
    QVERIFY(page.ok());
    const CreditEvent &e = page->items.at(0);
    QCOMPARE(e.id(), u"e/1"_s);
    QCOMPARE(e.description, u"Crédit \"promo\"\nligne 2"_s);
    QCOMPARE(e.eventType, CreditEventType::NewCredit);
    QCOMPARE(e.transactionDate, QDateTime(QDate(2024, 8, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(e.charges, std::optional(Money(-150, u"EUR"_s))); // an escaped key is still the key
}

void TestJsonReader::pagesOfAListingShareTexts()
{
    // Two pages of one listing, parsed on two threads as ArmClient's pool does: pooled texts of
    // the second page are the first page's strings, not copies. Without a listing's table each
    // page keeps its own, and the table is the scope's only while the scope lives.
    const auto pageOf = [](const char *eventId) -> QByteArray {
        return QByteArray(R"j({"value":[{"id":")j") + eventId + R"j(","properties":{
            "description":"Azure credit for Contoso","lotId":"lot-0001","invoiceNumber":"INV-42",
            "billingProfileId":"/providers/Microsoft.Billing/billingAccounts/1/billingProfiles/2",
            "creditCurrency":"USD","charges":{"value":-1.5}}}]})j";
    };
    const auto parseOn = [](const QByteArray &body, SharedTexts *texts) {
        Result<Page<CreditEvent>> page = Error {};
        std::unique_ptr<QThread> thread(QThread::create([&] {
            std::optional<SharedTextsScope> sharing;
            if (texts)
                sharing.emplace(*texts);
            page = parseEventsPage(body);
        }));
        thread->start();
        thread->wait();
        return page;
    };
    SharedTexts listing;
    const auto first = parseOn(pageOf("e1"), &listing);
    const auto second = parseOn(pageOf("e2"), &listing);
    QVERIFY(first.ok() && second.ok());
    const CreditEvent &a = first->items.at(0);
    const CreditEvent &b = second->items.at(0);
    QCOMPARE(b.description, u"Azure credit for Contoso"_s);
    QCOMPARE(b.description.constData(), a.description.constData());
    QCOMPARE(b.lotId.constData(), a.lotId.constData());
    QCOMPARE(b.invoiceNumber.constData(), a.invoiceNumber.constData());
    QCOMPARE(b.billingProfileId.constData(), a.billingProfileId.constData());

    const auto alone = parseOn(pageOf("e3"), nullptr);
    QVERIFY(alone.ok());
    QCOMPARE(alone->items.at(0).lotId, a.lotId);
    QVERIFY(alone->items.at(0).lotId.constData() != a.lotId.constData());
    QCOMPARE(SharedTextsScope::current(), nullptr);
}

void TestJsonReader::pageKeyOrder()
{
    // nextLink before value, properties before id, currency after the amounts.
    const auto page = parseLotsPage(QByteArrayLiteral(R"j({"nextLink":"https://example.test/next?x=1",
        "value":[{"properties":{"closedBalance":{"value":12.5},"creditCurrency":"EUR"},"name":"n","id":"i"}]})j"));
    QVERIFY(page.ok());
    QCOMPARE(page->nextLink, QUrl(u"https://example.test/next?x=1"_s));
    QCOMPARE(page->items.at(0).id, u"i"_s);
    QCOMPARE(page->items.at(0).closedBalance, std::optional(Money(1250, u"EUR"_s)));
}

void TestJsonReader::duplicateKeysLastWins()
{
    // As QJsonDocument reads them: the last "value" is the list.
    const auto page = parseLotsPage(QByteArrayLiteral(R"j({"value":[{"id":"a","properties":{}}],
        "value":[{"id":"b","properties":{}},{"id":"c","properties":{}}]})j"));
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 2);
    QCOMPARE(page->items.at(0).id, u"b"_s);
    // Inside a row too, an empty reseller included.
    const auto events = parseEventsPage(QByteArrayLiteral(R"j({"value":[{"id":"e","properties":{
        "reseller":{"resellerId":"r1"},"reseller":{}}},{"id":"f","properties":{"reseller":{},
        "reseller":{"resellerId":"r2"}}}]})j"));
    QVERIFY(events.ok());
    QVERIFY(events->items.at(0).details().reseller.isEmpty());
    QCOMPARE(events->items.at(1).details().reseller.id, u"r2"_s);
}

void TestJsonReader::numericErrorCode()
{
    const auto page = parseEventsPage(QByteArrayLiteral(R"j({"error":{"code":400,"message":"No."}})j"));
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, u"400"_s);
    QVERIFY(page.error().message.contains("No."_L1));
}

void TestJsonReader::truncatedPagesAreErrors()
{
    const QByteArray full = R"({"value":[{"id":"a","properties":{"creditCurrency":"USD","originalAmount":
        {"value":100}}},{"id":"b","properties":{"status":"Active"}}],"nextLink":null})";
    QVERIFY(parseLotsPage(full).ok());
    for (qsizetype cut = 0; cut < full.size() - 1; ++cut) {
        const auto page = parseLotsPage(full.left(cut));
        QVERIFY2(!page.ok(), qPrintable(u"cut at %1 was read"_s.arg(cut)));
        QCOMPARE(page.error().code, u"MalformedResponse"_s);
        QVERIFY(page.error().message.contains("JSON"_L1) || page.error().message.contains("empty"_L1));
    }
}

void TestJsonReader::skippedValuesAreChecked_data()
{
    QTest::addColumn<QByteArray>("json");
    // Fields nobody reads, broken in ways a skip-without-looking would miss.
    QTest::newRow("unknown root field") << QByteArray(R"({"value":[],"x":[1,,2]})");
    QTest::newRow("unknown row field") << QByteArray(R"({"value":[{"id":"a","etc":tru,"properties":{}}]})");
    QTest::newRow("unknown property") << QByteArray(R"({"value":[{"id":"a","properties":{"x":[1}}}]})");
    QTest::newRow("bad escape in skipped text") << QByteArray(R"({"value":[{"id":"a","properties":{"x":"\q"}}]})");
    QTest::newRow("bad number in skipped text") << QByteArray(R"({"value":[{"id":"a","properties":{"x":01}}]})");
    QTest::newRow("row not an object") << QByteArray(R"({"value":[[1,],{"id":"a","properties":{}}]})");
    QTest::newRow("trailing data") << QByteArray(R"({"value":[]} {"value":[]})");
    QTest::newRow("closing brace too many") << QByteArray(R"({"value":[]}})");
}

void TestJsonReader::skippedValuesAreChecked()
{
    QFETCH(QByteArray, json);
    for (const auto &result : { parseLotsPage(json).ok(), parseEventsPage(json).ok(),
                                parseBillingProfilesPage(json).ok(), parseSubscriptionsPage(json).ok() }) {
        QVERIFY(!result);
    }
    QCOMPARE(parseLotsPage(json).error().code, u"MalformedResponse"_s);
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
