// `parse`: the load's pages (10,000 lots + 100,000 events) fetched once from the sandbox, then
// only parsed (parser throughput); also the time to replace 100,000 events in the table at a
// refresh's end.
#include "benchcommon.h"
#include "heartbeat.h"
#include "loadrun.h"
#include "plainfetch.h"

#include "azure/armparsers.h"
#include "models/eventtablemodel.h"
#include "models/lottablemodel.h"
#include "services/creditdiscovery.h"

#include <QElapsedTimer>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace CreditDesk::Bench {

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

int runParse(const QStringList &args)
{
    const int runs = qMax(1, args.value(0, u"5"_s).toInt());
    SignedInSandbox sandbox;
    QString error;
    if (!sandbox.start({ 1000, 10, 1000 }, &error)) {
        std::fprintf(stderr, "parse: %s\n", qPrintable(error));
        return 1;
    }
    sandbox.network.recording = true;
    AppTables tables;
    const LoadRun warm = loadInto(tables, sandbox, everyEvent());
    sandbox.network.recording = false;
    QNetworkAccessManager plain;
    QList<std::pair<QUrl, QByteArray>> bodies;
    const qint64 bytes = fetchSequential(plain, sandbox.network.gets, sandbox.armToken,
                                         [&bodies](const QUrl &url, const QByteArray &body) { bodies.append({ url, body }); })
                             .bytes;
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
    QList<double> replaceStalls;
    for (int i = 0; i < runs; ++i) {
        EventTableModel model;
        model.setEvents(allEvents());
        QList<CreditEvent> refreshed = allEvents();
        for (qsizetype e = 0; e < refreshed.size(); e += 100)
            refreshed[e].description += u" (settled)"_s;
        // Matched on a worker and applied a slice per event-loop turn: timed until applied,
        // and the longest the GUI thread was held is the longest gap of a 4 ms heartbeat.
        Heartbeat heartbeat;
        QElapsedTimer timer;
        heartbeat.start();
        timer.start();
        model.replaceAll(std::move(refreshed));
        waitFor([&model] { return !model.isReplacing(); }, 60'000);
        replaceSamples.append(double(timer.nsecsElapsed()) / 1e6);
        replaceStalls.append(heartbeat.stop());
    }
    const double median = statsOf(samples).median;
    printCase(u"parse"_s, samples,
              { { u"refresh_replace_median_ms"_s, std::round(statsOf(replaceSamples).median * 10) / 10 },
                { u"refresh_replace_max_stall_ms"_s, std::round(statsOf(replaceStalls).max * 10) / 10 },
                { u"rows"_s, rows },
                { u"expected_rows"_s, warm.lots + warm.events },
                { u"body_mb"_s, std::round(double(bytes) / 1048576.0 * 10) / 10 },
                { u"mb_per_s"_s, median > 0 ? std::round(double(bytes) / 1048576.0 / (median / 1e3)) : 0 } });
    return rows == warm.lots + warm.events ? 0 : 2;
}

} // namespace CreditDesk::Bench
