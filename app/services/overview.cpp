#include "services/overview.h"

#include <QCoreApplication>
#include <QLocale>
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

namespace {
/// Adds \a amount to \a total; false (total unchanged) when it does not fit or the
/// currencies differ, which the caller reports instead of showing a wrong sum.
bool addTo(Money &total, const Money &amount)
{
    const std::optional<Money> sum = total.checkedAdd(amount);
    if (sum)
        total = *sum;
    return sum.has_value();
}
} // namespace

QList<CurrencyCards> currencyCards(const Forecast::ForecastReport &report)
{
    QMap<QString, CurrencyCards> cards; // ordered by currency code
    for (const Forecast::ScopeForecast &scope : report.scopes) {
        const QString &currency = scope.scope.currency;
        CurrencyCards &card = cards[currency];
        if (card.currency.isEmpty()) {
            card.currency = currency;
            card.remaining = card.predictedUnused = card.alreadyLost = Money::zero(currency);
            card.expiring.fill(Money::zero(currency));
        }
        ++card.scopes;
        bool fits = !scope.overflowed;
        fits &= addTo(card.remaining, scope.balanceNow);
        fits &= addTo(card.predictedUnused, scope.predictedUnusedWithinHorizon);
        fits &= addTo(card.alreadyLost, scope.expiredWithBalance);
        // The lots in the projection are the ones not expired yet, with today's balance.
        for (const Forecast::LotForecast &lot : scope.projection.lots) {
            if (!lot.expiryDate.isValid() || !lot.balanceNow.isPositive())
                continue;
            for (std::size_t window = 0; window < std::size(CardWindowDays); ++window) {
                if (lot.expiryDate <= report.today.addDays(CardWindowDays[window]))
                    fits &= addTo(card.expiring[window], lot.balanceNow);
            }
        }
        card.reliable &= fits;
    }
    return cards.values();
}

QString scopeDisplayName(const Forecast::Scope &scope, const QHash<QString, QString> &scopeNames)
{
    const QString owner = scope.ownerId();
    if (owner.isEmpty()) {
        return QCoreApplication::translate("CreditDesk::Overview", "Billing account %1")
            .arg(Forecast::lastSegment(scope.billingAccountId));
    }
    return scopeNames.value(owner, owner);
}

QList<RiskRow> riskRows(const Forecast::ForecastReport &report, const QHash<QString, QString> &scopeNames,
                        const QLocale &locale)
{
    QList<RiskRow> rows;
    rows.reserve(report.scopes.size());
    for (const Forecast::ScopeForecast &scope : report.scopes) {
        RiskRow row;
        row.scopeKey = scope.scope.key();
        row.scopeName = scopeDisplayName(scope.scope, scopeNames);
        row.currency = scope.scope.currency;
        row.level = scope.risk.level;
        row.situation = scope.risk.situation;
        row.expiringWithinHorizon = scope.expiringWithinHorizon;
        row.predictedUnused = scope.predictedUnusedWithinHorizon;
        row.alreadyLost = scope.expiredWithBalance;
        row.nextExpiryAmount = Money::zero(row.currency);
        for (const Forecast::LotForecast &lot : scope.projection.lots) {
            if (!lot.expiryDate.isValid() || !lot.balanceNow.isPositive())
                continue;
            if (!row.nextExpiry.isValid() || lot.expiryDate < row.nextExpiry) {
                row.nextExpiry = lot.expiryDate;
                row.nextExpiryAmount = lot.balanceNow;
            } else if (lot.expiryDate == row.nextExpiry && !addTo(row.nextExpiryAmount, lot.balanceNow)) {
                row.nextExpiryAmount = Money(); // too large to add up: shown as unknown
            }
        }
        row.advice = Forecast::adviceText(scope.risk.situation);
        row.detail = Forecast::adviceDetail(scope.risk, locale);
        row.summary = Forecast::riskSummarySentence(scope, locale);
        rows.append(row);
    }
    return rows;
}

} // namespace CreditDesk
