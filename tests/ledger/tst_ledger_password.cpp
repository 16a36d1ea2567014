// A team ledger's PostgreSQL password: asked for when the server wants one, saved in the OS
// secret store only once the server accepted it, used from there next time, asked for again
// when it is refused. Needs CREDITDESK_TEST_POSTGRES (a server that requires a password for that
// user) with the password in PGPASSWORD, which the test then takes away from libpq; and a usable
// secret store (./scripts/dev test starts both).
#include "auth/secretstore.h"
#include "savedsecret.h"
#include "ledger/ledger.h"
#include "ledger/ledgeropener.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace CreditDesk;

namespace {
constexpr int WaitMs = 10'000;

// Runs the opener's asynchronous step and returns what it finished with.
template<typename Start> Status finishedWith(LedgerOpener &opener, Start start)
{
    QSignalSpy finished(&opener, &LedgerOpener::finished);
    start();
    if (finished.isEmpty() && !finished.wait(WaitMs))
        return Error(u"the opener did not finish"_s);
    return finished.constFirst().constFirst().value<Status>();
}
} // namespace

class TestLedgerPassword : public QObject
{
    Q_OBJECT
private:
    LedgerLocation m_location;
    QString m_password;
    std::unique_ptr<SecretStore> m_secrets;

    std::optional<QString> saved() { return Testing::savedSecret(*m_secrets, m_location.secretKey(), this); }
    void save(const QString &password)
    {
        bool done = false;
        m_secrets->write(m_location.secretKey(), password, this, [&](Status) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, WaitMs));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Status>();
        const QString uri = qEnvironmentVariable("CREDITDESK_TEST_POSTGRES");
        m_password = qEnvironmentVariable("PGPASSWORD");
        if (uri.isEmpty() || m_password.isEmpty())
            QSKIP("PostgreSQL with a password not configured: set CREDITDESK_TEST_POSTGRES and PGPASSWORD.");
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            QSKIP("The Qt PostgreSQL driver (QPSQL) is not installed.");
        // From here on libpq finds no password by itself (HOME is a throwaway: no ~/.pgpass).
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/creditdesk-test-pgpass");
        const Result<LedgerLocation> parsed = LedgerLocation::fromPostgresUri(uri);
        QVERIFY(parsed.ok());
        m_location = parsed.value();
        m_secrets = std::make_unique<SecretStore>(u"CreditDesk-tests-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
        save(u"probe"_s);
        if (saved() != u"probe"_s)
            QSKIP("No usable secret store here (run the tests through ./scripts/dev test).");
    }

    void init() { QVERIFY(Testing::removeSecret(*m_secrets, m_location.secretKey(), this)); }

    void theKeyNamesTheServerNotThePassword()
    {
        QVERIFY(m_location.secretKey().startsWith(u"ledger-password/postgresql://"_s));
        LedgerLocation withPassword = m_location;
        withPassword.password = m_password;
        QCOMPARE(withPassword.secretKey(), m_location.secretKey());
        QVERIFY(!withPassword.secretKey().contains(m_password));
        QVERIFY(LedgerLocation::sqlite(u"/tmp/x.sqlite"_s).secretKey().isEmpty());
    }

    void withoutAPasswordTheServerAsksForOne()
    {
        Ledger ledger;
        LedgerOpener opener(&ledger, m_secrets.get());
        const Status status = finishedWith(opener, [&] { opener.open(m_location); });
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, QString(Ledger::PasswordCode));
        QVERIFY2(status.error().message.contains(m_location.displayName()), qPrintable(status.error().message));
        QVERIFY(!ledger.isOpen());
    }

    void aRefusedPasswordIsNeverSaved()
    {
        Ledger ledger;
        LedgerOpener opener(&ledger, m_secrets.get());
        const QString wrong = m_password + u"-typo"_s;
        const Status status = finishedWith(opener, [&] { opener.openWithPassword(m_location, wrong, true); });
        QCOMPARE(status.error().code, QString(Ledger::PasswordCode));
        QVERIFY(!status.error().message.contains(wrong));
        QCOMPARE(saved(), std::nullopt);
    }

    void anAcceptedPasswordIsSavedAndUsedNextTime()
    {
        {
            Ledger ledger;
            LedgerOpener opener(&ledger, m_secrets.get());
            const Status status = finishedWith(opener, [&] { opener.openWithPassword(m_location, m_password, true); });
            QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));
            QVERIFY(ledger.isOpen());
            QCOMPARE(saved(), m_password);
        }
        // The next start: the location (as in settings) has no password; the store has it.
        Ledger ledger;
        LedgerOpener opener(&ledger, m_secrets.get());
        const Status status = finishedWith(opener, [&] { opener.open(m_location); });
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));
        QVERIFY(ledger.credits().ok());

        opener.forgetPassword(m_location);
        QVERIFY(QTest::qWaitFor([&] { return !saved().has_value(); }, WaitMs));
    }

    void withoutRememberNothingIsSaved()
    {
        Ledger ledger;
        LedgerOpener opener(&ledger, m_secrets.get());
        const Status status = finishedWith(opener, [&] { opener.openWithPassword(m_location, m_password, false); });
        QVERIFY(status.ok());
        QCOMPARE(saved(), std::nullopt);
    }

    void aSavedPasswordTheServerRefusesIsAskedForAgain()
    {
        save(m_password + u"-old"_s);
        Ledger ledger;
        LedgerOpener opener(&ledger, m_secrets.get());
        const Status status = finishedWith(opener, [&] { opener.open(m_location); });
        QCOMPARE(status.error().code, QString(Ledger::PasswordCode));
        QVERIFY2(status.error().message.contains(u"refused"_s), qPrintable(status.error().message));
        // The person types the new one: it replaces the old.
        const Status retried = finishedWith(opener, [&] { opener.openWithPassword(m_location, m_password, true); });
        QVERIFY(retried.ok());
        QCOMPARE(saved(), m_password);
    }

    void cleanupTestCase()
    {
        if (!m_secrets)
            return;
        QVERIFY(Testing::removeSecret(*m_secrets, m_location.secretKey(), this));
    }
};

QTEST_GUILESS_MAIN(TestLedgerPassword)
#include "tst_ledger_password.moc"
