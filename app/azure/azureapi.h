#pragma once

#include "azure/apiversions.h"
#include "azure/armclient.h"
#include "azure/armparsers.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace CreditDesk {

/// Where credit lots are listed: an MCA billing profile (all Azure credits of the profile), a
/// billing account (MCA/EA, described as commitments) or an MPA customer.
struct LotScope
{
    enum class Kind { BillingProfile, BillingAccount, Customer };
    Kind kind = Kind::BillingProfile;
    QString billingAccountId;
    QString childId; ///< billing profile or customer id; empty for a billing account
    QString filter; ///< `$filter` (billing account and customer only), e.g. "status eq 'active'"

    static LotScope billingProfile(const QString &billingAccountId, const QString &billingProfileId);
    static LotScope billingAccount(const QString &billingAccountId, const QString &filter = {});
    static LotScope customer(const QString &billingAccountId, const QString &customerId, const QString &filter = {});
};

/// Typed, asynchronous reads of the ARM APIs CreditDesk uses (Microsoft.Billing,
/// Microsoft.Consumption, subscriptions, Microsoft.BillingBenefits) over an ArmClient.
///
/// Every list follows all pages. `list…` calls back once with everything; `stream…` hands
/// over each page as it arrives (for big lists and partial results) and then the status.
/// Callbacks run only while \a context lives; cancel(context) stops them with code "cancelled".
/// Errors name the operation and the scope with its display name when known ("billing profile
/// Contoso US (AB12-CD34-EF5-GH6)"): names are learnt from the lists this object fetched, or
/// given with setDisplayName().
class AzureApi : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Callback = std::function<void(Result<T>)>;
    template<typename T> using ListCallback = std::function<void(Result<QList<T>>)>;
    template<typename T> using PageCallback = std::function<void(const QList<T> &items)>;
    using DoneCallback = std::function<void(Status)>;

    AzureApi(ArmClient *arm, ApiVersions versions = {}, QObject *parent = nullptr);

    ArmClient *client() const { return m_arm; }
    const ApiVersions &apiVersions() const { return m_versions; }
    void cancel(const QObject *context = nullptr);

    // Microsoft.Billing. Callers pick accounts by agreementType (BillingAccount::isMca() ...).
    void listBillingAccounts(QObject *context, ListCallback<BillingAccount> done);
    void listBillingProfiles(const QString &billingAccountId, QObject *context, ListCallback<BillingProfile> done);
    void listCustomers(const QString &billingAccountId, QObject *context, ListCallback<BillingCustomer> done);

    // Microsoft.Consumption lots
    void listLots(const LotScope &scope, QObject *context, ListCallback<Lot> done);
    void streamLots(const LotScope &scope, QObject *context, PageCallback<Lot> onPage, DoneCallback done);
    void listLotsByBillingProfile(const QString &billingAccountId, const QString &billingProfileId, QObject *context,
                                  ListCallback<Lot> done);
    void listLotsByBillingAccount(const QString &billingAccountId, const QString &filter, QObject *context,
                                  ListCallback<Lot> done);
    void listLotsByCustomer(const QString &billingAccountId, const QString &customerId, const QString &filter,
                            QObject *context, ListCallback<Lot> done);

    /// Events of a billing profile between two dates (both required by the service, sent as
    /// yyyy-MM-dd, inclusive). An invalid date or an end before the start fails without a request.
    void listEventsByBillingProfile(const QString &billingAccountId, const QString &billingProfileId,
                                    const QDate &startDate, const QDate &endDate, QObject *context,
                                    ListCallback<CreditEvent> done);
    void streamEventsByBillingProfile(const QString &billingAccountId, const QString &billingProfileId,
                                      const QDate &startDate, const QDate &endDate, QObject *context,
                                      PageCallback<CreditEvent> onPage, DoneCallback done);

    /// credits/balanceSummary: 200 → the summary; 204 (the profile has no credit) → nullopt.
    void getCreditSummary(const QString &billingAccountId, const QString &billingProfileId, QObject *context,
                          Callback<std::optional<CreditSummary>> done);
    /// EA (Azure Prepayment) balance of the current billing period, or of \a billingPeriod (yyyyMM).
    void getEaBalance(const QString &billingAccountId, QObject *context, Callback<EaBalance> done);
    void getEaBalanceForPeriod(const QString &billingAccountId, const QString &billingPeriod, QObject *context,
                               Callback<EaBalance> done);

    /// Subscriptions the account can read (`quotaId` Sponsored_* marks legacy partner sponsorships).
    void listSubscriptions(QObject *context, ListCallback<Subscription> done);

    // Microsoft.BillingBenefits credits (remaining = credit − consumed, see BenefitsCredit).
    void listBenefitsCreditsBySubscription(const QString &subscriptionId, QObject *context,
                                           ListCallback<BenefitsCredit> done);
    void listBenefitsCreditsByResourceGroup(const QString &subscriptionId, const QString &resourceGroup,
                                            QObject *context, ListCallback<BenefitsCredit> done);
    void listBenefitsCreditTransactions(const QString &subscriptionId, const QString &resourceGroup,
                                        const QString &creditName, QObject *context,
                                        ListCallback<BenefitsCreditTransaction> done);

    /// Remembers a display name for a scope's errors. \a scopeId is the scope's ARM path
    /// (billingAccountPath(), billingProfilePath(), customerPath(), "/subscriptions/<id>").
    void setDisplayName(const QString &scopeId, const QString &displayName);

    // Translated scope texts for errors and progress, with the display name when known.
    QString billingAccountScope(const QString &billingAccountId) const;
    QString billingProfileScope(const QString &billingAccountId, const QString &billingProfileId) const;
    QString customerScope(const QString &billingAccountId, const QString &customerId) const;
    QString subscriptionScope(const QString &subscriptionId) const;
    QString lotScopeText(const LotScope &scope) const;

    static QString billingAccountPath(const QString &billingAccountId);
    static QString billingProfilePath(const QString &billingAccountId, const QString &billingProfileId);
    static QString customerPath(const QString &billingAccountId, const QString &customerId);
    static QString subscriptionPath(const QString &subscriptionId);

private:
    template<typename T, typename Parse>
    void stream(const QUrl &url, const ArmOperation &operation, QObject *context, Parse parse, PageCallback<T> onPage,
                DoneCallback done);
    template<typename T, typename Parse>
    void collect(const QUrl &url, const ArmOperation &operation, QObject *context, Parse parse, ListCallback<T> done);
    template<typename T, typename Parse>
    void getOne(const QUrl &url, const ArmOperation &operation, QObject *context, Parse parse, Callback<T> done);
    /// Calls \a fail with \a error on the next event-loop turn, keeping every call asynchronous.
    void failLater(QObject *context, const Error &error, std::function<void(const Error &)> fail);
    QString labelled(const QString &scopeId, const QString &id) const;
    QUrl armUrl(const QString &path, const QString &apiVersion, const QUrlQuery &extra = {}) const;
    static Error notConnected();

    QPointer<ArmClient> m_arm;
    ApiVersions m_versions;
    QHash<QString, QString> m_displayNames; ///< lower-case scope path → display name
};

} // namespace CreditDesk
