// creditdesk-bench: the SPEC section 8 benchmarks. Prints one JSON object per case on stdout.
//
//   creditdesk-bench                     every case, each in a child process (own peak RSS)
//   creditdesk-bench --case load [runs]  one case in this process (load, load_latency, refresh, parse,
//                                        filter, filter_lots, startup, scale)
//   creditdesk-bench --case load_latency [runs] [latency ms]  (default 5 runs, 150 ms)
#include "benchcommon.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcess>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace CreditDesk::Bench;

namespace {

int runAll(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    const QStringList cases { u"load"_s, u"load_latency"_s, u"refresh"_s, u"parse"_s,
                              u"filter"_s, u"filter_lots"_s, u"startup"_s, u"scale"_s };
    for (const QString &name : cases) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), { u"--case"_s, name });
        if (!child.waitForFinished(3'600'000)) {
            child.kill();
            child.waitForFinished();
        }
        std::fputs(child.readAllStandardOutput().constData(), stdout);
        std::fflush(stdout);
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
            std::fprintf(stderr, "creditdesk-bench: case %s failed (exit %d)\n", qPrintable(name), child.exitCode());
            ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    // The sandbox logs every request at debug level; printing 100+ lines per run is noise.
    QLoggingCategory::setFilterRules(u"creditdesk.*.debug=false\ncreditdesk.*.info=false"_s);
    if (argc < 3 || std::strcmp(argv[1], "--case") != 0)
        return runAll(argc, argv);
    const QByteArray name = argv[2];
    if (name == "filter" || name == "filter_lots")
        return runFilter(argc, argv, name == "filter_lots");
    if (name == "scale")
        return runScale(argc, argv);
    if (name == "scale_step")
        return runScaleStep(argc, argv);
    if (name == "startup")
        prepareStartupEnvironment();
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(3);
    if (name == "load")
        return runLoad(args);
    if (name == "load_latency")
        return runLoadLatency(args);
    if (name == "refresh")
        return runRefresh(args);
    if (name == "startup")
        return runStartup(args);
    if (name == "parse")
        return runParse(args);
    std::fprintf(stderr, "creditdesk-bench: unknown case %s (load, load_latency, refresh, parse, filter, filter_lots, startup, scale)\n", name.constData());
    return 2;
}
