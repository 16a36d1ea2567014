// creditdesk-cli lots, events and balance: read-only ARM calls over the shared core.
#include "cliapp.h"

#include "azure/armclient.h"
#include "azure/armparsers.h"
#include "export/records.h"
#include "azure/azureapi.h"
#include "services/creditdiscovery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace CreditDesk::Cli {

namespace {
QString accountPath(const QString &accountId)
{
    return u"/providers/Microsoft.Billing/billingAccounts/"_s + accountId;
}

bool matchesFilters(const Lot &lot, const CliOptions &options, const QDate &todayUtc)
{
    if (!options.status.isEmpty() && lot.statusRaw.compare(options.status, Qt::CaseInsensitive) != 0)
        return false;
    if (options.expiringWithinDays) {
        if (!lot.expirationDate.isValid())
            return false;
        const QDate expires = lot.expirationDate.toUTC().date();
        if (expires < todayUtc || expires > todayUtc.addDays(*options.expiringWithinDays))
            return false;
    }
    return true;
}
} // namespace

void CliApp::runLots()
{
    auto lots = std::make_shared<QList<Lot>>();
    auto finish = [this, lots] {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QList<Lot> shown;
        for (const Lot &lot : std::as_const(*lots)) {
            if (matchesFilters(lot, m_options, today))
                shown.append(lot);
        }
        progress(tr("%1 of %2 lots match.").arg(shown.size()).arg(lots->size()));
        printData(render(Records::lots(shown)));
        succeed();
    };

    if (m_options.billingAccount.isEmpty()) {
        // No scope: every billing profile and customer the account can read.
        auto *api = new AzureApi(m_arm, m_versions, this);
        auto *discovery = new CreditDiscovery(api, this);
        discovery->setKinds(CreditDiscovery::Kind::Lots);
        auto failures = std::make_shared<QStringList>();
        connect(discovery, &CreditDiscovery::lotsArrived, this, [lots](const QList<Lot> &page) { lots->append(page); });
        connect(discovery, &CreditDiscovery::progress, this, [this](int done, int total) {
            if (total > 0)
                progress(tr("Billing scopes read: %1 of %2").arg(done).arg(total));
        });
        connect(discovery, &CreditDiscovery::scopeFailed, this, [failures](const QString &, const Error &error) {
            failures->append(error.message);
        });
        connect(discovery, &CreditDiscovery::finished, this, [this, failures, finish](bool) {
            if (!failures->isEmpty()) {
                fail(failures->constFirst()
                     + (failures->size() > 1 ? tr(" (and %1 more scopes failed)").arg(failures->size() - 1) : QString()));
                return;
            }
            finish();
        });
        discovery->start();
        return;
    }

    QString path = accountPath(m_options.billingAccount);
    QString scope = tr("billing account %1").arg(m_options.billingAccount);
    if (!m_options.billingProfile.isEmpty()) {
        path += u"/billingProfiles/"_s + m_options.billingProfile;
        scope = tr("billing profile %1").arg(m_options.billingProfile);
    } else if (!m_options.customer.isEmpty()) {
        path += u"/customers/"_s + m_options.customer;
        scope = tr("customer %1").arg(m_options.customer);
    }
    m_arm->getAllPages(
        m_arm->url(path + u"/providers/Microsoft.Consumption/lots"_s, m_versions.consumption),
        {tr("list credit lots"), scope}, this,
        [lots](const QByteArray &body) -> Result<QUrl> {
            auto page = parseLotsPage(body);
            if (!page)
                return page.error();
            lots->append(page->items);
            return page->nextLink;
        },
        [this, finish](Status status) {
            if (!status) {
                fail(status.error().message);
                return;
            }
            finish();
        });
}

void CliApp::runEvents()
{
    auto events = std::make_shared<QList<CreditEvent>>();
    QUrlQuery range;
    range.addQueryItem(u"startDate"_s, m_options.from.toString(Qt::ISODate));
    range.addQueryItem(u"endDate"_s, m_options.to.toString(Qt::ISODate));
    m_arm->getAllPages(
        m_arm->url(accountPath(m_options.billingAccount) + u"/billingProfiles/"_s + m_options.billingProfile
                       + u"/providers/Microsoft.Consumption/events"_s,
                   m_versions.consumption, range),
        {tr("list balance events"), tr("billing profile %1").arg(m_options.billingProfile)}, this,
        [events](const QByteArray &body) -> Result<QUrl> {
            auto page = parseEventsPage(body);
            if (!page)
                return page.error();
            events->append(page->items);
            return page->nextLink;
        },
        [this, events](Status status) {
            if (!status) {
                fail(status.error().message);
                return;
            }
            progress(tr("%1 events.").arg(events->size()));
            printData(render(Records::events(*events)));
            succeed();
        });
}

void CliApp::runBalance()
{
    // Many requests in flight; the last one to finish prints (or reports the first failure).
    struct Pending
    {
        QList<Records::ScopedSummary> summaries;
        int outstanding = 0;
        QString failure;
    };
    auto state = std::make_shared<Pending>();
    auto settle = [this, state] {
        if (--state->outstanding > 0)
            return;
        if (!state->failure.isEmpty()) {
            fail(state->failure);
            return;
        }
        printData(render(Records::balances(state->summaries)));
        succeed();
    };
    auto fetchSummary = [this, state, settle](const QString &accountId, const QString &profileId,
                                              const QString &profileName) {
        ++state->outstanding;
        m_arm->get(m_arm->url(accountPath(accountId) + u"/billingProfiles/"_s + profileId
                                  + u"/providers/Microsoft.Consumption/credits/balanceSummary"_s,
                              m_versions.consumption),
                   {tr("read the credit balance"), tr("billing profile %1").arg(profileId)}, this,
                   [state, settle, accountId, profileId, profileName](Result<ArmClient::Reply> reply) {
                       if (!reply) {
                           state->failure = reply.error().message;
                       } else if (auto summary = parseCreditSummary(reply->httpStatus, reply->body); !summary) {
                           state->failure = summary.error().message;
                       } else {
                           state->summaries.append({accountId, profileId, profileName, summary.value()});
                       }
                       settle();
                   });
    };
    auto listProfiles = [this, state, settle, fetchSummary](const QString &accountId) {
        ++state->outstanding;
        auto profiles = std::make_shared<QList<BillingProfile>>();
        m_arm->getAllPages(
            m_arm->url(accountPath(accountId) + u"/billingProfiles"_s, m_versions.billing),
            {tr("list billing profiles"), tr("billing account %1").arg(accountId)}, this,
            [profiles](const QByteArray &body) -> Result<QUrl> {
                auto page = parseBillingProfilesPage(body);
                if (!page)
                    return page.error();
                profiles->append(page->items);
                return page->nextLink;
            },
            [state, settle, profiles, fetchSummary, accountId](Status listed) {
                if (!listed)
                    state->failure = listed.error().message;
                else
                    for (const BillingProfile &profile : std::as_const(*profiles))
                        fetchSummary(accountId, profile.name, profile.displayName);
                settle();
            });
    };

    ++state->outstanding; // held until the scopes to read are known
    if (!m_options.billingProfile.isEmpty()) {
        fetchSummary(m_options.billingAccount, m_options.billingProfile, QString());
        settle();
        return;
    }
    if (!m_options.billingAccount.isEmpty()) {
        listProfiles(m_options.billingAccount);
        settle();
        return;
    }
    auto accounts = std::make_shared<QList<BillingAccount>>();
    m_arm->getAllPages(
        m_arm->url(u"/providers/Microsoft.Billing/billingAccounts"_s, m_versions.billing),
        {tr("list billing accounts"), tr("billing accounts")}, this,
        [accounts](const QByteArray &body) -> Result<QUrl> {
            auto page = parseBillingAccountsPage(body);
            if (!page)
                return page.error();
            accounts->append(page->items);
            return page->nextLink;
        },
        [state, settle, accounts, listProfiles](Status status) {
            if (!status)
                state->failure = status.error().message;
            else
                for (const BillingAccount &account : std::as_const(*accounts))
                    if (account.isMca()) // balanceSummary exists for MCA billing profiles only
                        listProfiles(account.name);
            settle();
        });
}

} // namespace CreditDesk::Cli
