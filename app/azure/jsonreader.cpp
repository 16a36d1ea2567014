#include "azure/jsonreader_p.h"

#include <cstring>
#include <utility>

// The document side of Json::Reader: simdjson set-up, padding, the walk that checks every
// value, and the string pool. What is accepted inside a well-formed body is jsonreaders.cpp's.

using namespace Qt::StringLiterals;

namespace CreditDesk::Json {

static_assert(kPadding >= qsizetype(simdjson::SIMDJSON_PADDING));

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

thread_local SharedTexts *t_sharedTexts = nullptr;

} // namespace

QString SharedTexts::share(const QString &text)
{
    const std::lock_guard lock(m_mutex);
    if (const auto it = m_texts.constFind(text); it != m_texts.constEnd())
        return *it;
    m_texts.insert(text);
    return text;
}

SharedTextsScope::SharedTextsScope(SharedTexts &texts)
    : m_previous(std::exchange(t_sharedTexts, &texts))
{
}

SharedTextsScope::~SharedTextsScope()
{
    t_sharedTexts = m_previous;
}

SharedTexts *SharedTextsScope::current()
{
    return t_sharedTexts;
}

QString StringPool::intern(const QString &s)
{
    if (s.isEmpty())
        return QString();
    const auto it = m_strings.constFind(s);
    if (it != m_strings.constEnd())
        return it.value();
    const QString shared = shareWithListing(s);
    m_strings.insert(shared, shared);
    return shared;
}

QString StringPool::internUtf8(QByteArrayView utf8)
{
    const qsizetype size = utf8.size();
    if (size == 0)
        return QString();
    const auto byteAt = [&utf8](qsizetype i) { return uchar(utf8.at(i)); };
    Recent &recent = m_recent[size_t((size * 31 + byteAt(size - 1) * 7 + byteAt(size / 2)) % kRecentSlots)];
    if (recent.utf8.size() == size && std::memcmp(recent.utf8.constData(), utf8.data(), size_t(size)) == 0)
        return recent.text;
    // fromRawData: look up without copying the bytes; only a miss stores a deep copy.
    auto it = m_utf8.constFind(QByteArray::fromRawData(utf8.data(), size));
    if (it == m_utf8.constEnd())
        it = m_utf8.insert(utf8.toByteArray(), shareWithListing(decodeUtf8(utf8)));
    recent = { it.key(), it.value() };
    return it.value();
}

QString StringPool::internCurrency(const QString &code)
{
    if (code.isEmpty())
        return QString();
    if (code.constData() == m_lastCode.constData() && code.size() == m_lastCode.size())
        return m_lastCurrency;
    auto it = m_currencies.constFind(code);
    if (it == m_currencies.constEnd())
        it = m_currencies.insert(code, intern(Money::normalizedCurrency(code)));
    m_lastCode = code;
    m_lastCurrency = it.value();
    return m_lastCurrency;
}

Reader::Reader(const QByteArray &json)
{
    QByteArrayView text(json);
    // Read in place when the allocation already has the padding past the end (ArmClient
    // reserves it); otherwise one copy. Fuzz inputs and bodies from elsewhere take the copy.
    // (data_ptr() is non-const in Qt 6.4 but only hands out the pointer: nothing detaches.)
    if (const_cast<QByteArray &>(json).data_ptr().freeSpaceAtEnd() < kPadding) {
        m_padded.reserve(json.size() + kPadding);
        m_padded.append(json);
        text = m_padded;
    }
    m_begin = text.data();
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    // Bookkeeping only after iterate() succeeded: an unstarted document has no location to ask.
    m_errorOffset = 0;
    m_started = check(m_parser.iterate(text.data(), size_t(text.size()), size_t(text.size() + kPadding)).get(m_doc));
}

bool Reader::check(simdjson::error_code error)
{
    if (error == simdjson::SUCCESS)
        return true;
    if (m_error == simdjson::SUCCESS) {
        m_error = error;
        noteLocation();
    }
    return false;
}

void Reader::noteLocation()
{
    if (!m_started)
        return;
    const char *where = nullptr;
    if (m_doc.current_location().get(where) == simdjson::SUCCESS && where)
        m_errorOffset = where - m_begin;
}

QString Reader::errorText() const
{
    return QString::fromLatin1(simdjson::error_message(m_error));
}

Reader::Kind Reader::rootKind()
{
    if (!ok())
        return Kind::Error;
    simdjson::ondemand::json_type type;
    if (!check(m_doc.type().get(type)))
        return Kind::Error;
    switch (type) {
    case simdjson::ondemand::json_type::object:
        return Kind::Object;
    case simdjson::ondemand::json_type::array:
        return Kind::Array;
    case simdjson::ondemand::json_type::string:
        return Kind::String;
    case simdjson::ondemand::json_type::number:
        return Kind::Number;
    case simdjson::ondemand::json_type::boolean:
        return Kind::Bool;
    case simdjson::ondemand::json_type::null:
        return Kind::Null;
    }
    return Kind::Error;
}

void Reader::skipRoot()
{
    switch (rootKind()) {
    case Kind::Object:
    case Kind::Array: {
        Value v;
        if (check(m_doc.get_value().get(v)))
            skip(v);
        break;
    }
    case Kind::String: {
        std::string_view s;
        check(m_doc.get_string().get(s));
        break;
    }
    case Kind::Number: {
        double d = 0;
        check(m_doc.get_double().get(d));
        break;
    }
    case Kind::Bool: {
        bool b = false;
        check(m_doc.get_bool().get(b));
        break;
    }
    case Kind::Null: {
        bool null = false;
        if (check(m_doc.is_null().get(null)) && !null)
            check(simdjson::N_ATOM_ERROR);
        break;
    }
    case Kind::Error:
        break;
    }
}

bool Reader::finish()
{
    if (!ok())
        return false;
    // At the end, the document has no current location; anything else is trailing data.
    const char *where = nullptr;
    const simdjson::error_code error = m_doc.current_location().get(where);
    if (error == simdjson::OUT_OF_BOUNDS)
        return true;
    return check(error == simdjson::SUCCESS ? simdjson::TRAILING_CONTENT : error);
}

void Reader::rewind()
{
    m_doc.rewind();
    m_depth = 0;
}

bool Reader::rootValue(Value *out)
{
    return ok() && check(m_doc.get_value().get(*out));
}

Reader::Kind Reader::kind(Value &v)
{
    if (!ok())
        return Kind::Error;
    simdjson::ondemand::json_type type;
    if (!check(v.type().get(type)))
        return Kind::Error;
    switch (type) {
    case simdjson::ondemand::json_type::object:
        return Kind::Object;
    case simdjson::ondemand::json_type::array:
        return Kind::Array;
    case simdjson::ondemand::json_type::string:
        return Kind::String;
    case simdjson::ondemand::json_type::number:
        return Kind::Number;
    case simdjson::ondemand::json_type::boolean:
        return Kind::Bool;
    case simdjson::ondemand::json_type::null:
        return Kind::Null;
    }
    return Kind::Error;
}

void Reader::skip(Value v)
{
    switch (kind(v)) {
    case Kind::Object:
        forEachField(v, [this](std::string_view, Value member) { skip(member); });
        break;
    case Kind::Array:
        forEachElement(v, [this](Value element) { skip(element); });
        break;
    case Kind::String: {
        std::string_view s;
        check(v.get_string().get(s));
        break;
    }
    case Kind::Number: {
        std::string_view literal;
        number(v, &literal);
        break;
    }
    case Kind::Bool: {
        bool b = false;
        check(v.get_bool().get(b));
        break;
    }
    case Kind::Null: {
        bool null = false;
        if (check(v.is_null().get(null)) && !null)
            check(simdjson::N_ATOM_ERROR);
        break;
    }
    case Kind::Error:
        break;
    }
}

// The literal as written, checked like QJsonDocument would (grammar, and a double's range);
// money is then read exactly from the literal, never from the double.
bool Reader::number(Value &v, std::string_view *literal)
{
    std::string_view token = v.raw_json_token();
    while (!token.empty() && isJsonSpace(token.back()))
        token.remove_suffix(1);
    double checked = 0;
    if (!check(v.get_double().get(checked)))
        return false;
    *literal = token;
    return true;
}

} // namespace CreditDesk::Json
