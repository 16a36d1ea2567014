#pragma once

#include "domain/creditevent.h"
#include "domain/lot.h"

#include <QString>

namespace CreditDesk::Forecast {

/// Where a balance is drawn from: one MCA billing profile or MPA customer, in one currency.
/// Lots of one profile in two currencies are two scopes: amounts are never added across
/// currencies.
struct Scope
{
    QString billingAccountId;
    QString billingProfileId; ///< empty for a customer scope
    QString customerId;       ///< empty for a billing-profile scope
    QString currency;         ///< normalised ISO code

    /// A stable text key, e.g. "acct/profile:P1:USD"; also the identity used by reminders.
    QString key() const;
    /// The profile or customer id (whichever the scope has).
    QString ownerId() const { return billingProfileId.isEmpty() ? customerId : billingProfileId; }

    friend bool operator==(const Scope &, const Scope &) = default;
};

Scope scopeOfLot(const Lot &lot);

/// The last path segment of an ARM id ("/a/b/billingProfiles/P1" → "P1"), or the text itself.
QString lastSegment(const QString &id);

/// The UTC calendar date of a timestamp; invalid stays invalid.
QDate utcDate(const QDateTime &dateTime);

} // namespace CreditDesk::Forecast
