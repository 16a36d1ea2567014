// creditdesk-cli risk and export-ics: the forecast of every billing scope, for monitoring
// (exit code = worst risk) and for calendars.
#include "cliapp.h"

#include "forecast/expiryitem.h"
#include "forecast/forecast.h"
#include "forecast/icsexport.h"
#include "forecast/reminders.h"
#include "azure/azureconnection.h"
#include "export/jsontext.h"
#include "export/records.h"
#include "services/creditdiscovery.h"

#include <QLocale>
#include <QSaveFile>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace CreditDesk::Cli {

namespace {
/// The events the forecast needs: the consumption window plus a margin for late settlement.
constexpr int EventDaysRead = Forecast::ConsumptionWindowDays + 10;

RecordValue amount(const Money &money)
{
    return money.isValid() ? RecordValue::number(money.toDecimalString()) : RecordValue::null();
}

RecordValue date(const QDate &day)
{
    return RecordValue::textOrNull(day.isValid() ? day.toString(Qt::ISODate) : QString());
}

RecordSet riskRecords(const Forecast::ForecastReport &report, const QHash<QString, QString> &names)
{
    RecordSet records;
    // Stable field names (README: "risk").
    records.fields = {u"billingAccountId"_s,   u"billingProfileId"_s,  u"customerId"_s,    u"scopeName"_s,
                      u"currency"_s,           u"balance"_s,           u"balanceSource"_s, u"startingLater"_s,
                      u"horizonDays"_s,        u"expiringWithinHorizon"_s, u"firstExpiry"_s, u"monthlyConsumption"_s,
                      u"consumptionFrom"_s,    u"predictedUnused"_s,   u"predictedLossBy"_s, u"expiredWithBalance"_s,
                      u"risk"_s,               u"advice"_s};
    records.rightAligned = {5, 9, 11, 13};
    records.tableFields = {3, 4, 5, 9, 11, 13, 16, 17};
    const QLocale c = QLocale::c();
    for (const Forecast::ScopeForecast &scope : report.scopes) {
        const QString owner = scope.scope.ownerId();
        records.rows.append({
            RecordValue::textOrNull(scope.scope.billingAccountId),
            RecordValue::textOrNull(scope.scope.billingProfileId),
            RecordValue::textOrNull(scope.scope.customerId),
            RecordValue::fromText(names.value(owner, owner)),
            RecordValue::fromText(scope.scope.currency),
            amount(scope.balanceNow),
            RecordValue::fromText(scope.balanceSource == Forecast::BalanceSource::EstimatedBalance ? u"estimatedBalance"_s
                                                                                                    : u"closedBalance"_s),
            amount(scope.startingLater),
            RecordValue::number(QString::number(report.horizonDays)),
            amount(scope.expiringWithinHorizon),
            date(scope.firstExpiryWithinHorizon),
            amount(scope.consumption.monthly),
            date(scope.consumption.from),
            amount(scope.predictedUnusedWithinHorizon),
            date(scope.risk.inputs.predictedLossBy),
            amount(scope.expiredWithBalance),
            RecordValue::fromText(Forecast::riskKey(scope.risk.level)),
            RecordValue::fromText(Forecast::adviceDetail(scope.risk, c)),
        });
    }
    return records;
}

int exitCodeOf(Forecast::RiskLevel level)
{
    switch (level) {
    case Forecast::RiskLevel::Low: return ExitOk;
    case Forecast::RiskLevel::High: return ExitRiskHigh;
    case Forecast::RiskLevel::Loss: return ExitRiskLoss;
    }
    return ExitOk;
}
} // namespace

void CliApp::gatherForecast(int horizonDays,
                            std::function<void(const Forecast::ForecastReport &, const QHash<QString, QString> &,
                                               const Coverage &)> then)
{
    struct Gathered
    {
        Forecast::ForecastInput input;
        QHash<QString, QString> names;
    };
    auto gathered = std::make_shared<Gathered>();
    auto coverage = std::make_shared<Coverage>();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    gathered->input.today = today;
    gathered->input.horizonDays = horizonDays;

    auto *discovery = new CreditDiscovery(m_connection->api(), this);
    discovery->setKinds(CreditDiscovery::Kind::Lots | CreditDiscovery::Kind::CreditSummaries | CreditDiscovery::Kind::Events);
    discovery->setEventsWindow(today.addDays(-EventDaysRead), today);
    watchCoverage(discovery, coverage);
    connect(discovery, &CreditDiscovery::lotsArrived, this, [gathered](const QList<Lot> &page) { gathered->input.lots.append(page); });
    connect(discovery, &CreditDiscovery::eventsArrived, this,
            [gathered](const QList<CreditEvent> &page) { gathered->input.events.append(page); });
    connect(discovery, &CreditDiscovery::creditSummaryArrived, this,
            [gathered](const QString &account, const QString &profile, const CreditSummary &summary) {
                gathered->input.summaries.append({account, profile, summary});
            });
    connect(discovery, &CreditDiscovery::scopeNamed, this,
            [gathered](const QString &id, const QString &name) { gathered->names.insert(Forecast::lastSegment(id), name); });
    connect(discovery, &CreditDiscovery::progress, this, [this](int done, int total) {
        if (total > 0)
            progress(tr("Billing scopes read: %1 of %2").arg(done).arg(total));
    });
    connect(discovery, &CreditDiscovery::finished, this, [this, gathered, coverage, then](bool) {
        if (coverage->nothingRead()) {
            failNothingRead(*coverage);
            return;
        }
        // Some scopes may have failed: the forecast covers the readable ones, and the callers
        // name the failed ones and exit with ExitPartial so that nothing is under-reported silently.
        then(Forecast::buildForecast(gathered->input), gathered->names, *coverage);
    });
    discovery->start();
}

void CliApp::runRisk()
{
    const int horizon = m_options.withinDays.value_or(Forecast::DefaultHorizonDays);
    gatherForecast(horizon, [this](const Forecast::ForecastReport &report, const QHash<QString, QString> &names,
                                   const Coverage &coverage) {
        const QString overall = report.scopes.isEmpty() ? QString() : Forecast::riskKey(report.overall);
        printData(renderCovered(u"scopes"_s, riskRecords(report, names), coverage,
                                {{u"overallRisk"_s, overall.isEmpty() ? u"null"_s : jsonString(overall)}}));
        if (coverage.partial())
            progress(tr("Overall risk of the readable scopes: %1").arg(Forecast::riskName(report.overall)));
        else
            progress(tr("Overall risk: %1").arg(Forecast::riskName(report.overall)));
        reportCoverage(coverage);
        // With unread scopes only Loss is certain (nothing is worse); anything less could be
        // an under-report, so it is the partial code.
        if (coverage.partial() && report.overall != Forecast::RiskLevel::Loss)
            finish(ExitPartial);
        else
            finish(exitCodeOf(report.overall));
    });
}

void CliApp::runExportIcs()
{
    const int within = m_options.withinDays.value_or(Forecast::DefaultHorizonDays);
    gatherForecast(Forecast::DefaultHorizonDays, [this, within](const Forecast::ForecastReport &report,
                                                                const QHash<QString, QString> &names,
                                                                const Coverage &coverage) {
        const QList<Forecast::ExpiryItem> items
            = Forecast::expiringWithin(Forecast::expiryItemsFromForecast(report, names), report.today, within);
        QSettings settings;
        Forecast::IcsOptions options;
        options.reminderDaysBefore = Forecast::ReminderSettings::load(settings).calendarAlarmDays;
        QSaveFile file(m_options.outputFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(Forecast::toIcs(items, options, QLocale())) < 0 || !file.commit()) {
            fail(tr("Cannot write %1: %2").arg(m_options.outputFile, file.errorString()));
            return;
        }
        progress(tr("Wrote %1 expiries to %2.").arg(items.size()).arg(m_options.outputFile));
        reportCoverage(coverage);
        finish(coverage.partial() ? ExitPartial : ExitOk);
    });
}

} // namespace CreditDesk::Cli
