#include "services/lotdiscovery.h"

#include "azure/armparsers.h"
#include "core/logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {

QString labelled(const QString &displayName, const QString &id)
{
    return displayName.isEmpty() || displayName == id ? id : u"%1 (%2)"_s.arg(displayName, id);
}

QString accountPath(const QString &accountId)
{
    return u"/providers/Microsoft.Billing/billingAccounts/"_s + accountId;
}
} // namespace

LotDiscovery::LotDiscovery(ArmClient *arm, ApiVersions versions, QObject *parent)
    : QObject(parent)
    , m_arm(arm)
    , m_versions(std::move(versions))
{
}

void LotDiscovery::start()
{
    cancel();
    m_running = true;
    m_anyFailed = false;
    m_done = m_total = m_active = m_pendingLists = 0;
    Q_EMIT progress(0, 0);
    listBillingAccounts();
}

void LotDiscovery::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_queue.clear();
    m_arm->cancel(this);
    Q_EMIT finished(false);
}

void LotDiscovery::beginStep()
{
    ++m_pendingLists;
}

void LotDiscovery::endStep(bool ok)
{
    --m_pendingLists;
    if (!ok)
        m_anyFailed = true;
    pump();
}

template<typename T, typename Parser>
void LotDiscovery::listAll(const QUrl &url, const ArmOperation &operation, Parser parse,
                           std::function<void(const QList<T> &)> found)
{
    beginStep();
    auto items = std::make_shared<QList<T>>();
    m_arm->getAllPages(
        url, operation, this,
        [items, parse](const QByteArray &body) -> Result<QUrl> {
            auto page = parse(body);
            if (!page)
                return page.error();
            items->append(page->items);
            return page->nextLink;
        },
        [this, items, operation, found = std::move(found)](Status status) {
            if (!m_running)
                return;
            if (!status) {
                if (status.error().code != u"cancelled"_s)
                    Q_EMIT scopeFailed(operation.scope, status.error());
                endStep(false);
                return;
            }
            found(*items);
            endStep(true);
        });
}

void LotDiscovery::listBillingAccounts()
{
    listAll<BillingAccount>(m_arm->url(u"/providers/Microsoft.Billing/billingAccounts"_s, m_versions.billing),
                            {tr("list billing accounts"), tr("billing accounts")}, parseBillingAccountsPage,
                            [this](const QList<BillingAccount> &accounts) {
                                qCInfo(lcDiscovery) << "found" << accounts.size() << "billing accounts";
                                for (const BillingAccount &account : accounts) {
                                    if (account.isMca())
                                        listProfiles(account.name, account.displayName);
                                    else if (account.isMpa())
                                        listCustomers(account.name, account.displayName);
                                }
                            });
}

void LotDiscovery::listProfiles(const QString &accountId, const QString &accountName)
{
    listAll<BillingProfile>(
        m_arm->url(accountPath(accountId) + u"/billingProfiles"_s, m_versions.billing),
        {tr("list billing profiles"), tr("billing account %1").arg(labelled(accountName, accountId))},
        parseBillingProfilesPage, [this, accountId](const QList<BillingProfile> &profiles) {
            for (const BillingProfile &profile : profiles) {
                Q_EMIT scopeNamed(profile.name, profile.displayName);
                enqueue({tr("billing profile %1").arg(labelled(profile.displayName, profile.name)),
                         lotsUrl(accountPath(accountId) + u"/billingProfiles/"_s + profile.name)});
            }
        });
}

void LotDiscovery::listCustomers(const QString &accountId, const QString &accountName)
{
    listAll<BillingCustomer>(
        m_arm->url(accountPath(accountId) + u"/customers"_s, m_versions.billing),
        {tr("list customers"), tr("billing account %1").arg(labelled(accountName, accountId))}, parseCustomersPage,
        [this, accountId](const QList<BillingCustomer> &customers) {
            for (const BillingCustomer &customer : customers) {
                Q_EMIT scopeNamed(customer.name, customer.displayName);
                enqueue({tr("customer %1").arg(labelled(customer.displayName, customer.name)),
                         lotsUrl(accountPath(accountId) + u"/customers/"_s + customer.name)});
            }
        });
}

QUrl LotDiscovery::lotsUrl(const QString &scopePath) const
{
    return m_arm->url(scopePath + u"/providers/Microsoft.Consumption/lots"_s, m_versions.consumption);
}

void LotDiscovery::enqueue(Scope scope)
{
    m_queue.enqueue(std::move(scope));
    ++m_total;
    Q_EMIT progress(m_done, m_total);
}

void LotDiscovery::pump()
{
    if (!m_running)
        return;
    while (m_active < m_maxConcurrent && !m_queue.isEmpty())
        fetchLots(m_queue.dequeue());
    if (m_active == 0 && m_queue.isEmpty() && m_pendingLists == 0) {
        m_running = false;
        qCInfo(lcDiscovery) << "discovery finished:" << m_done << "scopes," << (m_anyFailed ? "with" : "without")
                            << "failures";
        Q_EMIT finished(!m_anyFailed);
    }
}

void LotDiscovery::fetchLots(const Scope &scope)
{
    ++m_active;
    m_arm->getAllPages(
        scope.lotsUrl, {tr("list credit lots"), scope.name}, this,
        [this](const QByteArray &body) -> Result<QUrl> {
            auto page = parseLotsPage(body);
            if (!page)
                return page.error();
            if (!page->items.isEmpty())
                Q_EMIT lotsArrived(page->items);
            return page->nextLink;
        },
        [this, name = scope.name](Status status) {
            if (!m_running)
                return;
            --m_active;
            ++m_done;
            if (!status) {
                m_anyFailed = true;
                if (status.error().code != u"cancelled"_s)
                    Q_EMIT scopeFailed(name, status.error());
            }
            Q_EMIT progress(m_done, m_total);
            pump();
        });
}

} // namespace CreditDesk
