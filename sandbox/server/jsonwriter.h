#pragma once

#include <initializer_list>
#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QStringView>

namespace CreditDesk::Sandbox {

/// Appends compact JSON to a byte array, in the order the fields are written.
///
/// ARM list pages are written with this instead of QJsonObject: 100,000 events are served a
/// page at a time, and building a QJsonObject tree per row costs an order of magnitude more
/// than appending bytes. It also keeps the field order of the official examples, and money
/// goes out as exact decimals from integer minor units (no double rounding).
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 4096) { m_out.reserve(reserve); }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(QLatin1StringView name);

    JsonWriter &value(QStringView text);
    JsonWriter &value(const QString &text) { return value(QStringView(text)); }
    JsonWriter &value(QLatin1StringView text);
    JsonWriter &value(bool flag);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(static_cast<qint64>(number)); }
    JsonWriter &value(double number);
    JsonWriter &null();
    /// A string whose parts are already JSON-escaped UTF-8 (see jsonEscaped()), concatenated.
    JsonWriter &escaped(std::initializer_list<QByteArrayView> parts);
    /// Money: minor units written as a decimal number with `decimals` digits, e.g. -174, 2 → -1.74.
    JsonWriter &money(qint64 minorUnits, int decimals);
    /// A date as ARM writes it: 2024-08-01T00:00:00Z (or with the given time of day).
    JsonWriter &isoDate(QDate date, int secondsOfDay = 0);
    /// Already-serialised JSON (e.g. from QJsonDocument), inserted verbatim.
    JsonWriter &raw(const QByteArray &json);

    // Shorthands for "key": value.
    JsonWriter &field(QLatin1StringView name, QStringView text) { return key(name).value(text); }
    JsonWriter &field(QLatin1StringView name, const QString &text) { return key(name).value(text); }
    JsonWriter &field(QLatin1StringView name, QLatin1StringView text) { return key(name).value(text); }
    JsonWriter &field(QLatin1StringView name, bool flag) { return key(name).value(flag); }
    JsonWriter &field(QLatin1StringView name, qint64 number) { return key(name).value(number); }
    JsonWriter &field(QLatin1StringView name, int number) { return key(name).value(number); }
    JsonWriter &field(QLatin1StringView name, double number) { return key(name).value(number); }
    JsonWriter &escapedField(QLatin1StringView name, std::initializer_list<QByteArrayView> parts)
    {
        return key(name).escaped(parts);
    }
    JsonWriter &dateField(QLatin1StringView name, QDate date) { return key(name).isoDate(date); }
    /// "name": {"currency": "USD", "value": 12.34} — the Consumption `amount` type.
    JsonWriter &amountField(QLatin1StringView name, QStringView currency, qint64 minorUnits, int decimals);
    /// The same with the currency code already escaped.
    JsonWriter &amountField(QLatin1StringView name, QByteArrayView currency, qint64 minorUnits, int decimals);

    const QByteArray &bytes() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void separate();
    void writeString(QStringView text);
    void writeLatin1String(QLatin1StringView text);

    QByteArray m_out;
    bool m_needComma = false;
};

/// JSON string content (without quotes) for `text`, as UTF-8.
QByteArray jsonEscaped(QStringView text);

/// "2024-08-01T00:00:00Z" for a date (midnight UTC, or the given time of day).
QString isoDateTime(QDate date, int secondsOfDay = 0);

/// Decimal digits of `value`, zero-padded to `width`, appended to `out`.
void appendDigits(QByteArray &out, quint64 value, int width = 0);

} // namespace CreditDesk::Sandbox
