#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace CreditDesk {

/// One field of an exported record: text, an exact decimal number, a boolean, or null.
struct RecordValue
{
    enum class Kind { Text, Number, Boolean, Null };
    Kind kind = Kind::Null;
    QString text; ///< for Number: plain decimal text such as "-12.30"

    static RecordValue fromText(const QString &text) { return {Kind::Text, text}; }
    /// Empty text → null, so optional ids and dates read naturally.
    static RecordValue textOrNull(const QString &text) { return text.isEmpty() ? null() : fromText(text); }
    static RecordValue number(const QString &plain) { return plain.isEmpty() ? null() : RecordValue{Kind::Number, plain}; }
    static RecordValue boolean(bool value) { return {Kind::Boolean, value ? QStringLiteral("true") : QStringLiteral("false")}; }
    static RecordValue null() { return {}; }
};

/// Rows of named fields, written as JSON (an array of objects with stable field names),
/// CSV (RFC 4180, formula-safe) or an aligned text table (cells terminal-safe: no control
/// characters, escape sequences or bidi overrides). The GUI's export and the CLI share it.
struct RecordSet
{
    QStringList fields;
    QList<QList<RecordValue>> rows;
    QList<int> rightAligned; ///< field indexes right-aligned in the text table (amounts)
    QList<int> tableFields;  ///< field indexes the text table shows; empty = all (ids can be long)

    QByteArray toJson() const;
    QByteArray toCsv(bool withByteOrderMark = false) const;
    QByteArray toTable() const;
};

} // namespace CreditDesk
