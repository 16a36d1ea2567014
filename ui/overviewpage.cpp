#include "overviewpage.h"

#include "core/displayformat.h"
#include "charts/expiryladderview.h"
#include "charts/forecastchartview.h"
#include "filechooser.h"

#include <QButtonGroup>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
QStandardItem *moneyItem(const Money &money)
{
    auto *item = new QStandardItem(money.isValid() ? formatMoney(money, QLocale()) : QString());
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(QVariant::fromValue(money.minorUnits()), Qt::UserRole);
    return item;
}

QStandardItem *dateItem(const QDate &date)
{
    auto *item = new QStandardItem(DisplayFormat::date(date));
    item->setData(date, Qt::UserRole);
    return item;
}
} // namespace

OverviewPage::OverviewPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"overviewPage"_s);
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"riskSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *controls = new QHBoxLayout;
    auto *scopeLabel = new QLabel(tr("&Billing scope:"), this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(u"forecastScope"_s);
    m_scope->setAccessibleName(tr("Billing scope and currency"));
    scopeLabel->setBuddy(m_scope);
    controls->addWidget(scopeLabel);
    controls->addWidget(m_scope, 1);
    m_zoom = new QButtonGroup(this);
    const std::pair<Forecast::ChartZoom, QString> zooms[] = {{Forecast::ChartZoom::Days30, tr("30 days")},
                                                             {Forecast::ChartZoom::Days90, tr("90 days")},
                                                             {Forecast::ChartZoom::Days365, tr("1 year")},
                                                             {Forecast::ChartZoom::All, tr("All")}};
    for (const auto &[zoom, text] : zooms) {
        auto *button = new QPushButton(text, this);
        button->setCheckable(true);
        button->setObjectName(u"zoom"_s + QString::number(int(zoom)));
        button->setChecked(zoom == Forecast::ChartZoom::Days90);
        m_zoom->addButton(button, int(zoom));
        controls->addWidget(button);
    }
    auto *exportButton = new QPushButton(tr("E&xport chart…"), this);
    exportButton->setObjectName(u"exportChart"_s);
    controls->addWidget(exportButton);
    layout->addLayout(controls);

    m_chart = new ForecastChartView(this);
    m_chart->setMinimumHeight(280);
    layout->addWidget(m_chart, 3);

    auto *lower = new QHBoxLayout;
    m_table = new QTableView(this);
    m_table->setObjectName(u"forecastTable"_s);
    m_table->setAccessibleName(tr("Forecast per lot (the chart's numbers)"));
    m_tableModel = new QStandardItemModel(this);
    m_tableModel->setSortRole(Qt::UserRole);
    m_table->setModel(m_tableModel);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    lower->addWidget(m_table, 3);

    m_ladder = new ExpiryLadderView(this);
    lower->addWidget(m_ladder, 2);
    layout->addLayout(lower, 2);

    m_totals = new QLabel(this);
    m_totals->setObjectName(u"overviewText"_s);
    m_totals->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_totals);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &OverviewPage::showScope);
    connect(m_zoom, &QButtonGroup::idClicked, this, [this](int id) { m_chart->setZoom(Forecast::ChartZoom(id)); });
    connect(m_chart, &ForecastChartView::lotActivated, this, &OverviewPage::lotActivated);
    connect(m_ladder, &ExpiryLadderView::monthActivated, this, &OverviewPage::expiryMonthActivated);
    connect(exportButton, &QPushButton::clicked, this, &OverviewPage::exportChartInteractively);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT lotActivated(m_tableModel->item(index.row(), 0)->data(Qt::UserRole + 1).toString());
    });
}

void OverviewPage::setReport(const Forecast::ForecastReport &report, const QHash<QString, QString> &scopeNames)
{
    const QString current = m_scope->currentData().toString();
    m_report = report;
    m_names = scopeNames;
    const QLocale locale;

    QStringList lines;
    for (const Forecast::ScopeForecast &scope : report.scopes) {
        if (scope.risk.level == Forecast::RiskLevel::Low)
            continue;
        QString sentence = Forecast::riskSummarySentence(scope, locale);
        // "Loss" is about credit already lost; say that before what is coming.
        if (sentence.isEmpty())
            sentence = Forecast::adviceDetail(scope.risk, locale);
        else if (scope.risk.level == Forecast::RiskLevel::Loss)
            sentence = Forecast::adviceDetail(scope.risk, locale) + u' ' + sentence;
        lines.append(u"<span style=\"color:%1\"><b>%2</b></span> · %3 (%4): %5"_s.arg(
            riskColor(scope.risk.level).name(), Forecast::riskName(scope.risk.level).toHtmlEscaped(),
            scopeName(scope.scope).toHtmlEscaped(), scope.scope.currency, sentence.toHtmlEscaped()));
    }
    QString html = u"<h2>%1</h2>"_s.arg(tr("Risk of losing credit (next %1 days)").arg(report.horizonDays).toHtmlEscaped());
    html += lines.isEmpty() ? u"<p>%1</p>"_s.arg(tr("No credit is at risk: monitor quarterly.").toHtmlEscaped())
                            : u"<p>"_s + lines.join(u"<br>"_s) + u"</p>"_s;
    m_summary->setText(html);

    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    int select = 0;
    for (const Forecast::ScopeForecast &scope : report.scopes) {
        m_scope->addItem(tr("%1 · %2 · %3 risk").arg(scopeName(scope.scope), scope.scope.currency,
                                                       Forecast::riskName(scope.risk.level)),
                         scope.scope.key());
        if (scope.scope.key() == current || (current.isEmpty() && scope.risk.level > report.scopes.value(select).risk.level))
            select = m_scope->count() - 1;
    }
    m_scope->setCurrentIndex(select);
    showScope(select);
}

QString OverviewPage::scopeName(const Forecast::Scope &scope) const
{
    const QString owner = scope.ownerId();
    if (owner.isEmpty())
        return tr("Billing account %1").arg(Forecast::lastSegment(scope.billingAccountId));
    return m_names.value(owner, owner);
}

void OverviewPage::showScope(int index)
{
    m_tableModel->clear();
    if (index < 0 || index >= m_report.scopes.size()) {
        m_chart->setData({});
        m_ladder->clear();
        return;
    }
    const Forecast::ScopeForecast &scope = m_report.scopes.at(index);
    const Forecast::ChartData chartData = Forecast::chartData(scope);
    m_chart->setData(chartData);
    m_chart->setZoom(Forecast::ChartZoom(m_zoom->checkedId()));
    m_chart->chart()->setTitle(tr("%1 — today %2, %3; monthly consumption %4")
                                   .arg(scope.scope.currency, formatMoney(scope.balanceNow, QLocale()),
                                        Forecast::balanceSourceText(scope.balanceSource),
                                        formatMoney(scope.consumption.monthly, QLocale())));

    m_tableModel->setHorizontalHeaderLabels(
        {tr("Lot"), tr("Starts"), tr("Expires (UTC)"), tr("Balance today"), tr("Predicted unused"), tr("Runs out")});
    for (const Forecast::LotForecast &lot : scope.projection.lots) {
        auto *name = new QStandardItem(lot.lotName);
        name->setData(lot.lotName, Qt::UserRole);
        name->setData(lot.lotId, Qt::UserRole + 1);
        m_tableModel->appendRow({name, dateItem(lot.startDate), dateItem(lot.expiryDate), moneyItem(lot.balanceNow),
                                 lot.expiryProjected ? moneyItem(lot.predictedUnused) : new QStandardItem(tr("beyond projection")),
                                 dateItem(lot.runOutDate)});
    }
    m_table->resizeColumnsToContents();

    m_ladder->setScope(scope);
}

bool OverviewPage::showLot(const QString &lotId)
{
    for (int index = 0; index < m_report.scopes.size(); ++index) {
        const QList<Forecast::LotForecast> &lots = m_report.scopes.at(index).projection.lots;
        for (int row = 0; row < lots.size(); ++row) {
            if (lots.at(row).lotId != lotId)
                continue;
            m_scope->setCurrentIndex(index);
            for (int shown = 0; shown < m_tableModel->rowCount(); ++shown) {
                if (m_tableModel->item(shown, 0)->data(Qt::UserRole + 1).toString() == lotId) {
                    m_table->selectRow(shown);
                    m_table->setFocus();
                }
            }
            return true;
        }
    }
    return false;
}

bool OverviewPage::exportChart(const QString &fileName) const
{
    if (fileName.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        QPdfWriter writer(fileName);
        writer.setPageOrientation(QPageLayout::Landscape);
        QPainter painter;
        if (!painter.begin(&writer))
            return false;
        const QRect target = painter.viewport();
        m_chart->render(&painter, target);
        return painter.end();
    }
    return m_chart->grab().save(fileName);
}

void OverviewPage::exportChartInteractively()
{
    FileChooser::save(this, tr("Export chart"), tr("credit-forecast.png"), tr("PNG image (*.png);;PDF document (*.pdf)"),
                      this, [this](const QString &fileName) {
                          if (!fileName.isEmpty())
                              exportChart(fileName);
                      });
}

} // namespace CreditDesk
