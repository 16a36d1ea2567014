#pragma once

#include <QStringList>

namespace CreditDesk::Cli {

/// Exit codes are part of the CLI's contract (README): 0 ok, 1 usage, 2 failure.
enum ExitCode : int { ExitOk = 0, ExitUsage = 1, ExitFailure = 2 };

/// Parses the command line and runs the chosen command; returns the process exit code.
int run(const QStringList &arguments);

} // namespace CreditDesk::Cli
