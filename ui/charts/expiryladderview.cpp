#include "charts/expiryladderview.h"

#include "charts/forecastchartview.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChartView>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QMouseEvent>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
/// Qt Charts keeps 4 px either side of an axis label; one more for rounding to whole pixels.
constexpr int kLabelPadding = 5;

QStandardItem *moneyItem(const Money &money)
{
    auto *item = new QStandardItem(formatMoney(money, QLocale()));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(QVariant::fromValue(money.minorUnits()), Qt::UserRole);
    return item;
}
} // namespace

ExpiryLadderView::ExpiryLadderView(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"expiryLadder"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(u"ladderTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    header->addWidget(m_title, 1);
    m_tableToggle = new QToolButton(this);
    m_tableToggle->setObjectName(u"ladderTableToggle"_s);
    m_tableToggle->setText(tr("Table"));
    m_tableToggle->setCheckable(true);
    m_tableToggle->setToolTip(tr("Show the ladder's numbers as a table"));
    header->addWidget(m_tableToggle);
    layout->addLayout(header);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    m_chartView = new QChartView(m_stack);
    m_chartView->setObjectName(u"expiryLadderChart"_s);
    m_chartView->setAccessibleName(tr("Balance expiring per month"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
    m_chartView->setFocusPolicy(Qt::StrongFocus);
    m_chartView->viewport()->setMouseTracking(true);
    m_chartView->viewport()->installEventFilter(this);
    m_chartView->installEventFilter(this);
    m_stack->addWidget(m_chartView);

    QChart *chart = m_chartView->chart();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_expiring = new QBarSet(tr("Expiring"), chart);
    m_expiring->setColor(QColor(0x78, 0x90, 0x9c));
    m_expiring->setBorderColor(QColor(0x45, 0x5a, 0x64));
    // Predicted unused is the balance chart's loss band: the same colour and hatching, so it
    // reads without colour too.
    m_unused = new QBarSet(tr("Predicted unused"), chart);
    m_unused->setBrush(predictedUnusedBrush());
    m_unused->setBorderColor(riskColor(Forecast::RiskLevel::High));
    for (QBarSet *set : {m_expiring, m_unused})
        set->setSelectedColor(QColor(0x15, 0x65, 0xc0));
    m_series = new QBarSeries(chart);
    m_series->setBarWidth(0.8);
    m_series->append(m_expiring);
    m_series->append(m_unused);
    chart->addSeries(m_series);
    m_monthAxis = new QCategoryAxis(chart);
    m_monthAxis->setObjectName(u"ladderMonths"_s);
    m_monthAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_monthAxis->setGridLineVisible(false);
    m_amountAxis = new QCategoryAxis(chart);
    m_amountAxis->setObjectName(u"ladderAmounts"_s);
    m_amountAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    chart->addAxis(m_monthAxis, Qt::AlignBottom);
    chart->addAxis(m_amountAxis, Qt::AlignLeft);
    m_series->attachAxis(m_monthAxis);
    m_series->attachAxis(m_amountAxis);
    connect(chart, &QChart::plotAreaChanged, this, &ExpiryLadderView::layOutMonthLabels);

    m_table = new QTableView(m_stack);
    m_table->setObjectName(u"expiryLadderTable"_s);
    m_table->setAccessibleName(tr("Balance expiring per month (the ladder's numbers)"));
    m_model = new QStandardItemModel(this);
    m_model->setSortRole(Qt::UserRole);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_stack->addWidget(m_table);

    connect(m_tableToggle, &QToolButton::toggled, this, &ExpiryLadderView::setTableShown);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        activate(m_model->item(index.row(), 0)->data(Qt::UserRole + 1).toInt());
    });
    rebuild();
}

void ExpiryLadderView::setScope(const Forecast::ScopeForecast &scope)
{
    m_scopeKey = scope.scope.key();
    m_currency = scope.scope.currency;
    m_months = Forecast::expiryLadder(scope);
    rebuild();
}

void ExpiryLadderView::clear()
{
    m_scopeKey.clear();
    m_currency.clear();
    m_months.clear();
    rebuild();
}

void ExpiryLadderView::setTableShown(bool shown)
{
    m_stack->setCurrentIndex(shown ? 1 : 0);
    const QSignalBlocker blocker(m_tableToggle);
    m_tableToggle->setChecked(shown);
}

void ExpiryLadderView::rebuild()
{
    m_scale = Forecast::ladderScale(m_months);
    m_current = -1;
    for (QBarSet *set : {m_expiring, m_unused}) {
        set->deselectAllBars();
        if (set->count() > 0)
            set->remove(0, set->count());
    }
    for (const Forecast::LadderMonth &month : std::as_const(m_months)) {
        m_expiring->append(m_scale.position(month.expiring));
        m_unused->append(m_scale.position(month.predictedUnused));
    }

    for (const QString &label : m_amountAxis->categoriesLabels())
        m_amountAxis->remove(label);
    m_amountAxis->setStartValue(0);
    for (const Forecast::LadderTick &tick : std::as_const(m_scale.ticks))
        m_amountAxis->append(tickText(tick.amount), tick.position);
    m_amountAxis->setRange(0, m_scale.top);
    m_amountAxis->setTitleText(m_currency);
    // Said above the chart, not in the axis title: a short ladder would elide it there.
    m_title->setText(m_scale.logarithmic ? tr("Expiry ladder: balance expiring per month (log scale)")
                                         : tr("Expiry ladder: balance expiring per month"));
    m_monthAxis->setRange(-0.5, qMax<qreal>(0.5, qreal(m_months.size()) - 0.5));
    // New months: lay the labels out afresh even when the layout comes out the same.
    for (const QString &label : m_monthAxis->categoriesLabels())
        m_monthAxis->remove(label);
    layOutMonthLabels();

    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Month"), tr("Expiring"), tr("Predicted unused"), tr("Lots")});
    const QLocale locale;
    for (int i = 0; i < m_months.size(); ++i) {
        const Forecast::LadderMonth &month = m_months.at(i);
        auto *name = new QStandardItem(Forecast::ladderMonthTitle(month.month, locale));
        name->setData(month.month, Qt::UserRole);
        name->setData(i, Qt::UserRole + 1);
        auto *lots = new QStandardItem(locale.toString(month.lotIds.size()));
        lots->setData(month.lotIds.size(), Qt::UserRole);
        lots->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow({name, moneyItem(month.expiring), moneyItem(month.predictedUnused), lots});
    }
    m_table->resizeColumnsToContents();
}

void ExpiryLadderView::layOutMonthLabels()
{
    QList<QDate> months;
    int labelWidth = 0;
    const QFontMetrics metrics(m_monthAxis->labelsFont());
    const QLocale locale;
    for (const Forecast::LadderMonth &month : std::as_const(m_months)) {
        months.append(month.month);
        // Qt Charts measures a label with half a pixel of margin either side.
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(Forecast::ladderMonthLabel(month.month, locale)) + 1);
    }
    const Forecast::MonthLabelLayout layout = Forecast::monthLabelLayout(
        months, m_chartView->chart()->plotArea().width(), labelWidth, metrics.height() + 1, kLabelPadding);
    // Re-labelling changes the axis' height, not the plot's width; only act on a change, so
    // plotAreaChanged does not come back here for ever.
    if (layout == m_labelLayout && m_monthAxis->count() > 0)
        return;
    m_labelLayout = layout;
    for (const QString &label : m_monthAxis->categoriesLabels())
        m_monthAxis->remove(label);
    m_monthAxis->setStartValue(-0.5);
    for (int i = 0; i < months.size(); ++i) {
        if (layout.labels(months.at(i)))
            m_monthAxis->append(Forecast::ladderMonthLabel(months.at(i), locale), i);
    }
    m_monthAxis->setLabelsAngle(layout.angle);
}

QString ExpiryLadderView::tickText(const Money &amount) const
{
    const int digits = Money::minorDigits(amount.currency());
    qint64 unit = 1;
    for (int i = 0; i < digits; ++i)
        unit *= 10;
    // Whole amounts without ".00": the axis is for orders of magnitude, tooltips for cents.
    return QLocale().toString(amount.toChartValue(), 'f', amount.minorUnits() % unit == 0 ? 0 : digits);
}

int ExpiryLadderView::monthAt(const QPoint &viewportPos) const
{
    QChart *chart = m_chartView->chart();
    const QPointF inChart = chart->mapFromScene(m_chartView->mapToScene(viewportPos));
    if (m_months.isEmpty() || !chart->plotArea().contains(inChart))
        return -1;
    const int index = qRound(chart->mapToValue(inChart, m_series).x());
    return index >= 0 && index < m_months.size() ? index : -1;
}

QPoint ExpiryLadderView::barPosition(int index) const
{
    if (index < 0 || index >= m_months.size())
        return {};
    QChart *chart = m_chartView->chart();
    // The expiring bar is the left one of the month's two.
    const qreal x = index - m_series->barWidth() / 4;
    const QPointF inChart = chart->mapToPosition(QPointF(x, m_scale.position(m_months.at(index).expiring) / 2), m_series);
    return m_chartView->mapFromScene(chart->mapToScene(inChart));
}

QString ExpiryLadderView::toolTipText(int index) const
{
    if (index < 0 || index >= m_months.size())
        return {};
    const Forecast::LadderMonth &month = m_months.at(index);
    const QLocale locale;
    QString text = tr("%1\nExpiring: %2\nPredicted unused: %3")
                       .arg(Forecast::ladderMonthTitle(month.month, locale), formatMoney(month.expiring, locale),
                            formatMoney(month.predictedUnused, locale));
    if (!month.lotIds.isEmpty())
        text += u'\n' + tr("%n lot(s): click to show them", nullptr, int(month.lotIds.size()));
    return text;
}

void ExpiryLadderView::setCurrent(int index, bool showTip)
{
    for (QBarSet *set : {m_expiring, m_unused})
        set->deselectAllBars();
    m_current = index;
    if (index < 0)
        return;
    for (QBarSet *set : {m_expiring, m_unused})
        set->selectBar(index);
    const QString text = toolTipText(index);
    m_chartView->setAccessibleDescription(text);
    if (showTip)
        QToolTip::showText(m_chartView->viewport()->mapToGlobal(barPosition(index)), text, m_chartView->viewport());
}

void ExpiryLadderView::activate(int index)
{
    if (index < 0 || index >= m_months.size() || m_months.at(index).lotIds.isEmpty())
        return;
    Q_EMIT monthActivated(m_scopeKey, m_months.at(index).month, m_months.at(index).lotIds);
}

bool ExpiryLadderView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartView->viewport()) {
        switch (event->type()) {
        case QEvent::MouseMove: {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            const int index = monthAt(mouse->position().toPoint());
            if (index < 0)
                QToolTip::hideText();
            else
                QToolTip::showText(mouse->globalPosition().toPoint(), toolTipText(index), m_chartView->viewport());
            break;
        }
        case QEvent::MouseButtonRelease: {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton)
                activate(monthAt(mouse->position().toPoint()));
            break;
        }
        case QEvent::Leave:
            QToolTip::hideText();
            break;
        default:
            break;
        }
    } else if (watched == m_chartView && event->type() == QEvent::KeyPress && !m_months.isEmpty()) {
        const int last = int(m_months.size()) - 1;
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Left: setCurrent(qMax(0, m_current - 1), true); return true;
        case Qt::Key_Right: setCurrent(qMin(last, m_current + 1), true); return true;
        case Qt::Key_Home: setCurrent(0, true); return true;
        case Qt::Key_End: setCurrent(last, true); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space: activate(m_current); return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace CreditDesk
