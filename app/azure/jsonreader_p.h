#pragma once

// Private to the response parsers: the one JSON reader of CreditDesk, on simdjson's On-Demand
// API, with the leniency rules of SPEC §1 (implemented in jsonreaders.cpp, the only place they
// are written).

#include "azure/jsonreaders.h"
#include "domain/billing.h"
#include "domain/money.h"

#include <QByteArray>
#include <QStringList>

#include <simdjson.h>

#include <optional>
#include <string_view>

namespace CreditDesk::Json {

using Value = simdjson::ondemand::value;

/// Reads one response body. On-Demand parses values only when asked and does not check what it
/// skips, so nothing is skipped here: every value is either read by a typed reader or walked by
/// skip(), and finish() checks that nothing follows the top-level value. A truncated or corrupt
/// body is therefore an error (ok() false), never a shorter list.
///
/// The syntax is RFC 8259's, checked by simdjson: invalid UTF-8, raw control characters in
/// strings, unknown escapes, lone surrogates, "1." or "01" are errors (QJsonDocument tolerates
/// some of these), and so is a number beyond a double's range (as in QJsonDocument). A UTF-8
/// byte-order mark before the text is skipped.
///
/// Values are read leniently: a reader given a value of another type consumes it and returns
/// empty/absent. Every reader must be given each value once; after an error all return empty.
class Reader
{
public:
    enum class Kind { Object, Array, String, Number, Bool, Null, Error };

    /// \a json must outlive the reader (numbers are handed out as views into it).
    explicit Reader(const QByteArray &json);
    Q_DISABLE_COPY_MOVE(Reader)

    bool ok() const { return m_error == simdjson::SUCCESS; }
    /// Untranslated description of the first error, and roughly where it was (byte offset).
    QString errorText() const;
    qsizetype errorOffset() const { return m_errorOffset; }

    /// The type of the top-level value (Error when the text is not JSON at all).
    Kind rootKind();
    /// Calls \a onField(key, value) for each member of a top-level object.
    template<typename F> void forEachRootField(F &&onField);
    /// Checks a top-level value of any kind; for texts that are not an object.
    void skipRoot();
    /// Only whitespace left after the top-level value. False (and !ok()) otherwise.
    bool finish();
    /// Back to the start, for a second reading of a small document.
    void rewind();
    /// The top-level object or array as a value (for reading a single resource).
    bool rootValue(Value *out);

    Kind kind(Value &v);
    /// Calls \a onField(std::string_view key, Value value) for each member; false when \a v is
    /// not an object (it is then skipped) or on an error.
    template<typename F> bool forEachField(Value v, F &&onField);
    /// Calls \a onElement(Value) for each element; false when \a v is not an array.
    template<typename F> bool forEachElement(Value v, F &&onElement);
    /// Consumes a value of any kind, checking its syntax all the way down.
    void skip(Value v);

    // The lenient readers (SPEC §1).
    /// A string's text, or a number's literal ("1e5" stays "1e5": ids are sometimes numbers);
    /// anything else → empty. \a trim removes surrounding white space; \a pooled interns.
    QString text(Value v, bool trim = true, bool pooled = false);
    /// A string's decoded UTF-8 (valid until the next read); false for anything else.
    bool utf8(Value v, std::string_view *out);
    /// text(), normalised as a currency code ("usd  " → "USD") and interned.
    QString currency(Value v);
    /// A JSON bool, "true"/"false" in any case, or 0/1; otherwise nullopt.
    std::optional<bool> optionalBool(Value v);
    /// A finite number, or a string holding one; for ratios and percentages, never money.
    std::optional<double> finiteNumber(Value v);
    /// finiteNumber() when it is a whole number within int's range.
    std::optional<int> integer(Value v);
    /// An ISO 8601 or MM/dd/yyyy string (parseDateTime); anything else → invalid.
    QDateTime dateTime(Value v);
    /// Strings of an array, trimmed; other items skipped.
    QStringList stringList(Value v);
    Reseller reseller(Value v);

    /// An amount as sent: a number's literal (a view into the body) or a number sent as a
    /// string, exact; its currency may only be known once the row is read.
    struct PendingAmount
    {
        QString currency;
        QByteArrayView literal;
        QString text;
        bool hasValue() const { return !literal.isEmpty() || !text.isEmpty(); }
        /// Exact minor units; the currency, else \a fallbackCurrency (the row's creditCurrency);
        /// nullopt without either, or when the value is not a decimal number.
        std::optional<Money> resolve(const QString &fallbackCurrency = {}) const;
    };
    /// A money value alone (a number or a numeric string), e.g. EA balances.
    PendingAmount amountValue(Value v);
    /// ARM `amount` `{currency, value}`.
    PendingAmount amount(Value v);
    /// ARM `AmountWithExchangeRate`: an amount plus exchangeRate and exchangeRateMonth (1–12).
    struct PendingRateAmount
    {
        PendingAmount amount;
        std::optional<double> exchangeRate;
        std::optional<int> exchangeRateMonth;
        AmountWithExchangeRate resolve(const QString &fallbackCurrency) const
        {
            return AmountWithExchangeRate { amount.resolve(fallbackCurrency), exchangeRate, exchangeRateMonth };
        }
    };
    PendingRateAmount amountWithExchangeRate(Value v);
    /// BillingBenefits `{currencyCode, amount}` (no fallback currency), with the optional
    /// `grain` and `percentage` that credit and consumed carry.
    std::optional<Money> price(Value v, QString *grain = nullptr, std::optional<double> *percentage = nullptr);

    StringPool &pool() { return m_pool; }

private:
    bool check(simdjson::error_code error);
    bool number(Value &v, std::string_view *literal);
    void noteLocation();

    QByteArray m_padded; // a copy, only when the body lacks spare capacity
    const char *m_begin = nullptr;
    simdjson::ondemand::parser m_parser;
    simdjson::ondemand::document m_doc;
    simdjson::error_code m_error = simdjson::SUCCESS;
    qsizetype m_errorOffset = -1;
    bool m_started = false;
    int m_depth = 0;
    StringPool m_pool;
};

template<typename F> bool Reader::forEachField(Value v, F &&onField)
{
    if (kind(v) != Kind::Object) {
        skip(v);
        return false;
    }
    simdjson::ondemand::object object;
    if (!check(v.get_object().get(object)))
        return false;
    if (++m_depth > 512) {
        --m_depth;
        return check(simdjson::DEPTH_ERROR);
    }
    for (auto field : object) {
        std::string_view key;
        Value value;
        if (!check(field.unescaped_key().get(key)) || !check(field.value().get(value)))
            break;
        onField(key, value);
        if (!ok())
            break;
    }
    --m_depth;
    return ok();
}

template<typename F> bool Reader::forEachElement(Value v, F &&onElement)
{
    if (kind(v) != Kind::Array) {
        skip(v);
        return false;
    }
    simdjson::ondemand::array array;
    if (!check(v.get_array().get(array)))
        return false;
    if (++m_depth > 512) {
        --m_depth;
        return check(simdjson::DEPTH_ERROR);
    }
    for (auto element : array) {
        Value value;
        if (!check(element.get(value)))
            break;
        onElement(value);
        if (!ok())
            break;
    }
    --m_depth;
    return ok();
}

template<typename F> void Reader::forEachRootField(F &&onField)
{
    simdjson::ondemand::object object;
    if (!check(m_doc.get_object().get(object)))
        return;
    ++m_depth;
    for (auto field : object) {
        std::string_view key;
        Value value;
        if (!check(field.unescaped_key().get(key)) || !check(field.value().get(value)))
            break;
        onField(key, value);
        if (!ok())
            break;
    }
    --m_depth;
}

} // namespace CreditDesk::Json
