#pragma once

#include "server/faultinjector.h"
#include "server/sandboxhttp.h"

class QHttpServerResponder;

namespace CreditDesk::Sandbox {

/// Writes a Response through a QHttpServerResponder, or deliberately fails to: for
/// FaultKind::Truncated it announces the full Content-Length, sends half the body and closes;
/// for FaultKind::Drop it aborts the connection without a byte. Other kinds write normally.
void writeResponse(QHttpServerResponder &responder, const Response &response, FaultKind fault);

} // namespace CreditDesk::Sandbox
