#pragma once

#include <QLatin1StringView>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace CreditDesk {

/// Microsoft.Billing `agreementType`. Decides which credit calls apply: MCA accounts use the
/// billing-profile lots/events/balanceSummary, MPA accounts lots by customer, EA balances.
enum class AgreementType {
    Unknown, ///< absent or a value this version does not know (raw text kept)
    MicrosoftCustomerAgreement,
    EnterpriseAgreement,
    MicrosoftOnlineServicesProgram,
    MicrosoftPartnerAgreement,
    Other, ///< the service's own "Other"
};

inline AgreementType agreementTypeFromString(QStringView s)
{
    using namespace Qt::StringLiterals;
    s = s.trimmed();
    if (s.compare("MicrosoftCustomerAgreement"_L1, Qt::CaseInsensitive) == 0)
        return AgreementType::MicrosoftCustomerAgreement;
    if (s.compare("EnterpriseAgreement"_L1, Qt::CaseInsensitive) == 0)
        return AgreementType::EnterpriseAgreement;
    if (s.compare("MicrosoftOnlineServicesProgram"_L1, Qt::CaseInsensitive) == 0)
        return AgreementType::MicrosoftOnlineServicesProgram;
    if (s.compare("MicrosoftPartnerAgreement"_L1, Qt::CaseInsensitive) == 0)
        return AgreementType::MicrosoftPartnerAgreement;
    if (s.compare("Other"_L1, Qt::CaseInsensitive) == 0)
        return AgreementType::Other;
    return AgreementType::Unknown;
}

/// Reseller attached to a lot, event or balance summary.
struct Reseller
{
    QString id; ///< `resellerId`
    QString description; ///< `resellerDescription`

    bool isEmpty() const { return id.isEmpty() && description.isEmpty(); }
    friend bool operator==(const Reseller &, const Reseller &) = default;
};

/// A row of `GET /providers/Microsoft.Billing/billingAccounts`.
struct BillingAccount
{
    QString id; ///< full ARM id
    QString name; ///< the billingAccountId to put in URLs
    QString displayName;
    AgreementType agreementType = AgreementType::Unknown;
    QString agreementTypeRaw; ///< as sent
    QString accountStatus; ///< Active, Disabled, ... (open set, raw)
    QString accountType; ///< Business, Enterprise, Partner, ... (open set, raw)
    std::optional<bool> hasReadAccess;

    bool isMca() const { return agreementType == AgreementType::MicrosoftCustomerAgreement; }
    bool isMpa() const { return agreementType == AgreementType::MicrosoftPartnerAgreement; }
    bool isEa() const { return agreementType == AgreementType::EnterpriseAgreement; }
};

/// A row of `GET .../billingAccounts/{id}/billingProfiles`.
struct BillingProfile
{
    QString id; ///< full ARM id
    QString name; ///< the billingProfileId to put in URLs
    QString billingAccountId; ///< from the id path; may be a `{placeholder}` in examples
    QString displayName;
    QString currency; ///< ISO 4217, normalised
    QString status; ///< Active, Warned, Disabled, ... (raw)
    QString statusReasonCode;
    QString billingRelationshipType; ///< Direct, IndirectCustomer, IndirectPartner, CSPPartner
    QString systemId;
    QString poNumber;
    QString spendingLimit; ///< On / Off
    std::optional<int> invoiceDay;
    std::optional<bool> hasReadAccess;
    QStringList enabledAzurePlans; ///< skuDescription of each plan
    QString indirectBillingAccountName; ///< indirectRelationshipInfo (partner-led profiles)
    QString indirectBillingProfileName;
    QString indirectDisplayName;
};

/// A customer of an MPA (partner) billing account: `.../billingAccounts/{id}/customers`.
struct BillingCustomer
{
    QString id; ///< full ARM id
    QString name; ///< the customerId to put in URLs
    QString billingAccountId; ///< from the id path
    QString displayName;
    QString billingProfileId; ///< as sent (an ARM id)
    QString billingProfileDisplayName;
    QString systemId;
    QString status; ///< raw
};

} // namespace CreditDesk

Q_DECLARE_METATYPE(CreditDesk::BillingAccount)
Q_DECLARE_METATYPE(CreditDesk::BillingProfile)
Q_DECLARE_METATYPE(CreditDesk::BillingCustomer)
