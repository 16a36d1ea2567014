#pragma once

// Private to the ARM and Graph parsers: the parts every response shares (the JSON root, an
// embedded error, `value` + `nextLink` paging, the proxy-resource envelope), kept apart from the
// per-type row readers. Every body goes through Json::Reader (jsonreader_p.h).

#include "azure/armparsers.h"
#include "azure/jsonreader_p.h"

#include <QCoreApplication>

#include <optional>

namespace CreditDesk::ArmResponse {

using namespace Qt::StringLiterals;
using Json::Reader;
using Json::Value;

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

inline Error emptyBody()
{
    return malformed(QCoreApplication::translate("ArmParsers", "the body is empty."));
}

/// A body that is not JSON, or is cut short: what simdjson found and where.
inline Error invalidJson(const Reader &r)
{
    return malformed(QCoreApplication::translate("ArmParsers", "it is not valid JSON (%1 at byte %2).")
                         .arg(r.errorText(), QString::number(qMax<qsizetype>(0, r.errorOffset()))));
}

/// `{"error":{"code","message"}}` in a 200: the service answered with an error instead of data
/// (the code may be a number).
inline Error embeddedError(Reader &r, Value error)
{
    QString code;
    QString message;
    r.forEachField(error, [&](std::string_view key, Value v) {
        if (key == "code")
            code = r.text(v);
        else if (key == "message")
            message = r.text(v);
        else
            r.skip(v);
    });
    Error e;
    e.code = code;
    e.message = QCoreApplication::translate("ArmParsers", "The service answered with an error instead of data: %1")
                    .arg(message.isEmpty() ? e.code : message);
    return e;
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

/// A top-level value that is not an object: an error either way, a syntax one if it is broken.
inline Error notAnObject(Reader &r)
{
    r.skipRoot();
    if (!r.finish())
        return invalidJson(r);
    return unexpected(QCoreApplication::translate("ArmParsers", "expected a JSON object."));
}

/// One page of an ARM or Graph list, read in one pass: \a readRow(Reader &, Value row, T *)
/// reads each element of `value` (false: unusable, counted in skippedRows). A duplicate key
/// counts once, the last one, as QJsonDocument reads it. \a missingList: the message when
/// `value` is absent (a default one when empty).
template<typename T, typename ReadRow>
Result<Page<T>> parsePage(const QByteArray &json, ReadRow readRow, const QString &missingList = {})
{
    if (isBlank(json))
        return emptyBody();
    Reader r(json);
    if (r.rootKind() != Reader::Kind::Object)
        return notAnObject(r);

    Page<T> page;
    bool sawValue = false;
    QString link;
    QString odataLink;
    std::optional<Error> embedded;
    r.forEachRootField([&](std::string_view key, Value v) {
        if (key == "value") {
            page.items.clear();
            page.skippedRows = 0;
            sawValue = r.forEachElement(v, [&](Value row) {
                T item;
                if (readRow(r, row, &item))
                    page.items.append(std::move(item));
                else if (r.ok())
                    ++page.skippedRows;
            });
        } else if (key == "nextLink") {
            link = r.text(v);
        } else if (key == "@odata.nextLink") {
            odataLink = r.text(v);
        } else if (key == "error") {
            embedded.reset();
            if (r.kind(v) == Reader::Kind::Object)
                embedded = embeddedError(r, v);
            else
                r.skip(v);
        } else {
            r.skip(v);
        }
    });
    if (!r.finish())
        return invalidJson(r);
    if (embedded)
        return *embedded;
    if (!sawValue) {
        return unexpected(missingList.isEmpty()
                              ? QCoreApplication::translate("ArmParsers", "the list of items (\"value\") is missing.")
                              : missingList);
    }
    auto next = nextLinkUrl(link.isEmpty() ? odataLink : link);
    if (!next)
        return next.error();
    page.nextLink = *next;
    return page;
}

/// A single resource (a small document): the whole body is checked and searched for an
/// embedded error first, then read again by \a readRow(Reader &, Value root, T *).
template<typename T, typename ReadRow>
Result<T> parseSingle(const QByteArray &json, ReadRow readRow, const QString &unusable = {})
{
    if (isBlank(json))
        return emptyBody();
    Reader r(json);
    if (r.rootKind() != Reader::Kind::Object)
        return notAnObject(r);
    std::optional<Error> embedded;
    r.forEachRootField([&](std::string_view key, Value v) {
        if (key == "error" && r.kind(v) == Reader::Kind::Object) {
            embedded = embeddedError(r, v);
        } else {
            if (key == "error")
                embedded.reset();
            r.skip(v);
        }
    });
    if (!r.finish())
        return invalidJson(r);
    if (embedded)
        return *embedded;
    r.rewind();
    Value root;
    T item;
    if (r.rootValue(&root) && readRow(r, root, &item) && r.ok())
        return item;
    return unexpected(unusable.isEmpty()
                          ? QCoreApplication::translate("ArmParsers", "the resource has no id or no properties.")
                          : unusable);
}

/// The proxy-resource envelope every ARM row shares: id and name around a properties object
/// read by \a onProperties(Value); other keys go to \a onOther(key, Value), which must consume
/// them. False for a row without any identity or without a properties object.
template<typename OnProperties, typename OnOther>
bool readEnvelope(Reader &r, Value row, QString *id, QString *name, OnProperties onProperties, OnOther onOther)
{
    bool hasProperties = false;
    const bool isObject = r.forEachField(row, [&](std::string_view key, Value v) {
        if (key == "id") {
            *id = r.text(v);
        } else if (key == "name") {
            *name = r.text(v);
        } else if (key == "properties") {
            if (r.kind(v) == Reader::Kind::Object) {
                hasProperties = true;
                onProperties(v);
            } else {
                r.skip(v);
            }
        } else {
            onOther(key, v);
        }
    });
    return isObject && r.ok() && hasProperties && (!id->isEmpty() || !name->isEmpty());
}

template<typename OnProperties>
bool readEnvelope(Reader &r, Value row, QString *id, QString *name, OnProperties onProperties)
{
    return readEnvelope(r, row, id, name, onProperties, [&r](std::string_view, Value v) { r.skip(v); });
}

/// The members of a properties object (or any nested object), each handed to \a onField(key,
/// Value), which must consume it.
template<typename OnField> void readMembers(Reader &r, Value object, OnField onField)
{
    r.forEachField(object, onField);
}

} // namespace CreditDesk::ArmResponse
