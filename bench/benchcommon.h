#pragma once

// Shared pieces of creditdesk-bench: statistics, peak memory, one JSON line per case, and an
// in-process sandbox with a signed-in ARM client (the app's own code path, not timed).

#include "auth/signinsession.h"
#include "auth/tokenclient.h"
#include "azure/armclient.h"
#include "azure/azureapi.h"
#include "domain/lot.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace CreditDesk::Bench {

struct Stats
{
    double median = 0;
    double p95 = 0;
    double min = 0;
    double max = 0;
};
/// Nearest-rank percentiles over \a samples (milliseconds).
Stats statsOf(QList<double> samples);

/// Peak resident set size of this process in MiB (VmHWM, else getrusage).
double peakRssMb();

/// Prints {"case": name, "runs": n, "median_ms", "p95_ms", "peak_rss_mb", ...extra} on one line.
void printCase(const QString &name, const QList<double> &samplesMs, QJsonObject extra);

/// A process's or thread's name and CPU time so far (user + system), from /proc/.../stat.
struct ProcStat
{
    QString name;
    double cpuMs = 0;
    double systemMs = 0; ///< the kernel's share of cpuMs (system calls, loopback TCP)
};
std::optional<ProcStat> readProcStat(const QString &path);

/// Runs the event loop until \a done returns true or \a timeoutMs passes; false on timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs);

/// Records the URL of every GET it sends (to replay the same pages without the client).
class RecordingNetwork : public QNetworkAccessManager
{
public:
    bool recording = false;
    QList<QUrl> gets;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override;
};

/// The size of the sandbox's world: 10 billing profiles of one MCA account, no MPA customers.
struct SandboxScale
{
    int lotsPerProfile = 1000;
    int eventsPerLot = 0;
    int pageSize = 1000;
    int latencyMs = 0; ///< every ARM answer waits this long (the sandbox's --latency-ms)
};

/// creditdesk-sandbox in its own process on loopback, signed in by device code (auto-approve,
/// 1 s poll). A separate process, as Microsoft's services are: the peak memory and CPU the
/// cases report are the client's, not the emulated service's.
struct SignedInSandbox
{
    QProcess process;
    RecordingNetwork network;
    std::unique_ptr<TokenClient> tokenClient;
    std::unique_ptr<SignInSession> session;
    std::unique_ptr<ArmClient> arm;
    std::unique_ptr<AzureApi> api;
    QString armToken;

    bool start(const SandboxScale &scale, QString *error);
    void stop();
    /// CPU time the sandbox process has used so far, in milliseconds (from /proc; 0 if unknown).
    double serverCpuMs() const;
    /// The kernel's share of serverCpuMs() (system time).
    double serverSystemCpuMs() const;
    /// Read and write system calls the sandbox process has made so far (/proc/PID/io; 0 if unknown).
    std::pair<qint64, qint64> serverSyscalls() const;
    ~SignedInSandbox() { stop(); }
};

/// Every lot of the sandbox through CreditDiscovery (Kind::Lots), plus the scope names.
QList<Lot> discoverLots(SignedInSandbox &sandbox, QHash<QString, QString> *scopeNames = nullptr);

/// `load` (CPU per byte at no latency) and `load_latency` (wall time at 150 ms per answer),
/// each against the plain fetch of the same URLs in discovery's shape, measured in the same run.
int runLoad(const QStringList &args);
int runLoadLatency(const QStringList &args);
/// `refresh`: the GUI thread's longest stall while 100,000 shown events are refreshed.
int runRefresh(const QStringList &args);
/// `scale`: 100,000 lots + 1,000,000 events against the 100,000-event case (child processes);
/// `scale_step <load|filter|startup> <lots per profile>`: one measurement of it.
int runScale(int argc, char **argv);
int runScaleStep(int argc, char **argv);
/// Time the parsers alone take for one page; adds the page's rows to \a rows.
double parseOnly(const QUrl &url, const QByteArray &body, int *rows);
/// `parse`: the load's pages fetched once, then only parsed, one after another (parser
/// throughput); also the time to replace 100,000 events in the table at a refresh's end.
int runParse(const QStringList &args);
/// `filter` (100,000 events) or, with \a lots, `filter_lots` (100,000 lots).
int runFilter(int argc, char **argv, bool lots);
/// The `filter` case over \a lotsPerProfile x 10 profiles x 10 events, printed as \a name.
int filterEventsCase(const QString &name, int lotsPerProfile, int rounds);
/// Call before the QCoreApplication exists: points HOME and the XDG directories at a
/// throwaway directory, which the seeded cache and the launched GUI then share.
void prepareStartupEnvironment();
int runStartup(const QStringList &args);
/// The `startup` case over a cache of \a lotsPerProfile x 10 lots and \a eventsPerLot events each.
int runStartupVariant(const QString &name, int runs, int lotsPerProfile, int eventsPerLot);

} // namespace CreditDesk::Bench
