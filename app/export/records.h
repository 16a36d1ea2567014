#pragma once

#include "domain/creditevent.h"
#include "domain/creditsummary.h"
#include "domain/lot.h"
#include "export/recordset.h"

namespace CreditDesk::Records {

/// Field names are a documented, stable contract (README: "JSON and CSV fields"). Amounts are
/// exact decimals from minor units; dates are ISO 8601 UTC ("2026-11-22T00:00:00Z") or null.
RecordSet lots(const QList<Lot> &lots);
RecordSet events(const QList<CreditEvent> &events);

struct ScopedSummary
{
    QString billingAccountId;
    QString billingProfileId;
    QString billingProfileName;
    std::optional<CreditSummary> summary; ///< nullopt: the service had no credit data (204)
};
RecordSet balances(const QList<ScopedSummary> &summaries);

QString isoUtc(const QDateTime &dateTime);

} // namespace CreditDesk::Records
