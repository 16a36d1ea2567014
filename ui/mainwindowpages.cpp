// The main window's pages: navigation, the table pages with their filters and details, the
// overview, and export.
#include "ledgerpages.h"
#include "core/displayformat.h"
#include "lotdetails.h"
#include "mainwindow.h"
#include "tablepage.h"

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
#include <QFileDialog>
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
    m_overview = m_overviewPage->totalsLabel();
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
    m_pages->insertWidget(TransactionsPage, m_eventsPage);
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
    m_noticeText->setText(text);
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
    const Overview overview = computeOverview(m_workspace->lots()->lots(), todayUtc());
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
    QString html = u"<h2>%1</h2>"_s.arg(tr("Overview").toHtmlEscaped());
    // Figures that could not be computed are said, not left out silently.
    for (const QString &problem : report.problems + overview.problems)
        html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Not shown:").toHtmlEscaped(), problem.toHtmlEscaped());
    if (overview.lotCount == 0) {
        html += u"<p>%1</p>"_s.arg(tr("No credit lots loaded yet.").toHtmlEscaped());
        m_overview->setText(html);
        return;
    }
    html += u"<table cellspacing=\"8\"><tr><th align=\"left\">%1</th><th align=\"right\">%2</th>"
            "<th align=\"right\">%3</th><th align=\"right\">%4</th></tr>"_s.arg(
        tr("Currency"), tr("Remaining"), tr("Expiring within 30 days"), tr("Expired with balance left"));
    auto money = [&locale](const Money &value) { return value.isValid() ? formatMoney(value, locale) : u"—"_s; };
    for (const Overview::CurrencyTotals &totals : overview.byCurrency) {
        html += u"<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>"_s
                    .arg(totals.currency, money(totals.remaining), money(totals.expiringIn30Days),
                         money(totals.expiredWithBalance));
    }
    html += u"</table><h3>%1</h3><table cellspacing=\"8\">"_s.arg(tr("Next expiries").toHtmlEscaped());
    for (const Lot &lot : overview.nextExpiries) {
        html += u"<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td></tr>"_s.arg(
            DisplayFormat::utcDate(lot.expirationDate, locale), lot.name.toHtmlEscaped(),
            money(lot.closedBalance.value_or(Money())));
    }
    html += u"</table>"_s;
    m_overview->setText(html);
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
    connect(m_reminders, &ReminderPresenter::quitRequested, this, [this] {
        close();
        QCoreApplication::quit();
    });
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        updateOverview(); // the horizon may have changed
}

Status MainWindow::exportLotsView(const QString &fileName) const
{
    QList<Lot> rows;
    rows.reserve(m_lotsProxy->rowCount());
    for (int row = 0; row < m_lotsProxy->rowCount(); ++row)
        rows.append(m_workspace->lots()->lot(m_lotsProxy->mapToSource(m_lotsProxy->index(row, 0)).row()));
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not write %1: %2").arg(fileName, file.errorString())};
    file.write(Records::lots(rows).toCsv(/*withByteOrderMark=*/true));
    if (!file.commit())
        return Error{tr("Could not write %1: %2").arg(fileName, file.errorString())};
    return {};
}

void MainWindow::exportCurrentView()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export lots as CSV"),
                                                          tr("credit-lots-%1.csv").arg(todayUtc().toString(Qt::ISODate)),
                                                          tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    if (Status status = exportLotsView(fileName); !status)
        addScopeFailure(tr("Export"), status.error());
    else
        statusBar()->showMessage(tr("Exported %1 lots to %2.").arg(m_lotsProxy->rowCount()).arg(fileName), 8000);
}

} // namespace CreditDesk
