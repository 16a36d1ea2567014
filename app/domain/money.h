#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>
#include <utility>

class QLocale;

namespace CreditDesk {

/// An amount of money: integer minor units (cents, fils, yen...) plus an ISO 4217 code.
///
/// Money never holds a floating value: the API sends `decimal` numbers as JSON doubles, so they
/// are turned into their shortest round-trip decimal text and parsed exactly from there
/// (60.90 stays 6090 cents instead of 6089.999...). The only way out as a float is
/// toChartValue(), for plotting.
///
/// A default-constructed Money has no currency and is "invalid"; it acts as a neutral zero in
/// + and - so that per-currency totals can start from a default value (QHash::operator[]).
class Money
{
public:
    Money() = default;
    /// \a currency is normalised (trimmed, upper-cased). The QString overload shares the string
    /// when it is already normalised, which keeps 100,000 parsed rows from each owning "USD".
    Money(qint64 minorUnits, const QString &currency);
    Money(qint64 minorUnits, QStringView currency);

    static Money zero(const QString &currency) { return Money(0, currency); }

    /// Exact parse of a decimal text such as "-12.30", "1e-05", "+7", " 3396469.19 ".
    /// Digits beyond the currency's exponent are rounded half away from zero.
    /// Returns nullopt for anything that is not a finite decimal number or that overflows.
    static std::optional<Money> fromDecimalString(QStringView text, const QString &currency);
    static std::optional<Money> fromDecimalString(QByteArrayView text, const QString &currency);

    /// A JSON number (a double) without binary artefacts: via its shortest round-trip text.
    static std::optional<Money> fromJsonNumber(double value, const QString &currency);

    /// A JSON number, or a string holding a decimal number (some services quote amounts).
    /// Absent, null, bool, object or garbage → nullopt.
    static std::optional<Money> fromJson(const QJsonValue &value, const QString &currency);

    /// ISO 4217 minor-unit exponent: 0 for JPY/KRW/..., 3 for BHD/KWD/JOD/OMR/TND/..., 4 for
    /// CLF/UYW, 2 otherwise (including unknown codes).
    static int minorDigits(QStringView currency);

    /// Trimmed and upper-cased, as stored in Money (shares \a currency when already so).
    static QString normalizedCurrency(const QString &currency);

    bool isValid() const { return !m_currency.isEmpty(); }
    qint64 minorUnits() const { return m_minorUnits; }
    const QString &currency() const { return m_currency.text(); }
    int digits() const { return minorDigits(m_currency.text()); }

    bool isZero() const { return m_minorUnits == 0; }
    bool isNegative() const { return m_minorUnits < 0; }
    bool isPositive() const { return m_minorUnits > 0; }

    /// Plain text with exactly digits() decimals, '.' as separator, no grouping: "-12.30".
    QString toDecimalString() const;

    /// The one place a floating value leaves Money: for chart axes only, never for sums.
    qreal toChartValue() const;

    /// nullopt when the currencies differ (an invalid Money counts as zero in any currency)
    /// or the result overflows.
    std::optional<Money> checkedAdd(const Money &other) const;
    std::optional<Money> checkedSubtract(const Money &other) const;

    // No operator+ or operator-: adding two currencies, or past 64 bits, is an error to
    // report (checkedAdd's nullopt), never an assert or a silent zero.
    Money operator-() const;

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minorUnits == b.m_minorUnits && a.m_currency == b.m_currency;
    }
    /// Ordered only within one currency; different currencies compare unordered.
    friend std::partial_ordering operator<=>(const Money &a, const Money &b)
    {
        if (a.m_currency != b.m_currency)
            return std::partial_ordering::unordered;
        return a.m_minorUnits <=> b.m_minorUnits;
    }

private:
    /// The currency in one machine word instead of a 24-byte QString: every row holds several
    /// amounts (six per event), so this halves Money and saves ~100 bytes per event. A
    /// three-letter code points at one process-wide string per code (at most 26^3, created on
    /// first use and kept); anything else (rare: what a service sent that is no ISO code) is an
    /// owned copy, tagged in the low bit.
    class Code
    {
    public:
        Code() = default;
        explicit Code(const QString &normalized);
        Code(const Code &other);
        Code(Code &&other) noexcept : m_bits(std::exchange(other.m_bits, 0)) { }
        Code &operator=(const Code &other);
        Code &operator=(Code &&other) noexcept;
        ~Code();

        bool isEmpty() const { return m_bits == 0; }
        const QString &text() const;
        friend bool operator==(const Code &a, const Code &b) { return a.m_bits == b.m_bits || a.text() == b.text(); }

    private:
        bool isOwned() const { return (m_bits & 1) != 0; }
        quintptr m_bits = 0; ///< 0: no currency; else a QString address, bit 0 set when owned
    };

    qint64 m_minorUnits = 0;
    Code m_currency;
};

/// The amount in the user's locale with its currency (symbol when the locale's own currency,
/// ISO code otherwise), formatted from integers only.
QString formatMoney(const Money &money, const QLocale &locale);

/// ARM `AmountWithExchangeRate`: an amount in billing currency plus the rate used. The rate is
/// a ratio, not money, so a double is fine here.
struct AmountWithExchangeRate
{
    std::optional<Money> amount;
    std::optional<double> exchangeRate;
    std::optional<int> exchangeRateMonth;

    bool isEmpty() const { return !amount && !exchangeRate && !exchangeRateMonth; }
    friend bool operator==(const AmountWithExchangeRate &, const AmountWithExchangeRate &) = default;
};

} // namespace CreditDesk

Q_DECLARE_METATYPE(CreditDesk::Money)
// A qint64 and one pointer-sized word: moved by memcpy in lists.
Q_DECLARE_TYPEINFO(CreditDesk::Money, Q_RELOCATABLE_TYPE);
