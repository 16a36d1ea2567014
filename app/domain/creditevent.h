#pragma once

#include "domain/billing.h"
#include "domain/money.h"

#include <QDateTime>
#include <QLatin1StringView>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace CreditDesk {

/// `eventType` of a Consumption event. The spec's enum is open and the official examples
/// already use values outside it (ExpiredCredit, CanceledCredit); the raw text is always kept.
enum class CreditEventType {
    Unknown, ///< absent, "UnKnown", or a value this version does not know
    SettledCharges,
    PendingCharges,
    PendingAdjustments,
    PendingNewCredit,
    PendingExpiredCredit,
    NewCredit,
    CreditExpired, ///< spec spelling
    ExpiredCredit, ///< spelling used by the official examples
    CanceledCredit,
};

inline CreditEventType creditEventTypeFromString(QStringView s)
{
    using namespace Qt::StringLiterals;
    s = s.trimmed();
    struct Entry
    {
        QLatin1StringView text;
        CreditEventType type;
    };
    static constexpr Entry entries[] = {
        { "SettledCharges"_L1, CreditEventType::SettledCharges },
        { "PendingCharges"_L1, CreditEventType::PendingCharges },
        { "PendingAdjustments"_L1, CreditEventType::PendingAdjustments },
        { "PendingNewCredit"_L1, CreditEventType::PendingNewCredit },
        { "PendingExpiredCredit"_L1, CreditEventType::PendingExpiredCredit },
        { "NewCredit"_L1, CreditEventType::NewCredit },
        { "CreditExpired"_L1, CreditEventType::CreditExpired },
        { "ExpiredCredit"_L1, CreditEventType::ExpiredCredit },
        { "CanceledCredit"_L1, CreditEventType::CanceledCredit },
        { "CancelledCredit"_L1, CreditEventType::CanceledCredit },
    };
    // The service's own spelling first: an exact comparison is far cheaper, and this runs
    // for each of 100,000 events.
    for (const Entry &e : entries) {
        if (s == e.text)
            return e.type;
    }
    for (const Entry &e : entries) {
        if (s.compare(e.text, Qt::CaseInsensitive) == 0)
            return e.type;
    }
    return CreditEventType::Unknown;
}

/// Both spellings of "credit expired" (and its pending form) mean credit was lost.
inline bool isExpiryEvent(CreditEventType t)
{
    return t == CreditEventType::CreditExpired || t == CreditEventType::ExpiredCredit
        || t == CreditEventType::PendingExpiredCredit;
}

/// The parts of an event that most events lack: amounts in billing currency (sent only when
/// it differs from the credit currency), the reseller and the eTag. Kept out of line so that
/// 100,000 events without them do not each carry 400 bytes of empty fields.
struct CreditEventDetails
{
    AmountWithExchangeRate newCreditInBillingCurrency;
    AmountWithExchangeRate adjustmentsInBillingCurrency;
    AmountWithExchangeRate creditExpiredInBillingCurrency;
    AmountWithExchangeRate chargesInBillingCurrency;
    AmountWithExchangeRate closedBalanceInBillingCurrency;
    Reseller reseller;
    QString eTag;

    friend bool operator==(const CreditEventDetails &, const CreditEventDetails &) = default;

    bool isEmpty() const
    {
        return newCreditInBillingCurrency.isEmpty() && adjustmentsInBillingCurrency.isEmpty()
            && creditExpiredInBillingCurrency.isEmpty() && chargesInBillingCurrency.isEmpty()
            && closedBalanceInBillingCurrency.isEmpty() && reseller.isEmpty() && eTag.isEmpty();
    }
};

/// One entry of the balance ledger (`Microsoft.Consumption/events`).
struct CreditEvent
{
    /// The full ARM id. Live ids are "<billing scope>/providers/Microsoft.Consumption/events/<name>";
    /// such an id is not stored but rebuilt from billingProfileId (or billingAccountId) and name,
    /// which saves a unique 500-byte string per event. Any other id is stored as sent.
    QString id() const;
    void setId(const QString &id);
    /// The id as UTF-8 text (trimmed like setId's). Call once billingProfileId and name are
    /// set: a conventional id is then recognised without converting it to a QString first.
    void setIdUtf8(QByteArrayView utf8);
    /// id() == other.id(), without building either when both are conventional.
    bool hasSameId(const CreditEvent &other) const;

    QString name;

    QDateTime transactionDate; ///< UTC; invalid when absent
    QString description;

    std::optional<Money> newCredit;
    std::optional<Money> adjustments;
    std::optional<Money> creditExpired;
    std::optional<Money> charges; ///< live data sends negative charges too
    std::optional<Money> closedBalance; ///< balance after the event
    std::optional<Money> canceledCredit;

    QString billingAccountId; ///< as sent
    QString billingAccountDisplayName;
    QString billingProfileId; ///< as sent (examples: a full ARM id)
    QString billingProfileDisplayName;

    QString eventTypeRaw; ///< `eventType` as sent
    CreditEventType eventType = CreditEventType::Unknown;
    bool isEstimatedBalance = false;
    QString invoiceNumber; ///< empty while unbilled
    QString lotId; ///< as sent (examples: a full ARM-style id)
    QString lotSource; ///< free text (ConsumptionCommitment, AzurePrepayment...)
    QString creditCurrency;
    QString billingCurrency;

    /// Billing-currency amounts, reseller and eTag; all empty for most events.
    const CreditEventDetails &details() const;
    /// For writing: creates the details on first use (and unshares them from copies).
    CreditEventDetails &editDetails();
    /// Once every field is read: drops the id when it is the conventional one and the details
    /// block when it is empty. Values stay the same; only their storage shrinks.
    void compact();

    /// Every field, the details by value (a refresh tells changed rows from unchanged ones).
    friend bool operator==(const CreditEvent &, const CreditEvent &) = default;

private:
    QString conventionalId() const;

    // Shared between copies until one is edited; compared by the values it holds.
    struct SharedDetails
    {
        std::shared_ptr<CreditEventDetails> data; ///< null when all details are empty
        static bool same(const SharedDetails &a, const SharedDetails &b);
        friend bool operator==(const SharedDetails &a, const SharedDetails &b) { return same(a, b); }
    };

    QString m_storedId; ///< as sent, unless m_idIsConventional
    bool m_idIsConventional = false;
    SharedDetails m_details;
};

} // namespace CreditDesk

Q_DECLARE_METATYPE(CreditDesk::CreditEvent)
// Every member is relocatable (QString, QDateTime, optional<Money>, shared_ptr): lists of
// 100,000 rows grow by moving memory instead of copy-constructing each row and its strings.
Q_DECLARE_TYPEINFO(CreditDesk::CreditEvent, Q_RELOCATABLE_TYPE);
