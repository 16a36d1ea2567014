// The password prompt of a team ledger, driven as a person would: the main window is up, the
// server wants a password, the dialog asks; a wrong one asks again, the right one opens the
// ledger, hands it to the window and is saved in the secret store for the next start. Needs
// CREDITDESK_TEST_POSTGRES + PGPASSWORD and a secret store (./scripts/dev test starts both).
#include "auth/secretstore.h"
#include "savedsecret.h"
#include "ledger/ledger.h"
#include "ledger/ledgeropener.h"
#include "ledgerpassworddialog.h"
#include "ledgerprompt.h"
#include "mainwindow.h"
#include "services/workspace.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace CreditDesk;

namespace {
constexpr int WaitMs = 10'000;
}

class TestLedgerPassword : public QObject
{
    Q_OBJECT
private:
    LedgerLocation m_location;
    QString m_password;
    std::unique_ptr<SecretStore> m_secrets;

    std::optional<QString> saved() { return Testing::savedSecret(*m_secrets, m_location.secretKey(), this); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString uri = qEnvironmentVariable("CREDITDESK_TEST_POSTGRES");
        m_password = qEnvironmentVariable("PGPASSWORD");
        if (uri.isEmpty() || m_password.isEmpty())
            QSKIP("PostgreSQL with a password not configured: set CREDITDESK_TEST_POSTGRES and PGPASSWORD.");
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            QSKIP("The Qt PostgreSQL driver (QPSQL) is not installed.");
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/creditdesk-test-pgpass");
        m_location = LedgerLocation::fromPostgresUri(uri).value();
        m_secrets = std::make_unique<SecretStore>(u"CreditDesk-tests-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
        bool written = false;
        m_secrets->write(u"probe"_s, u"probe"_s, this, [&](Status s) { written = s.ok(); });
        if (!QTest::qWaitFor([&] { return written; }, WaitMs))
            QSKIP("No usable secret store here (run the tests through ./scripts/dev test).");
    }

    void askedForUntilTheServerAcceptsThenSaved()
    {
        Workspace workspace;
        MainWindow window(&workspace);
        window.show();
        Ledger ledger;
        LedgerOpener opener(&ledger, m_secrets.get());
        int attached = 0;
        LedgerPrompt prompt(&opener, &window, [&attached] { ++attached; });
        prompt.open(m_location);

        QVERIFY(QTest::qWaitFor([&] { return prompt.passwordDialog() && prompt.passwordDialog()->isVisible(); }, WaitMs));
        LedgerPasswordDialog *dialog = prompt.passwordDialog();
        QVERIFY(!dialog->connectButton()->isEnabled()); // nothing typed yet
        QCOMPARE(dialog->passwordEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!dialog->passwordEdit()->accessibleName().isEmpty());
        QVERIFY(dialog->rememberBox()->isChecked());

        // A typo: refused, nothing saved, asked again with the server's reason.
        QTest::keyClicks(dialog->passwordEdit(), m_password + u"x"_s);
        QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return prompt.passwordDialog() && prompt.passwordDialog() != dialog; }, WaitMs));
        dialog = prompt.passwordDialog();
        QVERIFY(QTest::qWaitFor([&] { return dialog->isVisible(); }, WaitMs));
        const auto *reason = dialog->findChild<QLabel *>(u"ledgerPasswordReason"_s);
        QVERIFY(reason && reason->text().contains(u"refused"_s));
        QCOMPARE(attached, 0);
        QCOMPARE(saved(), std::nullopt);

        // The right one, confirmed with Enter.
        QTest::keyClicks(dialog->passwordEdit(), m_password);
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return attached == 1; }, WaitMs));
        QVERIFY(ledger.isOpen());
        QCOMPARE(saved(), m_password);

        // The next start finds it without asking.
        Ledger next;
        LedgerOpener nextOpener(&next, m_secrets.get());
        int nextAttached = 0;
        LedgerPrompt nextPrompt(&nextOpener, &window, [&nextAttached] { ++nextAttached; });
        nextPrompt.open(m_location);
        QVERIFY(QTest::qWaitFor([&] { return nextAttached == 1; }, WaitMs));
        QVERIFY(!nextPrompt.passwordDialog());
        opener.forgetPassword(m_location);
        QVERIFY(QTest::qWaitFor([&] { return !saved().has_value(); }, WaitMs));
    }

    void workingWithoutTheLedgerIsSaidInTheWindow()
    {
        Workspace workspace;
        MainWindow window(&workspace);
        window.show();
        Ledger ledger;
        LedgerOpener opener(&ledger, m_secrets.get());
        LedgerPrompt prompt(&opener, &window, [] { QFAIL("must not attach"); });
        prompt.open(m_location);
        QVERIFY(QTest::qWaitFor([&] { return prompt.passwordDialog() && prompt.passwordDialog()->isVisible(); }, WaitMs));
        QTest::keyClick(prompt.passwordDialog(), Qt::Key_Escape);
        auto *notice = window.findChild<QLabel *>(u"noticeText"_s);
        QVERIFY(notice);
        QVERIFY(QTest::qWaitFor([&] { return notice->isVisible(); }, WaitMs));
        QVERIFY(notice->text().contains(u"without the benefits ledger"_s));
        QVERIFY(!ledger.isOpen());
    }
};

QTEST_MAIN(TestLedgerPassword)
#include "tst_ledgerpassword.moc"
