// `load` and `load_latency`: 10,000 lots + 100,000 events (plus each profile's balance summary)
// from the sandbox into the Lots and Transactions tables through CreditDiscovery — the app's
// path: ArmClient, parsers, model updates — against the issue-13 yardstick: the very same URLs
// fetched with a plain QNetworkAccessManager, no parsing, with discovery's concurrency and order
// rules (ShapedFetch). Load and yardstick alternate in one process against one sandbox.
//
// `load` runs at no added latency and reports CPU: the client's CPU for the whole load against
// the yardstick's client CPU (client_cpu_ratio) and per MB of JSON; loopback wall-time ratios to
// the yardstick, to a sequential plain fetch and to curl are diagnostics only (they measure the
// emulated service's CPU on the same two cores as much as the client's).
// `load_latency` answers every ARM request after 150 ms, as a real service would (slower in
// truth), and reports what a person waits for: the load's wall time and its first rows.
#include "benchcommon.h"
#include "loadrun.h"
#include "plainfetch.h"

#include "services/creditdiscovery.h"

#include <QJsonArray>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace CreditDesk::Bench {

namespace {

constexpr int LotsPerProfile = 1000; // x 10 billing profiles = 10,000 lots
constexpr int EventsPerLot = 10; // = 100,000 events
constexpr int PageSize = 1000; // the Consumption API's page size for lots and events

double median(const QList<double> &samples)
{
    return statsOf(samples).median;
}

double ratio(double a, double b)
{
    return b > 0 ? std::round(a / b * 1000) / 1000 : 0;
}

struct Setup
{
    SignedInSandbox sandbox;
    QList<QUrl> urls;
    LoadRun warm;
    std::unique_ptr<ShapedFetch> shaped;
    QNetworkAccessManager plain;
    qint64 bytes = 0;
};

/// Starts the sandbox, loads once (warm-up) while recording the GETs, and prepares the
/// yardstick from them; its first run also warms the plain client's connections.
bool prepare(Setup &s, int latencyMs, const char *name)
{
    QString error;
    if (!s.sandbox.start({ LotsPerProfile, EventsPerLot, PageSize, latencyMs }, &error)) {
        std::fprintf(stderr, "%s: %s\n", name, qPrintable(error));
        return false;
    }
    s.sandbox.network.recording = true;
    {
        AppTables tables;
        s.warm = loadInto(tables, s.sandbox, everyEvent());
    }
    s.sandbox.network.recording = false;
    s.urls = s.sandbox.network.gets;
    s.shaped = std::make_unique<ShapedFetch>(s.urls, CreditDiscovery(nullptr).maxConcurrentScopes());
    const FetchResult first = s.shaped->run(s.plain, s.sandbox.armToken);
    s.bytes = first.bytes;
    if (first.failed > 0 || !s.warm.complete) {
        std::fprintf(stderr, "%s: the warm-up load (complete: %d) or fetch (%d failed of %d) failed\n", name,
                     int(s.warm.complete), first.failed, int(s.urls.size()));
        return false;
    }
    return true;
}

QJsonObject met(std::initializer_list<std::pair<QString, bool>> targets)
{
    QJsonObject object;
    for (const auto &[name, ok] : targets)
        object.insert(name, ok);
    return object;
}

} // namespace

int runLoad(const QStringList &args)
{
    const int runs = qMax(1, args.value(0, u"5"_s).toInt());
    Setup s;
    if (!prepare(s, 0, "load"))
        return 1;
    QList<double> load, firstRows, loadCpu, loadServerCpu, loadWrites, stalls, finalReplace;
    QList<double> shaped, shapedCpu, shapedServerCpu, shapedWrites;
    QList<double> sequential, sequentialCpu, sequentialServerCpu, sequentialWrites;
    QList<double> loadServerSys, shapedServerSys, sequentialServerSys;
    QHash<QString, QList<double>> threadCpu;
    bool complete = true;
    for (int i = 0; i < runs; ++i) {
        {
            AppTables tables;
            const double sys = s.sandbox.serverSystemCpuMs();
            const LoadRun run = loadInto(tables, s.sandbox, everyEvent());
            loadServerSys.append(s.sandbox.serverSystemCpuMs() - sys);
            complete = complete && run.complete && run.lots == s.warm.lots && run.events == s.warm.events;
            load.append(run.ms);
            firstRows.append(run.firstRowsMs);
            loadCpu.append(run.cpuMs);
            loadServerCpu.append(run.serverCpuMs);
            loadWrites.append(double(run.serverWrites));
            stalls.append(run.guiMaxStallMs);
            finalReplace.append(run.finalReplaceMs);
            for (auto it = run.threadCpuMs.begin(); it != run.threadCpuMs.end(); ++it)
                threadCpu[it.key()].append(it.value());
        }
        double cpu = processCpuMs(), server = s.sandbox.serverCpuMs(), sys = s.sandbox.serverSystemCpuMs();
        qint64 writes = s.sandbox.serverSyscalls().second;
        const FetchResult f = s.shaped->run(s.plain, s.sandbox.armToken);
        shapedServerSys.append(s.sandbox.serverSystemCpuMs() - sys);
        shaped.append(f.ms);
        shapedCpu.append(processCpuMs() - cpu);
        shapedServerCpu.append(s.sandbox.serverCpuMs() - server);
        shapedWrites.append(double(s.sandbox.serverSyscalls().second - writes));
        cpu = processCpuMs();
        server = s.sandbox.serverCpuMs();
        writes = s.sandbox.serverSyscalls().second;
        sys = s.sandbox.serverSystemCpuMs();
        sequential.append(fetchSequential(s.plain, s.urls, s.sandbox.armToken).ms);
        sequentialServerSys.append(s.sandbox.serverSystemCpuMs() - sys);
        sequentialCpu.append(processCpuMs() - cpu);
        sequentialServerCpu.append(s.sandbox.serverCpuMs() - server);
        sequentialWrites.append(double(s.sandbox.serverSyscalls().second - writes));
    }
    QList<double> curlRuns;
    for (int i = 0; i < runs; ++i) {
        if (const double ms = fetchWithCurl(s.urls, s.sandbox.armToken); ms >= 0)
            curlRuns.append(ms);
    }
    // Diagnostic, after the timed runs: the parsers' share, one page at a time.
    double parsingMs = 0;
    int parsedRows = 0;
    fetchSequential(s.plain, s.urls, s.sandbox.armToken,
                    [&](const QUrl &url, const QByteArray &body) { parsingMs += parseOnly(url, body, &parsedRows); });
    QJsonObject byThread;
    for (auto it = threadCpu.begin(); it != threadCpu.end(); ++it)
        byThread.insert(it.key(), std::round(median(it.value())));
    const double mb = double(s.bytes) / 1048576.0;
    const double cpuRatio = ratio(median(loadCpu), median(shapedCpu));
    const double cpuPerMb = mb > 0 ? median(loadCpu) / mb : 0;
    const double stall = median(stalls);
    const double rss = peakRssMb();
    printCase(u"load"_s, load,
              { { u"lots"_s, s.warm.lots },
                { u"events"_s, s.warm.events },
                { u"complete"_s, complete },
                { u"requests"_s, int(s.urls.size()) },
                { u"page_size"_s, PageSize },
                { u"latency_ms"_s, 0 },
                { u"body_mb"_s, r1(mb) },
                { u"client_cpu_median_ms"_s, r1(median(loadCpu)) },
                { u"yardstick_client_cpu_median_ms"_s, r1(median(shapedCpu)) },
                { u"client_cpu_ratio"_s, cpuRatio },
                { u"client_cpu_ms_per_mb"_s, std::round(cpuPerMb * 100) / 100 },
                { u"client_cpu_by_thread_median_ms"_s, byThread },
                { u"gui_max_stall_ms"_s, r1(stall) },
                { u"gui_max_stall_worst_ms"_s, r1(statsOf(stalls).max) },
                { u"final_replace_median_ms"_s, r1(median(finalReplace)) },
                { u"first_rows_median_ms"_s, r1(median(firstRows)) },
                { u"yardstick_median_ms"_s, r1(median(shaped)) },
                { u"ratio_to_yardstick"_s, ratio(median(load), median(shaped)) },
                { u"sequential_plain_median_ms"_s, r1(median(sequential)) },
                { u"ratio_to_sequential_plain"_s, ratio(median(load), median(sequential)) },
                { u"curl_median_ms"_s, curlRuns.isEmpty() ? QJsonValue() : r1(median(curlRuns)) },
                { u"ratio_to_curl"_s, curlRuns.isEmpty() ? QJsonValue() : ratio(median(load), median(curlRuns)) },
                { u"parse_only_ms"_s, r1(parsingMs) },
                { u"parse_only_rows"_s, parsedRows },
                { u"server_cpu_median_ms"_s, r1(median(loadServerCpu)) },
                { u"yardstick_server_cpu_median_ms"_s, r1(median(shapedServerCpu)) },
                { u"sequential_server_cpu_median_ms"_s, r1(median(sequentialServerCpu)) },
                { u"sequential_client_cpu_median_ms"_s, r1(median(sequentialCpu)) },
                { u"server_system_cpu_median_ms"_s, r1(median(loadServerSys)) },
                { u"yardstick_server_system_cpu_median_ms"_s, r1(median(shapedServerSys)) },
                { u"sequential_server_system_cpu_median_ms"_s, r1(median(sequentialServerSys)) },
                { u"server_writes_median"_s, median(loadWrites) },
                { u"yardstick_server_writes_median"_s, median(shapedWrites) },
                { u"sequential_server_writes_median"_s, median(sequentialWrites) },
                { u"target"_s, u"client_cpu_ratio <= 3; client_cpu_ms_per_mb <= 2 (aim); peak RSS <= 130 MB; "
                               u"gui_max_stall_ms <= 16"_s },
                { u"met"_s, met({ { u"client_cpu_ratio"_s, cpuRatio <= 3.0 },
                                  { u"client_cpu_ms_per_mb"_s, cpuPerMb <= 2.0 },
                                  { u"peak_rss_mb"_s, rss <= 130.0 },
                                  { u"gui_max_stall_ms"_s, stall <= 16.0 } }) } });
    return complete ? 0 : 2;
}

int runLoadLatency(const QStringList &args)
{
    const int runs = qMax(1, args.value(0, u"5"_s).toInt());
    const int latencyMs = qMax(0, args.value(1, u"150"_s).toInt());
    Setup s;
    if (!prepare(s, latencyMs, "load_latency"))
        return 1;
    QList<double> load, firstRows, stalls, shaped, firstPage, firstRowsOverFirstPage;
    bool complete = true;
    for (int i = 0; i < runs; ++i) {
        {
            AppTables tables;
            const LoadRun run = loadInto(tables, s.sandbox, everyEvent());
            complete = complete && run.complete && run.lots == s.warm.lots && run.events == s.warm.events;
            load.append(run.ms);
            firstRows.append(run.firstRowsMs);
            stalls.append(run.guiMaxStallMs);
        }
        const FetchResult f = s.shaped->run(s.plain, s.sandbox.armToken);
        shaped.append(f.ms);
        firstPage.append(f.firstDataPageMs);
        firstRowsOverFirstPage.append(firstRows.constLast() - f.firstDataPageMs);
    }
    const double wallRatio = ratio(median(load), median(shaped));
    const double firstRowsExtra = median(firstRowsOverFirstPage);
    const double stall = median(stalls);
    printCase(u"load_latency"_s, load,
              { { u"lots"_s, s.warm.lots },
                { u"events"_s, s.warm.events },
                { u"complete"_s, complete },
                { u"requests"_s, int(s.urls.size()) },
                { u"latency_ms"_s, latencyMs },
                { u"max_concurrent_scopes"_s, CreditDiscovery(nullptr).maxConcurrentScopes() },
                { u"yardstick_chains"_s, s.shaped->chainCount() },
                { u"yardstick_median_ms"_s, r1(median(shaped)) },
                { u"ratio_to_yardstick"_s, wallRatio },
                { u"first_rows_median_ms"_s, r1(median(firstRows)) },
                { u"yardstick_first_page_median_ms"_s, r1(median(firstPage)) },
                { u"first_rows_after_first_page_median_ms"_s, r1(firstRowsExtra) },
                { u"gui_max_stall_ms"_s, r1(stall) },
                { u"gui_max_stall_worst_ms"_s, r1(statsOf(stalls).max) },
                { u"target"_s, u"ratio_to_yardstick <= 1.05; first rows <= yardstick's first page + 50 ms; "
                               u"gui_max_stall_ms <= 16"_s },
                { u"met"_s, met({ { u"ratio_to_yardstick"_s, wallRatio <= 1.05 },
                                  { u"first_rows"_s, firstRowsExtra <= 50.0 },
                                  { u"gui_max_stall_ms"_s, stall <= 16.0 } }) } });
    return complete ? 0 : 2;
}

} // namespace CreditDesk::Bench
