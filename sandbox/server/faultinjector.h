#pragma once

#include "server/sandboxhttp.h"
#include "server/sandboxoptions.h"
#include "server/serviceerrors.h"

namespace CreditDesk::Sandbox {

enum class FaultKind {
    None,
    Throttle,    ///< 429 with the retry-after header of the service
    Unavailable, ///< 503 with Retry-After
    ServerError, ///< 500
    Malformed,   ///< the real response, its JSON body broken
    Truncated,   ///< the real response, Content-Length larger than the bytes sent, then close
    Drop,        ///< no response at all: the connection is aborted
};

struct FaultPlan
{
    FaultKind kind = FaultKind::None;
    int latencyMs = 0;
};

/// Decides, request by request, which SandboxFaults knob fires. "Every N" knobs count ARM and
/// Graph requests; the rates draw from a generator seeded with the sandbox seed, so the same
/// request sequence sees the same faults on every run.
class FaultInjector
{
public:
    FaultInjector(const SandboxFaults &faults, quint64 seed);

    bool isActive() const;
    /// Call once per ARM/Graph request, in arrival order.
    FaultPlan next();
    quint64 requestCount() const { return m_count; }

    /// The error response for Throttle, Unavailable and ServerError, in the service's shape.
    Response errorResponse(FaultKind kind, ServiceKind service, const Request &request) const;
    /// Keeps status and headers but makes the body unparseable JSON.
    static void corruptBody(Response &response);

private:
    double nextUniform();

    SandboxFaults m_faults;
    quint64 m_state;
    quint64 m_count = 0;
};

} // namespace CreditDesk::Sandbox
