#pragma once

#include "forecast/chartseries.h"

#include <QChartView>
#include <QScatterSeries>

class QDateTimeAxis;
class QValueAxis;

namespace CreditDesk {

/// The balance-against-expiry chart of one scope: a thin view over Forecast::ChartData.
/// History (solid), projection (dashed, in the scope's risk colour), predicted loss (hatched
/// band), today (dotted vertical line), and expiry markers in their lot's risk colour and shape
/// (riskColor, riskMarkerShape); the legend shows each series' own line or shape. Hover shows a
/// tooltip; clicking a marker emits lotActivated.
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
    void connectMarkers(QScatterSeries *markers);
    void applyZoom();

    Forecast::ChartData m_data;
    Forecast::ChartZoom m_zoom = Forecast::ChartZoom::Days90;
    QDateTimeAxis *m_dateAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
};

/// Colour of a risk level: the same in the chart, the ladder and the summary.
QColor riskColor(Forecast::RiskLevel level);
/// The marker shape of a risk level, so the charts read without colour too: Low a circle,
/// High a triangle, Loss a diamond.
QScatterSeries::MarkerShape riskMarkerShape(Forecast::RiskLevel level);
/// The fill of credit predicted to expire unused (High risk), in the balance chart's band and
/// the ladder's bars alike: hatched, so it stays apart from solid fills in grey scale.
QBrush predictedUnusedBrush();

} // namespace CreditDesk
