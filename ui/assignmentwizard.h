#pragma once

#include "messagebox.h"

#include <QWizard>

namespace CreditDesk {

class AssignmentController;
class PartnerCreditModel;

/// The assignment wizard: choose credit → what happens next → find or add the user → rule
/// checks → review → the Partner Center step → done. Every page shows the controller and
/// forwards input to it; the controller decides what Next allows.
class AssignmentWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { CreditPageId, WalkthroughPageId, UserPageId, ChecksPageId, ReviewPageId, PartnerCenterPageId,
                  DonePageId };
    Q_ENUM(PageId)

    /// Takes ownership of \a controller. \a credits is what the credit page lists (the ledger's
    /// credits), not owned.
    AssignmentWizard(AssignmentController *controller, PartnerCreditModel *credits, QWidget *parent = nullptr);

    AssignmentController *controller() const { return m_controller; }
    /// Starts on this credit (the main table's selection); it is chosen and shown first.
    void preselectCredit(const QString &creditId);

public Q_SLOTS:
    /// Cancel, Escape or closing the window. Once the assignment is journalled this asks how it
    /// ended (record, discard, decide later, go back) and closes only after the answer.
    void reject() override;

protected:
    void cleanupPage(int id) override;

private:
    void answerCancelQuestion(MessageBox::Answer answer);

    AssignmentController *m_controller;
    bool m_askingToCancel = false;
    bool m_keepJournal = false; ///< "Decide later": closing must not discard the journalled entry
};

} // namespace CreditDesk
