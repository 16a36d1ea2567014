#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>

namespace CreditDesk::Json {

/// A forward-only JSON reader over UTF-8 bytes, for the large lists (lots, events).
///
/// QJsonDocument builds a whole tree and then every field is looked up by a linear key scan;
/// at 100,000 events that costs seconds. This reader walks the text once, hands out keys and
/// number literals as views into the input (no allocation), and decodes only the strings that
/// are kept. Numbers stay text, so money is parsed exactly from what the service wrote.
///
/// The syntax is checked like QJsonDocument does (structure, number grammar, \u escapes,
/// trailing garbage, a backslash before a non-ASCII byte), so a truncated or corrupt body is an
/// error rather than a silently shorter list; where QJsonDocument is lenient (unknown ASCII
/// escapes, raw control characters, "1.") so is
/// this, and invalid UTF-8 becomes U+FFFD instead of failing the page. After the first error
/// every call returns false/Error.
class PullReader
{
public:
    enum class Kind { Object, Array, String, Number, Bool, Null, Error };

    /// A UTF-8 byte-order mark at the start is skipped, as QJsonDocument does.
    explicit PullReader(QByteArrayView json) : m_p(json.data()), m_begin(json.data()), m_end(json.data() + json.size())
    {
        if (json.startsWith("\xEF\xBB\xBF"))
            m_p += 3;
    }

    /// What the next value is, without consuming it.
    Kind peek();

    /// Consumes '{'; then call nextKey() until it returns false (the '}' is consumed).
    bool beginObject();
    /// The next key as raw bytes (escapes not decoded; field names are plain ASCII), with the
    /// ':' consumed. False at the end of the object or on error.
    bool nextKey(QByteArrayView *key);

    /// Consumes '['; then call nextElement() before each element until it returns false.
    bool beginArray();
    bool nextElement();

    /// A string value, decoded (escapes, surrogate pairs, UTF-8).
    bool readString(QString *out);
    /// A string value's raw bytes, valid as long as the input; \a hasEscapes tells whether
    /// the bytes still need decoding.
    bool readRawString(QByteArrayView *raw, bool *hasEscapes);
    /// A number value's literal text ("-1.74", "1e-05").
    bool readNumber(QByteArrayView *literal);
    bool readBool(bool *out);
    bool readNull();
    /// Consumes any value, checking its syntax.
    bool skipValue();

    /// Only whitespace left (call after the top-level value).
    bool atEnd();

    bool failed() const { return m_failed; }
    /// Untranslated description of the first error, and its byte offset.
    const char *errorText() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }
    /// Bytes consumed so far.
    qsizetype offset() const { return m_p - m_begin; }

    /// Decodes the raw bytes of a string that has escapes. U+FEFF is text wherever it
    /// stands, at the start of the string and right after an escape, as QJsonDocument reads it.
    static QString decode(QByteArrayView raw);
    /// Decodes the raw bytes of a string without escapes, exactly as QJsonDocument reads them:
    /// Qt 6.4 decodes such a string with QString::fromUtf8, which drops one leading U+FEFF
    /// (EF BB BF) as a byte-order mark. Every escape-free string (values, keys, StringPool)
    /// goes through here so that both readers keep agreeing; tst_jsonpull pins this to what
    /// QJsonDocument does.
    static QString decodeUnescaped(QByteArrayView raw) { return QString::fromUtf8(raw); }

private:
    bool fail(const char *what);
    void skipSpace();
    bool scanString(QByteArrayView *raw, bool *hasEscapes);
    bool scanNumber(QByteArrayView *literal);
    bool expectWord(const char *word, qsizetype size);
    // Shared by nextKey/nextElement: a ',' between items, nothing before the first.
    bool separator(char close, bool *more);

    const char *m_p;
    const char *m_begin;
    const char *m_end;
    // QJsonDocument allows 1024; real ARM bodies nest about 5 deep.
    static constexpr qsizetype kMaxDepth = 512;
    // One flag per open container: has it produced an item yet (so a ',' is required)?
    std::array<bool, kMaxDepth> m_started {};
    qsizetype m_depth = 0;
    const char *m_error = nullptr;
    qsizetype m_errorOffset = -1;
    bool m_failed = false;
};

} // namespace CreditDesk::Json
