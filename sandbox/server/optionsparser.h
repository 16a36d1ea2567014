#pragma once

#include "server/sandboxoptions.h"

#include <QString>
#include <QStringList>

namespace CreditDesk::Sandbox {

/// Result of reading creditdesk-sandbox's command line. Parsing never exits the process, so
/// main() decides what to print and tests can check every branch.
struct ParsedCommandLine
{
    enum class Action { Run, ShowHelp, ShowVersion, Error };
    Action action = Action::Run;
    SandboxOptions options;
    QString text; ///< help text, version text or the error message
};

/// arguments includes the program name first, as QCoreApplication::arguments() does.
ParsedCommandLine parseSandboxCommandLine(const QStringList &arguments);

} // namespace CreditDesk::Sandbox
