#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace CreditDesk::Fuzz {

/// Reads one JSON text with CreditDesk's reader (Json::Reader, simdjson On-Demand) into a
/// QJsonValue tree, the way QJsonDocument would store it: the last of duplicate keys wins,
/// integer literals that fit qint64 stay integers, other numbers are doubles. nullopt (and the
/// reader's error in \a error) when the reader refuses the text. Lets the reader be compared
/// with QJsonDocument value by value.
std::optional<QJsonValue> readerTree(const QByteArray &json, QString *error = nullptr);

/// Deep equality of the reader's \a a and QJsonDocument's \b b, numbers compared as values
/// (1.0 == 1); the first difference's path in \a where. With \a qtDropsBom (both read the same
/// text), a string or key may lack one leading U+FEFF in \a b: Qt 6.4's QJsonDocument drops it
/// from strings without escapes, the reader keeps it (Json::decodeUtf8).
bool sameJson(const QJsonValue &a, const QJsonValue &b, QString *where = nullptr, const QString &path = {},
              bool qtDropsBom = false);

/// Does the text hold a U+FEFF anywhere but as a byte-order mark before it (raw or as \ufeff)?
/// QJsonObject keys starting with U+FEFF do not survive Qt 6.4 (stored as UTF-8, read back with
/// QString::fromUtf8, which drops it), so neither tree can be compared on such texts.
bool hasInnerByteOrderMark(QByteArrayView json);

/// Is \a bytes well-formed UTF-8 (no overlongs, no surrogates)?
bool isValidUtf8(QByteArrayView bytes);

/// Does any string or key of \a v hold a lone UTF-16 surrogate (QJsonDocument keeps those from
/// \u escapes; the reader refuses them)? And how deep does \a v nest?
bool hasLoneSurrogate(const QJsonValue &v);
int nestingDepth(const QJsonValue &v);

} // namespace CreditDesk::Fuzz
