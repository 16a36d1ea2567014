#include "forecast/forecastscope.h"

using namespace Qt::StringLiterals;

namespace CreditDesk::Forecast {

QString Scope::key() const
{
    const QString owner = billingProfileId.isEmpty() ? u"customer:"_s + customerId : u"profile:"_s + billingProfileId;
    return billingAccountId + u'/' + owner + u':' + currency;
}

Scope scopeOfLot(const Lot &lot)
{
    Scope scope;
    scope.billingAccountId = lot.billingAccountId;
    scope.billingProfileId = lot.billingProfileId;
    scope.customerId = lot.billingProfileId.isEmpty() ? lot.customerId : QString();
    scope.currency = Money::normalizedCurrency(lot.currency());
    return scope;
}

QString lastSegment(const QString &id)
{
    QStringView view(id);
    while (view.endsWith(u'/'))
        view.chop(1);
    const qsizetype slash = view.lastIndexOf(u'/');
    return (slash < 0 ? view : view.mid(slash + 1)).toString();
}

QDate utcDate(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().date() : QDate();
}

} // namespace CreditDesk::Forecast
