#include "auth/cloud.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
Cloud make(CloudKind kind, const QString &login, const QString &arm, const QString &graph)
{
    Cloud c;
    c.kind = kind;
    c.loginUrl = QUrl(login);
    c.armUrl = QUrl(arm);
    c.graphUrl = QUrl(graph);
    c.armResource = arm;
    c.graphResource = graph;
    return c;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

QString Cloud::id() const
{
    switch (kind) {
    case CloudKind::Public: return u"public"_s;
    case CloudKind::UsGovernment: return u"usgov"_s;
    case CloudKind::China: return u"china"_s;
    case CloudKind::Sandbox: return u"sandbox"_s;
    case CloudKind::Custom: return u"custom"_s;
    }
    return {};
}

QString Cloud::displayName() const
{
    switch (kind) {
    case CloudKind::Public: return QCoreApplication::translate("Cloud", "Microsoft Azure");
    case CloudKind::UsGovernment: return QCoreApplication::translate("Cloud", "Azure US Government");
    case CloudKind::China: return QCoreApplication::translate("Cloud", "Azure China (21Vianet)");
    case CloudKind::Sandbox: return QCoreApplication::translate("Cloud", "Sandbox");
    case CloudKind::Custom: return QCoreApplication::translate("Cloud", "Custom endpoints");
    }
    return {};
}

Cloud Cloud::publicCloud()
{
    return make(CloudKind::Public, u"https://login.microsoftonline.com"_s,
                u"https://management.azure.com"_s, u"https://graph.microsoft.com"_s);
}

Cloud Cloud::usGovernment()
{
    return make(CloudKind::UsGovernment, u"https://login.microsoftonline.us"_s,
                u"https://management.usgovcloudapi.net"_s, u"https://graph.microsoft.us"_s);
}

Cloud Cloud::china()
{
    return make(CloudKind::China, u"https://login.chinacloudapi.cn"_s,
                u"https://management.chinacloudapi.cn"_s, u"https://microsoftgraph.chinacloudapi.cn"_s);
}

Cloud Cloud::sandbox(const QUrl &baseUrl)
{
    Cloud c = publicCloud();
    c.kind = CloudKind::Sandbox;
    c.loginUrl = baseUrl;
    c.armUrl = baseUrl;
    c.graphUrl = baseUrl;
    return c;
}

Result<Cloud> Cloud::custom(const QUrl &login, const QUrl &arm, const QUrl &graph)
{
    for (const QUrl &url : {login, arm, graph}) {
        if (Status s = validateServiceUrl(url); !s)
            return s.error();
    }
    Cloud c = publicCloud();
    c.kind = CloudKind::Custom;
    c.loginUrl = login;
    c.armUrl = arm;
    c.graphUrl = graph;
    return c;
}

Result<Cloud> Cloud::fromId(const QString &id)
{
    if (id == u"public"_s)
        return publicCloud();
    if (id == u"usgov"_s)
        return usGovernment();
    if (id == u"china"_s)
        return china();
    return Error{QCoreApplication::translate("Cloud", "Unknown cloud \"%1\". Use public, usgov, china, sandbox or custom.").arg(id)};
}

Status validateServiceUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Error{QCoreApplication::translate("Cloud", "\"%1\" is not a valid service URL.").arg(url.toDisplayString())};
    if (url.scheme() == u"https"_s)
        return {};
    if (url.scheme() == u"http"_s && isLoopbackHost(url.host()))
        return {};
    return Error{QCoreApplication::translate("Cloud", "\"%1\" must use https; plain http is allowed only for loopback addresses.")
                     .arg(url.toDisplayString())};
}

Status validateVerificationUri(const QUrl &uri, const Cloud &cloud)
{
    const QString host = uri.host().toLower();
    bool allowed = false;
    if (uri.scheme() == u"https"_s) {
        allowed = host == cloud.loginUrl.host().toLower();
        // Entra's device-code answers name microsoft.com/devicelogin (…loginus, …loginchina).
        if (cloud.kind != CloudKind::Custom && cloud.kind != CloudKind::Sandbox)
            allowed = allowed || host == u"microsoft.com"_s || host == u"www.microsoft.com"_s
                || host == u"login.microsoft.com"_s;
    } else if (uri.scheme() == u"http"_s) {
        allowed = isLoopbackHost(host) && isSameOrigin(uri, cloud.loginUrl);
    }
    if (allowed)
        return {};
    return Error{QCoreApplication::translate("Cloud", "The sign-in service named a sign-in page that is not Microsoft's (%1), "
                                                      "so it is not shown. Check the cloud you chose and try again.")
                     .arg(uri.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment)),
                 u"UntrustedVerificationUri"_s};
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &url) {
        return url.port(url.scheme() == u"https"_s ? 443 : url.scheme() == u"http"_s ? 80 : -1);
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

QUrl resolveServiceUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = base.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

} // namespace CreditDesk
