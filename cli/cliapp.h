#pragma once

#include "auth/cloud.h"
#include "clioptions.h"
#include "listingoutput.h"
#include "core/result.h"
#include "export/recordset.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace CreditDesk {
class AccountManager;
class AccountStore;
class AzureConnection;
class CreditDiscovery;
class Ledger;
class SecretStore;
struct LedgerLocation;
namespace Sandbox {
class SandboxHost;
}
namespace Forecast {
struct ForecastReport;
}
} // namespace CreditDesk

namespace CreditDesk::Cli {

/// One run of creditdesk-cli: sets up the cloud (starting the sandbox in-process for
/// --cloud sandbox), restores the signed-in account or takes CREDITDESK_ACCESS_TOKEN, runs the
/// command and reports the exit code. Data goes to stdout; progress and errors to stderr.
class CliApp : public QObject
{
    Q_OBJECT
public:
    explicit CliApp(CliOptions options, QObject *parent = nullptr);
    ~CliApp() override;

    /// Starts the command; finished() follows, possibly after network round trips.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    Status setUpCloud();
    void withSignedInSession(std::function<void()> then);
    void runLogin();
    void runLogout();
    void runWhoami();
    void runAccounts();
    void runLots();
    void runEvents();
    void runBalance();
    void runRisk();
    void runExportIcs();
    void gatherForecast(int horizonDays,
                        std::function<void(const Forecast::ForecastReport &, const QHash<QString, QString> &,
                                           const Coverage &)> then);
    /// Collects \a discovery's failed scopes and notes into \a coverage (scopesRead at finish).
    void watchCoverage(CreditDiscovery *discovery, const std::shared_ptr<Coverage> &coverage);
    /// Notes, then (when some scopes failed) a summary line and one line per failed scope.
    void reportCoverage(const Coverage &coverage);
    /// Nothing could be read: every failed scope on stderr, exit 2.
    void failNothingRead(const Coverage &coverage);
    /// Ends a streamed listing: exit 2 when nothing was read or written, else the listing's
    /// end (JSON: failedScopes and notes), the coverage on stderr, and exit 0 or 5.
    void endListing(StreamedListing &listing, const Coverage &coverage);
    // benefits ledger (ledgercommands.cpp)
    bool isLedgerCommand() const;
    void runLedgerCommand();
    void runLedgerCommandOn(Ledger *ledger);
    void continueLedgerCommand();
    void runLedgerPassword(const LedgerLocation &location);
    void runCredits(Ledger *ledger);
    void runAssign(Ledger *ledger);
    void runUnassign(Ledger *ledger);
    QString performedBy() const;

    QString accountKey() const;
    QByteArray render(const RecordSet &records) const;
    /// Like render(), but JSON is one object: {"<rowsKey>": [rows], <extra>, "failedScopes":
    /// [...], "notes": [...]} (README: "JSON documents"). \a extra: key and JSON value text.
    QByteArray renderCovered(const QString &rowsKey, const RecordSet &records, const Coverage &coverage,
                             const QList<std::pair<QString, QString>> &extra = {}) const;
    void printError(const QString &line);
    void printData(const QByteArray &data);
    void progress(const QString &message);
    void finish(int exitCode);
    void succeed();
    void fail(const QString &reason);

    CliOptions m_options;
    Cloud m_cloud;
    QString m_tenant;
    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    AzureConnection *m_connection = nullptr;
    SecretStore *m_secrets = nullptr;
    AccountStore *m_accountStore = nullptr;
    AccountManager *m_accounts = nullptr;
    Ledger *m_ledger = nullptr;
    std::optional<int> m_exitCode;  ///< decided; emitted once pending secret writes are done
    int m_pendingSecretWrites = 0;
};

} // namespace CreditDesk::Cli
