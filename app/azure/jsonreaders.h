#pragma once

#include "domain/money.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

/// Lenient readers for JSON from Microsoft services.
///
/// Live responses drift from the spec: enums grow, numbers go missing or turn negative,
/// currencies carry trailing spaces, dates come as ISO 8601 or US "MM/dd/yyyy". Every reader
/// here returns an empty/absent value for anything unexpected and never throws or asserts.
namespace CreditDesk::Json {

/// Shares equal strings across the rows of one response. Billing ids, display names,
/// currencies and enum texts repeat on every row; without sharing, 100,000 events would hold
/// a million copies of "USD".
class StringPool
{
public:
    QString intern(const QString &s);
    /// The decoded text of UTF-8 bytes without escapes; a hit costs no allocation.
    QString internUtf8(QByteArrayView utf8);
    /// Money::normalizedCurrency of an interned code, itself interned; remembered per code.
    QString internCurrency(const QString &code);

private:
    // In front of m_utf8: a few recently seen texts, found by length and two bytes instead of
    // hashing the whole text. The same billing ids (150+ bytes) and names arrive on every row.
    struct Recent
    {
        QByteArray utf8; // shares the bytes of m_utf8's key
        QString text;
    };
    static constexpr qsizetype kRecentSlots = 64;
    std::array<Recent, kRecentSlots> m_recent;

    QHash<QString, QString> m_strings;
    QHash<QByteArray, QString> m_utf8;
    QHash<QString, QString> m_currencies;
    // The code is interned, so the same code is usually the very same string as last time.
    QString m_lastCode;
    QString m_lastCurrency;
};

/// The value's text, trimmed; empty for absent, null or non-string values. Numbers are
/// accepted and written out (ids are sometimes sent as numbers).
QString readString(const QJsonObject &o, QLatin1StringView key, StringPool *pool = nullptr);
/// As readString, without trimming (descriptions, free text).
QString readText(const QJsonObject &o, QLatin1StringView key, StringPool *pool = nullptr);
/// Strings of an array; non-string items are skipped.
QStringList readStringList(const QJsonObject &o, QLatin1StringView key);

/// A JSON bool, or "true"/"false" (any case), or 0/1; otherwise nullopt.
std::optional<bool> readOptionalBool(const QJsonObject &o, QLatin1StringView key);
bool readBool(const QJsonObject &o, QLatin1StringView key, bool fallback = false);

/// A finite JSON number (or a numeric string) as int; fractional values are not ints.
std::optional<int> readInt(const QJsonObject &o, QLatin1StringView key);
/// A finite number that is *not* money (percentages, exchange rates).
std::optional<double> readDouble(const QJsonObject &o, QLatin1StringView key);

/// ARM `amount`: `{ "currency": "USD", "value": 12.3 }`. nullopt when the object or its value
/// is absent or not a number; a missing currency falls back to \a fallbackCurrency (e.g. the
/// row's creditCurrency), and without either the amount is unusable → nullopt.
std::optional<Money> readAmount(const QJsonObject &o, QLatin1StringView key, StringPool *pool = nullptr,
                                const QString &fallbackCurrency = {});
/// The same for an `amount` object already in hand.
std::optional<Money> amountFromObject(const QJsonObject &amount, StringPool *pool = nullptr,
                                      const QString &fallbackCurrency = {});

/// BillingBenefits `Price`/`Commitment`: `{ "currencyCode": "USD", "amount": 12.3 }`.
std::optional<Money> readPrice(const QJsonObject &o, QLatin1StringView key, StringPool *pool = nullptr);

/// ARM `AmountWithExchangeRate` (examples often carry only the rate fields).
AmountWithExchangeRate readAmountWithExchangeRate(const QJsonObject &o, QLatin1StringView key,
                                                  StringPool *pool = nullptr, const QString &fallbackCurrency = {});

/// A date-time in UTC (Qt::UTC spec). Accepts ISO 8601 (`2024-08-01T00:00:00Z`, fractional
/// seconds of any length, `+hh:mm`/`+hhmm`/`+hh` offsets, no zone = UTC, date only = midnight
/// UTC, `T` or a space as separator) and the older `MM/dd/yyyy HH:mm:ss` / `MM/dd/yyyy`
/// (one-digit month/day/hour and a trailing AM/PM tolerated). Anything else → invalid.
/// Never depends on the local time zone.
QDateTime parseDateTime(QStringView text);
QDateTime parseDateTime(QByteArrayView utf8);
QDateTime readDateTime(const QJsonObject &o, QLatin1StringView key);

/// The path segment after `/<name>/` in an ARM id (case-insensitive name), e.g.
/// armIdSegment(id, "billingProfiles") → "2468"; empty when absent.
QString armIdSegment(QStringView armId, QLatin1StringView name);

/// The object under \a key, or an empty object for anything else.
QJsonObject readObject(const QJsonObject &o, QLatin1StringView key);

} // namespace CreditDesk::Json
