// Every window's Alt+letter mnemonics are unique within what is shown at once (issue: the
// wizard's first page had two Alt+N, so Alt+N did not go to the next page). Walks the main window
// (sign-in and every page), Settings (every tab), the assignment wizard (every page) and each
// dialog, and names each clash.
#include "ledgerfixtures.h"
#include "mnemonicwalker.h"

#include "assignment/assignmentcontroller.h"
#include "assignmentwizard.h"
#include "creditdialog.h"
#include "ledger/ledger.h"
#include "ledger/ledgerlocation.h"
#include "ledgerpages.h"
#include "ledgerpassworddialog.h"
#include "mainwindow.h"
#include "newuserdialog.h"
#include "services/workspace.h"
#include "settingsdialog.h"
#include "unfinishedassignmentsdialog.h"

#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CreditDesk;
using namespace CreditDesk::LedgerFixtures;
using namespace Qt::StringLiterals;

class TestMnemonics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_ledger.open(LedgerLocation::sqlite(m_dir.filePath(u"ledger.sqlite"_s))).ok());
        m_ledger.setToday(kToday);
        QVERIFY(m_ledger.importCredits({monthlyCredit(u"PBC-1"_s), bulkCredit(u"PBC-2"_s)},
                                       Ledger::ImportMode::AddMissing)
                    .ok());
    }

    void theWalkerFindsAClash()
    {
        // The walker itself must see the defect it exists for.
        QWidget window;
        auto *first = new QPushButton(u"Show only credits &not redeemed yet"_s, &window);
        auto *second = new QPushButton(u"&Next"_s, &window);
        Q_UNUSED(first);
        Q_UNUSED(second);
        QCOMPARE(MnemonicWalker::clashesIn(&window).size(), 1);
        second->setText(u"Ne&xt"_s);
        QVERIFY(MnemonicWalker::clashesIn(&window).isEmpty());
        second->setText(u"Fish && &Chips"_s);
        QVERIFY(MnemonicWalker::clashesIn(&window).isEmpty());
    }

    void mainWindow()
    {
        Workspace workspace;
        MainWindow window(&workspace);
        window.ledgerPages()->setLedger(&m_ledger);
        expectUnique(&window);
    }

    void settings()
    {
        SettingsDialog dialog;
        expectUnique(&dialog);
    }

    void assignmentWizard()
    {
        Workspace workspace;
        MainWindow window(&workspace);
        window.ledgerPages()->setLedger(&m_ledger);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AssignmentWizard *wizard = window.ledgerPages()->startAssignment();
        QVERIFY(wizard);
        expectUnique(wizard);
        wizard->reject();
    }

    void dialogs()
    {
        CreditDialog newCredit(&m_ledger, std::nullopt);
        expectUnique(&newCredit);
        CreditDialog editCredit(&m_ledger, m_ledger.credit(u"PBC-1"_s).value());
        expectUnique(&editCredit);
        LedgerPasswordDialog password(u"postgresql://pat@db.example:5432/creditdesk"_s, u"The server refused the password."_s);
        expectUnique(&password);
        UnfinishedAssignmentsDialog unfinished(&m_ledger, {}, u"pat@contoso.com"_s);
        expectUnique(&unfinished);
        AssignmentController controller(&m_ledger, nullptr);
        NewUserDialog newUser(&controller);
        expectUnique(&newUser);
    }

private:
    static void expectUnique(QWidget *window)
    {
        const MnemonicWalker::Walk walk = MnemonicWalker::walk(window);
        QVERIFY2(walk.clashes.isEmpty(), qPrintable(walk.clashes.join(u"\n"_s)));
        QVERIFY2(walk.claimed > 0, window->metaObject()->className());
    }

    QTemporaryDir m_dir;
    Ledger m_ledger;
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
