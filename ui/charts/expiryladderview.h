#pragma once

#include "forecast/ladderlayout.h"

#include <QWidget>

class QBarSeries;
class QBarSet;
class QCategoryAxis;
class QChartView;
class QLabel;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QToolButton;

namespace CreditDesk {

/// The expiry ladder of one scope: credit expiring per calendar month, as bars, with the same
/// numbers as a table (the chart's accessible form, one toggle away).
///
/// The decisions are the core's (Forecast::ladderScale, Forecast::monthLabelLayout); this view
/// measures its font and plot on every resize and asks again. Hovering a month shows its exact
/// amounts; clicking it, or Enter on the keyboard's current month (Left/Right move), or
/// activating a table row, emits monthActivated.
class ExpiryLadderView : public QWidget
{
    Q_OBJECT
public:
    explicit ExpiryLadderView(QWidget *parent = nullptr);

    void setScope(const Forecast::ScopeForecast &scope);
    void clear();

    const QList<Forecast::LadderMonth> &months() const { return m_months; }
    const Forecast::LadderScale &scale() const { return m_scale; }
    Forecast::MonthLabelLayout labelLayout() const { return m_labelLayout; }

    QChartView *chartView() const { return m_chartView; }
    QTableView *table() const { return m_table; }
    QCategoryAxis *monthAxis() const { return m_monthAxis; }
    QCategoryAxis *amountAxis() const { return m_amountAxis; }
    /// Shows the table instead of the chart (and back).
    void setTableShown(bool shown);

    /// The month under \a viewportPos of the chart view's viewport; -1 outside the bars' columns.
    int monthAt(const QPoint &viewportPos) const;
    /// The middle of month \a index's "expiring" bar, in the chart view's viewport.
    QPoint barPosition(int index) const;
    /// What hovering month \a index shows.
    QString toolTipText(int index) const;

Q_SIGNALS:
    /// \a lotIds: the lots of \a scopeKey that expire in \a month (its first day), in expiry
    /// order. Only months with something expiring are activated.
    void monthActivated(const QString &scopeKey, const QDate &month, const QStringList &lotIds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void layOutMonthLabels();
    void setCurrent(int index, bool showTip);
    void activate(int index);
    QString tickText(const Money &amount) const;

    QString m_scopeKey;
    QString m_currency;
    QList<Forecast::LadderMonth> m_months;
    Forecast::LadderScale m_scale;
    Forecast::MonthLabelLayout m_labelLayout;
    int m_current = -1;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QToolButton *m_tableToggle = nullptr;
    QChartView *m_chartView = nullptr;
    QBarSeries *m_series = nullptr;
    QBarSet *m_expiring = nullptr;
    QBarSet *m_unused = nullptr;
    QCategoryAxis *m_monthAxis = nullptr;
    QCategoryAxis *m_amountAxis = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
};

} // namespace CreditDesk
