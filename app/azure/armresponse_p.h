#pragma once

// Private to the ARM parsers: the parts every response shares (JSON root, embedded error,
// `value` + `nextLink` paging, the proxy-resource envelope), kept apart from the per-type row
// readers in armparsers.cpp.

#include "azure/armparsers.h"
#include "azure/jsonpull.h"
#include "azure/jsonreaders.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <optional>

namespace CreditDesk::ArmResponse {

using namespace Qt::StringLiterals;
using Json::readString;
using Json::StringPool;

// Without copying: QByteArray::trimmed() would duplicate a multi-megabyte page that merely ends
// in a newline.
inline bool isBlank(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return false;
    }
    return true;
}

inline Error malformed(const QString &detail)
{
    Error e;
    e.message = QCoreApplication::translate("ArmParsers", "The service sent a response CreditDesk cannot read: %1")
                    .arg(detail);
    e.code = u"MalformedResponse"_s;
    return e;
}

inline Error unexpected(const QString &detail)
{
    Error e;
    e.message = QCoreApplication::translate("ArmParsers", "The service sent a response in an unexpected form: %1")
                    .arg(detail);
    e.code = u"UnexpectedResponse"_s;
    return e;
}

// A 200 whose body is an ARM error object still means "no data"; say what the service said.
inline std::optional<Error> embeddedError(const QJsonObject &root)
{
    const QJsonValue error = root.value("error"_L1);
    if (!error.isObject())
        return std::nullopt;
    const QJsonObject o = error.toObject();
    Error e;
    e.code = readString(o, "code"_L1);
    const QString message = readString(o, "message"_L1);
    e.message = QCoreApplication::translate("ArmParsers", "The service answered with an error instead of data: %1")
                    .arg(message.isEmpty() ? e.code : message);
    return e;
}

inline Result<QJsonObject> parseRoot(const QByteArray &json)
{
    if (isBlank(json))
        return malformed(QCoreApplication::translate("ArmParsers", "the body is empty."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return malformed(QCoreApplication::translate("ArmParsers", "it is not valid JSON (%1 at byte %2).")
                             .arg(parseError.errorString(), QString::number(parseError.offset)));
    }
    if (!doc.isObject())
        return unexpected(QCoreApplication::translate("ArmParsers", "expected a JSON object."));
    const QJsonObject root = doc.object();
    if (auto error = embeddedError(root))
        return *error;
    return root;
}

// `nextLink` is followed verbatim: keep its percent-encoding as sent rather than re-encoding.
inline Result<QUrl> nextLinkUrl(const QString &link)
{
    if (link.isEmpty())
        return QUrl();
    const QUrl url = QUrl::fromEncoded(link.toUtf8(), QUrl::TolerantMode);
    if (!url.isValid()) {
        return unexpected(QCoreApplication::translate("ArmParsers", "the link to the next page is not a valid URL."));
    }
    return url;
}

inline Result<QUrl> readNextLink(const QJsonObject &root)
{
    QString link = readString(root, "nextLink"_L1);
    if (link.isEmpty())
        link = readString(root, "@odata.nextLink"_L1);
    return nextLinkUrl(link);
}

template<typename T, typename ReadRow> Result<Page<T>> parsePage(const QByteArray &json, ReadRow readRow)
{
    auto root = parseRoot(json);
    if (!root)
        return root.error();
    const QJsonValue value = root->value("value"_L1);
    if (!value.isArray()) {
        return unexpected(QCoreApplication::translate("ArmParsers", "the list of items (\"value\") is missing."));
    }
    auto next = readNextLink(*root);
    if (!next)
        return next.error();

    const QJsonArray rows = value.toArray();
    Page<T> page;
    page.nextLink = *next;
    page.items.reserve(rows.size());
    StringPool pool;
    for (const QJsonValue &row : rows) {
        std::optional<T> item;
        if (row.isObject())
            item = readRow(row.toObject(), pool);
        if (item)
            page.items.append(std::move(*item));
        else
            ++page.skippedRows;
    }
    return page;
}

template<typename T, typename ReadRow> Result<T> parseSingle(const QByteArray &json, ReadRow readRow)
{
    auto root = parseRoot(json);
    if (!root)
        return root.error();
    StringPool pool;
    std::optional<T> item = readRow(*root, pool);
    if (!item) {
        return unexpected(QCoreApplication::translate("ArmParsers", "the resource has no id or no properties."));
    }
    return std::move(*item);
}

// The proxy-resource envelope every ARM row shares. A row without any identity or without
// a properties object carries nothing usable.
struct Envelope
{
    QString id;
    QString name;
    QJsonObject properties;
};

inline std::optional<Envelope> readEnvelope(const QJsonObject &row)
{
    Envelope e;
    e.id = readString(row, "id"_L1);
    e.name = readString(row, "name"_L1);
    const QJsonValue properties = row.value("properties"_L1);
    if ((e.id.isEmpty() && e.name.isEmpty()) || !properties.isObject())
        return std::nullopt;
    e.properties = properties.toObject();
    return e;
}

inline Error invalidJson(const char *what, qsizetype offset)
{
    return malformed(QCoreApplication::translate("ArmParsers", "it is not valid JSON (%1 at byte %2).")
                         .arg(QString::fromLatin1(what), QString::number(offset)));
}

// `{"error":{"code","message"}}` met while streaming; the code may be a number.
inline Error readStreamedError(Json::PullReader &r)
{
    QString code;
    QString message;
    r.beginObject();
    QByteArrayView key;
    while (r.nextKey(&key)) {
        const auto kind = r.peek();
        QByteArrayView literal;
        if ((key == "code" || key == "message") && kind == Json::PullReader::Kind::String)
            r.readString(key == "code" ? &code : &message);
        else if (key == "code" && kind == Json::PullReader::Kind::Number && r.readNumber(&literal))
            code = QString::fromLatin1(literal);
        else
            r.skipValue();
    }
    Error e;
    e.code = code.trimmed();
    message = message.trimmed();
    e.message = QCoreApplication::translate("ArmParsers", "The service answered with an error instead of data: %1")
                    .arg(message.isEmpty() ? e.code : message);
    return e;
}

/// The top level of a large list read with PullReader (see jsonpull.h for why): same shape
/// checks and errors as parsePage, rows handed to \a readRow(reader, pool, T*).
template<typename T, typename ReadRow> Result<Page<T>> parseStreamedPage(const QByteArray &json, ReadRow readRow)
{
    using Kind = Json::PullReader::Kind;
    if (isBlank(json))
        return malformed(QCoreApplication::translate("ArmParsers", "the body is empty."));
    Json::PullReader r(json);
    if (r.peek() != Kind::Object) {
        if (!r.skipValue() || !r.atEnd())
            return r.failed() ? invalidJson(r.errorText(), r.errorOffset())
                              : invalidJson("unexpected data after the end", r.offset());
        return unexpected(QCoreApplication::translate("ArmParsers", "expected a JSON object."));
    }

    Page<T> page;
    Json::StringPool pool;
    bool sawValue = false;
    QString link;
    std::optional<Error> embedded;
    r.beginObject();
    QByteArrayView key;
    while (r.nextKey(&key)) {
        const Kind kind = r.peek();
        if (key == "value" && kind == Kind::Array) {
            sawValue = true;
            r.beginArray();
            while (r.nextElement()) {
                T item;
                if (readRow(r, pool, &item))
                    page.items.append(std::move(item));
                else if (!r.failed())
                    ++page.skippedRows;
            }
        } else if ((key == "nextLink" || key == "@odata.nextLink") && kind == Kind::String) {
            QString text;
            r.readString(&text);
            text = text.trimmed();
            if (key == "nextLink" || link.isEmpty())
                link = text;
        } else if (key == "error" && kind == Kind::Object) {
            embedded = readStreamedError(r);
        } else {
            r.skipValue();
        }
    }
    if (r.failed())
        return invalidJson(r.errorText(), r.errorOffset());
    if (!r.atEnd())
        return invalidJson("unexpected data after the end", r.offset());
    if (embedded)
        return *embedded;
    if (!sawValue) {
        return unexpected(QCoreApplication::translate("ArmParsers", "the list of items (\"value\") is missing."));
    }
    auto next = nextLinkUrl(link);
    if (!next)
        return next.error();
    page.nextLink = *next;
    return page;
}

} // namespace CreditDesk::ArmResponse
