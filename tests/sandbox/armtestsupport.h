#pragma once

// Shared by the ARM sandbox tests: the fixed world they run against and small JSON checks.

#include "pagingtestsupport.h"
#include "server/sandboxoptions.h"

#include <cmath>
#include <QDateTime>
#include <QRegularExpression>

namespace SandboxTest {

using namespace Qt::StringLiterals;
using CreditDesk::Sandbox::SandboxOptions;

inline const QString ArmScope = u"https://management.azure.com/user_impersonation openid offline_access"_s;
inline const QDate Today(2026, 6, 15);
inline const QString Billing = u"?api-version=2024-04-01"_s;
inline const QString Consumption = u"?api-version=2024-08-01"_s;
inline const QString Benefits = u"?api-version=2026-06-01"_s;

inline SandboxOptions worldOptions(quint64 seed = 1)
{
    SandboxOptions options;
    options.autoApprove = true;
    options.seed = seed;
    options.today = Today;
    options.scale.pageSize = 7; // small pages: every list of the default world pages
    return options;
}

inline qint64 minor(const QJsonValue &amount, int decimals)
{
    return qRound64(amount.toObject().value(u"value"_s).toDouble() * std::pow(10.0, decimals));
}

inline QDate dateOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC().date();
}

inline bool isIsoUtc(const QJsonValue &value)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"_s);
    return value.isString() && shape.match(value.toString()).hasMatch();
}

inline bool isAmount(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return o.value(u"currency"_s).isString() && o.value(u"value"_s).isDouble();
}

/// Replaces the server's base URL so bodies of two servers can be compared.
inline QByteArray portless(QByteArray body, const QUrl &base)
{
    return body.replace(base.toString().toUtf8(), "BASE");
}

} // namespace SandboxTest
