#pragma once

#include <QByteArray>
#include <QHash>
#include <QUrl>

namespace CreditDesk::Sandbox {

/// The origin (scheme://host[:port]) a client reached the sandbox at, for everything the
/// sandbox writes back as an absolute URL: issuer and endpoints of the OpenID metadata,
/// verification URIs, nextLinks. Microsoft's clients compare these with the authority they
/// were given, so naming the bind address breaks them behind a TLS front or another name.
///
/// Read in this order: RFC 7239 `Forwarded` (its first element: what the client sent to the
/// first proxy), then `X-Forwarded-Proto` / `X-Forwarded-Host`, then `Host`. The scheme falls
/// back to the one the sandbox listens with, the whole origin to `listening` when nothing
/// names a usable host. A header that does not parse as a bare host[:port] is ignored rather
/// than echoed: it would otherwise end up in every link of the answer.
///
/// The forwarding headers are trusted from anyone: the sandbox listens on loopback only and
/// is a test double, so whoever can reach it is the developer or their TLS front.
QUrl requestOrigin(const QHash<QByteArray, QByteArray> &lowerCaseHeaders, const QUrl &listening);

} // namespace CreditDesk::Sandbox
