#pragma once

// The official example responses (AutoRest format) copied from Azure/azure-rest-api-specs.

#include "domain/money.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Fixtures {

using namespace Qt::StringLiterals;

inline const QString kSpecs = QStringLiteral(CREDITDESK_TEST_DATA_DIR "/azure-rest-api-specs/");
inline const QString kConsumption
    = kSpecs + u"specification/consumption/resource-manager/Microsoft.Consumption/stable/2024-08-01/examples/"_s;
inline const QString kBilling
    = kSpecs + u"specification/billing/resource-manager/Microsoft.Billing/stable/2024-04-01/examples/"_s;
inline const QString kBenefits
    = kSpecs + u"specification/billingbenefits/resource-manager/Microsoft.BillingBenefits/BillingBenefits/"_s;
inline const QString kBenefitsStable = kBenefits + u"stable/2026-06-01/examples/"_s;

// The example's `responses.<status>.body`, re-serialised as the service would send it; an
// empty QByteArray when that response has no body (the 204).
inline QByteArray exampleBody(const QString &path, const char *status = "200")
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(path));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject response = root.value("responses"_L1).toObject().value(QLatin1StringView(status)).toObject();
    if (!response.contains("body"_L1))
        return QByteArray();
    const QJsonValue body = response.value("body"_L1);
    return body.isArray() ? QJsonDocument(body.toArray()).toJson() : QJsonDocument(body.toObject()).toJson();
}

inline QDateTime utc(int y, int m, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, mi, s, ms), Qt::UTC);
}

inline std::optional<CreditDesk::Money> usd(qint64 cents)
{
    return CreditDesk::Money(cents, u"USD"_s);
}

} // namespace Fixtures
