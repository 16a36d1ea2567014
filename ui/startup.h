#pragma once

#include <QStringList>

class QApplication;

namespace CreditDesk {

/// What the command line asked for.
struct StartupOptions
{
    bool sandbox = false;       ///< start the embedded sandbox and sign in to it
    quint64 sandboxSeed = 1;
    QString sandboxDataDir;     ///< empty: a fresh temporary directory each run
    QString tenant;             ///< empty: "organizations"
    QString clientId;           ///< empty: from settings
};

/// Parses arguments, installs translations, starts the sandbox when asked, shows the main
/// window and runs the event loop. Returns the exit code.
int runApplication(QApplication &app);

} // namespace CreditDesk
