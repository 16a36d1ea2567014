// creditdesk-cli: the command-line companion. It shares creditdesk_core with the GUI.
#include "cli/clioptions.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("creditdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("CreditDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREDITDESK_VERSION));
    return CreditDesk::Cli::run(app.arguments());
}
