#pragma once

// A sandbox on a free loopback port and a signed-in core session against it: the same
// code path the app uses for Azure. Header-only so each integration test stays one file.

#include "auth/devicecodeflow.h"
#include "auth/signinsession.h"
#include "auth/tokenclient.h"
#include "server/sandboxhost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace CreditDesk::Testing {

inline constexpr int SignInTimeoutMs = 15'000;

struct SandboxFixture
{
    QTemporaryDir dataDir;
    Sandbox::SandboxHost host;
    QNetworkAccessManager network;
    std::unique_ptr<TokenClient> tokenClient;
    std::unique_ptr<SignInSession> session;
    TokenResponse signInResponse;

    bool start(Sandbox::SandboxOptions options)
    {
        if (options.dataDir.isEmpty())
            options.dataDir = dataDir.path();
        // Polling every second instead of five keeps sign-in in tests quick.
        options.deviceCodeIntervalSeconds = 1;
        QString error;
        if (!host.start(options, &error)) {
            qWarning("sandbox did not start: %s", qPrintable(error));
            return false;
        }
        tokenClient = std::make_unique<TokenClient>(&network, cloud(), QStringLiteral("organizations"),
                                                    QStringLiteral("creditdesk-tests"));
        session = std::make_unique<SignInSession>(tokenClient.get());
        return true;
    }

    Cloud cloud() const { return Cloud::sandbox(host.baseUrl()); }

    /// Device-code sign-in; the sandbox must run with autoApprove.
    bool signIn()
    {
        DeviceCodeFlow flow(tokenClient.get());
        QSignalSpy succeeded(&flow, &DeviceCodeFlow::succeeded);
        QSignalSpy failed(&flow, &DeviceCodeFlow::failed);
        flow.start();
        if (!QTest::qWaitFor([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }, SignInTimeoutMs))
            return false;
        if (succeeded.isEmpty())
            return false;
        signInResponse = succeeded.constFirst().constFirst().value<TokenResponse>();
        session->adopt(signInResponse);
        return true;
    }

    /// Counts the items of a list by following nextLink with plain QNetworkAccessManager: an
    /// oracle independent of the client under test.
    int countAllItems(QUrl url, const QString &token)
    {
        int count = 0;
        while (url.isValid() && !url.isEmpty()) {
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            std::unique_ptr<QNetworkReply> reply(network.get(request));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            if (!done.wait(10'000))
                return -1;
            const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
            count += int(page.value(QStringLiteral("value")).toArray().size());
            url = QUrl(page.value(QStringLiteral("nextLink")).toString());
        }
        return count;
    }
};

} // namespace CreditDesk::Testing
