// What the assignment wizard and the Remove user question say, compared with what the ledger
// holds before and after, through the main window's real widgets (offscreen): a first
// assignment, a reassignment, the last one allowed (5 of 5) and an assignment after a removal.
// Every page that states a count (the chosen credit, the walkthrough, the rules, the review,
// the recorded page) must state the ledger's count, before and after recording.
#include "ledgerfixtures.h"
#include "uitestsupport.h"

#include "assignment/assignmentcontroller.h"
#include "assignment/assignmenttexts.h"
#include "assignmentwizard.h"
#include "ledger/ledger.h"
#include "ledgerpages.h"
#include "mainwindow.h"
#include "models/partnercreditmodel.h"
#include "services/workspace.h"
#include "tablepage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::LedgerFixtures;

namespace {

DirectoryUser directoryUser(const QString &alias)
{
    const CandidateUser c = member(alias);
    return { c.objectId, c.displayName, c.mail, c.userPrincipalName, u"Member"_s, true };
}

/// What the review sentence must say for a monthly credit of $150.00 whose ledger shows
/// \a used reassignments and whether the next assignment counts as one.
QString expectedReview(const QString &alias, bool counts, int used)
{
    const QString who = u"Assign $150.00/month to %1 (%1@contoso.com)."_s.arg(alias);
    if (!counts)
        return who + u" This is the credit's first assignment, which is not a reassignment; 5 of 5 will remain."_s;
    return who + u" This is reassignment %1 of 5; %2 will remain."_s.arg(used + 1).arg(5 - used - 1);
}

QString expectedRemovalTail(int used)
{
    if (used >= 5)
        return u"Removing uses no reassignment, but all 5 are used: the credit cannot be assigned again."_s;
    return u"Removing uses no reassignment; the next assignment will be reassignment %1 of 5."_s.arg(used + 1);
}

} // namespace

class TestWizardLedger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyPageSaysWhatTheLedgerRecords_data();
    void everyPageSaysWhatTheLedgerRecords();

private:
    bool selectCredit(const QString &id);
    QString askRemoval(MessageBox::Answer answer);

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    int m_number = 0;
};

void TestWizardLedger::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestWizardLedger::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_ledger.reset();
}

bool TestWizardLedger::selectCredit(const QString &id)
{
    QTableView *view = m_window->ledgerPages()->creditsPage()->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(PartnerCreditModel::CreditIdRole).toString() == id) {
            view->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

QString TestWizardLedger::askRemoval(MessageBox::Answer answer)
{
    const MessageBox::Message asked =
        UiTest::answerMessage(answer, [this] { m_window->ledgerPages()->removeUserAction()->trigger(); });
    return asked.objectName == u"removeUserQuestion"_s ? asked.text : QString();
}

void TestWizardLedger::everyPageSaysWhatTheLedgerRecords_data()
{
    QTest::addColumn<QStringList>("history"); ///< assignments (aliases) and removals ("-") before
    QTest::addColumn<bool>("removeInGui"); ///< remove the assigned user through Remove user first
    QTest::addColumn<bool>("counts"); ///< the wizard's assignment is a reassignment
    QTest::addColumn<int>("usedBefore");

    QTest::newRow("first assignment") << QStringList() << false << false << 0;
    QTest::newRow("reassignment 3 of 5") << QStringList { u"a1"_s, u"a2"_s, u"a3"_s } << false << true << 2;
    QTest::newRow("last one allowed, 5 of 5")
        << QStringList { u"a1"_s, u"a2"_s, u"a3"_s, u"a4"_s, u"a5"_s } << false << true << 4;
    QTest::newRow("after a removal") << QStringList { u"a1"_s, u"a2"_s } << true << true << 1;
}

void TestWizardLedger::everyPageSaysWhatTheLedgerRecords()
{
    QFETCH(QStringList, history);
    QFETCH(bool, removeInGui);
    QFETCH(bool, counts);
    QFETCH(int, usedBefore);
    const QString id = u"PBC-7"_s;

    m_ledger = std::make_unique<Ledger>();
    QVERIFY(m_ledger->open(LedgerLocation::sqlite(m_dir.filePath(u"ledger%1.sqlite"_s.arg(++m_number)))).ok());
    m_ledger->setToday(kToday);
    PartnerCredit seeded = withHistory(monthlyCredit(id), history);
    // Other credits around it, as in a real ledger: one never assigned that ends sooner (the
    // wizard's credit table lists it first), one assigned.
    PartnerCredit fresh = monthlyCredit(u"PBC-1"_s);
    fresh.endDate = kToday.addMonths(3);
    const PartnerCredit other = withHistory(monthlyCredit(u"PBC-9"_s), { u"z1"_s, u"z2"_s });
    QVERIFY(m_ledger->importCredits({ fresh, seeded, other }, Ledger::ImportMode::AddMissing).ok());
    m_workspace = std::make_unique<Workspace>();
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->ledgerPages()->setLedger(m_ledger.get());
    m_window->showPage(MainWindow::PartnerCreditsPage);
    QVERIFY(selectCredit(id));

    if (removeInGui) {
        const int used = m_ledger->credit(id)->reassignmentsUsed;
        const QString question = askRemoval(MessageBox::Record);
        QVERIFY2(question.endsWith(expectedRemovalTail(used)), qPrintable(question));
        const PartnerCredit removed = m_ledger->credit(id).value();
        QVERIFY(removed.assignedUser.isEmpty());
        QCOMPARE(removed.reassignmentsUsed, used); // the question said: removing uses none
        QVERIFY(selectCredit(id));
    }

    // Before: the ledger's count is what every page must build on.
    const PartnerCredit before = m_ledger->credit(id).value();
    QCOMPARE(before.reassignmentsUsed, usedBefore);
    QCOMPARE(BenefitRules::nextAssignmentCountsAsReassignment(before), counts);
    const QString alias = u"newuser"_s;
    const QString review = expectedReview(alias, counts, usedBefore);

    AssignmentWizard *wizard = m_window->ledgerPages()->startAssignment();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    AssignmentController *controller = wizard->controller();
    QAbstractButton *next = wizard->button(QWizard::NextButton);

    QCOMPARE(wizard->currentId(), int(AssignmentWizard::CreditPageId));
    const QString chosen = wizard->findChild<QLabel *>(u"chosenCredit"_s)->text();
    QVERIFY2(chosen.contains(u"%1 of 5 reassignments used, %2 left"_s.arg(usedBefore).arg(5 - usedBefore)),
             qPrintable(chosen));
    next->click();

    QCOMPARE(wizard->currentId(), int(AssignmentWizard::WalkthroughPageId));
    const QString walkthrough = wizard->findChild<QLabel *>(u"walkthroughText"_s)->text();
    QVERIFY2(walkthrough.contains(u"at most 5 times in all (reassignments); %1 used so far"_s.arg(usedBefore)),
             qPrintable(walkthrough));
    wizard->findChild<QCheckBox *>(u"acknowledgeWalkthrough"_s)->click();
    next->click();

    QCOMPARE(wizard->currentId(), int(AssignmentWizard::UserPageId));
    controller->chooseUser(directoryUser(alias));
    QVERIFY(next->isEnabled());
    next->click();

    QCOMPARE(wizard->currentId(), int(AssignmentWizard::ChecksPageId));
    const QString checks = wizard->findChild<QLabel *>(u"checksList"_s)->text();
    const QString capVerdict = counts ? u"This is reassignment %1 of 5; %2 will remain."_s.arg(usedBefore + 1)
                                            .arg(5 - usedBefore - 1)
                                      : u"This is the first assignment; it uses none of the 5 reassignments."_s;
    QVERIFY2(checks.contains(capVerdict), qPrintable(checks));
    next->click();

    QCOMPARE(wizard->currentId(), int(AssignmentWizard::ReviewPageId));
    QCOMPARE(wizard->findChild<QLabel *>(u"reviewSentence"_s)->text(), review);
    next->click();

    QCOMPARE(wizard->currentId(), int(AssignmentWizard::PartnerCenterPageId));
    wizard->findChild<QCheckBox *>(u"partnerCenterConfirmed"_s)->click();
    wizard->button(QWizard::CommitButton)->click();

    // After: the ledger recorded what the review said, and the last page says the same.
    QCOMPARE(wizard->currentId(), int(AssignmentWizard::DonePageId));
    const PartnerCredit after = m_ledger->credit(id).value();
    QCOMPARE(after.assignedUser.userPrincipalName, u"newuser@contoso.com"_s);
    QCOMPARE(after.history.constLast().countsAsReassignment, counts);
    QCOMPARE(after.reassignmentsUsed, usedBefore + (counts ? 1 : 0));
    QCOMPARE(wizard->findChild<QLabel *>(u"doneSummary"_s)->text(), u"Recorded in the ledger: "_s + review);
    QCOMPARE(controller->reviewText(), review);
    QCOMPARE(controller->facts().reassignmentNumber, counts ? usedBefore + 1 : 0);
    // The ledger noticing its own change (the wizard's pages reload) does not change the story.
    controller->recheck();
    QCOMPARE(controller->reviewText(), review);
    QCOMPARE(wizard->findChild<QLabel *>(u"doneSummary"_s)->text(), u"Recorded in the ledger: "_s + review);
    wizard->button(QWizard::FinishButton)->click();

    // The removal question now states the ledger's new count.
    QVERIFY(selectCredit(id));
    const QString question = askRemoval(MessageBox::Cancel);
    QVERIFY2(question.contains(u"newuser@contoso.com"_s), qPrintable(question));
    QVERIFY2(question.endsWith(expectedRemovalTail(after.reassignmentsUsed)), qPrintable(question));
    QCOMPARE(m_ledger->credit(id)->history.size(), after.history.size());
}

QTEST_MAIN(TestWizardLedger)
#include "tst_wizardledger.moc"
