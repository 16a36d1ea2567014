#include "jsontree.h"

#include "azure/jsonreader_p.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>
#include <QStringList>

#include <limits>

using namespace Qt::StringLiterals;

namespace CreditDesk::Fuzz {

namespace {

using Json::Reader;
using Json::Value;
using Kind = Reader::Kind;

QJsonValue numberValue(const QString &literal)
{
    const bool integral = !literal.contains(u'.') && !literal.contains(u'e') && !literal.contains(u'E');
    if (integral) {
        bool ok = false;
        const qlonglong n = literal.toLongLong(&ok);
        if (ok)
            return QJsonValue(qint64(n));
    }
    return QJsonValue(literal.toDouble());
}

QJsonValue readValue(Reader &r, Value v)
{
    switch (r.kind(v)) {
    case Kind::Object: {
        QJsonObject o;
        r.forEachField(v, [&](std::string_view key, Value member) {
            const QString name = Json::decodeUtf8(QByteArrayView(key.data(), qsizetype(key.size())));
            o.insert(name, readValue(r, member));
        });
        return o;
    }
    case Kind::Array: {
        QJsonArray a;
        r.forEachElement(v, [&](Value element) { a.append(readValue(r, element)); });
        return a;
    }
    case Kind::String:
        return r.text(v, false);
    case Kind::Number:
        return numberValue(r.text(v, false));
    case Kind::Bool:
        return r.optionalBool(v).value_or(false);
    case Kind::Null:
    case Kind::Error:
        r.skip(v);
        return QJsonValue(QJsonValue::Null);
    }
    return {};
}

// Qt 6.4 drops one leading U+FEFF of strings without escapes; the reader keeps it. Does \a qt
// read what the reader read as \a reader, either exactly or with that one U+FEFF dropped?
bool sameText(const QString &reader, const QString &qt, bool qtDropsBom)
{
    if (reader == qt)
        return true;
    return qtDropsBom && reader.startsWith(QChar(0xFEFF)) && QStringView(reader).sliced(1) == qt;
}

} // namespace

std::optional<QJsonValue> readerTree(const QByteArray &json, QString *error)
{
    Reader r(json);
    QJsonValue tree;
    const Kind kind = r.rootKind();
    if (kind == Kind::Object || kind == Kind::Array) {
        Value root;
        if (r.rootValue(&root))
            tree = readValue(r, root);
    } else {
        r.skipRoot(); // scalars at the top are not read (the parsers refuse them anyway)
    }
    if (!r.finish()) {
        if (error)
            *error = r.errorText() + u" at "_s + QString::number(r.errorOffset());
        return std::nullopt;
    }
    return tree;
}

bool sameJson(const QJsonValue &a, const QJsonValue &b, QString *where, const QString &path, bool qtDropsBom)
{
    auto differ = [&](const QString &what) {
        if (where)
            *where = (path.isEmpty() ? u"<root>"_s : path) + u": "_s + what;
        return false;
    };
    if (a.type() != b.type())
        return differ(u"type %1 vs %2"_s.arg(int(a.type())).arg(int(b.type())));
    switch (a.type()) {
    case QJsonValue::Object: {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        // Keys that differ only by a leading U+FEFF are one key for Qt, two for the reader.
        if (x.size() != y.size() && !(qtDropsBom && x.size() > y.size()))
            return differ(u"%1 vs %2 keys"_s.arg(x.size()).arg(y.size()));
        for (auto it = x.begin(); it != x.end(); ++it) {
            // The exact key first, then the one Qt would have read with a U+FEFF dropped.
            auto other = y.find(it.key());
            if (other == y.end()) {
                other = y.begin();
                while (other != y.end() && !sameText(it.key(), other.key(), qtDropsBom))
                    ++other;
            }
            if (other == y.end())
                return differ(u"key \"%1\" missing"_s.arg(it.key()));
            if (!sameJson(it.value(), other.value(), where, path + u'.' + it.key(), qtDropsBom))
                return false;
        }
        return true;
    }
    case QJsonValue::Array: {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return differ(u"sizes %1 vs %2"_s.arg(x.size()).arg(y.size()));
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameJson(x.at(i), y.at(i), where, path + u'[' + QString::number(i) + u']', qtDropsBom))
                return false;
        }
        return true;
    }
    case QJsonValue::Double: {
        constexpr qint64 notIntegral = std::numeric_limits<qint64>::min();
        const qint64 xi = a.toInteger(notIntegral);
        const qint64 yi = b.toInteger(notIntegral);
        if (xi != yi || a.toDouble() != b.toDouble())
            return differ(u"numbers %1 vs %2"_s.arg(a.toDouble()).arg(b.toDouble()));
        return true;
    }
    case QJsonValue::String:
        if (!sameText(a.toString(), b.toString(), qtDropsBom))
            return differ(u"strings differ"_s);
        return true;
    default:
        return a == b ? true : differ(u"values differ"_s);
    }
}

bool hasInnerByteOrderMark(QByteArrayView json)
{
    const QByteArrayView body = json.startsWith("\xEF\xBB\xBF") ? json.sliced(3) : json;
    if (body.contains("\xEF\xBB\xBF"))
        return true;
    const QByteArray lower = body.toByteArray().toLower();
    return lower.contains("\\ufeff");
}

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

bool hasLoneSurrogate(const QJsonValue &v)
{
    const auto lone = [](const QString &s) {
        for (qsizetype i = 0; i < s.size(); ++i) {
            const QChar c = s.at(i);
            if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
                ++i;
            else if (c.isSurrogate())
                return true;
        }
        return false;
    };
    if (v.isString())
        return lone(v.toString());
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray()) {
            if (hasLoneSurrogate(item))
                return true;
        }
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (lone(it.key()) || hasLoneSurrogate(it.value()))
                return true;
        }
    }
    return false;
}

int nestingDepth(const QJsonValue &v)
{
    int deepest = 0;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            deepest = qMax(deepest, nestingDepth(item));
        return deepest + 1;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            deepest = qMax(deepest, nestingDepth(it.value()));
        return deepest + 1;
    }
    return 0;
}

} // namespace CreditDesk::Fuzz
