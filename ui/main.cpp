// creditdesk: the desktop application. Everything but start-up lives in creditdesk_ui and
// creditdesk_core.
#include "startup.h"

#include "core/privatefiles.h"

#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

/// CREDITDESK_BENCHMARK_STARTUP=1 (for creditdesk-bench): after the main window's first paint,
/// prints "painted <ms since process start> rss_kb <peak RSS>" and quits. Linux only.
class StartupProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()
            && qobject_cast<QMainWindow *>(static_cast<QWidget *>(watched)->window())) {
            m_done = true;
            QTimer::singleShot(0, this, [] { // once the paint has finished
                std::printf("painted %.1f rss_kb %lld\n", msSinceStart(), peakRssKb());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    static double msSinceStart()
    {
        QFile stat(QStringLiteral("/proc/self/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        const double startTicks = fields.value(19).toDouble(); // field 22: starttime
        timespec now {};
        clock_gettime(CLOCK_BOOTTIME, &now);
        return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6
            - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
    }
    static long long peakRssKb()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
            }
        }
        return -1;
    }
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CreditDesk"));
    QApplication::setOrganizationName(QStringLiteral("CreditDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CREDITDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.creditdesk.CreditDesk"));
    if (qEnvironmentVariableIntValue("CREDITDESK_BENCHMARK_STARTUP") == 1)
        app.installEventFilter(new StartupProbe(&app));
    CreditDesk::PrivateFiles::tightenSettings(QSettings().fileName());
    const int exitCode = CreditDesk::runApplication(app);
    QSettings().sync();
    CreditDesk::PrivateFiles::tightenSettings(QSettings().fileName());
    return exitCode;
}
