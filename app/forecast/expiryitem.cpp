#include "forecast/expiryitem.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CreditDesk::Forecast {

namespace {
/// A hash keeps ARM ids (long, with slashes) out of the UID while staying stable.
QString stableUid(QStringView kind, const QString &id)
{
    const QByteArray hash = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1).toHex();
    return kind + u'-' + QString::fromLatin1(hash) + u"@creditdesk"_s;
}
} // namespace

QList<ExpiryItem> expiryItemsFromForecast(const ForecastReport &report, const QHash<QString, QString> &scopeNames)
{
    QList<ExpiryItem> items;
    for (const ScopeForecast &scope : report.scopes) {
        const QString owner = scope.scope.ownerId();
        const QString scopeText = scopeNames.value(owner, owner);
        for (const LotForecast &lot : scope.projection.lots) {
            if (!lot.expiryDate.isValid() || !lot.balanceNow.isPositive())
                continue;
            ExpiryItem item;
            item.uid = stableUid(u"lot", lot.lotId);
            item.kind = ExpiryItem::Kind::Lot;
            item.date = lot.expiryDate;
            item.title = QCoreApplication::translate("CreditDesk::Forecast", "Azure credit %1 expires").arg(lot.lotName);
            item.amount = lot.balanceNow;
            item.scope = scopeText;
            item.creditId = lot.lotId;
            items.append(item);
        }
    }
    return items;
}

QDate monthlyCreditLastDay(const PartnerCredit &credit)
{
    if (credit.cutoffDate.isValid())
        return credit.cutoffDate;
    const QDate anchor = credit.activationDate.isValid() ? credit.activationDate : credit.startDate;
    return anchor.isValid() ? anchor.addMonths(MonthlyCreditValidityMonths).addDays(-1) : QDate();
}

QList<ExpiryItem> expiryItemsFromPartnerCredits(const QList<PartnerCredit> &credits, const QDate &today)
{
    QList<ExpiryItem> items;
    for (const PartnerCredit &credit : credits) {
        ExpiryItem item;
        item.creditId = credit.id;
        item.amount = credit.amount;
        item.scope = credit.assignedUser.userPrincipalName;
        if (credit.type == PartnerCredit::Type::Monthly) {
            if (!monthlyCreditLastDay(credit).isValid())
                continue;
            item.kind = ExpiryItem::Kind::MonthlyCredit;
            item.date = monthlyCreditLastDay(credit);
            if (credit.endDate.isValid())
                item.date = qMin(item.date, credit.endDate);
            item.uid = stableUid(u"monthly", credit.id);
            item.title = QCoreApplication::translate("CreditDesk::Forecast", "Monthly partner credit %1 ends (13-month limit)")
                             .arg(credit.programName);
        } else {
            if (!credit.endDate.isValid())
                continue;
            item.kind = ExpiryItem::Kind::BulkCredit;
            item.date = credit.endDate;
            item.uid = stableUid(u"bulk", credit.id);
            item.title = QCoreApplication::translate("CreditDesk::Forecast", "Partner credit %1 expires").arg(credit.programName);
        }
        if (item.date < today || credit.status == PartnerCredit::Status::Expired)
            continue;
        items.append(item);
    }
    return items;
}

QList<ExpiryItem> expiringWithin(QList<ExpiryItem> items, const QDate &today, int days)
{
    const QDate last = today.addDays(days);
    items.removeIf([&](const ExpiryItem &item) { return item.date < today || item.date > last; });
    std::stable_sort(items.begin(), items.end(), [](const ExpiryItem &a, const ExpiryItem &b) { return a.date < b.date; });
    return items;
}

} // namespace CreditDesk::Forecast
