#pragma once

#include "azure/jsonpull.h"
#include "azure/jsonreaders.h"
#include "domain/creditevent.h"
#include "domain/lot.h"

/// Lots and events read straight from the response text with PullReader: these are the lists
/// that reach 10,000 and 100,000 rows. Same leniency as the tree readers in armparsers.cpp:
/// unknown fields and wrongly typed values are skipped, amounts without a currency take the
/// row's creditCurrency (billingCurrency for the *InBillingCurrency ones), numbers may be sent
/// as strings. Amounts are parsed exactly from the literal the service wrote.
namespace CreditDesk::StreamRows {

/// Reads one element of `value` (whatever its type; it is consumed either way). False when the
/// row is unusable (not an object, no id and no name, no properties object) or on a syntax
/// error, which the reader then reports.
bool readLot(Json::PullReader &reader, Json::StringPool &pool, Lot *lot);
bool readEvent(Json::PullReader &reader, Json::StringPool &pool, CreditEvent *event);

} // namespace CreditDesk::StreamRows
