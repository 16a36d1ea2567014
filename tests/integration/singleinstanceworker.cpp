// A process that claims a CreditDesk profile the way the app does and reports what happened on
// stdout: "primary", "secondary" or "unknown"; a primary then prints "activated" each time a
// later start asks it to come forward, and runs until killed.
#include "services/singleinstance.h"

#include <QCoreApplication>
#include <cstdio>

using namespace CreditDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CreditDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_singleinstance"));
    const QString profile = app.arguments().value(1, QStringLiteral("profile"));
    SingleInstance instance(profile);
    const auto say = [](const char *line) {
        std::printf("%s\n", line);
        std::fflush(stdout);
    };
    switch (instance.claim()) {
    case SingleInstance::Role::Secondary:
        say("secondary");
        return 0;
    case SingleInstance::Role::Unknown:
        say("unknown");
        return 3;
    case SingleInstance::Role::Primary:
        break;
    }
    QObject::connect(&instance, &SingleInstance::activationRequested, &app, [&say] { say("activated"); });
    say("primary");
    return QCoreApplication::exec();
}
