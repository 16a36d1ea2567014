#include "azure/armclient.h"

#include "azure/armerror.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace CreditDesk {

struct ArmClient::Attempt
{
    QUrl url;
    ArmOperation operation;
    QPointer<QObject> context;
    ReplyHandler done;
    QPointer<QNetworkReply> reply;
    int attempt = 0;
    bool refreshedAfter401 = false;
};

namespace {
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

bool isRetryableStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

} // namespace

ArmClient::ArmClient(QNetworkAccessManager *network, SignInSession *session, QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_session(session)
    , m_baseUrl(std::move(baseUrl))
{
}

QUrl ArmClient::url(const QString &path, const QString &apiVersion, const QUrlQuery &extra) const
{
    QUrl result = resolveServiceUrl(m_baseUrl, path);
    QUrlQuery query(extra);
    query.addQueryItem(u"api-version"_s, apiVersion);
    result.setQuery(query);
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
        bool ok = false;
        const int seconds = reply->rawHeader(name).trimmed().toInt(&ok);
        if (ok && seconds >= 0)
            return seconds;
        // Retry-After may be an HTTP date.
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(reply->rawHeader(name)), Qt::RFC2822Date);
        if (when.isValid())
            return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
    }
    return -1;
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
    auto attempt = std::make_shared<Attempt>();
    attempt->url = url;
    attempt->operation = operation;
    attempt->context = context;
    attempt->done = std::move(done);
    m_active.insert(attempt.get(), attempt);
    send(std::move(attempt));
}

void ArmClient::send(std::shared_ptr<Attempt> attempt)
{
    if (!m_session || !m_network)
        return;
    ++attempt->attempt;
    m_session->accessToken(Resource::Arm, this, [this, attempt](Result<QString> token) {
        if (!isActive(attempt))
            return;
        if (!token) {
            finish(attempt, token.error());
            return;
        }
        QNetworkRequest request(attempt->url);
        request.setRawHeader("Authorization", "Bearer " + token.value().toLatin1());
        request.setRawHeader("Accept", "application/json");
        request.setTransferTimeout(m_policy.requestTimeoutMs);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
        QNetworkReply *reply = m_network->get(request);
        attempt->reply = reply;
        connect(reply, &QNetworkReply::finished, this, [this, attempt, reply] { onFinished(attempt, reply); });
    });
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
        if (isTransientNetworkError(networkError) && canRetry) {
            qCInfo(lcArm) << "transient network error" << networkError << "; retrying" << attempt->url.path();
            retryLater(attempt, backoffMs(attempt->attempt));
            return;
        }
        finish(attempt, Error{tr("Could not %1 for %2: %3").arg(attempt->operation.description, attempt->operation.scope,
                                                              reply->errorString()),
                            {}, 0, QString::fromLatin1(requestId)});
        return;
    }

    if (status == 401 && !attempt->refreshedAfter401) {
        attempt->refreshedAfter401 = true;
        m_session->invalidate(Resource::Arm);
        --attempt->attempt; // a token refresh is not a retry of the request's budget
        send(attempt);
        return;
    }

    if (isRetryableStatus(status) && canRetry) {
        const int requested = serverRequestedDelaySeconds(reply);
        const int delay = requested >= 0 ? qMin(requested * 1000, m_policy.maxDelayMs) : backoffMs(attempt->attempt);
        qCInfo(lcArm) << "HTTP" << status << "for" << attempt->url.path() << "; retrying in" << delay << "ms";
        retryLater(attempt, delay);
        return;
    }

    const QByteArray body = reply->readAll();
    if (status >= 200 && status < 300) {
        if (networkError != QNetworkReply::NoError) { // e.g. body cut short
            if (canRetry) {
                retryLater(attempt, backoffMs(attempt->attempt));
                return;
            }
            finish(attempt, Error{tr("Could not %1 for %2: the answer was cut short (%3).")
                                    .arg(attempt->operation.description, attempt->operation.scope, reply->errorString()),
                                {}, status, QString::fromLatin1(requestId)});
            return;
        }
        finish(attempt, Reply{status, body});
        return;
    }
    finish(attempt, armError(status, body, attempt->operation.description, attempt->operation.scope, requestId));
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
    QPointer<QObject> context;
    PageHandler onPage;
    DoneHandler done;
};

void ArmClient::getAllPages(const QUrl &url, const ArmOperation &operation, QObject *context, PageHandler onPage,
                            DoneHandler done)
{
    fetchPage(std::make_shared<PagedFetch>(PagedFetch{operation, context, std::move(onPage), std::move(done)}), url);
}

void ArmClient::fetchPage(std::shared_ptr<PagedFetch> fetch, const QUrl &pageUrl)
{
    get(pageUrl, fetch->operation, fetch->context, [this, fetch](Result<Reply> reply) {
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
            error.message = tr("Could not %1 for %2: %3")
                                .arg(fetch->operation.description, fetch->operation.scope, error.message);
            fetch->done(error);
            return;
        }
        if (nextLink->isEmpty()) {
            fetch->done({});
            return;
        }
        // nextLink is followed verbatim: it already carries api-version and $skiptoken.
        fetchPage(fetch, nextLink.value());
    });
}

void ArmClient::cancel(const QObject *context)
{
    const Error cancelled{tr("Cancelled."), u"cancelled"_s};
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
