// `scale`: 100,000 lots + 1,000,000 events (10 profiles x 10,000 lots x 10 events) against the
// 100,000-event case (10 x 1,000 x 10), both measured in this invocation, each step in a child
// process of its own so peak RSS is the step's: the load from the sandbox into the tables, a
// filter keystroke to repaint on the Transactions table, and start-up from the offline copy.
// The data grows tenfold, so "at most linear" means every ratio <= 10.
//
// The sandbox keeps one 32-byte record per event and writes each page when it is asked for
// (sandbox/arm/armevents.cpp), so a million events cost it ~40 MB, not a 1.5 GB JSON document.
#include "benchcommon.h"
#include "loadrun.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cmath>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace CreditDesk::Bench {

namespace {

constexpr int BaseLotsPerProfile = 1000;
constexpr int ScaleLotsPerProfile = 10'000;
constexpr double Growth = double(ScaleLotsPerProfile) / BaseLotsPerProfile;

/// Runs `--case scale_step <step> <lots per profile> <runs>` and returns its JSON line.
QJsonObject step(const QString &name, int lotsPerProfile, int runs)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                { u"--case"_s, u"scale_step"_s, name, QString::number(lotsPerProfile), QString::number(runs) });
    if (!child.waitForFinished(3'600'000)) {
        child.kill();
        child.waitForFinished();
    }
    const QByteArray out = child.readAllStandardOutput().trimmed();
    const QJsonObject line = QJsonDocument::fromJson(out.split('\n').constLast()).object();
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || line.isEmpty())
        std::fprintf(stderr, "scale: step %s at %d lots per profile failed (exit %d)\n", qPrintable(name),
                     lotsPerProfile, child.exitCode());
    return line;
}

int loadStep(int lotsPerProfile, int runs)
{
    SignedInSandbox sandbox;
    QString error;
    if (!sandbox.start({ lotsPerProfile, 10, 1000, 0 }, &error)) {
        std::fprintf(stderr, "scale: %s\n", qPrintable(error));
        return 1;
    }
    QList<double> samples, stalls, cpu;
    int lots = 0, events = 0;
    bool complete = true;
    for (int i = 0; i < runs; ++i) {
        AppTables tables;
        const LoadRun run = loadInto(tables, sandbox, everyEvent());
        samples.append(run.ms);
        stalls.append(run.guiMaxStallMs);
        cpu.append(run.cpuMs);
        complete = complete && run.complete;
        lots = run.lots;
        events = run.events;
    }
    printCase(u"scale_load"_s, samples,
              { { u"lots"_s, lots },
                { u"events"_s, events },
                { u"complete"_s, complete },
                { u"client_cpu_median_ms"_s, r1(statsOf(cpu).median) },
                { u"gui_max_stall_ms"_s, r1(statsOf(stalls).median) } });
    return complete && events == lotsPerProfile * 100 ? 0 : 2;
}

double number(const QJsonObject &line, const QString &key)
{
    return line.value(key).toDouble(-1);
}

QJsonObject compare(const QJsonObject &base, const QJsonObject &scaled, const QString &key)
{
    const double a = number(base, key), b = number(scaled, key);
    const double ratio = a > 0 && b >= 0 ? std::round(b / a * 100) / 100 : -1;
    return { { u"base"_s, a }, { u"scale"_s, b }, { u"ratio"_s, ratio }, { u"linear"_s, ratio >= 0 && ratio <= Growth } };
}

} // namespace

int runScaleStep(int argc, char **argv)
{
    const QByteArray name = argc > 3 ? argv[3] : "";
    const int lotsPerProfile = argc > 4 ? std::atoi(argv[4]) : BaseLotsPerProfile;
    const int runs = qMax(1, argc > 5 ? std::atoi(argv[5]) : 3);
    if (name == "startup") {
        prepareStartupEnvironment();
        QCoreApplication app(argc, argv);
        QCoreApplication::setOrganizationName(u"CreditDesk"_s);
        QCoreApplication::setApplicationName(u"CreditDesk"_s);
        return runStartupVariant(u"scale_startup"_s, runs, lotsPerProfile, 10);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (name == "load")
        return loadStep(lotsPerProfile, runs);
    if (name == "filter")
        return filterEventsCase(u"scale_filter"_s, lotsPerProfile, runs);
    std::fprintf(stderr, "scale_step: unknown step %s (load, filter, startup)\n", name.constData());
    return 2;
}

int runScale(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = qMax(1, QCoreApplication::arguments().value(3, u"3"_s).toInt());
    QJsonObject base, scaled;
    for (const QString &name : { u"load"_s, u"filter"_s, u"startup"_s }) {
        base.insert(name, step(name, BaseLotsPerProfile, runs));
        scaled.insert(name, step(name, ScaleLotsPerProfile, runs));
    }
    const auto at = [](const QJsonObject &steps, const QString &name) { return steps.value(name).toObject(); };
    const QJsonObject load = compare(at(base, u"load"_s), at(scaled, u"load"_s), u"median_ms"_s);
    const QJsonObject rss = compare(at(base, u"load"_s), at(scaled, u"load"_s), u"peak_rss_mb"_s);
    const QJsonObject filter = compare(at(base, u"filter"_s), at(scaled, u"filter"_s), u"p95_ms"_s);
    const QJsonObject startup = compare(at(base, u"startup"_s), at(scaled, u"startup"_s), u"median_ms"_s);
    const QJsonObject startupRss = compare(at(base, u"startup"_s), at(scaled, u"startup"_s), u"gui_peak_rss_mb"_s);
    const double filterP95 = number(at(scaled, u"filter"_s), u"p95_ms"_s);
    bool everyStep = true;
    for (const QJsonObject &steps : { base, scaled }) {
        for (auto it = steps.begin(); it != steps.end(); ++it)
            everyStep = everyStep && !it.value().toObject().isEmpty();
    }
    bool linear = true;
    for (const QJsonObject &c : { load, rss, filter, startup, startupRss })
        linear = linear && c.value(u"linear"_s).toBool();
    QJsonObject line { { u"case"_s, u"scale"_s },
                       { u"runs"_s, runs },
                       { u"lots"_s, at(scaled, u"load"_s).value(u"lots"_s) },
                       { u"events"_s, at(scaled, u"load"_s).value(u"events"_s) },
                       { u"base_lots"_s, at(base, u"load"_s).value(u"lots"_s) },
                       { u"base_events"_s, at(base, u"load"_s).value(u"events"_s) },
                       { u"load_ms"_s, load },
                       { u"load_peak_rss_mb"_s, rss },
                       { u"load_gui_max_stall_ms"_s, number(at(scaled, u"load"_s), u"gui_max_stall_ms"_s) },
                       { u"filter_p95_ms"_s, filter },
                       { u"filter_query"_s, at(scaled, u"filter"_s).value(u"query"_s) },
                       { u"startup_ms"_s, startup },
                       { u"startup_gui_peak_rss_mb"_s, startupRss },
                       { u"target"_s, u"every ratio <= 10 (the data grows tenfold); filter keystroke p95 < 16 ms "
                                      u"or typing never blocked"_s },
                       { u"met"_s, QJsonObject { { u"linear"_s, linear }, { u"filter_p95_under_16_ms"_s,
                                                                             filterP95 >= 0 && filterP95 < 16.0 } } } };
    std::fputs(QJsonDocument(line).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return everyStep ? 0 : 1;
}

} // namespace CreditDesk::Bench
