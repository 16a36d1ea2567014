#include "benchcommon.h"

#include "auth/cloud.h"
#include "auth/devicecodeflow.h"
#include "services/creditdiscovery.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace CreditDesk::Bench {

Stats statsOf(QList<double> samples)
{
    Stats s;
    if (samples.isEmpty())
        return s;
    std::sort(samples.begin(), samples.end());
    const auto rank = [&samples](double p) {
        const auto index = qsizetype(std::ceil(p * double(samples.size()))) - 1;
        return samples.at(qBound<qsizetype>(0, index, samples.size() - 1));
    };
    const qsizetype n = samples.size();
    s.median = n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2;
    s.p95 = rank(0.95);
    s.min = samples.constFirst();
    s.max = samples.constLast();
    return s;
}

double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
        }
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

static double rounded(double value)
{
    return std::round(value * 10.0) / 10.0;
}

void printCase(const QString &name, const QList<double> &samplesMs, QJsonObject extra)
{
    const Stats s = statsOf(samplesMs);
    QJsonObject line { { u"case"_s, name },
                       { u"runs"_s, int(samplesMs.size()) },
                       { u"median_ms"_s, rounded(s.median) },
                       { u"p95_ms"_s, rounded(s.p95) },
                       { u"peak_rss_mb"_s, rounded(peakRssMb()) } };
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        line.insert(it.key(), it.value());
    std::fputs(QJsonDocument(line).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    // processEvents(flags, maxtime) spins without sleeping, which would steal a core from the
    // parser threads and the sandbox: block for the next event instead, woken at least every 50 ms.
    QDeadlineTimer deadline(timeoutMs);
    QTimer tick;
    tick.start(50);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

QNetworkReply *RecordingNetwork::createRequest(Operation op, const QNetworkRequest &request, QIODevice *data)
{
    if (recording && op == GetOperation)
        gets.append(request.url());
    return QNetworkAccessManager::createRequest(op, request, data);
}

bool SignedInSandbox::start(const SandboxScale &scale, QString *error)
{
    const QStringList arguments {
        u"--port"_s, u"0"_s, u"--auto-approve"_s, u"--device-code-interval"_s, u"1"_s,
        u"--billing-accounts"_s, u"1"_s, u"--billing-profiles"_s, u"10"_s, u"--customers"_s, u"0"_s,
        u"--lots-per-profile"_s, QString::number(scale.lotsPerProfile),
        u"--events-per-lot"_s, QString::number(scale.eventsPerLot),
        u"--users"_s, u"10"_s, u"--subscriptions"_s, u"1"_s, u"--benefit-credits"_s, u"0"_s,
        u"--page-size"_s, QString::number(scale.pageSize), u"--latency-ms"_s, QString::number(scale.latencyMs),
    };
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(CREDITDESK_SANDBOX_BINARY), arguments);
    QUrl baseUrl;
    // The sandbox prints "listening on <url>" once it accepts connections.
    const bool listening = waitFor([this, &baseUrl] {
        if (process.state() == QProcess::NotRunning)
            return true;
        if (!process.canReadLine())
            return false;
        const QByteArray line = process.readLine().trimmed();
        if (line.startsWith("listening on "))
            baseUrl = QUrl(QString::fromLatin1(line.mid(13)));
        return baseUrl.isValid();
    }, 30'000);
    if (!listening || !baseUrl.isValid()) {
        if (error)
            *error = u"creditdesk-sandbox did not start: "_s + process.errorString();
        return false;
    }
    const Cloud cloud = Cloud::sandbox(baseUrl);
    tokenClient = std::make_unique<TokenClient>(&network, cloud, u"organizations"_s, u"creditdesk-bench"_s);
    session = std::make_unique<SignInSession>(tokenClient.get());

    DeviceCodeFlow flow(tokenClient.get());
    QObject context;
    std::optional<TokenResponse> response;
    QString failure;
    QObject::connect(&flow, &DeviceCodeFlow::succeeded, &context,
                     [&response](const TokenResponse &r) { response = r; });
    QObject::connect(&flow, &DeviceCodeFlow::failed, &context,
                     [&failure](const Error &e) { failure = e.message.isEmpty() ? u"failed"_s : e.message; });
    flow.start();
    if (!waitFor([&] { return response || !failure.isEmpty(); }, 30'000) || !response) {
        if (error)
            *error = u"sign-in failed: "_s + failure;
        return false;
    }
    session->adopt(*response);
    armToken = response->accessToken.token;
    arm = std::make_unique<ArmClient>(&network, session.get(), cloud.armUrl);
    api = std::make_unique<AzureApi>(arm.get());
    return true;
}

void SignedInSandbox::stop()
{
    api.reset();
    arm.reset();
    if (process.state() != QProcess::NotRunning) {
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
        process.waitForFinished(5000);
    }
}

QList<Lot> discoverLots(SignedInSandbox &sandbox, QHash<QString, QString> *scopeNames)
{
    QList<Lot> lots;
    CreditDiscovery discovery(sandbox.api.get());
    discovery.setKinds(CreditDiscovery::Kind::Lots);
    QObject context;
    bool finished = false;
    QObject::connect(&discovery, &CreditDiscovery::lotsArrived, &context,
                     [&lots](const QList<Lot> &page) { lots.append(page); });
    QObject::connect(&discovery, &CreditDiscovery::scopeNamed, &context,
                     [scopeNames](const QString &id, const QString &name) {
                         if (scopeNames)
                             scopeNames->insert(id, name);
                     });
    QObject::connect(&discovery, &CreditDiscovery::finished, &context, [&finished] { finished = true; });
    discovery.start();
    waitFor([&finished] { return finished; }, 1'800'000);
    return lots;
}

std::optional<ProcStat> readProcStat(const QString &path)
{
    QFile stat(path);
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    // "pid (name) state ...": utime and stime are fields 14 and 15, counted from the pid.
    const QByteArray line = stat.readAll();
    const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (open < 0 || close < open || fields.size() < 13)
        return std::nullopt;
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble();
    const double msPerTick = 1000.0 / double(sysconf(_SC_CLK_TCK));
    return ProcStat { QString::fromUtf8(line.mid(open + 1, close - open - 1)), ticks * msPerTick,
                      fields.at(12).toDouble() * msPerTick };
}

double SignedInSandbox::serverCpuMs() const
{
    const auto stat = readProcStat(u"/proc/%1/stat"_s.arg(process.processId()));
    return stat ? stat->cpuMs : 0;
}

double SignedInSandbox::serverSystemCpuMs() const
{
    const auto stat = readProcStat(u"/proc/%1/stat"_s.arg(process.processId()));
    return stat ? stat->systemMs : 0;
}

} // namespace CreditDesk::Bench

namespace CreditDesk::Bench {

std::pair<qint64, qint64> SignedInSandbox::serverSyscalls() const
{
    QFile io(u"/proc/%1/io"_s.arg(process.processId()));
    if (!io.open(QIODevice::ReadOnly))
        return { 0, 0 };
    qint64 reads = 0, writes = 0;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("syscr:"))
            reads = line.mid(6).trimmed().toLongLong();
        else if (line.startsWith("syscw:"))
            writes = line.mid(6).trimmed().toLongLong();
    }
    return { reads, writes };
}

} // namespace CreditDesk::Bench
