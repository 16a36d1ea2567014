#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QLatin1StringView>
#include <QSet>
#include <QString>
#include <QStringView>

#include <array>
#include <mutex>

/// The parts of the lenient JSON reading that need no JSON: shared strings, the service's date
/// formats and ARM id paths. The reader itself (simdjson On-Demand, with every leniency rule of
/// SPEC §1) is private to the parsers: azure/jsonreader_p.h, implemented with these in
/// jsonreaders.cpp.
namespace CreditDesk::Json {

/// Bytes a response body should have allocated after its end: the reader (simdjson) reads up to
/// this far past the text. A body with this much spare capacity is read in place; any other is
/// copied once (ArmClient reserves it when it reads a reply).
inline constexpr qsizetype kPadding = 64;

/// Equal texts shared by the pages of one listing, which are parsed one after the other on
/// whichever worker thread is free: lot ids, invoice numbers and descriptions recur on every
/// page, and without this each page's rows would hold their own copy. Owned by the listing and
/// dropped with it, so nothing outlives the rows of a load (or a sign-out).
class SharedTexts
{
public:
    QString share(const QString &text);

private:
    std::mutex m_mutex; // pages of one listing are parsed in turn, but any thread may be the next
    QSet<QString> m_texts;
};

/// While it lives, every StringPool created on this thread shares its texts through \a texts.
/// Lets a listing hand its table to the page parsers without a parameter on each of them.
class SharedTextsScope
{
public:
    explicit SharedTextsScope(SharedTexts &texts);
    ~SharedTextsScope();
    Q_DISABLE_COPY_MOVE(SharedTextsScope)

    static SharedTexts *current();

private:
    SharedTexts *m_previous;
};

/// Shares equal strings across the rows of one response, and with the other pages of a
/// listing when a SharedTextsScope is open. Billing ids, display names, currencies and enum
/// texts repeat on every row; without sharing, 100,000 events would hold a million copies of
/// "USD", and lot ids would be held once per page they occur on.
class StringPool
{
public:
    StringPool() : m_shared(SharedTextsScope::current()) { }

    QString intern(const QString &s);
    /// The decoded text of UTF-8 bytes; a hit costs no allocation.
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
    SharedTexts *m_shared; ///< the listing's table, asked once per distinct text; may be null
    QString shareWithListing(const QString &text) { return m_shared ? m_shared->share(text) : text; }
};

/// Decoded UTF-8 text of a JSON string. A leading U+FEFF is text and is kept (QString::fromUtf8
/// would drop it as a byte-order mark; Qt 6.4's QJsonDocument does so for strings without escapes).
QString decodeUtf8(QByteArrayView utf8);

/// A date-time in UTC (Qt::UTC spec). Accepts ISO 8601 (`2024-08-01T00:00:00Z`, fractional
/// seconds of any length, `+hh:mm`/`+hhmm`/`+hh` offsets, no zone = UTC, date only = midnight
/// UTC, `T` or a space as separator) and the older `MM/dd/yyyy HH:mm:ss` / `MM/dd/yyyy`
/// (one-digit month/day/hour and a trailing AM/PM tolerated). Anything else → invalid.
/// Never depends on the local time zone.
QDateTime parseDateTime(QStringView text);
QDateTime parseDateTime(QByteArrayView utf8);

/// The path segment after `/<name>/` in an ARM id (case-insensitive name), e.g.
/// armIdSegment(id, "billingProfiles") → "2468"; empty when absent.
QString armIdSegment(QStringView armId, QLatin1StringView name);

} // namespace CreditDesk::Json
