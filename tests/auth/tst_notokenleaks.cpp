// No token text reaches logs, settings or cache files. Every log category is switched on at
// debug level and captured while a full browser sign-in, refreshes with rotation, remember and
// restore run against the sandbox; then the captured text, the settings file and every file
// under the test's config, data and cache directories are searched for each token (and for
// its first 16 characters).
#include "auth/accountmanager.h"
#include "authtestutil.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::Testing;

namespace {
QMutex logMutex;
QString capturedLog;
int capturedMessages = 0;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    // The sandbox runs in its own thread and logs too.
    const QMutexLocker lock(&logMutex);
    capturedLog += QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message + u'\n';
    ++capturedMessages;
}

/// Every place a copy could hide: as typed, and its first 16 characters.
QStringList needlesFor(const QString &secret)
{
    return {secret, secret.left(16)};
}

/// Files under the directories the app may write to, in test mode (~/.qttest/...).
QStringList writableFiles()
{
    QStringList files;
    for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                          QStandardPaths::AppLocalDataLocation, QStandardPaths::CacheLocation,
                          QStandardPaths::GenericConfigLocation, QStandardPaths::GenericCacheLocation}) {
        const QString dir = QStandardPaths::writableLocation(location);
        if (dir.isEmpty())
            continue;
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.removeDuplicates();
    return files;
}
} // namespace

class TestNoTokenLeaks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noTokenTextInLogsSettingsOrCaches();

private:
    QtMessageHandler m_previous = nullptr;
};

void TestNoTokenLeaks::initTestCase()
{
    // ~/.qttest/... instead of the real config and cache directories.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation).contains(u".qttest"_s));
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    m_previous = qInstallMessageHandler(captureMessage);
}

void TestNoTokenLeaks::cleanupTestCase()
{
    qInstallMessageHandler(m_previous);
    QSettings().clear();
}

void TestNoTokenLeaks::noTokenTextInLogsSettingsOrCaches()
{
    Sandbox::SandboxOptions options;
    options.seed = 31;
    options.autoApprove = true;
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(options));
    QStringList secrets;

    // 1. Browser sign-in; the code is a secret too.
    BrowserRun browser(sandbox.tokenClient.get());
    QVERIFY(browser.start());
    const BrowserPage answer = browser.visitAuthorizeUrl();
    const QString code = queryValue(answer.location, u"code"_s);
    QVERIFY(!code.isEmpty());
    secrets << code;
    browser.browser.get(answer.location);
    QVERIFY(browser.waitFinished());
    QVERIFY(browser.failed.isEmpty());
    const TokenResponse response = browser.response();
    secrets << response.accessToken.token << response.refreshToken;

    // 2. Remember it (settings + secret store, whichever is available here).
    QSettings settings; // the app's default settings, in test mode
    SecretStore store(testServiceName());
    AccountStore accounts(&settings);
    AccountManager manager(&store, &accounts);
    QSignalSpy rotated(sandbox.session.get(), &SignInSession::refreshTokenChanged);
    sandbox.session->adopt(response);
    const StoredAccount account = manager.remember(sandbox.cloud(), sandbox.session.get(), u"organizations"_s);

    // 3. Refreshes: Graph, then ARM again, each rotating the refresh token.
    QObject context;
    for (Resource resource : {Resource::Graph, Resource::Arm}) {
        sandbox.session->invalidate(resource);
        std::optional<Result<QString>> token;
        sandbox.session->accessToken(resource, &context, [&](Result<QString> t) { token = std::move(t); });
        QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 10'000);
        QVERIFY(token->ok());
        secrets << token->value();
    }
    for (const QList<QVariant> &signal : std::as_const(rotated))
        secrets << signal.constFirst().toString();
    QTRY_COMPARE_WITH_TIMEOUT(store.pendingJobCount(), 0, StoreWaitMs + 1000);

    // 4. Restore into a fresh session (reads the secret store when there is one).
    SignInSession restored(sandbox.tokenClient.get());
    std::optional<Status> restoreStatus;
    manager.restore(account, &restored, &context, [&](Status s) { restoreStatus = s; });
    QTRY_VERIFY_WITH_TIMEOUT(restoreStatus.has_value(), StoreWaitMs + 1000);
    if (restoreStatus->ok()) {
        std::optional<Result<QString>> token;
        restored.accessToken(Resource::Arm, &context, [&](Result<QString> t) { token = std::move(t); });
        QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 10'000);
        QVERIFY(token->ok());
        secrets << token->value() << restored.refreshToken();
    }
    QTRY_COMPARE_WITH_TIMEOUT(store.pendingJobCount(), 0, StoreWaitMs + 1000);
    settings.sync();
    secrets.removeAll(QString());
    secrets.removeDuplicates();
    QVERIFY(secrets.size() >= 6);

    // The capture is real: debug output of the sign-in code was recorded.
    QString log;
    {
        const QMutexLocker lock(&logMutex);
        log = capturedLog;
    }
    QVERIFY2(log.contains(u"creditdesk.auth: token issued for scope"_s), "debug logging was not captured");
    QVERIFY(capturedMessages > 10);

    // Settings hold the account, not its tokens.
    QFile settingsFile(settings.fileName());
    QVERIFY2(settingsFile.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray settingsBytes = settingsFile.readAll();
    QVERIFY(settingsBytes.contains(account.objectId.toUtf8()));

    const QStringList files = writableFiles();
    QVERIFY(files.contains(settings.fileName()));
    qInstallMessageHandler(m_previous);
    qInfo("checking %d secrets against %d log messages and %d files; secret store %s",
          int(secrets.size()), capturedMessages, int(files.size()),
          restoreStatus->ok() ? "used" : "unavailable here (in-memory only)");
    // Failure messages name the secret by its position in the list, never by its text.
    for (qsizetype i = 0; i < secrets.size(); ++i) {
        const QString which = u"secret #"_s + QString::number(i);
        for (const QString &needle : needlesFor(secrets.at(i))) {
            QVERIFY2(!log.contains(needle), qPrintable(which + u" found in the log"_s));
            QVERIFY2(!settingsBytes.contains(needle.toUtf8()), qPrintable(which + u" found in the settings file"_s));
            for (const QString &path : files) {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray bytes = file.readAll();
                QVERIFY2(!bytes.contains(needle.toUtf8()), qPrintable(which + u" found in "_s + path));
                const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
                QVERIFY2(!bytes.contains(utf16), qPrintable(which + u" found (UTF-16) in "_s + path));
            }
        }
    }
}

int main(int argc, char *argv[])
{
    // ctest runs every test with QT_LOGGING_RULES=*.debug=false, and environment rules win
    // over setFilterRules(); this test needs every category at debug level.
    qunsetenv("QT_LOGGING_RULES");
    QCoreApplication app(argc, argv);
    TestNoTokenLeaks test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_notokenleaks.moc"
