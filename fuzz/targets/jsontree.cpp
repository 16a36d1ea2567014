#include "jsontree.h"

#include "azure/jsonpull.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>
#include <QStringList>

#include <limits>

using namespace Qt::StringLiterals;

namespace CreditDesk::Fuzz {

namespace {

using Json::PullReader;
using Kind = PullReader::Kind;

bool *g_outOfRange = nullptr;

QJsonValue numberValue(QByteArrayView literal)
{
    const bool integral = !literal.contains('.') && !literal.contains('e') && !literal.contains('E');
    if (integral) {
        bool ok = false;
        const qlonglong n = literal.toLongLong(&ok);
        if (ok)
            return QJsonValue(qint64(n));
    }
    bool ok = false;
    const double d = literal.toDouble(&ok);
    if (!ok && g_outOfRange)
        *g_outOfRange = true;
    return QJsonValue(d);
}

QString withoutLoneSurrogates(QString s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            s[i] = QChar::ReplacementCharacter;
    }
    return s;
}

bool readValue(PullReader &r, QJsonValue *out)
{
    switch (r.peek()) {
    case Kind::Object: {
        if (!r.beginObject())
            return false;
        QJsonObject o;
        QByteArrayView key;
        while (r.nextKey(&key)) {
            const QString name = key.contains('\\') ? PullReader::decode(key) : PullReader::decodeUnescaped(key);
            QJsonValue v;
            if (!readValue(r, &v))
                return false;
            o.insert(name, v);
        }
        if (r.failed())
            return false;
        *out = o;
        return true;
    }
    case Kind::Array: {
        if (!r.beginArray())
            return false;
        QJsonArray a;
        while (r.nextElement()) {
            QJsonValue v;
            if (!readValue(r, &v))
                return false;
            a.append(v);
        }
        if (r.failed())
            return false;
        *out = a;
        return true;
    }
    case Kind::String: {
        QString s;
        if (!r.readString(&s))
            return false;
        *out = s;
        return true;
    }
    case Kind::Number: {
        QByteArrayView literal;
        if (!r.readNumber(&literal))
            return false;
        *out = numberValue(literal);
        return true;
    }
    case Kind::Bool: {
        bool b = false;
        if (!r.readBool(&b))
            return false;
        *out = b;
        return true;
    }
    case Kind::Null:
        if (!r.readNull())
            return false;
        *out = QJsonValue(QJsonValue::Null);
        return true;
    case Kind::Error:
        r.skipValue(); // records the error
        return false;
    }
    return false;
}

} // namespace

std::optional<QJsonValue> pullTree(QByteArrayView json, QString *error, bool *outOfRange)
{
    PullReader r(json);
    QJsonValue v;
    bool rangeFlag = false;
    g_outOfRange = &rangeFlag;
    const bool ok = readValue(r, &v) && r.atEnd();
    g_outOfRange = nullptr;
    if (outOfRange)
        *outOfRange = rangeFlag;
    if (!ok) {
        if (error) {
            *error = r.failed() ? QString::fromLatin1(r.errorText()) + u" at "_s + QString::number(r.errorOffset())
                                : u"data after the end"_s;
        }
        return std::nullopt;
    }
    return v;
}

bool sameJson(const QJsonValue &a, const QJsonValue &b, QString *where, const QString &path)
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
        QStringList xKeys, yKeys;
        for (const QString &k : x.keys())
            xKeys << withoutLoneSurrogates(k);
        for (const QString &k : y.keys())
            yKeys << withoutLoneSurrogates(k);
        xKeys.sort();
        yKeys.sort();
        if (xKeys != yKeys)
            return differ(u"keys differ"_s);
        for (auto it = x.begin(); it != x.end(); ++it) {
            const QString key = withoutLoneSurrogates(it.key());
            auto other = y.begin();
            while (other != y.end() && withoutLoneSurrogates(other.key()) != key)
                ++other;
            if (other == y.end() || !sameJson(it.value(), other.value(), where, path + u'.' + key))
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
            if (!sameJson(x.at(i), y.at(i), where, path + u'[' + QString::number(i) + u']'))
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
        if (withoutLoneSurrogates(a.toString()) != withoutLoneSurrogates(b.toString()))
            return differ(u"strings differ"_s);
        return true;
    default:
        return a == b ? true : differ(u"values differ"_s);
    }
}

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace CreditDesk::Fuzz
