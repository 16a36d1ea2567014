#pragma once

#include <QString>

namespace CreditDesk::AppRegistration {

/// The public client CreditDesk signs in as when nothing else is configured: the well-known
/// Microsoft Azure CLI client, which every tenant already trusts for device-code and loopback
/// sign-in to Azure Resource Manager. Reading credits works with it; Graph user search and
/// creation need the organization's own registration (README: "Registering CreditDesk").
inline constexpr char DefaultClientId[] = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";
/// Work and school accounts of any tenant; partner admins are never personal accounts.
inline constexpr char DefaultTenant[] = "organizations";

/// The client id to use: the explicit override, else CREDITDESK_CLIENT_ID, else the
/// "auth/clientId" setting, else DefaultClientId.
QString clientId(const QString &override = {});
/// The tenant to sign in to: the explicit override, else the "auth/tenant" setting, else DefaultTenant.
QString tenant(const QString &override = {});

} // namespace CreditDesk::AppRegistration
