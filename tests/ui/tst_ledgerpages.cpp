// The Partner credits and Assignment history pages through the main window's real widgets
// under the offscreen platform, on a SQLite ledger of their own: Remove user (asked, then
// recorded and listed, and the next assignment counts), add / edit / delete through the credit
// dialog, CSV export and import through the page's actions (a bad row names its line and
// changes nothing), and an assignment journalled by a process that was killed, offered at the
// next start and recorded exactly once.
#include "ledgerfixtures.h"
#include "uitestsupport.h"

#include "creditdetails.h"
#include "ledger/ledger.h"
#include "ledgerpages.h"
#include "mainwindow.h"
#include "models/assignmenthistorymodel.h"
#include "models/partnercreditmodel.h"
#include "services/workspace.h"
#include "tablepage.h"
#include "unfinishedassignmentsdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::LedgerFixtures;

namespace {

/// What the box said: its text, then its informative text.
QString said(const MessageBox::Message &box)
{
    return box.text + u'\n' + box.informativeText;
}

QString historyCell(const AssignmentHistoryModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestLedgerPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void removeUserIsAskedRecordedAndCounted();
    void addEditDeleteThroughTheCreditDialog();
    void csvExportThenImportThroughTheActions();
    void killedBeforeConfirmationIsOfferedOnceAtStart();
    void colleaguesLiveEntryIsShownNotDiscarded();

private:
    void openWindow();
    bool selectCredit(const QString &id);
    QAction *action(const QString &objectName) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    int m_ledgerNumber = 0;
};

void TestLedgerPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestLedgerPages::init()
{
    m_ledger = std::make_unique<Ledger>();
    QVERIFY(m_ledger->open(LedgerLocation::sqlite(m_dir.filePath(u"ledger%1.sqlite"_s.arg(++m_ledgerNumber)))).ok());
    m_ledger->setToday(kToday);
}

void TestLedgerPages::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_ledger.reset();
}

void TestLedgerPages::openWindow()
{
    m_workspace = std::make_unique<Workspace>();
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->ledgerPages()->setLedger(m_ledger.get());
    m_window->showPage(MainWindow::PartnerCreditsPage);
}

bool TestLedgerPages::selectCredit(const QString &id)
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

QAction *TestLedgerPages::action(const QString &objectName) const
{
    for (QAction *a : m_window->ledgerPages()->creditActions()) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

void TestLedgerPages::removeUserIsAskedRecordedAndCounted()
{
    QVERIFY(m_ledger->addCredit(monthlyCredit(u"PBC-1"_s)).ok());
    const Result<QString> journal = m_ledger->journalAssignment(u"PBC-1"_s, member(u"ana"_s), u"admin@contoso.com"_s);
    QVERIFY(journal.ok());
    QVERIFY(m_ledger->confirmAssignment(*journal).ok());
    openWindow();
    LedgerPages *pages = m_window->ledgerPages();
    QVERIFY(selectCredit(u"PBC-1"_s));
    QAction *removeUser = pages->removeUserAction();
    QVERIFY(removeUser->isEnabled());

    // Cancelled: nothing is recorded.
    const MessageBox::Message asked = UiTest::answerMessage(MessageBox::Cancel, [&] { removeUser->trigger(); });
    QCOMPARE(asked.objectName, u"removeUserQuestion"_s);
    const QString question = said(asked);
    QVERIFY2(question.contains(u"ana@contoso.com"_s), qPrintable(question));
    QVERIFY(question.contains(u"Partner Center"_s));
    QCOMPARE(m_ledger->credit(u"PBC-1"_s).value().history.size(), 1);

    // Confirmed: the ledger records the removal, the pages show it.
    QCOMPARE(UiTest::answerMessage(MessageBox::Record, [&] { removeUser->trigger(); }).objectName,
             u"removeUserQuestion"_s);
    const PartnerCredit removed = m_ledger->credit(u"PBC-1"_s).value();
    QVERIFY(removed.assignedUser.isEmpty());
    QCOMPARE(removed.history.size(), 2);
    QCOMPARE(removed.history.constLast().action, AssignmentEvent::Action::Remove);
    QCOMPARE(removed.history.constLast().user.userPrincipalName, u"ana@contoso.com"_s);
    QCOMPARE(removed.reassignmentsUsed, 0); // removal alone uses none
    QVERIFY(!removeUser->isEnabled());

    m_window->showPage(MainWindow::HistoryPage);
    const AssignmentHistoryModel *history = pages->history();
    QCOMPARE(history->rowCount(), 2);
    QCOMPARE(pages->historyPage()->view()->model()->rowCount(), 2);
    bool removalListed = false;
    for (int row = 0; row < history->rowCount(); ++row) {
        removalListed = removalListed
            || (historyCell(history, row, AssignmentHistoryModel::ActionColumn) == u"Removed"_s
                && historyCell(history, row, AssignmentHistoryModel::PrincipalNameColumn) == u"ana@contoso.com"_s
                && historyCell(history, row, AssignmentHistoryModel::CreditColumn) == u"PBC-1"_s);
    }
    QVERIFY(removalListed);

    // The next assignment is a reassignment: "1 of 5" on the page and in the details.
    const Result<QString> next = m_ledger->journalAssignment(u"PBC-1"_s, member(u"ben"_s), u"admin@contoso.com"_s);
    QVERIFY(next.ok());
    const Result<PartnerCredit> reassigned = m_ledger->confirmAssignment(*next);
    QVERIFY(reassigned.ok());
    QVERIFY(reassigned->history.constLast().countsAsReassignment);
    QCOMPARE(reassigned->reassignmentsUsed, 1);
    m_window->showPage(MainWindow::PartnerCreditsPage);
    const PartnerCreditModel *credits = pages->credits();
    const int row = credits->rowOf(u"PBC-1"_s);
    QCOMPARE(credits->index(row, PartnerCreditModel::ReassignmentsUsedColumn).data().toString(), u"1 of 5"_s);
    QCOMPARE(credits->index(row, PartnerCreditModel::ReassignmentsLeftColumn).data().toString(), u"4 left"_s);
    QCOMPARE(credits->index(row, PartnerCreditModel::AssignedUpnColumn).data().toString(), u"ben@contoso.com"_s);
    QVERIFY(selectCredit(u"PBC-1"_s));
    const QString details = m_window->findChild<CreditDetails *>()->fieldsText();
    QVERIFY2(details.contains(u"1 of 5 used, 4 left"_s), qPrintable(details));
    QCOMPARE(history->rowCount(), 3);
}

void TestLedgerPages::addEditDeleteThroughTheCreditDialog()
{
    openWindow();
    LedgerPages *pages = m_window->ledgerPages();
    QCOMPARE(pages->credits()->rowCount(), 0);

    // Add: a missing amount is refused inline, then the credit is saved.
    action(u"addCreditAction"_s)->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"creditDialog"_s)) && dialog->isVisible());
    dialog->findChild<QLineEdit *>(u"creditId"_s)->setText(u"PBC-NEW"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"creditProgram"_s), u"Visual Studio Enterprise"_s);
    auto *type = dialog->findChild<QComboBox *>(u"creditType"_s);
    type->setCurrentIndex(type->findData(int(PartnerCredit::Type::Bulk)));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QLabel *>(u"creditDialogError"_s)->text().isEmpty());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"creditAmount"_s), u"1200"_s);
    dialog->accept();
    QTRY_VERIFY(!m_window->findChild<QDialog *>(u"creditDialog"_s));
    Result<PartnerCredit> added = m_ledger->credit(u"PBC-NEW"_s);
    QVERIFY(added.ok());
    QCOMPARE(added->type, PartnerCredit::Type::Bulk);
    QCOMPARE(added->amount, Money(120000, u"USD"_s));
    QCOMPARE(pages->credits()->rowCount(), 1);
    const int row = pages->credits()->rowOf(u"PBC-NEW"_s);
    QCOMPARE(pages->credits()->index(row, PartnerCreditModel::ReassignmentsUsedColumn).data().toString(),
             u"Not reassignable"_s);

    // Edit the selected credit.
    QVERIFY(selectCredit(u"PBC-NEW"_s));
    action(u"editCreditAction"_s)->trigger();
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"creditDialog"_s)) && dialog->isVisible());
    QVERIFY(dialog->findChild<QLineEdit *>(u"creditId"_s)->isReadOnly());
    auto *program = dialog->findChild<QLineEdit *>(u"creditProgram"_s);
    program->clear();
    QTest::keyClicks(program, u"Solutions Partner for Infrastructure"_s);
    dialog->accept();
    QTRY_VERIFY(!m_window->findChild<QDialog *>(u"creditDialog"_s));
    QCOMPARE(m_ledger->credit(u"PBC-NEW"_s).value().programName, u"Solutions Partner for Infrastructure"_s);
    QCOMPARE(pages->credits()->index(row, PartnerCreditModel::ProgramColumn).data().toString(),
             u"Solutions Partner for Infrastructure"_s);

    // Delete: asked first; Cancel keeps it, Delete removes it.
    QVERIFY(selectCredit(u"PBC-NEW"_s));
    const MessageBox::Message asked =
        UiTest::answerMessage(MessageBox::Cancel, [&] { action(u"deleteCreditAction"_s)->trigger(); });
    QCOMPARE(asked.objectName, u"deleteCreditQuestion"_s);
    const QString question = said(asked);
    QVERIFY2(question.contains(u"PBC-NEW"_s), qPrintable(question));
    QVERIFY(m_ledger->credit(u"PBC-NEW"_s).ok());
    QCOMPARE(UiTest::answerMessage(MessageBox::Delete, [&] { action(u"deleteCreditAction"_s)->trigger(); }).objectName,
             u"deleteCreditQuestion"_s);
    QVERIFY(!m_ledger->credit(u"PBC-NEW"_s).ok());
    QCOMPARE(pages->credits()->rowCount(), 0);
}

void TestLedgerPages::csvExportThenImportThroughTheActions()
{
    QVERIFY(m_ledger->addCredit(monthlyCredit(u"PBC-1"_s)).ok());
    QVERIFY(m_ledger->addCredit(bulkCredit(u"PBC-2"_s)).ok());
    const Result<QString> journal = m_ledger->journalAssignment(u"PBC-1"_s, member(u"ana"_s), u"admin@contoso.com"_s);
    QVERIFY(journal.ok());
    QVERIFY(m_ledger->confirmAssignment(*journal).ok());
    openWindow();
    const QString exported = m_dir.filePath(u"exported.csv"_s);
    const FileChooser::Request asked = UiTest::answerFile(exported, [&] { action(u"exportCreditsAction"_s)->trigger(); });
    QVERIFY(asked.save);
    QVERIFY(asked.suggested.endsWith(u".csv"_s));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    file.close();
    QVERIFY(text.contains(u"PBC-1"_s) && text.contains(u"PBC-2"_s) && text.contains(u"ana@contoso.com"_s));

    // Import into a fresh ledger through the same page.
    const QList<PartnerCredit> before = m_ledger->credits().value();
    m_window.reset();
    m_workspace.reset();
    init();
    openWindow();
    LedgerPages *pages = m_window->ledgerPages();
    QVERIFY(!UiTest::answerFile(exported, [&] { action(u"importCreditsAction"_s)->trigger(); }).save);
    QVERIFY(!m_window->findChild<QMessageBox *>(u"ledgerError"_s));
    const QList<PartnerCredit> imported = m_ledger->credits().value();
    QCOMPARE(imported.size(), 2);
    QCOMPARE(pages->credits()->rowCount(), 2);
    for (const PartnerCredit &original : before) {
        const PartnerCredit copy = m_ledger->credit(original.id).value();
        QCOMPARE(copy.type, original.type);
        QCOMPARE(copy.amount, original.amount);
        QCOMPARE(copy.assignedUser.userPrincipalName, original.assignedUser.userPrincipalName);
        QCOMPARE(copy.reassignmentsUsed, original.reassignmentsUsed);
    }

    // A file with a bad third line: the line is named and nothing changes.
    QFile good(exported);
    QVERIFY(good.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = good.readAll().split('\n');
    good.close();
    QVERIFY(lines.size() >= 3);
    const QByteArray header = lines.at(0);
    QByteArray changed = lines.at(1);
    changed.replace("PBC-1", "PBC-9");
    const QList<QByteArray> columns = header.split(',');
    QByteArray bad = lines.at(2);
    QList<QByteArray> badCells = bad.split(',');
    badCells[columns.indexOf("amount")] = "lots";
    badCells[columns.indexOf("id")] = "PBC-8";
    const QString badFile = m_dir.filePath(u"bad.csv"_s);
    QFile out(badFile);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(header + '\n' + changed + '\n' + badCells.join(',') + '\n');
    out.close();
    const qint64 revision = m_ledger->revision().value();
    QVERIFY(!UiTest::answerFile(badFile, [&] { action(u"importCreditsAction"_s)->trigger(); }).save);
    QMessageBox *error = nullptr;
    QTRY_VERIFY((error = m_window->findChild<QMessageBox *>(u"ledgerError"_s)) && error->isVisible());
    QVERIFY2(error->text().contains(u"line 3"_s), qPrintable(error->text()));
    QVERIFY(!error->text().contains(u"line 2"_s));
    error->close();
    QCOMPARE(m_ledger->revision().value(), revision);
    QCOMPARE(m_ledger->credits().value().size(), 2);
    QVERIFY(!m_ledger->credit(u"PBC-9"_s).ok());
    QCOMPARE(pages->credits()->rowCount(), 2);
}

void TestLedgerPages::killedBeforeConfirmationIsOfferedOnceAtStart()
{
    QVERIFY(m_ledger->addCredit(monthlyCredit(u"PBC-1"_s)).ok());
    const QString file = m_ledger->location().sqliteFile;
    m_ledger.reset(); // the app is not running while the other process works

    // Another CreditDesk process journals the assignment, then dies before the Partner Center
    // step is confirmed.
    QProcess worker;
    worker.start(QStringLiteral(CREDITDESK_LEDGER_WORKER),
                 { u"journal-and-wait"_s, file, u"PBC-1"_s, u"ana@contoso.com"_s, QString() });
    // (as this computer's user, as a signed-out CreditDesk journals: the same person as the
    // window below, so it is theirs to resolve)
    QVERIFY(worker.waitForStarted());
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += worker.readAllStandardOutput()).contains('\n'), 30'000);
    QVERIFY2(said.startsWith("journalled"), said.constData());
    worker.kill();
    QVERIFY(worker.waitForFinished());
    QCOMPARE(worker.exitStatus(), QProcess::CrashExit);

    // The next start: the ledger opened on that file, the window shown, the ledger handed over.
    m_ledger = std::make_unique<Ledger>();
    QVERIFY(m_ledger->open(LedgerLocation::sqlite(file)).ok());
    m_ledger->setToday(kToday);
    QCOMPARE(m_ledger->unfinishedAssignments().value().size(), 1);
    openWindow();
    QWidget *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QWidget *>(u"unfinishedAssignmentsDialog"_s)) && dialog->isVisible());
    auto *record = dialog->findChild<QPushButton *>(u"recordUnfinished0"_s);
    QVERIFY(record);
    QVERIFY(!dialog->findChild<QPushButton *>(u"recordUnfinished1"_s));
    record->click();
    QVERIFY(m_ledger->unfinishedAssignments().value().isEmpty());
    const PartnerCredit recorded = m_ledger->credit(u"PBC-1"_s).value();
    QCOMPARE(recorded.assignedUser.userPrincipalName, u"ana@contoso.com"_s);
    QCOMPARE(recorded.history.size(), 1);
    QVERIFY(!recorded.history.constFirst().countsAsReassignment);
    QTRY_COMPARE(m_window->ledgerPages()->history()->rowCount(), 1);
    QTRY_VERIFY(!m_window->findChild<QWidget *>(u"unfinishedAssignmentsDialog"_s)
                || !m_window->findChild<QWidget *>(u"unfinishedAssignmentsDialog"_s)->isVisible());

    // Started again: nothing left to ask, still one assignment.
    m_window.reset();
    m_workspace.reset();
    openWindow();
    QTest::qWait(50);
    QVERIFY(!m_window->findChild<QWidget *>(u"unfinishedAssignmentsDialog"_s));
    QCOMPARE(m_ledger->credit(u"PBC-1"_s).value().history.size(), 1);
    QCOMPARE(m_window->ledgerPages()->history()->rowCount(), 1);
}

void TestLedgerPages::colleaguesLiveEntryIsShownNotDiscarded()
{
    QVERIFY(m_ledger->addCredit(monthlyCredit(u"PBC-1"_s)).ok());
    QVERIFY(m_ledger->addCredit(monthlyCredit(u"PBC-2"_s)).ok());
    // A colleague is at the Partner Center step for PBC-1; my own entry for PBC-2 was left open.
    QVERIFY(m_ledger->journalAssignment(u"PBC-1"_s, member(u"ana"_s), u"colleague@contoso.com"_s).ok());
    QVERIFY(m_ledger->journalAssignment(u"PBC-2"_s, member(u"ben"_s), QString()).ok());
    openWindow();
    QWidget *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QWidget *>(u"unfinishedAssignmentsDialog"_s)) && dialog->isVisible());
    auto *table = dialog->findChild<QTableWidget *>(u"unfinishedAssignments"_s);
    QCOMPARE(table->rowCount(), 2);
    const int theirs = table->item(0, 3)->text() == u"colleague@contoso.com"_s ? 0 : 1;
    const int mine = 1 - theirs;
    QCOMPARE(table->item(theirs, 3)->text(), u"colleague@contoso.com"_s);
    // The colleague's: shown with who and since when, no buttons, not resolvable.
    QVERIFY(!table->cellWidget(theirs, 4) && !table->cellWidget(theirs, 5));
    QVERIFY2(table->item(theirs, 4)->text().contains(u"colleague@contoso.com is assigning it"_s),
             qPrintable(table->item(theirs, 4)->text()));
    QVERIFY(!static_cast<UnfinishedAssignmentsDialog *>(dialog)->resolve(theirs, false));
    // Mine: Discard offered and works.
    auto *discard = qobject_cast<QPushButton *>(table->cellWidget(mine, 5));
    QVERIFY(discard);
    discard->click();
    const QList<PendingAssignment> left = m_ledger->unfinishedAssignments().value();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.constFirst().performedBy, u"colleague@contoso.com"_s);
    QTRY_VERIFY(!dialog->isVisible()); // nothing of mine left to decide

    // Next start: only the colleague's is open, so nothing is asked.
    m_window.reset();
    m_workspace.reset();
    openWindow();
    QTest::qWait(50);
    QVERIFY(!m_window->findChild<QWidget *>(u"unfinishedAssignmentsDialog"_s));
}

QTEST_MAIN(TestLedgerPages)
#include "tst_ledgerpages.moc"
