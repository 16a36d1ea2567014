#pragma once

#include "forecast/chartseries.h"

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

/// The Overview page: totals, the risk summary, the balance-against-expiry chart of the chosen
/// scope with its accessible table, and the expiry ladder. Decisions come from the forecast.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    /// The totals text (kept by MainWindow, as before the chart).
    QLabel *totalsLabel() const { return m_totals; }
    void setReport(const Forecast::ForecastReport &report, const QHash<QString, QString> &scopeNames = {});
    const Forecast::ForecastReport &report() const { return m_report; }

    ForecastChartView *chartView() const { return m_chart; }
    ExpiryLadderView *ladderView() const { return m_ladder; }
    QTableView *table() const { return m_table; }
    QComboBox *scopeSelector() const { return m_scope; }
    QLabel *riskSummary() const { return m_summary; }

    bool exportChart(const QString &fileName) const;
    /// Shows the scope that holds \a lotId and selects its row in the table (reminders' "Show").
    bool showLot(const QString &lotId);

Q_SIGNALS:
    void lotActivated(const QString &lotId);
    /// A month of the expiry ladder was clicked: the lots of \a scopeKey expiring in \a month.
    void expiryMonthActivated(const QString &scopeKey, const QDate &month, const QStringList &lotIds);

private:
    void showScope(int index);
    QString scopeName(const Forecast::Scope &scope) const;
    void exportChartInteractively();

    Forecast::ForecastReport m_report;
    QHash<QString, QString> m_names;
    QLabel *m_totals = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_scope = nullptr;
    QButtonGroup *m_zoom = nullptr;
    ForecastChartView *m_chart = nullptr;
    ExpiryLadderView *m_ladder = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_tableModel = nullptr;
};

} // namespace CreditDesk
