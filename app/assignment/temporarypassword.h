#pragma once

#include <QString>

namespace CreditDesk {

/// A temporary password for a new directory user, shown once and changed at first sign-in.
/// Meets Entra ID's complexity rule (upper and lower case, digits and symbols) with at least
/// one of each, drawn from the system's secure random source; characters that read alike
/// (0/O, 1/l/I) are left out because a person types it from the screen.
QString generateTemporaryPassword(int length = 16);

} // namespace CreditDesk
