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

void LotDiscovery::listBillingAccounts()
{
    beginStep();
    auto accounts = std::make_shared<QList<BillingAccount>>();
    m_arm->getAllPages(
        m_arm->url(u"/providers/Microsoft.Billing/billingAccounts"_s, m_versions.billing),
        {tr("list billing accounts"), tr("your sign-in")}, this,
        [accounts](const QByteArray &body) -> Result<QUrl> {
            auto page = parseBillingAccountsPage(body);
            if (!page)
                return page.error();
            accounts->append(page->items);
            return page->nextLink;
        },
        [this, accounts](Status status) {
            if (!m_running)
                return;
            if (!status) {
                if (status.error().code != u"cancelled"_s)
                    Q_EMIT scopeFailed(tr("billing accounts"), status.error());
                endStep(false);
                return;
            }
            qCInfo(lcDiscovery) << "found" << accounts->size() << "billing accounts";
            for (const BillingAccount &account : std::as_const(*accounts)) {
                if (account.isMca())
                    listProfiles(account.name, account.displayName);
                else if (account.isMpa())
                    listCustomers(account.name, account.displayName);
            }
            endStep(true);
        });
}

void LotDiscovery::listProfiles(const QString &accountId, const QString &accountName)
{
    beginStep();
    const QString accountLabel = tr("billing account %1").arg(labelled(accountName, accountId));
    auto profiles = std::make_shared<QList<BillingProfile>>();
    m_arm->getAllPages(
        m_arm->url(accountPath(accountId) + u"/billingProfiles"_s, m_versions.billing),
        {tr("list billing profiles"), accountLabel}, this,
        [profiles](const QByteArray &body) -> Result<QUrl> {
            auto page = parseBillingProfilesPage(body);
            if (!page)
                return page.error();
            profiles->append(page->items);
            return page->nextLink;
        },
        [this, profiles, accountId, accountLabel](Status status) {
            if (!m_running)
                return;
            if (!status) {
                if (status.error().code != u"cancelled"_s)
                    Q_EMIT scopeFailed(accountLabel, status.error());
                endStep(false);
                return;
            }
            for (const BillingProfile &profile : std::as_const(*profiles)) {
                Q_EMIT scopeNamed(profile.name, profile.displayName);
                enqueue({tr("billing profile %1").arg(labelled(profile.displayName, profile.name)),
                         m_arm->url(accountPath(accountId) + u"/billingProfiles/"_s + profile.name
                                        + u"/providers/Microsoft.Consumption/lots"_s,
                                    m_versions.consumption)});
            }
            endStep(true);
        });
}

void LotDiscovery::listCustomers(const QString &accountId, const QString &accountName)
{
    beginStep();
    const QString accountLabel = tr("billing account %1").arg(labelled(accountName, accountId));
    auto customers = std::make_shared<QList<BillingCustomer>>();
    m_arm->getAllPages(
        m_arm->url(accountPath(accountId) + u"/customers"_s, m_versions.billing),
        {tr("list customers"), accountLabel}, this,
        [customers](const QByteArray &body) -> Result<QUrl> {
            auto page = parseCustomersPage(body);
            if (!page)
                return page.error();
            customers->append(page->items);
            return page->nextLink;
        },
        [this, customers, accountId, accountLabel](Status status) {
            if (!m_running)
                return;
            if (!status) {
                if (status.error().code != u"cancelled"_s)
                    Q_EMIT scopeFailed(accountLabel, status.error());
                endStep(false);
                return;
            }
            for (const BillingCustomer &customer : std::as_const(*customers)) {
                Q_EMIT scopeNamed(customer.name, customer.displayName);
                enqueue({tr("customer %1").arg(labelled(customer.displayName, customer.name)),
                         m_arm->url(accountPath(accountId) + u"/customers/"_s + customer.name
                                        + u"/providers/Microsoft.Consumption/lots"_s,
                                    m_versions.consumption)});
            }
            endStep(true);
        });
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
