// No Secret Service reachable: the session bus address points nowhere (set before the first
// keychain job, as the D-Bus connection is per process). The store must fail fast with a clear
// error, and a signed-in session must keep working with its tokens in memory only.
#include "auth/accountmanager.h"
#include "authtestutil.h"

#include <QElapsedTimer>
#include <QSettings>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::Testing;

class TestNoSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyOperationFailsFastWithAClearMessage();
    void sessionKeepsWorkingInMemoryAndTheWarningComesOnce();

private:
    QTemporaryDir m_bogusBusDir;
};

void TestNoSecretStore::initTestCase()
{
    QVERIFY(m_bogusBusDir.isValid());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(m_bogusBusDir.filePath(u"no-bus"_s)));
    // With a display, GLib could autolaunch a bus and a keyring prompt (BUILD-NOTES §3).
    qunsetenv("DISPLAY");
}

void TestNoSecretStore::everyOperationFailsFastWithAClearMessage()
{
    SecretStore store(testServiceName());
    QObject context;
    QElapsedTimer elapsed;
    elapsed.start();

    std::optional<Status> written;
    std::optional<Result<std::optional<QString>>> read;
    std::optional<Status> removed;
    const QString secret = u"s3cr3t-value-that-must-not-show"_s;
    store.write(u"refresh-token/sandbox/t/o"_s, secret, &context, [&](Status s) { written = s; });
    store.read(u"refresh-token/sandbox/t/o"_s, &context,
               [&](Result<std::optional<QString>> r) { read = std::move(r); });
    store.remove(u"refresh-token/sandbox/t/o"_s, &context, [&](Status s) { removed = s; });
    QTRY_VERIFY_WITH_TIMEOUT(written && read && removed, store.timeoutMs() + 2000);
    // Fails on its own, well before the timeout would have ended it.
    QVERIFY2(elapsed.elapsed() < store.timeoutMs(), qPrintable(QString::number(elapsed.elapsed())));

    QVERIFY(!written->ok());
    QCOMPARE(written->error().code, u"secret_store_unavailable"_s);
    QVERIFY(written->error().message.contains(u"secret store (keyring) is not available or locked"_s));
    QVERIFY(written->error().message.contains(u"only until you quit"_s));
    QVERIFY(!written->error().message.contains(secret));
    QVERIFY(SecretStore::isUnavailableError(written->error()));
    // Not found is never made up when the store cannot be asked.
    QVERIFY(!read->ok());
    QCOMPARE(read->error().code, u"secret_store_unavailable"_s);
    QVERIFY(!removed->ok());
    QTRY_COMPARE(store.pendingJobCount(), 0);
}

void TestNoSecretStore::sessionKeepsWorkingInMemoryAndTheWarningComesOnce()
{
    Sandbox::SandboxOptions options;
    options.seed = 23;
    options.autoApprove = true;
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(options));
    QVERIFY(sandbox.signIn());

    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    SecretStore secrets(testServiceName());
    AccountStore accounts(&settings);
    AccountManager manager(&secrets, &accounts);
    QSignalSpy unavailable(&manager, &AccountManager::secretStoreUnavailable);
    QSignalSpy stored(&manager, &AccountManager::refreshTokenStored);

    const StoredAccount account = manager.remember(sandbox.cloud(), sandbox.session.get(), u"organizations"_s);
    QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 1, secrets.timeoutMs() + 2000);
    const auto error = unavailable.constFirst().constFirst().value<Error>();
    QCOMPARE(error.code, u"secret_store_unavailable"_s);
    QVERIFY(!manager.isSecretStoreAvailable());
    QVERIFY(stored.isEmpty());
    // The account is still listed (so the person sees who was signed in), without a token.
    QCOMPARE(manager.accounts().size(), 1);
    QCOMPARE(manager.currentAccount()->key, account.key);

    // The session goes on in memory: a Graph token (rotating the refresh token), then ARM.
    QObject context;
    for (Resource resource : {Resource::Graph, Resource::Arm}) {
        sandbox.session->invalidate(resource);
        std::optional<Result<QString>> token;
        sandbox.session->accessToken(resource, &context, [&](Result<QString> t) { token = std::move(t); });
        QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 10'000);
        QVERIFY2(token->ok(), qPrintable(token->ok() ? QString() : token->error().message));
    }
    // Rotations happened, yet no second warning and no attempt to store.
    QTest::qWait(300);
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(stored.isEmpty());
    QCOMPARE(secrets.pendingJobCount(), 0);

    // Restoring cannot work without the store, and says so.
    std::optional<Status> restored;
    SignInSession other(sandbox.tokenClient.get());
    manager.restore(account, &other, &context, [&](Status s) { restored = s; });
    QTRY_VERIFY_WITH_TIMEOUT(restored.has_value(), secrets.timeoutMs() + 2000);
    QVERIFY(!restored->ok());
    QVERIFY(SecretStore::isUnavailableError(restored->error()));
    QVERIFY(!other.isSignedIn());
    QCOMPARE(unavailable.size(), 1);
}

QTEST_GUILESS_MAIN(TestNoSecretStore)
#include "tst_nosecretstore.moc"
