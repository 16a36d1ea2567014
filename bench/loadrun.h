#pragma once

// One load of the sandbox's credits into the tables, wired as the app wires them, with the
// figures the load, refresh and scale cases report.

#include "benchcommon.h"

#include "models/eventtablemodel.h"
#include "models/lottablemodel.h"

#include <QDate>
#include <QHash>

namespace CreditDesk::Bench {

/// CPU time this process has used so far (all threads), in milliseconds.
double processCpuMs();
/// CPU milliseconds per thread name of this process (threads of the same name summed).
QHash<QString, double> threadCpuMs();

/// The Lots and Transactions tables as the app's Workspace fills them
/// (app/services/workspace.cpp, keep in step): lots are upserted as they arrive and replaced
/// at the end of a complete refresh; events are appended page by page into an empty table,
/// otherwise collected and replaced once at the end.
struct AppTables
{
    LotTableModel lots;
    EventTableModel events;
};

struct LoadRun
{
    double ms = 0; ///< until discovery finished and the tables were updated
    double cpuMs = 0; ///< client CPU, all threads
    double serverCpuMs = 0; ///< the sandbox's CPU in the same time
    qint64 serverWrites = 0; ///< write system calls the sandbox made in the same time
    QHash<QString, double> threadCpuMs; ///< client CPU by thread name
    double firstRowsMs = -1; ///< until the first page's rows were in a table
    double guiMaxStallMs = 0; ///< longest gap of the 4 ms GUI-thread heartbeat
    double finalReplaceMs = 0; ///< from discovery's end until the tables are replaced (sliced)
    int lots = 0;
    int events = 0;
    bool complete = false;
};

struct LoadOptions
{
    QDate from;
    QDate to;
    /// Every Nth event of the fetched pages gets a changed description (0: none), as if the
    /// service had revised them since the last refresh.
    int changeEvery = 0;
    QString changeMark = QStringLiteral(" (revised)"); ///< appended to a changed description
};

/// Discovery of lots, credit summaries and events (the app's kinds) into \a tables.
LoadRun loadInto(AppTables &tables, SignedInSandbox &sandbox, const LoadOptions &options);

/// A window wide enough for every generated event (the app's default is 13 months).
LoadOptions everyEvent();

/// Rounded to one decimal, for the JSON lines.
double r1(double value);

} // namespace CreditDesk::Bench
