#include "desktop/loginstart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

// The desktop module's category: where the entry went, never more (the path names no secret).
Q_LOGGING_CATEGORY(lcDesktop, "creditdesk.desktop", QtInfoMsg)

namespace CreditDesk::LoginStart {

namespace {
const QString AppId = u"io.github.creditdesk.CreditDesk"_s;

Error failure(const QString &where, const QString &why)
{
    return Error{QCoreApplication::translate("LoginStart", "Could not change the start at login entry %1: %2")
                     .arg(QDir::toNativeSeparators(where), why)};
}

#if !defined(Q_OS_WIN)
Status writeFile(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failure(path, QCoreApplication::translate("LoginStart", "its folder cannot be created."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return failure(path, file.errorString());
    return {};
}

Status removeFile(const QString &path)
{
    if (QFile::exists(path) && !QFile::remove(path))
        return failure(path, QCoreApplication::translate("LoginStart", "the file cannot be removed."));
    return {};
}
#endif

#if defined(Q_OS_MACOS)
QString agentPath()
{
    return QDir::homePath() + u"/Library/LaunchAgents/"_s + AppId + u".plist"_s;
}

QByteArray launchAgent(const QString &program)
{
    const QString escaped = program.toHtmlEscaped();
    return (u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
            "<plist version=\"1.0\">\n<dict>\n"
            "  <key>Label</key><string>%1</string>\n"
            "  <key>ProgramArguments</key><array><string>%2</string></array>\n"
            "  <key>RunAtLoad</key><true/>\n"
            "</dict>\n</plist>\n"_s)
        .arg(AppId, escaped)
        .toUtf8();
}
#elif defined(Q_OS_WIN)
const QString RunKey = u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"_s;
const QString RunValue = u"CreditDesk"_s;
#else
QString entryPath()
{
    // XDG: $XDG_CONFIG_HOME, or ~/.config when unset or not absolute.
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || !QDir::isAbsolutePath(config))
        config = QDir::homePath() + u"/.config"_s;
    return config + u"/autostart/"_s + AppId + u".desktop"_s;
}

/// Exec= quoting from the Desktop Entry spec: a path with reserved characters goes in double
/// quotes with ", `, $ and \ escaped; then the value's own escaping doubles every backslash.
QString execValue(const QString &program)
{
    static const QString reserved = u" \t\n\"'\\><~|&;$*?#()`="_s;
    const bool needsQuotes = std::any_of(program.cbegin(), program.cend(),
                                         [](QChar c) { return reserved.contains(c); });
    if (!needsQuotes)
        return program;
    QString quoted;
    for (const QChar c : program) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    quoted = u'"' + quoted + u'"';
    quoted.replace(u"\\"_s, u"\\\\"_s);
    return quoted;
}

QByteArray desktopEntry(const QString &program)
{
    // Name and Comment stay untranslated: translated ones would freeze the language of the day
    // the entry was written.
    return (u"[Desktop Entry]\n"
            "Type=Application\n"
            "Name=CreditDesk\n"
            "Comment=Azure and Partner Center credit reminders\n"
            "Exec=%1\n"
            "Icon=%2\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"_s)
        .arg(execValue(program), AppId)
        .toUtf8();
}
#endif
} // namespace

QString location()
{
#if defined(Q_OS_MACOS)
    return agentPath();
#elif defined(Q_OS_WIN)
    return RunKey + u'\\' + RunValue;
#else
    return entryPath();
#endif
}

bool isEnabled()
{
#if defined(Q_OS_WIN)
    return QSettings(RunKey, QSettings::NativeFormat).contains(RunValue);
#else
    return QFile::exists(location());
#endif
}

Status setEnabled(bool enabled, const QString &program)
{
    if (enabled && !QDir::isAbsolutePath(program))
        return failure(location(), QCoreApplication::translate("LoginStart", "the program's path is not absolute."));
#if defined(Q_OS_WIN)
    QSettings run(RunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(RunValue, u'"' + QDir::toNativeSeparators(program) + u'"');
    else
        run.remove(RunValue);
    run.sync();
    const Status status = run.status() == QSettings::NoError
        ? Status{}
        : Status{failure(location(), QCoreApplication::translate("LoginStart", "the registry refused the change."))};
#elif defined(Q_OS_MACOS)
    const Status status = enabled ? writeFile(agentPath(), launchAgent(program)) : removeFile(agentPath());
#else
    const Status status = enabled ? writeFile(entryPath(), desktopEntry(program)) : removeFile(entryPath());
#endif
    if (status.ok())
        qCInfo(lcDesktop) << (enabled ? "start at login written:" : "start at login removed:") << location();
    return status;
}

} // namespace CreditDesk::LoginStart
