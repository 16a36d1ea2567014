#include "charts/forecastchartview.h"

#include "core/displayformat.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
QLineSeries *lineOf(const QList<Forecast::ChartPoint> &points, QObject *parent)
{
    auto *series = new QLineSeries(parent);
    for (const Forecast::ChartPoint &p : points)
        series->append(qreal(p.x), p.y);
    return series;
}

QString dateText(const QDate &date)
{
    return DisplayFormat::date(date);
}
} // namespace

QColor riskColor(Forecast::RiskLevel level)
{
    switch (level) {
    case Forecast::RiskLevel::Low: return QColor(0x2e, 0x7d, 0x32);
    case Forecast::RiskLevel::High: return QColor(0xe6, 0x7e, 0x00);
    case Forecast::RiskLevel::Loss: return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::gray;
}

QScatterSeries::MarkerShape riskMarkerShape(Forecast::RiskLevel level)
{
    switch (level) {
    case Forecast::RiskLevel::Low: return QScatterSeries::MarkerShapeCircle;
    case Forecast::RiskLevel::High: return QScatterSeries::MarkerShapeTriangle;
    case Forecast::RiskLevel::Loss: return QScatterSeries::MarkerShapeRotatedRectangle;
    }
    return QScatterSeries::MarkerShapeRectangle;
}

QBrush predictedUnusedBrush()
{
    return QBrush(riskColor(Forecast::RiskLevel::High), Qt::BDiagPattern);
}

ForecastChartView::ForecastChartView(QWidget *parent) : QChartView(parent)
{
    setObjectName(u"forecastChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Remaining balance against expiry"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    // Each legend entry drawn as its series is (a dashed line, a triangle), not a colour swatch.
    chart()->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    // "150,000" as the ladder and the tables write it, not "150000".
    chart()->setLocalizeNumbers(true);
}

void ForecastChartView::setData(const Forecast::ChartData &data)
{
    m_data = data;
    rebuild();
}

void ForecastChartView::setZoom(Forecast::ChartZoom zoom)
{
    m_zoom = zoom;
    applyZoom();
}

void ForecastChartView::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    m_dateAxis = new QDateTimeAxis(c);
    m_dateAxis->setFormat(DisplayFormat::mediumDateFormat());
    m_dateAxis->setTickCount(7);
    m_valueAxis = new QValueAxis(c);
    m_valueAxis->setLabelFormat(u"%.0f"_s);
    m_valueAxis->setTitleText(m_data.currency);
    c->addAxis(m_dateAxis, Qt::AlignBottom);
    c->addAxis(m_valueAxis, Qt::AlignLeft);
    const QColor risk = riskColor(m_data.risk);

    auto attach = [&](QAbstractSeries *series) {
        c->addSeries(series);
        series->attachAxis(m_dateAxis);
        series->attachAxis(m_valueAxis);
    };

    if (!m_data.lossLower.isEmpty()) {
        auto *upper = lineOf(m_data.projection, c);
        auto *lower = lineOf(m_data.lossLower, c);
        auto *loss = new QAreaSeries(upper, lower);
        loss->setObjectName(u"predictedLoss"_s);
        loss->setName(tr("Predicted to expire unused"));
        loss->setBrush(predictedUnusedBrush());
        loss->setPen(Qt::NoPen);
        attach(loss);
        // An area has no line or point to show in the legend: a swatch of its hatching.
        for (QLegendMarker *marker : c->legend()->markers(loss)) {
            marker->setShape(QLegend::MarkerShapeRectangle);
            marker->setPen(QPen(riskColor(Forecast::RiskLevel::High)));
        }
    }

    auto *history = lineOf(m_data.history, c);
    history->setObjectName(u"history"_s);
    history->setName(tr("Balance (from events)"));
    history->setPen(QPen(QColor(0x37, 0x47, 0x4f), 2));
    attach(history);

    auto *projection = lineOf(m_data.projection, c);
    projection->setObjectName(u"projection"_s);
    projection->setName(tr("Projected at the current rate"));
    projection->setPen(QPen(risk, 2, Qt::DashLine));
    attach(projection);

    auto *today = new QLineSeries(c);
    today->setObjectName(u"today"_s);
    today->setName(tr("Today"));
    today->setPen(QPen(QColor(0x15, 0x65, 0xc0), 1, Qt::DotLine));
    attach(today);

    for (QLineSeries *line : {history, projection}) {
        connect(line, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
            if (!state)
                return;
            const QDate date = Forecast::utcDateAtAxisMSecs(qint64(point.x()));
            QToolTip::showText(QCursor::pos(), tr("%1: %2 %3").arg(dateText(date), QLocale().toString(point.y(), 'f', 0), m_data.currency),
                               this);
        });
    }

    // Expiries as one series per lot risk, so the legend names each colour and shape once.
    QList<QScatterSeries *> markerSeries;
    for (const Forecast::RiskLevel level : {Forecast::RiskLevel::Low, Forecast::RiskLevel::High}) {
        auto *markers = new QScatterSeries(c);
        const bool low = level == Forecast::RiskLevel::Low;
        markers->setObjectName(low ? u"expiriesUsedUp"_s : u"expiriesUnused"_s);
        markers->setName(low ? tr("Expiry: used up in time") : tr("Expiry: balance left unused"));
        markers->setMarkerShape(riskMarkerShape(level));
        markers->setMarkerSize(low ? 11 : 14);
        markers->setColor(riskColor(level));
        markers->setBorderColor(Qt::white);
        markerSeries.append(markers);
    }
    // A marker sits on the projected line where it drops, so the eye follows line → marker.
    // Where the lot had run out before its expiry there is no breakpoint at that x: read the
    // (piecewise linear) projection there instead of dropping the marker to zero.
    const auto projectedAt = [this](qint64 x, qreal fallback) {
        const QList<Forecast::ChartPoint> &line = m_data.projection;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line.at(i).x == x)
                return line.at(i).y;
            if (line.at(i).x > x) {
                if (i == 0)
                    return fallback;
                const Forecast::ChartPoint &a = line.at(i - 1);
                const Forecast::ChartPoint &b = line.at(i);
                return a.y + (b.y - a.y) * qreal(x - a.x) / qreal(b.x - a.x);
            }
        }
        return fallback;
    };
    for (const Forecast::ExpiryMarker &marker : m_data.markers) {
        markerSeries[marker.risk == Forecast::RiskLevel::Low ? 0 : 1]->append(
            qreal(marker.x), projectedAt(marker.x, marker.predictedUnused.toChartValue()));
    }
    for (QScatterSeries *markers : std::as_const(markerSeries)) {
        if (markers->count() == 0) {
            delete markers;
            continue;
        }
        attach(markers);
        connectMarkers(markers);
    }
    applyZoom();
}

void ForecastChartView::connectMarkers(QScatterSeries *markers)
{
    connect(markers, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        for (const Forecast::ExpiryMarker &marker : std::as_const(m_data.markers)) {
            if (qreal(marker.x) == point.x()) {
                const QLocale locale;
                QToolTip::showText(QCursor::pos(),
                                   tr("%1 expires %2 (UTC)\nBalance today: %3\nPredicted unused: %4\nRisk: %5")
                                       .arg(marker.lotName, dateText(marker.expiryDate), formatMoney(marker.balanceNow, locale),
                                            formatMoney(marker.predictedUnused, locale), Forecast::riskName(marker.risk)),
                                   this);
                return;
            }
        }
    });
    connect(markers, &QScatterSeries::clicked, this, [this](const QPointF &point) {
        for (const Forecast::ExpiryMarker &marker : std::as_const(m_data.markers)) {
            if (qreal(marker.x) == point.x()) {
                Q_EMIT lotActivated(marker.lotId);
                return;
            }
        }
    });
}

void ForecastChartView::applyZoom()
{
    if (!m_dateAxis)
        return;
    const auto [first, last] = Forecast::zoomRange(m_data, m_zoom);
    m_dateAxis->setRange(QDateTime::fromMSecsSinceEpoch(Forecast::dateAxisMSecs(first)),
                         QDateTime::fromMSecsSinceEpoch(Forecast::dateAxisMSecs(last)));
    const qreal top = m_data.maxY > 0 ? m_data.maxY * 1.1 : 1.0;
    m_valueAxis->setRange(0, top);
    m_valueAxis->applyNiceNumbers();
    if (auto *today = chart()->findChild<QLineSeries *>(u"today"_s)) {
        today->clear();
        today->append(qreal(m_data.todayX), 0);
        today->append(qreal(m_data.todayX), m_valueAxis->max());
    }
}

} // namespace CreditDesk
