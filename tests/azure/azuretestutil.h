#pragma once

// Shared by the tst_azure_* tests: a signed-in sandbox with the clients under test, an
// oracle that pages with plain QNetworkAccessManager, and a wait helper for callbacks.

#include "azure/armclient.h"
#include "azure/azureapi.h"
#include "core/result.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>
#include <optional>

namespace CreditDesk::Testing {

using namespace Qt::StringLiterals;

/// Fast retries so fault tests finish quickly; the budget stays generous.
inline RetryPolicy quickRetries(int attempts = 8)
{
    RetryPolicy policy;
    policy.maxAttempts = attempts;
    policy.baseDelayMs = 10;
    policy.maxDelayMs = 2000;
    policy.requestTimeoutMs = 5000;
    return policy;
}

/// A small world that still pages (page size 3) and has every kind of scope.
inline Sandbox::SandboxOptions smallWorld()
{
    Sandbox::SandboxOptions options;
    options.autoApprove = true;
    options.scale.billingAccounts = 2;
    options.scale.billingProfiles = 2;
    options.scale.customers = 2;
    options.scale.lotsPerProfile = 5;
    options.scale.eventsPerLot = 3;
    options.scale.users = 30;
    options.scale.subscriptions = 3;
    options.scale.pageSize = 3;
    return options;
}

/// A signed-in sandbox plus an ARM client, the typed API over it, and a Graph client.
struct AzureFixture
{
    SandboxFixture sandbox;
    std::unique_ptr<ArmClient> arm;
    std::unique_ptr<AzureApi> api;
    std::unique_ptr<ArmClient> graph;

    bool start(const Sandbox::SandboxOptions &options, const RetryPolicy &policy = quickRetries())
    {
        if (!sandbox.start(options) || !sandbox.signIn())
            return false;
        arm = std::make_unique<ArmClient>(&sandbox.network, sandbox.session.get(), sandbox.cloud().armUrl);
        arm->setRetryPolicy(policy);
        api = std::make_unique<AzureApi>(arm.get());
        graph = std::make_unique<ArmClient>(&sandbox.network, sandbox.session.get(), sandbox.cloud().graphUrl,
                                            Resource::Graph);
        graph->setRetryPolicy(policy);
        return true;
    }

    QString armToken() const { return sandbox.signInResponse.accessToken.token; }

    QUrl url(const QString &path, const QString &query) const
    {
        QUrl u = sandbox.host.baseUrl();
        u.setPath(path);
        u.setQuery(query);
        return u;
    }

    /// One GET with plain QNetworkAccessManager: the oracle, independent of the client.
    QJsonObject fetchJson(const QUrl &u, const QString &token, const QByteArray &extraHeader = {})
    {
        QNetworkRequest request(u);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        if (const qsizetype colon = extraHeader.indexOf(':'); colon > 0)
            request.setRawHeader(extraHeader.left(colon).trimmed(), extraHeader.mid(colon + 1).trimmed());
        std::unique_ptr<QNetworkReply> reply(sandbox.network.get(request));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!done.wait(10'000))
            return {};
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    /// Every item of a list, following nextLink (or @odata.nextLink).
    QJsonArray fetchAll(QUrl u, const QString &token, const QByteArray &extraHeader = {})
    {
        QJsonArray items;
        int guard = 0;
        while (u.isValid() && !u.isEmpty() && ++guard < 10'000) {
            const QJsonObject page = fetchJson(u, token, extraHeader);
            for (const QJsonValue &v : page.value(u"value"_s).toArray())
                items.append(v);
            QString next = page.value(u"nextLink"_s).toString();
            if (next.isEmpty())
                next = page.value(u"@odata.nextLink"_s).toString();
            u = QUrl(next);
        }
        return items;
    }
};

/// Holds a callback's result until it arrives.
template<typename T> struct Outcome
{
    std::optional<T> value;
    auto callback()
    {
        return [this](T v) { value = std::move(v); };
    }
    bool wait(int timeoutMs = 20'000)
    {
        return QTest::qWaitFor([this] { return value.has_value(); }, timeoutMs);
    }
};

/// The message of a failed result, or "" (never touches error() of a good result).
template<typename R> QByteArray failure(const R &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

} // namespace CreditDesk::Testing
