#include "overviewpage.h"

#include "core/displayformat.h"
#include "charts/expiryladderview.h"
#include "charts/forecastchartview.h"
#include "filechooser.h"
#include "models/risktablemodel.h"
#include "overview/riskchipdelegate.h"
#include "overview/summarycards.h"
#include "services/overview.h"
#include "services/workspace.h"

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
#include <QScrollArea>
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
    auto *outer = new QVBoxLayout(this);
    m_status = new OverviewStatus(this);
    outer->addWidget(m_status);
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"overviewProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    outer->addWidget(m_problems);

    // What the page shows once there are credits; the status panel stands in for it before.
    m_body = new QWidget(this);
    m_body->setObjectName(u"overviewBody"_s);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_body, 1);
    outer->addStretch(0);

    m_cards = new SummaryCards(m_body);
    layout->addWidget(m_cards);

    m_riskHeading = new QLabel(m_body);
    m_riskHeading->setObjectName(u"riskHeading"_s);
    QFont headingFont = m_riskHeading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_riskHeading->setFont(headingFont);
    layout->addSpacing(6);
    layout->addWidget(m_riskHeading);
    m_riskTable = new QTableView(m_body);
    m_riskTable->setObjectName(u"riskTable"_s);
    m_riskTable->setAccessibleName(tr("Risk of losing credit, per billing scope"));
    m_riskTable->setAccessibleDescription(
        tr("Choose a row to show that scope's chart and lots below; Enter moves to its lots."));
    m_riskModel = new RiskTableModel(this);
    m_riskTable->setModel(m_riskModel);
    m_riskTable->setItemDelegateForColumn(RiskTableModel::RiskColumn,
                                          new RiskChipDelegate(RiskTableModel::RiskLevelRole, m_riskTable));
    m_riskTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_riskTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_riskTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_riskTable->setWordWrap(false);
    m_riskTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_riskTable->verticalHeader()->hide();
    m_riskTable->horizontalHeader()->setStretchLastSection(true);
    m_riskTable->horizontalHeader()->setSortIndicator(RiskTableModel::RiskColumn, Qt::DescendingOrder);
    m_riskTable->setSortingEnabled(true);
    m_riskHeading->setBuddy(m_riskTable);
    layout->addWidget(m_riskTable);
    layout->addSpacing(6);

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


    connect(m_scope, &QComboBox::currentIndexChanged, this, &OverviewPage::showScope);
    connect(m_zoom, &QButtonGroup::idClicked, this, [this](int id) { m_chart->setZoom(Forecast::ChartZoom(id)); });
    connect(m_chart, &ForecastChartView::lotActivated, this, &OverviewPage::lotActivated);
    connect(m_ladder, &ExpiryLadderView::monthActivated, this, &OverviewPage::expiryMonthActivated);
    connect(exportButton, &QPushButton::clicked, this, &OverviewPage::exportChartInteractively);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT lotActivated(m_tableModel->item(index.row(), 0)->data(Qt::UserRole + 1).toString());
    });
    // Moving through the risk table shows each scope below; Enter (or a double click) goes on
    // to that scope's lots.
    connect(m_riskTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    selectScope(current.data(RiskTableModel::ScopeKeyRole).toString());
            });
    connect(m_riskTable, &QTableView::activated, this, &OverviewPage::openScopeLots);
    connect(m_riskModel, &QAbstractItemModel::layoutChanged, this,
            [this] { m_riskTable->scrollTo(m_riskTable->currentIndex()); });
    updateStatus(); // no report yet: the "no credits" panel until one comes
}

void OverviewPage::setReport(const Forecast::ForecastReport &report, const QHash<QString, QString> &scopeNames)
{
    const QString current = m_scope->currentData().toString();
    m_report = report;
    m_names = scopeNames;
    const QLocale locale;

    // Figures that could not be computed are said, not left out silently.
    QStringList problems;
    for (const QString &problem : report.problems)
        problems.append(tr("Not shown: %1").arg(problem));
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());

    m_cards->setCards(currencyCards(report), report.horizonDays);
    m_riskHeading->setText(tr("Ris&k of losing credit (next %1 days)").arg(report.horizonDays));
    m_riskModel->setLocale(locale);
    m_riskModel->setRows(riskRows(report, scopeNames, locale), report.horizonDays);
    m_riskTable->resizeColumnsToContents();
    fitRiskTable();

    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    int select = 0;
    for (const Forecast::ScopeForecast &scope : report.scopes) {
        m_scope->addItem(tr("%1 · %2 · %3 risk").arg(scopeDisplayName(scope.scope, m_names), scope.scope.currency,
                                                       Forecast::riskName(scope.risk.level)),
                         scope.scope.key());
        if (scope.scope.key() == current || (current.isEmpty() && scope.risk.level > report.scopes.value(select).risk.level))
            select = m_scope->count() - 1;
    }
    // Nothing chosen yet (or it is gone): the risk table's top row, so the chart below shows
    // the row the eye starts at.
    if (m_scope->findData(current) < 0 && m_riskModel->rowCount() > 0)
        select = qMax(0, m_scope->findData(m_riskModel->row(0).scopeKey));
    m_scope->setCurrentIndex(select);
    showScope(select);
    updateStatus();
}

QString OverviewPage::currentScopeKey() const
{
    return m_scope->currentData().toString();
}

bool OverviewPage::selectScope(const QString &scopeKey)
{
    const int index = m_scope->findData(scopeKey);
    if (index < 0)
        return false;
    if (index != m_scope->currentIndex())
        m_scope->setCurrentIndex(index); // showScope follows
    else
        selectRiskRowOf(scopeKey);
    return true;
}

void OverviewPage::selectRiskRowOf(const QString &scopeKey)
{
    const int row = m_riskModel->rowOfScope(scopeKey);
    if (row < 0 || m_riskTable->currentIndex().row() == row)
        return;
    const QModelIndex index = m_riskModel->index(row, RiskTableModel::ScopeColumn);
    m_riskTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void OverviewPage::openScopeLots(const QModelIndex &riskIndex)
{
    if (!riskIndex.isValid() || !selectScope(riskIndex.data(RiskTableModel::ScopeKeyRole).toString()))
        return;
    if (m_tableModel->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_tableModel->index(0, 0));
    m_table->setFocus(Qt::OtherFocusReason);
    // Inside the main window the page scrolls: bring the chart and the lots into view.
    for (QWidget *parent = parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
            scroll->ensureWidgetVisible(m_table);
            scroll->ensureWidgetVisible(m_chart, 0, 0);
            break;
        }
    }
}

void OverviewPage::fitRiskTable()
{
    // Every scope in view without an inner scroll bar, up to a fair share of the page.
    constexpr int MaxRowsShown = 8;
    const int rows = qBound(1, m_riskModel->rowCount(), MaxRowsShown);
    int height = m_riskTable->horizontalHeader()->sizeHint().height() + 2 * m_riskTable->frameWidth();
    height += rows * m_riskTable->verticalHeader()->defaultSectionSize();
    m_riskTable->setFixedHeight(height + 2);
}

void OverviewPage::followWorkspace(Workspace *workspace)
{
    const auto fromWorkspace = [this, workspace] {
        m_load.refreshing = workspace->state() == Workspace::State::Refreshing;
        m_load.signedIn = workspace->state() == Workspace::State::Idle || m_load.refreshing;
        m_load.offlineAsOf = workspace->shownAsOf();
    };
    fromWorkspace();
    connect(workspace, &Workspace::stateChanged, this, [this, fromWorkspace](Workspace::State state) {
        if (state == Workspace::State::Refreshing || state == Workspace::State::SignedOut)
            m_load = {}; // a new refresh, or a new account: nothing has failed yet
        fromWorkspace();
        updateStatus();
    });
    connect(workspace, &Workspace::shownAsOfChanged, this, [this, fromWorkspace] {
        fromWorkspace();
        updateStatus();
    });
    connect(workspace, &Workspace::refreshProgress, this, [this](int done, int total) {
        m_load.scopesDone = done;
        m_load.scopesTotal = total;
        updateStatus();
    });
    connect(workspace, &Workspace::scopeFailed, this, [this](const QString &scope, const Error &error) {
        //: A billing scope that could not be read, on the Overview: the scope, then why.
        m_load.failures.append(tr("%1: %2").arg(scope, error.message));
        updateStatus();
    });
    connect(workspace, &Workspace::refreshFinished, this, [this](bool complete) {
        m_load.lastRefreshIncomplete = !complete;
        updateStatus();
    });
    connect(m_status, &OverviewStatus::refreshRequested, workspace, [workspace] {
        if (workspace->state() == Workspace::State::Idle)
            workspace->refresh();
    });
    updateStatus();
}

void OverviewPage::setLoadState(const OverviewLoadState &state)
{
    m_load = state;
    updateStatus();
}

void OverviewPage::updateStatus()
{
    const bool hasCredits = !m_report.scopes.isEmpty();
    m_status->setState(m_load, hasCredits);
    m_body->setVisible(hasCredits);
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
    selectRiskRowOf(scope.scope.key());
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
