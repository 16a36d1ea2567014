#include "cli/clioptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace CreditDesk::Cli {

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "CreditDesk command-line companion: Azure credit lots, balances and partner benefit credits.\n"
               "Exit codes: 0 ok, 1 usage error, 2 failure."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("Cli", "The command to run."));

    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << u'\n'
                            << QCoreApplication::translate("Cli", "Run with --help for usage.") << u'\n';
        return ExitUsage;
    }
    if (parser.isSet(u"version"_s)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << u' '
                            << QCoreApplication::applicationVersion() << u'\n';
        return ExitOk;
    }
    if (parser.isSet(u"help"_s) || parser.positionalArguments().isEmpty()) {
        QTextStream(stdout) << parser.helpText();
        return parser.isSet(u"help"_s) ? ExitOk : ExitUsage;
    }
    QTextStream(stderr) << QCoreApplication::translate("Cli", "Unknown command \"%1\". Run with --help for usage.")
                               .arg(parser.positionalArguments().constFirst())
                        << u'\n';
    return ExitUsage;
}

} // namespace CreditDesk::Cli
