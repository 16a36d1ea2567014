#pragma once

// Internal: the ARM operation handlers ArmApi routes to. Path parameters arrive in the order
// they appear in the URL template.

#include "arm/armcommon.h"

namespace CreditDesk::Sandbox::Arm {

// Microsoft.Billing (armbilling.cpp)
Response listBillingAccounts(const Context &, const Params &);
Response getBillingAccount(const Context &, const Params &); // {account}
Response listBillingProfiles(const Context &, const Params &); // {account}
Response getBillingProfile(const Context &, const Params &); // {account, profile}
Response listCustomers(const Context &, const Params &); // {account}
Response getCustomer(const Context &, const Params &); // {account, customer}

// Microsoft.Consumption lots (armlots.cpp)
Response listLotsByBillingProfile(const Context &, const Params &); // {account, profile}
Response listLotsByBillingAccount(const Context &, const Params &); // {account}
Response listLotsByCustomer(const Context &, const Params &); // {account, customer}

// Microsoft.Consumption events (armevents.cpp)
Response listEventsByBillingProfile(const Context &, const Params &); // {account, profile}
Response listEventsByBillingAccount(const Context &, const Params &); // {account}

// Microsoft.Consumption balances (armbalances.cpp)
Response getBalanceSummary(const Context &, const Params &); // {account, profile}
Response getEaBalance(const Context &, const Params &); // {account}
Response getEaBalanceForPeriod(const Context &, const Params &); // {account, period}

// Tenants, subscriptions and Microsoft.BillingBenefits (armbillingbenefits.cpp)
Response listTenants(const Context &, const Params &);
Response listSubscriptions(const Context &, const Params &);
Response getSubscription(const Context &, const Params &); // {subscription}
Response listCreditsBySubscription(const Context &, const Params &); // {subscription}
Response listCreditsByResourceGroup(const Context &, const Params &); // {subscription, group}
Response getCredit(const Context &, const Params &); // {subscription, group, credit}
Response listCreditTransactions(const Context &, const Params &); // {subscription, group, credit}
Response getCreditTransaction(const Context &, const Params &); // {subscription, group, credit, transaction}

} // namespace CreditDesk::Sandbox::Arm
