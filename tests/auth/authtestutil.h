#pragma once

// Shared pieces of the sign-in tests: a "browser" made of QNetworkAccessManager that follows
// the authorize redirect by hand, a browser sign-in driven end to end against the sandbox, and
// a probe telling whether a Secret Service is reachable.

#include "auth/browsersignin.h"
#include "auth/secretstore.h"
#include "sandboxfixture.h"

#include <QUrlQuery>
#include <QUuid>

#include <optional>

namespace CreditDesk::Testing {

using namespace Qt::StringLiterals;

inline constexpr int StoreWaitMs = 15'000;

inline const char *const RunWithKeyring =
    "No Secret Service is reachable (no D-Bus session, or the keyring is locked). Run the suite with "
    "./scripts/dev test, which starts a private D-Bus session with an unlocked gnome-keyring.";

inline QJsonObject jwtClaims(const QString &jwt)
{
    const QList<QStringView> parts = QStringView(jwt).split(u'.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

/// What a browser would see for one GET, without following redirects.
struct BrowserPage
{
    int status = 0;
    QUrl location;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

/// Plays the system browser: GETs a URL and reports the redirect instead of following it, so a
/// test can read (or tamper with) the Location before "the browser" goes there.
struct FakeBrowser
{
    QNetworkAccessManager network;

    BrowserPage get(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(10'000);
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        BrowserPage page;
        if (!reply->isFinished() && !done.wait(15'000)) {
            page.error = QNetworkReply::TimeoutError;
            return page;
        }
        page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        page.location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        page.body = reply->readAll();
        page.error = reply->error();
        return page;
    }
};

inline QString queryValue(const QUrl &url, const QString &key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

inline QUrl withQueryValue(QUrl url, const QString &key, const QString &value)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(key);
    query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

/// A browser sign-in run against the sandbox: start, capture the authorize URL, and let the
/// fake browser take it to the sandbox and the answer back to the loopback listener.
struct BrowserRun
{
    explicit BrowserRun(TokenClient *client)
        : signIn(client)
        , authorize(&signIn, &BrowserSignIn::authorizeWithBrowser)
        , succeeded(&signIn, &BrowserSignIn::succeeded)
        , failed(&signIn, &BrowserSignIn::failed)
    {
    }

    bool start()
    {
        signIn.start();
        return authorize.size() == 1;
    }
    QUrl authorizeUrl() const { return authorize.constFirst().constFirst().toUrl(); }
    /// The sandbox's answer: a redirect to the loopback URI carrying code and state.
    BrowserPage visitAuthorizeUrl() { return browser.get(authorizeUrl()); }
    bool finished() const { return !succeeded.isEmpty() || !failed.isEmpty(); }
    bool waitFinished(int ms = SignInTimeoutMs) { return QTest::qWaitFor([this] { return finished(); }, ms); }
    TokenResponse response() const { return succeeded.constFirst().constFirst().value<TokenResponse>(); }
    Error error() const { return failed.constFirst().constFirst().value<Error>(); }

    BrowserSignIn signIn;
    FakeBrowser browser;
    QSignalSpy authorize;
    QSignalSpy succeeded;
    QSignalSpy failed;
};

/// Writes and removes a probe key; an error tells the store is not usable here.
inline std::optional<Error> probeSecretStore(SecretStore &store)
{
    QObject context;
    std::optional<Status> written;
    const QString key = u"probe/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    store.write(key, u"probe"_s, &context, [&](Status status) { written = status; });
    if (!QTest::qWaitFor([&] { return written.has_value(); }, StoreWaitMs))
        return Error{u"probe did not finish"_s};
    if (!written->ok())
        return written->error();
    bool removed = false;
    store.remove(key, &context, [&](Status) { removed = true; });
    [[maybe_unused]] const bool cleanedUp = QTest::qWaitFor([&] { return removed; }, StoreWaitMs);
    return std::nullopt;
}

/// A service name of its own per test run, so tests never see a developer's real sign-ins or
/// another run's leftovers.
inline QString testServiceName()
{
    return u"CreditDesk-tests-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace CreditDesk::Testing
