#include "forecast/risk.h"

#include "core/displayformat.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace CreditDesk::Forecast {

RiskAssessment assessRisk(const RiskInputs &inputs)
{
    RiskAssessment result;
    result.inputs = inputs;
    if (inputs.expiredWithBalance.isPositive()) {
        result.level = RiskLevel::Loss;
        result.situation = RiskSituation::ExpiredWithBalance;
    } else if (!inputs.expiringWithinHorizon.isPositive()) {
        result.level = RiskLevel::Low;
        result.situation = RiskSituation::NothingExpiringSoon;
    } else if (inputs.expiringWithinHorizon.minorUnits() > inputs.monthlyConsumption.minorUnits()) {
        result.level = RiskLevel::High;
        result.situation = RiskSituation::AccelerateConsumption;
    } else {
        result.level = RiskLevel::Low;
        result.situation = RiskSituation::ConsumedNaturally;
    }
    return result;
}

QString riskName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low: return QCoreApplication::translate("CreditDesk::Forecast::Risk", "Low");
    case RiskLevel::High: return QCoreApplication::translate("CreditDesk::Forecast::Risk", "High");
    case RiskLevel::Loss: return QCoreApplication::translate("CreditDesk::Forecast::Risk", "Loss");
    }
    return QString();
}

QString riskKey(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low: return u"low"_s;
    case RiskLevel::High: return u"high"_s;
    case RiskLevel::Loss: return u"loss"_s;
    }
    return QString();
}

QString adviceText(RiskSituation situation)
{
    switch (situation) {
    case RiskSituation::NothingExpiringSoon: return QCoreApplication::translate("CreditDesk::Forecast::Risk", "Monitor quarterly");
    case RiskSituation::ConsumedNaturally: return QCoreApplication::translate("CreditDesk::Forecast::Risk", "Will be consumed naturally");
    case RiskSituation::AccelerateConsumption: return QCoreApplication::translate("CreditDesk::Forecast::Risk", "Accelerate consumption or lose credits");
    case RiskSituation::ExpiredWithBalance: return QCoreApplication::translate("CreditDesk::Forecast::Risk", "Review for future prevention");
    }
    return QString();
}

QString adviceDetail(const RiskAssessment &assessment, const QLocale &locale)
{
    const QString advice = adviceText(assessment.situation);
    const RiskInputs &in = assessment.inputs;
    switch (assessment.situation) {
    case RiskSituation::AccelerateConsumption:
        if (in.predictedUnused.isPositive() && in.predictedLossBy.isValid()) {
            return QCoreApplication::translate("CreditDesk::Forecast::Risk", "%1: %2 predicted to expire unused by %3.")
                .arg(advice, formatMoney(in.predictedUnused, locale), DisplayFormat::date(in.predictedLossBy, locale));
        }
        return QCoreApplication::translate("CreditDesk::Forecast::Risk", "%1: at the current rate it will still be used in time.").arg(advice);
    case RiskSituation::ExpiredWithBalance:
        return QCoreApplication::translate("CreditDesk::Forecast::Risk", "%1: %2 expired unused.").arg(advice, formatMoney(in.expiredWithBalance, locale));
    case RiskSituation::NothingExpiringSoon:
    case RiskSituation::ConsumedNaturally:
        break;
    }
    return advice;
}

} // namespace CreditDesk::Forecast
