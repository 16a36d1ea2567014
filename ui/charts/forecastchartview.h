#pragma once

#include "forecast/chartseries.h"

#include <QChartView>

class QDateTimeAxis;
class QValueAxis;

namespace CreditDesk {

/// The balance-against-expiry chart of one scope: a thin view over Forecast::ChartData.
/// History (solid), projection (dashed), predicted loss (shaded band), today (vertical line),
/// expiry markers with amounts. Hover shows a tooltip; clicking a marker emits lotActivated.
class ForecastChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ForecastChartView(QWidget *parent = nullptr);

    void setData(const Forecast::ChartData &data);
    const Forecast::ChartData &data() const { return m_data; }
    void setZoom(Forecast::ChartZoom zoom);
    Forecast::ChartZoom zoom() const { return m_zoom; }

    QDateTimeAxis *dateAxis() const { return m_dateAxis; }
    QValueAxis *valueAxis() const { return m_valueAxis; }

Q_SIGNALS:
    void lotActivated(const QString &lotId);

private:
    void rebuild();
    void applyZoom();

    Forecast::ChartData m_data;
    Forecast::ChartZoom m_zoom = Forecast::ChartZoom::Days90;
    QDateTimeAxis *m_dateAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
};

/// Colour of a risk level: the same in the chart, the ladder and the summary.
QColor riskColor(Forecast::RiskLevel level);

} // namespace CreditDesk
