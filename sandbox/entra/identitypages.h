#pragma once

#include "server/sandboxhttp.h"

#include <QString>

namespace CreditDesk::Sandbox::IdentityPages {

/// The sign-in pages a person sees in the browser. Plain HTML, no scripts, no external assets.

/// The /devicelogin form: enter a code, then Continue (approve) or Decline.
Response deviceLoginForm(const QString &userPrincipalName);
Response deviceLoginSignedIn(const QString &userPrincipalName);
Response deviceLoginDeclined();
/// status 400; message is plain text (escaped here).
Response deviceLoginError(const QString &message);
/// An authorize request that cannot redirect (bad client or redirect URI) shows an error page.
Response authorizeError(const QString &code, const QString &message);

} // namespace CreditDesk::Sandbox::IdentityPages
