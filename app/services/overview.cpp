#include "services/overview.h"

#include <QMap>

#include <algorithm>

namespace CreditDesk {

namespace {
constexpr int NextExpiriesShown = 5;
constexpr int SoonDays = 30;

bool hasBalance(const Lot &lot)
{
    return lot.closedBalance && lot.closedBalance->isPositive();
}
} // namespace

Overview computeOverview(const QList<Lot> &lots, const QDate &todayUtc)
{
    Overview overview;
    overview.lotCount = int(lots.size());
    QMap<QString, Overview::CurrencyTotals> totals;
    QList<const Lot *> upcoming;
    for (const Lot &lot : lots) {
        const QString currency = lot.currency();
        if (currency.isEmpty())
            continue;
        Overview::CurrencyTotals &entry = totals[currency];
        entry.currency = currency;
        const QDate expires = lot.expirationDate.isValid() ? lot.expirationDate.toUTC().date() : QDate();
        const bool expired = lot.status == LotStatus::Expired || (expires.isValid() && expires < todayUtc);
        if (lot.status == LotStatus::Active)
            ++entry.activeLots;
        if (!hasBalance(lot))
            continue;
        if (expired) {
            entry.expiredWithBalance += *lot.closedBalance;
            continue;
        }
        if (lot.status == LotStatus::Canceled || lot.status == LotStatus::Complete)
            continue;
        entry.remaining += *lot.closedBalance;
        if (expires.isValid() && expires <= todayUtc.addDays(SoonDays))
            entry.expiringIn30Days += *lot.closedBalance;
        if (expires.isValid())
            upcoming.append(&lot);
    }
    overview.byCurrency = totals.values();
    std::sort(upcoming.begin(), upcoming.end(),
              [](const Lot *a, const Lot *b) { return a->expirationDate < b->expirationDate; });
    for (qsizetype i = 0; i < upcoming.size() && i < NextExpiriesShown; ++i)
        overview.nextExpiries.append(*upcoming.at(i));
    return overview;
}

} // namespace CreditDesk
