#include "ledgerpages.h"

#include "assignmentwizard.h"
#include "creditdetails.h"
#include "creditdialog.h"
#include "filechooser.h"
#include "messagebox.h"
#include "tablepage.h"
#include "unfinishedassignmentsdialog.h"

#include "assignment/assignmentcontroller.h"
#include "assignment/assignmenttexts.h"
#include "auth/signinsession.h"
#include "azure/armclient.h"
#include "azure/azureconnection.h"
#include "filters/creditfilterproxy.h"
#include "graph/graphapi.h"
#include "ledger/ledger.h"
#include "ledger/ledgercsv.h"
#include "models/assignmenthistorymodel.h"
#include "models/partnercreditmodel.h"
#include "services/workspace.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
// Another window or process may write the ledger; this is how soon this one notices.
constexpr int LedgerWatchMs = 2000;

// Fits the columns to what they hold, once rows are there, so long program names do not push
// the reassignment and user columns out of sight.
void fitColumns(QTableView *view, int maxWidth)
{
    view->resizeColumnsToContents();
    for (int column = 0; column < view->model()->columnCount(); ++column)
        view->setColumnWidth(column, qMin(view->columnWidth(column) + 8, maxWidth));
}

QAction *makeAction(QObject *parent, const QString &text, const QString &objectName, const QString &toolTip)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    return action;
}
} // namespace

LedgerPages::LedgerPages(Workspace *workspace, QWidget *window, QWidget *pageParent)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_credits(new PartnerCreditModel(this))
    , m_creditsProxy(new PartnerCreditFilterProxy(m_credits, this))
    , m_history(new AssignmentHistoryModel(this))
    , m_historyProxy(new QSortFilterProxyModel(this))
{
    m_creditsWidget = new QWidget(pageParent);
    m_creditsWidget->setObjectName(u"partnerCreditsArea"_s);
    m_details = new CreditDetails(m_creditsWidget);
    m_creditsPage = new TablePage(u"partnerCredits"_s, m_creditsProxy, m_details, m_creditsWidget);
    m_creditsPage->view()->setAccessibleName(tr("Partner credits"));
    m_creditsPage->addQuickFilter(int(QuickFilter::NotRedeemed), tr("Not redeemed"), tr("Credits not redeemed yet"));
    m_creditsPage->addQuickFilter(int(QuickFilter::ExpiringWithin30), tr("≤ 30 days"), tr("Ending within 30 days"));
    m_creditsPage->addQuickFilter(int(QuickFilter::ExpiringWithin90), tr("≤ 90 days"), tr("Ending within 90 days"));
    m_creditsPage->addQuickFilter(int(QuickFilter::Active), tr("Active"), tr("Credits not ended"));
    m_creditsPage->addQuickFilter(int(QuickFilter::ReassignmentCapReached), tr("Cap reached"),
                                  tr("Monthly credits with no reassignment left"));
    m_creditsPage->setEmptyText(tr("The benefits ledger has no credits yet.\n\nPartner Center publishes no API for its "
                                   "Azure credits page: add your credits with New credit, or import them from CSV."));
    m_creditsPage->view()->sortByColumn(PartnerCreditModel::EndDateColumn, Qt::AscendingOrder);
    m_creditsPage->setKeyColumn(PartnerCreditModel::AssignedNameColumn);
    m_creditsPage->setMiddleElidedColumns({PartnerCreditModel::AssignedUpnColumn, PartnerCreditModel::IdColumn});
    // The amount already names its currency; the start date and the id are in the details pane.
    // The column chooser (right-click the header) shows them again.
    for (int column : { int(PartnerCreditModel::CurrencyColumn), int(PartnerCreditModel::StartDateColumn),
                        int(PartnerCreditModel::IdColumn) })
        m_creditsPage->view()->hideColumn(column);
    connect(m_creditsPage, &TablePage::searchChanged, this, [this](const QString &text) {
        CreditFilter filter = m_creditsProxy->filter();
        if (filter.setText(text))
            m_creditsProxy->setFilter(filter);
        updateSummary();
    });
    connect(m_creditsPage, &TablePage::quickFilterChanged, this, [this](int id) {
        CreditFilter filter = m_creditsProxy->filter();
        if (filter.setQuick(QuickFilter(id)))
            m_creditsProxy->setFilter(filter);
        updateSummary();
    });
    connect(m_creditsPage, &TablePage::currentChanged, this, [this] {
        showDetails();
        updateActions();
    });
    connect(m_creditsPage, &TablePage::exportRequested, this, &LedgerPages::exportCsv);
    connect(m_creditsPage->view(), &QTableView::doubleClicked, this, [this] { editCredit(false); });

    m_historyProxy->setSourceModel(m_history);
    m_historyProxy->setSortRole(AssignmentHistoryModel::SortRole);
    m_historyProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_historyProxy->setFilterKeyColumn(-1);
    m_historyPage = new TablePage(u"assignmentHistory"_s, m_historyProxy, nullptr, pageParent);
    m_historyPage->view()->setAccessibleName(tr("Assignment history"));
    m_historyPage->setEmptyText(tr("No assignments recorded yet. Assign a partner credit with Assign… "
                                   "(Ctrl+Shift+A); every assignment and removal is listed here."));
    m_historyPage->view()->sortByColumn(AssignmentHistoryModel::WhenColumn, Qt::DescendingOrder);
    connect(m_historyPage, &TablePage::searchChanged, m_historyProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_historyPage, &TablePage::searchChanged, this, &LedgerPages::updateSummary);

    m_assign = makeAction(this, tr("&Assign…"), u"assignAction"_s,
                          tr("Assign the selected partner credit to a user (Ctrl+Shift+A)"));
    m_assign->setShortcut(QKeySequence(u"Ctrl+Shift+A"_s));
    connect(m_assign, &QAction::triggered, this, &LedgerPages::startAssignment);
    m_removeUser = makeAction(this, tr("Remove &user"), u"removeUserAction"_s,
                              tr("Record that the user of the selected monthly credit was removed"));
    connect(m_removeUser, &QAction::triggered, this, &LedgerPages::removeUser);
    m_addCredit = makeAction(this, tr("&New credit…"), u"addCreditAction"_s, tr("Add a partner credit to the ledger"));
    connect(m_addCredit, &QAction::triggered, this, [this] { editCredit(true); });
    m_editCredit = makeAction(this, tr("&Edit credit…"), u"editCreditAction"_s, tr("Edit the selected credit"));
    connect(m_editCredit, &QAction::triggered, this, [this] { editCredit(false); });
    m_deleteCredit = makeAction(this, tr("&Delete credit"), u"deleteCreditAction"_s,
                                tr("Delete the selected credit and its history from the ledger"));
    connect(m_deleteCredit, &QAction::triggered, this, &LedgerPages::deleteCredit);
    m_import = makeAction(this, tr("&Import CSV…"), u"importCreditsAction"_s, tr("Import credits from a CSV file"));
    connect(m_import, &QAction::triggered, this, &LedgerPages::importCsv);
    m_export = makeAction(this, tr("E&xport CSV…"), u"exportCreditsAction"_s,
                          tr("Save every credit of the ledger as CSV"));
    connect(m_export, &QAction::triggered, this, &LedgerPages::exportCsv);
    // The ledger's actions stay usable while the table is empty (TablePage disables its own
    // filter bar then): a new ledger starts with New credit or Import.
    auto *ledgerBar = new QToolBar(m_creditsWidget);
    ledgerBar->setObjectName(u"ledgerToolBar"_s);
    ledgerBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : creditActions()) {
        if (action != m_assign)
            ledgerBar->addAction(action);
        if (action == m_removeUser || action == m_deleteCredit)
            ledgerBar->addSeparator();
    }
    auto *layout = new QVBoxLayout(m_creditsWidget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(ledgerBar);
    layout->addWidget(m_creditsPage, 1);

    reload();
}

QList<QAction *> LedgerPages::creditActions() const
{
    return { m_assign, m_removeUser, m_addCredit, m_editCredit, m_deleteCredit, m_import, m_export };
}

Ledger *LedgerPages::ledger() const
{
    return m_ledger && m_ledger->isOpen() ? m_ledger.data() : nullptr;
}

void LedgerPages::restoreState(QSettings &settings)
{
    m_creditColumnsFitted = settings.contains(u"views/partnerCredits/header"_s);
    m_historyColumnsFitted = settings.contains(u"views/assignmentHistory/header"_s);
    m_creditsPage->restoreState(settings);
    m_historyPage->restoreState(settings);
}

void LedgerPages::saveState(QSettings &settings) const
{
    m_creditsPage->saveState(settings);
    m_historyPage->saveState(settings);
}

void LedgerPages::setLedger(Ledger *ledger)
{
    m_ledger = ledger;
    reload();
    if (!m_offeredUnfinished && this->ledger()) {
        m_offeredUnfinished = true;
        // After the window is shown, so the question has its window behind it.
        QTimer::singleShot(0, this, &LedgerPages::offerUnfinishedAssignments);
    }
}

void LedgerPages::reload()
{
    Ledger *current = ledger();
    if (current != m_watched) {
        if (m_watched)
            m_watched->disconnect(this);
        m_watched = current;
        if (current) {
            connect(current, &Ledger::changed, this, &LedgerPages::reload);
            current->setWatchInterval(LedgerWatchMs);
        }
    }
    if (!current) {
        m_credits->clear();
        m_history->clear();
    } else {
        Result<QList<PartnerCredit>> credits = current->credits();
        Result<QList<std::pair<QString, AssignmentEvent>>> history = current->history();
        if (credits)
            m_credits->setCredits(credits.value());
        if (credits && history)
            m_history->setHistory(history.value(), credits.value());
        if (!m_creditColumnsFitted && m_credits->rowCount() > 0) {
            m_creditColumnsFitted = true;
            fitColumns(m_creditsPage->view(), 220);
        }
        if (!m_historyColumnsFitted && m_history->rowCount() > 0) {
            m_historyColumnsFitted = true;
            fitColumns(m_historyPage->view(), 220);
        }
        if (!credits)
            Q_EMIT message(credits.error().message);
    }
    showDetails();
    updateActions();
    updateSummary();
}

QString LedgerPages::selectedCreditId() const
{
    return m_creditsPage->view()->currentIndex().data(PartnerCreditModel::CreditIdRole).toString();
}

void LedgerPages::showDetails()
{
    const int row = m_credits->rowOf(selectedCreditId());
    if (row < 0) {
        m_details->clear();
        return;
    }
    const PartnerCredit &credit = m_credits->credit(row);
    m_details->showCredit(credit);
}

void LedgerPages::updateActions()
{
    const bool open = ledger() != nullptr;
    const int row = m_credits->rowOf(selectedCreditId());
    const PartnerCredit *credit = row >= 0 ? &m_credits->credit(row) : nullptr;
    m_assign->setEnabled(open && m_credits->rowCount() > 0);
    m_removeUser->setEnabled(open && credit && credit->type == PartnerCredit::Type::Monthly
                             && !credit->assignedUser.isEmpty());
    m_addCredit->setEnabled(open);
    m_editCredit->setEnabled(open && credit);
    m_deleteCredit->setEnabled(open && credit);
    m_import->setEnabled(open);
    m_export->setEnabled(open && m_credits->rowCount() > 0);
}

void LedgerPages::updateSummary()
{
    m_creditsPage->setSummaryText(m_creditsProxy->summary().text(QLocale(), tr("credits")));
    m_creditsPage->updateEmptyState(m_credits->rowCount() > 0);
    m_historyPage->setSummaryText(tr("Showing %1 of %n assignments and removals", nullptr, m_history->rowCount())
                                      .arg(m_historyProxy->rowCount()));
    m_historyPage->updateEmptyState(m_history->rowCount() > 0);
}

AssignmentWizard *LedgerPages::startAssignment()
{
    Ledger *current = ledger();
    if (!current)
        return nullptr;
    SignInSession *session = m_workspace->session();
    ArmClient *graphClient = nullptr;
    if (session && m_workspace->state() != Workspace::State::SignedOut)
        graphClient = m_workspace->connection()->createGraphClient();
    auto *graph = new GraphApi(graphClient);
    auto *controller = new AssignmentController(current, graph);
    if (graphClient)
        graphClient->setParent(graph);
    graph->setParent(controller);
    if (session)
        controller->setPerformedBy(session->account().userPrincipalName, session->account().displayName);
    auto *wizard = new AssignmentWizard(controller, m_credits, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (const QString id = selectedCreditId(); !id.isEmpty())
        wizard->preselectCredit(id);
    connect(wizard, &QWizard::finished, this, &LedgerPages::reload);
    wizard->open();
    return wizard;
}

QString LedgerPages::currentAdmin() const
{
    SignInSession *session = m_workspace->session();
    const QString upn = session ? session->account().userPrincipalName : QString();
    return upn.isEmpty() ? Ledger::localIdentity() : upn;
}

QWidget *LedgerPages::offerUnfinishedAssignments()
{
    Ledger *current = ledger();
    if (!current)
        return nullptr;
    Result<QList<PendingAssignment>> pending = current->unfinishedAssignments();
    if (!pending || pending->isEmpty())
        return nullptr;
    // Asked only about the current admin's own; a colleague's are listed alongside for context.
    const QString me = currentAdmin();
    if (std::none_of(pending->cbegin(), pending->cend(),
                     [&](const PendingAssignment &p) { return UnfinishedAssignmentsDialog::isOwn(p, me); }))
        return nullptr;
    auto *dialog = new UnfinishedAssignmentsDialog(current, pending.value(), me, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &LedgerPages::reload);
    dialog->open();
    return dialog;
}

void LedgerPages::removeUser()
{
    Ledger *current = ledger();
    const QString id = selectedCreditId();
    const int row = m_credits->rowOf(id);
    if (!current || row < 0)
        return;
    const PartnerCredit credit = m_credits->credit(row);
    Result<QList<RuleVerdict>> verdicts = current->checkRemoval(id);
    if (!verdicts) {
        reportError(tr("Remove user"), verdicts.error().message);
        return;
    }
    if (auto refusal = BenefitRules::firstRefusal(verdicts.value())) {
        reportError(tr("Remove user"), refusal->reason);
        return;
    }
    MessageBox::Message question;
    question.objectName = u"removeUserQuestion"_s;
    question.title = tr("Remove user");
    question.text = AssignmentTexts::removalQuestion(credit, credit.reassignmentsUsed, credit.reassignmentCap, QLocale());
    question.textFormat = Qt::PlainText;
    question.informativeText =
        tr("First remove the user in <a href=\"%1\">Partner Center › Benefits › Azure credits</a> (Manage user "
           "assignment), then record it here.")
            .arg(AssignmentController::defaultPartnerCenterUrl().toString(QUrl::FullyEncoded).toHtmlEscaped());
    question.choices = {{MessageBox::Record, tr("&Record removal")}, {MessageBox::Cancel, {}}};
    question.defaultAnswer = MessageBox::Cancel;
    MessageBox::ask(m_window, question, this, [this, id, credit](MessageBox::Answer answer) {
        if (answer == MessageBox::Record)
            recordRemoval(id, credit);
    });
}

void LedgerPages::recordRemoval(const QString &id, const PartnerCredit &credit)
{
    // The question was open for a while: the ledger may have closed or changed meanwhile.
    Ledger *current = ledger();
    if (!current)
        return;
    const QString performedBy = m_workspace->session() ? m_workspace->session()->account().userPrincipalName
                                                       : QString();
    Result<PartnerCredit> removed = current->recordRemoval(id, performedBy);
    if (!removed) {
        reportError(tr("Remove user"), removed.error().message);
        return;
    }
    Q_EMIT message(tr("Removed %1 from %2.").arg(credit.assignedUser.userPrincipalName, credit.programName));
    reload();
}

void LedgerPages::editCredit(bool add)
{
    Ledger *current = ledger();
    const int row = m_credits->rowOf(selectedCreditId());
    if (!current || (!add && row < 0))
        return;
    auto *dialog = new CreditDialog(current, add ? std::nullopt : std::optional(m_credits->credit(row)), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &LedgerPages::reload);
    dialog->open();
}

void LedgerPages::deleteCredit()
{
    Ledger *current = ledger();
    const QString id = selectedCreditId();
    const int row = m_credits->rowOf(id);
    if (!current || row < 0)
        return;
    const PartnerCredit credit = m_credits->credit(row); // a copy: the ledger may reload during the question
    MessageBox::Message question;
    question.objectName = u"deleteCreditQuestion"_s;
    question.title = tr("Delete credit");
    question.text =
        tr("Delete %1 (%2) and its history of %n assignments and removals from the ledger? This cannot be undone.",
           nullptr, int(credit.history.size()))
            .arg(credit.programName, credit.id);
    question.choices = {{MessageBox::Cancel, {}}, {MessageBox::Delete, tr("&Delete credit")}};
    question.defaultAnswer = MessageBox::Cancel;
    MessageBox::ask(m_window, question, this, [this, id](MessageBox::Answer answer) {
        Ledger *stillOpen = ledger(); // it may have closed while the question was open
        if (answer != MessageBox::Delete || !stillOpen)
            return;
        if (Status removed = stillOpen->removeCredit(id); !removed)
            reportError(tr("Delete credit"), removed.error().message);
        reload();
    });
}

void LedgerPages::importCsv()
{
    Ledger *current = ledger();
    if (!current)
        return;
    FileChooser::open(m_window, tr("Import partner credits"), {}, tr("CSV files (*.csv)"), this,
                      [this](const QString &fileName) { importFile(fileName); });
}

void LedgerPages::importFile(const QString &fileName)
{
    Ledger *current = ledger();
    if (!current || fileName.isEmpty())
        return;
    Result<LedgerImportSummary> imported = LedgerCsv::importFile(*current, fileName);
    if (!imported) {
        reportError(tr("Nothing was imported"), imported.error().message);
        return;
    }
    Q_EMIT message(tr("Imported %1: %2 added, %3 updated, %4 unchanged.")
                       .arg(fileName)
                       .arg(imported->added)
                       .arg(imported->updated)
                       .arg(imported->unchanged));
    reload();
}

void LedgerPages::exportCsv()
{
    Ledger *current = ledger();
    if (!current)
        return;
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    FileChooser::save(m_window, tr("Export partner credits"), tr("partner-credits-%1.csv").arg(today),
                      tr("CSV files (*.csv)"), this, [this](const QString &fileName) { exportFile(fileName); });
}

void LedgerPages::exportFile(const QString &fileName)
{
    Ledger *current = ledger();
    if (!current || fileName.isEmpty())
        return;
    if (Status written = LedgerCsv::exportFile(*current, fileName); !written)
        reportError(tr("Export"), written.error().message);
    else
        Q_EMIT message(tr("Exported %n credits to %1.", nullptr, m_credits->rowCount()).arg(fileName));
}

void LedgerPages::reportError(const QString &title, const QString &message)
{
    // Window-modal and not blocking: the page stays as it was behind it.
    MessageBox::warning(m_window, title, message, u"ledgerError"_s);
}

} // namespace CreditDesk
