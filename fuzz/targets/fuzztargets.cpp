#include "fuzztargets.h"

#include "jsontree.h"

#include "auth/tokenclient.h"
#include "azure/armparsers.h"
#include "azure/jsonreader_p.h"
#include "domain/money.h"
#include "ledger/csvreader.h"
#include "ledger/ledgercsv.h"
#include "rules/benefitpolicy.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QtNumeric>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace CreditDesk::Fuzz {

namespace {

std::function<void(const QString &)> &failureHandler()
{
    static std::function<void(const QString &)> handler;
    return handler;
}

// Views the fuzzer's buffer without copying; libFuzzer poisons the bytes after `size`, so a
// read past the end is caught by ASan (QByteArray::fromRawData keeps that property).
QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

bool validMoney(const std::optional<Money> &m)
{
    return !m || (m->isValid() && m->currency() == Money::normalizedCurrency(m->currency()));
}

bool validRate(const AmountWithExchangeRate &a)
{
    return validMoney(a.amount) && (!a.exchangeRate || qIsFinite(*a.exchangeRate));
}

// Both page parsers see the same rows: the page-level rules (root object, "value", nextLink,
// embedded error) are one template, so they accept and reject the same pages.
template<typename T, typename U> void checkSamePageShape(const Result<Page<T>> &a, const Result<Page<U>> &b)
{
    check(a.ok() == b.ok(), "lots and events parsers disagree on whether the page is readable");
    if (a.ok() && b.ok()) {
        check(a->items.size() + a->skippedRows == b->items.size() + b->skippedRows,
              "lots and events parsers saw a different number of rows");
        check(a->nextLink == b->nextLink, "lots and events parsers read a different nextLink");
    }
    if (!a.ok() && !b.ok())
        check(a.error().code == b.error().code, "lots and events parsers fail with different codes");
}

} // namespace

void setFailureHandler(std::function<void(const QString &)> handler)
{
    failureHandler() = std::move(handler);
}

void check(bool condition, const QString &what)
{
    if (condition)
        return;
    if (failureHandler()) {
        failureHandler()(what);
        return;
    }
    std::fprintf(stderr, "CreditDesk fuzz invariant broken: %s\n", qUtf8Printable(what));
    std::abort();
}

void check(bool condition, const char *what)
{
    if (!condition)
        check(false, QString::fromUtf8(what));
}

const QList<Target> &targets()
{
    static const QList<Target> all {
        { "arm_pages", armPages },     { "arm_credits", armCredits }, { "json_reader", jsonReader },
        { "money", moneyDecimal },     { "datetime", dateTime },      { "ledger_csv", ledgerCsv },
        { "token_response", tokenResponse },
    };
    return all;
}

// Lots and events pages (Json::Reader). Invariants: every amount has a normalised currency,
// every row has an identity, both parsers agree on the page shape, and a readable page cut
// anywhere before its closing brace is refused as malformed, never read as a shorter list.
int armPages(const uint8_t *data, size_t size)
{
    const QByteArray json = bytes(data, size);
    const auto lots = parseLotsPage(json);
    const auto events = parseEventsPage(json);
    checkSamePageShape(lots, events);
    if (lots) {
        const qsizetype end = json.lastIndexOf('}');
        for (qsizetype cut : { qsizetype(1), end / 4, end / 2, end - end / 4, end - 1, end }) {
            if (cut <= 0 || cut > end)
                continue;
            const auto truncated = parseLotsPage(json.left(cut));
            check(!truncated && truncated.error().code == u"MalformedResponse"_s,
                  u"a page cut at byte %1 of %2 was not refused as malformed"_s.arg(cut).arg(json.size()));
        }
    }
    if (lots) {
        check(lots->skippedRows >= 0, "negative skipped rows");
        for (const Lot &lot : lots->items) {
            check(!lot.id.isEmpty() || !lot.name.isEmpty(), "a lot without id and name");
            check(validMoney(lot.originalAmount) && validMoney(lot.closedBalance) && validMoney(lot.usedAmount),
                  "a lot amount without a currency");
            check(validRate(lot.originalAmountInBillingCurrency) && validRate(lot.closedBalanceInBillingCurrency),
                  "a lot billing amount without a currency or with a non-finite rate");
            check(!lot.startDate.isValid() || lot.startDate.timeSpec() == Qt::UTC, "a lot date not in UTC");
            (void)lot.currency();
        }
    }
    if (events) {
        for (const CreditEvent &ev : events->items) {
            check(!ev.id().isEmpty() || !ev.name.isEmpty(), "an event without id and name");
            for (const auto *m : { &ev.newCredit, &ev.adjustments, &ev.creditExpired, &ev.charges, &ev.closedBalance,
                                   &ev.canceledCredit }) {
                check(validMoney(*m), "an event amount without a currency");
            }
            const CreditEventDetails &d = ev.details();
            check(validRate(d.newCreditInBillingCurrency) && validRate(d.adjustmentsInBillingCurrency)
                      && validRate(d.creditExpiredInBillingCurrency) && validRate(d.chargesInBillingCurrency)
                      && validRate(d.closedBalanceInBillingCurrency),
                  "an event billing amount without a currency or with a non-finite rate");
            // compact() keeps values: a copy, compacted again, still equals the row.
            CreditEvent copy = ev;
            copy.compact();
            check(copy == ev && copy.id() == ev.id(), "compact() changed an event");
        }
    }
    return 0;
}

// balanceSummary, BillingBenefits credits and transactions, EA balance (single resources,
// read twice by the reader: once checked whole, once for the fields). Invariants: every amount carries a normalised currency; remaining() never mixes.
int armCredits(const uint8_t *data, size_t size)
{
    const QByteArray json = bytes(data, size);
    for (int status : { 0, 200 }) {
        const auto summary = parseCreditSummary(status, json);
        if (summary && *summary) {
            const CreditSummary &s = **summary;
            check(validMoney(s.estimatedBalance) && validMoney(s.currentBalance)
                      && validMoney(s.pendingCreditAdjustments) && validMoney(s.expiredCredit)
                      && validMoney(s.pendingEligibleCharges) && validRate(s.estimatedBalanceInBillingCurrency),
                  "a balance summary amount without a currency");
        }
    }
    auto checkCredit = [](const BenefitsCredit &c) {
        check(!c.credit.isValid() || validMoney(c.credit), "a credit amount with an unnormalised currency");
        check(validMoney(c.consumed), "a consumed amount without a currency");
        if (const auto left = c.remaining())
            check(left->currency() == c.credit.currency(), "remaining() changed the currency");
    };
    if (const auto page = parseBenefitsCreditsPage(json)) {
        for (const BenefitsCredit &c : page->items)
            checkCredit(c);
    }
    if (const auto credit = parseBenefitsCredit(json))
        checkCredit(*credit);
    if (const auto page = parseBenefitsCreditTransactionsPage(json)) {
        for (const BenefitsCreditTransaction &t : page->items) {
            check(validMoney(t.amountInBillingCurrency) && validMoney(t.amountInPricingCurrency),
                  "a transaction amount without a currency");
        }
    }
    if (const auto balance = parseEaBalance(json))
        check(balance->currency.isEmpty() || validMoney(balance->endingBalance), "an EA balance without a currency");
    return 0;
}

// Json::Reader on any bytes. Invariants: what it accepts (an object or array at the top),
// QJsonDocument accepts too and reads the same values: the reader is the stricter of the two
// (jsonreader_p.h). And what QJsonDocument accepts, once Qt has written it in canonical form, the
// reader accepts and reads the same, unless it holds a lone surrogate or nests deeper than the
// reader's 512 levels (both refused by design).
int jsonReader(const uint8_t *data, size_t size)
{
    const QByteArray json = bytes(data, size);
    QString readerError;
    const auto tree = readerTree(json, &readerError);
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const bool qtAccepts = error.error == QJsonParseError::NoError;
    const QJsonValue qt = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    const QByteArray trimmed = (json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json).trimmed();
    const bool container = !trimmed.isEmpty() && (trimmed.front() == '{' || trimmed.front() == '[');
    // One place where QJsonDocument is the stricter: a zero with a huge exponent ("0e408") is a
    // finite number (0) for the reader and an "illegal number" for Qt 6.4, which judges the
    // exponent alone (fuzz/regressions/json_reader/zero-with-huge-exponent.json).
    const bool qtNumberQuirk = error.error == QJsonParseError::IllegalNumber;
    if (hasInnerByteOrderMark(json))
        return 0; // Qt 6.4 cannot keep such keys (jsontree.h); compared in neither direction
    if (tree && container && !qtNumberQuirk) {
        check(qtAccepts, u"the reader accepts what QJsonDocument rejects (%1)"_s.arg(error.errorString()));
        QString where;
        check(!qtAccepts || sameJson(*tree, qt, &where, {}, true),
              u"the reader and QJsonDocument read different values at "_s + where);
    }
    if (qtAccepts && !hasLoneSurrogate(qt) && nestingDepth(qt) <= 500) {
        const QByteArray canonical = doc.toJson(QJsonDocument::Compact);
        const auto again = readerTree(canonical, &readerError);
        check(again.has_value(), u"the reader refuses Qt's canonical writing of a document: "_s + readerError);
        QString where;
        check(!again || sameJson(*again, qt, &where),
              u"the reader reads Qt's canonical writing differently at "_s + where);
    }
    return 0;
}

// Money::fromDecimalString. The first byte picks the currency (0, 2, 3 and 4 decimals, lower
// case and padded codes), the rest is the text. Invariants: the UTF-8 and UTF-16 overloads
// agree; a parsed amount formats and parses back to itself; formatting never fails.
int moneyDecimal(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QString currencies[] = { u"USD"_s, u"JPY"_s, u"BHD"_s, u"CLF"_s, u"eur"_s, u" kwd "_s, u"XYZW"_s, u""_s };
    const QString &currency = currencies[data[0] % std::size(currencies)];
    const QByteArrayView text(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const auto a = Money::fromDecimalString(text, currency);
    const QString wide = QString::fromLatin1(text);
    const auto b = Money::fromDecimalString(QStringView(wide), currency);
    check(a == b, "the UTF-8 and UTF-16 parsers of a decimal disagree");
    check(Money::fromJson(QJsonValue(wide), currency) == b, "Money::fromJson of a string disagrees");
    if (a) {
        check(a->currency() == Money::normalizedCurrency(currency), "the currency was not normalised");
        const QString decimal = a->toDecimalString();
        check(Money::fromDecimalString(QStringView(decimal), currency) == a,
              u"\"%1\" does not parse back to itself"_s.arg(decimal));
        if (a->isValid()) {
            check(!formatMoney(*a, QLocale::c()).isEmpty(), "formatMoney (C) is empty");
            check(!formatMoney(*a, QLocale(QLocale::German, QLocale::Germany)).isEmpty(), "formatMoney (de) is empty");
            check(qIsFinite(a->toChartValue()), "toChartValue() is not finite");
        }
        (void)a->checkedAdd(*a);
        (void)a->checkedSubtract(-*a);
    }
    return 0;
}

// Json::parseDateTime. Invariants: the UTF-8 and UTF-16 overloads agree on ASCII text; a date
// read is UTC; written back as ISO 8601 it reads back as the same instant.
int dateTime(const uint8_t *data, size_t size)
{
    const QByteArrayView utf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime a = Json::parseDateTime(utf8);
    const QString text = QString::fromUtf8(utf8);
    const QDateTime b = Json::parseDateTime(QStringView(text));
    const bool ascii = std::all_of(utf8.begin(), utf8.end(), [](char c) { return uchar(c) < 0x80; });
    if (ascii)
        check(a == b && a.isValid() == b.isValid(), "the UTF-8 and UTF-16 date parsers disagree");
    if (b.isValid()) {
        check(b.timeSpec() == Qt::UTC, "a parsed date is not UTC");
        const int year = b.date().year();
        if (year > 1000 && year < 9999) {
            const QString iso = b.toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
            check(Json::parseDateTime(QStringView(iso)) == b, u"%1 does not read back"_s.arg(iso));
        }
    }
    // The same text inside a JSON body, through the reader's date field.
    const QByteArray body = QJsonDocument(QJsonObject { { u"d"_s, text } }).toJson(QJsonDocument::Compact);
    Json::Reader reader(body);
    QDateTime read;
    reader.forEachRootField([&](std::string_view, Json::Value v) { read = reader.dateTime(v); });
    check(reader.finish() && read == b, "Reader::dateTime differs from parseDateTime");
    return 0;
}

// The ledger CSV: the RFC 4180 reader and the template's validation. Invariants: records start
// on increasing lines; an accepted file's credits are valid; and written back with
// LedgerCsv::write they read back as the same credits.
int ledgerCsv(const uint8_t *data, size_t size)
{
    static const BenefitPolicy policy;
    const QByteArray csv = bytes(data, size);
    const CsvReadResult read = readCsv(csv);
    check((read.errorLine == 0) == read.error.isEmpty(), "a CSV error without a line, or the reverse");
    int previous = 0;
    for (const CsvRecord &record : read.records) {
        check(record.line > previous, "CSV record lines do not increase");
        previous = record.line;
        check(!(record.fields.size() == 1 && record.fields.constFirst().isEmpty()), "a blank CSV record");
    }
    const LedgerCsv::Parsed parsed = LedgerCsv::parse(csv, policy);
    check(parsed.credits.size() == parsed.lines.size(), "credits and their lines differ in number");
    for (const CsvRowError &e : parsed.errors)
        check(e.line >= 1, "an error without a line");
    if (!parsed.errors.isEmpty() || parsed.credits.isEmpty())
        return 0;
    for (const PartnerCredit &c : parsed.credits) {
        check(!c.id.isEmpty() && !c.programName.isEmpty(), "an accepted credit without id or program");
        check(c.amount.isValid() && !c.amount.isNegative() && c.amount.currency().size() == 3,
              "an accepted credit with a bad amount");
    }
    const LedgerCsv::Parsed again = LedgerCsv::parse(LedgerCsv::write(parsed.credits, policy), policy);
    check(again.errors.isEmpty(), "the written CSV does not read back");
    check(again.credits.size() == parsed.credits.size(), "the written CSV has a different number of credits");
    for (qsizetype i = 0; i < qMin(again.credits.size(), parsed.credits.size()); ++i) {
        const PartnerCredit &x = parsed.credits.at(i);
        const PartnerCredit &y = again.credits.at(i);
        check(x.id == y.id && x.programName == y.programName && x.type == y.type && x.amount == y.amount
                  && x.startDate == y.startDate && x.endDate == y.endDate && x.activationDate == y.activationDate
                  && x.status == y.status && x.assignedUser == y.assignedUser && x.subscriptionId == y.subscriptionId
                  && x.reassignmentsBeforeLedger == y.reassignmentsBeforeLedger,
              u"credit %1 changed through write and read"_s.arg(x.id));
    }
    return 0;
}

// The Entra ID device-code and token answers, and the JWT claims reader. Invariants: a
// device code that is accepted is complete; an accepted token is non-empty and expires after
// "now"; errors carry a message.
int tokenResponse(const uint8_t *data, size_t size)
{
    const QByteArray body = bytes(data, size);
    static const QDateTime now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    for (int status : { 200, 400 }) {
        const auto code = TokenClient::parseDeviceCodeResponse(body, status);
        if (code) {
            check(!code->deviceCode.isEmpty() && !code->userCode.isEmpty() && code->verificationUri.isValid(),
                  "an incomplete device code was accepted");
            check(code->intervalSeconds >= 1, "a device code poll interval below one second");
        } else {
            check(!code.error().message.isEmpty(), "a device code error without a message");
        }
        const auto token = TokenClient::parseTokenResponse(body, status, u"Signing in"_s, {}, now);
        if (token) {
            check(!token->accessToken.token.isEmpty(), "an empty access token was accepted");
            check(token->accessToken.expiresAt.isValid() && token->accessToken.expiresAt > now,
                  "an access token that expires before it was issued");
        } else {
            check(!token.error().message.isEmpty(), "a token error without a message");
        }
    }
    (void)TokenClient::parseDeviceCodeResponse(body, 0, u"Connection refused"_s);
    (void)TokenClient::accountFromJwt(QString::fromUtf8(body));
    return 0;
}

} // namespace CreditDesk::Fuzz
