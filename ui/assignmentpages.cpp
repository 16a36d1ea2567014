// The first half of the assignment wizard: which credit, what happens next, which user.
#include "assignmentpages.h"

#include "newuserdialog.h"

#include "assignment/assignmentcontroller.h"
#include "assignment/userdirectorysearch.h"
#include "filters/creditfilterproxy.h"
#include "models/directoryusermodel.h"
#include "models/partnercreditmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
QTableView *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else in a wizard
    return view;
}

QLabel *makeNote(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

// --- choose the credit ---------------------------------------------------------------------

CreditChoicePage::CreditChoicePage(AssignmentController *controller, PartnerCreditModel *credits, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(u"creditChoicePage"_s);
    setTitle(tr("Choose the credit"));
    setSubTitle(tr("Which partner benefit credit do you want to assign or reassign?"));
    auto *layout = new QVBoxLayout(this);
    m_notRedeemedOnly = new QCheckBox(tr("Show only credits not &redeemed yet"), this);
    m_notRedeemedOnly->setObjectName(u"notRedeemedOnly"_s);
    m_notRedeemedOnly->setChecked(true);
    layout->addWidget(m_notRedeemedOnly);
    m_proxy = new PartnerCreditFilterProxy(credits, this);
    m_view = makeTable(this, u"creditChoiceView"_s, tr("Partner credits"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PartnerCreditModel::EndDateColumn, Qt::AscendingOrder);
    // The wizard is narrower than the main window: the columns that decide the choice only.
    for (int column : { int(PartnerCreditModel::CurrencyColumn), int(PartnerCreditModel::StartDateColumn),
                        int(PartnerCreditModel::ActivationDateColumn), int(PartnerCreditModel::AssignedUpnColumn),
                        int(PartnerCreditModel::IdColumn) })
        m_view->hideColumn(column);
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(PartnerCreditModel::ProgramColumn,
                           qMin(m_view->columnWidth(PartnerCreditModel::ProgramColumn), 200));
    layout->addWidget(m_view, 1);
    m_chosen = makeNote(this, u"chosenCredit"_s);
    layout->addWidget(m_chosen);
    connect(m_notRedeemedOnly, &QCheckBox::toggled, this, &CreditChoicePage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(PartnerCreditModel::CreditIdRole).toString();
                // Only the person's choice on this page chooses. The table also moves when the
                // ledger reloads (a recorded assignment leaves the "not redeemed" filter); that
                // must never switch the credit of a later page or of what was recorded.
                if (id.isEmpty() || !wizard() || wizard()->currentPage() != this)
                    return;
                if (Status chosen = m_controller->chooseCredit(id); !chosen)
                    m_chosen->setText(chosen.error().message.toHtmlEscaped());
            });
    connect(controller, &AssignmentController::changed, this, &CreditChoicePage::showChosen);
    connect(controller, &AssignmentController::changed, this, &QWizardPage::completeChanged);
    applyFilter();
    showChosen();
}

void CreditChoicePage::applyFilter()
{
    CreditFilter filter;
    filter.setQuick(m_notRedeemedOnly->isChecked() ? QuickFilter::NotRedeemed : QuickFilter::None);
    m_proxy->setFilter(filter);
    if (const auto &credit = m_controller->credit())
        selectCredit(credit->id);
}

void CreditChoicePage::selectCredit(const QString &creditId)
{
    auto *source = static_cast<PartnerCreditModel *>(m_proxy->sourceModel());
    const int sourceRow = source->rowOf(creditId);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(source->index(sourceRow, 0));
    if (!index.isValid() && m_notRedeemedOnly->isChecked()) {
        m_notRedeemedOnly->setChecked(false); // the preselected credit must be visible
        index = m_proxy->mapFromSource(source->index(sourceRow, 0));
    }
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                             | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    if (Status chosen = m_controller->chooseCredit(creditId); !chosen)
        m_chosen->setText(chosen.error().message.toHtmlEscaped());
}

void CreditChoicePage::showChosen()
{
    const auto &credit = m_controller->credit();
    if (!credit) {
        m_chosen->setText(tr("Select a credit in the table."));
        return;
    }
    QString text = u"<b>%1</b> · %2 · %3"_s.arg(credit->programName.toHtmlEscaped(),
                                                  PartnerCreditModel::typeText(credit->type),
                                                  formatMoney(credit->amount, QLocale()));
    if (credit->type == PartnerCredit::Type::Monthly)
        text += u" · "_s
            + tr("%1 reassignments used, %2")
                  .arg(PartnerCreditModel::reassignmentsUsedText(*credit),
                       PartnerCreditModel::reassignmentsLeftText(*credit));
    else
        text += u" · "_s + PartnerCreditModel::reassignmentsUsedText(*credit);
    if (!credit->assignedUser.isEmpty())
        text += u"<br>"_s + tr("Now assigned to %1").arg(credit->assignedUser.userPrincipalName.toHtmlEscaped());
    m_chosen->setText(text);
}

bool CreditChoicePage::isComplete() const
{
    return m_controller->canLeave(AssignmentController::Step::Credit);
}

// --- what happens next ---------------------------------------------------------------------

WalkthroughPage::WalkthroughPage(AssignmentController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(u"walkthroughPage"_s);
    setTitle(tr("What happens next"));
    setSubTitle(tr("Read this before you assign: Partner Center does not let you undo some of it."));
    auto *layout = new QVBoxLayout(this);
    m_points = makeNote(this, u"walkthroughText"_s);
    m_points->setTextFormat(Qt::RichText);
    layout->addWidget(m_points);
    layout->addStretch(1);
    m_acknowledge = new QCheckBox(tr("I &understand what happens next"), this);
    m_acknowledge->setObjectName(u"acknowledgeWalkthrough"_s);
    layout->addWidget(m_acknowledge);
    connect(m_acknowledge, &QCheckBox::toggled, controller, &AssignmentController::setAcknowledged);
    connect(controller, &AssignmentController::changed, this, &QWizardPage::completeChanged);
}

void WalkthroughPage::initializePage()
{
    QString html = u"<ol>"_s;
    for (const QString &point : m_controller->walkthrough())
        html += u"<li style=\"margin-bottom: 8px\">%1</li>"_s.arg(point);
    html += u"</ol>"_s;
    m_points->setText(html);
    m_acknowledge->setChecked(m_controller->isAcknowledged());
}

bool WalkthroughPage::isComplete() const
{
    return m_controller->canLeave(AssignmentController::Step::Walkthrough);
}

// --- find or add the user ------------------------------------------------------------------

UserChoicePage::UserChoicePage(AssignmentController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(u"userChoicePage"_s);
    setTitle(tr("Choose the user"));
    setSubTitle(tr("Search your organization's directory by name, mail or user principal name."));
    auto *layout = new QVBoxLayout(this);
    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"userSearch"_s);
    m_search->setAccessibleName(tr("Search users"));
    m_search->setPlaceholderText(tr("Type a name, mail or user principal name"));
    m_search->setClearButtonEnabled(true);
    searchRow->addWidget(m_search, 1);
    m_addUser = new QPushButton(tr("&Add new user…"), this);
    m_addUser->setObjectName(u"addUserButton"_s);
    m_addUser->setToolTip(tr("Create a member account in your organization"));
    searchRow->addWidget(m_addUser);
    layout->addLayout(searchRow);
    m_model = new DirectoryUserModel(controller->search(), this);
    m_view = makeTable(this, u"userView"_s, tr("Users"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setDefaultSectionSize(190);
    // The user principal name is what gets assigned: give it the room.
    m_view->setColumnWidth(DirectoryUserModel::NameColumn, 150);
    m_view->setColumnWidth(DirectoryUserModel::PrincipalNameColumn, 270);
    layout->addWidget(m_view, 1);
    m_status = makeNote(this, u"userSearchStatus"_s);
    layout->addWidget(m_status);
    m_chosen = makeNote(this, u"chosenUser"_s);
    layout->addWidget(m_chosen);

    UserDirectorySearch *search = controller->search();
    connect(m_search, &QLineEdit::textChanged, search, &UserDirectorySearch::setText);
    connect(m_search, &QLineEdit::returnPressed, search, &UserDirectorySearch::searchNow);
    connect(search, &UserDirectorySearch::busyChanged, this, &UserChoicePage::updateStatus);
    connect(search, &UserDirectorySearch::resultsReset, this, &UserChoicePage::updateStatus);
    connect(search, &UserDirectorySearch::usersAppended, this, &UserChoicePage::updateStatus);
    connect(search, &UserDirectorySearch::failed, this, &UserChoicePage::updateStatus);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_controller->chooseUser(m_model->user(current.row()));
            });
    connect(m_addUser, &QPushButton::clicked, this, &UserChoicePage::addUser);
    connect(controller, &AssignmentController::changed, this, &UserChoicePage::updateStatus);
    connect(controller, &AssignmentController::changed, this, &QWizardPage::completeChanged);
}

void UserChoicePage::initializePage()
{
    if (!m_controller->search()->isBusy() && m_controller->search()->users().isEmpty())
        m_controller->search()->searchNow();
    m_search->setFocus();
    updateStatus();
}

void UserChoicePage::updateStatus()
{
    const UserDirectorySearch *search = m_controller->search();
    QString status;
    if (search->isBusy())
        status = tr("Searching…");
    else if (!search->lastError().message.isEmpty())
        status = search->lastError().message;
    else if (search->users().isEmpty())
        status = search->text().isEmpty() ? QString() : tr("No user matches “%1”.").arg(search->text());
    else
        status = search->canFetchMore() ? tr("%n users shown; scroll for more.", nullptr, int(search->users().size()))
                                        : tr("%n users.", nullptr, int(search->users().size()));
    m_status->setText(status);
    const auto &user = m_controller->user();
    m_chosen->setText(user ? tr("Chosen: <b>%1</b> (%2)")
                                 .arg(user->displayName.toHtmlEscaped(), user->userPrincipalName.toHtmlEscaped())
                           : tr("Select a user in the table, or add a new one."));
}

void UserChoicePage::addUser()
{
    auto *dialog = new NewUserDialog(m_controller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool UserChoicePage::isComplete() const
{
    return m_controller->canLeave(AssignmentController::Step::User);
}

} // namespace CreditDesk
