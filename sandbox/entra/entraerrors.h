#pragma once

#include "server/sandboxhttp.h"

#include <QString>

namespace CreditDesk::Sandbox {

/// The JSON error body of Entra ID's v2.0 token and devicecode endpoints:
/// {"error","error_description":"AADSTSnnnnn: ... Trace ID: ... Correlation ID: ... Timestamp: ...",
///  "error_codes":[nnnnn],"timestamp","trace_id","correlation_id"}.
/// The correlation id echoes the client's client-request-id header when it sent one.
Response entraError(const Request &request, const QString &error, int aadsts, const QString &description,
                    int status = 400);

/// The AADSTS numbers the sandbox uses; most match Entra ID, the few that Entra ID does not
/// document for a case (declined device code, slow_down) are the sandbox's own choice.
namespace Aadsts {
inline constexpr int MissingParameter = 900144;
inline constexpr int MalformedRequest = 9002313;
inline constexpr int PostRequired = 900561;
inline constexpr int TenantNotFound = 90002;
inline constexpr int UnsupportedGrantType = 70003;
inline constexpr int PublicClientSecret = 700025;
inline constexpr int InvalidGrant = 70000;
inline constexpr int ExpiredOrRevokedGrant = 70008;
inline constexpr int AuthorizationPending = 70016;
inline constexpr int BadVerificationCode = 70018;
inline constexpr int CodeExpired = 70019;
inline constexpr int CodeAlreadyRedeemed = 54005;
inline constexpr int ReplyAddressMismatch = 500112;
inline constexpr int InvalidRedirectUri = 50011;
inline constexpr int CodeVerifierMismatch = 501481;
inline constexpr int PkceRequired = 9002325;
} // namespace Aadsts

} // namespace CreditDesk::Sandbox
