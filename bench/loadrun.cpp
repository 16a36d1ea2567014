#include "loadrun.h"

#include "heartbeat.h"
#include "services/creditdiscovery.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>

#include <sys/resource.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CreditDesk::Bench {

double processCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (double(usage.ru_utime.tv_sec) + double(usage.ru_stime.tv_sec)) * 1e3
        + (double(usage.ru_utime.tv_usec) + double(usage.ru_stime.tv_usec)) / 1e3;
}

QHash<QString, double> threadCpuMs()
{
    QHash<QString, double> byName;
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (const auto stat = readProcStat(tasks.filePath(tid + u"/stat"_s)))
            byName[stat->name] += stat->cpuMs;
    }
    return byName;
}

double r1(double value)
{
    return std::round(value * 10.0) / 10.0;
}

LoadOptions everyEvent()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return { today.addYears(-10), today.addYears(1), 0 };
}

LoadRun loadInto(AppTables &tables, SignedInSandbox &sandbox, const LoadOptions &options)
{
    CreditDiscovery discovery(sandbox.api.get());
    discovery.setKinds(CreditDiscovery::Kind::Lots | CreditDiscovery::Kind::Events
                       | CreditDiscovery::Kind::CreditSummaries);
    discovery.setEventsWindow(options.from, options.to);
    QObject context;
    LoadRun run;
    bool finished = false;
    QElapsedTimer timer;
    QList<Lot> refreshLots;
    QList<CreditEvent> refreshEvents;
    const bool appendEventsLive = tables.events.rowCount() == 0;
    qsizetype seen = 0;
    const auto firstRows = [&] {
        if (run.firstRowsMs < 0)
            run.firstRowsMs = double(timer.nsecsElapsed()) / 1e6;
    };
    QObject::connect(&discovery, &CreditDiscovery::scopeNamed, &tables.lots, &LotTableModel::setScopeName);
    QObject::connect(&discovery, &CreditDiscovery::lotsArrived, &context, [&](const QList<Lot> &page) {
        refreshLots.append(page);
        tables.lots.upsert(page);
        firstRows();
    });
    QObject::connect(&discovery, &CreditDiscovery::eventsArrived, &context, [&](const QList<CreditEvent> &page) {
        QList<CreditEvent> events = page;
        if (options.changeEvery > 0) {
            for (CreditEvent &event : events) {
                if (seen++ % options.changeEvery == 0)
                    event.description += options.changeMark;
            }
        }
        if (appendEventsLive) {
            tables.events.append(std::move(events));
            firstRows();
        } else {
            refreshEvents.append(std::move(events));
        }
    });
    // The events' replace is matched on a worker and applied in slices, as in the app: the run
    // ends once it is applied, and finalReplaceMs is the wall time from discovery's end to then.
    qint64 replaceStarted = 0;
    QObject::connect(&tables.events, &EventTableModel::replaceFinished, &context, [&] {
        run.finalReplaceMs = double(timer.nsecsElapsed() - replaceStarted) / 1e6;
        finished = true;
    });
    QObject::connect(&discovery, &CreditDiscovery::finished, &context, [&](bool complete) {
        replaceStarted = timer.nsecsElapsed();
        run.complete = complete;
        if (complete) {
            tables.lots.replaceAll(std::exchange(refreshLots, {}));
            if (!appendEventsLive) {
                tables.events.replaceAll(std::exchange(refreshEvents, {}));
                return;
            }
        }
        run.finalReplaceMs = double(timer.nsecsElapsed() - replaceStarted) / 1e6;
        finished = true;
    });
    Heartbeat heartbeat;
    const double cpuBefore = processCpuMs();
    const double serverCpuBefore = sandbox.serverCpuMs();
    const qint64 writesBefore = sandbox.serverSyscalls().second;
    const QHash<QString, double> threadsBefore = threadCpuMs();
    heartbeat.start();
    timer.start();
    discovery.start();
    waitFor([&finished] { return finished; }, 1'800'000);
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.guiMaxStallMs = heartbeat.stop();
    run.cpuMs = processCpuMs() - cpuBefore;
    run.serverCpuMs = sandbox.serverCpuMs() - serverCpuBefore;
    run.serverWrites = sandbox.serverSyscalls().second - writesBefore;
    const QHash<QString, double> threadsAfter = threadCpuMs();
    for (auto it = threadsAfter.begin(); it != threadsAfter.end(); ++it)
        run.threadCpuMs[it.key()] = it.value() - threadsBefore.value(it.key());
    run.lots = tables.lots.rowCount();
    run.events = tables.events.rowCount();
    return run;
}

} // namespace CreditDesk::Bench
