#include "cliapp.h"

#include "core/privatefiles.h"

#include "auth/accountmanager.h"
#include "auth/accountstore.h"
#include "auth/appregistration.h"
#include "auth/browsersignin.h"
#include "auth/devicecodeflow.h"
#include "auth/secretstore.h"
#include "auth/signinsession.h"
#include "azure/azureconnection.h"
#include "azure/azuresettings.h"
#include "export/jsontext.h"
#include "export/recordset.h"
#include "export/terminaltext.h"
#include "server/sandboxhost.h"
#include "services/creditdiscovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace CreditDesk::Cli {

namespace {
/// The sandbox cloud keeps its state (signing secret, issued refresh tokens) between runs, so
/// "login" in one process and "lots" in the next work as they do against Azure.
QString sandboxDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/sandbox"_s;
}
} // namespace

CliApp::CliApp(CliOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

CliApp::~CliApp() = default;

void CliApp::start()
{
    if (Status status = setUpCloud(); !status) {
        fail(status.error().message);
        return;
    }
    m_connection = new AzureConnection(m_cloud, m_tenant, AppRegistration::clientId(m_options.clientId),
                                       AzureSettings::load(QSettings()).versions, this);
    m_secrets = new SecretStore(this);
    m_accountStore = new AccountStore();
    m_accounts = new AccountManager(m_secrets, m_accountStore, this);
    // A rotated refresh token must reach the secret store before the process ends, or the
    // next command would hold a token the service already retired.
    connect(m_connection->session(), &SignInSession::refreshTokenChanged, this, [this] { ++m_pendingSecretWrites; });
    connect(m_accounts, &AccountManager::refreshTokenStored, this, [this] {
        m_pendingSecretWrites = qMax(0, m_pendingSecretWrites - 1);
        if (m_pendingSecretWrites == 0 && m_exitCode)
            Q_EMIT finished(*m_exitCode);
    });
    connect(m_accounts, &AccountManager::secretStoreUnavailable, this, [this] {
        m_pendingSecretWrites = 0;
        if (m_exitCode)
            Q_EMIT finished(*m_exitCode);
    });

    const QString &command = m_options.command;
    if (command == u"login"_s)
        runLogin();
    else if (command == u"logout"_s)
        runLogout();
    else if (command == u"accounts"_s)
        runAccounts();
    else if (command == u"whoami"_s)
        withSignedInSession([this] { runWhoami(); });
    else if (command == u"lots"_s)
        withSignedInSession([this] { runLots(); });
    else if (command == u"events"_s)
        withSignedInSession([this] { runEvents(); });
    else if (command == u"balance"_s)
        withSignedInSession([this] { runBalance(); });
    else if (command == u"risk"_s)
        withSignedInSession([this] { runRisk(); });
    else if (command == u"export-ics"_s)
        withSignedInSession([this] { runExportIcs(); });
    else if (isLedgerCommand())
        runLedgerCommand();
}

Status CliApp::setUpCloud()
{
    const QString &cloud = m_options.cloud;
    m_tenant = AppRegistration::tenant(m_options.tenant);
    if (cloud == u"sandbox"_s) {
        Sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.seed = m_options.sandboxSeed;
        sandboxOptions.autoApprove = true;
        sandboxOptions.deviceCodeIntervalSeconds = 1;
        sandboxOptions.dataDir = sandboxDataDir();
        if (Status dir = PrivateFiles::ensureDirectory(sandboxOptions.dataDir); !dir)
            return dir.error();
        m_sandbox = std::make_unique<Sandbox::SandboxHost>();
        QString error;
        if (!m_sandbox->start(sandboxOptions, &error))
            return Error{tr("The built-in sandbox could not start: %1").arg(error)};
        m_cloud = Cloud::sandbox(m_sandbox->baseUrl());
        if (m_options.tenant.isEmpty())
            m_tenant = m_sandbox->tenantId();
        return {};
    }
    if (cloud == u"custom"_s) {
        const QUrl login = m_options.loginUrl.isEmpty() ? m_options.armUrl : m_options.loginUrl;
        const QUrl graph = m_options.graphUrl.isEmpty() ? m_options.armUrl : m_options.graphUrl;
        auto custom = Cloud::custom(login, m_options.armUrl, graph);
        if (!custom)
            return custom.error();
        m_cloud = custom.value();
        return {};
    }
    auto known = Cloud::fromId(cloud);
    if (!known)
        return known.error();
    m_cloud = known.value();
    return {};
}

QString CliApp::accountKey() const
{
    // --account takes a user principal name (or a stored key); default: the current account of this cloud.
    for (const StoredAccount &account : m_accountStore->list()) {
        if (account.cloudId != m_cloud.id())
            continue;
        if (m_options.account.isEmpty()) {
            if (account.key == m_accountStore->currentKey())
                return account.key;
            continue;
        }
        if (account.userPrincipalName.compare(m_options.account, Qt::CaseInsensitive) == 0
            || account.key == m_options.account)
            return account.key;
    }
    if (m_options.account.isEmpty()) {
        // No current account for this cloud: the most recently used one.
        std::optional<StoredAccount> newest;
        for (const StoredAccount &account : m_accountStore->list()) {
            if (account.cloudId == m_cloud.id() && (!newest || account.lastUsed > newest->lastUsed))
                newest = account;
        }
        if (newest)
            return newest->key;
    }
    return {};
}

void CliApp::withSignedInSession(std::function<void()> then)
{
    if (!m_options.accessToken.isEmpty()) {
        m_connection->session()->useStaticAccessToken(Resource::Arm, m_options.accessToken);
        then();
        return;
    }
    const QString key = accountKey();
    const auto account = key.isEmpty() ? std::nullopt : m_accountStore->find(key);
    if (!account) {
        fail(m_options.account.isEmpty()
                 ? tr("Not signed in to %1. Run \"creditdesk-cli --cloud %2 login\" first, or set "
                      "CREDITDESK_ACCESS_TOKEN.").arg(m_cloud.displayName(), m_cloud.id())
                 : tr("No signed-in account \"%1\" for %2. See \"creditdesk-cli accounts\".")
                       .arg(m_options.account, m_cloud.displayName()));
        return;
    }
    m_accounts->restore(*account, m_connection->session(), this, [this, then = std::move(then)](Status status) {
        if (!status) {
            fail(status.error().message);
            return;
        }
        then();
    });
}

void CliApp::runLogin()
{
    auto signedIn = [this](const TokenResponse &response) {
        m_connection->session()->adopt(response);
        m_accounts->remember(m_cloud, m_connection->session(), m_tenant);
        const AccountInfo &account = m_connection->session()->account();
        QTextStream(stdout) << terminalSafe(tr("Signed in as %1 (tenant %2).")
                                                .arg(account.userPrincipalName, account.tenantId))
                            << u'\n';
        succeed();
    };
    // remember() writes the refresh token; succeed() waits for the store's answer.
    connect(m_accounts, &AccountManager::secretStoreUnavailable, this, [this](const Error &error) {
        progress(error.message);
        fail(tr("Signed in, but the sign-in could not be stored, so the next command cannot use it. "
                "Use CREDITDESK_ACCESS_TOKEN instead, or fix the system keyring."));
    });

    if (m_options.browser) {
        auto *flow = new BrowserSignIn(m_connection->tokenClient(), this);
        connect(flow, &BrowserSignIn::authorizeWithBrowser, this, [this](const QUrl &url) {
            progress(tr("Opening your browser to sign in. If it does not open, visit:\n%1")
                         .arg(url.toString(QUrl::FullyEncoded)));
            QProcess::startDetached(u"xdg-open"_s, {url.toString(QUrl::FullyEncoded)});
        });
        connect(flow, &BrowserSignIn::succeeded, this, signedIn);
        connect(flow, &BrowserSignIn::failed, this, [this](const Error &error) { fail(error.message); });
        flow->start();
        return;
    }
    auto *flow = new DeviceCodeFlow(m_connection->tokenClient(), this);
    connect(flow, &DeviceCodeFlow::codeReady, this, [this](const DeviceCode &code) {
        progress(tr("To sign in, open %1 and enter the code %2").arg(code.verificationUri.toDisplayString(), code.userCode));
    });
    connect(flow, &DeviceCodeFlow::succeeded, this, signedIn);
    connect(flow, &DeviceCodeFlow::failed, this, [this](const Error &error) { fail(error.message); });
    flow->start();
}

void CliApp::runLogout()
{
    QStringList keys;
    if (m_options.all) {
        for (const StoredAccount &account : m_accountStore->list())
            keys.append(account.key);
    } else if (const QString key = accountKey(); !key.isEmpty()) {
        keys.append(key);
    }
    if (keys.isEmpty()) {
        progress(tr("No signed-in account to sign out of."));
        succeed();
        return;
    }
    auto remaining = std::make_shared<int>(int(keys.size()));
    auto failure = std::make_shared<QString>();
    for (const QString &key : std::as_const(keys)) {
        const auto account = m_accountStore->find(key);
        const QString label = account ? account->userPrincipalName : key;
        m_accounts->signOut(key, this, [this, remaining, failure, label](Status status) {
            if (status)
                QTextStream(stdout) << tr("Signed out of %1.").arg(label) << u'\n';
            else
                *failure = status.error().message;
            if (--*remaining > 0)
                return;
            if (failure->isEmpty())
                succeed();
            else
                fail(*failure);
        });
    }
}

void CliApp::runWhoami()
{
    const AccountInfo &account = m_connection->session()->account();
    RecordSet records;
    records.fields = {u"userPrincipalName"_s, u"displayName"_s, u"tenantId"_s, u"objectId"_s, u"cloud"_s};
    records.rows.append({RecordValue::textOrNull(account.userPrincipalName), RecordValue::textOrNull(account.displayName),
                         RecordValue::textOrNull(account.tenantId), RecordValue::textOrNull(account.objectId),
                         RecordValue::fromText(m_cloud.id())});
    printData(render(records));
    succeed();
}

void CliApp::runAccounts()
{
    RecordSet records;
    records.fields = {u"current"_s, u"userPrincipalName"_s, u"displayName"_s, u"cloud"_s, u"tenantId"_s,
                      u"lastUsed"_s, u"key"_s};
    const QString current = m_accountStore->currentKey();
    for (const StoredAccount &account : m_accountStore->list()) {
        records.rows.append({RecordValue::boolean(account.key == current),
                             RecordValue::textOrNull(account.userPrincipalName),
                             RecordValue::textOrNull(account.displayName), RecordValue::fromText(account.cloudId),
                             RecordValue::textOrNull(account.tenantId),
                             RecordValue::textOrNull(account.lastUsed.toUTC().toString(Qt::ISODate)),
                             RecordValue::fromText(account.key)});
    }
    printData(render(records));
    succeed();
}

QByteArray CliApp::render(const RecordSet &records) const
{
    switch (m_options.format) {
    case OutputFormat::Csv: return records.toCsv();
    case OutputFormat::Json: return records.toJson();
    case OutputFormat::Table: break;
    }
    return records.toTable();
}

namespace {
/// The failure line for a scope: the error's message names the scope already, or gets it.
QString scopeLine(const Coverage::Item &item)
{
    return item.error.message.contains(item.scope) ? item.error.message
                                                   : CliApp::tr("%1: %2").arg(item.scope, item.error.message);
}
} // namespace

QByteArray CliApp::renderCovered(const QString &rowsKey, const RecordSet &records, const Coverage &coverage,
                                 const QList<std::pair<QString, QString>> &extra) const
{
    if (m_options.format != OutputFormat::Json)
        return render(records);
    QString out = u"{\n  "_s + jsonString(rowsKey) + u": "_s + nestedJsonArray(records);
    for (const auto &[key, value] : extra)
        out += u",\n  "_s + jsonString(key) + u": "_s + value;
    return (out + coverageJsonTail(coverage)).toUtf8();
}

void CliApp::watchCoverage(CreditDiscovery *discovery, const std::shared_ptr<Coverage> &coverage)
{
    connect(discovery, &CreditDiscovery::scopeFailed, this, [coverage](const QString &scope, const Error &error) {
        coverage->failed.append({scope, error});
    });
    connect(discovery, &CreditDiscovery::scopeNote, this, [coverage](const QString &scope, const Error &note) {
        coverage->notes.append({scope, note});
    });
    connect(discovery, &CreditDiscovery::finished, this,
            [discovery, coverage](bool) { coverage->scopesRead = discovery->scopesRead(); },
            Qt::DirectConnection);
}

void CliApp::reportCoverage(const Coverage &coverage)
{
    for (const Coverage::Item &note : coverage.notes)
        printError(tr("note: %1 (not offered for this billing account's agreement type; not a failure)")
                       .arg(scopeLine(note)));
    if (coverage.failed.isEmpty())
        return;
    printError(tr("partial result: %n billing scope(s) could not be read (below); the output has what was read.",
                  nullptr, int(coverage.failed.size())));
    for (const Coverage::Item &item : coverage.failed)
        printError(scopeLine(item));
}

void CliApp::failNothingRead(const Coverage &coverage)
{
    for (qsizetype i = 0; i + 1 < coverage.failed.size(); ++i)
        printError(scopeLine(coverage.failed.at(i)));
    fail(scopeLine(coverage.failed.constLast()));
}

void CliApp::endListing(StreamedListing &listing, const Coverage &coverage)
{
    // Rows already on stdout were read: then a failure is a partial result, never "nothing".
    if (coverage.nothingRead() && !listing.started()) {
        failNothingRead(coverage);
        return;
    }
    listing.finish(coverage);
    reportCoverage(coverage);
    finish(coverage.failed.isEmpty() ? ExitOk : ExitPartial);
}

void CliApp::printError(const QString &line)
{
    QTextStream(stderr) << tr("creditdesk-cli: %1").arg(terminalSafe(line)) << u'\n';
}

void CliApp::printData(const QByteArray &data)
{
    writeToStdout(data); // already UTF-8: no detour through a QString
}

void CliApp::progress(const QString &message)
{
    QTextStream(stderr) << message << u'\n';
}

void CliApp::finish(int exitCode)
{
    if (m_exitCode)
        return;
    m_exitCode = exitCode;
    if (m_pendingSecretWrites == 0)
        Q_EMIT finished(exitCode);
}

void CliApp::succeed()
{
    finish(ExitOk);
}

void CliApp::fail(const QString &reason)
{
    if (m_exitCode)
        return;
    printError(reason); // one line: line breaks become spaces, controls go
    finish(ExitFailure);
}

} // namespace CreditDesk::Cli
