// The assignment wizard's controller, headless, against the sandbox's Graph and a real ledger
// seeded with the sandbox's partner credits: search as you type with paging and stale answers
// dropped, the rules shown per user, Next gated while a rule refuses, the review sentence,
// journal before the Partner Center step and confirmation after it, cancel keeping nothing,
// and a new user on a verified domain with a password shown once.
#include "assignmenttestutil.h"

#include "assignment/assignmentcontroller.h"
#include "assignment/temporarypassword.h"
#include "assignment/userdirectorysearch.h"
#include "models/directoryusermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::Testing;
using Step = AssignmentController::Step;

class TestAssignmentController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void searchPagesAndFeedsTheModel();
    void newerSearchWins();
    void freeMailUserIsRefusedWithTheRule();
    void guestIsRefusedWithTheRule();
    void sixthReassignmentIsRefused();
    void walkthroughMustBeAcknowledged();
    void reviewSaysWhichReassignment();
    void journalThenConfirmRecords();
    void cancelKeepsNothing();
    void newUserOnAVerifiedDomain();
    void temporaryPasswordsAreStrong();

private:
    std::unique_ptr<AssignmentController> makeController();
    /// A monthly credit nobody holds now, not expired, with a reassignment left.
    bool isOpenMonthly(const PartnerCredit &c) const
    {
        return c.type == PartnerCredit::Type::Monthly && c.assignedUser.isEmpty()
            && c.reassignmentsUsed < c.reassignmentCap && !BenefitRules::isExpired(c, f.ledger.today());
    }
    /// A monthly credit never assigned and not expired.
    bool isFreshMonthly(const PartnerCredit &c) const
    {
        return c.type == PartnerCredit::Type::Monthly && c.status == PartnerCredit::Status::NotRedeemed
            && c.history.isEmpty() && !BenefitRules::isExpired(c, f.ledger.today());
    }

    LedgerFixture f;
    QList<DirectoryUser> users;
};

void TestAssignmentController::initTestCase()
{
    QVERIFY(f.start());
    users = f.allUsers();
    QVERIFY(users.size() >= 60);
    QVERIFY(!f.credits().isEmpty());
}

std::unique_ptr<AssignmentController> TestAssignmentController::makeController()
{
    auto controller = std::make_unique<AssignmentController>(&f.ledger, f.graph.get());
    controller->setPerformedBy(u"admin@contoso.com"_s, u"Pat Admin"_s);
    controller->search()->setDebounceMs(0);
    return controller;
}

void TestAssignmentController::searchPagesAndFeedsTheModel()
{
    auto controller = makeController();
    UserDirectorySearch *search = controller->search();
    search->setPageSize(5);
    DirectoryUserModel model(search);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    search->setText(u"a"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!search->isBusy() && !search->users().isEmpty(), 10'000);
    // Pages of five, one at a time, until the last (the tester may ask for some itself).
    QVERIFY(model.rowCount() >= 5);
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!search->isBusy() && model.rowCount() > before, 10'000);
        QVERIFY(model.rowCount() <= before + 5);
    }
    QCOMPARE(model.rowCount(), int(search->users().size()));
    // The same search in one page of 999 finds the same users: no page lost or repeated.
    QObject context;
    Outcome<Result<GraphApi::UserPage>> onePage;
    f.graph->searchUsers(u"a"_s, 999, &context, onePage.callback());
    QVERIFY(onePage.wait());
    QVERIFY(onePage.value->ok());
    QCOMPARE(model.rowCount(), int(onePage.value->value().items.size()));
    for (const DirectoryUser &user : search->users()) {
        const QString all = (user.displayName + u' ' + user.mail + u' ' + user.userPrincipalName).toLower();
        QVERIFY2(all.contains(u'a'), qPrintable(all));
    }
    QCOMPARE(model.index(0, DirectoryUserModel::PrincipalNameColumn).data().toString(),
             search->users().constFirst().userPrincipalName);
}

void TestAssignmentController::newerSearchWins()
{
    auto controller = makeController();
    UserDirectorySearch *search = controller->search();
    const DirectoryUser target = users.at(3);
    search->setText(u"a"_s);
    search->searchNow();
    search->setText(target.userPrincipalName);
    search->searchNow(); // the first search is still in flight: it is cancelled and ignored
    QTRY_VERIFY_WITH_TIMEOUT(!search->isBusy(), 10'000);
    QCOMPARE(search->text(), target.userPrincipalName);
    QVERIFY(!search->users().isEmpty());
    for (const DirectoryUser &user : search->users())
        QVERIFY(user.userPrincipalName.startsWith(target.userPrincipalName.left(3), Qt::CaseInsensitive)
                || user.displayName.contains(target.userPrincipalName.left(3), Qt::CaseInsensitive)
                || user.mail.startsWith(target.userPrincipalName.left(3), Qt::CaseInsensitive));
}

void TestAssignmentController::freeMailUserIsRefusedWithTheRule()
{
    auto controller = makeController();
    const PartnerCredit credit = f.creditWhere([this](const PartnerCredit &c) { return isFreshMonthly(c); });
    QVERIFY(!credit.id.isEmpty());
    auto freeMail = std::find_if(users.cbegin(), users.cend(),
                                 [](const DirectoryUser &u) { return !u.isGuest() && isFreeMail(u.mail); });
    QVERIFY(freeMail != users.cend());
    QVERIFY(controller->chooseCredit(credit.id).ok());
    controller->chooseUser(*freeMail);
    QVERIFY(!controller->isAllowed());
    QVERIFY(!controller->canLeave(Step::Checks));
    QVERIFY(!controller->canLeave(Step::Review));
    const auto refusal = BenefitRules::firstRefusal(controller->verdicts());
    QVERIFY(refusal.has_value());
    QCOMPARE(refusal->ruleId, QString(RuleId::FreeEmailDomain));
    QVERIFY(!refusal->reason.isEmpty());
    // A refused assignment cannot be journalled by any path.
    QVERIFY(!controller->journal().ok());
    QVERIFY(f.ledger.unfinishedAssignments().value().isEmpty());
}

void TestAssignmentController::guestIsRefusedWithTheRule()
{
    auto controller = makeController();
    const PartnerCredit credit = f.creditWhere([this](const PartnerCredit &c) { return isFreshMonthly(c); });
    auto guest = std::find_if(users.cbegin(), users.cend(), [](const DirectoryUser &u) { return u.isGuest(); });
    QVERIFY(guest != users.cend());
    QVERIFY(controller->chooseCredit(credit.id).ok());
    controller->chooseUser(*guest);
    QVERIFY(!controller->canLeave(Step::Checks));
    const bool guestRule = std::any_of(controller->verdicts().cbegin(), controller->verdicts().cend(),
                                       [](const RuleVerdict &v) { return v.ruleId == RuleId::GuestAccount && !v.allowed; });
    QVERIFY(guestRule);
}

void TestAssignmentController::sixthReassignmentIsRefused()
{
    auto controller = makeController();
    const PartnerCredit capped = f.creditWhere([](const PartnerCredit &c) {
        return c.type == PartnerCredit::Type::Monthly && c.reassignmentsUsed >= c.reassignmentCap
            && c.status != PartnerCredit::Status::Expired;
    });
    QVERIFY2(!capped.id.isEmpty(), "the sandbox seeds a monthly credit at the cap");
    const auto user = freeMember(users, f.credits());
    QVERIFY(user);
    QVERIFY(controller->chooseCredit(capped.id).ok());
    controller->chooseUser(*user);
    QVERIFY(!controller->canLeave(Step::Checks));
    const auto refusal = BenefitRules::firstRefusal(controller->verdicts());
    QVERIFY(refusal.has_value());
    QCOMPARE(refusal->ruleId, QString(RuleId::MonthlyReassignmentCap));
}

void TestAssignmentController::walkthroughMustBeAcknowledged()
{
    auto controller = makeController();
    QVERIFY(!controller->canLeave(Step::Credit));
    const PartnerCredit bulk = f.creditWhere([](const PartnerCredit &c) { return c.type == PartnerCredit::Type::Bulk; });
    QVERIFY(controller->chooseCredit(bulk.id).ok());
    QVERIFY(controller->canLeave(Step::Credit));
    QVERIFY(!controller->canLeave(Step::Walkthrough));
    QVERIFY(controller->walkthrough().join(u' ').contains(u"cannot be reassigned"_s));
    QVERIFY(controller->walkthrough().join(u' ').contains(u"new</b> Azure subscription"_s));
    controller->setAcknowledged(true);
    QVERIFY(controller->canLeave(Step::Walkthrough));
    // Another credit: read again.
    const PartnerCredit monthly =
        f.creditWhere([](const PartnerCredit &c) { return c.type == PartnerCredit::Type::Monthly; });
    QVERIFY(controller->chooseCredit(monthly.id).ok());
    QVERIFY(!controller->canLeave(Step::Walkthrough));
    QVERIFY(controller->walkthrough().join(u' ').contains(u"13 months"_s));
}

void TestAssignmentController::reviewSaysWhichReassignment()
{
    auto controller = makeController();
    const PartnerCredit atFour = f.creditWhere([](const PartnerCredit &c) {
        return c.type == PartnerCredit::Type::Monthly && c.reassignmentsUsed == c.reassignmentCap - 1
            && c.status != PartnerCredit::Status::Expired;
    });
    QVERIFY2(!atFour.id.isEmpty(), "the sandbox seeds a monthly credit with one reassignment left");
    const auto user = freeMember(users, f.credits());
    QVERIFY(controller->chooseCredit(atFour.id).ok());
    controller->chooseUser(*user);
    QVERIFY2(controller->canLeave(Step::Checks), qPrintable(BenefitRules::firstRefusal(controller->verdicts())
                                                                .value_or(RuleVerdict()).reason));
    const QString expected = u"Assign %1/month to %2 (%3). This is reassignment 5 of 5; 0 will remain."_s.arg(
        formatMoney(atFour.amount, QLocale()), user->displayName, user->userPrincipalName);
    QCOMPARE(controller->reviewText(), expected);

    const PartnerCredit fresh = f.creditWhere([this](const PartnerCredit &c) { return isFreshMonthly(c); });
    QVERIFY(controller->chooseCredit(fresh.id).ok());
    QVERIFY(controller->reviewText().contains(u"first assignment, which is not a reassignment; 5 of 5 will remain"_s));
}

void TestAssignmentController::journalThenConfirmRecords()
{
    auto controller = makeController();
    const PartnerCredit credit = f.creditWhere([this](const PartnerCredit &c) { return isFreshMonthly(c); });
    const auto user = freeMember(users, f.credits(), 1);
    QVERIFY(user);
    QVERIFY(controller->chooseCredit(credit.id).ok());
    controller->setAcknowledged(true);
    controller->chooseUser(*user);
    QVERIFY(controller->canLeave(Step::Review));
    const QString review = controller->reviewText();

    // Not journalled: nothing to confirm.
    controller->setPartnerCenterConfirmed(true);
    QVERIFY(!controller->finish().ok());
    QVERIFY(!controller->isRecorded());

    QVERIFY(controller->journal().ok());
    QVERIFY(!controller->journalId().isEmpty());
    const QList<PendingAssignment> pending = f.ledger.unfinishedAssignments().value();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.constFirst().creditId, credit.id);
    QCOMPARE(pending.constFirst().user.userPrincipalName, user->userPrincipalName);
    QCOMPARE(pending.constFirst().performedBy, u"admin@contoso.com"_s);
    // Journalled is not recorded: the credit is unchanged until the admin confirms.
    QVERIFY(f.ledger.credit(credit.id).value().assignedUser.isEmpty());
    QVERIFY(!controller->canLeave(Step::PartnerCenter));
    QVERIFY(!controller->finish().ok());

    controller->setPartnerCenterConfirmed(true);
    QVERIFY(controller->canLeave(Step::PartnerCenter));
    const Status finished = controller->finish();
    QVERIFY2(finished.ok(), failure(finished));
    QVERIFY(controller->isRecorded());
    QVERIFY(f.ledger.unfinishedAssignments().value().isEmpty());
    const PartnerCredit recorded = f.ledger.credit(credit.id).value();
    QCOMPARE(recorded.assignedUser.userPrincipalName, user->userPrincipalName);
    QCOMPARE(recorded.history.size(), 1);
    QCOMPARE(recorded.history.constLast().performedBy, u"admin@contoso.com"_s);
    QVERIFY(!recorded.history.constLast().countsAsReassignment);
    // The done page still describes what was recorded, not the next assignment.
    QCOMPARE(controller->reviewText(), review);
    QCOMPARE(controller->redemptionUrl(), f.ledger.policy().monthlyRedemptionUrl);
    QVERIFY(controller->emailBody().contains(controller->redemptionUrl().toString()));
    QVERIFY(controller->emailBody().contains(user->userPrincipalName));
    QVERIFY(controller->emailBody().contains(u"Pat Admin"_s));
    const QUrl mailto = controller->mailtoUrl();
    QCOMPARE(mailto.scheme(), u"mailto"_s);
    QVERIFY(mailto.toString().contains(u"subject="_s));
}

void TestAssignmentController::cancelKeepsNothing()
{
    const PartnerCredit credit = f.creditWhere([this](const PartnerCredit &c) { return isOpenMonthly(c); });
    QVERIFY(!credit.id.isEmpty());
    const auto user = freeMember(users, f.credits(), 2);
    const QList<std::pair<QString, AssignmentEvent>> historyBefore = f.ledger.history().value();
    {
        auto controller = makeController();
        QVERIFY(controller->chooseCredit(credit.id).ok());
        controller->chooseUser(*user);
        const Status journalled = controller->journal();
        QVERIFY2(journalled.ok(), failure(journalled));
        QCOMPARE(f.ledger.unfinishedAssignments().value().size(), 1);
        controller->setPartnerCenterConfirmed(true);
        controller->cancel();
        QVERIFY(controller->journalId().isEmpty());
    }
    QVERIFY(f.ledger.unfinishedAssignments().value().isEmpty());
    QCOMPARE(f.ledger.credit(credit.id).value(), credit);
    QCOMPARE(f.ledger.history().value(), historyBefore);

    // Going back and choosing someone else discards the first note too.
    auto controller = makeController();
    QVERIFY(controller->chooseCredit(credit.id).ok());
    controller->chooseUser(*user);
    QVERIFY(controller->journal().ok());
    controller->chooseUser(*freeMember(users, f.credits(), 3));
    QVERIFY(controller->journalId().isEmpty());
    QVERIFY(f.ledger.unfinishedAssignments().value().isEmpty());
}

void TestAssignmentController::newUserOnAVerifiedDomain()
{
    auto controller = makeController();
    QSignalSpy domains(controller.get(), &AssignmentController::domainsChanged);
    controller->loadDomains();
    QVERIFY(domains.wait(10'000));
    QVERIFY(!controller->domains().isEmpty());
    const QString domain = controller->domains().constFirst().name;
    QVERIFY(!controller->newUserProblem(u"Nia Novak"_s, u".nia"_s, domain).isEmpty());
    QVERIFY(!controller->newUserProblem(u"Nia Novak"_s, u"nia"_s, u"example.org"_s).isEmpty());
    QVERIFY(!controller->newUserProblem({}, u"nia"_s, domain).isEmpty());
    QVERIFY(controller->newUserProblem(u"Nia Novak"_s, u"nia.novak"_s, domain).isEmpty());

    QSignalSpy created(controller.get(), &AssignmentController::userCreated);
    QSignalSpy failed(controller.get(), &AssignmentController::userCreationFailed);
    controller->createUser(u"Nia Novak"_s, u"nia.novak"_s, domain);
    QVERIFY(controller->isCreatingUser());
    QVERIFY(!controller->canLeave(Step::User));
    QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty() || !failed.isEmpty(), 10'000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().constFirst().value<Error>().message));
    QCOMPARE(controller->user()->userPrincipalName, u"nia.novak@%1"_s.arg(domain));
    QVERIFY(controller->canLeave(Step::User));
    QCOMPARE(controller->temporaryPassword().size(), 16);
    controller->forgetTemporaryPassword();
    QVERIFY(controller->temporaryPassword().isEmpty());

    // The directory has the new user: a search finds it.
    controller->search()->setText(u"nia.novak"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!controller->search()->isBusy() && !controller->search()->users().isEmpty(), 10'000);
    QCOMPARE(controller->search()->users().constFirst().userPrincipalName, u"nia.novak@%1"_s.arg(domain));

    // Graph refuses a duplicate, with its own message.
    controller->createUser(u"Nia Novak"_s, u"nia.novak"_s, domain);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10'000);
    QVERIFY(!failed.constFirst().constFirst().value<Error>().message.isEmpty());
}

void TestAssignmentController::temporaryPasswordsAreStrong()
{
    QSet<QString> seen;
    for (int i = 0; i < 50; ++i) {
        const QString password = generateTemporaryPassword();
        QCOMPARE(password.size(), 16);
        QVERIFY(std::any_of(password.cbegin(), password.cend(), [](QChar c) { return c.isUpper(); }));
        QVERIFY(std::any_of(password.cbegin(), password.cend(), [](QChar c) { return c.isLower(); }));
        QVERIFY(std::any_of(password.cbegin(), password.cend(), [](QChar c) { return c.isDigit(); }));
        QVERIFY(std::any_of(password.cbegin(), password.cend(), [](QChar c) { return !c.isLetterOrNumber(); }));
        seen.insert(password);
    }
    QCOMPARE(seen.size(), 50);
}

QTEST_GUILESS_MAIN(TestAssignmentController)
#include "tst_assignmentcontroller.moc"
