// The app's start-up (ui/startup.cpp) through its real window, with no secret store: the
// session bus points nowhere, set before the first keychain job (the D-Bus connection is per
// process). A sandbox run keeps to its own profile and ledger and remembers nobody; a real run
// without remembered accounts waits on the sign-in page, says inline that the secret store is
// missing once someone signs in, still lists the account, tries a remembered account silently
// and falls back to the sign-in page with the reason; the account switcher offers "Add
// account…" and the remembered account; a mistyped team ledger is a notice. Keyboard only.
#include "uitestsupport.h"

#include "auth/accountstore.h"
#include "ledger/ledgerlocation.h"
#include "models/lottablemodel.h"
#include "models/partnercreditmodel.h"
#include "startup.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CreditDesk;

namespace {

QString uniqueService()
{
    return u"CreditDesk-tests-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Signs in on the sign-in page to \a base as to any server that answers like Azure ("Custom
/// endpoints"), with the keyboard: the labels' mnemonics, typing, and "Sign in with a code".
void signInWithKeyboard(QWidget *window, const QUrl &base)
{
    QTest::keyClick(window, Qt::Key_L, Qt::AltModifier); // C&loud
    auto *cloud = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(cloud && cloud->objectName() == u"cloudCombo"_s);
    for (int i = 0; i < cloud->count() && cloud->currentData() != u"custom"_s; ++i)
        QTest::keyClick(cloud, Qt::Key_Down);
    QCOMPARE(cloud->currentData().toString(), u"custom"_s);
    for (const auto &[key, name] : {std::pair{Qt::Key_I, "loginUrlField"}, std::pair{Qt::Key_R, "armUrlField"},
                                    std::pair{Qt::Key_G, "graphUrlField"}}) {
        QTest::keyClick(window, key, Qt::AltModifier);
        auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(field && field->objectName() == QLatin1StringView(name), name);
        QTest::keyClicks(field, base.toString());
    }
    QTest::keyClick(window, Qt::Key_C, Qt::AltModifier); // Sign in with a &code
}

/// Whether \a spy (on Workspace::stateChanged) saw \a state.
bool saw(const QSignalSpy &spy, Workspace::State state)
{
    return std::any_of(spy.cbegin(), spy.cend(),
                       [state](const QList<QVariant> &args) { return args.constFirst().value<Workspace::State>() == state; });
}

/// Remembers an account of a custom cloud at \a sandbox as current, as an earlier run would
/// have (its token would be in the secret store, which is missing here).
StoredAccount rememberAccount(const Sandbox::SandboxHost &sandbox)
{
    StoredAccount remembered;
    remembered.cloudId = u"custom"_s;
    remembered.loginUrl = remembered.armUrl = remembered.graphUrl = sandbox.baseUrl();
    remembered.tenantId = sandbox.tenantId();
    remembered.objectId = u"oid-pat"_s;
    remembered.userPrincipalName = u"pat@contoso.com"_s;
    remembered.displayName = u"Pat Admin"_s;
    remembered.key = StoredAccount::makeKey(remembered.cloudId, remembered.tenantId, remembered.objectId);
    remembered.lastUsed = QDateTime::currentDateTimeUtc();
    AccountStore store;
    store.save(remembered);
    store.setCurrent(remembered.key);
    store.sync();
    return remembered;
}

} // namespace

class TestStartup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void sandboxRunKeepsToItsOwnProfileAndLedger();
    void withoutSecretStoreTheSignInIsKeptInMemoryAndSaidInline();
    void rememberedAccountIsTriedSilentlyThenTheSignInPageSaysWhy();
    void accountSwitcherOffersAddAccountAndTheRememberedAccount();
    void mistypedTeamLedgerIsANotice();

private:
    QTemporaryDir m_bogusBusDir;
    QTemporaryDir m_dir;
    QString m_appName;
};

void TestStartup::initTestCase()
{
    QVERIFY(m_bogusBusDir.isValid() && m_dir.isValid());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(m_bogusBusDir.filePath(u"no-bus"_s)));
    UiTest::pinEnvironment();
    m_appName = QCoreApplication::applicationName();
    QSettings().remove(u"accounts"_s);
    QSettings().remove(u"ledger"_s);
}

void TestStartup::cleanup()
{
    QCoreApplication::setApplicationName(m_appName);
    QSettings().remove(u"accounts"_s);
    QSettings().remove(u"ledger"_s);
    MessageBox::reset();
}

void TestStartup::sandboxRunKeepsToItsOwnProfileAndLedger()
{
    const QString realSettings = QSettings().fileName();
    const Result<LedgerLocation> realLedger = LedgerLocation::configured(QSettings());
    QVERIFY(realLedger.ok());
    QFile::remove(realLedger->sqliteFile);

    StartupOptions options;
    options.sandbox = true;
    options.sandboxDataDir = m_dir.filePath(u"sandbox-run"_s);
    Startup::chooseProfile(options);
    QCOMPARE(QCoreApplication::applicationName(), u"CreditDesk-Sandbox"_s);
    QVERIFY2(QSettings().fileName() != realSettings, qPrintable(QSettings().fileName()));

    {
        Startup startup(options, uniqueService());
        QVERIFY(startup.start().ok());
        QVERIFY(startup.sandbox() && startup.sandbox()->isRunning());
        QVERIFY(startup.window()->isVisible());
        // Signed in by itself (the sandbox approves the code), with no account manager behind it.
        QVERIFY(!startup.workspace()->accountManager());
        QTRY_VERIFY_WITH_TIMEOUT(startup.workspace()->state() == Workspace::State::Idle
                                     && startup.workspace()->lots()->rowCount() > 0,
                                 30'000);
        QCOMPARE(startup.workspace()->cloud().kind, CloudKind::Sandbox);
        QCOMPARE(startup.workspace()->cloud().armUrl, startup.sandbox()->baseUrl());
        // Its own ledger next to its state, seeded with the sandbox's partner credits after
        // sign-in, and shown on the Partner credits page.
        QCOMPARE(startup.ledger()->location().sqliteFile, options.sandboxDataDir + u"/ledger.sqlite"_s);
        const int seeded = Sandbox::SandboxScale().benefitCredits;
        QTRY_COMPARE_WITH_TIMEOUT(startup.ledger()->credits().value().size(), qsizetype(seeded), 30'000);
        QTRY_COMPARE(startup.window()->ledgerPages()->credits()->rowCount(), seeded);
        // Nobody remembered, in this profile or the real one.
        QVERIFY(startup.accounts()->accounts().isEmpty());
        QVERIFY(AccountStore().list().isEmpty());
    }
    QCoreApplication::setApplicationName(m_appName);
    QVERIFY(AccountStore().list().isEmpty());
    QVERIFY2(!QFile::exists(realLedger->sqliteFile), "the real ledger was never opened");
}

void TestStartup::withoutSecretStoreTheSignInIsKeptInMemoryAndSaidInline()
{
    auto sandbox = UiTest::startSandbox({}, m_dir.filePath(u"world-store"_s));
    QVERIFY(sandbox);
    Startup startup(StartupOptions(), uniqueService());
    QSignalSpy states(startup.workspace(), &Workspace::stateChanged);
    QVERIFY(startup.start().ok());
    MainWindow *window = startup.window();
    QVERIFY(UiTest::activate(window));
    // Nobody remembered: no silent attempt, the sign-in page.
    QVERIFY(!saw(states, Workspace::State::SigningIn));
    QVERIFY(window->findChild<QWidget *>(u"signInPage"_s)->isVisible());

    signInWithKeyboard(window, sandbox->baseUrl());
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(startup.workspace()->state() == Workspace::State::Idle
                                 && startup.workspace()->lots()->rowCount() > 0,
                             30'000);
    QCOMPARE(startup.workspace()->cloud().kind, CloudKind::Custom);

    // The store is missing: said once, inline, and the session goes on in memory.
    auto *notice = window->findChild<QWidget *>(u"noticeBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 15'000);
    const QString said = window->findChild<QLabel *>(u"noticeText"_s)->text();
    QVERIFY2(said.contains(u"secret store (keyring) is not available or locked"_s), qPrintable(said));
    QVERIFY(!startup.accounts()->isSecretStoreAvailable());
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    // Still listed, so the person sees who is signed in.
    QCOMPARE(startup.accounts()->accounts().size(), 1);
    const StoredAccount account = startup.accounts()->accounts().constFirst();
    auto *switcher = window->findChild<QComboBox *>(u"accountSwitcher"_s);
    QCOMPARE(switcher->currentData().toString(), account.key);
    // Dismissed with the keyboard.
    QTest::keyClick(window, Qt::Key_I, Qt::AltModifier); // D&ismiss, clicked animated
    QTRY_VERIFY(!notice->isVisible());
}

void TestStartup::rememberedAccountIsTriedSilentlyThenTheSignInPageSaysWhy()
{
    auto sandbox = UiTest::startSandbox({}, m_dir.filePath(u"world-silent"_s));
    QVERIFY(sandbox);
    rememberAccount(*sandbox);

    Startup startup(StartupOptions(), uniqueService());
    QSignalSpy states(startup.workspace(), &Workspace::stateChanged);
    QVERIFY(startup.start().ok());
    // Welcome back: signing in as the remembered account, with nothing to click.
    QVERIFY(!states.isEmpty());
    QCOMPARE(states.constFirst().constFirst().value<Workspace::State>(), Workspace::State::SigningIn);
    QCOMPARE(startup.workspace()->cloud().armUrl, sandbox->baseUrl());
    // Its token cannot be read: back on the sign-in page, which says why and offers the account.
    QTRY_COMPARE_WITH_TIMEOUT(startup.workspace()->state(), Workspace::State::SignedOut, 15'000);
    MainWindow *window = startup.window();
    QTRY_VERIFY(window->findChild<QWidget *>(u"signInPage"_s)->isVisible());
    auto *error = window->findChild<QLabel *>(u"signInError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"secret store"_s), qPrintable(error->text()));
    auto *list = window->findChild<QListWidget *>(u"accountList"_s);
    QCOMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().contains(u"pat@contoso.com"_s), qPrintable(list->item(0)->text()));
}

void TestStartup::accountSwitcherOffersAddAccountAndTheRememberedAccount()
{
    auto sandbox = UiTest::startSandbox({}, m_dir.filePath(u"world-switcher"_s));
    QVERIFY(sandbox);
    rememberAccount(*sandbox);
    // The switcher lists the remembered account and "Add account…".
    Startup startup(StartupOptions(), uniqueService());
    QVERIFY(startup.start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(startup.workspace()->state(), Workspace::State::SignedOut, 15'000);
    MainWindow *window = startup.window();
    QVERIFY(UiTest::activate(window));
    auto *switcher = window->findChild<QComboBox *>(u"accountSwitcher"_s);
    QVERIFY(switcher->isVisible());
    QCOMPARE(switcher->count(), 2);
    QVERIFY(switcher->itemText(0).contains(u"pat@contoso.com"_s));
    QCOMPARE(switcher->itemText(1), u"Add account…"_s);
    QVERIFY(UiTest::tabTo(window, switcher));

    // "Add account…": a new sign-in, on the sign-in page.
    QSignalSpy states(startup.workspace(), &Workspace::stateChanged);
    QTest::keyClick(switcher, Qt::Key_End);
    QCOMPARE(startup.workspace()->state(), Workspace::State::SignedOut);
    QVERIFY(startup.workspace()->accountKey().isEmpty());
    QVERIFY(window->findChild<QWidget *>(u"signInPage"_s)->isVisible());
    QVERIFY(!saw(states, Workspace::State::SigningIn));

    // The remembered account: signed in as it again (which fails here for want of its token).
    QTest::keyClick(switcher, Qt::Key_Home);
    QVERIFY(saw(states, Workspace::State::SigningIn));
    QTRY_COMPARE_WITH_TIMEOUT(startup.workspace()->state(), Workspace::State::SignedOut, 15'000);
    QVERIFY(window->findChild<QLabel *>(u"signInError"_s)->text().contains(u"secret store"_s));
}

void TestStartup::mistypedTeamLedgerIsANotice()
{
    QSettings().setValue(u"ledger/location"_s, u"ftp://ledger.example/credits"_s);
    Startup startup(StartupOptions(), uniqueService());
    QVERIFY(startup.start().ok());
    MainWindow *window = startup.window();
    QVERIFY(window->findChild<QWidget *>(u"noticeBanner"_s)->isVisible());
    const QString said = window->findChild<QLabel *>(u"noticeText"_s)->text();
    QVERIFY2(said.startsWith(u"The benefits ledger could not be opened"_s), qPrintable(said));
    QVERIFY(!startup.ledger()->isOpen());
    QVERIFY(!window->ledgerPages()->assignAction()->isEnabled());
    QVERIFY(QApplication::activeModalWidget() == nullptr);
}

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
