#include "azure/armclient.h"

#include "azure/armerror.h"
#include "azure/azuresettings.h"
#include "azure/jsonreaders.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSettings>
#include <QThreadPool>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace CreditDesk {

struct ArmClient::Attempt
{
    QUrl url;
    ArmOperation operation;
    Headers headers;
    QByteArray method = QByteArrayLiteral("GET");
    QByteArray body; ///< POST only
    QPointer<QObject> context;
    ReplyHandler done;
    QPointer<QNetworkReply> reply;
    int attempt = 0;
    int redirects = 0;
    bool refreshedAfter401 = false;

    bool isPost() const { return method == "POST"; }
};

namespace {

// The whole body, with Json::kPadding bytes allocated past its end: the JSON reader then reads
// it in place instead of copying a multi-megabyte page.
QByteArray readPadded(QNetworkReply *reply)
{
    QByteArray body;
    body.reserve(qsizetype(reply->bytesAvailable()) + Json::kPadding);
    for (;;) {
        const qsizetype available = qsizetype(reply->bytesAvailable());
        if (available <= 0)
            break;
        if (body.capacity() - body.size() < available + Json::kPadding)
            body.reserve(body.size() + available + Json::kPadding);
        const qsizetype start = body.size();
        body.resize(start + available);
        const qint64 read = reply->read(body.data() + start, available);
        body.resize(start + qMax<qint64>(read, 0));
        if (read <= 0)
            break;
    }
    return body;
}
bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // transfer timeout reports this
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ConnectionRefusedError:
        return true;
    default:
        return false;
    }
}

// Our own aborts (cancel()) finish the attempt before aborting, so an attempt that is still
// active when its reply says "cancelled" was ended by the transfer timeout.
bool isTimeout(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
}

bool isRetryableStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

QString serviceName(Resource resource)
{
    return resource == Resource::Graph ? ArmClient::tr("Microsoft Graph") : ArmClient::tr("Azure Resource Manager");
}

QString hostAndPort(const QUrl &url)
{
    return url.port() < 0 ? url.host() : u"%1:%2"_s.arg(url.host()).arg(url.port());
}

QString couldNot(const ArmOperation &operation, const QString &reason)
{
    return operation.scope.isEmpty()
        ? ArmClient::tr("Could not %1: %2").arg(operation.description, reason)
        : ArmClient::tr("Could not %1 for %2: %3").arg(operation.description, operation.scope, reason);
}

} // namespace

ArmClient::ArmClient(QNetworkAccessManager *network, SignInSession *session, QUrl baseUrl, QObject *parent)
    : ArmClient(network, session, std::move(baseUrl), Resource::Arm, parent)
{
}

ArmClient::ArmClient(QNetworkAccessManager *network, SignInSession *session, QUrl baseUrl, Resource resource,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_session(session)
    , m_baseUrl(std::move(baseUrl))
    , m_resource(resource)
{
    const AzureSettings configured = AzureSettings::load(QSettings());
    if (configured.maxPages != AzureSettings::DefaultMaxPages)
        m_policy.maxPages = configured.maxPages;
}

Status ArmClient::checkDestination(const QUrl &url, const ArmOperation &operation) const
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        return Error{couldNot(operation, tr("the service sent a link that is not a valid address (%1).")
                                             .arg(url.toDisplayString(QUrl::RemoveQuery))),
                     u"InvalidUrl"_s};
    }
    if (!isSameOrigin(url, m_baseUrl)) {
        return Error{couldNot(operation,
                              tr("the service sent a link to %1, which is not %2 (%3). Your %2 sign-in was not "
                                 "sent there and the request was stopped.")
                                  .arg(u"%1://%2"_s.arg(url.scheme(), hostAndPort(url)), serviceName(m_resource),
                                       u"%1://%2"_s.arg(m_baseUrl.scheme(), hostAndPort(m_baseUrl)))),
                     u"ForeignOrigin"_s};
    }
    if (!validateServiceUrl(url)) {
        return Error{couldNot(operation, tr("your %1 sign-in is never sent over plain http to %2; only loopback "
                                            "addresses may use http.")
                                             .arg(serviceName(m_resource), hostAndPort(url))),
                     u"InsecureUrl"_s};
    }
    return {};
}

QUrl ArmClient::url(const QString &path, const QString &apiVersion, const QUrlQuery &extra) const
{
    QUrl result = resolveServiceUrl(m_baseUrl, path);
    QUrlQuery query(extra);
    if (!apiVersion.isEmpty())
        query.addQueryItem(u"api-version"_s, apiVersion);
    if (!query.isEmpty())
        result.setQuery(query);
    return result;
}

QUrl ArmClient::encodedUrl(const QString &path, const QByteArray &encodedQuery) const
{
    QUrl result = resolveServiceUrl(m_baseUrl, path);
    if (!encodedQuery.isEmpty())
        result.setQuery(QString::fromLatin1(encodedQuery), QUrl::StrictMode);
    return result;
}

int ArmClient::serverRequestedDelaySeconds(const QNetworkReply *reply)
{
    // Consumption documents its own header; live services also send the tenant variant.
    static const QByteArray headers[] = {
        QByteArrayLiteral("x-ms-ratelimit-microsoft.consumption-retry-after"),
        QByteArrayLiteral("x-ms-ratelimit-microsoft.consumption-tenant-retry-after"),
        QByteArrayLiteral("Retry-After"),
    };
    for (const QByteArray &name : headers) {
        if (!reply->hasRawHeader(name))
            continue;
        const std::optional<qint64> seconds = retryAfterSeconds(reply->rawHeader(name), QDateTime::currentDateTimeUtc());
        if (seconds)
            return int(*seconds);
    }
    return -1;
}

std::optional<qint64> ArmClient::retryAfterSeconds(const QByteArray &value, const QDateTime &now)
{
    // Whatever the service says, a day at most: the caller multiplies by 1000 and caps again.
    constexpr qint64 OneDay = 86'400;
    const QByteArray text = value.trimmed();
    bool ok = false;
    const qlonglong seconds = text.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<qint64>(qMin<qint64>(seconds, OneDay)) : std::nullopt;
    if (!text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return OneDay; // more digits than a 64-bit number holds
    // Retry-After may be an HTTP date (RFC 9110: IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT").
    QDateTime when = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!when.isValid()) { // Qt 6.4 reads "+0000" but not the "GMT" that HTTP dates end with
        when = QLocale::c().toDateTime(QString::fromLatin1(text), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
        when.setTimeZone(QTimeZone::utc());
    }
    if (!when.isValid())
        return std::nullopt;
    return qBound<qint64>(0, now.secsTo(when), OneDay);
}

int ArmClient::backoffMs(int attempt) const
{
    const qint64 exponential = qint64(m_policy.baseDelayMs) << qMin(attempt - 1, 16);
    const qint64 capped = qMin<qint64>(exponential, m_policy.maxDelayMs);
    // Full jitter between half and all of the step keeps parallel clients from synchronizing.
    const qint64 half = capped / 2;
    return int(half + QRandomGenerator::global()->bounded(half + 1));
}

void ArmClient::get(const QUrl &url, const ArmOperation &operation, QObject *context, ReplyHandler done)
{
    get(url, operation, Headers{}, context, std::move(done));
}

void ArmClient::get(const QUrl &url, const ArmOperation &operation, const Headers &headers, QObject *context,
                    ReplyHandler done)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->url = url;
    attempt->operation = operation;
    attempt->headers = headers;
    attempt->context = context;
    attempt->done = std::move(done);
    start(std::move(attempt));
}

void ArmClient::post(const QUrl &url, const QJsonObject &body, const ArmOperation &operation, QObject *context,
                     ReplyHandler done)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->url = url;
    attempt->operation = operation;
    attempt->method = QByteArrayLiteral("POST");
    attempt->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    attempt->context = context;
    attempt->done = std::move(done);
    start(std::move(attempt));
}

void ArmClient::start(std::shared_ptr<Attempt> attempt)
{
    m_active.insert(attempt.get(), attempt);
    send(std::move(attempt));
}

void ArmClient::send(std::shared_ptr<Attempt> attempt)
{
    if (!m_session || !m_network)
        return;
    if (Status allowed = checkDestination(attempt->url, attempt->operation); !allowed) {
        qCWarning(lcArm) << "refused to send a token to" << attempt->url.host() << "(" << allowed.error().code << ")";
        // Answered on the next turn, like a network reply, never inside the caller's get().
        QMetaObject::invokeMethod(this, [this, attempt, error = allowed.error()] {
            if (isActive(attempt))
                finish(attempt, error);
        }, Qt::QueuedConnection);
        return;
    }
    ++attempt->attempt;
    m_session->accessToken(m_resource, this, [this, attempt](Result<QString> token) {
        if (!isActive(attempt))
            return;
        if (!token) {
            finish(attempt, token.error());
            return;
        }
        QNetworkRequest request(attempt->url);
        request.setRawHeader("Authorization", "Bearer " + token.value().toLatin1());
        request.setRawHeader("Accept", "application/json");
        for (const auto &[name, value] : std::as_const(attempt->headers))
            request.setRawHeader(name, value);
        request.setTransferTimeout(m_policy.requestTimeoutMs);
        // Redirects are ours to judge (onFinished): Qt would carry the Authorization header along.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
        QNetworkReply *reply = nullptr;
        if (attempt->isPost()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            reply = m_network->post(request, attempt->body);
        } else {
            reply = m_network->get(request);
        }
        attempt->reply = reply;
        connect(reply, &QNetworkReply::finished, this, [this, attempt, reply] { onFinished(attempt, reply); });
    });
}

void ArmClient::onNetworkFailure(const std::shared_ptr<Attempt> &attempt, QNetworkReply *reply)
{
    const QNetworkReply::NetworkError networkError = reply->error();
    // A POST that may have reached the service is not sent again: it could act twice.
    const bool canRetry = attempt->attempt < m_policy.maxAttempts && !attempt->isPost();
    if (isTransientNetworkError(networkError) && canRetry) {
        qCInfo(lcArm) << "transient network error" << networkError << "; retrying" << attempt->url.path();
        retryLater(attempt, backoffMs(attempt->attempt));
        return;
    }
    const QString tries = QLocale().toString(attempt->attempt);
    QString reason;
    if (isTimeout(networkError)) {
        const int ms = m_policy.requestTimeoutMs;
        reason = tr("the service did not answer in time (waited %1 s per attempt; attempts: %2). Try again later.")
                     .arg(QLocale().toString(ms / 1000.0, 'f', ms % 1000 == 0 ? 0 : 1), tries);
    } else {
        reason = tr("the connection failed (%1; attempts: %2). Check the network and try again.")
                     .arg(reply->errorString(), tries);
    }
    const QString code = isTimeout(networkError) ? u"Timeout"_s : u"NetworkError"_s;
    finish(attempt, Error{couldNot(attempt->operation, reason), code, 0,
                          QString::fromLatin1(reply->rawHeader("x-ms-request-id"))});
}

void ArmClient::onFinished(std::shared_ptr<Attempt> attempt, QNetworkReply *reply)
{
    reply->deleteLater();
    attempt->reply = nullptr;
    if (!isActive(attempt))
        return;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray requestId = reply->rawHeader("x-ms-request-id");
    const QNetworkReply::NetworkError networkError = reply->error();
    const bool canRetry = attempt->attempt < m_policy.maxAttempts;

    if (status == 0) {
        onNetworkFailure(attempt, reply);
        return;
    }

    if (status == 401 && !attempt->refreshedAfter401) {
        // 401 means the request was not acted on, so even a POST may be sent again.
        attempt->refreshedAfter401 = true;
        m_session->invalidate(m_resource);
        --attempt->attempt; // a token refresh is not a retry of the request's budget
        send(attempt);
        return;
    }

    if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        followRedirect(attempt, reply);
        return;
    }

    const int requested = isRetryableStatus(status) ? serverRequestedDelaySeconds(reply) : -1;
    const bool retryable = attempt->isPost() ? (status == 429 || status == 503) && requested >= 0
                                             : isRetryableStatus(status);
    if (retryable && canRetry) {
        const int delay = requested >= 0 ? int(qMin<qint64>(qint64(requested) * 1000, m_policy.maxDelayMs))
                                         : backoffMs(attempt->attempt);
        qCInfo(lcArm) << "HTTP" << status << "for" << attempt->url.path() << "; retrying in" << delay << "ms";
        retryLater(attempt, delay);
        return;
    }

    const QByteArray body = readPadded(reply);
    if (status >= 200 && status < 300) {
        if (networkError != QNetworkReply::NoError) { // e.g. body cut short
            if (canRetry && !attempt->isPost()) {
                retryLater(attempt, backoffMs(attempt->attempt));
                return;
            }
            const QString reason = tr("the answer was cut short (%1; attempts: %2).")
                                       .arg(reply->errorString(), QLocale().toString(attempt->attempt));
            finish(attempt, Error{couldNot(attempt->operation, reason), u"Truncated"_s, status,
                                  QString::fromLatin1(requestId)});
            return;
        }
        finish(attempt, Reply{status, body});
        return;
    }
    if (retryable)
        qCWarning(lcArm) << "HTTP" << status << "for" << attempt->url.path() << "after" << attempt->attempt
                         << "attempts; giving up";
    finish(attempt, armError(status, body, attempt->operation.description, attempt->operation.scope, requestId));
}

void ArmClient::followRedirect(const std::shared_ptr<Attempt> &attempt, QNetworkReply *reply)
{
    const QUrl target = attempt->url.resolved(QUrl::fromEncoded(reply->rawHeader("Location").trimmed()));
    qCInfo(lcArm) << "HTTP" << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() << "redirect from"
                  << attempt->url.path() << "to host" << target.host();
    if (Status allowed = checkDestination(target, attempt->operation); !allowed) {
        finish(attempt, allowed.error());
        return;
    }
    if (attempt->isPost() || ++attempt->redirects > m_policy.maxRedirects) {
        finish(attempt, Error{couldNot(attempt->operation, tr("the service redirected the request too often or "
                                                              "redirected a change; nothing more was sent.")),
                              u"Redirect"_s});
        return;
    }
    attempt->url = target;
    --attempt->attempt; // following a redirect is not a retry
    send(attempt);
}

bool ArmClient::isActive(const std::shared_ptr<Attempt> &attempt)
{
    if (m_active.contains(attempt.get()) && attempt->context)
        return true;
    m_active.remove(attempt.get());
    return false;
}

void ArmClient::finish(const std::shared_ptr<Attempt> &attempt, Result<Reply> result)
{
    m_active.remove(attempt.get());
    if (attempt->context)
        attempt->done(std::move(result));
}

void ArmClient::retryLater(std::shared_ptr<Attempt> attempt, int delayMs)
{
    QTimer::singleShot(delayMs, this, [this, attempt] {
        if (isActive(attempt))
            send(attempt);
    });
}

struct ArmClient::PagedFetch
{
    ArmOperation operation;
    Headers headers;
    QPointer<QObject> context;
    PageHandler onPage;
    DoneHandler done;
    QSet<QUrl> fetched; ///< every page URL of this listing, to end a nextLink loop
};

template<typename Fetch> Status ArmClient::admitNextPage(Fetch &fetch, const QUrl &nextLink) const
{
    if (fetch.fetched.contains(nextLink)) {
        return Error{couldNot(fetch.operation, tr("the service sent a link to a page already read in this list "
                                                  "(after %n page(s)); the list was stopped rather than read forever.",
                                                  nullptr, int(fetch.fetched.size()))),
                     u"PagingLoop"_s};
    }
    if (fetch.fetched.size() >= m_policy.maxPages) {
        return Error{couldNot(fetch.operation, tr("the list has more than %n page(s) and was stopped. If it really is "
                                                  "that long, raise the setting network/maxPages.",
                                                  nullptr, m_policy.maxPages)),
                     u"TooManyPages"_s};
    }
    fetch.fetched.insert(nextLink);
    return {};
}

void ArmClient::getAllPages(const QUrl &url, const ArmOperation &operation, QObject *context, PageHandler onPage,
                            DoneHandler done)
{
    getAllPages(url, operation, Headers{}, context, std::move(onPage), std::move(done));
}

void ArmClient::getAllPages(const QUrl &url, const ArmOperation &operation, const Headers &headers, QObject *context,
                            PageHandler onPage, DoneHandler done)
{
    auto fetch = std::make_shared<PagedFetch>(PagedFetch{operation, headers, context, std::move(onPage), std::move(done), {}});
    fetch->fetched.insert(url);
    fetchPage(std::move(fetch), url);
}

void ArmClient::fetchPage(std::shared_ptr<PagedFetch> fetch, const QUrl &pageUrl)
{
    get(pageUrl, fetch->operation, fetch->headers, fetch->context, [this, fetch](Result<Reply> reply) {
        if (!reply) {
            fetch->done(reply.error());
            return;
        }
        if (reply->httpStatus == 204) {
            fetch->done({});
            return;
        }
        Result<QUrl> nextLink = fetch->onPage(reply->body);
        if (!nextLink) {
            Error error = nextLink.error();
            error.message = couldNot(fetch->operation, error.message);
            fetch->done(error);
            return;
        }
        if (nextLink->isEmpty()) {
            fetch->done({});
            return;
        }
        if (Status admitted = admitNextPage(*fetch, nextLink.value()); !admitted) {
            fetch->done(admitted.error());
            return;
        }
        // nextLink is followed verbatim: it already carries api-version and $skiptoken.
        fetchPage(fetch, nextLink.value());
    });
}

struct ArmClient::WorkerFetch
{
    ArmOperation operation;
    QPointer<QObject> context;
    WorkerPageHandler parse;
    DoneHandler done;
    bool ended = false;
    QSet<QUrl> fetched; ///< every page URL of this listing, to end a nextLink loop
};

void ArmClient::getAllPagesOffThread(const QUrl &url, const ArmOperation &operation, QObject *context,
                                     WorkerPageHandler parse, DoneHandler done)
{
    auto fetch = std::make_shared<WorkerFetch>(WorkerFetch{operation, context, std::move(parse), std::move(done), false, {}});
    fetch->fetched.insert(url);
    m_workerFetches.insert(fetch.get(), fetch);
    fetchWorkerPage(std::move(fetch), url);
}

void ArmClient::endWorkerFetch(const std::shared_ptr<WorkerFetch> &fetch, const Status &status)
{
    if (fetch->ended)
        return;
    fetch->ended = true;
    m_workerFetches.remove(fetch.get());
    if (fetch->context)
        fetch->done(status);
}

void ArmClient::fetchWorkerPage(std::shared_ptr<WorkerFetch> fetch, const QUrl &pageUrl)
{
    get(pageUrl, fetch->operation, fetch->context, [this, fetch](Result<Reply> reply) {
        if (fetch->ended)
            return;
        if (!reply) {
            endWorkerFetch(fetch, reply.error());
            return;
        }
        if (reply->httpStatus == 204) {
            endWorkerFetch(fetch, {});
            return;
        }
        // The pool is the client's: its destructor waits for running parses, so `this` is still
        // a valid receiver for the queued delivery.
        m_parsers.start([this, fetch, body = std::move(reply->body)] {
            auto parsed = std::make_shared<Result<ParsedPage>>(fetch->parse(body));
            QMetaObject::invokeMethod(
                this,
                [this, fetch, parsed] {
                    if (fetch->ended)
                        return;
                    if (!fetch->context) {
                        endWorkerFetch(fetch, {});
                        return;
                    }
                    if (!*parsed) {
                        Error error = parsed->error();
                        error.message = couldNot(fetch->operation, error.message);
                        endWorkerFetch(fetch, error);
                        return;
                    }
                    (*parsed)->deliver();
                    if ((*parsed)->nextLink.isEmpty() || fetch->ended) { // deliver() may have cancelled
                        endWorkerFetch(fetch, {});
                        return;
                    }
                    if (Status admitted = admitNextPage(*fetch, (*parsed)->nextLink); !admitted)
                        endWorkerFetch(fetch, admitted.error());
                    else
                        fetchWorkerPage(fetch, (*parsed)->nextLink);
                },
                Qt::QueuedConnection);
        });
    });
}

void ArmClient::cancel(const QObject *context)
{
    const Error cancelled{tr("Cancelled."), u"cancelled"_s};
    // Lists whose current page is being parsed have no request to abort: end them here.
    const auto fetches = m_workerFetches;
    for (const auto &fetch : fetches) {
        if (!context || fetch->context == context)
            endWorkerFetch(fetch, cancelled);
    }
    const auto active = m_active; // finish() edits m_active
    for (const auto &attempt : active) {
        if (context && attempt->context != context)
            continue;
        QPointer<QNetworkReply> reply = attempt->reply;
        finish(attempt, cancelled); // first, so the abort's finished signal finds it inactive
        if (reply)
            reply->abort();
    }
}

} // namespace CreditDesk
