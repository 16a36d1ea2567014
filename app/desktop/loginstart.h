#pragma once

#include "core/result.h"

#include <QString>

namespace CreditDesk::LoginStart {

/// Starting CreditDesk when the user logs in, the way each desktop expects it: on Linux an XDG
/// autostart entry ($XDG_CONFIG_HOME/autostart/io.github.creditdesk.CreditDesk.desktop), on
/// Windows a value under HKCU\...\Run, on macOS a LaunchAgent in ~/Library/LaunchAgents.
/// Only the Linux entry is tested; the other two are compiled on their platform only.

/// Writes the entry starting \a program (an absolute path: the running binary's), or removes
/// it. Writing it again replaces it; removing what is not there succeeds.
Status setEnabled(bool enabled, const QString &program);

/// True when the entry exists.
bool isEnabled();

/// Where the entry is (a file, or the registry key and value name on Windows).
QString location();

} // namespace CreditDesk::LoginStart
