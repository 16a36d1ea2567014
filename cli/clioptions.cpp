#include "clioptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace CreditDesk::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString commandSummary()
{
    return tr("Commands:\n"
              "  login [--browser]     sign in (device code; --browser for the system browser)\n"
              "  logout [--all]        sign out and remove the stored sign-in\n"
              "  whoami                the account in use\n"
              "  accounts              the signed-in accounts\n"
              "  lots                  credit lots (all billing scopes unless one is given)\n"
              "  events                balance events of a billing profile (--from/--to required)\n"
              "  balance               credit balance summary per billing profile\n"
              "  risk [--within DAYS]  risk of losing credit per billing scope (SPEC: Low/High/Loss)\n"
              "  export-ics --within DAYS -o FILE   calendar (.ics) of credit expiries\n"
              "  credits               partner benefit credits in the ledger (reassignments, cutoff)\n"
              "  credits import FILE   add or update ledger credits from a CSV file (all rows or none)\n"
              "  credits export FILE   write the ledger's credits to a CSV file\n"
              "  assign --credit ID --user UPN --confirm-partner-center\n"
              "                        record an assignment done in Partner Center (rules checked)\n"
              "  unassign --credit ID  record that the user was removed (monthly credits)\n"
              "  ledger-password       save the team ledger's PostgreSQL password in the system's\n"
              "                        secret store (read from stdin, checked with the server first)\n"
              "  ledger-password forget  remove the saved password\n"
              "\n"
              "Environment: CREDITDESK_ACCESS_TOKEN, when set, is used as-is as the ARM bearer token.\n"
              "Exit codes: 0 ok, 1 usage error (also: assign without --confirm-partner-center),\n"
              "2 failure: nothing could be read (also: a partner benefit rule refused);\n"
              "risk: 3 High, 4 Loss;\n"
              "5 partial result (lots, events, risk, export-ics): some billing scopes could not be\n"
              "  read, or failed after some of their rows were printed; what was read is printed,\n"
              "  each failed scope is named on stderr and, with --format json, listed in\n"
              "  \"failedScopes\". risk returns 4 when a readable scope\n"
              "  is at Loss, else 5 (the unread scopes could be worse than the readable ones).\n"
              "A listing the service does not offer for an agreement type (lots of an EA account\n"
              "without commitments) is a note on stderr and in \"notes\", not a failure.\n"
              "\n"
              "Streaming: lots and events write each page of rows as it arrives (table, CSV and\n"
              "JSON alike), so memory stays flat and the first rows appear before the listing ends.\n"
              "Rows come in the service's order; with many billing scopes their pages interleave.\n"
              "No option sorts them: sorting needs every row first (pipe through sort, or jq for\n"
              "JSON). risk, balance and export-ics need every row before they can answer, so they\n"
              "print at the end. The table's column widths come from the header and the first\n"
              "page; a wider cell later is written whole and shifts only its own line.");
}

ParseOutcome usageError(const QString &message)
{
    ParseOutcome outcome;
    outcome.exitCode = ExitUsage;
    outcome.error = message + u'\n' + tr("Run with --help for usage.");
    return outcome;
}

std::optional<QDate> parseDate(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional(date) : std::nullopt;
}
} // namespace

QStringList commandNames()
{
    return {u"login"_s, u"logout"_s, u"whoami"_s, u"accounts"_s, u"lots"_s, u"events"_s, u"balance"_s,
            u"credits"_s, u"risk"_s, u"assign"_s, u"unassign"_s, u"export-ics"_s,
            u"ledger-password"_s};
}

ParseOutcome parseCommandLine(const QStringList &arguments, const QString &accessTokenFromEnvironment)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("CreditDesk command-line companion: Azure credit lots, events and balances.") + u"\n\n"_s + commandSummary());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption cloud(u"cloud"_s, tr("Cloud: public, usgov, china, sandbox or custom."), u"cloud"_s, u"public"_s);
    const QCommandLineOption loginUrl(u"login-url"_s, tr("Entra ID base URL (custom cloud)."), u"url"_s);
    const QCommandLineOption armUrl(u"arm-url"_s, tr("Azure Resource Manager base URL (custom cloud)."), u"url"_s);
    const QCommandLineOption graphUrl(u"graph-url"_s, tr("Microsoft Graph base URL (custom cloud)."), u"url"_s);
    const QCommandLineOption tenant(u"tenant"_s, tr("Tenant id or domain to sign in to."), u"tenant"_s);
    const QCommandLineOption account(u"account"_s, tr("Signed-in account to use (user principal name)."), u"upn"_s);
    const QCommandLineOption clientId(u"client-id"_s, tr("Application (client) id of your app registration."), u"id"_s);
    const QCommandLineOption format(u"format"_s, tr("Output: table, csv or json."), u"format"_s, u"table"_s);
    const QCommandLineOption browser(u"browser"_s, tr("login: sign in with the system browser."));
    const QCommandLineOption all(u"all"_s, tr("logout: sign out of every account."));
    const QCommandLineOption billingAccount(u"billing-account"_s, tr("Billing account id."), u"id"_s);
    const QCommandLineOption billingProfile(u"billing-profile"_s, tr("Billing profile id."), u"id"_s);
    const QCommandLineOption customer(u"customer"_s, tr("Customer id (partner billing accounts)."), u"id"_s);
    const QCommandLineOption status(u"status"_s, tr("lots: only lots with this status (e.g. Active)."), u"status"_s);
    const QCommandLineOption expiring(u"expiring-within"_s, tr("lots: only lots expiring within DAYS from today."),
                                      u"days"_s);
    const QCommandLineOption from(u"from"_s, tr("events: first day, YYYY-MM-DD."), u"date"_s);
    const QCommandLineOption to(u"to"_s, tr("events: last day, YYYY-MM-DD."), u"date"_s);
    const QCommandLineOption seed(u"sandbox-seed"_s, tr("Seed of the sandbox cloud's data."), u"seed"_s, u"1"_s);
    const QCommandLineOption within(u"within"_s, tr("risk: horizon in days (default 90); export-ics: expiries within DAYS."),
                                    u"days"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("export-ics: the file to write."), u"file"_s);
    const QCommandLineOption verbose(u"verbose"_s, tr("Print diagnostics of every module on stderr."));
    const QCommandLineOption ledger(u"ledger"_s, tr("Benefits ledger: an SQLite file or a postgresql:// URI."),
                                    u"location"_s);
    const QCommandLineOption credit(u"credit"_s, tr("assign/unassign: the credit id."), u"id"_s);
    const QCommandLineOption user(u"user"_s, tr("assign: the user's principal name."), u"upn"_s);
    const QCommandLineOption performedBy(u"performed-by"_s, tr("assign/unassign: who did it (recorded)."), u"upn"_s);
    const QCommandLineOption confirm(u"confirm-partner-center"_s,
                                     tr("assign: the user is already assigned in Partner Center; record it."));
    parser.addOptions({cloud, loginUrl, armUrl, graphUrl, tenant, account, clientId, format, browser, all,
                       billingAccount, billingProfile, customer, status, expiring, from, to, within, output, seed, verbose,
                       ledger, credit, user, performedBy, confirm});
    parser.addPositionalArgument(u"command"_s, tr("The command to run (see Commands)."));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    ParseOutcome outcome;
    if (parser.isSet(version)) {
        outcome.output = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n';
        return outcome;
    }
    if (parser.isSet(help)) {
        outcome.output = parser.helpText();
        return outcome;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        outcome.exitCode = ExitUsage;
        outcome.output = parser.helpText();
        return outcome;
    }

    CliOptions options;
    options.command = positional.constFirst();
    options.commandArguments = positional.mid(1);
    if (!commandNames().contains(options.command))
        return usageError(tr("Unknown command \"%1\".").arg(options.command));
    if (options.command == u"credits"_s && !options.commandArguments.isEmpty()) {
        const QStringList &args = options.commandArguments;
        if (args.size() != 2 || (args.constFirst() != u"import"_s && args.constFirst() != u"export"_s))
            return usageError(tr("Use \"credits\", \"credits import FILE\" or \"credits export FILE\"."));
    } else if (options.command == u"ledger-password"_s && !options.commandArguments.isEmpty()) {
        if (options.commandArguments != QStringList { u"forget"_s })
            return usageError(tr("Use \"ledger-password\" or \"ledger-password forget\"."));
    } else if (!options.commandArguments.isEmpty())
        return usageError(tr("Unexpected argument \"%1\".").arg(options.commandArguments.constFirst()));

    options.cloud = parser.value(cloud).toLower();
    static const QStringList clouds{u"public"_s, u"usgov"_s, u"china"_s, u"sandbox"_s, u"custom"_s};
    if (!clouds.contains(options.cloud))
        return usageError(tr("Unknown cloud \"%1\": use public, usgov, china, sandbox or custom.").arg(options.cloud));
    options.loginUrl = QUrl(parser.value(loginUrl));
    options.armUrl = QUrl(parser.value(armUrl));
    options.graphUrl = QUrl(parser.value(graphUrl));
    const bool anyUrl = parser.isSet(loginUrl) || parser.isSet(armUrl) || parser.isSet(graphUrl);
    if (anyUrl && options.cloud != u"custom"_s)
        return usageError(tr("--login-url, --arm-url and --graph-url need --cloud custom."));
    if (options.cloud == u"custom"_s && !parser.isSet(armUrl))
        return usageError(tr("--cloud custom needs at least --arm-url (and --login-url to sign in)."));

    options.tenant = parser.value(tenant);
    options.account = parser.value(account);
    options.clientId = parser.value(clientId);
    const QString formatName = parser.value(format).toLower();
    if (formatName == u"table"_s)
        options.format = OutputFormat::Table;
    else if (formatName == u"csv"_s)
        options.format = OutputFormat::Csv;
    else if (formatName == u"json"_s)
        options.format = OutputFormat::Json;
    else
        return usageError(tr("Unknown format \"%1\": use table, csv or json.").arg(formatName));

    options.accessToken = accessTokenFromEnvironment.trimmed();
    options.browser = parser.isSet(browser);
    options.all = parser.isSet(all);
    options.billingAccount = parser.value(billingAccount);
    options.billingProfile = parser.value(billingProfile);
    options.customer = parser.value(customer);
    options.status = parser.value(status);
    if (parser.isSet(expiring)) {
        bool ok = false;
        const int days = parser.value(expiring).toInt(&ok);
        if (!ok || days < 0)
            return usageError(tr("--expiring-within needs a number of days (0 or more)."));
        options.expiringWithinDays = days;
    }
    if (parser.isSet(from)) {
        const auto date = parseDate(parser.value(from));
        if (!date)
            return usageError(tr("--from needs a date as YYYY-MM-DD."));
        options.from = *date;
    }
    if (parser.isSet(to)) {
        const auto date = parseDate(parser.value(to));
        if (!date)
            return usageError(tr("--to needs a date as YYYY-MM-DD."));
        options.to = *date;
    }
    if (parser.isSet(within)) {
        bool ok = false;
        const int days = parser.value(within).toInt(&ok);
        if (!ok || days < 0 || days > 3650)
            return usageError(tr("--within needs a number of days (0 to 3650)."));
        options.withinDays = days;
    }
    options.outputFile = parser.value(output);
    if (options.command == u"export-ics"_s && (!options.withinDays || options.outputFile.isEmpty()))
        return usageError(tr("export-ics needs --within DAYS and -o FILE."));
    options.verbose = parser.isSet(verbose);
    bool seedOk = false;
    options.sandboxSeed = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk)
        return usageError(tr("--sandbox-seed needs a number."));

    if ((options.billingProfile.isEmpty() == false || options.customer.isEmpty() == false)
        && options.billingAccount.isEmpty())
        return usageError(tr("--billing-profile and --customer need --billing-account."));
    if (!options.billingProfile.isEmpty() && !options.customer.isEmpty())
        return usageError(tr("Give either --billing-profile or --customer, not both."));
    if (options.command == u"events"_s) {
        if (options.billingAccount.isEmpty() || options.billingProfile.isEmpty() || !options.from.isValid()
            || !options.to.isValid())
            return usageError(tr("events needs --billing-account, --billing-profile, --from and --to."));
        if (options.from > options.to)
            return usageError(tr("--from must not be after --to."));
    }
    options.ledger = parser.value(ledger);
    options.creditId = parser.value(credit).trimmed();
    options.userPrincipalName = parser.value(user).trimmed();
    options.performedBy = parser.value(performedBy).trimmed();
    options.confirmPartnerCenter = parser.isSet(confirm);
    if ((options.command == u"assign"_s || options.command == u"unassign"_s) && options.creditId.isEmpty())
        return usageError(tr("%1 needs --credit ID.").arg(options.command));
    if (options.command == u"assign"_s && options.userPrincipalName.isEmpty())
        return usageError(tr("assign needs --user UPN."));
    outcome.options = options;
    return outcome;
}

} // namespace CreditDesk::Cli
