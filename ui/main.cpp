// creditdesk: the desktop application. Everything but start-up lives in creditdesk_ui and
// creditdesk_core.
#include "startup.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CreditDesk"));
    QApplication::setOrganizationName(QStringLiteral("CreditDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CREDITDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.creditdesk.CreditDesk"));
    return CreditDesk::runApplication(app);
}
