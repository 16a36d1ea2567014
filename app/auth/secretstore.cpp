#include "auth/secretstore.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
const QString UnavailableCode = u"secret_store_unavailable"_s;
const QString TimeoutCode = u"secret_store_timeout"_s;

QString trimmedReason(QString reason)
{
    reason = reason.trimmed();
    while (reason.endsWith(u'.'))
        reason.chop(1);
    return reason;
}
} // namespace

SecretStore::SecretStore(QObject *parent)
    : SecretStore(defaultServiceName(), parent)
{
}

SecretStore::SecretStore(QString serviceName, QObject *parent)
    : QObject(parent)
    , m_service(std::move(serviceName))
{
}

SecretStore::~SecretStore()
{
    // A job still running inside QtKeychain must outlive us: the backend calls back into it
    // when it finishes. Unparented, it deletes itself then (see run()).
    for (const QPointer<QKeychain::Job> &job : std::as_const(m_jobs)) {
        if (job)
            job->setParent(nullptr);
    }
}

QString SecretStore::defaultServiceName()
{
    return u"CreditDesk"_s;
}

void SecretStore::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = qMax(1, timeoutMs);
}

QString SecretStore::secretKey(const QString &cloudId, const QString &tenantId, const QString &accountId)
{
    return u"refresh-token/"_s + cloudId + u'/' + tenantId + u'/' + accountId;
}

bool SecretStore::isUnavailableError(const Error &error)
{
    return error.code == UnavailableCode || error.code == TimeoutCode;
}

int SecretStore::pendingJobCount() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const auto &job) { return !job.isNull(); }));
}

Error SecretStore::unavailableError(const QString &reason, const QString &code) const
{
    return Error{tr("The system secret store (keyring) is not available or locked: %1. "
                    "CreditDesk keeps your sign-in only until you quit.")
                     .arg(trimmedReason(reason)),
                 code};
}

void SecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    QPointer<QObject> guard(context);
    run(job, u"read"_s, [job, guard, done = std::move(done)](Outcome outcome, const Error &error) {
        if (!guard)
            return;
        switch (outcome) {
        case Outcome::Ok:
            done(std::optional<QString>(job->textData()));
            return;
        case Outcome::NotFound:
            done(std::optional<QString>());
            return;
        case Outcome::Failed:
            done(error);
            return;
        }
    });
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, StatusCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    run(job, u"write"_s, [guard, done = std::move(done)](Outcome outcome, const Error &error) {
        if (guard)
            done(outcome == Outcome::Ok ? Status{} : Status{error});
    });
}

void SecretStore::remove(const QString &key, QObject *context, StatusCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    QPointer<QObject> guard(context);
    run(job, u"remove"_s, [guard, done = std::move(done)](Outcome outcome, const Error &error) {
        if (guard)
            done(outcome == Outcome::Failed ? Status{error} : Status{});
    });
}

void SecretStore::run(QKeychain::Job *job, const QString &operation, JobCallback done)
{
    // QtKeychain's plaintext fallback is off on purpose: secrets go to the OS store or nowhere.
    job->setInsecureFallback(false);
    // We own the job's lifetime: it goes away when QtKeychain says it is finished, never
    // earlier, even when we stopped waiting for it.
    job->setAutoDelete(false);
    connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
    m_jobs.append(QPointer<QKeychain::Job>(job));

    // error() reads NoError while a job is pending, so "answered" is tracked here, not there.
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, answered, operation, done] {
        if (*answered)
            return;
        *answered = true;
        qCWarning(lcAuth) << "secret store" << operation << "timed out after" << m_timeoutMs << "ms";
        done(Outcome::Failed,
             unavailableError(tr("it did not answer within %n second(s)", nullptr, (m_timeoutMs + 999) / 1000),
                              TimeoutCode));
    });
    connect(job, &QKeychain::Job::finished, this, [this, answered, operation, done, timer](QKeychain::Job *finished) {
        m_jobs.removeAll(QPointer<QKeychain::Job>(finished));
        timer->stop();
        if (*answered) {
            qCDebug(lcAuth) << "secret store" << operation << "finished after its timeout";
            return;
        }
        *answered = true;
        switch (finished->error()) {
        case QKeychain::NoError:
            qCDebug(lcAuth) << "secret store" << operation << "ok";
            done(Outcome::Ok, {});
            return;
        case QKeychain::EntryNotFound:
            qCDebug(lcAuth) << "secret store" << operation << "entry not found";
            done(Outcome::NotFound, {});
            return;
        default:
            break;
        }
        // The error string comes from the backend (D-Bus, libsecret): no secret in it.
        qCWarning(lcAuth) << "secret store" << operation << "failed:" << int(finished->error())
                          << finished->errorString();
        done(Outcome::Failed, unavailableError(finished->errorString(), UnavailableCode));
    });
    timer->start(m_timeoutMs);
    // Started from the event loop so callbacks never run inside read()/write()/remove(),
    // even when a backend fails synchronously.
    QMetaObject::invokeMethod(job, &QKeychain::Job::start, Qt::QueuedConnection);
}

} // namespace CreditDesk
