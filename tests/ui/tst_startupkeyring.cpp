// Start-up with a real secret store (gnome-keyring in the private D-Bus session of
// ./scripts/dev test; skipped, and shown as skipped, without one): two accounts signed in on
// earlier runs are remembered; the next start signs in silently as the last one used, with
// nothing shown but the data, and the account switcher (keyboard only) moves to the other.
#include "uitestsupport.h"

#include "auth/accountstore.h"
#include "auth/secretstore.h"
#include "models/lottablemodel.h"
#include "startup.h"

#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace CreditDesk;

namespace {
constexpr auto ClientId = "creditdesk-tests";
}

class TestStartupKeyring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rememberedAccountSignsInSilentlyAndTheSwitcherMoves();

private:
    /// Signs in once to \a sandbox as an earlier run would, leaving the account remembered
    /// (its refresh token in the store). Returns its key, empty on failure.
    QString signInEarlier(const Sandbox::SandboxHost &sandbox);

    QString m_service = u"CreditDesk-tests-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QTemporaryDir m_dir;
    QStringList m_keys;
};

void TestStartupKeyring::initTestCase()
{
    UiTest::pinEnvironment();
    QVERIFY(m_dir.isValid());
    QSettings().remove(u"accounts"_s);
    SecretStore store(m_service);
    QObject context;
    std::optional<Status> written;
    store.write(u"probe"_s, u"probe"_s, &context, [&](Status status) { written = status; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), store.timeoutMs() + 5'000);
    if (!written->ok())
        QSKIP("No Secret Service is reachable here; ./scripts/dev test starts one (gnome-keyring).");
    std::optional<Status> removed;
    store.remove(u"probe"_s, &context, [&](Status status) { removed = status; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), store.timeoutMs() + 5'000);
}

void TestStartupKeyring::cleanupTestCase()
{
    // The tokens of this run leave the keyring with their accounts.
    SecretStore secrets(m_service);
    AccountStore store;
    AccountManager accounts(&secrets, &store);
    int pending = int(m_keys.size());
    QObject context;
    for (const QString &key : std::as_const(m_keys))
        accounts.signOut(key, &context, [&pending](Status) { --pending; });
    QTRY_COMPARE_WITH_TIMEOUT(pending, 0, secrets.timeoutMs() + 5'000);
    QSettings().remove(u"accounts"_s);
}

QString TestStartupKeyring::signInEarlier(const Sandbox::SandboxHost &sandbox)
{
    SecretStore secrets(m_service);
    AccountStore store;
    AccountManager accounts(&secrets, &store);
    Workspace workspace;
    workspace.setAccountManager(&accounts);
    const Result<Cloud> cloud = Cloud::custom(sandbox.baseUrl(), sandbox.baseUrl(), sandbox.baseUrl());
    if (!cloud)
        return {};
    workspace.configure(cloud.value(), u"organizations"_s, QString::fromLatin1(ClientId));
    QSignalSpy stored(&accounts, &AccountManager::refreshTokenStored);
    workspace.signInWithDeviceCode();
    if (!stored.wait(30'000))
        return {};
    const QString key = stored.constFirst().constFirst().toString();
    m_keys.append(key);
    workspace.cancelRefresh();
    return key;
}

void TestStartupKeyring::rememberedAccountSignsInSilentlyAndTheSwitcherMoves()
{
    Sandbox::SandboxOptions first;
    first.seed = 11;
    Sandbox::SandboxOptions second;
    second.seed = 12;
    auto sandboxA = UiTest::startSandbox(first, m_dir.filePath(u"a"_s));
    auto sandboxB = UiTest::startSandbox(second, m_dir.filePath(u"b"_s));
    QVERIFY(sandboxA && sandboxB);
    const QString keyA = signInEarlier(*sandboxA);
    QVERIFY(!keyA.isEmpty());
    const QString keyB = signInEarlier(*sandboxB);
    QVERIFY(!keyB.isEmpty());
    QVERIFY(keyA != keyB);

    StartupOptions options;
    options.clientId = QString::fromLatin1(ClientId);
    Startup startup(options, m_service);
    QSignalSpy signedIn(startup.workspace(), &Workspace::signedIn);
    QVERIFY(startup.start().ok());
    // The last one used, at once and without a code or a click.
    QCOMPARE(startup.workspace()->state(), Workspace::State::SigningIn);
    QTRY_VERIFY_WITH_TIMEOUT(startup.workspace()->state() == Workspace::State::Idle
                                 && startup.workspace()->lots()->rowCount() > 0,
                             30'000);
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(startup.workspace()->accountKey(), keyB);
    QCOMPARE(startup.workspace()->cloud().armUrl, sandboxB->baseUrl());
    MainWindow *window = startup.window();
    QVERIFY(!window->findChild<QWidget *>(u"deviceCodeBanner"_s)->isVisible());
    QVERIFY(!window->findChild<QWidget *>(u"signInPage"_s)->isVisible());
    QVERIFY(!window->findChild<QWidget *>(u"noticeBanner"_s)->isVisible()); // the store works
    auto *switcher = window->findChild<QComboBox *>(u"accountSwitcher"_s);
    QCOMPARE(switcher->currentData().toString(), keyB);

    // The other account, chosen in the switcher with the keyboard.
    QVERIFY(UiTest::activate(window));
    QVERIFY(UiTest::tabTo(window, switcher));
    const int other = switcher->findData(keyA);
    QVERIFY(other >= 0);
    QTest::keyClick(switcher, other < switcher->currentIndex() ? Qt::Key_Up : Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.size() == 2 && startup.workspace()->state() == Workspace::State::Idle
                                 && startup.workspace()->lots()->rowCount() > 0,
                             30'000);
    QCOMPARE(startup.workspace()->accountKey(), keyA);
    QCOMPARE(startup.workspace()->cloud().armUrl, sandboxA->baseUrl());
    QCOMPARE(switcher->currentData().toString(), keyA);
}

QTEST_MAIN(TestStartupKeyring)
#include "tst_startupkeyring.moc"
