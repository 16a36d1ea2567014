#pragma once

#include "forecast/chartseries.h"
#include "overview/overviewstatus.h"

#include <QWidget>

class QButtonGroup;
class QChartView;
class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace CreditDesk {

class ExpiryLadderView;
class ForecastChartView;
class RiskTableModel;
class SummaryCards;
class Workspace;

/// The Overview page, top to bottom: where the figures stand (loading, offline copy, error,
/// no credits), summary cards per currency, the risk table (one row per scope; choosing a row
/// shows that scope below), then the balance-against-expiry chart of the chosen scope with its
/// lots (the chart's accessible table) and the expiry ladder. Every figure comes from the core.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    /// The totals text MainWindow writes; superseded by the summary cards and never shown.
    /// Kept only until MainWindow stops writing it.
    void setReport(const Forecast::ForecastReport &report, const QHash<QString, QString> &scopeNames = {});
    const Forecast::ForecastReport &report() const { return m_report; }

    /// Shows \a workspace's loading, offline and error states, and refreshes on Retry.
    void followWorkspace(Workspace *workspace);
    void setLoadState(const OverviewLoadState &state);
    const OverviewLoadState &loadState() const { return m_load; }

    SummaryCards *summaryCards() const { return m_cards; }
    QTableView *riskTable() const { return m_riskTable; }
    RiskTableModel *riskModel() const { return m_riskModel; }
    OverviewStatus *status() const { return m_status; }
    ForecastChartView *chartView() const { return m_chart; }
    ExpiryLadderView *ladderView() const { return m_ladder; }
    /// The chosen scope's lots: the chart's numbers.
    QTableView *table() const { return m_table; }
    QComboBox *scopeSelector() const { return m_scope; }
    /// The key of the scope shown by the chart, empty when none.
    QString currentScopeKey() const;

    bool exportChart(const QString &fileName) const;
    /// Shows the scope that holds \a lotId and selects its row in the table (reminders' "Show").
    bool showLot(const QString &lotId);
    /// Shows the scope with \a scopeKey in the chart and selects its risk row.
    bool selectScope(const QString &scopeKey);

Q_SIGNALS:
    void lotActivated(const QString &lotId);
    /// A month of the expiry ladder was clicked: the lots of \a scopeKey expiring in \a month.
    void expiryMonthActivated(const QString &scopeKey, const QDate &month, const QStringList &lotIds);

private:
    void showScope(int index);
    void selectRiskRowOf(const QString &scopeKey);
    void openScopeLots(const QModelIndex &riskIndex);
    void fitRiskTable();
    void updateStatus();
    void exportChartInteractively();

    Forecast::ForecastReport m_report;
    QHash<QString, QString> m_names;
    OverviewLoadState m_load;
    OverviewStatus *m_status = nullptr;
    QLabel *m_problems = nullptr;
    QWidget *m_body = nullptr;
    SummaryCards *m_cards = nullptr;
    QLabel *m_riskHeading = nullptr;
    QTableView *m_riskTable = nullptr;
    RiskTableModel *m_riskModel = nullptr;
    QComboBox *m_scope = nullptr;
    QButtonGroup *m_zoom = nullptr;
    ForecastChartView *m_chart = nullptr;
    ExpiryLadderView *m_ladder = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_tableModel = nullptr;
};

} // namespace CreditDesk
