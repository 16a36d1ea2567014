// creditdesk-cli lots, events and balance: read-only calls through the core's typed Azure API.
#include "cliapp.h"

#include "azure/azureapi.h"
#include "export/records.h"
#include "services/creditdiscovery.h"

using namespace Qt::StringLiterals;

namespace CreditDesk::Cli {

namespace {
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
    auto print = [this](const QList<Lot> &lots, const Coverage &coverage) {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QList<Lot> shown;
        for (const Lot &lot : lots) {
            if (matchesFilters(lot, m_options, today))
                shown.append(lot);
        }
        progress(tr("%1 of %2 lots match.").arg(shown.size()).arg(lots.size()));
        printData(renderCovered(u"lots"_s, Records::lots(shown), coverage));
        reportCoverage(coverage);
        finish(coverage.partial() ? ExitPartial : ExitOk);
    };

    if (m_options.billingAccount.isEmpty()) {
        // No scope: every billing profile, customer and EA account the account can read. One
        // scope's failure does not hide the others: they are printed, the failed ones named.
        auto *discovery = new CreditDiscovery(m_api, this);
        discovery->setKinds(CreditDiscovery::Kind::Lots);
        auto lots = std::make_shared<QList<Lot>>();
        auto coverage = std::make_shared<Coverage>();
        watchCoverage(discovery, coverage);
        connect(discovery, &CreditDiscovery::lotsArrived, this, [lots](const QList<Lot> &page) { lots->append(page); });
        connect(discovery, &CreditDiscovery::progress, this, [this](int done, int total) {
            if (total > 0)
                progress(tr("Billing scopes read: %1 of %2").arg(done).arg(total));
        });
        connect(discovery, &CreditDiscovery::finished, this, [this, coverage, lots, print](bool) {
            if (coverage->nothingRead()) {
                failNothingRead(*coverage);
                return;
            }
            print(*lots, *coverage);
        });
        discovery->start();
        return;
    }

    const LotScope scope = !m_options.billingProfile.isEmpty()
                               ? LotScope::billingProfile(m_options.billingAccount, m_options.billingProfile)
                           : !m_options.customer.isEmpty()
                               ? LotScope::customer(m_options.billingAccount, m_options.customer)
                               : LotScope::billingAccount(m_options.billingAccount);
    const QString scopeText = !m_options.billingProfile.isEmpty()
                                  ? m_api->billingProfileScope(m_options.billingAccount, m_options.billingProfile)
                              : !m_options.customer.isEmpty()
                                  ? m_api->customerScope(m_options.billingAccount, m_options.customer)
                                  : m_api->billingAccountScope(m_options.billingAccount);
    m_api->listLots(scope, this, [this, print, scopeText](Result<QList<Lot>> lots) {
        Coverage coverage;
        coverage.scopesRead = 1;
        if (!lots && CreditDiscovery::isNotOfferedForAgreement(lots.error())) {
            coverage.notes.append({scopeText, lots.error()});
            print({}, coverage);
            return;
        }
        if (!lots) {
            fail(lots.error().message);
            return;
        }
        print(lots.value(), coverage);
    });
}

void CliApp::runEvents()
{
    m_api->listEventsByBillingProfile(m_options.billingAccount, m_options.billingProfile, m_options.from, m_options.to,
                                      this, [this](Result<QList<CreditEvent>> events) {
                                          if (!events) {
                                              fail(events.error().message);
                                              return;
                                          }
                                          progress(tr("%1 events.").arg(events->size()));
                                          printData(render(Records::events(events.value())));
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
        m_api->getCreditSummary(accountId, profileId, this,
                                [state, settle, accountId, profileId, profileName](Result<std::optional<CreditSummary>> summary) {
                                    if (!summary)
                                        state->failure = summary.error().message;
                                    else
                                        state->summaries.append({accountId, profileId, profileName, summary.value()});
                                    settle();
                                });
    };
    auto listProfiles = [this, state, settle, fetchSummary](const QString &accountId) {
        ++state->outstanding;
        m_api->listBillingProfiles(accountId, this,
                                   [state, settle, fetchSummary, accountId](Result<QList<BillingProfile>> profiles) {
                                       if (!profiles)
                                           state->failure = profiles.error().message;
                                       else
                                           for (const BillingProfile &profile : profiles.value())
                                               fetchSummary(accountId, profile.name, profile.displayName);
                                       settle();
                                   });
    };

    ++state->outstanding; // held until the scopes to read are known
    if (!m_options.billingProfile.isEmpty()) {
        fetchSummary(m_options.billingAccount, m_options.billingProfile, QString());
    } else if (!m_options.billingAccount.isEmpty()) {
        listProfiles(m_options.billingAccount);
    } else {
        ++state->outstanding;
        m_api->listBillingAccounts(this, [state, settle, listProfiles](Result<QList<BillingAccount>> accounts) {
            if (!accounts)
                state->failure = accounts.error().message;
            else
                for (const BillingAccount &account : accounts.value())
                    if (account.isMca()) // balanceSummary exists for MCA billing profiles only
                        listProfiles(account.name);
            settle();
        });
    }
    settle();
}

} // namespace CreditDesk::Cli
