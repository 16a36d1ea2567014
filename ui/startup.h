#pragma once

#include "auth/accountmanager.h"
#include "auth/accountstore.h"
#include "auth/secretstore.h"
#include "core/result.h"
#include "ledger/ledger.h"
#include "services/workspace.h"
#include "storage/offlinecache.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QApplication;
class QTemporaryDir;

namespace CreditDesk {

namespace Sandbox {
class SandboxHost;
}

class LedgerOpener;
class LedgerPrompt;
class MainWindow;

/// What the command line asked for.
struct StartupOptions
{
    bool sandbox = false;       ///< start the embedded sandbox and sign in to it
    quint64 sandboxSeed = 1;
    QString sandboxDataDir;     ///< empty: a fresh temporary directory each run
    QString tenant;             ///< empty: "organizations"
    QString clientId;           ///< empty: from settings
};

/// One run of the desktop app, from the parsed options to the shown window: the ledger, the
/// offline copy, the workspace, the remembered accounts (or the sandbox and its own ledger),
/// the main window, the configured ledger opened behind it, and the first sign-in (silent with
/// the remembered account, or to the sandbox). runApplication() builds one and runs the event
/// loop; tests build one and drive its window.
class Startup : public QObject
{
    Q_OBJECT
public:
    /// \a secretService: the secret store's namespace (tests pass their own so they never see
    /// a developer's real sign-ins).
    explicit Startup(const StartupOptions &options,
                     const QString &secretService = SecretStore::defaultServiceName(), QObject *parent = nullptr);
    ~Startup() override;

    /// A sandbox run keeps its settings, window layout, offline copy and fired reminders apart
    /// from the real ones, under another application name. Call before anything reads settings.
    static void chooseProfile(const StartupOptions &options);

    /// Starts the sandbox when asked, shows the window, opens the ledger and signs in. Fails
    /// only when the sandbox cannot start; then nothing is shown.
    Status start();

    MainWindow *window() const { return m_window.get(); }
    Workspace *workspace() { return &m_workspace; }
    Ledger *ledger() { return &m_ledger; }
    AccountManager *accounts() { return &m_accounts; }
    /// The running sandbox, or nullptr outside --sandbox.
    Sandbox::SandboxHost *sandbox() const { return m_sandbox.get(); }

private:
    Status startSandbox();
    void attachLedger();

    StartupOptions m_options;
    // Declared in the order they depend on one another, so they are destroyed in reverse:
    // the benefits ledger outlives the workspace and the window that use it, and the offline
    // cache the workspace, which waits for its last cache write when destroyed.
    Ledger m_ledger;
    OfflineCache m_cache;
    Workspace m_workspace;
    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_sandboxTempDir;
    QString m_sandboxLedgerError; ///< shown over the window once it is up
    SecretStore m_secrets;
    AccountStore m_accountStore;
    AccountManager m_accounts;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<LedgerOpener> m_ledgerOpener;
    std::unique_ptr<LedgerPrompt> m_ledgerPrompt;
};

/// Parses arguments, installs translations, keeps one window per profile, builds a Startup
/// and runs the event loop. Returns the exit code.
int runApplication(QApplication &app);

} // namespace CreditDesk
