#pragma once

#include "domain/money.h"

#include <QDate>
#include <QString>

class QLocale;

namespace CreditDesk::Forecast {

/// SPEC §3. Ordered: a higher value is a worse risk (the CLI's exit code follows it).
enum class RiskLevel { Low = 0, High = 1, Loss = 2 };

/// Which row of the SPEC §3 table applies; each has its own advice.
enum class RiskSituation {
    NothingExpiringSoon,     ///< Low: no credit expiring within the horizon
    ConsumedNaturally,       ///< Low: expiring balance at most one month's consumption
    AccelerateConsumption,   ///< High: expiring balance above one month's consumption
    ExpiredWithBalance,      ///< Loss: credit already expired with balance left
};

/// What the assessment looks at, for one scope (one currency).
struct RiskInputs
{
    Money expiringWithinHorizon; ///< today's balance of credit expiring within the horizon
    Money monthlyConsumption;
    Money expiredWithBalance;    ///< balance left on credit that has already expired
    Money predictedUnused;       ///< of the expiring credit, what the projection says is lost
    QDate predictedLossBy;       ///< the last expiry within the horizon that loses credit
};

struct RiskAssessment
{
    RiskLevel level = RiskLevel::Low;
    RiskSituation situation = RiskSituation::NothingExpiringSoon;
    RiskInputs inputs;
};

/// The SPEC §3 table, top to bottom, with "already expired" checked first because it is the
/// worst. Balances are compared within one currency.
RiskAssessment assessRisk(const RiskInputs &inputs);

/// "Low", "High", "Loss" (translated).
QString riskName(RiskLevel level);
/// The advice column of SPEC §3 (translated).
QString adviceText(RiskSituation situation);
/// The advice plus, for High and Loss, the amounts: "Accelerate consumption or lose credits:
/// 3,900.00 USD predicted to expire unused by 2026-12-31."
QString adviceDetail(const RiskAssessment &assessment, const QLocale &locale);
/// Machine name for JSON/CSV: "low", "high", "loss".
QString riskKey(RiskLevel level);

} // namespace CreditDesk::Forecast
