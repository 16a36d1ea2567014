#include "creditdetails.h"

#include "core/displayformat.h"
#include "models/assignmenthistorymodel.h"
#include "models/partnercreditmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CreditDesk {

CreditDetails::CreditDetails(QWidget *parent)
    : QWidget(parent)
    , m_fields(new QLabel(this))
    , m_history(new AssignmentHistoryModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(u"creditDetails"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    m_fields->setObjectName(u"creditDetailsFields"_s);
    m_fields->setWordWrap(true);
    m_fields->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_fields);
    auto *title = new QLabel(tr("History"), this);
    title->setStyleSheet(u"font-weight: bold;"_s);
    layout->addWidget(title);
    m_view->setObjectName(u"creditHistoryView"_s);
    m_view->setAccessibleName(tr("Assignment history of the credit"));
    m_view->setModel(m_history);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false);
    for (int column : { int(AssignmentHistoryModel::ProgramColumn), int(AssignmentHistoryModel::CreditColumn),
                        int(AssignmentHistoryModel::UserColumn) })
        m_view->hideColumn(column);
    layout->addWidget(m_view, 1);
    clear();
}

void CreditDetails::showCredit(const PartnerCredit &credit)
{
    m_creditId = credit.id;
    const QLocale locale;
    auto date = [&locale](const QDate &d) { return d.isValid() ? DisplayFormat::date(d, locale) : u"—"_s; };
    auto row = [](const QString &name, const QString &value) {
        return u"<tr><td style=\"color:#555\">%1</td><td>%2</td></tr>"_s.arg(name.toHtmlEscaped(),
                                                                             value.toHtmlEscaped());
    };
    QString html = u"<h3>%1</h3><table cellspacing=\"3\">"_s.arg(credit.programName.toHtmlEscaped());
    html += row(tr("Type"), PartnerCreditModel::typeText(credit.type));
    html += row(tr("Amount"), formatMoney(credit.amount, locale));
    html += row(tr("Status"), PartnerCreditModel::statusText(credit.status));
    html += row(tr("Start – end (UTC)"), u"%1 – %2"_s.arg(date(credit.startDate), date(credit.endDate)));
    html += row(tr("Activated (UTC)"), date(credit.activationDate));
    if (credit.type == PartnerCredit::Type::Monthly) {
        html += row(tr("Valid until (UTC)"),
                    credit.cutoffDate.isValid() ? date(credit.cutoffDate) : tr("13 months after activation"));
        html += row(tr("Reassignments"),
                    tr("%1 used, %2")
                        .arg(PartnerCreditModel::reassignmentsUsedText(credit),
                             PartnerCreditModel::reassignmentsLeftText(credit)));
    } else {
        html += row(tr("Reassignments"), PartnerCreditModel::reassignmentsUsedText(credit));
    }
    const QString user = credit.assignedUser.isEmpty()
        ? tr("nobody")
        : (credit.assignedUser.displayName.isEmpty()
               ? credit.assignedUser.userPrincipalName
               : u"%1 (%2)"_s.arg(credit.assignedUser.displayName, credit.assignedUser.userPrincipalName));
    html += row(tr("Assigned to"), user);
    if (!credit.subscriptionId.isEmpty())
        html += row(tr("Subscription"), credit.subscriptionId);
    html += row(tr("Credit"), credit.id);
    html += u"</table>"_s;
    m_fields->setText(html);
    m_history->setCredit(credit);
    m_view->resizeColumnsToContents();
}

QString CreditDetails::fieldsText() const
{
    return m_fields->text();
}

void CreditDetails::clear()
{
    m_creditId.clear();
    m_fields->setText(tr("Select a credit to see its details and history."));
    m_history->clear();
}

} // namespace CreditDesk
