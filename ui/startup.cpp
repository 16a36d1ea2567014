#include "startup.h"

#include "auth/accountmanager.h"
#include "auth/accountstore.h"
#include "auth/appregistration.h"
#include "auth/secretstore.h"
#include "azure/azureconnection.h"
#include "ledger/ledger.h"
#include "ledger/ledgeropener.h"
#include "ledger/sandboxbenefits.h"
#include "mainwindow.h"
#include "ledgerpages.h"
#include "ledgerprompt.h"
#include "reminderpresenter.h"
#include "server/sandboxhost.h"
#include "services/singleinstance.h"
#include "services/workspace.h"
#include "storage/offlinecache.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
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
void openLedger(Ledger &ledger, const LedgerLocation &location)
{
    if (const Status opened = ledger.open(location); !opened) {
        QMessageBox::warning(nullptr, QApplication::translate("Startup", "CreditDesk"),
                             QApplication::translate("Startup", "The benefits ledger could not be opened, so partner "
                                                                "credits cannot be shown or assigned: %1")
                                 .arg(opened.error().message));
    }
}
} // namespace

int runApplication(QApplication &app)
{
    installTranslations(app);
    const StartupOptions options = parseOptions(app);
    if (options.sandbox) {
        // A sandbox run keeps its settings, window layout, offline copy and fired reminders
        // apart from the real ones: nothing tried out in the sandbox leaks into the admin's setup.
        QCoreApplication::setApplicationName(u"CreditDesk-Sandbox"_s);
    }
    // One window per profile: a second start brings the first forward and ends.
    SingleInstance instance(QCoreApplication::applicationName());
    if (instance.claim() == SingleInstance::Role::Secondary) {
        qInfo("CreditDesk is already running for this profile; it was asked to show its window.");
        return 0;
    }

    // The benefits ledger outlives the workspace and the window that use it.
    Ledger ledger;
    ledger.setPolicy(BenefitPolicy::fromSettings(QSettings()));
    // Declared before the workspace, which waits for its last cache write when destroyed.
    OfflineCache cache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/offline"_s);
    Workspace workspace;
    std::unique_ptr<Sandbox::SandboxHost> sandbox;
    std::unique_ptr<QTemporaryDir> sandboxTempDir;
    // Remembered accounts live in the OS secret store and settings; the sandbox's throwaway
    // accounts are kept out of both.
    SecretStore secrets;
    AccountStore accountStore;
    AccountManager accounts(&secrets, &accountStore);
    workspace.setOfflineCache(&cache);
    ledger.setWatchInterval(2000); // notice other windows and processes

    if (options.sandbox) {
        Sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.seed = options.sandboxSeed;
        sandboxOptions.autoApprove = true;
        sandboxOptions.deviceCodeIntervalSeconds = 1;
        sandboxOptions.dataDir = options.sandboxDataDir;
        if (sandboxOptions.dataDir.isEmpty()) {
            sandboxTempDir = std::make_unique<QTemporaryDir>();
            sandboxOptions.dataDir = sandboxTempDir->path();
        }
        sandbox = std::make_unique<Sandbox::SandboxHost>();
        QString error;
        if (!sandbox->start(sandboxOptions, &error)) {
            QMessageBox::critical(nullptr, QApplication::translate("Startup", "CreditDesk"),
                                  QApplication::translate("Startup", "The built-in sandbox could not start: %1").arg(error));
            return 1;
        }
        workspace.configure(Cloud::sandbox(sandbox->baseUrl()), AppRegistration::tenant(options.tenant),
                            QString::fromLatin1(SandboxClientId));
        // A sandbox ledger of its own next to the sandbox's state, seeded after sign-in; the
        // real ledger never sees sandbox credits.
        openLedger(ledger, LedgerLocation::sqlite(sandboxOptions.dataDir + u"/ledger.sqlite"_s));
        const QUrl sandboxUrl = sandbox->baseUrl();
        QObject::connect(&workspace, &Workspace::signedIn, &ledger, [&workspace, &ledger, sandboxUrl] {
            SandboxBenefits::seedLedger(workspace.connection()->arm(), sandboxUrl, &ledger, &ledger,
                                        [](const Result<LedgerImportSummary> &seeded) {
                                            if (!seeded)
                                                qWarning("sandbox ledger not seeded: %s",
                                                         qPrintable(seeded.error().message));
                                        });
        });
    } else {
        workspace.setAccountManager(&accounts);
        workspace.configure(Cloud::publicCloud(), AppRegistration::tenant(options.tenant),
                            AppRegistration::clientId(options.clientId));
    }

    MainWindow window(&workspace);
    window.show();
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.show();
        window.raise();
        window.activateWindow();
    });
    // After show(): handing the ledger over also asks about assignments left unconfirmed.
    const auto attachLedger = [&window, &ledger] {
        window.ledgerPages()->setLedger(&ledger);
        const auto remindOfMonthlyCredits = [&window, &ledger] {
            if (const Result<QList<PartnerCredit>> credits = ledger.credits())
                window.reminders()->setPartnerCredits(credits.value());
        };
        remindOfMonthlyCredits();
        QObject::connect(&ledger, &Ledger::changed, &window, remindOfMonthlyCredits);
    };
    // A team ledger's server may want a password from the secret store or the person, so the
    // configured ledger opens once the window is up and is handed over when it is open.
    LedgerOpener ledgerOpener(&ledger, &secrets);
    LedgerPrompt ledgerPrompt(&ledgerOpener, &window, attachLedger);
    if (options.sandbox) {
        if (ledger.isOpen())
            attachLedger();
    } else if (const Result<LedgerLocation> configured = LedgerLocation::configured(QSettings()); configured) {
        ledgerPrompt.open(configured.value());
    } else {
        // A mistyped team ledger is reported; it never silently becomes a local file.
        window.showNotice(QApplication::translate("Startup", "The benefits ledger could not be opened, so partner "
                                                             "credits cannot be shown or assigned: %1")
                              .arg(configured.error().message));
    }

    if (options.sandbox) {
        workspace.signInWithDeviceCode();
    } else if (const auto current = accounts.currentAccount()) {
        // Welcome back: sign in silently with the remembered account.
        workspace.useAccount(*current);
    }
    return QApplication::exec();
}

} // namespace CreditDesk
