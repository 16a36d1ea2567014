// creditdesk-cli: the command-line companion. It shares creditdesk_core with the GUI.
#include "cliapp.h"
#include "clioptions.h"
#include "core/privatefiles.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("creditdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("CreditDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREDITDESK_VERSION));

    using namespace CreditDesk::Cli;
    const ParseOutcome parsed = parseCommandLine(QCoreApplication::arguments(), qEnvironmentVariable("CREDITDESK_ACCESS_TOKEN"));
    if (!parsed.options) {
        if (!parsed.output.isEmpty())
            QTextStream(stdout) << parsed.output;
        if (!parsed.error.isEmpty())
            QTextStream(stderr) << parsed.error << '\n';
        return parsed.exitCode;
    }
    // Modules log their progress at info level; a command line tool shows it only when asked.
    if (!parsed.options->verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("creditdesk.*.info=false\ncreditdesk.*.debug=false"));
    CliApp cli(*parsed.options);
    QObject::connect(&cli, &CliApp::finished, &app, [](int code) { QCoreApplication::exit(code); });
    // Started from the event loop, so that an immediate failure's exit() is not lost.
    QMetaObject::invokeMethod(&cli, &CliApp::start, Qt::QueuedConnection);
    CreditDesk::PrivateFiles::tightenSettings(QSettings().fileName());
    const int exitCode = QCoreApplication::exec();
    QSettings().sync();
    CreditDesk::PrivateFiles::tightenSettings(QSettings().fileName());
    return exitCode;
}
