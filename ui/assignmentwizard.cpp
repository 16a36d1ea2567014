#include "assignmentwizard.h"

#include "assignmentpages.h"

#include "assignment/assignmentcontroller.h"

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

void AssignmentWizard::cleanupPage(int id)
{
    // QWizard cleans every visited page up when it is rejected, and the Partner Center page's
    // cleanup discards the journalled entry: "Decide later" must leave it for the next start.
    if (m_keepJournal && id == PartnerCenterPageId)
        return;
    QWizard::cleanupPage(id);
}

void AssignmentWizard::reject()
{
    if (m_controller->journalId().isEmpty() || m_controller->isRecorded()) {
        m_controller->cancel();
        QWizard::reject();
        return;
    }
    if (m_askingToCancel)
        return; // Escape or the close button again while the question is open
    // Noted but not confirmed: the admin may already have done it in Partner Center.
    m_askingToCancel = true;
    MessageBox::Message question;
    question.objectName = u"cancelAssignmentQuestion"_s;
    question.title = tr("Cancel the assignment?");
    question.text = tr("Did you already assign the user in Partner Center?");
    question.informativeText = tr("If you did, record it now so the reassignment count stays right. If you are not "
                                  "sure, keep it open: CreditDesk asks again at the next start.");
    question.choices = {{MessageBox::Record, tr("&Record it")},
                        {MessageBox::Discard, tr("&Discard it")},
                        {MessageBox::Later, tr("Decide &later")},
                        {MessageBox::Back, tr("Go &back")}};
    question.defaultAnswer = MessageBox::Back;
    question.escapeAnswer = MessageBox::Back;
    MessageBox::ask(this, question, this, [this](MessageBox::Answer answer) {
        m_askingToCancel = false;
        answerCancelQuestion(answer);
    });
}

void AssignmentWizard::answerCancelQuestion(MessageBox::Answer answer)
{
    switch (answer) {
    case MessageBox::Record:
        m_controller->setPartnerCenterConfirmed(true);
        if (Status recorded = m_controller->finish(); !recorded) {
            MessageBox::warning(this, tr("Not recorded"), recorded.error().message, u"assignmentNotRecorded"_s);
            return;
        }
        QWizard::reject();
        return;
    case MessageBox::Later:
        m_keepJournal = true;
        QWizard::reject();
        return;
    case MessageBox::Discard:
        m_controller->cancel();
        QWizard::reject();
        return;
    default:
        return; // back to the wizard, as it was
    }
}

} // namespace CreditDesk
