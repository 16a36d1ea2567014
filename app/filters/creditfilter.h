#pragma once

#include "domain/creditevent.h"
#include "domain/lot.h"
#include "domain/partnercredit.h"

#include <array>

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace CreditDesk {



/// "Quick" filters from the toolbar. Each is one rule on top of the other criteria.
enum class QuickFilter {
    None,
    ExpiringWithin30, ///< expires today .. today+30 (UTC dates, both ends included), not yet over
    ExpiringWithin60,
    ExpiringWithin90,
    Active,
    Expired, ///< status Expired, or the expiry date is before today
    ExpiredWithBalance, ///< Expired and the last known balance is above zero
    NotRedeemed, ///< partner benefit credits only: lots never match it
    ReassignmentCapReached, ///< partner benefit credits only: lots never match it
};

/// The kinds of balance event the Transactions page filters by (CreditEventType, grouped the
/// way an admin reads them: money spent, money added, money lost, corrections).
enum class EventKind {
    Any,
    Charges, ///< settled and pending charges
    NewCredit, ///< new and pending new credit
    Expiry, ///< expired, pending expiry and canceled credit
    Adjustments, ///< pending adjustments and events of a type this version does not know
};

/// The kind \a type belongs to (never Any).
EventKind eventKindOf(CreditEventType type);

/// What the lot filter reads per row on every keystroke, prepared once per row by the model
/// and kept in compact per-row arrays, so that a text search over 100,000 rows touches no Lot.
struct LotSearchKey {
    QStringView text; ///< CreditFilter::lotSearchText() of the lot
    QDate expiryUtc; ///< utcDateOf(lot.expirationDate)
    LotStatus status = LotStatus::Unknown;
    LotSource source = LotSource::Other;
};

/// What a table shows: a plain value, compared, copied and tested without any model.
///
/// Empty criteria (empty text, no statuses, nullopt ids, invalid dates, QuickFilter::None)
/// let everything through. Setters return whether the value changed, so a proxy only
/// re-filters when something did. matches() runs for every row on every keystroke, so the
/// search words are prepared once per change and nothing is allocated per row.
///
/// Events honour text, currency, billing account/profile and sources; statuses, customer,
/// the expiry window and quick filters describe lots and credits and are ignored for events.
class CreditFilter
{
public:
    const QString &text() const { return m_text; }
    /// Case-insensitive; several words must all be found (each in any column).
    bool setText(const QString &text);

    QList<LotStatus> statuses() const;
    bool setStatuses(const QList<LotStatus> &statuses);
    QList<LotSource> sources() const;
    bool setSources(const QList<LotSource> &sources);

    const std::optional<QString> &currency() const { return m_currency; }
    bool setCurrency(const std::optional<QString> &currency);
    /// Ids compare case-insensitively (ARM ids are) and also match a full ARM id ending in
    /// "/<id>", since events carry full ids where lots carry the short name.
    const std::optional<QString> &billingAccountId() const { return m_billingAccountId; }
    bool setBillingAccountId(const std::optional<QString> &id);
    const std::optional<QString> &billingProfileId() const { return m_billingProfileId; }
    bool setBillingProfileId(const std::optional<QString> &id);
    const std::optional<QString> &customerId() const { return m_customerId; }
    bool setCustomerId(const std::optional<QString> &id);

    /// Expiry window in UTC dates, both ends included; an invalid date leaves that end open.
    QDate expiresFrom() const { return m_expiresFrom; }
    bool setExpiresFrom(const QDate &date);
    QDate expiresTo() const { return m_expiresTo; }
    bool setExpiresTo(const QDate &date);

    QuickFilter quick() const { return m_quick; }
    bool setQuick(QuickFilter quick);

    /// Events only: the kind of event (Any lets every kind through).
    EventKind eventKind() const { return m_eventKind; }
    bool setEventKind(EventKind kind);
    /// Events only: transactions on or after this UTC date (invalid: no lower bound).
    QDate transactionsFrom() const { return m_transactionsFrom; }
    bool setTransactionsFrom(const QDate &date);
    /// Events only: the events of one lot, by its name or full ARM id (see billingAccountId()).
    const std::optional<QString> &lotId() const { return m_lotId; }
    bool setLotId(const std::optional<QString> &id);

    bool isEmpty() const;

    /// \a scopeName is the billing profile's or customer's display name, searched as text.
    bool matches(const Lot &lot, const QDate &todayUtc, const QString &scopeName = {}) const;
    /// The same test with what it reads of every row prepared in \a key (the per-keystroke
    /// path): \a lot is only read for criteria the key does not cover (currency, ids,
    /// the balance of ExpiredWithBalance).
    bool matches(const Lot &lot, const QDate &todayUtc, const LotSearchKey &key) const;
    /// A lot's searchable fields (name, scope id and name, raw source and status, currency,
    /// PO number), case-folded and separated by a newline, which no search word contains.
    static QString lotSearchText(const Lot &lot, const QString &scopeName);
    bool matches(const CreditEvent &event) const;
    /// What a text search looks at in an event, as the Transactions table shows it:
    /// description, type, lot name, invoice, billing profile (its name, else its id).
    static std::array<QString, 5> eventSearchTexts(const CreditEvent &event);
    /// matches(event) without the text: currency, billing account/profile, source, kind, date, lot.
    bool matchesExceptText(const CreditEvent &event) const;
    /// Bit i is set when the i-th search word occurs in \a folded (already case-folded).
    /// With allWordsMask() this lets a table test each distinct text once per keystroke.
    quint64 wordMask(QStringView folded) const;
    quint64 allWordsMask() const;
    bool matches(const PartnerCredit &credit, const QDate &todayUtc) const;

    /// True when every row this filter accepts was also accepted by \a older (only the text
    /// grew, e.g. one more key typed), so a proxy may skip rows \a older rejected.
    bool isNarrowingOf(const CreditFilter &older) const;

    friend bool operator==(const CreditFilter &a, const CreditFilter &b);

private:
    bool textMatches(std::initializer_list<QStringView> fields, quint32 enumMask) const;
    bool foldedTextMatches(QStringView folded, quint32 enumMask) const;

    void prepareNeedles();

    QString m_text;
    QList<QString> m_needles; ///< the text's words, case-folded, derived from m_text
    /// Per needle, a bit per LotStatus (low 8) and LotSource (next 8) whose display text
    /// contains it, so the translated "Used up" is found without formatting rows.
    QList<quint32> m_needleEnumHits;
    quint32 m_statusMask = 0;
    quint32 m_sourceMask = 0;
    std::optional<QString> m_currency;
    std::optional<QString> m_billingAccountId;
    std::optional<QString> m_billingProfileId;
    std::optional<QString> m_customerId;
    QDate m_expiresFrom;
    QDate m_expiresTo;
    QuickFilter m_quick = QuickFilter::None;
    EventKind m_eventKind = EventKind::Any;
    QDate m_transactionsFrom;
    std::optional<QString> m_lotId;
};

/// The UTC calendar date of \a dateTime (invalid stays invalid) without a copy when it is
/// already UTC, which parsed dates are.
QDate utcDateOf(const QDateTime &dateTime);

} // namespace CreditDesk
