#pragma once

#include <QDate>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace CreditDesk::Cli {

/// Exit codes are part of the CLI's contract (README): 0 ok, 1 usage, 2 failure (nothing could
/// be read); `risk` also 3 (High) and 4 (Loss); 5 partial result (some billing scopes could not
/// be read, what was read is printed and the failed scopes are named).
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1,
    ExitFailure = 2,
    ExitRiskHigh = 3,
    ExitRiskLoss = 4,
    ExitPartial = 5,
};

enum class OutputFormat { Table, Csv, Json };

/// Everything the command line says, validated; no I/O has happened yet.
struct CliOptions
{
    QString command;
    QStringList commandArguments;

    QString cloud = QStringLiteral("public"); ///< public, usgov, china, sandbox, custom
    QUrl loginUrl, armUrl, graphUrl;          ///< custom endpoints
    QString tenant;                           ///< empty: settings, then "organizations"
    QString account;                          ///< UPN or account key; empty: the current account
    QString clientId;                         ///< empty: settings, then the documented default
    OutputFormat format = OutputFormat::Table;
    QString accessToken;                      ///< CREDITDESK_ACCESS_TOKEN: ARM bearer used as-is

    // command options
    bool browser = false;                     ///< login: system browser instead of device code
    bool all = false;                         ///< logout: every account
    QString billingAccount, billingProfile, customer, status;
    std::optional<int> expiringWithinDays;
    QDate from, to;
    std::optional<int> withinDays;            ///< risk: horizon; export-ics: expiries within DAYS
    QString outputFile;                       ///< export-ics: -o FILE
    quint64 sandboxSeed = 1;
    // benefits ledger (credits, assign, unassign)
    QString ledger;                           ///< --ledger: SQLite file or postgresql:// URI
    QString creditId;                         ///< --credit
    QString userPrincipalName;                ///< --user
    QString performedBy;                      ///< --performed-by; default: the current account or OS user
    bool confirmPartnerCenter = false;        ///< --confirm-partner-center: it was done there
    bool verbose = false;                     ///< diagnostics from every module on stderr
};

struct ParseOutcome
{
    std::optional<CliOptions> options; ///< empty: exit with exitCode after printing output
    int exitCode = ExitOk;
    QString output;                    ///< for stdout (help, version)
    QString error;                     ///< for stderr
};

ParseOutcome parseCommandLine(const QStringList &arguments, const QString &accessTokenFromEnvironment);

/// The commands creditdesk-cli knows, in the order --help lists them.
QStringList commandNames();

} // namespace CreditDesk::Cli
