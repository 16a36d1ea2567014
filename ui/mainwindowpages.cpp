// The main window's pages: navigation, the table pages with their filters and details, the
// overview, and export.
#include "ledgerpages.h"
#include "core/displayformat.h"
#include "filechooser.h"
#include "lotdetails.h"
#include "messagebanner.h"
#include "mainwindow.h"
#include "tablepage.h"
#include "transactionsfilters.h"

#include "export/records.h"
#include "filters/creditfilterproxy.h"
#include "models/eventtablemodel.h"
#include "models/lottablemodel.h"
#include "services/overview.h"
#include "forecast/forecast.h"
#include "overviewpage.h"
#include "reminderpresenter.h"
#include "settingsdialog.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
QDate todayUtc()
{
    return QDateTime::currentDateTimeUtc().date();
}
} // namespace

void MainWindow::buildPages()
{
    m_appArea = new QSplitter(Qt::Horizontal, m_root);
    m_appArea->setObjectName(u"appArea"_s);
    m_navigation = new QListWidget(m_appArea);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->addItems({tr("Overview"), tr("Partner credits"), tr("Azure lots"), tr("Transactions"),
                            tr("Assignment history")});
    m_pages = new QStackedWidget(m_appArea);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    auto *splitter = static_cast<QSplitter *>(m_appArea);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({170, 1030});

    // Overview: risk summary, the balance-against-expiry chart and ladder, totals.
    m_overviewPage = new CreditDesk::OverviewPage(m_pages);
    m_overviewPage->followWorkspace(m_workspace);
    connect(m_overviewPage, &CreditDesk::OverviewPage::lotActivated, this, [this](const QString &lotId) {
        const int row = m_workspace->lots()->rowOf(lotId);
        if (row < 0)
            return;
        showPage(LotsPage);
        const QModelIndex index = m_lotsProxy->mapFromSource(m_workspace->lots()->index(row, 0));
        if (index.isValid()) {
            m_lotsPage->view()->selectRow(index.row());
            m_lotsPage->view()->scrollTo(index);
        }
    });
    // A month of the expiry ladder: the Lots page with that month's lots selected together.
    connect(m_overviewPage, &CreditDesk::OverviewPage::expiryMonthActivated, this,
            [this](const QString &, const QDate &, const QStringList &lotIds) {
                QItemSelection rows;
                for (const QString &lotId : lotIds) {
                    const QModelIndex index =
                        m_lotsProxy->mapFromSource(m_workspace->lots()->index(m_workspace->lots()->rowOf(lotId), 0));
                    if (index.isValid())
                        rows.select(index, index);
                }
                if (rows.isEmpty())
                    return;
                showPage(LotsPage);
                QItemSelectionModel *selection = m_lotsPage->view()->selectionModel();
                selection->setCurrentIndex(rows.first().topLeft(), QItemSelectionModel::NoUpdate);
                selection->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                m_lotsPage->view()->scrollTo(rows.first().topLeft());
            });
    auto *overviewScroll = new QScrollArea(m_pages);
    overviewScroll->setWidget(m_overviewPage);
    overviewScroll->setWidgetResizable(true);
    m_pages->insertWidget(OverviewPage, overviewScroll);

    // Partner benefit credits have no Microsoft API; they live in CreditDesk's own ledger.
    m_ledgerPages = new LedgerPages(m_workspace, this, m_pages);
    m_pages->insertWidget(PartnerCreditsPage, m_ledgerPages->creditsWidget());
    connect(m_ledgerPages, &LedgerPages::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    if (auto *toolBar = findChild<QToolBar *>(u"mainToolBar"_s))
        toolBar->insertAction(m_signOutAction, m_ledgerPages->assignAction());

    m_lotsProxy = new LotFilterProxy(m_workspace->lots(), this);
    m_lotDetails = new LotDetails([this](const Lot &lot) { return m_workspace->eventsOfLot(lot); }, m_pages);
    m_lotsPage = new TablePage(u"lots"_s, m_lotsProxy, m_lotDetails, m_pages);
    m_lotsPage->view()->setAccessibleName(tr("Credit lots"));
    m_lotsPage->addQuickFilter(int(QuickFilter::ExpiringWithin30), tr("≤ 30 days"), tr("Expiring within 30 days"));
    m_lotsPage->addQuickFilter(int(QuickFilter::ExpiringWithin60), tr("≤ 60 days"), tr("Expiring within 60 days"));
    m_lotsPage->addQuickFilter(int(QuickFilter::ExpiringWithin90), tr("≤ 90 days"), tr("Expiring within 90 days"));
    m_lotsPage->addQuickFilter(int(QuickFilter::Active), tr("Active"), tr("Active lots"));
    m_lotsPage->addQuickFilter(int(QuickFilter::Expired), tr("Expired"), tr("Expired lots"));
    m_lotsPage->addQuickFilter(int(QuickFilter::ExpiredWithBalance), tr("Expired with balance"),
                               tr("Lots that expired with balance left: credit lost"));
    m_lotsPage->setEmptyText(tr("No credit lots yet.\n\nCredits can take up to 24 hours to appear, and you need a "
                                "billing reader role on the billing profile or account. Press Refresh (F5)."));
    m_lotsPage->view()->sortByColumn(LotTableModel::ExpirationDateColumn, Qt::AscendingOrder);
    m_lotsPage->setKeyColumn(LotTableModel::ExpirationDateColumn);
    m_lotsPage->setMiddleElidedColumns({LotTableModel::LotIdColumn});
    m_pages->insertWidget(LotsPage, m_lotsPage);
    connect(m_lotsPage, &TablePage::searchChanged, this, [this](const QString &text) {
        if (m_lotFilter.setText(text))
            applyLotFilter();
    });
    connect(m_lotsPage, &TablePage::quickFilterChanged, this, [this](int id) {
        if (m_lotFilter.setQuick(QuickFilter(id)))
            applyLotFilter();
    });
    connect(m_lotsPage, &TablePage::currentChanged, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_lotsProxy->mapToSource(index);
        if (!source.isValid()) {
            m_lotDetails->clear();
            return;
        }
        const Lot &lot = m_workspace->lots()->lot(source.row());
        m_lotDetails->showLot(lot, source.siblingAtColumn(LotTableModel::ScopeColumn).data().toString());
    });
    connect(m_lotsPage, &TablePage::exportRequested, this, &MainWindow::exportCurrentView);

    m_eventsProxy = new EventFilterProxy(m_workspace->events(), this);
    m_eventsPage = new TablePage(u"events"_s, m_eventsProxy, nullptr, m_pages);
    m_eventsPage->view()->setAccessibleName(tr("Balance events"));
    m_eventsPage->setEmptyText(tr("No balance events yet. They are read for every billing profile over the last "
                                  "13 months when you refresh."));
    m_eventsPage->view()->sortByColumn(0, Qt::DescendingOrder);
    m_eventsPage->setKeyColumn(EventTableModel::ChargesColumn);
    m_eventsPage->setMiddleElidedColumns({EventTableModel::LotColumn, EventTableModel::InvoiceColumn});
    m_transactionsFilters = new TransactionsFilters(m_eventsPage, &m_eventFilter, this);
    connect(m_transactionsFilters, &TransactionsFilters::changed, this, &MainWindow::applyEventFilter);
    connect(m_eventsPage, &TablePage::exportRequested, this, &MainWindow::exportCurrentView);
    m_pages->insertWidget(TransactionsPage, m_eventsPage);

    auto *lotTransactions = new QAction(tr("Show &transactions of this lot"), m_lotsPage);
    connect(lotTransactions, &QAction::triggered, this, [this] {
        const QString lotId = m_lotsPage->view()->currentIndex().data(LotTableModel::LotIdRole).toString();
        if (lotId.isEmpty())
            return;
        m_transactionsFilters->showLot(lotId);
        showPage(TransactionsPage);
    });
    m_lotsPage->addContextAction(lotTransactions);
    connect(m_eventsPage, &TablePage::searchChanged, this, [this](const QString &text) {
        if (m_eventFilter.setText(text))
            applyEventFilter();
    });

    m_pages->insertWidget(HistoryPage, m_ledgerPages->historyPage());

    // The count lines walk every row, so a burst of model signals (a refresh updating rows in
    // many places, pages arriving) updates them once, on the next turn of the event loop; the
    // overview walks all lots and their events, so it waits for a quiet 200 ms, and only
    // follows the lots themselves.
    auto *summaryTimer = new QTimer(this);
    summaryTimer->setSingleShot(true);
    summaryTimer->setInterval(0);
    connect(summaryTimer, &QTimer::timeout, this, &MainWindow::updateSummaries);
    auto *overviewTimer = new QTimer(this);
    overviewTimer->setSingleShot(true);
    overviewTimer->setInterval(200);
    connect(overviewTimer, &QTimer::timeout, this, &MainWindow::updateOverview);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_lotsProxy),
                                      static_cast<QAbstractItemModel *>(m_eventsProxy)}) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, summaryTimer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::modelReset, summaryTimer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::layoutChanged, summaryTimer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::dataChanged, summaryTimer, qOverload<>(&QTimer::start));
    }
    QAbstractItemModel *lots = m_workspace->lots();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(lots, signal, overviewTimer, qOverload<>(&QTimer::start));
    connect(lots, &QAbstractItemModel::modelReset, overviewTimer, qOverload<>(&QTimer::start));
    connect(lots, &QAbstractItemModel::dataChanged, overviewTimer, qOverload<>(&QTimer::start));
    m_navigation->setCurrentRow(OverviewPage);
}

QTableView *MainWindow::lotsView() const
{
    return m_lotsPage->view();
}

void MainWindow::showNotice(const QString &text)
{
    m_noticeBanner->setText(text);
    m_noticeBanner->show();
}

void MainWindow::showPage(Page page)
{
    if (page < OverviewPage || page > HistoryPage)
        page = LotsPage;
    m_navigation->setCurrentRow(page);
}

void MainWindow::applyLotFilter()
{
    m_lotsProxy->setFilter(m_lotFilter);
    updateSummaries();
}

void MainWindow::applyEventFilter()
{
    m_eventsProxy->setFilter(m_eventFilter);
    updateSummaries();
}

void MainWindow::updateSummaries()
{
    const QLocale locale;
    m_lotsPage->setSummaryText(m_lotsProxy->summary().text(locale, tr("lots")));
    m_lotsPage->updateEmptyState(m_workspace->lots()->rowCount() > 0);
    m_eventsPage->setSummaryText(m_eventsProxy->summary().text(locale, tr("events")));
    m_eventsPage->updateEmptyState(m_workspace->events()->rowCount() > 0);
}

void MainWindow::updateOverview()
{
    const QLocale locale;
    Forecast::ForecastInput forecast;
    forecast.lots = m_workspace->lots()->lots();
    forecast.events = m_workspace->events()->events();
    for (const auto &[profileId, summary] : m_workspace->creditSummaries())
        forecast.summaries.append({QString(), profileId, summary});
    forecast.today = todayUtc();
    QSettings settings;
    forecast.horizonDays = Forecast::ReminderSettings::load(settings).horizonDays;
    const Forecast::ForecastReport report = Forecast::buildForecast(forecast);
    // Billing profiles and customers by name, as the lots table shows them.
    QHash<QString, QString> scopeNames;
    for (const Lot &lot : forecast.lots) {
        const QString owner = Forecast::scopeOfLot(lot).ownerId();
        const QString &namedId = lot.customerId.isEmpty() ? lot.billingProfileId : lot.customerId;
        if (!owner.isEmpty() && owner == namedId && !scopeNames.contains(owner))
            scopeNames.insert(owner, m_workspace->lots()->scopeName(lot));
    }
    m_overviewPage->setReport(report, scopeNames);
    // A refresh half-way through is not the whole picture; the offline copy is.
    m_reminders->setReport(report,
                           m_workspace->state() != Workspace::State::Refreshing || m_workspace->shownAsOf().isValid(),
                           forecast.today);
}

void MainWindow::connectReminders()
{
    m_reminders->checkAtNextReport(); // at start, from the offline copy when there is one
    connect(m_workspace, &Workspace::refreshFinished, this, [this](bool complete) {
        if (!complete)
            return;
        m_reminders->checkAtNextReport();
        updateOverview(); // even when the refresh changed no lot
    });
    connect(m_reminders, &ReminderPresenter::showRequested, this, [this](const QStringList &lotIds) {
        showPage(OverviewPage);
        if (!lotIds.isEmpty())
            m_overviewPage->showLot(lotIds.constFirst());
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_reminders, &ReminderPresenter::showWindowRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_reminders, &ReminderPresenter::refreshRequested, this, [this] {
        if (m_workspace->state() == Workspace::State::Idle)
            m_workspace->refresh();
    });
    connect(m_reminders, &ReminderPresenter::quitRequested, this, &MainWindow::quit);
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::updateOverview); // the horizon may have changed
    dialog->open();
}

Status MainWindow::exportLotsView(const QString &fileName) const
{
    QList<Lot> rows;
    rows.reserve(m_lotsProxy->rowCount());
    for (int row = 0; row < m_lotsProxy->rowCount(); ++row)
        rows.append(m_workspace->lots()->lot(m_lotsProxy->mapToSource(m_lotsProxy->index(row, 0)).row()));
    return writeCsv(fileName, Records::lots(rows));
}

Status MainWindow::exportEventsView(const QString &fileName) const
{
    // Azure's own values (charges with the sign Azure sent), not the table's display.
    QList<CreditEvent> rows;
    rows.reserve(m_eventsProxy->rowCount());
    for (int row = 0; row < m_eventsProxy->rowCount(); ++row)
        rows.append(m_workspace->events()->event(m_eventsProxy->mapToSource(m_eventsProxy->index(row, 0)).row()));
    return writeCsv(fileName, Records::events(rows));
}

Status MainWindow::writeCsv(const QString &fileName, const RecordSet &records) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not write %1: %2").arg(fileName, file.errorString())};
    file.write(records.toCsv(/*withByteOrderMark=*/true));
    if (!file.commit())
        return Error{tr("Could not write %1: %2").arg(fileName, file.errorString())};
    return {};
}

void MainWindow::exportCurrentView()
{
    const bool events = m_pages->currentWidget() == m_eventsPage;
    FileChooser::save(this, events ? tr("Export transactions as CSV") : tr("Export lots as CSV"),
                      (events ? tr("credit-transactions-%1.csv") : tr("credit-lots-%1.csv"))
                          .arg(todayUtc().toString(Qt::ISODate)),
                      tr("CSV files (*.csv)"), this,
                      [this, events](const QString &fileName) { exportViewTo(events, fileName); });
}

void MainWindow::exportViewTo(bool events, const QString &fileName)
{
    if (fileName.isEmpty())
        return;
    if (Status status = events ? exportEventsView(fileName) : exportLotsView(fileName); !status)
        addScopeFailure(tr("Export"), status.error());
    else if (events)
        statusBar()->showMessage(tr("Exported %1 transactions to %2.").arg(m_eventsProxy->rowCount()).arg(fileName), 8000);
    else
        statusBar()->showMessage(tr("Exported %1 lots to %2.").arg(m_lotsProxy->rowCount()).arg(fileName), 8000);
}

} // namespace CreditDesk
