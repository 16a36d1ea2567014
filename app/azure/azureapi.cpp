#include "azure/azureapi.h"

#include "azure/jsonreaders.h"
#include "core/logging.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace CreditDesk {

LotScope LotScope::billingProfile(const QString &billingAccountId, const QString &billingProfileId)
{
    return { Kind::BillingProfile, billingAccountId, billingProfileId, {} };
}

LotScope LotScope::billingAccount(const QString &billingAccountId, const QString &filter)
{
    return { Kind::BillingAccount, billingAccountId, {}, filter };
}

LotScope LotScope::customer(const QString &billingAccountId, const QString &customerId, const QString &filter)
{
    return { Kind::Customer, billingAccountId, customerId, filter };
}

AzureApi::AzureApi(ArmClient *arm, ApiVersions versions, QObject *parent)
    : QObject(parent), m_arm(arm), m_versions(std::move(versions))
{ }

void AzureApi::cancel(const QObject *context)
{
    if (m_arm)
        m_arm->cancel(context);
}

// --- scope names -------------------------------------------------------------------------

QString AzureApi::billingAccountPath(const QString &billingAccountId)
{
    return u"/providers/Microsoft.Billing/billingAccounts/"_s + billingAccountId;
}

QString AzureApi::billingProfilePath(const QString &billingAccountId, const QString &billingProfileId)
{
    return billingAccountPath(billingAccountId) + u"/billingProfiles/"_s + billingProfileId;
}

QString AzureApi::customerPath(const QString &billingAccountId, const QString &customerId)
{
    return billingAccountPath(billingAccountId) + u"/customers/"_s + customerId;
}

QString AzureApi::subscriptionPath(const QString &subscriptionId)
{
    return u"/subscriptions/"_s + subscriptionId;
}

void AzureApi::setDisplayName(const QString &scopeId, const QString &displayName)
{
    if (!displayName.trimmed().isEmpty())
        m_displayNames.insert(scopeId.toLower(), displayName.trimmed());
}

QString AzureApi::labelled(const QString &scopeId, const QString &id) const
{
    const QString name = m_displayNames.value(scopeId.toLower());
    // The id stays in the text: it is what support and the portal search for.
    return name.isEmpty() || name == id ? id : u"%1 (%2)"_s.arg(name, id);
}

QString AzureApi::billingAccountScope(const QString &billingAccountId) const
{
    return tr("billing account %1").arg(labelled(billingAccountPath(billingAccountId), billingAccountId));
}

QString AzureApi::billingProfileScope(const QString &billingAccountId, const QString &billingProfileId) const
{
    return tr("billing profile %1")
        .arg(labelled(billingProfilePath(billingAccountId, billingProfileId), billingProfileId));
}

QString AzureApi::customerScope(const QString &billingAccountId, const QString &customerId) const
{
    return tr("customer %1").arg(labelled(customerPath(billingAccountId, customerId), customerId));
}

QString AzureApi::subscriptionScope(const QString &subscriptionId) const
{
    return tr("subscription %1").arg(labelled(subscriptionPath(subscriptionId), subscriptionId));
}

QString AzureApi::lotScopeText(const LotScope &scope) const
{
    switch (scope.kind) {
    case LotScope::Kind::BillingProfile:
        return billingProfileScope(scope.billingAccountId, scope.childId);
    case LotScope::Kind::Customer:
        return customerScope(scope.billingAccountId, scope.childId);
    case LotScope::Kind::BillingAccount:
        break;
    }
    return billingAccountScope(scope.billingAccountId);
}

// --- plumbing ----------------------------------------------------------------------------

QUrl AzureApi::armUrl(const QString &path, const QString &apiVersion, const QUrlQuery &extra) const
{
    return m_arm ? m_arm->url(path, apiVersion, extra) : QUrl();
}

Error AzureApi::notConnected()
{
    return Error { tr("Azure Resource Manager is not available: the connection was closed."), u"NotConnected"_s };
}

template<typename T, typename Parse>
void AzureApi::stream(const QUrl &url, const ArmOperation &operation, QObject *context, Parse parse,
                      PageCallback<T> onPage, DoneCallback done)
{
    if (!m_arm) {
        failLater(context, notConnected(), [done = std::move(done)](const Error &e) { done(e); });
        return;
    }
    // Parsed on a worker thread; only the finished rows come back to the caller's thread.
    auto deliverPage = std::make_shared<const PageCallback<T>>(std::move(onPage));
    // The listing's pages share their texts; the table goes when the listing does.
    auto texts = std::make_shared<Json::SharedTexts>();
    m_arm->getAllPagesOffThread(
        url, operation, context,
        [parse, deliverPage, texts, what = operation.description](const QByteArray &body) -> Result<ArmClient::ParsedPage> {
            const Json::SharedTextsScope sharing(*texts);
            auto page = parse(body);
            if (!page)
                return page.error();
            if (page->skippedRows > 0)
                qCWarning(lcArm) << "skipped" << page->skippedRows << "unreadable rows while trying to" << what;
            ArmClient::ParsedPage parsed { page->nextLink, {} };
            if (!page->items.isEmpty()) {
                parsed.deliver = [deliverPage, items = std::move(page->items)] { (*deliverPage)(items); };
            } else {
                parsed.deliver = [] {};
            }
            return parsed;
        },
        std::move(done));
}

template<typename T, typename Parse>
void AzureApi::collect(const QUrl &url, const ArmOperation &operation, QObject *context, Parse parse,
                       ListCallback<T> done)
{
    auto items = std::make_shared<QList<T>>();
    stream<T>(
        url, operation, context, parse, [items](const QList<T> &page) { items->append(page); },
        [items, done = std::move(done)](Status status) {
            if (!status)
                done(status.error());
            else
                done(std::move(*items));
        });
}

template<typename T, typename Parse>
void AzureApi::getOne(const QUrl &url, const ArmOperation &operation, QObject *context, Parse parse, Callback<T> done)
{
    if (!m_arm) {
        failLater(context, notConnected(), [done = std::move(done)](const Error &e) { done(e); });
        return;
    }
    m_arm->get(url, operation, context, [operation, parse, done = std::move(done)](Result<ArmClient::Reply> reply) {
        if (!reply) {
            done(reply.error());
            return;
        }
        Result<T> value = parse(reply->httpStatus, reply->body);
        if (!value) {
            Error error = value.error();
            error.message = tr("Could not %1 for %2: %3").arg(operation.description, operation.scope, error.message);
            done(error);
            return;
        }
        done(std::move(value));
    });
}

void AzureApi::failLater(QObject *context, const Error &error, std::function<void(const Error &)> fail)
{
    // Callers expect the callback after the call returns, as for a request; never re-entrantly.
    QTimer::singleShot(0, context, [error, fail = std::move(fail)] { fail(error); });
}

// --- Microsoft.Billing -------------------------------------------------------------------

void AzureApi::listBillingAccounts(QObject *context, ListCallback<BillingAccount> done)
{
    collect<BillingAccount>(
        armUrl(u"/providers/Microsoft.Billing/billingAccounts"_s, m_versions.billing),
        { tr("list billing accounts"), tr("the signed-in account") }, context, parseBillingAccountsPage,
        [this, guard = QPointer<AzureApi>(this), done = std::move(done)](Result<QList<BillingAccount>> accounts) {
            if (guard && accounts) {
                for (const BillingAccount &account : accounts.value())
                    setDisplayName(billingAccountPath(account.name), account.displayName);
            }
            done(std::move(accounts));
        });
}

void AzureApi::listBillingProfiles(const QString &billingAccountId, QObject *context, ListCallback<BillingProfile> done)
{
    collect<BillingProfile>(
        armUrl(billingAccountPath(billingAccountId) + u"/billingProfiles"_s, m_versions.billing),
        { tr("list billing profiles"), billingAccountScope(billingAccountId) }, context, parseBillingProfilesPage,
        [this, guard = QPointer<AzureApi>(this), billingAccountId,
         done = std::move(done)](Result<QList<BillingProfile>> profiles) {
            if (guard && profiles) {
                for (const BillingProfile &profile : profiles.value())
                    setDisplayName(billingProfilePath(billingAccountId, profile.name), profile.displayName);
            }
            done(std::move(profiles));
        });
}

void AzureApi::listCustomers(const QString &billingAccountId, QObject *context, ListCallback<BillingCustomer> done)
{
    collect<BillingCustomer>(
        armUrl(billingAccountPath(billingAccountId) + u"/customers"_s, m_versions.billing),
        { tr("list customers"), billingAccountScope(billingAccountId) }, context, parseCustomersPage,
        [this, guard = QPointer<AzureApi>(this), billingAccountId,
         done = std::move(done)](Result<QList<BillingCustomer>> customers) {
            if (guard && customers) {
                for (const BillingCustomer &customer : customers.value())
                    setDisplayName(customerPath(billingAccountId, customer.name), customer.displayName);
            }
            done(std::move(customers));
        });
}

// --- Microsoft.Consumption ---------------------------------------------------------------

void AzureApi::streamLots(const LotScope &scope, QObject *context, PageCallback<Lot> onPage, DoneCallback done)
{
    QString path;
    switch (scope.kind) {
    case LotScope::Kind::BillingProfile:
        path = billingProfilePath(scope.billingAccountId, scope.childId);
        break;
    case LotScope::Kind::BillingAccount:
        path = billingAccountPath(scope.billingAccountId);
        break;
    case LotScope::Kind::Customer:
        path = customerPath(scope.billingAccountId, scope.childId);
        break;
    }
    QUrlQuery extra;
    // The spec has no $filter on lots by billing profile; sending one there would be refused.
    if (!scope.filter.trimmed().isEmpty() && scope.kind != LotScope::Kind::BillingProfile)
        extra.addQueryItem(u"$filter"_s, QString::fromLatin1(QUrl::toPercentEncoding(scope.filter.trimmed(), " '")));
    stream<Lot>(armUrl(path + u"/providers/Microsoft.Consumption/lots"_s, m_versions.consumption, extra),
                { tr("list credit lots"), lotScopeText(scope) }, context, parseLotsPage, std::move(onPage),
                std::move(done));
}

void AzureApi::listLots(const LotScope &scope, QObject *context, ListCallback<Lot> done)
{
    auto items = std::make_shared<QList<Lot>>();
    streamLots(
        scope, context, [items](const QList<Lot> &page) { items->append(page); },
        [items, done = std::move(done)](Status status) {
            if (!status)
                done(status.error());
            else
                done(std::move(*items));
        });
}

void AzureApi::listLotsByBillingProfile(const QString &billingAccountId, const QString &billingProfileId,
                                        QObject *context, ListCallback<Lot> done)
{
    listLots(LotScope::billingProfile(billingAccountId, billingProfileId), context, std::move(done));
}

void AzureApi::listLotsByBillingAccount(const QString &billingAccountId, const QString &filter, QObject *context,
                                        ListCallback<Lot> done)
{
    listLots(LotScope::billingAccount(billingAccountId, filter), context, std::move(done));
}

void AzureApi::listLotsByCustomer(const QString &billingAccountId, const QString &customerId, const QString &filter,
                                  QObject *context, ListCallback<Lot> done)
{
    listLots(LotScope::customer(billingAccountId, customerId, filter), context, std::move(done));
}

void AzureApi::streamEventsByBillingProfile(const QString &billingAccountId, const QString &billingProfileId,
                                            const QDate &startDate, const QDate &endDate, QObject *context,
                                            PageCallback<CreditEvent> onPage, DoneCallback done)
{
    const ArmOperation operation { tr("list credit events"), billingProfileScope(billingAccountId, billingProfileId) };
    QString problem;
    if (!startDate.isValid() || !endDate.isValid())
        problem = tr("both a start date and an end date are required.");
    else if (endDate < startDate)
        problem = tr("the end date %1 is before the start date %2.")
                      .arg(endDate.toString(Qt::ISODate), startDate.toString(Qt::ISODate));
    if (!problem.isEmpty()) {
        const Error error { tr("Could not %1 for %2: %3").arg(operation.description, operation.scope, problem),
                            u"InvalidDateRange"_s };
        failLater(context, error, [done = std::move(done)](const Error &e) { done(e); });
        return;
    }
    QUrlQuery extra;
    extra.addQueryItem(u"startDate"_s, startDate.toString(u"yyyy-MM-dd"_s));
    extra.addQueryItem(u"endDate"_s, endDate.toString(u"yyyy-MM-dd"_s));
    stream<CreditEvent>(
        armUrl(billingProfilePath(billingAccountId, billingProfileId) + u"/providers/Microsoft.Consumption/events"_s,
               m_versions.consumption, extra),
        operation, context, parseEventsPage, std::move(onPage), std::move(done));
}

void AzureApi::listEventsByBillingProfile(const QString &billingAccountId, const QString &billingProfileId,
                                          const QDate &startDate, const QDate &endDate, QObject *context,
                                          ListCallback<CreditEvent> done)
{
    auto items = std::make_shared<QList<CreditEvent>>();
    streamEventsByBillingProfile(
        billingAccountId, billingProfileId, startDate, endDate, context,
        [items](const QList<CreditEvent> &page) { items->append(page); },
        [items, done = std::move(done)](Status status) {
            if (!status)
                done(status.error());
            else
                done(std::move(*items));
        });
}

void AzureApi::getCreditSummary(const QString &billingAccountId, const QString &billingProfileId, QObject *context,
                                Callback<std::optional<CreditSummary>> done)
{
    getOne<std::optional<CreditSummary>>(
        armUrl(billingProfilePath(billingAccountId, billingProfileId)
                   + u"/providers/Microsoft.Consumption/credits/balanceSummary"_s,
               m_versions.consumption),
        { tr("read the credit balance"), billingProfileScope(billingAccountId, billingProfileId) }, context,
        parseCreditSummary, std::move(done));
}

void AzureApi::getEaBalance(const QString &billingAccountId, QObject *context, Callback<EaBalance> done)
{
    getOne<EaBalance>(
        armUrl(billingAccountPath(billingAccountId) + u"/providers/Microsoft.Consumption/balances"_s,
               m_versions.consumption),
        { tr("read the prepayment balance"), billingAccountScope(billingAccountId) }, context,
        [](int, const QByteArray &body) { return parseEaBalance(body); }, std::move(done));
}

void AzureApi::getEaBalanceForPeriod(const QString &billingAccountId, const QString &billingPeriod, QObject *context,
                                     Callback<EaBalance> done)
{
    getOne<EaBalance>(
        armUrl(billingAccountPath(billingAccountId) + u"/billingPeriods/"_s + billingPeriod
                   + u"/providers/Microsoft.Consumption/balances"_s,
               m_versions.consumption),
        { tr("read the prepayment balance of period %1").arg(billingPeriod), billingAccountScope(billingAccountId) },
        context, [](int, const QByteArray &body) { return parseEaBalance(body); }, std::move(done));
}

// --- subscriptions and Microsoft.BillingBenefits ------------------------------------------

void AzureApi::listSubscriptions(QObject *context, ListCallback<Subscription> done)
{
    collect<Subscription>(
        armUrl(u"/subscriptions"_s, m_versions.subscriptions),
        { tr("list subscriptions"), tr("the signed-in account") }, context, parseSubscriptionsPage,
        [this, guard = QPointer<AzureApi>(this), done = std::move(done)](Result<QList<Subscription>> subscriptions) {
            if (guard && subscriptions) {
                for (const Subscription &subscription : subscriptions.value())
                    setDisplayName(subscriptionPath(subscription.subscriptionId), subscription.displayName);
            }
            done(std::move(subscriptions));
        });
}

void AzureApi::listBenefitsCreditsBySubscription(const QString &subscriptionId, QObject *context,
                                                 ListCallback<BenefitsCredit> done)
{
    collect<BenefitsCredit>(armUrl(subscriptionPath(subscriptionId) + u"/providers/Microsoft.BillingBenefits/credits"_s,
                                   m_versions.billingBenefits),
                            { tr("list credits"), subscriptionScope(subscriptionId) }, context,
                            parseBenefitsCreditsPage, std::move(done));
}

void AzureApi::listBenefitsCreditsByResourceGroup(const QString &subscriptionId, const QString &resourceGroup,
                                                  QObject *context, ListCallback<BenefitsCredit> done)
{
    collect<BenefitsCredit>(
        armUrl(subscriptionPath(subscriptionId) + u"/resourceGroups/"_s + resourceGroup
                   + u"/providers/Microsoft.BillingBenefits/credits"_s,
               m_versions.billingBenefits),
        { tr("list credits"), tr("resource group %1 in %2").arg(resourceGroup, subscriptionScope(subscriptionId)) },
        context, parseBenefitsCreditsPage, std::move(done));
}

void AzureApi::listBenefitsCreditTransactions(const QString &subscriptionId, const QString &resourceGroup,
                                              const QString &creditName, QObject *context,
                                              ListCallback<BenefitsCreditTransaction> done)
{
    collect<BenefitsCreditTransaction>(armUrl(subscriptionPath(subscriptionId) + u"/resourceGroups/"_s + resourceGroup
                                                  + u"/providers/Microsoft.BillingBenefits/credits/"_s + creditName
                                                  + u"/transactions"_s,
                                              m_versions.billingBenefits),
                                       { tr("list credit transactions"),
                                         tr("credit %1 in resource group %2 of %3")
                                             .arg(creditName, resourceGroup, subscriptionScope(subscriptionId)) },
                                       context, parseBenefitsCreditTransactionsPage, std::move(done));
}

} // namespace CreditDesk
