// creditdesk-cli credits, credits import/export, assign and unassign: the benefits ledger and
// the same partner rules the GUI uses. Nothing is recorded without --confirm-partner-center.
#include "cliapp.h"

#include "auth/accountstore.h"
#include "auth/devicecodeflow.h"
#include "auth/secretstore.h"
#include "auth/signinsession.h"
#include "azure/azureapi.h"
#include "azure/azureconnection.h"
#include "ledger/ledger.h"
#include "ledger/ledgercsv.h"
#include "ledger/ledgeropener.h"
#include "ledger/ledgerrows.h"
#include "ledger/sandboxbenefits.h"
#include "rules/benefitrules.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace CreditDesk::Cli {

namespace {

RecordSet creditRecords(const QList<PartnerCredit> &credits, const BenefitPolicy &policy)
{
    RecordSet records;
    records.fields = { u"id"_s, u"type"_s, u"program"_s, u"amount"_s, u"currency"_s, u"startDate"_s, u"endDate"_s,
                       u"activationDate"_s, u"cutoffDate"_s, u"status"_s, u"assignedUpn"_s,
                       u"assignedDisplayName"_s, u"reassignmentsUsed"_s, u"reassignmentsLeft"_s,
                       u"reassignmentCap"_s, u"subscriptionId"_s };
    records.rightAligned = { 3, 12, 13 };
    records.tableFields = { 0, 1, 2, 3, 4, 6, 8, 9, 10, 12, 13 };
    for (const PartnerCredit &c : credits) {
        const bool monthly = c.type == PartnerCredit::Type::Monthly;
        records.rows.append({
            RecordValue::fromText(c.id),
            RecordValue::fromText(LedgerRows::typeKey(c.type)),
            RecordValue::fromText(c.programName),
            RecordValue::number(c.amount.toDecimalString()),
            RecordValue::fromText(c.amount.currency()),
            RecordValue::textOrNull(LedgerRows::dateText(c.startDate)),
            RecordValue::textOrNull(LedgerRows::dateText(c.endDate)),
            RecordValue::textOrNull(LedgerRows::dateText(c.activationDate)),
            RecordValue::textOrNull(LedgerRows::dateText(c.cutoffDate)),
            RecordValue::fromText(LedgerRows::statusKey(c.status)),
            RecordValue::textOrNull(c.assignedUser.userPrincipalName),
            RecordValue::textOrNull(c.assignedUser.displayName),
            RecordValue::number(QString::number(c.reassignmentsUsed)),
            RecordValue::number(QString::number(BenefitRules::reassignmentsLeft(c, policy))),
            monthly ? RecordValue::number(QString::number(c.reassignmentCap)) : RecordValue::null(),
            RecordValue::textOrNull(c.subscriptionId),
        });
    }
    return records;
}

// One line of standard input, not echoed when it is a terminal; nullopt at end of input.
std::optional<QString> readSecretLine()
{
#ifdef Q_OS_UNIX
    termios saved {};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    std::string line;
    bool any = false;
    for (int c = std::getchar(); c != EOF; c = std::getchar()) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
#endif
    if (!any)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace

bool CliApp::isLedgerCommand() const
{
    const QString &command = m_options.command;
    return command == u"credits"_s || command == u"assign"_s || command == u"unassign"_s
        || command == u"ledger-password"_s;
}

QString CliApp::performedBy() const
{
    if (!m_options.performedBy.isEmpty())
        return m_options.performedBy;
    if (const auto current = m_accountStore->find(m_accountStore->currentKey()))
        return current->userPrincipalName;
    const QString osUser = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return osUser.isEmpty() ? u"creditdesk-cli"_s : osUser;
}

void CliApp::runLedgerCommand()
{
    m_ledger = new Ledger(this);
    QSettings settings;
    m_ledger->setPolicy(BenefitPolicy::fromSettings(settings));
    Result<LedgerLocation> location = LedgerLocation::sqlite(QString());
    if (!m_options.ledger.isEmpty())
        location = LedgerLocation::parse(m_options.ledger);
    else if (m_sandbox)
        // The sandbox's credits live in their own ledger, one per seed, never in the real one.
        location = LedgerLocation::sqlite(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                                          + u"/sandbox/ledger-seed%1.sqlite"_s.arg(m_options.sandboxSeed));
    else
        location = LedgerLocation::configured(settings);
    if (!location) {
        fail(location.error().message); // never a local file named like the mistyped URI
        return;
    }
    if (m_options.command == u"ledger-password"_s) {
        runLedgerPassword(location.value());
        return;
    }
    // A team ledger's password may be in the secret store (saved by ledger-password).
    auto *opener = new LedgerOpener(m_ledger, m_sandbox ? nullptr : m_secrets, this);
    connect(opener, &LedgerOpener::noted, this, [this](const QString &text) { progress(text); });
    connect(opener, &LedgerOpener::finished, this, [this](const Status &opened) {
        if (!opened)
            fail(opened.error().message);
        else
            continueLedgerCommand();
    });
    opener->open(location.value());
}

void CliApp::continueLedgerCommand()
{
    if (!m_sandbox) {
        runLedgerCommandOn(m_ledger);
        return;
    }
    // A connection of its own: this throwaway sign-in is never stored, so the CLI's wait for
    // stored refresh tokens must not see it.
    auto *throwaway = new AzureConnection(m_connection->network(), m_cloud, m_tenant, m_connection->clientId(),
                                          m_connection->api()->apiVersions(), this);
    auto seed = [this, throwaway] {
        SandboxBenefits::seedLedger(throwaway->arm(), m_cloud.armUrl, m_ledger, this, [this](Result<LedgerImportSummary> seeded) {
            if (!seeded) {
                fail(seeded.error().message);
                return;
            }
            if (seeded->added > 0)
                progress(tr("Seeded the sandbox ledger with %1 benefit credits.").arg(seeded->added));
            runLedgerCommandOn(m_ledger);
        });
    };
    // The in-process sandbox approves device codes at once: no stored sign-in is needed to
    // read its seeded credits.
    auto *flow = new DeviceCodeFlow(throwaway->tokenClient(), this);
    connect(flow, &DeviceCodeFlow::succeeded, this, [throwaway, seed](const TokenResponse &response) {
        throwaway->session()->adopt(response);
        seed();
    });
    connect(flow, &DeviceCodeFlow::failed, this, [this](const Error &error) { fail(error.message); });
    flow->start();
}

void CliApp::runLedgerCommandOn(Ledger *ledger)
{
    if (m_options.command == u"assign"_s)
        runAssign(ledger);
    else if (m_options.command == u"unassign"_s)
        runUnassign(ledger);
    else
        runCredits(ledger);
}

void CliApp::runCredits(Ledger *ledger)
{
    const QStringList &args = m_options.commandArguments;
    if (args.size() == 2 && args.constFirst() == u"import"_s) {
        auto imported = LedgerCsv::importFile(*ledger, args.at(1));
        if (!imported) {
            fail(imported.error().message);
            return;
        }
        QTextStream(stdout) << tr("Imported %1: %2 added, %3 updated, %4 unchanged.")
                                   .arg(args.at(1))
                                   .arg(imported->added)
                                   .arg(imported->updated)
                                   .arg(imported->unchanged)
                            << u'\n';
        succeed();
        return;
    }
    if (args.size() == 2 && args.constFirst() == u"export"_s) {
        if (Status written = LedgerCsv::exportFile(*ledger, args.at(1)); !written) {
            fail(written.error().message);
            return;
        }
        progress(tr("Wrote %1.").arg(args.at(1)));
        succeed();
        return;
    }
    auto credits = ledger->credits();
    if (!credits) {
        fail(credits.error().message);
        return;
    }
    if (auto pending = ledger->unfinishedAssignments(); pending && !pending->isEmpty())
        progress(tr("%1 assignment(s) were started but never confirmed; open CreditDesk to say how they ended.")
                     .arg(pending->size()));
    printData(render(creditRecords(*credits, ledger->policy())));
    succeed();
}

void CliApp::runAssign(Ledger *ledger)
{
    const QString upn = m_options.userPrincipalName;
    // The CLI knows the user by name only: the rules read guests (#EXT#) and domains from it.
    const CandidateUser user { QString(), upn, upn.contains("#EXT#"_L1, Qt::CaseInsensitive) ? QString() : upn,
                               QString(), QString() };
    auto verdicts = ledger->checkAssignment(m_options.creditId, user);
    if (!verdicts) {
        fail(verdicts.error().message);
        return;
    }
    if (const auto refusal = BenefitRules::firstRefusal(*verdicts)) {
        fail(tr("refused by rule %1: %2").arg(refusal->ruleId, refusal->reason));
        return;
    }
    QTextStream out(stdout);
    for (const RuleVerdict &v : std::as_const(*verdicts))
        out << tr("ok  %1: %2").arg(v.ruleId, v.reason) << u'\n';
    out.flush();
    if (!m_options.confirmPartnerCenter) {
        progress(tr("Nothing recorded. Assign %1 in Partner Center (Benefits > Azure credits), then run this "
                    "command again with --confirm-partner-center.")
                     .arg(upn));
        finish(ExitUsage);
        return;
    }
    auto journal = ledger->journalAssignment(m_options.creditId, user, performedBy());
    if (!journal) {
        fail(journal.error().message);
        return;
    }
    auto recorded = ledger->confirmAssignment(*journal);
    if (!recorded) {
        (void)ledger->discardAssignment(*journal);
        fail(recorded.error().message);
        return;
    }
    const BenefitPolicy &policy = ledger->policy();
    const QUrl link = recorded->type == PartnerCredit::Type::Monthly ? policy.monthlyRedemptionUrl
                                                                     : policy.yearlyRedemptionUrl;
    out << tr("Recorded: %1 is assigned to %2.").arg(recorded->id, upn) << u'\n';
    if (recorded->type == PartnerCredit::Type::Monthly)
        out << tr("Reassignments used: %1 of %2; %3 left. Valid until %4.")
                   .arg(recorded->reassignmentsUsed)
                   .arg(recorded->reassignmentCap)
                   .arg(BenefitRules::reassignmentsLeft(*recorded, policy))
                   .arg(LedgerRows::dateText(recorded->cutoffDate))
            << u'\n';
    out << tr("Redemption link for the user: %1").arg(link.toString()) << u'\n';
    succeed();
}

void CliApp::runUnassign(Ledger *ledger)
{
    auto removed = ledger->recordRemoval(m_options.creditId, performedBy());
    if (!removed) {
        fail(removed.error().message);
        return;
    }
    const bool noneLeft = BenefitRules::reassignmentsLeft(*removed, ledger->policy()) == 0;
    QTextStream(stdout) << (noneLeft ? tr("Recorded: the user of %1 was removed. Reassignments used: %2 of %3; "
                                          "none is left, so it cannot be assigned again.")
                                     : tr("Recorded: the user of %1 was removed. Reassignments used: %2 of %3; the "
                                          "next assignment uses one."))
                               .arg(removed->id)
                               .arg(removed->reassignmentsUsed)
                               .arg(removed->reassignmentCap)
                        << u'\n';
    succeed();
}


void CliApp::runLedgerPassword(const LedgerLocation &location)
{
    if (location.kind != LedgerLocation::Kind::Postgres) {
        fail(tr("The benefits ledger %1 is a file on this computer; it has no password.").arg(location.displayName()));
        return;
    }
    auto *opener = new LedgerOpener(m_ledger, m_secrets, this);
    auto notSaved = std::make_shared<QString>();
    connect(opener, &LedgerOpener::noted, this, [notSaved](const QString &text) { *notSaved = text; });
    if (m_options.commandArguments.value(0) == u"forget"_s) {
        m_secrets->remove(location.secretKey(), this, [this, location](Status removed) {
            if (!removed) {
                fail(tr("The saved password could not be removed: %1").arg(removed.error().message));
                return;
            }
            progress(tr("The password of %1 is no longer saved.").arg(location.displayName()));
            succeed();
        });
        return;
    }
    progress(tr("Password of %1 (read from standard input, not echoed):").arg(location.displayName()));
    const std::optional<QString> password = readSecretLine();
    if (!password || password->isEmpty()) {
        fail(tr("No password was given; nothing was saved."));
        return;
    }
    // Saved only once the server accepted it: a typo never replaces a working password.
    connect(opener, &LedgerOpener::finished, this, [this, notSaved](const Status &opened) {
        if (!opened) {
            fail(opened.error().message + u' ' + tr("Nothing was saved."));
            return;
        }
        if (!notSaved->isEmpty()) {
            fail(*notSaved);
            return;
        }
        progress(tr("The server accepted the password; it is saved in the system's secret store."));
        succeed();
    });
    opener->openWithPassword(location, *password, true);
}

} // namespace CreditDesk::Cli
