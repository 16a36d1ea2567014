// Settings › General's desktop choices: their defaults and round trip, and the XDG autostart
// entry "Start at login" writes, checked in a temporary XDG_CONFIG_HOME.
#include "desktop/desktopsettings.h"
#include "desktop/loginstart.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CreditDesk;
using namespace Qt::StringLiterals;

class TestLoginStart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CreditDeskTests"_s);
        QCoreApplication::setApplicationName(u"tst_loginstart"_s);
    }
    void init()
    {
        QSettings().clear();
        QDir(m_config.path() + u"/autostart"_s).removeRecursively();
    }

    void settingsDefaultToTrayOnAndLoginOff()
    {
        QSettings settings;
        const DesktopSettings loaded = DesktopSettings::load(settings);
        QVERIFY(loaded.keepRunningInTray);
        QVERIFY(!loaded.startAtLogin);
        QVERIFY(!DesktopSettings::trayExplained(settings));
        // Defaults are not written, so a later release's default reaches whoever never chose.
        loaded.save(settings);
        QVERIFY(settings.allKeys().isEmpty());
    }

    void settingsRoundTrip()
    {
        QSettings settings;
        DesktopSettings chosen;
        chosen.keepRunningInTray = false;
        chosen.startAtLogin = true;
        chosen.save(settings);
        QCOMPARE(DesktopSettings::load(settings), chosen);
        DesktopSettings::setTrayExplained(settings);
        QVERIFY(DesktopSettings::trayExplained(settings));
        DesktopSettings{}.save(settings);
        QCOMPARE(DesktopSettings::load(settings), DesktopSettings{});
        QVERIFY(DesktopSettings::trayExplained(settings)); // explaining once is not a choice to reset
    }

    void enablingWritesAValidEntryInXdgConfigHome()
    {
        const QString expected = m_config.path() + u"/autostart/io.github.creditdesk.CreditDesk.desktop"_s;
        QCOMPARE(LoginStart::location(), expected);
        QVERIFY(!LoginStart::isEnabled());

        const QString program = QCoreApplication::applicationFilePath();
        const Status status = LoginStart::setEnabled(true, program);
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QVERIFY(LoginStart::isEnabled());
        const QSettings entry(expected, QSettings::IniFormat);
        QCOMPARE(entry.value(u"Desktop Entry/Type"_s).toString(), u"Application"_s);
        QCOMPARE(entry.value(u"Desktop Entry/Exec"_s).toString(), program);
        QCOMPARE(entry.value(u"Desktop Entry/X-GNOME-Autostart-enabled"_s).toString(), u"true"_s);
        validate(expected);
    }

    void enablingTwiceIsIdempotentAndDisablingRemoves()
    {
        const QString program = QCoreApplication::applicationFilePath();
        QVERIFY(LoginStart::setEnabled(true, program).ok());
        QFile first(LoginStart::location());
        QVERIFY(first.open(QIODevice::ReadOnly));
        const QByteArray once = first.readAll();
        first.close();
        QVERIFY(LoginStart::setEnabled(true, program).ok());
        QFile second(LoginStart::location());
        QVERIFY(second.open(QIODevice::ReadOnly));
        QCOMPARE(second.readAll(), once);
        QCOMPARE(QDir(m_config.path() + u"/autostart"_s).entryList(QDir::Files).size(), 1);

        QVERIFY(LoginStart::setEnabled(false, program).ok());
        QVERIFY(!LoginStart::isEnabled());
        QVERIFY(!QFile::exists(LoginStart::location()));
        QVERIFY(LoginStart::setEnabled(false, program).ok()); // nothing to remove is fine
    }

    void pathsWithSpacesAndQuotesAreQuotedForExec()
    {
        const QString program = m_config.path() + u"/my apps/credit \"desk\" $1"_s;
        QVERIFY(LoginStart::setEnabled(true, program).ok());
        QFile file(LoginStart::location());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        // Spec quoting ("\"" inside quotes), then the value escaping doubles the backslash.
        const QString exec = u"Exec=\""_s + m_config.path() + u"/my apps/credit \\\\\"desk\\\\\" \\\\$1\""_s;
        QVERIFY2(text.contains(exec + u'\n'), qPrintable(text));
        validate(LoginStart::location());
    }

    void relativeProgramIsRefused()
    {
        const Status status = LoginStart::setEnabled(true, u"creditdesk"_s);
        QVERIFY(!status.ok());
        QVERIFY(!status.error().message.isEmpty());
        QVERIFY(!LoginStart::isEnabled());
    }

private:
    static void validate(const QString &path)
    {
        const QString validator = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
        if (validator.isEmpty())
            QSKIP("desktop-file-validate is not installed (Debian desktop-file-utils)");
        QProcess process;
        process.start(validator, {path});
        QVERIFY(process.waitForFinished());
        const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0 && output.trimmed().isEmpty(), output.constData());
    }

    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestLoginStart)
#include "tst_loginstart.moc"
