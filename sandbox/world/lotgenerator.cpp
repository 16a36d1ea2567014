#include "world/lotgenerator.h"

#include "world/prng.h"

#include <algorithm>
#include <array>
#include <utility>

namespace CreditDesk::Sandbox {

namespace {

/// Lifecycle of a lot; decides its dates, its status and the shape of its event chain.
enum class Kind : quint8 {
    Active,
    LongLived,
    Expiring30,
    Expiring60,
    Expiring90,
    ExpiredPending, ///< expired after the last invoice: status Expired, balance still left
    ExpiredLost, ///< expired before the last invoice: a CreditExpired event took the rest
    Future, ///< starts after today: status None/Inactive, no events
    Complete, ///< fully consumed
    Canceled,
};

// The first lots of every owner walk through all lifecycles (rotated per owner), so even the
// default small world shows each case; later lots are drawn with realistic weights.
constexpr std::array kFirstKinds
    = { Kind::LongLived, Kind::Expiring30, Kind::ExpiredPending, Kind::Expiring60, Kind::ExpiredLost,
        Kind::Future,    Kind::Expiring90, Kind::Complete,       Kind::Canceled,   Kind::Active };

Kind randomKind(Prng &rng)
{
    const qint64 r = rng.range(0, 99);
    if (r < 50)
        return Kind::Active;
    if (r < 58)
        return Kind::LongLived;
    if (r < 63)
        return Kind::Expiring30;
    if (r < 68)
        return Kind::Expiring60;
    if (r < 73)
        return Kind::Expiring90;
    if (r < 83)
        return Kind::ExpiredLost;
    if (r < 87)
        return Kind::ExpiredPending;
    if (r < 94)
        return Kind::Complete;
    if (r < 97)
        return Kind::Future;
    return Kind::Canceled;
}

ArmLotSource randomSource(Prng &rng, SourceMix mix)
{
    const qint64 r = rng.range(0, 99);
    switch (mix) {
    case SourceMix::Commitment:
        return ArmLotSource::ConsumptionCommitment;
    case SourceMix::Customer:
        if (r < 80)
            return ArmLotSource::PromotionalCredit;
        if (r < 92)
            return ArmLotSource::PurchasedCredit;
        return ArmLotSource::AzurePromotionalCredit;
    case SourceMix::BillingProfile:
        break;
    }
    if (r < 48)
        return ArmLotSource::PromotionalCredit;
    if (r < 70)
        return ArmLotSource::PurchasedCredit;
    if (r < 92)
        return ArmLotSource::ConsumptionCommitment;
    return ArmLotSource::AzurePromotionalCredit;
}

qint64 powerOfTen(int decimals)
{
    qint64 p = 1;
    for (int i = 0; i < decimals; ++i)
        p *= 10;
    return p;
}

qint64 originalAmount(Prng &rng, ArmLotSource source, int decimals)
{
    static constexpr std::array<qint64, 9> kMajor = { 500, 1000, 2000, 2500, 5000, 10000, 15000, 25000, 50000 };
    qint64 major = rng.pick(kMajor);
    if (source == ArmLotSource::ConsumptionCommitment)
        major *= 20; // commitments are large
    if (decimals == 0)
        major *= 100; // yen-sized amounts
    qint64 minor = major * powerOfTen(decimals);
    if (source == ArmLotSource::PurchasedCredit && decimals > 0)
        minor += rng.range(1, 99); // purchased credit carries cents
    return minor;
}

/// Dates and consumption of one lot before its events are laid out.
struct Plan
{
    Kind kind = Kind::Active;
    LotRecord lot;
    qint32 activityEnd = 0; ///< last day with charges
    qint32 terminalDay = 0; ///< CreditExpired / CanceledCredit day
    int consumedPermille = 0;
    int eventCount = 0;
};

Plan planLot(Prng &rng, Kind kind, qint32 today, qint32 cutoff)
{
    Plan p;
    p.kind = kind;
    const qint32 windowStart = today - 364;
    auto r = [&rng](qint64 lo, qint64 hi) { return static_cast<qint32>(rng.range(lo, hi)); };
    qint32 start = 0;
    qint32 expiry = 0;
    switch (kind) {
    case Kind::LongLived:
        start = today - r(30, 330);
        expiry = today + r(365, 1100);
        p.consumedPermille = r(20, 400);
        break;
    case Kind::Active:
        start = today - r(15, 340);
        expiry = today + r(91, 700);
        p.consumedPermille = r(50, 850);
        break;
    case Kind::Expiring30:
    case Kind::Expiring60:
    case Kind::Expiring90: {
        const int band = kind == Kind::Expiring30 ? 0 : kind == Kind::Expiring60 ? 1 : 2;
        start = today - r(90, 340);
        expiry = today + r(1 + band * 30, 30 + band * 30);
        p.consumedPermille = r(200, 950);
        break;
    }
    case Kind::ExpiredPending:
        expiry = r(cutoff, today - 1);
        start = std::max(windowStart, expiry - r(60, 330));
        p.consumedPermille = r(100, 800);
        break;
    case Kind::ExpiredLost:
        expiry = r(today - 300, cutoff - 1);
        start = std::max(windowStart, expiry - r(30, 330));
        p.consumedPermille = r(200, 900);
        p.terminalDay = expiry;
        break;
    case Kind::Future:
        start = today + r(5, 120);
        expiry = start + r(180, 730);
        break;
    case Kind::Complete:
        start = today - r(120, 350);
        expiry = start + 365;
        p.consumedPermille = 1000;
        break;
    case Kind::Canceled:
        start = today - r(90, 340);
        expiry = start + 365;
        p.consumedPermille = r(0, 500);
        p.terminalDay = r(start + 20, cutoff - 1);
        break;
    }
    p.lot.startDay = start;
    p.lot.expirationDay = expiry;
    p.lot.purchasedDay = kind == Kind::Future ? today - r(1, 45) : start - r(0, 10);
    switch (kind) {
    case Kind::ExpiredPending:
        p.activityEnd = expiry - 1;
        break;
    case Kind::ExpiredLost:
        p.activityEnd = expiry - 1;
        break;
    case Kind::Complete:
        p.activityEnd = r(start + 30, cutoff - 1);
        break;
    case Kind::Canceled:
        p.activityEnd = p.terminalDay - 1;
        break;
    default:
        p.activityEnd = today;
        break;
    }
    return p;
}

ArmLotStatus statusOf(Kind kind, Prng &rng)
{
    switch (kind) {
    case Kind::ExpiredPending:
    case Kind::ExpiredLost:
        return ArmLotStatus::Expired;
    case Kind::Future:
        return rng.chance(0.5) ? ArmLotStatus::None : ArmLotStatus::Inactive;
    case Kind::Complete:
        return ArmLotStatus::Complete;
    case Kind::Canceled:
        return ArmLotStatus::Canceled;
    default:
        return ArmLotStatus::Active;
    }
}

/// Splits `total` into `parts` non-negative pieces with random weights.
QList<qint64> split(Prng &rng, qint64 total, int parts)
{
    QList<qint64> pieces(parts, 0);
    if (parts <= 0)
        return pieces;
    QList<qint64> weights(parts);
    qint64 weightSum = 0;
    for (auto &w : weights) {
        w = rng.range(1, 100);
        weightSum += w;
    }
    qint64 assigned = 0;
    for (int i = 0; i < parts - 1; ++i) {
        pieces[i] = total / weightSum * weights[i] + (total % weightSum) * weights[i] / weightSum;
        assigned += pieces[i];
    }
    pieces[parts - 1] = total - assigned;
    return pieces;
}

/// Lays out the event chain of one lot and sets its closed balance. `events` gets the chain.
void buildEvents(Prng &rng, Plan &plan, qint32 cutoff, qint32 lotIndex, QList<EventRecord> &events)
{
    LotRecord &lot = plan.lot;
    const bool terminal = plan.kind == Kind::ExpiredLost || plan.kind == Kind::Canceled;
    const int k = plan.eventCount;
    const int middle = std::max(0, k - 1 - (terminal ? 1 : 0));
    const qint64 consumption = middle == 0 ? 0 : lot.originalAmount * plan.consumedPermille / 1000;
    const bool adjustment = middle >= 3 && lot.source != ArmLotSource::ConsumptionCommitment && rng.chance(0.25);
    const qint64 adjustmentAmount = adjustment ? std::max<qint64>(1, lot.originalAmount * rng.range(5, 30) / 1000) : 0;
    const QList<qint64> charges = split(rng, consumption + adjustmentAmount, middle - (adjustment ? 1 : 0));

    QList<qint32> days(middle);
    const qint32 lo = std::min(lot.startDay + 1, plan.activityEnd);
    for (auto &d : days)
        d = static_cast<qint32>(rng.range(lo, std::max(lo, plan.activityEnd)));
    std::sort(days.begin(), days.end());

    quint32 seq = 0;
    qint64 running = lot.originalAmount;
    qint64 settled = running;
    auto push = [&](EventType type, qint32 day, qint64 amount) {
        EventRecord e;
        e.type = type;
        e.day = day;
        e.amount = amount;
        e.closedBalance = running;
        e.lot = lotIndex;
        e.sequence = seq++;
        if (!e.isPending())
            settled = running;
        events.append(e);
    };
    push(EventType::NewCredit, lot.startDay, lot.originalAmount);
    int chargeIndex = 0;
    for (int i = 0; i < middle; ++i) {
        const bool pending = days[i] >= cutoff;
        if (adjustment && i == 0) {
            running += adjustmentAmount;
            push(pending ? EventType::PendingAdjustments : EventType::SettledAdjustment, days[i], adjustmentAmount);
        } else {
            const qint64 charge = charges[chargeIndex++];
            running -= charge;
            push(pending ? EventType::PendingCharges : EventType::SettledCharges, days[i], charge);
        }
    }
    if (terminal && k >= 2) {
        const qint64 rest = running;
        running = 0;
        push(plan.kind == Kind::ExpiredLost ? EventType::CreditExpired : EventType::CanceledCredit, plan.terminalDay,
             rest);
    }
    lot.closedBalance = settled;
}

} // namespace

LotGenerator::LotGenerator(quint64 seed, QDate today, QDate cutoff)
    : m_seed(seed)
    , m_today(static_cast<qint32>(today.toJulianDay()))
    , m_cutoff(static_cast<qint32>(cutoff.toJulianDay()))
{ }

BalanceTotals LotGenerator::generate(const Owner &owner, int count, qint64 eventBudget, QList<LotRecord> &lots,
                                     QList<EventRecord> *events) const
{
    BalanceTotals totals;
    totals.hasLots = count > 0;
    QList<Plan> plans;
    plans.reserve(count);
    int started = 0;
    for (int j = 0; j < count; ++j) {
        Prng rng = streamFor(
            m_seed, Domain::Lot,
            { static_cast<quint64>(owner.kind), static_cast<quint64>(owner.index), static_cast<quint64>(j) });
        Kind kind = j < static_cast<int>(kFirstKinds.size())
            ? kFirstKinds[static_cast<size_t>((j + 3 * owner.index) % static_cast<int>(kFirstKinds.size()))]
            : randomKind(rng);
        if (j == 0 && kind == Kind::Future)
            kind = Kind::Active; // every owner has at least one started lot to carry events
        ArmLotSource source = randomSource(rng, owner.mix);
        if (owner.mix == SourceMix::BillingProfile && j == 4 && owner.index % 3 == 1)
            source = ArmLotSource::AzurePromotionalCredit; // the free-text source shows up even in small worlds
        Plan plan = planLot(rng, kind, m_today, m_cutoff);
        plan.lot.source = source;
        plan.lot.originalAmount = originalAmount(rng, source, owner.decimals);
        plan.lot.closedBalance = plan.lot.originalAmount;
        plan.lot.nameBits = rng.next();
        plan.lot.owner = owner.index;
        plan.lot.ownerKind = owner.kind;
        plan.lot.status = statusOf(kind, rng);
        if (kind != Kind::Future)
            ++started;
        plans.append(plan);
    }

    // Spread the event budget over the started lots so totals are exact at every scale.
    const qint64 base = started > 0 ? eventBudget / started : 0;
    qint64 extra = started > 0 ? eventBudget % started : 0;
    for (Plan &plan : plans) {
        if (plan.kind == Kind::Future)
            continue;
        // Customer and EA lots have no stored events; a nominal chain still gives them a balance.
        plan.eventCount = events ? static_cast<int>(base + (extra > 0 ? 1 : 0)) : 4;
        if (extra > 0)
            --extra;
        // A chain of one event can only add the credit; such lots stay unconsumed.
        if (plan.eventCount < 2
            && (plan.kind == Kind::Complete || plan.kind == Kind::ExpiredLost || plan.kind == Kind::Canceled)) {
            plan.kind = plan.lot.expirationDay < m_today ? Kind::ExpiredPending : Kind::Active;
            plan.lot.status = plan.kind == Kind::Active ? ArmLotStatus::Active : ArmLotStatus::Expired;
            if (plan.lot.expirationDay >= m_today)
                plan.activityEnd = m_today;
        }
    }

    const qsizetype firstLot = lots.size();
    QList<EventRecord> ownerEvents;
    ownerEvents.reserve(static_cast<qsizetype>(eventBudget));
    QList<EventRecord> chain;
    for (qsizetype j = 0; j < plans.size(); ++j) {
        Plan &plan = plans[j];
        const auto lotIndex = static_cast<qint32>(firstLot + j);
        chain.clear();
        if (plan.kind != Kind::Future) {
            Prng rng = streamFor(
                m_seed, Domain::LotEvents,
                { static_cast<quint64>(owner.kind), static_cast<quint64>(owner.index), static_cast<quint64>(j) });
            if (plan.eventCount > 0) // with no events at all (eventsPerLot 0) the lot stays untouched
                buildEvents(rng, plan, m_cutoff, lotIndex, chain);
            totals.currentBalance += plan.lot.closedBalance;
            for (const EventRecord &e : std::as_const(chain)) {
                if (e.type == EventType::PendingCharges)
                    totals.pendingCharges += e.amount;
                else if (e.type == EventType::PendingAdjustments)
                    totals.pendingAdjustments += e.amount;
            }
            const qint64 finalBalance = chain.isEmpty() ? plan.lot.closedBalance : chain.constLast().closedBalance;
            if (plan.lot.status == ArmLotStatus::Active)
                totals.estimatedBalance += finalBalance;
            else if (plan.kind == Kind::ExpiredPending)
                totals.expiredCredit += finalBalance;
            if (events)
                ownerEvents.append(chain);
        }
        lots.append(plan.lot);
    }
    if (events) {
        std::sort(ownerEvents.begin(), ownerEvents.end(), [](const EventRecord &a, const EventRecord &b) {
            if (a.day != b.day)
                return a.day < b.day;
            if (a.lot != b.lot)
                return a.lot < b.lot;
            return a.sequence < b.sequence;
        });
        events->append(ownerEvents);
    }
    return totals;
}

} // namespace CreditDesk::Sandbox
