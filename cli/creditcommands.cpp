// creditdesk-cli lots, events and balance: read-only calls through the core's typed Azure API.
// lots and events write each page as it arrives (StreamedListing); balance is a few rows.
#include "cliapp.h"

#include "azure/azureapi.h"
#include "azure/azureconnection.h"
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
    // Rows are written page by page as they arrive and nothing is kept: memory stays flat
    // however many lots there are (README: "Streaming").
    struct Run
    {
        explicit Run(OutputFormat format) : listing(format, u"lots"_s, Records::lots({})) { }
        StreamedListing listing;
        Coverage coverage;
        qsizetype seen = 0; ///< lots read, matching or not
    };
    auto run = std::make_shared<Run>(m_options.format);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    auto onPage = [this, run, today](const QList<Lot> &page) {
        QList<Lot> shown;
        for (const Lot &lot : page) {
            if (matchesFilters(lot, m_options, today))
                shown.append(lot);
        }
        run->seen += page.size();
        run->listing.write(Records::lots(shown));
    };
    auto end = [this, run] {
        progress(tr("%1 of %2 lots match.").arg(run->listing.rowsWritten()).arg(run->seen));
        endListing(run->listing, run->coverage);
    };

    if (m_options.billingAccount.isEmpty()) {
        // No scope: every billing profile, customer and EA account the account can read. One
        // scope's failure does not hide the others: they are printed, the failed ones named.
        auto *discovery = new CreditDiscovery(m_connection->api(), this);
        discovery->setKinds(CreditDiscovery::Kind::Lots);
        auto coverage = std::shared_ptr<Coverage>(run, &run->coverage);
        watchCoverage(discovery, coverage);
        connect(discovery, &CreditDiscovery::lotsArrived, this, onPage);
        connect(discovery, &CreditDiscovery::progress, this, [this](int done, int total) {
            if (total > 0)
                progress(tr("Billing scopes read: %1 of %2").arg(done).arg(total));
        });
        connect(discovery, &CreditDiscovery::finished, this, [end](bool) { end(); });
        discovery->start();
        return;
    }

    const LotScope scope = !m_options.billingProfile.isEmpty()
                               ? LotScope::billingProfile(m_options.billingAccount, m_options.billingProfile)
                           : !m_options.customer.isEmpty()
                               ? LotScope::customer(m_options.billingAccount, m_options.customer)
                               : LotScope::billingAccount(m_options.billingAccount);
    const QString scopeText = m_connection->api()->lotScopeText(scope);
    m_connection->api()->streamLots(scope, this, onPage, [run, end, scopeText](Status status) {
        if (!status && CreditDiscovery::isNotOfferedForAgreement(status.error()))
            run->coverage.notes.append({scopeText, status.error()});
        else if (!status)
            run->coverage.failed.append({scopeText, status.error()});
        run->coverage.scopesRead = run->coverage.failed.isEmpty() ? 1 : 0;
        end();
    });
}

void CliApp::runEvents()
{
    auto listing = std::make_shared<StreamedListing>(m_options.format, u"events"_s, Records::events({}));
    const QString scopeText = m_connection->api()->billingProfileScope(m_options.billingAccount, m_options.billingProfile);
    m_connection->api()->streamEventsByBillingProfile(
        m_options.billingAccount, m_options.billingProfile, m_options.from, m_options.to, this,
        [listing](const QList<CreditEvent> &page) { listing->write(Records::events(page)); },
        [this, listing, scopeText](Status status) {
            Coverage coverage;
            coverage.scopesRead = status ? 1 : 0;
            if (!status)
                coverage.failed.append({scopeText, status.error()});
            progress(tr("%1 events.").arg(listing->rowsWritten()));
            endListing(*listing, coverage);
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
        m_connection->api()->getCreditSummary(accountId, profileId, this,
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
        m_connection->api()->listBillingProfiles(accountId, this,
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
        m_connection->api()->listBillingAccounts(this, [state, settle, listProfiles](Result<QList<BillingAccount>> accounts) {
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
