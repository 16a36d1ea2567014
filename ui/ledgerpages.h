#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QSortFilterProxyModel;
class QWidget;

class QSettings;

namespace CreditDesk {

class AssignmentHistoryModel;
class AssignmentWizard;
class CreditDetails;
class Ledger;
struct PartnerCredit;
class PartnerCreditFilterProxy;
class PartnerCreditModel;
class TablePage;
class Workspace;

/// The main window's ledger pages — Partner credits (with its details pane) and Assignment
/// history — and their actions: Assign…, Remove user, add/edit/delete a credit, CSV import
/// and export. Keeps them in step with the ledger, also when another window changes it.
class LedgerPages : public QObject
{
    Q_OBJECT
public:
    LedgerPages(Workspace *workspace, QWidget *window, QWidget *pageParent);

    /// The Partner credits page with its ledger toolbar (the page to show).
    QWidget *creditsWidget() const { return m_creditsWidget; }
    TablePage *creditsPage() const { return m_creditsPage; }
    TablePage *historyPage() const { return m_historyPage; }
    PartnerCreditModel *credits() const { return m_credits; }
    AssignmentHistoryModel *history() const { return m_history; }
    QAction *assignAction() const { return m_assign; }
    QAction *removeUserAction() const { return m_removeUser; }
    QList<QAction *> creditActions() const;

    /// The ledger to show (not owned). The first time a ledger is set, unfinished assignments
    /// are offered (see offerUnfinishedAssignments()) once the event loop runs.
    void setLedger(Ledger *ledger);
    /// Column layout, splitter, search and quick filter of both pages, as the other tables
    /// keep theirs. A remembered layout is not refitted to the contents.
    void restoreState(QSettings &settings);
    void saveState(QSettings &settings) const;
    /// Re-reads the ledger into the models.
    void reload();
    /// Opens the wizard (pre-selecting the selected credit) and returns it.
    AssignmentWizard *startAssignment();
    /// Asks, per journalled assignment never confirmed, whether it was done (record) or not
    /// (discard). Returns the dialog, or nullptr when there is nothing to ask.
    QWidget *offerUnfinishedAssignments();
    /// Who "I" am for the journal: the signed-in admin's UPN, else Ledger::localIdentity().
    QString currentAdmin() const;

Q_SIGNALS:
    /// Something the status bar should say.
    void message(const QString &text);

private:
    Ledger *ledger() const;
    QString selectedCreditId() const;
    void updateActions();
    void updateSummary();
    void showDetails();
    void removeUser();
    void recordRemoval(const QString &id, const PartnerCredit &credit);
    void editCredit(bool add);
    void deleteCredit();
    void importCsv();
    void importFile(const QString &fileName);
    void exportCsv();
    void exportFile(const QString &fileName);
    void reportError(const QString &title, const QString &message);

    Workspace *m_workspace;
    QWidget *m_window;
    PartnerCreditModel *m_credits;
    PartnerCreditFilterProxy *m_creditsProxy;
    CreditDetails *m_details;
    QWidget *m_creditsWidget;
    TablePage *m_creditsPage;
    AssignmentHistoryModel *m_history;
    QSortFilterProxyModel *m_historyProxy;
    TablePage *m_historyPage;
    QAction *m_assign;
    QAction *m_removeUser;
    QAction *m_addCredit;
    QAction *m_editCredit;
    QAction *m_deleteCredit;
    QAction *m_import;
    QAction *m_export;
    QPointer<Ledger> m_ledger;
    QPointer<Ledger> m_watched;
    bool m_offeredUnfinished = false;
    bool m_creditColumnsFitted = false;
    bool m_historyColumnsFitted = false;
};

} // namespace CreditDesk
