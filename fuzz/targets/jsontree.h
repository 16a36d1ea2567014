#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace CreditDesk::Fuzz {

/// Reads one JSON text with Json::PullReader into a QJsonValue tree, the way QJsonDocument
/// would store it: keys decoded, the last of duplicate keys wins, integer literals that fit
/// qint64 stay integers, other numbers are doubles. nullopt when the reader reports an error or
/// data follows the value. Lets the pull reader be compared with QJsonDocument value by value.
/// \a outOfRange is set when a number literal does not fit a double (1e400): the pull reader
/// checks the grammar only (numbers stay text), QJsonDocument refuses such a document.
std::optional<QJsonValue> pullTree(QByteArrayView json, QString *error = nullptr, bool *outOfRange = nullptr);

/// Deep equality, numbers compared as values (1.0 == 1), texts and keys compared with lone
/// surrogates as U+FFFD (PullReader::decode replaces them; QJsonDocument keeps them); the first
/// difference's path in \a where.
bool sameJson(const QJsonValue &a, const QJsonValue &b, QString *where = nullptr, const QString &path = {});

/// Is \a bytes well-formed UTF-8 (no overlongs, no surrogates)?
bool isValidUtf8(QByteArrayView bytes);

} // namespace CreditDesk::Fuzz
