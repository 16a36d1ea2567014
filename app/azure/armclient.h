#pragma once

#include "auth/signinsession.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace CreditDesk {

/// How hard to try before giving up. The budget is per request (one page), not per list.
///
/// With the defaults a GET is sent at most 5 times (first try + 4 retries). Between tries it
/// waits what the service asked for (x-ms-ratelimit-microsoft.consumption-retry-after, then the
/// -tenant- variant, then Retry-After), else an exponential backoff: base * 2^(try-1) with
/// jitter between half and all of that step (1 s, 2 s, 4 s, 8 s ...). Every wait, computed or
/// sent by the service, is capped at maxDelayMs (30 s). Each try gives up after
/// requestTimeoutMs (60 s) without a byte moving. So one page takes at most about
/// 5 × 60 s + 4 × 30 s = 7 minutes before a clear error, never forever.
///
/// Retried: HTTP 429, 500, 502, 503, 504, timeouts, dropped connections and bodies cut short.
/// A 401 refreshes the token once and resends; that does not count against the budget.
/// POST is not idempotent (creating a user twice is not the same as once): it is retried only
/// on 429/503 that carry a retry-after header, i.e. when the service says it did not act.
struct RetryPolicy
{
    int maxAttempts = 5;            ///< first try + 4 retries
    int baseDelayMs = 1000;         ///< exponential backoff: base * 2^(attempt-1), with jitter
    int maxDelayMs = 30'000;        ///< cap for computed and server-sent waits
    int requestTimeoutMs = 60'000;  ///< per attempt, no bytes moving
    /// A listing that has not ended after this many pages is stopped with an error (setting
    /// network/maxPages): a service that keeps sending new nextLinks never keeps us busy forever.
    int maxPages = 10'000;
    int maxRedirects = 5;           ///< same-origin redirects followed per request
};

/// What a request is for, so every error can name it ("list credit lots" for "billing profile X").
struct ArmOperation
{
    QString description; ///< translated, e.g. "list credit lots"
    QString scope;       ///< translated, e.g. "billing profile AB12-CD34"
};

/// Requests to one Microsoft service (Azure Resource Manager, or Microsoft Graph with
/// Resource::Graph) with a bearer token for that service from the sign-in session: follows
/// nextLink (and Graph's @odata.nextLink) verbatim, waits as the service asks on 429/503,
/// retries transient failures with capped exponential backoff and jitter, refreshes the token
/// once on 401, and maps error bodies to messages that name the operation and scope.
class ArmClient : public QObject
{
    Q_OBJECT
public:
    /// Consumes one page body and returns the page's nextLink (empty when it was the last).
    using PageHandler = std::function<Result<QUrl>(const QByteArray &body)>;
    using DoneHandler = std::function<void(Status)>;
    /// Extra request headers, e.g. {"ConsistencyLevel", "eventual"} for Graph's $search.
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    struct Reply
    {
        int httpStatus = 0;
        QByteArray body;
    };
    using ReplyHandler = std::function<void(Result<Reply>)>;

    /// A client for Azure Resource Manager.
    ArmClient(QNetworkAccessManager *network, SignInSession *session, QUrl baseUrl, QObject *parent = nullptr);
    /// A client for \a resource, e.g. Resource::Graph with the cloud's graphUrl.
    ArmClient(QNetworkAccessManager *network, SignInSession *session, QUrl baseUrl, Resource resource,
              QObject *parent = nullptr);

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    const QUrl &baseUrl() const { return m_baseUrl; }
    Resource resource() const { return m_resource; }

    /// {baseUrl}{path}?api-version=...&extra (no api-version when \a apiVersion is empty).
    QUrl url(const QString &path, const QString &apiVersion, const QUrlQuery &extra = {}) const;
    /// {baseUrl}{path}?query, with \a query already percent-encoded (e.g. Graph's $search,
    /// whose value holds quotes, colons and '+' that QUrlQuery would leave ambiguous).
    QUrl encodedUrl(const QString &path, const QByteArray &encodedQuery) const;

    /// One GET with retries. 2xx (incl. 204) → Reply; anything else → Error.
    void get(const QUrl &url, const ArmOperation &operation, QObject *context, ReplyHandler done);
    void get(const QUrl &url, const ArmOperation &operation, const Headers &headers, QObject *context,
             ReplyHandler done);
    /// GET url, then every nextLink, handing each page to onPage; done gets the overall status.
    void getAllPages(const QUrl &url, const ArmOperation &operation, QObject *context, PageHandler onPage,
                     DoneHandler done);
    void getAllPages(const QUrl &url, const ArmOperation &operation, const Headers &headers, QObject *context,
                     PageHandler onPage, DoneHandler done);
    /// A page read on a worker thread: its nextLink, and what to do with it back on the
    /// context's thread (e.g. hand the parsed rows to a model).
    struct ParsedPage
    {
        QUrl nextLink;
        std::function<void()> deliver;
    };
    /// Runs on a worker thread: must only read \a body and touch no QObject.
    using WorkerPageHandler = std::function<Result<ParsedPage>(const QByteArray &body)>;
    /// Like getAllPages, but each page is parsed by \a parse on Qt's global thread pool, so the
    /// context's (GUI) thread only receives the pages: it stays responsive, and the pages of
    /// several lists fetched at once are parsed in parallel. Each list still delivers its pages
    /// in order. cancel() also ends lists whose page is being parsed; its result is dropped.
    void getAllPagesOffThread(const QUrl &url, const ArmOperation &operation, QObject *context,
                              WorkerPageHandler parse, DoneHandler done);

    /// One POST of a JSON body. Retried only where that is safe (see RetryPolicy).
    void post(const QUrl &url, const QJsonObject &body, const ArmOperation &operation, QObject *context,
              ReplyHandler done);

    /// Aborts the requests made for \a context (all requests when null), in flight or waiting
    /// to retry; their handlers receive an Error with code "cancelled".
    void cancel(const QObject *context = nullptr);

    /// Refuses (with a message naming the service the token is for and the foreign host) any
    /// URL that is not on the origin of baseUrl(), or that is plain http to a non-loopback
    /// host: the bearer token must never leave the service it was minted for.
    Status checkDestination(const QUrl &url, const ArmOperation &operation) const;

    /// Seconds the service asked us to wait, from the Consumption headers or Retry-After; -1 if none.
    static int serverRequestedDelaySeconds(const QNetworkReply *reply);
    /// One retry-after header value, seconds or an HTTP date, as seconds from \a now, at most a
    /// day; nullopt when it is neither (or negative).
    static std::optional<qint64> retryAfterSeconds(const QByteArray &value, const QDateTime &now);

private:
    struct Attempt;
    struct PagedFetch;
    struct WorkerFetch;
    void start(std::shared_ptr<Attempt> attempt);
    void fetchPage(std::shared_ptr<PagedFetch> fetch, const QUrl &pageUrl);
    template<typename Fetch> Status admitNextPage(Fetch &fetch, const QUrl &nextLink) const;
    void fetchWorkerPage(std::shared_ptr<WorkerFetch> fetch, const QUrl &pageUrl);
    void endWorkerFetch(const std::shared_ptr<WorkerFetch> &fetch, const Status &status);
    void send(std::shared_ptr<Attempt> attempt);
    bool isActive(const std::shared_ptr<Attempt> &attempt);
    void finish(const std::shared_ptr<Attempt> &attempt, Result<Reply> result);
    void onFinished(std::shared_ptr<Attempt> attempt, QNetworkReply *reply);
    void followRedirect(const std::shared_ptr<Attempt> &attempt, QNetworkReply *reply);
    void onNetworkFailure(const std::shared_ptr<Attempt> &attempt, QNetworkReply *reply);
    void retryLater(std::shared_ptr<Attempt> attempt, int delayMs);
    int backoffMs(int attempt) const;

    QPointer<QNetworkAccessManager> m_network;
    QPointer<SignInSession> m_session;
    QUrl m_baseUrl;
    Resource m_resource = Resource::Arm;
    RetryPolicy m_policy;
    QHash<const Attempt *, std::shared_ptr<Attempt>> m_active; ///< in flight or waiting to retry
    QHash<const WorkerFetch *, std::shared_ptr<WorkerFetch>> m_workerFetches; ///< lists not yet done
    QThreadPool m_parsers; ///< last member: destroyed (waiting for running parses) first
};

} // namespace CreditDesk
