// `load`: 10,000 lots + 100,000 events from the sandbox on loopback into LotTableModel and
// EventTableModel through CreditDiscovery (the app's path: ArmClient, streaming parsers,
// batched model inserts), against fetching the very same page URLs one after another with a
// plain QNetworkAccessManager and no parsing. Both run in the same process, alternating.
#include "benchcommon.h"

#include "azure/armparsers.h"
#include "models/eventtablemodel.h"
#include "models/lottablemodel.h"
#include "services/creditdiscovery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>

#include <sys/resource.h>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace CreditDesk::Bench {

namespace {

/// CPU time this process has used so far (all threads), in milliseconds.
double processCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (double(usage.ru_utime.tv_sec) + double(usage.ru_stime.tv_sec)) * 1e3
        + (double(usage.ru_utime.tv_usec) + double(usage.ru_stime.tv_usec)) / 1e3;
}

/// CPU milliseconds per thread name of this process (threads of the same name summed).
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

struct LoadRun
{
    double ms = 0;
    double cpuMs = 0; ///< client CPU, all threads
    double serverCpuMs = 0; ///< the sandbox's CPU in the same time
    QHash<QString, double> threadCpuMs; ///< client CPU by thread name
    double firstRowsMs = -1; ///< until the first page reached a model
    double appendMs = 0; ///< on the GUI thread, inside the model updates
    int lots = 0;
    int events = 0;
    bool complete = false;
};

LoadRun discover(SignedInSandbox &sandbox, const QDate &from, const QDate &to)
{
    LotTableModel lots;
    EventTableModel events;
    CreditDiscovery discovery(sandbox.api.get());
    discovery.setKinds(CreditDiscovery::Kind::Lots | CreditDiscovery::Kind::Events);
    discovery.setEventsWindow(from, to);
    QObject context;
    LoadRun run;
    bool finished = false;
    QElapsedTimer timer;
    QObject::connect(&discovery, &CreditDiscovery::scopeNamed, &lots, &LotTableModel::setScopeName);
    QObject::connect(&discovery, &CreditDiscovery::lotsArrived, &context, [&](const QList<Lot> &page) {
        const qint64 before = timer.nsecsElapsed();
        lots.upsert(page);
        run.appendMs += double(timer.nsecsElapsed() - before) / 1e6;
        if (run.firstRowsMs < 0)
            run.firstRowsMs = double(timer.nsecsElapsed()) / 1e6;
    });
    QObject::connect(&discovery, &CreditDiscovery::eventsArrived, &context, [&](const QList<CreditEvent> &page) {
        const qint64 before = timer.nsecsElapsed();
        events.append(page);
        run.appendMs += double(timer.nsecsElapsed() - before) / 1e6;
    });
    QObject::connect(&discovery, &CreditDiscovery::finished, &context, [&](bool complete) {
        finished = true;
        run.complete = complete;
    });
    const double cpuBefore = processCpuMs();
    const double serverCpuBefore = sandbox.serverCpuMs();
    const QHash<QString, double> threadsBefore = threadCpuMs();
    timer.start();
    discovery.start();
    waitFor([&finished] { return finished; }, 600'000);
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.cpuMs = processCpuMs() - cpuBefore;
    run.serverCpuMs = sandbox.serverCpuMs() - serverCpuBefore;
    const QHash<QString, double> threadsAfter = threadCpuMs();
    for (auto it = threadsAfter.begin(); it != threadsAfter.end(); ++it)
        run.threadCpuMs[it.key()] = it.value() - threadsBefore.value(it.key());
    run.lots = lots.rowCount();
    run.events = events.rowCount();
    return run;
}

/// The same GETs, one after another, body read and dropped (or first handed to \a inspect).
double fetchPlain(QNetworkAccessManager &network, const QList<QUrl> &urls, const QString &token, qint64 *bytes,
                  const std::function<void(const QUrl &, const QByteArray &)> &inspect = {})
{
    const QByteArray authorization = "Bearer " + token.toLatin1();
    QElapsedTimer timer;
    timer.start();
    *bytes = 0;
    for (const QUrl &url : urls) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = network.get(request);
        bool done = false;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&done] { done = true; });
        waitFor([&done] { return done; }, 60'000);
        const QByteArray body = reply->readAll();
        *bytes += body.size();
        if (inspect)
            inspect(url, body);
        delete reply;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

/// SPEC section 8's own yardstick: the same URLs fetched by curl one after another — one curl
/// process given every URL, so it reuses its connection and adds no start-up per page. Returns
/// -1 when curl is not installed.
double fetchWithCurl(const QList<QUrl> &urls, const QString &token)
{
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    if (curl.isEmpty())
        return -1;
    // The token goes through a config file on stdin, never on the command line (ps would show it).
    QByteArray config = "silent\nheader = \"Authorization: Bearer " + token.toLatin1() + "\"\n";
    for (const QUrl &url : urls)
        config += "url = \"" + url.toEncoded() + "\"\noutput = \"/dev/null\"\n";
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(curl, { u"--config"_s, u"-"_s });
    process.write(config);
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

/// Time spent in the parsers alone for one page: what the client adds to the wire.
double parseOnly(const QUrl &url, const QByteArray &body, int *rows)
{
    QElapsedTimer timer;
    timer.start();
    const QString path = url.path();
    if (path.endsWith("/events"_L1)) {
        if (const auto page = parseEventsPage(body))
            *rows += int(page->items.size());
    } else if (path.endsWith("/lots"_L1)) {
        if (const auto page = parseLotsPage(body))
            *rows += int(page->items.size());
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int runParse(const QStringList &args)
{
    const int runs = qMax(1, args.value(0, u"5"_s).toInt());
    SignedInSandbox sandbox;
    QString error;
    if (!sandbox.start({ 1000, 10, 1000 }, &error)) {
        std::fprintf(stderr, "parse: %s\n", qPrintable(error));
        return 1;
    }
    const QDate today = QDateTime::currentDateTimeUtc().date();
    sandbox.network.recording = true;
    const LoadRun warm = discover(sandbox, today.addYears(-10), today.addYears(1));
    sandbox.network.recording = false;
    QNetworkAccessManager plain;
    qint64 bytes = 0;
    QList<std::pair<QUrl, QByteArray>> bodies;
    fetchPlain(plain, sandbox.network.gets, sandbox.armToken, &bytes,
               [&bodies](const QUrl &url, const QByteArray &body) { bodies.append({ url, body }); });
    sandbox.stop();
    QList<double> samples;
    int rows = 0;
    for (int i = 0; i < runs; ++i) {
        double ms = 0;
        rows = 0;
        for (const auto &[url, body] : std::as_const(bodies))
            ms += parseOnly(url, body, &rows);
        samples.append(ms);
    }
    // A refresh's end on the GUI thread: the table holds 100,000 events; the same events,
    // parsed again (no shared strings) with one in a hundred changed, replace them.
    const auto allEvents = [&bodies] {
        QList<CreditEvent> events;
        for (const auto &[url, body] : std::as_const(bodies)) {
            if (url.path().endsWith("/events"_L1)) {
                if (auto page = parseEventsPage(body))
                    events.append(std::move(page->items));
            }
        }
        return events;
    };
    QList<double> replaceSamples;
    for (int i = 0; i < runs; ++i) {
        EventTableModel model;
        model.setEvents(allEvents());
        QList<CreditEvent> refreshed = allEvents();
        for (qsizetype e = 0; e < refreshed.size(); e += 100)
            refreshed[e].description += u" (settled)"_s;
        QElapsedTimer timer;
        timer.start();
        model.replaceAll(std::move(refreshed));
        replaceSamples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const double median = statsOf(samples).median;
    printCase(u"parse"_s, samples,
              { { u"refresh_replace_median_ms"_s, std::round(statsOf(replaceSamples).median * 10) / 10 },
                { u"rows"_s, rows },
                { u"expected_rows"_s, warm.lots + warm.events },
                { u"body_mb"_s, std::round(double(bytes) / 1048576.0 * 10) / 10 },
                { u"mb_per_s"_s, median > 0 ? std::round(double(bytes) / 1048576.0 / (median / 1e3)) : 0 } });
    return rows == warm.lots + warm.events ? 0 : 2;
}

int runLoad(const QStringList &args)
{
    const int runs = qMax(1, args.value(0, u"5"_s).toInt());
    constexpr int LotsPerProfile = 1000; // x 10 billing profiles = 10,000 lots
    constexpr int EventsPerLot = 10; // = 100,000 events
    constexpr int PageSize = 1000; // the Consumption API's page size for lots and events
    SignedInSandbox sandbox;
    QString error;
    if (!sandbox.start({ LotsPerProfile, EventsPerLot, PageSize }, &error)) {
        std::fprintf(stderr, "load: %s\n", qPrintable(error));
        return 1;
    }
    // A window wide enough for every generated event (the app's default is 13 months).
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate from = today.addYears(-10);
    const QDate to = today.addYears(1);

    // Warm-up run, which also records the URLs to replay.
    sandbox.network.recording = true;
    const LoadRun warm = discover(sandbox, from, to);
    sandbox.network.recording = false;
    const QList<QUrl> urls = sandbox.network.gets;
    QNetworkAccessManager plain;
    qint64 bytes = 0;
    fetchPlain(plain, urls, sandbox.armToken, &bytes);

    QList<double> load;
    QList<double> baseline;
    QList<double> firstRows;
    QList<double> loadCpu;
    QList<double> appendMs;
    QHash<QString, QList<double>> threadCpu;
    QList<double> baselineCpu;
    QList<double> loadServerCpu;
    QList<double> baselineServerCpu;
    bool complete = warm.complete;
    for (int i = 0; i < runs; ++i) {
        const LoadRun run = discover(sandbox, from, to);
        complete = complete && run.complete && run.lots == warm.lots && run.events == warm.events;
        load.append(run.ms);
        firstRows.append(run.firstRowsMs);
        loadCpu.append(run.cpuMs);
        appendMs.append(run.appendMs);
        for (auto it = run.threadCpuMs.begin(); it != run.threadCpuMs.end(); ++it)
            threadCpu[it.key()].append(it.value());
        loadServerCpu.append(run.serverCpuMs);
        const double cpuBefore = processCpuMs();
        const double serverCpuBefore = sandbox.serverCpuMs();
        baseline.append(fetchPlain(plain, urls, sandbox.armToken, &bytes));
        baselineCpu.append(processCpuMs() - cpuBefore);
        baselineServerCpu.append(sandbox.serverCpuMs() - serverCpuBefore);
    }
    QList<double> curlRuns;
    for (int i = 0; i < runs; ++i) {
        if (const double ms = fetchWithCurl(urls, sandbox.armToken); ms >= 0)
            curlRuns.append(ms);
    }
    // Diagnostic, after the timed runs: the parsers' share, one page at a time.
    double parsingMs = 0;
    int parsedRows = 0;
    fetchPlain(plain, urls, sandbox.armToken, &bytes,
               [&](const QUrl &url, const QByteArray &body) { parsingMs += parseOnly(url, body, &parsedRows); });
    QJsonObject byThread;
    for (auto it = threadCpu.begin(); it != threadCpu.end(); ++it)
        byThread.insert(it.key(), std::round(statsOf(it.value()).median));
    const Stats l = statsOf(load);
    const Stats b = statsOf(baseline);
    const double ratio = b.median > 0 ? l.median / b.median : 0;
    printCase(u"load"_s, load,
              { { u"lots"_s, warm.lots },
                { u"events"_s, warm.events },
                { u"complete"_s, complete },
                { u"requests"_s, int(urls.size()) },
                { u"page_size"_s, PageSize },
                { u"body_mb"_s, std::round(double(bytes) / 1048576.0 * 10) / 10 },
                { u"model_updates_median_ms"_s, std::round(statsOf(appendMs).median * 10) / 10 },
                { u"first_rows_median_ms"_s, std::round(statsOf(firstRows).median * 10) / 10 },
                { u"baseline_median_ms"_s, std::round(b.median * 10) / 10 },
                { u"baseline_p95_ms"_s, std::round(b.p95 * 10) / 10 },
                { u"ratio"_s, std::round(ratio * 1000) / 1000 },
                { u"curl_median_ms"_s, curlRuns.isEmpty() ? QJsonValue() : std::round(statsOf(curlRuns).median * 10) / 10 },
                { u"ratio_to_curl"_s, curlRuns.isEmpty() ? QJsonValue()
                                                         : std::round(l.median / statsOf(curlRuns).median * 1000) / 1000 },
                { u"parse_only_ms"_s, std::round(parsingMs * 10) / 10 },
                { u"client_cpu_median_ms"_s, std::round(statsOf(loadCpu).median * 10) / 10 },
                { u"client_cpu_by_thread_median_ms"_s, byThread },
                { u"baseline_client_cpu_median_ms"_s, std::round(statsOf(baselineCpu).median * 10) / 10 },
                { u"server_cpu_median_ms"_s, std::round(statsOf(loadServerCpu).median * 10) / 10 },
                { u"baseline_server_cpu_median_ms"_s, std::round(statsOf(baselineServerCpu).median * 10) / 10 },
                { u"parse_only_rows"_s, parsedRows },
                { u"target"_s, u"ratio <= 1.0 and median < 2000 ms"_s },
                { u"met"_s, ratio <= 1.0 && l.median < 2000 } });
    return complete ? 0 : 2;
}

} // namespace CreditDesk::Bench
