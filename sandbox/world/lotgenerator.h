#pragma once

#include "world/billingworld.h"

namespace CreditDesk::Sandbox {

/// Which sources a set of lots draws from.
enum class SourceMix : quint8 {
    BillingProfile, ///< promotional, purchased, commitment and the odd free-text source
    Customer, ///< MPA customers: mostly promotional credits
    Commitment, ///< EA: consumption commitments (MACC) only
};

/// Generates the lots of one owner (billing profile, customer or EA account) with their event
/// chains. The mix of lifecycles is what the risk rules need to see: expired with balance left,
/// expiring within 30/60/90 days, future-dated, fully used, canceled and long-lived lots.
class LotGenerator
{
public:
    LotGenerator(quint64 seed, QDate today, QDate cutoff);

    struct Owner
    {
        LotOwner kind = LotOwner::BillingProfile;
        int index = 0; ///< index of the owner in its list
        int decimals = 2;
        SourceMix mix = SourceMix::BillingProfile;
    };

    /// Appends `count` lots to `lots`. When `events` is given, appends exactly `eventBudget`
    /// events (fewer only if no lot has started), sorted by transaction date. Returns the
    /// balanceSummary figures of the appended lots.
    BalanceTotals generate(const Owner &owner, int count, qint64 eventBudget, QList<LotRecord> &lots,
                           QList<EventRecord> *events) const;

private:
    quint64 m_seed;
    qint32 m_today;
    qint32 m_cutoff;
};

} // namespace CreditDesk::Sandbox
