#include "server/faultinjector.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSandboxFaults, "creditdesk.sandbox.faults")

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

FaultInjector::FaultInjector(const SandboxFaults &faults, quint64 seed)
    // Mixed with a constant so the fault stream differs from the data set drawn from the same seed.
    : m_faults(faults)
    , m_state(seed ^ 0x6a09e667f3bcc909ULL)
{
}

bool FaultInjector::isActive() const
{
    return m_faults.latencyMs > 0 || m_faults.throttleEvery > 0 || m_faults.unavailableEvery > 0
        || m_faults.serverErrorRate > 0 || m_faults.malformedRate > 0 || m_faults.truncatedRate > 0
        || m_faults.dropRate > 0 || !m_faults.nextLinkOrigin.isEmpty() || m_faults.nextLinkLoop
        || !m_faults.redirectOrigin.isEmpty();
}

// SplitMix64: tiny, fast and identical on every platform and Qt version, unlike the engines
// behind QRandomGenerator or std::uniform_real_distribution.
double FaultInjector::nextUniform()
{
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return double(z >> 11) * 0x1.0p-53;
}

FaultPlan FaultInjector::next()
{
    ++m_count;
    FaultPlan plan;
    plan.latencyMs = qMax(0, m_faults.latencyMs);
    // One draw per request whatever happens, so enabling a counter knob does not shift the
    // random stream for the others.
    const double draw = nextUniform();
    if (m_faults.throttleEvery > 0 && m_count % quint64(m_faults.throttleEvery) == 0) {
        plan.kind = FaultKind::Throttle;
    } else if (m_faults.unavailableEvery > 0 && m_count % quint64(m_faults.unavailableEvery) == 0) {
        plan.kind = FaultKind::Unavailable;
    } else {
        // The rates partition [0,1): drop, truncated, malformed, server error, then no fault.
        double threshold = 0;
        const std::pair<double, FaultKind> bands[] = {{m_faults.dropRate, FaultKind::Drop},
                                                      {m_faults.truncatedRate, FaultKind::Truncated},
                                                      {m_faults.malformedRate, FaultKind::Malformed},
                                                      {m_faults.serverErrorRate, FaultKind::ServerError}};
        for (const auto &[rate, kind] : bands) {
            threshold += qMax(0.0, rate);
            if (draw < threshold) {
                plan.kind = kind;
                break;
            }
        }
    }
    if (plan.kind != FaultKind::None)
        qCDebug(lcSandboxFaults) << "request" << m_count << "fault" << int(plan.kind);
    return plan;
}

Response FaultInjector::errorResponse(FaultKind kind, ServiceKind service, const Request &request) const
{
    switch (kind) {
    case FaultKind::Throttle: {
        const int seconds = qMax(0, m_faults.throttleRetryAfterSeconds);
        const QString message = u"Too many requests. Please retry after %1 seconds."_s.arg(seconds);
        Response response = serviceError(service, request, 429, u"429"_s, u"TooManyRequests"_s, message);
        // Consumption names its own header (API-NOTES §3.1); Graph uses the standard one.
        response.headers.append({service == ServiceKind::Arm
                                     ? QByteArrayLiteral("x-ms-ratelimit-microsoft.consumption-retry-after")
                                     : QByteArrayLiteral("Retry-After"),
                                 QByteArray::number(seconds)});
        return response;
    }
    case FaultKind::Unavailable: {
        const int seconds = qMax(0, m_faults.unavailableRetryAfterSeconds);
        Response response = serviceError(
            service, request, 503, u"ServiceUnavailable"_s, u"serviceNotAvailable"_s,
            u"The service is temporarily unavailable. Please retry after %1 seconds."_s.arg(seconds));
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)});
        return response;
    }
    case FaultKind::ServerError:
    case FaultKind::None:
    case FaultKind::Malformed:
    case FaultKind::Truncated:
    case FaultKind::Drop:
        break;
    }
    return serviceError(service, request, 500, u"InternalServerError"_s, u"generalException"_s,
                        u"Encountered internal server error. Diagnostic information: timestamp '%1', tracking id "
                        "'%2'."_s.arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s),
                                      QString::fromLatin1(request.requestId)));
}

void FaultInjector::corruptBody(Response &response)
{
    // Half of the document followed by a stray quote: never valid JSON, whatever the cut hits.
    QByteArray body = response.body.left(response.body.size() / 2);
    if (body.isEmpty())
        body = QByteArrayLiteral("{\"value\":[");
    body.append(",\"\x01");
    response.body = body;
    if (response.contentType.isEmpty())
        response.contentType = QByteArrayLiteral("application/json; charset=utf-8");
}

} // namespace CreditDesk::Sandbox
