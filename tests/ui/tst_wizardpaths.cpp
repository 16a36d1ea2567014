// The assignment wizard's other paths, from the main window and with the keyboard only
// (Ctrl+Shift+A, Alt+N, Alt+U, Escape): each answer to "Cancel the assignment?" once the
// assignment is journalled (go back, decide later, discard, record), no question before it is,
// every rule's refusal stopping the wizard on the checks page with nothing written, and the
// unfinished-assignment question at start put off with Escape and asked again at the next.
#include "ledgerfixtures.h"
#include "uitestsupport.h"

#include "assignment/assignmentcontroller.h"
#include "assignmentwizard.h"
#include "models/assignmenthistorymodel.h"
#include "models/partnercreditmodel.h"
#include "tablepage.h"

#include <QAbstractButton>
#include <QLabel>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::LedgerFixtures;

namespace {

DirectoryUser directoryUser(const QString &alias, const QString &domain = u"contoso.com"_s)
{
    const CandidateUser c = member(alias, domain);
    return {c.objectId, c.displayName, c.mail, c.userPrincipalName, u"Member"_s, true};
}

} // namespace

class TestWizardPaths : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cancelBeforeTheJournalAsksNothing();
    void cancelOnceJournalled_data();
    void cancelOnceJournalled();
    void refusalsStopAtTheChecks_data();
    void refusalsStopAtTheChecks();
    void unfinishedQuestionPutOffIsAskedAgain();

private:
    void openWindowOn(const QList<PartnerCredit> &credits);
    AssignmentWizard *startOn(const QString &creditId);
    void walkToChecks(AssignmentWizard *wizard, const DirectoryUser &user);

    QTemporaryDir m_dir;
    int m_number = 0;
    std::unique_ptr<Ledger> m_ledger;
    UiTest::WindowFixture f;
};

void TestWizardPaths::initTestCase()
{
    UiTest::pinEnvironment();
    QVERIFY(m_dir.isValid());
}

void TestWizardPaths::cleanup()
{
    f.close();
    m_ledger.reset();
    MessageBox::reset();
}

void TestWizardPaths::openWindowOn(const QList<PartnerCredit> &credits)
{
    m_ledger = UiTest::openLedger(m_dir, ++m_number, kToday);
    QVERIFY(m_ledger);
    QVERIFY(m_ledger->importCredits(credits, Ledger::ImportMode::AddMissing).ok());
    QVERIFY(f.open(m_ledger.get()));
    f.window->showPage(MainWindow::PartnerCreditsPage);
}

/// Selects \a creditId on the Partner credits page and presses Ctrl+Shift+A.
AssignmentWizard *TestWizardPaths::startOn(const QString &creditId)
{
    QTableView *view = f.window->ledgerPages()->creditsPage()->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(PartnerCreditModel::CreditIdRole).toString() == creditId)
            view->setCurrentIndex(index);
    }
    QTest::keyClick(f.window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    auto *wizard = UiTest::visibleTopLevel<AssignmentWizard>();
    return wizard && UiTest::activate(wizard) ? wizard : nullptr;
}

/// From the credit page to the rule checks for \a user. The user is chosen through the
/// controller: with nobody signed in there is no directory to search.
void TestWizardPaths::walkToChecks(AssignmentWizard *wizard, const DirectoryUser &user)
{
    // A mnemonic clicks its button animated, a moment later: hence the QTRY.
    QCOMPARE(wizard->currentId(), int(AssignmentWizard::CreditPageId));
    QTest::keyClick(wizard, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(wizard->currentId(), int(AssignmentWizard::WalkthroughPageId));
    QTest::keyClick(wizard, Qt::Key_U, Qt::AltModifier); // I &understand
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClick(wizard, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(wizard->currentId(), int(AssignmentWizard::UserPageId));
    wizard->controller()->chooseUser(user);
    QTest::keyClick(wizard, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(wizard->currentId(), int(AssignmentWizard::ChecksPageId));
}

void TestWizardPaths::cancelBeforeTheJournalAsksNothing()
{
    openWindowOn({monthlyCredit(u"PBC-1"_s)});
    QPointer<AssignmentWizard> wizard = startOn(u"PBC-1"_s);
    QVERIFY(wizard);
    walkToChecks(wizard, directoryUser(u"ana"_s));
    if (QTest::currentTestFailed())
        return;
    QTest::keyClick(wizard, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(wizard->currentId(), int(AssignmentWizard::ReviewPageId));
    MessageBox::reset();
    QTest::keyClick(wizard, Qt::Key_Escape);
    QVERIFY(MessageBox::lastMessage().objectName.isEmpty()); // nothing asked
    QTRY_VERIFY(!wizard);                                       // closed and gone
    QVERIFY(m_ledger->unfinishedAssignments().value().isEmpty());
    QVERIFY(m_ledger->credit(u"PBC-1"_s).value().history.isEmpty());
}

void TestWizardPaths::cancelOnceJournalled_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("stays");   ///< the wizard stays open
    QTest::addColumn<int>("unfinished"); ///< journal entries left open
    QTest::addColumn<bool>("assigned");

    QTest::newRow("go back") << int(MessageBox::Back) << true << 1 << false;
    QTest::newRow("decide later") << int(MessageBox::Later) << false << 1 << false;
    QTest::newRow("discard") << int(MessageBox::Discard) << false << 0 << false;
    QTest::newRow("record") << int(MessageBox::Record) << false << 0 << true;
}

void TestWizardPaths::cancelOnceJournalled()
{
    QFETCH(int, answer);
    QFETCH(bool, stays);
    QFETCH(int, unfinished);
    QFETCH(bool, assigned);

    openWindowOn({monthlyCredit(u"PBC-1"_s)});
    QPointer<AssignmentWizard> wizard = startOn(u"PBC-1"_s);
    QVERIFY(wizard);
    walkToChecks(wizard, directoryUser(u"ana"_s));
    if (QTest::currentTestFailed())
        return;
    QTest::keyClick(wizard, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(wizard->currentId(), int(AssignmentWizard::ReviewPageId));
    QTest::keyClick(wizard, Qt::Key_N, Qt::AltModifier); // journalled: the Partner Center step
    QTRY_COMPARE(wizard->currentId(), int(AssignmentWizard::PartnerCenterPageId));
    QCOMPARE(m_ledger->unfinishedAssignments().value().size(), 1);

    const MessageBox::Message asked = UiTest::answerMessage(MessageBox::Answer(answer), [&] {
        QTest::keyClick(wizard, Qt::Key_Escape);
    });
    QCOMPARE(asked.objectName, u"cancelAssignmentQuestion"_s);
    QCOMPARE(asked.text, u"Did you already assign the user in Partner Center?"_s);
    QCOMPARE(asked.escapeAnswer, MessageBox::Back);
    QCOMPARE(asked.choices.size(), 4);

    if (stays) {
        QVERIFY(wizard && wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(AssignmentWizard::PartnerCenterPageId));
    } else {
        QTRY_VERIFY(!wizard);
    }
    QCOMPARE(m_ledger->unfinishedAssignments().value().size(), qsizetype(unfinished));
    const PartnerCredit credit = m_ledger->credit(u"PBC-1"_s).value();
    QCOMPARE(credit.assignedUser.userPrincipalName, assigned ? u"ana@contoso.com"_s : QString());
    QCOMPARE(credit.history.size(), qsizetype(assigned ? 1 : 0));
    QTRY_COMPARE(f.window->ledgerPages()->history()->rowCount(), assigned ? 1 : 0);

    // What was left open is asked about at the next start, as the question promised.
    f.close();
    QVERIFY(f.open(m_ledger.get()));
    if (unfinished > 0)
        QTRY_VERIFY(UiTest::visibleTopLevel<QDialog>(u"unfinishedAssignmentsDialog"_s));
    else
        QVERIFY(!f.window->findChild<QDialog *>(u"unfinishedAssignmentsDialog"_s));
}

void TestWizardPaths::refusalsStopAtTheChecks_data()
{
    QTest::addColumn<QList<PartnerCredit>>("credits");
    QTest::addColumn<QString>("creditId");
    QTest::addColumn<QString>("user");   ///< alias
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("reason"); ///< what the checks page must say

    PartnerCredit expired = monthlyCredit(u"PBC-1"_s);
    expired.endDate = kToday.addDays(-1);
    QTest::newRow("expired") << QList<PartnerCredit>{expired} << u"PBC-1"_s << u"ana"_s << u"contoso.com"_s
                             << u"an expired credit cannot be assigned"_s;
    QTest::newRow("already assigned")
        << QList<PartnerCredit>{withHistory(monthlyCredit(u"PBC-1"_s), {u"a1"_s})} << u"PBC-1"_s << u"a1"_s
        << u"contoso.com"_s << u"This credit is already assigned to a1@contoso.com."_s;
    QTest::newRow("bulk credit reassigned")
        << QList<PartnerCredit>{withHistory(bulkCredit(u"PBC-B1"_s), {u"ana"_s})} << u"PBC-B1"_s << u"ben"_s
        << u"contoso.com"_s << u"Bulk (yearly) credits cannot be reassigned."_s;
    QTest::newRow("every reassignment used")
        << QList<PartnerCredit>{withHistory(monthlyCredit(u"PBC-1"_s),
                                            {u"a1"_s, u"a2"_s, u"a3"_s, u"a4"_s, u"a5"_s, u"a6"_s, u"-"_s})}
        << u"PBC-1"_s << u"ana"_s << u"contoso.com"_s << u"All 5 reassignments of this monthly credit are used"_s;
    QTest::newRow("free email domain") << QList<PartnerCredit>{monthlyCredit(u"PBC-1"_s)} << u"PBC-1"_s << u"sam"_s
                                       << u"gmail.com"_s << u"is on a free email domain (gmail.com)"_s;
    QTest::newRow("a second bulk credit")
        << QList<PartnerCredit>{withHistory(bulkCredit(u"PBC-B1"_s), {u"ana"_s}), bulkCredit(u"PBC-B2"_s)}
        << u"PBC-B2"_s << u"ana"_s << u"contoso.com"_s << u"already holds bulk credit PBC-B1"_s;
}

void TestWizardPaths::refusalsStopAtTheChecks()
{
    QFETCH(QList<PartnerCredit>, credits);
    QFETCH(QString, creditId);
    QFETCH(QString, user);
    QFETCH(QString, domain);
    QFETCH(QString, reason);

    openWindowOn(credits);
    const QList<PartnerCredit> before = m_ledger->credits().value();
    QPointer<AssignmentWizard> wizard = startOn(creditId);
    QVERIFY(wizard);
    walkToChecks(wizard, directoryUser(user, domain));
    if (QTest::currentTestFailed())
        return;
    const QString checks = wizard->findChild<QLabel *>(u"checksList"_s)->text();
    QVERIFY2(checks.contains(reason.toHtmlEscaped()), qPrintable(checks));
    QVERIFY(wizard->findChild<QLabel *>(u"checksSummary"_s)->text().contains(u"would refuse"_s));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // so Alt+N has nothing to press

    // Nothing written, and leaving asks nothing.
    MessageBox::reset();
    QTest::keyClick(wizard, Qt::Key_Escape);
    QVERIFY(MessageBox::lastMessage().objectName.isEmpty());
    QTRY_VERIFY(!wizard);
    QVERIFY(m_ledger->unfinishedAssignments().value().isEmpty());
    const QList<PartnerCredit> after = m_ledger->credits().value();
    QCOMPARE(after.size(), before.size());
    for (const PartnerCredit &credit : before) {
        const PartnerCredit now = m_ledger->credit(credit.id).value();
        QCOMPARE(now.history.size(), credit.history.size());
        QCOMPARE(now.assignedUser.userPrincipalName, credit.assignedUser.userPrincipalName);
    }
}

void TestWizardPaths::unfinishedQuestionPutOffIsAskedAgain()
{
    m_ledger = UiTest::openLedger(m_dir, ++m_number, kToday);
    QVERIFY(m_ledger);
    QVERIFY(m_ledger->addCredit(monthlyCredit(u"PBC-1"_s)).ok());
    // Left open by this computer's user, as a signed-out CreditDesk journals: theirs to decide.
    QVERIFY(m_ledger->journalAssignment(u"PBC-1"_s, member(u"ana"_s), QString()).ok());

    for (int start = 0; start < 2; ++start) {
        QVERIFY(f.open(m_ledger.get()));
        QPointer<QDialog> dialog;
        QTRY_VERIFY((dialog = UiTest::visibleTopLevel<QDialog>(u"unfinishedAssignmentsDialog"_s)));
        QVERIFY(UiTest::activate(dialog));
        QTest::keyClick(dialog, Qt::Key_Escape); // Decide later
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(m_ledger->unfinishedAssignments().value().size(), 1);
        QVERIFY(m_ledger->credit(u"PBC-1"_s).value().history.isEmpty());
        f.close();
    }
}

QTEST_MAIN(TestWizardPaths)
#include "tst_wizardpaths.moc"
