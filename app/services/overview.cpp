#include "services/overview.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

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
    QSet<QString> overflowed;
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
        // currency() is the balance's own currency, so a mismatch here can only be an overflow.
        const auto add = [&](Money &total) {
            if (const std::optional<Money> sum = total.checkedAdd(*lot.closedBalance))
                total = *sum;
            else
                overflowed.insert(currency);
        };
        if (expired) {
            add(entry.expiredWithBalance);
            continue;
        }
        if (lot.status == LotStatus::Canceled || lot.status == LotStatus::Complete)
            continue;
        add(entry.remaining);
        if (expires.isValid() && expires <= todayUtc.addDays(SoonDays))
            add(entry.expiringIn30Days);
        if (expires.isValid())
            upcoming.append(&lot);
    }
    for (const QString &currency : std::as_const(overflowed)) {
        totals.remove(currency);
        overview.problems.append(QCoreApplication::translate("CreditDesk::Overview",
                                                             "The %1 amounts are too large to add up; their totals "
                                                             "are not shown.").arg(currency));
    }
    overview.byCurrency = totals.values();
    std::sort(upcoming.begin(), upcoming.end(),
              [](const Lot *a, const Lot *b) { return a->expirationDate < b->expirationDate; });
    for (qsizetype i = 0; i < upcoming.size() && i < NextExpiriesShown; ++i)
        overview.nextExpiries.append(*upcoming.at(i));
    return overview;
}

} // namespace CreditDesk
