#include "assignmentwizard.h"

#include "assignmentpages.h"

#include "assignment/assignmentcontroller.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace CreditDesk {

AssignmentWizard::AssignmentWizard(AssignmentController *controller, PartnerCreditModel *credits, QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
{
    controller->setParent(this);
    setObjectName(u"assignmentWizard"_s);
    setWindowTitle(tr("Assign a partner credit"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(CreditPageId, new CreditChoicePage(controller, credits, this));
    setPage(WalkthroughPageId, new WalkthroughPage(controller, this));
    setPage(UserPageId, new UserChoicePage(controller, this));
    setPage(ChecksPageId, new ChecksPage(controller, this));
    setPage(ReviewPageId, new ReviewPage(controller, this));
    setPage(PartnerCenterPageId, new PartnerCenterPage(controller, this));
    setPage(DonePageId, new DonePage(controller, this));
    setStartId(CreditPageId);
    resize(820, 600);
    button(QWizard::NextButton)->setObjectName(u"wizardNext"_s);
    button(QWizard::BackButton)->setObjectName(u"wizardBack"_s);
    button(QWizard::CommitButton)->setObjectName(u"wizardCommit"_s);
    button(QWizard::FinishButton)->setObjectName(u"wizardFinish"_s);
    button(QWizard::CancelButton)->setObjectName(u"wizardCancel"_s);
}

void AssignmentWizard::preselectCredit(const QString &creditId)
{
    static_cast<CreditChoicePage *>(page(CreditPageId))->selectCredit(creditId);
}

void AssignmentWizard::reject()
{
    if (!m_controller->journalId().isEmpty() && !m_controller->isRecorded()) {
        // Noted but not confirmed: the admin may already have done it in Partner Center.
        QMessageBox question(QMessageBox::Question, tr("Cancel the assignment?"),
                             tr("Did you already assign the user in Partner Center?"), QMessageBox::NoButton, this);
        question.setInformativeText(tr("If you did, record it now so the reassignment count stays right. If you "
                                       "are not sure, keep it open: CreditDesk asks again at the next start."));
        QPushButton *record = question.addButton(tr("&Record it"), QMessageBox::AcceptRole);
        QPushButton *discard = question.addButton(tr("&Discard it"), QMessageBox::DestructiveRole);
        QPushButton *later = question.addButton(tr("Decide &later"), QMessageBox::RejectRole);
        QPushButton *back = question.addButton(tr("Go &back"), QMessageBox::NoRole);
        question.setDefaultButton(back);
        question.setEscapeButton(back);
        question.exec();
        if (question.clickedButton() == back || !question.clickedButton())
            return;
        if (question.clickedButton() == record) {
            m_controller->setPartnerCenterConfirmed(true);
            if (Status recorded = m_controller->finish(); !recorded) {
                QMessageBox::warning(this, tr("Not recorded"), recorded.error().message);
                return;
            }
            QWizard::reject();
            return;
        }
        if (question.clickedButton() == later) {
            QWizard::reject();
            return;
        }
        Q_UNUSED(discard);
    }
    m_controller->cancel();
    QWizard::reject();
}

} // namespace CreditDesk
