#include "entra/scopes.h"

#include "entra/tokenservice.h"

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

namespace {

// The delegated Graph permissions an admin consented to for the sandbox app; .default grants them all.
const QStringList &graphConsent()
{
    static const QStringList scopes{u"User.Read"_s, u"User.ReadBasic.All"_s, u"User.Read.All"_s,
                                    u"User.ReadWrite.All"_s, u"Directory.Read.All"_s};
    return scopes;
}

struct ResourcePrefix
{
    QString prefix;
    QString audience;
};

const QList<ResourcePrefix> &knownResources()
{
    // management.core.windows.net is the legacy ARM audience still used by Azure tools; it is
    // followed by a double slash in their scopes ("https://management.core.windows.net//.default").
    static const QList<ResourcePrefix> prefixes{
        {u"https://management.azure.com/"_s, Audience::arm()},
        {u"https://management.core.windows.net//"_s, Audience::arm()},
        {u"https://management.core.windows.net/"_s, Audience::arm()},
        {u"https://graph.microsoft.com/"_s, Audience::graph()},
    };
    return prefixes;
}

void fail(ScopeRequest &request, const QString &error, int aadsts, const QString &description)
{
    request.error = error;
    request.aadsts = aadsts;
    request.errorDescription = description;
}

// Returns false when the scope names a permission the resource does not have.
bool addResourceScope(ScopeRequest &request, const QString &audience, const QString &permission)
{
    if (audience == Audience::arm()) {
        if (permission != u".default"_s && permission != u"user_impersonation"_s)
            return false;
        if (!request.scp.contains(u"user_impersonation"_s)) {
            request.scp.append(u"user_impersonation"_s);
            request.grantedScopes.append(Audience::arm() + u"/user_impersonation"_s);
        }
        return true;
    }
    const QStringList permissions = permission == u".default"_s ? graphConsent() : QStringList{permission};
    for (const QString &p : permissions) {
        if (!graphConsent().contains(p))
            return false;
        if (!request.scp.contains(p)) {
            request.scp.append(p);
            request.grantedScopes.append(p);
        }
    }
    return true;
}

} // namespace

QStringList ScopeRequest::oidcScopes() const
{
    QStringList scopes;
    if (openId)
        scopes.append(u"openid"_s);
    if (profile)
        scopes.append(u"profile"_s);
    if (email)
        scopes.append(u"email"_s);
    if (offlineAccess)
        scopes.append(u"offline_access"_s);
    return scopes;
}

ScopeRequest parseScopes(const QString &scopeParameter)
{
    ScopeRequest request;
    const QStringList scopes = scopeParameter.split(u' ', Qt::SkipEmptyParts);
    for (const QString &scope : scopes) {
        if (scope == u"openid"_s) {
            request.openId = true;
            continue;
        }
        if (scope == u"profile"_s) {
            request.profile = true;
            continue;
        }
        if (scope == u"email"_s) {
            request.email = true;
            continue;
        }
        if (scope == u"offline_access"_s) {
            request.offlineAccess = true;
            continue;
        }
        QString audience;
        QString permission;
        for (const ResourcePrefix &resource : knownResources()) {
            if (scope.startsWith(resource.prefix)) {
                audience = resource.audience;
                permission = scope.mid(resource.prefix.size());
                break;
            }
        }
        if (audience.isEmpty()) {
            if (scope.contains(u"://"_s)) {
                fail(request, u"invalid_resource"_s, 500011,
                     u"The resource principal named %1 was not found in the tenant. The sandbox only "
                     "emulates https://management.azure.com and https://graph.microsoft.com."_s.arg(scope));
                return request;
            }
            audience = Audience::graph(); // Entra ID reads bare scopes as Microsoft Graph permissions.
            permission = scope;
        }
        if (!request.audience.isEmpty() && request.audience != audience) {
            fail(request, u"invalid_scope"_s, 28000,
                 u"Provided value for the input parameter scope is not valid because it contains more "
                 "than one resource. Scope %1 is not valid."_s.arg(scopeParameter));
            return request;
        }
        request.audience = audience;
        if (!addResourceScope(request, audience, permission)) {
            fail(request, u"invalid_scope"_s, 70011,
                 u"The provided request must include a 'scope' input parameter. The provided value for "
                 "the input parameter 'scope' is not valid. The scope %1 is not valid."_s.arg(scope));
            return request;
        }
    }
    if (request.audience.isEmpty()) {
        // A request with only OpenID scopes yields a Graph token for User.Read, as on Entra ID.
        request.audience = Audience::graph();
        request.scp = {u"User.Read"_s};
        request.grantedScopes = {u"User.Read"_s};
    }
    return request;
}

} // namespace CreditDesk::Sandbox
