#pragma once

#include "server/sandboxoptions.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>
#include <utility>

namespace CreditDesk::Sandbox {

/// Half-open range of indices into one of BillingWorld's flat arrays.
struct IndexRange
{
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype size() const { return end - begin; }
};

enum class ArmAgreementType : quint8 { MicrosoftCustomerAgreement, EnterpriseAgreement, MicrosoftPartnerAgreement };

struct BillingAccountRecord
{
    QString name; ///< the billingAccountId path segment (MCA/MPA: guid:guid_yyyy-mm-dd, EA: digits)
    QString displayName;
    ArmAgreementType agreement = ArmAgreementType::MicrosoftCustomerAgreement;
    QList<int> profiles; ///< indices into BillingWorld::profiles()
    QList<int> customers; ///< indices into BillingWorld::customers() (MPA only)
    IndexRange lots; ///< every lot under the account: its profiles', its customers' or its own (EA)
    IndexRange events; ///< every event under the account's profiles, profile after profile
};

/// Figures of credits/balanceSummary, in the profile's minor units (see BillingWorld::totals rules).
struct BalanceTotals
{
    qint64 currentBalance = 0; ///< sum of lot closedBalance (as of the last invoice), started lots
    qint64 estimatedBalance = 0; ///< what Active lots hold after every event incl. pending ones
    qint64 pendingCharges = 0; ///< charges after the last invoice (magnitude)
    qint64 pendingAdjustments = 0; ///< adjustments after the last invoice
    qint64 expiredCredit = 0; ///< balance of lots that expired after the last invoice
    bool hasLots = false; ///< false: balanceSummary answers 204
};

struct BillingProfileRecord
{
    QString name; ///< four groups of 4-4-3-3 letters and digits, e.g. AB12-CD34-EF5-GH6
    QString displayName;
    QString currency; ///< ISO 4217
    QString systemId;
    QString poNumber;
    int account = -1;
    int decimals = 2; ///< minor-unit digits of the currency (JPY: 0)
    int invoiceDay = 5;
    bool negativeCharges = false; ///< write `charges` as negative numbers, as some live data does
    IndexRange lots;
    IndexRange events; ///< sorted by transaction date
    BalanceTotals totals;
};

struct CustomerRecord
{
    QString name; ///< GUID
    QString displayName;
    QString currency;
    int account = -1;
    int decimals = 2;
    IndexRange lots;
};

enum class LotOwner : quint8 { BillingProfile, Customer, BillingAccount };
/// AzurePromotionalCredit is the free-text display string some live responses carry.
enum class ArmLotSource : quint8 { PromotionalCredit, PurchasedCredit, ConsumptionCommitment, AzurePromotionalCredit };
enum class ArmLotStatus : quint8 { None, Active, Inactive, Expired, Complete, Canceled };

/// One credit lot, stored as numbers; JSON is written per page by the ARM handlers.
struct LotRecord
{
    qint64 originalAmount = 0; ///< minor units of the owner's currency
    qint64 closedBalance = 0; ///< as of the last invoice = balance after the lot's last settled event
    quint64 nameBits = 0; ///< random digits for the lot name
    qint32 startDay = 0; ///< Julian day numbers
    qint32 expirationDay = 0;
    qint32 purchasedDay = 0;
    qint32 owner = 0; ///< index into profiles(), customers() or accounts() per ownerKind
    LotOwner ownerKind = LotOwner::BillingProfile;
    ArmLotSource source = ArmLotSource::PromotionalCredit;
    ArmLotStatus status = ArmLotStatus::Active;
};

enum class EventType : quint8 {
    NewCredit,
    SettledCharges,
    PendingCharges,
    SettledAdjustment, ///< written as eventType SettledCharges with a non-zero `adjustments`
    PendingAdjustments,
    CreditExpired,
    CanceledCredit,
};

struct EventRecord
{
    qint64 amount = 0; ///< magnitude of the event's own amount (new credit, charge, ...)
    qint64 closedBalance = 0; ///< running balance of the lot after this event
    qint32 day = 0; ///< Julian day of transactionDate
    qint32 lot = 0; ///< index into lots()
    quint32 sequence = 0; ///< position within the lot's own chain
    EventType type = EventType::NewCredit;

    bool isPending() const { return type == EventType::PendingCharges || type == EventType::PendingAdjustments; }
};

/// EA (Azure Prepayment) balance of one billing period, in cents of USD.
struct EaBalanceRecord
{
    qint64 beginningBalance = 0, endingBalance = 0, newPurchases = 0, adjustments = 0, utilized = 0, serviceOverage = 0,
           chargesBilledSeparately = 0, totalOverage = 0, totalUsage = 0, azureMarketplaceServiceCharges = 0,
           overageRefund = 0;
    qint64 promoCredit = 0, sieCredit = 0, promoPurchase = 0;
};

/// Billing accounts, profiles, MPA customers, lots and events of the generated world.
///
/// Layout: `scale.billingAccounts` MCA accounts with `scale.billingProfiles` credit-bearing
/// profiles each (the first MCA account has one extra profile without lots, whose
/// balanceSummary answers 204), one EA account with two commitment lots, one MPA account with
/// one empty billing profile and `scale.customers` customers. Every credit-bearing profile has
/// `scale.lotsPerProfile` lots and exactly `lotsPerProfile * eventsPerLot` events (future-dated
/// lots have none; their share goes to the started lots), all dated within the last 365 days.
class BillingWorld
{
public:
    BillingWorld(quint64 seed, const SandboxScale &scale, QDate today, const QString &organization);

    QDate today() const { return m_today; }
    /// Events before this date are invoiced (settled); later ones are pending.
    QDate settlementCutoff() const { return m_cutoff; }

    const QList<BillingAccountRecord> &accounts() const { return m_accounts; }
    const QList<BillingProfileRecord> &profiles() const { return m_profiles; }
    const QList<CustomerRecord> &customers() const { return m_customers; }
    const QList<LotRecord> &lots() const { return m_lots; }
    const QList<EventRecord> &events() const { return m_events; }

    int findAccount(QStringView name) const; ///< -1 if unknown
    int findProfile(int account, QStringView name) const; ///< -1 if unknown
    int findCustomer(int account, QStringView name) const; ///< -1 if unknown

    QString lotName(qsizetype lot) const; ///< e.g. G202501153926600123456
    QString eventName(qsizetype event) const; ///< GUID
    QString invoiceNumber(int profile, QDate day) const; ///< invoice that billed events of that month
    // The numbers behind those names, for writers that format them without QString.
    std::pair<quint64, quint64> eventGuidBits(qsizetype event) const;
    quint64 invoiceDigits(int profile, QDate day) const; ///< 0..999999999, written as G + 9 digits
    QString lotCurrency(const LotRecord &lot) const;   ///< the credit's own currency: its amounts'
    QString billingCurrency(const LotRecord &lot) const; ///< its owner's billing currency
    /// --mixed-currencies: the lot's creditCurrency field names the billing currency although
    /// its amounts are in lotCurrency().
    bool mislabelsCreditCurrency(const LotRecord &lot) const;
    int lotDecimals(const LotRecord &lot) const;
    EaBalanceRecord eaBalance(int account, int year, int month) const;

    qsizetype mcaLotCount() const; ///< lots on MCA billing profiles
    qsizetype mcaEventCount() const { return m_events.size(); }

private:
    void addMcaAccount(int index, const SandboxScale &scale);
    void addEaAccount();
    void addMpaAccount(const SandboxScale &scale);

    quint64 m_seed;
    bool m_mixedCurrencies = false;
    QDate m_today;
    QDate m_cutoff;
    QString m_organization;
    QList<BillingAccountRecord> m_accounts;
    QList<BillingProfileRecord> m_profiles;
    QList<CustomerRecord> m_customers;
    QList<LotRecord> m_lots;
    QList<EventRecord> m_events;
};

QLatin1StringView lotSourceText(ArmLotSource source);
QLatin1StringView lotStatusText(ArmLotStatus status);
QLatin1StringView eventTypeText(EventType type);
QLatin1StringView agreementTypeText(ArmAgreementType type);

} // namespace CreditDesk::Sandbox
