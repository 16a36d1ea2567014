#include "startup.h"

#include "auth/accountmanager.h"
#include "auth/accountstore.h"
#include "auth/appregistration.h"
#include "auth/secretstore.h"
#include "azure/azureconnection.h"
#include "ledger/ledger.h"
#include "ledger/ledgeropener.h"
#include "ledger/sandboxbenefits.h"
#include "ledgerpages.h"
#include "ledgerprompt.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "reminderpresenter.h"
#include "server/sandboxhost.h"
#include "services/singleinstance.h"
#include "services/workspace.h"
#include "storage/offlinecache.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
// Any client id works in the sandbox; this one makes its logs readable.
constexpr auto SandboxClientId = "creditdesk-sandbox-client";

void installTranslations(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QLocale(), u"creditdesk"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(appTranslator);
}

StartupOptions parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("Startup", "Track and assign Microsoft partner Azure credits."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(u"sandbox"_s,
                                     QApplication::translate("Startup", "Start the built-in sandbox and sign in to it."));
    const QCommandLineOption seed(u"sandbox-seed"_s, QApplication::translate("Startup", "Seed of the sandbox's data."),
                                  u"seed"_s, u"1"_s);
    const QCommandLineOption dataDir(u"sandbox-data-dir"_s,
                                     QApplication::translate("Startup", "Where the sandbox keeps its state."), u"dir"_s);
    const QCommandLineOption tenant(u"tenant"_s, QApplication::translate("Startup", "Tenant id or domain to sign in to."),
                                    u"tenant"_s);
    const QCommandLineOption clientId(u"client-id"_s,
                                      QApplication::translate("Startup", "Application (client) id of your app registration."),
                                      u"id"_s);
    parser.addOptions({sandbox, seed, dataDir, tenant, clientId});
    parser.process(app);

    StartupOptions options;
    options.sandbox = parser.isSet(sandbox);
    options.sandboxSeed = parser.value(seed).toULongLong();
    options.sandboxDataDir = parser.value(dataDir);
    options.tenant = parser.value(tenant);
    options.clientId = parser.value(clientId);
    return options;
}
} // namespace

Startup::Startup(const StartupOptions &options, const QString &secretService, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_cache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/offline"_s)
    , m_secrets(secretService)
    , m_accounts(&m_secrets, &m_accountStore)
{
    m_ledger.setPolicy(BenefitPolicy::fromSettings(QSettings()));
    m_workspace.setOfflineCache(&m_cache);
    m_ledger.setWatchInterval(2000); // notice other windows and processes
}

Startup::~Startup() = default;

void Startup::chooseProfile(const StartupOptions &options)
{
    // Nothing tried out in the sandbox leaks into the admin's setup.
    if (options.sandbox)
        QCoreApplication::setApplicationName(u"CreditDesk-Sandbox"_s);
}

Status Startup::startSandbox()
{
    Sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.seed = m_options.sandboxSeed;
    sandboxOptions.autoApprove = true;
    sandboxOptions.deviceCodeIntervalSeconds = 1;
    sandboxOptions.dataDir = m_options.sandboxDataDir;
    if (sandboxOptions.dataDir.isEmpty()) {
        m_sandboxTempDir = std::make_unique<QTemporaryDir>();
        sandboxOptions.dataDir = m_sandboxTempDir->path();
    }
    m_sandbox = std::make_unique<Sandbox::SandboxHost>();
    QString error;
    if (!m_sandbox->start(sandboxOptions, &error)) {
        m_sandbox.reset();
        return Error{QApplication::translate("Startup", "The built-in sandbox could not start: %1").arg(error)};
    }
    // The sandbox's throwaway accounts are kept out of the secret store and settings: no
    // account manager here.
    m_workspace.configure(Cloud::sandbox(m_sandbox->baseUrl()), AppRegistration::tenant(m_options.tenant),
                          QString::fromLatin1(SandboxClientId));
    // A sandbox ledger of its own next to the sandbox's state, seeded after sign-in; the real
    // ledger never sees sandbox credits.
    if (const Status opened = m_ledger.open(LedgerLocation::sqlite(sandboxOptions.dataDir + u"/ledger.sqlite"_s));
        !opened)
        m_sandboxLedgerError = opened.error().message;
    const QUrl sandboxUrl = m_sandbox->baseUrl();
    connect(&m_workspace, &Workspace::signedIn, &m_ledger, [this, sandboxUrl] {
        SandboxBenefits::seedLedger(m_workspace.connection()->arm(), sandboxUrl, &m_ledger, &m_ledger,
                                    [](const Result<LedgerImportSummary> &seeded) {
                                        if (!seeded)
                                            qWarning("sandbox ledger not seeded: %s",
                                                     qPrintable(seeded.error().message));
                                    });
    });
    return {};
}

Status Startup::start()
{
    if (m_options.sandbox) {
        if (Status started = startSandbox(); !started)
            return started;
    } else {
        m_workspace.setAccountManager(&m_accounts);
        m_workspace.configure(Cloud::publicCloud(), AppRegistration::tenant(m_options.tenant),
                              AppRegistration::clientId(m_options.clientId));
    }

    m_window = std::make_unique<MainWindow>(&m_workspace);
    m_window->show();
    if (!m_sandboxLedgerError.isEmpty()) {
        MessageBox::warning(m_window.get(), QApplication::translate("Startup", "CreditDesk"),
                            QApplication::translate("Startup", "The benefits ledger could not be opened, so partner "
                                                               "credits cannot be shown or assigned: %1")
                                .arg(m_sandboxLedgerError),
                            u"ledgerNotOpened"_s);
    }
    // A team ledger's server may want a password from the secret store or the person, so the
    // configured ledger opens once the window is up and is handed over when it is open.
    m_ledgerOpener = std::make_unique<LedgerOpener>(&m_ledger, &m_secrets);
    m_ledgerPrompt = std::make_unique<LedgerPrompt>(m_ledgerOpener.get(), m_window.get(), [this] { attachLedger(); });
    if (m_options.sandbox) {
        if (m_ledger.isOpen())
            attachLedger();
    } else if (const Result<LedgerLocation> configured = LedgerLocation::configured(QSettings()); configured) {
        m_ledgerPrompt->open(configured.value());
    } else {
        // A mistyped team ledger is reported; it never silently becomes a local file.
        m_window->showNotice(QApplication::translate("Startup", "The benefits ledger could not be opened, so partner "
                                                                "credits cannot be shown or assigned: %1")
                                 .arg(configured.error().message));
    }

    if (m_options.sandbox) {
        m_workspace.signInWithDeviceCode();
    } else if (const auto current = m_accounts.currentAccount()) {
        // Welcome back: sign in silently with the remembered account.
        m_workspace.useAccount(*current);
    }
    return {};
}

void Startup::attachLedger()
{
    // After show(): handing the ledger over also asks about assignments left unconfirmed.
    m_window->ledgerPages()->setLedger(&m_ledger);
    const auto remindOfMonthlyCredits = [this] {
        if (const Result<QList<PartnerCredit>> credits = m_ledger.credits())
            m_window->reminders()->setPartnerCredits(credits.value());
    };
    remindOfMonthlyCredits();
    connect(&m_ledger, &Ledger::changed, m_window.get(), remindOfMonthlyCredits);
}

int runApplication(QApplication &app)
{
    installTranslations(app);
    const StartupOptions options = parseOptions(app);
    Startup::chooseProfile(options);
    // One window per profile: a second start brings the first forward and ends.
    SingleInstance instance(QCoreApplication::applicationName());
    if (instance.claim() == SingleInstance::Role::Secondary) {
        qInfo("CreditDesk is already running for this profile; it was asked to show its window.");
        return 0;
    }

    Startup startup(options);
    if (const Status started = startup.start(); !started) {
        // Shown by the event loop it ends: there is no window to return to.
        MessageBox::critical(nullptr, QApplication::translate("Startup", "CreditDesk"), started.error().message,
                             [] { QCoreApplication::quit(); });
        QApplication::exec();
        return 1;
    }
    MainWindow *window = startup.window();
    QObject::connect(&instance, &SingleInstance::activationRequested, window, [window] {
        window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window->show();
        window->raise();
        window->activateWindow();
    });
    return QApplication::exec();
}

} // namespace CreditDesk
