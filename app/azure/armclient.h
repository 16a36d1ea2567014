#pragma once

#include "auth/signinsession.h"
#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QHash>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace CreditDesk {

/// How hard to try before giving up. The budget is per request (one page).
struct RetryPolicy
{
    int maxAttempts = 5;            ///< first try + 4 retries
    int baseDelayMs = 1000;         ///< exponential backoff: base * 2^(attempt-1), with jitter
    int maxDelayMs = 30'000;        ///< cap for computed and server-sent waits
    int requestTimeoutMs = 60'000;  ///< per attempt, no bytes moving
};

/// What a request is for, so every error can name it ("list credit lots" for "billing profile X").
struct ArmOperation
{
    QString description; ///< translated, e.g. "list credit lots"
    QString scope;       ///< translated, e.g. "billing profile AB12-CD34"
};

/// GETs against Azure Resource Manager with a bearer token from the sign-in session: follows
/// nextLink verbatim, waits as the service asks on 429/503, retries transient failures with
/// capped exponential backoff and jitter, refreshes the token once on 401, and maps error
/// bodies to messages that name the operation and scope.
class ArmClient : public QObject
{
    Q_OBJECT
public:
    /// Consumes one page body and returns the page's nextLink (empty when it was the last).
    using PageHandler = std::function<Result<QUrl>(const QByteArray &body)>;
    using DoneHandler = std::function<void(Status)>;
    struct Reply
    {
        int httpStatus = 0;
        QByteArray body;
    };
    using ReplyHandler = std::function<void(Result<Reply>)>;

    ArmClient(QNetworkAccessManager *network, SignInSession *session, QUrl baseUrl, QObject *parent = nullptr);

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    const QUrl &baseUrl() const { return m_baseUrl; }

    /// {baseUrl}{path}?api-version=...&extra
    QUrl url(const QString &path, const QString &apiVersion, const QUrlQuery &extra = {}) const;

    /// One GET with retries. 2xx (incl. 204) → Reply; anything else → Error.
    void get(const QUrl &url, const ArmOperation &operation, QObject *context, ReplyHandler done);
    /// GET url, then every nextLink, handing each page to onPage; done gets the overall status.
    void getAllPages(const QUrl &url, const ArmOperation &operation, QObject *context, PageHandler onPage,
                     DoneHandler done);

    /// Aborts the requests made for \a context (all requests when null), in flight or waiting
    /// to retry; their handlers receive an Error with code "cancelled".
    void cancel(const QObject *context = nullptr);

    /// Seconds the service asked us to wait, from the Consumption headers or Retry-After; -1 if none.
    static int serverRequestedDelaySeconds(const QNetworkReply *reply);

private:
    struct Attempt;
    struct PagedFetch;
    void fetchPage(std::shared_ptr<PagedFetch> fetch, const QUrl &pageUrl);
    void send(std::shared_ptr<Attempt> attempt);
    bool isActive(const std::shared_ptr<Attempt> &attempt);
    void finish(const std::shared_ptr<Attempt> &attempt, Result<Reply> result);
    void onFinished(std::shared_ptr<Attempt> attempt, QNetworkReply *reply);
    void retryLater(std::shared_ptr<Attempt> attempt, int delayMs);
    int backoffMs(int attempt) const;

    QPointer<QNetworkAccessManager> m_network;
    QPointer<SignInSession> m_session;
    QUrl m_baseUrl;
    RetryPolicy m_policy;
    QHash<const Attempt *, std::shared_ptr<Attempt>> m_active; ///< in flight or waiting to retry
};

} // namespace CreditDesk
