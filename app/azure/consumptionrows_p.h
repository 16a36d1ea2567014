#pragma once

// Private to the ARM parsers: rows of Microsoft.Consumption (lots and events, the lists that reach
// 10,000 and 100,000 rows; the balance summary; EA balances), read with Json::Reader.

#include "azure/jsonreader_p.h"
#include "domain/creditevent.h"
#include "domain/creditsummary.h"
#include "domain/eabalance.h"
#include "domain/lot.h"

namespace CreditDesk::ConsumptionRows {

/// One element of `value`, whatever its type (it is consumed either way). False when the row is
/// unusable (not an object, no id and no name, no properties object) or on a syntax error.
/// Amounts without a currency take the row's creditCurrency (billingCurrency for the
/// *InBillingCurrency ones), whichever order the fields come in.
bool readLot(Json::Reader &r, Json::Value row, Lot *lot);
bool readEvent(Json::Reader &r, Json::Value row, CreditEvent *event);
bool readCreditSummary(Json::Reader &r, Json::Value root, CreditSummary *summary);
/// EA balances are bare decimals next to one `currency`, not `{currency, value}` objects.
bool readEaBalance(Json::Reader &r, Json::Value root, EaBalance *balance);

} // namespace CreditDesk::ConsumptionRows
