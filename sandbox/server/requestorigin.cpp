#include "server/requestorigin.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

namespace {

struct ForwardedParts
{
    QByteArray proto;
    QByteArray host;
};

QByteArray firstListValue(const QByteArray &value)
{
    const qsizetype comma = value.indexOf(',');
    return (comma < 0 ? value : value.left(comma)).trimmed();
}

QByteArray unquoted(QByteArray value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2).replace("\\\"", "\"").replace("\\\\", "\\");
    return value;
}

// Forwarded: for=192.0.2.60;proto=https;host="example.com:8443", for=10.0.0.1
// Only the first element counts; quoted values never contain a comma in practice (hosts and
// schemes cannot), so splitting at the first comma is enough.
ForwardedParts parseForwarded(const QByteArray &header)
{
    ForwardedParts parts;
    const QList<QByteArray> pairs = firstListValue(header).split(';');
    for (const QByteArray &pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray name = pair.left(equals).trimmed().toLower();
        const QByteArray value = unquoted(pair.mid(equals + 1));
        if (name == "proto")
            parts.proto = value.toLower();
        else if (name == "host")
            parts.host = value;
    }
    return parts;
}

std::optional<QUrl> originFrom(const QByteArray &scheme, const QByteArray &authority)
{
    if (scheme != "http" && scheme != "https")
        return std::nullopt;
    if (authority.isEmpty() || authority.contains('/') || authority.contains('@') || authority.contains('?')
        || authority.contains('#') || authority.contains(' ')) {
        return std::nullopt;
    }
    const QUrl url(QString::fromLatin1(scheme + "://" + authority), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.path().isEmpty())
        return std::nullopt;
    QUrl origin;
    origin.setScheme(url.scheme());
    origin.setHost(url.host());
    // The default port is implied by the scheme; naming it would give two spellings of one
    // origin, and MSAL compares them as strings.
    const int defaultPort = url.scheme() == u"https"_s ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        origin.setPort(url.port());
    return origin;
}

} // namespace

QUrl requestOrigin(const QHash<QByteArray, QByteArray> &lowerCaseHeaders, const QUrl &listening)
{
    QByteArray scheme = listening.scheme().toLatin1();
    QByteArray host = lowerCaseHeaders.value(QByteArrayLiteral("host")).trimmed();

    const QByteArray forwarded = lowerCaseHeaders.value(QByteArrayLiteral("forwarded"));
    if (!forwarded.isEmpty()) {
        const ForwardedParts parts = parseForwarded(forwarded);
        if (!parts.proto.isEmpty())
            scheme = parts.proto;
        if (!parts.host.isEmpty())
            host = parts.host;
    } else {
        const QByteArray proto = firstListValue(lowerCaseHeaders.value(QByteArrayLiteral("x-forwarded-proto")));
        const QByteArray forwardedHost = firstListValue(lowerCaseHeaders.value(QByteArrayLiteral("x-forwarded-host")));
        if (!proto.isEmpty())
            scheme = proto.toLower();
        if (!forwardedHost.isEmpty())
            host = forwardedHost;
    }

    // An unknown scheme is the proxy's mistake; the host it names may still be right.
    if (scheme != "http" && scheme != "https")
        scheme = listening.scheme().toLatin1();
    if (const auto origin = originFrom(scheme, host))
        return *origin;
    // A usable scheme with no usable host (HTTP/1.0 without Host): keep the scheme the client
    // was told about by its proxy, the address from the listener.
    if (const auto origin = originFrom(scheme, listening.authority().toLatin1()))
        return *origin;
    return listening;
}

} // namespace CreditDesk::Sandbox
