// Accounts across runs against the sandbox and the real Secret Service: remember a sign-in,
// restore it silently in a "new run", follow refresh-token rotation, sign out. Without a
// Secret Service these skip (tst_auth_nosecretstore covers that case).
#include "auth/accountmanager.h"
#include "authtestutil.h"

#include <QSettings>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::Testing;

namespace {
/// One "run" of the app: its own settings object, stores, manager, token client and session.
struct AppRun
{
    AppRun(const QString &settingsFile, const QString &service, SandboxFixture &sandbox)
        : settings(settingsFile, QSettings::IniFormat)
        , secrets(service)
        , accounts(&settings)
        , manager(&secrets, &accounts)
        , client(&sandbox.network, sandbox.cloud(), u"organizations"_s, sandbox.tokenClient->clientId())
        , session(&client)
        , stored(&manager, &AccountManager::refreshTokenStored)
        , unavailable(&manager, &AccountManager::secretStoreUnavailable)
    {
    }

    std::optional<QString> storedSecret(const StoredAccount &account)
    {
        QObject context;
        std::optional<Result<std::optional<QString>>> result;
        secrets.read(account.secretKey(), &context, [&](Result<std::optional<QString>> r) { result = std::move(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, StoreWaitMs) || !result->ok())
            return std::nullopt;
        return result->value();
    }

    std::optional<Result<QString>> token(Resource resource)
    {
        QObject context;
        std::optional<Result<QString>> result;
        session.accessToken(resource, &context, [&](Result<QString> t) { result = std::move(t); });
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return result.has_value(); }, 10'000);
        return result;
    }

    QSettings settings;
    SecretStore secrets;
    AccountStore accounts;
    AccountManager manager;
    TokenClient client;
    SignInSession session;
    QSignalSpy stored;
    QSignalSpy unavailable;
};
} // namespace

class TestAccountManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rememberThenRestoreSignsInSilently();
    void rotationRewritesTheStoredToken();
    void signOutRemovesSecretAndMetadata();
    void restoreWithoutAStoredTokenAsksToSignInAgain();
    void deadRefreshTokenIsRemovedFromTheStore();

private:
    /// Signs in (device code, auto-approved) in run and remembers the account.
    StoredAccount signInAndRemember(AppRun &run);

    SandboxFixture m_sandbox;
    QString m_service;
    std::optional<Error> m_unavailable;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settingsFile;
};

void TestAccountManager::initTestCase()
{
    Sandbox::SandboxOptions options;
    options.seed = 29;
    options.autoApprove = true;
    QVERIFY(m_sandbox.start(options));
    m_service = testServiceName();
    SecretStore probe(m_service);
    m_unavailable = probeSecretStore(probe);
}

void TestAccountManager::init()
{
    if (m_unavailable)
        QSKIP(RunWithKeyring);
    m_dir = std::make_unique<QTemporaryDir>();
    m_settingsFile = m_dir->filePath(u"creditdesk.ini"_s);
}

void TestAccountManager::cleanup()
{
    if (m_unavailable)
        return;
    // Leave nothing behind in the keyring.
    AppRun run(m_settingsFile, m_service, m_sandbox);
    for (const StoredAccount &account : run.manager.accounts()) {
        std::optional<Status> done;
        run.manager.signOut(account.key, this, [&](Status s) { done = s; });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), StoreWaitMs);
    }
}

StoredAccount TestAccountManager::signInAndRemember(AppRun &run)
{
    DeviceCodeFlow flow(&run.client);
    QSignalSpy succeeded(&flow, &DeviceCodeFlow::succeeded);
    flow.start();
    if (!succeeded.wait(SignInTimeoutMs))
        return {};
    run.session.adopt(succeeded.constFirst().constFirst().value<TokenResponse>());
    const StoredAccount account = run.manager.remember(m_sandbox.cloud(), &run.session, u"organizations"_s);
    [[maybe_unused]] const bool stored = QTest::qWaitFor([&] { return !run.stored.isEmpty(); }, StoreWaitMs);
    return account;
}

void TestAccountManager::rememberThenRestoreSignsInSilently()
{
    StoredAccount remembered;
    QString original;
    {
        AppRun first(m_settingsFile, m_service, m_sandbox);
        remembered = signInAndRemember(first);
        QVERIFY(!remembered.key.isEmpty());
        QCOMPARE(first.stored.size(), 1);
        QCOMPARE(first.stored.constFirst().constFirst().toString(), remembered.key);
        QVERIFY(first.unavailable.isEmpty());
        original = first.session.refreshToken();
        QCOMPARE(first.storedSecret(remembered), std::optional<QString>(original));
        QCOMPARE(remembered.cloudId, u"sandbox"_s);
        QCOMPARE(remembered.secretKey(),
                 SecretStore::secretKey(u"sandbox"_s, remembered.tenantId, remembered.objectId));
        QVERIFY(!remembered.tenantId.isEmpty());
        QVERIFY(!remembered.objectId.isEmpty());
    }

    // Next run: nothing in memory, only settings and the keyring.
    AppRun second(m_settingsFile, m_service, m_sandbox);
    const std::optional<StoredAccount> current = second.manager.currentAccount();
    QVERIFY(current.has_value());
    QCOMPARE(current->key, remembered.key);
    QCOMPARE(current->userPrincipalName, remembered.userPrincipalName);
    const Result<Cloud> cloud = current->cloud(m_sandbox.host.baseUrl());
    QVERIFY(cloud.ok());
    QCOMPARE(cloud->loginUrl, m_sandbox.cloud().loginUrl);

    std::optional<Status> restored;
    second.manager.restore(*current, &second.session, this, [&](Status s) { restored = s; });
    QTRY_VERIFY_WITH_TIMEOUT(restored.has_value(), StoreWaitMs);
    QVERIFY2(restored->ok(), qPrintable(restored->ok() ? QString() : restored->error().message));
    QCOMPARE(second.session.refreshToken(), original);
    QCOMPARE(second.session.account().objectId, remembered.objectId);

    const auto arm = second.token(Resource::Arm);
    QVERIFY(arm.has_value());
    QVERIFY2(arm->ok(), qPrintable(arm->ok() ? QString() : arm->error().message));
    QCOMPARE(jwtClaims(arm->value()).value(u"aud"_s).toString(), u"https://management.azure.com"_s);
}

void TestAccountManager::rotationRewritesTheStoredToken()
{
    AppRun run(m_settingsFile, m_service, m_sandbox);
    const StoredAccount account = signInAndRemember(run);
    QVERIFY(!account.key.isEmpty());
    const QString original = run.session.refreshToken();
    QCOMPARE(run.stored.size(), 1);

    // Each refresh rotates the refresh token; the store follows every time.
    for (Resource resource : {Resource::Graph, Resource::Arm, Resource::Graph}) {
        run.session.invalidate(resource);
        const int before = int(run.stored.size());
        const auto token = run.token(resource);
        QVERIFY(token.has_value() && token->ok());
        QTRY_COMPARE_WITH_TIMEOUT(int(run.stored.size()), before + 1, StoreWaitMs);
        QCOMPARE(run.storedSecret(account), std::optional<QString>(run.session.refreshToken()));
    }
    QVERIFY(run.session.refreshToken() != original);

    // Back-to-back rotations, each refresh started as soon as the previous one answered, so
    // store writes overlap: they are serialized and the newest token wins. (Refreshes run one
    // after the other: the sandbox revokes a rotated refresh token at once.)
    QObject context;
    int answered = 0;
    std::function<void()> next = [&] {
        if (answered == 4)
            return;
        const Resource resource = answered % 2 ? Resource::Arm : Resource::Graph;
        run.session.invalidate(resource);
        run.session.accessToken(resource, &context, [&](Result<QString> token) {
            QVERIFY(token.ok());
            ++answered;
            next();
        });
    };
    next();
    QTRY_COMPARE_WITH_TIMEOUT(answered, 4, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(run.secrets.pendingJobCount(), 0, StoreWaitMs);
    QCOMPARE(run.storedSecret(account), std::optional<QString>(run.session.refreshToken()));
    QVERIFY(run.unavailable.isEmpty());
}

void TestAccountManager::signOutRemovesSecretAndMetadata()
{
    AppRun run(m_settingsFile, m_service, m_sandbox);
    const StoredAccount account = signInAndRemember(run);
    QVERIFY(!account.key.isEmpty());
    QVERIFY(run.storedSecret(account).has_value());
    QSignalSpy accountsChanged(&run.manager, &AccountManager::accountsChanged);

    std::optional<Status> signedOut;
    run.manager.signOut(account.key, this, [&](Status s) { signedOut = s; });
    QVERIFY(!run.session.isSignedIn()); // in memory at once
    QTRY_VERIFY_WITH_TIMEOUT(signedOut.has_value(), StoreWaitMs);
    QVERIFY2(signedOut->ok(), qPrintable(signedOut->ok() ? QString() : signedOut->error().message));

    QCOMPARE(run.storedSecret(account), std::optional<QString>());
    QVERIFY(run.manager.accounts().isEmpty());
    QVERIFY(!run.manager.currentAccount().has_value());
    QVERIFY(!accountsChanged.isEmpty());
    run.settings.sync();
    QFile file(m_settingsFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(account.objectId.toUtf8()));
}

void TestAccountManager::restoreWithoutAStoredTokenAsksToSignInAgain()
{
    AppRun run(m_settingsFile, m_service, m_sandbox);
    StoredAccount ghost;
    ghost.cloudId = u"sandbox"_s;
    ghost.tenantId = u"00000000-0000-0000-0000-000000000000"_s;
    ghost.objectId = u"never-signed-in"_s;
    ghost.userPrincipalName = u"ghost@example.com"_s;
    ghost.key = StoredAccount::makeKey(ghost.cloudId, ghost.tenantId, ghost.objectId);
    std::optional<Status> restored;
    run.manager.restore(ghost, &run.session, this, [&](Status s) { restored = s; });
    QTRY_VERIFY_WITH_TIMEOUT(restored.has_value(), StoreWaitMs);
    QVERIFY(!restored->ok());
    QCOMPARE(restored->error().code, u"sign_in_required"_s);
    QVERIFY(restored->error().message.contains(u"ghost@example.com"_s));
    QVERIFY(!run.session.isSignedIn());
}

void TestAccountManager::deadRefreshTokenIsRemovedFromTheStore()
{
    AppRun run(m_settingsFile, m_service, m_sandbox);
    const StoredAccount account = signInAndRemember(run);
    QVERIFY(!account.key.isEmpty());
    // Revoke it server-side the sandbox way: redeem it elsewhere, so this copy is stale.
    QObject context;
    bool rotated = false;
    run.client.redeemRefreshToken(run.session.refreshToken(), Resource::Graph, &context,
                                  [&](Result<TokenResponse> r) { rotated = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(rotated, 10'000);

    run.session.invalidate(Resource::Arm);
    const auto token = run.token(Resource::Arm);
    QVERIFY(token.has_value() && !token->ok());
    QCOMPARE(token->error().code, u"invalid_grant"_s);
    QTRY_COMPARE_WITH_TIMEOUT(run.secrets.pendingJobCount(), 0, StoreWaitMs);
    QCOMPARE(run.storedSecret(account), std::optional<QString>());
    // The metadata stays, so the person can sign in to the same account again.
    QCOMPARE(run.manager.accounts().size(), 1);
}

QTEST_GUILESS_MAIN(TestAccountManager)
#include "tst_accountmanager.moc"
