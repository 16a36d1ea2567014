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

#include <sys/resource.h>

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
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

QNetworkReply *RecordingNetwork::createRequest(Operation op, const QNetworkRequest &request, QIODevice *data)
{
    if (recording && op == GetOperation)
        gets.append(request.url());
    return QNetworkAccessManager::createRequest(op, request, data);
}

Sandbox::SandboxOptions scaledOptions(int lotsPerProfile, int eventsPerLot, int pageSize)
{
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    options.deviceCodeIntervalSeconds = 1;
    options.scale.billingAccounts = 1;
    options.scale.billingProfiles = 10;
    options.scale.customers = 0;
    options.scale.lotsPerProfile = lotsPerProfile;
    options.scale.eventsPerLot = eventsPerLot;
    options.scale.users = 10;
    options.scale.subscriptions = 1;
    options.scale.benefitCredits = 0;
    options.scale.pageSize = pageSize;
    return options;
}

bool SignedInSandbox::start(Sandbox::SandboxOptions options, QString *error)
{
    if (!host.start(options, error))
        return false;
    const Cloud cloud = Cloud::sandbox(host.baseUrl());
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
    waitFor([&finished] { return finished; }, 600'000);
    return lots;
}

} // namespace CreditDesk::Bench
