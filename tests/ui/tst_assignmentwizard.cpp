// The assignment wizard through its real widgets under the offscreen platform, against the
// sandbox's Graph and a ledger seeded with the sandbox's partner credits: every page, a guest
// refused inline, a new user added, the review sentence, the Partner Center step, and then the
// record in the ledger and on the main window's Assignment history page.
#include "assignmenttestutil.h"

#include "assignment/assignmentcontroller.h"
#include "assignment/userdirectorysearch.h"
#include "assignmentpages.h"
#include "assignmentwizard.h"
#include "ledgerpages.h"
#include "mainwindow.h"
#include "models/assignmenthistorymodel.h"
#include "models/directoryusermodel.h"
#include "models/partnercreditmodel.h"
#include "newuserdialog.h"
#include "services/workspace.h"
#include "tablepage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::Testing;

class TestAssignmentWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyPageAgainstTheSandbox();
    void altNGoesToTheNextPage();
    void unfinishedAssignmentIsOfferedAtStart();

private:
    LedgerFixture f;
};

void TestAssignmentWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(f.start());
}

void TestAssignmentWizard::altNGoesToTheNextPage()
{
    // The first page had two Alt+N mnemonics ("Show only credits &not redeemed yet" and
    // "&Next"), so Alt+N moved the focus between them instead of going on.
    const PartnerCredit credit = f.creditWhere([this](const PartnerCredit &c) {
        return c.status == PartnerCredit::Status::NotRedeemed && !BenefitRules::isExpired(c, f.ledger.today());
    });
    QVERIFY(!credit.id.isEmpty());
    PartnerCreditModel credits;
    credits.setCredits(f.credits());
    auto *controller = new AssignmentController(&f.ledger, f.graph.get());
    AssignmentWizard wizard(controller, &credits);
    wizard.preselectCredit(credit.id);
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    QCOMPARE(wizard.currentId(), int(AssignmentWizard::CreditPageId));

    QStringList mnemonics;
    for (QAbstractButton *button : wizard.findChildren<QAbstractButton *>()) {
        if (!button->isVisible())
            continue;
        const QString text = button->text();
        const qsizetype amp = text.indexOf(u'&');
        if (amp >= 0 && amp + 1 < text.size() && text.at(amp + 1) != u'&')
            mnemonics.append(text.at(amp + 1).toLower());
    }
    QStringList unique = mnemonics;
    unique.removeDuplicates();
    QCOMPARE(mnemonics.size(), unique.size());

    QTest::keyClick(&wizard, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(wizard.currentId(), int(AssignmentWizard::WalkthroughPageId));
}

void TestAssignmentWizard::everyPageAgainstTheSandbox()
{
    const PartnerCredit credit = f.creditWhere([this](const PartnerCredit &c) {
        return c.type == PartnerCredit::Type::Monthly && c.status == PartnerCredit::Status::NotRedeemed
            && c.history.isEmpty() && !BenefitRules::isExpired(c, f.ledger.today());
    });
    QVERIFY(!credit.id.isEmpty());
    const QList<DirectoryUser> users = f.allUsers();
    const auto guest = std::find_if(users.cbegin(), users.cend(), [](const DirectoryUser &u) { return u.isGuest(); });
    QVERIFY(guest != users.cend());

    PartnerCreditModel credits;
    credits.setCredits(f.credits());
    auto *controller = new AssignmentController(&f.ledger, f.graph.get());
    controller->setPerformedBy(u"admin@contoso.com"_s, u"Pat Admin"_s);
    AssignmentWizard wizard(controller, &credits);
    wizard.preselectCredit(credit.id);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QAbstractButton *next = wizard.button(QWizard::NextButton);

    // 1. The credit, pre-selected.
    QCOMPARE(wizard.currentId(), int(AssignmentWizard::CreditPageId));
    QCOMPARE(controller->credit()->id, credit.id);
    QVERIFY(next->isEnabled());
    next->click();

    // 2. What happens next: must be acknowledged.
    QCOMPARE(wizard.currentId(), int(AssignmentWizard::WalkthroughPageId));
    QVERIFY(wizard.findChild<QLabel *>(u"walkthroughText"_s)->text().contains(u"new</b> Azure subscription"_s));
    QVERIFY(!next->isEnabled());
    wizard.findChild<QCheckBox *>(u"acknowledgeWalkthrough"_s)->click();
    QVERIFY(next->isEnabled());
    next->click();

    // 3. Search as you type; a guest is found and chosen…
    QCOMPARE(wizard.currentId(), int(AssignmentWizard::UserPageId));
    auto *search = wizard.findChild<QLineEdit *>(u"userSearch"_s);
    auto *view = wizard.findChild<QTableView *>(u"userView"_s);
    QTest::keyClicks(search, guest->displayName.left(6));
    QTRY_VERIFY_WITH_TIMEOUT(!controller->search()->isBusy() && view->model()->rowCount() > 0
                                 && controller->search()->text() == guest->displayName.left(6).simplified(),
                             10'000);
    int guestRow = -1;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, DirectoryUserModel::PrincipalNameColumn).data() == guest->userPrincipalName)
            guestRow = row;
    }
    QVERIFY(guestRow >= 0);
    QCOMPARE(view->model()->index(guestRow, DirectoryUserModel::AccountTypeColumn).data().toString().left(5),
             u"Guest"_s);
    view->setCurrentIndex(view->model()->index(guestRow, 0));
    QVERIFY(next->isEnabled());
    next->click();

    // 4. …and refused inline, with the rule's reason; Next stays disabled.
    QCOMPARE(wizard.currentId(), int(AssignmentWizard::ChecksPageId));
    QVERIFY(!next->isEnabled());
    const QString checks = wizard.findChild<QLabel *>(u"checksList"_s)->text();
    const auto refusal = BenefitRules::firstRefusal(controller->verdicts());
    QVERIFY(refusal.has_value());
    QVERIFY2(checks.contains(refusal->reason.toHtmlEscaped()), qPrintable(checks));
    QVERIFY(wizard.findChild<QLabel *>(u"checksSummary"_s)->text().contains(u"would refuse"_s));
    wizard.back();

    // Add a new user on a verified domain; the password is shown once.
    QCOMPARE(wizard.currentId(), int(AssignmentWizard::UserPageId));
    wizard.findChild<QPushButton *>(u"addUserButton"_s)->click();
    NewUserDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = wizard.findChild<NewUserDialog *>()) && dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->domainField()->count() > 0, 10'000);
    QTest::keyClicks(dialog->nameField(), u"Ana Ruiz"_s);
    QCOMPARE(dialog->aliasField()->text(), u"ana.ruiz"_s);
    dialog->findChild<QPushButton *>(u"createUserButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->passwordLabel()->text().isEmpty(), 10'000);
    const QString upn = u"ana.ruiz@%1"_s.arg(dialog->domainField()->currentText());
    QCOMPARE(controller->user()->userPrincipalName, upn);
    dialog->findChild<QPushButton *>(u"closeNewUserButton"_s)->click();
    QTRY_VERIFY(!wizard.findChild<NewUserDialog *>());
    QVERIFY(controller->temporaryPassword().isEmpty()); // shown once, then forgotten
    QVERIFY(next->isEnabled());
    next->click();

    // 4 again: every rule allows.
    QCOMPARE(wizard.currentId(), int(AssignmentWizard::ChecksPageId));
    QVERIFY(wizard.findChild<QLabel *>(u"checksSummary"_s)->text().contains(u"All rules allow"_s));
    QVERIFY(next->isEnabled());
    next->click();

    // 5. Review.
    QCOMPARE(wizard.currentId(), int(AssignmentWizard::ReviewPageId));
    QCOMPARE(wizard.findChild<QLabel *>(u"reviewSentence"_s)->text(),
             u"Assign %1/month to Ana Ruiz (%2). This is the credit's first assignment, which is not a "
             "reassignment; 5 of 5 will remain."_s.arg(formatMoney(credit.amount, QLocale()), upn));
    QVERIFY(f.ledger.unfinishedAssignments().value().isEmpty());
    next->click();

    // 6. Partner Center: journalled now, recorded only after the tick.
    QCOMPARE(wizard.currentId(), int(AssignmentWizard::PartnerCenterPageId));
    QCOMPARE(f.ledger.unfinishedAssignments().value().size(), 1);
    QCOMPARE(wizard.findChild<QLineEdit *>(u"partnerCenterUpn"_s)->text(), upn);
    QAbstractButton *commit = wizard.button(QWizard::CommitButton);
    QVERIFY(commit->isVisible());
    QVERIFY(!commit->isEnabled());
    wizard.findChild<QCheckBox *>(u"partnerCenterConfirmed"_s)->click();
    QVERIFY(commit->isEnabled());
    commit->click();

    // 7. Done: recorded, with the link and the email.
    QCOMPARE(wizard.currentId(), int(AssignmentWizard::DonePageId));
    QVERIFY(f.ledger.unfinishedAssignments().value().isEmpty());
    const QString email = wizard.findChild<QPlainTextEdit *>(u"emailText"_s)->toPlainText();
    QVERIFY(email.contains(upn));
    QVERIFY(email.contains(f.ledger.policy().monthlyRedemptionUrl.toString()));
    QVERIFY(wizard.findChild<QLabel *>(u"redemptionLink"_s)->text().contains(u"href"_s));
    wizard.button(QWizard::FinishButton)->click();

    // The ledger has it, and the main window's pages show it.
    const PartnerCredit recorded = f.ledger.credit(credit.id).value();
    QCOMPARE(recorded.assignedUser.userPrincipalName, upn);
    QCOMPARE(recorded.history.constLast().performedBy, u"admin@contoso.com"_s);
    Workspace workspace;
    MainWindow window(&workspace);
    window.ledgerPages()->setLedger(&f.ledger);
    window.showPage(MainWindow::HistoryPage);
    const AssignmentHistoryModel *history = window.ledgerPages()->history();
    bool found = false;
    for (int row = 0; row < history->rowCount(); ++row) {
        found = found
            || (history->index(row, AssignmentHistoryModel::PrincipalNameColumn).data() == upn
                && history->index(row, AssignmentHistoryModel::CreditColumn).data() == credit.id);
    }
    QVERIFY(found);
    QCOMPARE(window.ledgerPages()->historyPage()->view()->model()->rowCount(), history->rowCount());
}

void TestAssignmentWizard::unfinishedAssignmentIsOfferedAtStart()
{
    // A journalled assignment nobody confirmed (the app was closed at the Partner Center step).
    const PartnerCredit credit = f.creditWhere([this](const PartnerCredit &c) {
        return c.type == PartnerCredit::Type::Monthly && c.assignedUser.isEmpty()
            && c.reassignmentsUsed < c.reassignmentCap && !BenefitRules::isExpired(c, f.ledger.today());
    });
    QVERIFY(!credit.id.isEmpty());
    const auto user = freeMember(f.allUsers(), f.credits());
    QVERIFY(user);
    {
        AssignmentController controller(&f.ledger, f.graph.get());
        QVERIFY(controller.chooseCredit(credit.id).ok());
        controller.chooseUser(*user);
        QVERIFY(controller.journal().ok());
    } // destroyed without cancel: the entry stays open

    Workspace workspace;
    MainWindow window(&workspace);
    window.show();
    window.ledgerPages()->setLedger(&f.ledger);
    QWidget *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QWidget *>(u"unfinishedAssignmentsDialog"_s)) && dialog->isVisible());
    auto *record = dialog->findChild<QPushButton *>(u"recordUnfinished0"_s);
    QVERIFY(record);
    record->click();
    QVERIFY(f.ledger.unfinishedAssignments().value().isEmpty());
    QCOMPARE(f.ledger.credit(credit.id).value().assignedUser.userPrincipalName, user->userPrincipalName);
}

QTEST_MAIN(TestAssignmentWizard)
#include "tst_assignmentwizard.moc"
