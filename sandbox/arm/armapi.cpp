#include "arm/armapi.h"

#include "arm/armhandlers.h"

#include <array>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

Q_LOGGING_CATEGORY(lcSandboxArm, "creditdesk.sandbox.arm")

namespace {

enum class Family : quint8 { Billing, Consumption, Subscriptions, BillingBenefits };

struct Route
{
    QLatin1StringView pattern; ///< segments; {name} captures one segment
    Family family;
    Arm::Handler handler;
};

constexpr auto kAccount = "providers/Microsoft.Billing/billingAccounts/{account}"_L1;

// Order matters only where patterns could overlap; they do not (literal segments differ).
const std::array kRoutes = {
    Route { "providers/Microsoft.Billing/billingAccounts"_L1, Family::Billing, Arm::listBillingAccounts },
    Route { kAccount, Family::Billing, Arm::getBillingAccount },
    Route { "providers/Microsoft.Billing/billingAccounts/{account}/billingProfiles"_L1, Family::Billing,
            Arm::listBillingProfiles },
    Route { "providers/Microsoft.Billing/billingAccounts/{account}/billingProfiles/{profile}"_L1, Family::Billing,
            Arm::getBillingProfile },
    Route { "providers/Microsoft.Billing/billingAccounts/{account}/customers"_L1, Family::Billing, Arm::listCustomers },
    Route { "providers/Microsoft.Billing/billingAccounts/{account}/customers/{customer}"_L1, Family::Billing,
            Arm::getCustomer },
    Route {
        "providers/Microsoft.Billing/billingAccounts/{account}/billingProfiles/{profile}/providers/Microsoft.Consumption/lots"_L1,
        Family::Consumption, Arm::listLotsByBillingProfile },
    Route { "providers/Microsoft.Billing/billingAccounts/{account}/providers/Microsoft.Consumption/lots"_L1,
            Family::Consumption, Arm::listLotsByBillingAccount },
    Route {
        "providers/Microsoft.Billing/billingAccounts/{account}/customers/{customer}/providers/Microsoft.Consumption/lots"_L1,
        Family::Consumption, Arm::listLotsByCustomer },
    Route {
        "providers/Microsoft.Billing/billingAccounts/{account}/billingProfiles/{profile}/providers/Microsoft.Consumption/events"_L1,
        Family::Consumption, Arm::listEventsByBillingProfile },
    Route { "providers/Microsoft.Billing/billingAccounts/{account}/providers/Microsoft.Consumption/events"_L1,
            Family::Consumption, Arm::listEventsByBillingAccount },
    Route {
        "providers/Microsoft.Billing/billingAccounts/{account}/billingProfiles/{profile}/providers/Microsoft.Consumption/credits/balanceSummary"_L1,
        Family::Consumption, Arm::getBalanceSummary },
    Route { "providers/Microsoft.Billing/billingAccounts/{account}/providers/Microsoft.Consumption/balances"_L1,
            Family::Consumption, Arm::getEaBalance },
    Route {
        "providers/Microsoft.Billing/billingAccounts/{account}/billingPeriods/{period}/providers/Microsoft.Consumption/balances"_L1,
        Family::Consumption, Arm::getEaBalanceForPeriod },
    Route { "tenants"_L1, Family::Subscriptions, Arm::listTenants },
    Route { "subscriptions"_L1, Family::Subscriptions, Arm::listSubscriptions },
    Route { "subscriptions/{subscription}"_L1, Family::Subscriptions, Arm::getSubscription },
    Route { "subscriptions/{subscription}/providers/Microsoft.BillingBenefits/credits"_L1, Family::BillingBenefits,
            Arm::listCreditsBySubscription },
    Route { "subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.BillingBenefits/credits"_L1,
            Family::BillingBenefits, Arm::listCreditsByResourceGroup },
    Route {
        "subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.BillingBenefits/credits/{credit}"_L1,
        Family::BillingBenefits, Arm::getCredit },
    Route {
        "subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.BillingBenefits/credits/{credit}/transactions"_L1,
        Family::BillingBenefits, Arm::listCreditTransactions },
    Route {
        "subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.BillingBenefits/credits/{credit}/transactions/{transaction}"_L1,
        Family::BillingBenefits, Arm::getCreditTransaction },
};

/// Captured parameters if `segments` matches `pattern` (literals compare case-insensitively,
/// as ARM does), else nullopt.
std::optional<QStringList> match(QLatin1StringView pattern, const QStringList &segments)
{
    const QStringList parts = QString(pattern).split(u'/');
    if (parts.size() != segments.size())
        return std::nullopt;
    QStringList params;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts[i].startsWith(u'{')) {
            params.append(segments[i]);
        } else if (parts[i].compare(segments[i], Qt::CaseInsensitive) != 0) {
            return std::nullopt;
        }
    }
    return params;
}

QStringList versionsOf(Family family)
{
    switch (family) {
    case Family::Billing:
        return ArmApi::billingApiVersions();
    case Family::Consumption:
        return ArmApi::consumptionApiVersions();
    case Family::Subscriptions:
        return ArmApi::subscriptionApiVersions();
    case Family::BillingBenefits:
        return ArmApi::billingBenefitsApiVersions();
    }
    return {};
}

/// nullopt if the request's api-version fits the family, else the 400 to answer.
std::optional<Response> checkApiVersion(const Request &request, Family family)
{
    const QString version = request.query.queryItemValue(u"api-version"_s, QUrl::FullyDecoded);
    if (version.isEmpty()) {
        return Arm::error(400, u"MissingApiVersionParameter"_s,
                          u"The api-version query parameter (?api-version=) is required for all requests."_s);
    }
    const QStringList supported = versionsOf(family);
    if (supported.contains(version))
        return std::nullopt;
    return Arm::error(400, u"InvalidApiVersionParameter"_s,
                      u"The api-version '"_s + version + u"' is invalid. The supported versions are '"_s
                          + supported.join(u',') + u"'."_s);
}

} // namespace

ArmApi::ArmApi(const Dataset &dataset, const SandboxOptions &options)
    : m_dataset(dataset)
    , m_cache(std::make_unique<Arm::Cache>(dataset.billing()))
    , m_pageSize(qBound(1, options.scale.pageSize, 5000))
    , m_lotsNotFound(options.faults.lotsNotFoundAccounts)
    , m_lotsNotOffered(options.faults.lotsNotOfferedAccounts)
{ }

ArmApi::~ArmApi() = default;

QStringList ArmApi::billingApiVersions()
{
    return { u"2024-04-01"_s };
}
QStringList ArmApi::consumptionApiVersions()
{
    return { u"2024-08-01"_s, u"2026-06-01"_s };
}
QStringList ArmApi::subscriptionApiVersions()
{
    return { u"2022-12-01"_s, u"2021-01-01"_s, u"2020-01-01"_s };
}
QStringList ArmApi::billingBenefitsApiVersions()
{
    return { u"2026-06-01"_s };
}

std::optional<Response> ArmApi::handle(const Request &request) const
{
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    for (const Route &route : kRoutes) {
        const std::optional<QStringList> params = match(route.pattern, segments);
        if (!params)
            continue;
        if (request.method != "GET") {
            return Arm::error(405, u"MethodNotAllowed"_s,
                              u"The requested resource does not support http method '"_s
                                  + QString::fromLatin1(request.method) + u"'."_s);
        }
        if (std::optional<Response> versionError = checkApiVersion(request, route.family))
            return versionError;
        const Arm::Context context { m_dataset, *m_cache, request, m_pageSize };
        const bool lots = route.handler == Arm::listLotsByBillingProfile || route.handler == Arm::listLotsByBillingAccount
            || route.handler == Arm::listLotsByCustomer;
        if (lots && m_lotsNotFound.contains(params->value(0))) {
            return Arm::error(404, u"NotFound"_s,
                              u"The lots of billing account '"_s + params->value(0) + u"' were not found."_s);
        }
        if (lots && m_lotsNotOffered.contains(params->value(0))) {
            return Arm::consumptionError(context, 400,
                                         u"Lots are not supported for billing account '"_s + params->value(0)
                                             + u"': its agreement type has no Azure consumption commitment."_s);
        }
        Response response = route.handler(context, *params);
        qCDebug(lcSandboxArm) << request.method << request.path << response.status << response.body.size() << "bytes";
        return response;
    }
    return std::nullopt;
}

} // namespace CreditDesk::Sandbox
