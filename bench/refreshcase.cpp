// `refresh`: the Transactions table shows 100,000 events (and the Lots table 10,000 lots); a
// refresh fetches them again from the sandbox, one event in a hundred changed (1,000), and
// replaces the tables as the app does at a refresh's end. A 4 ms heartbeat on the GUI thread
// reports the longest stall of the whole refresh, page arrival and final replace alike.
#include "benchcommon.h"
#include "loadrun.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace CreditDesk::Bench {

int runRefresh(const QStringList &args)
{
    const int runs = qMax(1, args.value(0, u"5"_s).toInt());
    SignedInSandbox sandbox;
    QString error;
    if (!sandbox.start({ 1000, 10, 1000, 0 }, &error)) {
        std::fprintf(stderr, "refresh: %s\n", qPrintable(error));
        return 1;
    }
    AppTables tables;
    const LoadRun first = loadInto(tables, sandbox, everyEvent());
    QList<double> wall, stalls, replace;
    bool complete = first.complete;
    for (int i = 0; i < runs; ++i) {
        LoadOptions options = everyEvent();
        options.changeEvery = 100;
        options.changeMark = u" (revision %1)"_s.arg(i + 1); // differs from what the table shows
        const LoadRun run = loadInto(tables, sandbox, options);
        complete = complete && run.complete && run.events == first.events && run.lots == first.lots;
        wall.append(run.ms);
        stalls.append(run.guiMaxStallMs);
        replace.append(run.finalReplaceMs);
    }
    const double stall = statsOf(stalls).median;
    printCase(u"refresh"_s, wall,
              { { u"lots"_s, first.lots },
                { u"events"_s, first.events },
                { u"changed_events"_s, first.events / 100 },
                { u"complete"_s, complete },
                { u"gui_max_stall_ms"_s, r1(stall) },
                { u"gui_max_stall_worst_ms"_s, r1(statsOf(stalls).max) },
                { u"final_replace_median_ms"_s, r1(statsOf(replace).median) },
                { u"target"_s, u"gui_max_stall_ms <= 16"_s },
                { u"met"_s, stall <= 16.0 } });
    return complete ? 0 : 2;
}

} // namespace CreditDesk::Bench
