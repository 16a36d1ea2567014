#include "services/creditdiscovery.h"

#include "core/logging.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace CreditDesk {

CreditDiscovery::CreditDiscovery(AzureApi *api, QObject *parent) : QObject(parent), m_api(api) { }

CreditDiscovery::~CreditDiscovery()
{
    // Requests still in flight must not call back into a destroyed object.
    if (m_running) {
        ++m_generation;
        m_running = false;
        if (m_api)
            m_api->cancel(this);
    }
}

void CreditDiscovery::start()
{
    cancel();
    if (!m_api) { // the API object is gone with its connection: nothing can be read
        Q_EMIT finished(false);
        return;
    }
    ++m_generation;
    m_running = true;
    m_anyFailed = false;
    m_window = eventsWindow();
    m_done = m_total = m_active = m_read = 0;
    Q_EMIT progress(0, 0);

    const bool billing
        = m_kinds.testAnyFlags(Kind::Lots | Kind::CreditSummaries | Kind::EaBalances | Kind::Events);
    if (billing) {
        const quint64 generation = m_generation;
        enqueue({ tr("billing accounts"), false, [this, generation](TaskDone done) {
                     m_api->listBillingAccounts(this, [this, generation, done](Result<QList<BillingAccount>> accounts) {
                         if (isCurrent(generation) && accounts) {
                             qCInfo(lcDiscovery) << "found" << accounts->size() << "billing accounts";
                             for (const BillingAccount &account : accounts.value())
                                 addBillingAccount(account);
                         }
                         done(accounts ? Status() : Status(accounts.error()));
                     });
                 } });
    }
    if (m_kinds.testFlag(Kind::BenefitsCredits))
        enqueue(listSubscriptionsTask());
    pump();
}

void CreditDiscovery::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_running = false;
    m_listings.clear();
    m_scopes.clear();
    m_active = 0;
    if (m_api)
        m_api->cancel(this);
    Q_EMIT finished(false);
}

void CreditDiscovery::addBillingAccount(const BillingAccount &account)
{
    const QString id = account.name;
    if (account.isMca()) {
        if (m_kinds.testAnyFlags(Kind::Lots | Kind::CreditSummaries | Kind::Events))
            enqueue(listProfilesTask(id));
    } else if (account.isMpa()) {
        if (m_kinds.testFlag(Kind::Lots))
            enqueue(listCustomersTask(id));
    } else if (account.isEa()) {
        // The prepayment balance, plus the account's own lots (commitments): EA has no profiles.
        QList<std::function<void(TaskDone)>> steps;
        if (m_kinds.testFlag(Kind::EaBalances))
            steps.append(eaBalanceStep(id));
        if (m_kinds.testFlag(Kind::Lots))
            steps.append(lotsStep(LotScope::billingAccount(id), m_api->billingAccountScope(id)));
        if (!steps.isEmpty()) {
            enqueue({ m_api->billingAccountScope(id), true,
                      [this, steps](TaskDone done) { runSteps(steps, std::move(done)); } });
        }
    } else {
        qCInfo(lcDiscovery) << "billing account" << id << "with agreement" << account.agreementTypeRaw
                            << "has no credit API; skipped";
    }
}

CreditDiscovery::Task CreditDiscovery::listProfilesTask(const QString &accountId)
{
    const quint64 generation = m_generation;
    return { m_api->billingAccountScope(accountId), false, [this, generation, accountId](TaskDone done) {
                m_api->listBillingProfiles(
                    accountId, this, [this, generation, accountId, done](Result<QList<BillingProfile>> profiles) {
                        if (isCurrent(generation) && profiles) {
                            for (const BillingProfile &profile : profiles.value()) {
                                Q_EMIT scopeNamed(profile.name, profile.displayName);
                                QList<std::function<void(TaskDone)>> steps;
                                if (m_kinds.testFlag(Kind::Lots))
                                    steps.append(
                                        lotsStep(LotScope::billingProfile(accountId, profile.name),
                                                 m_api->billingProfileScope(accountId, profile.name)));
                                if (m_kinds.testFlag(Kind::CreditSummaries))
                                    steps.append(summaryStep(accountId, profile.name));
                                if (m_kinds.testFlag(Kind::Events))
                                    steps.append(eventsStep(accountId, profile.name));
                                enqueue({ m_api->billingProfileScope(accountId, profile.name), true,
                                          [this, steps](TaskDone next) { runSteps(steps, std::move(next)); } });
                            }
                        }
                        done(profiles ? Status() : Status(profiles.error()));
                    });
            } };
}

CreditDiscovery::Task CreditDiscovery::listCustomersTask(const QString &accountId)
{
    const quint64 generation = m_generation;
    return { m_api->billingAccountScope(accountId), false, [this, generation, accountId](TaskDone done) {
                m_api->listCustomers(
                    accountId, this, [this, generation, accountId, done](Result<QList<BillingCustomer>> customers) {
                        if (isCurrent(generation) && customers) {
                            for (const BillingCustomer &customer : customers.value()) {
                                Q_EMIT scopeNamed(customer.name, customer.displayName);
                                const auto step = lotsStep(LotScope::customer(accountId, customer.name),
                                                           m_api->customerScope(accountId, customer.name));
                                enqueue({ m_api->customerScope(accountId, customer.name), true,
                                          [step](TaskDone next) { step(std::move(next)); } });
                            }
                        }
                        done(customers ? Status() : Status(customers.error()));
                    });
            } };
}

CreditDiscovery::Task CreditDiscovery::listSubscriptionsTask()
{
    const quint64 generation = m_generation;
    return { tr("subscriptions"), false, [this, generation](TaskDone done) {
                m_api->listSubscriptions(this, [this, generation, done](Result<QList<Subscription>> subscriptions) {
                    if (isCurrent(generation) && subscriptions) {
                        Q_EMIT subscriptionsFound(subscriptions.value());
                        for (const Subscription &subscription : subscriptions.value()) {
                            const QString id = subscription.subscriptionId;
                            Q_EMIT scopeNamed(id, subscription.displayName);
                            enqueue({ m_api->subscriptionScope(id), true, [this, generation, id](TaskDone next) {
                                         m_api->listBenefitsCreditsBySubscription(
                                             id, this, [this, generation, next](Result<QList<BenefitsCredit>> credits) {
                                                 if (isCurrent(generation) && credits && !credits->isEmpty())
                                                     Q_EMIT benefitsCreditsArrived(credits.value());
                                                 next(credits ? Status() : Status(credits.error()));
                                             });
                                     } });
                        }
                    }
                    done(subscriptions ? Status() : Status(subscriptions.error()));
                });
            } };
}

std::function<void(CreditDiscovery::TaskDone)> CreditDiscovery::lotsStep(const LotScope &scope,
                                                                         const QString &scopeText)
{
    const quint64 generation = m_generation;
    return [this, generation, scope, scopeText](TaskDone done) {
        m_api->streamLots(
            scope, this,
            [this, generation](const QList<Lot> &lots) {
                if (isCurrent(generation))
                    Q_EMIT lotsArrived(lots);
            },
            [this, generation, scopeText, done = std::move(done)](Status status) {
                if (!status && isNotOfferedForAgreement(status.error())) {
                    if (isCurrent(generation)) {
                        qCInfo(lcDiscovery) << "lots not offered for" << scopeText << "- a note, not a failure";
                        Q_EMIT scopeNote(scopeText, status.error());
                    }
                    done(Status());
                    return;
                }
                done(status);
            });
    };
}

bool CreditDiscovery::isNotOfferedForAgreement(const Error &error)
{
    if (error.httpStatus != 400 && error.httpStatus != 404 && error.httpStatus != 422)
        return false;
    static const QStringList accountTypeCodes{ u"InvalidBillingAccountType"_s, u"UnsupportedBillingAccountType"_s,
                                               u"BillingAccountTypeNotSupported"_s, u"AgreementTypeNotSupported"_s };
    if (accountTypeCodes.contains(error.code, Qt::CaseInsensitive))
        return true;
    // The message carries the service's own (English) text after the operation and scope.
    static const QRegularExpression wording(
        uR"((\bnot\s+(supported|available)|\bonly\s+(supported|available))\b[^.]*\b(agreement|account\s+type)|\b(agreement|account)\s+type\b[^.]*\bnot\s+(supported|available)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return wording.match(error.message).hasMatch();
}

std::pair<QDate, QDate> CreditDiscovery::eventsWindow() const
{
    const QDate to = m_eventsTo.isValid() ? m_eventsTo : QDateTime::currentDateTimeUtc().date();
    const QDate from = m_eventsFrom.isValid() ? m_eventsFrom : to.addMonths(-13);
    return { from, to };
}

std::function<void(CreditDiscovery::TaskDone)> CreditDiscovery::eventsStep(const QString &accountId,
                                                                           const QString &profileId)
{
    const quint64 generation = m_generation;
    const QDate from = m_window.first;
    const QDate to = m_window.second;
    return [this, generation, accountId, profileId, from, to](TaskDone done) {
        m_api->streamEventsByBillingProfile(
            accountId, profileId, from, to, this,
            [this, generation](const QList<CreditEvent> &events) {
                if (isCurrent(generation))
                    Q_EMIT eventsArrived(events);
            },
            std::move(done));
    };
}

std::function<void(CreditDiscovery::TaskDone)> CreditDiscovery::summaryStep(const QString &accountId,
                                                                            const QString &profileId)
{
    const quint64 generation = m_generation;
    return [this, generation, accountId, profileId](TaskDone done) {
        m_api->getCreditSummary(accountId, profileId, this,
                                [this, generation, accountId, profileId,
                                 done = std::move(done)](Result<std::optional<CreditSummary>> summary) {
                                    if (isCurrent(generation) && summary && summary->has_value())
                                        Q_EMIT creditSummaryArrived(accountId, profileId, **summary);
                                    done(summary ? Status() : Status(summary.error()));
                                });
    };
}

std::function<void(CreditDiscovery::TaskDone)> CreditDiscovery::eaBalanceStep(const QString &accountId)
{
    const quint64 generation = m_generation;
    return [this, generation, accountId](TaskDone done) {
        m_api->getEaBalance(accountId, this,
                            [this, generation, accountId, done = std::move(done)](Result<EaBalance> b) {
                                if (isCurrent(generation) && b)
                                    Q_EMIT eaBalanceArrived(accountId, b.value());
                                done(b ? Status() : Status(b.error()));
                            });
    };
}

void CreditDiscovery::runSteps(QList<std::function<void(TaskDone)>> steps, TaskDone done, Status firstError)
{
    if (steps.isEmpty()) {
        done(firstError);
        return;
    }
    const auto step = steps.takeFirst();
    // Later steps still run after a failure (a summary may be readable when lots are not);
    // the scope reports its first error only.
    step([this, steps = std::move(steps), done = std::move(done), firstError](Status status) mutable {
        if (!status && status.error().code == u"cancelled"_s) {
            done(status);
            return;
        }
        runSteps(std::move(steps), std::move(done), firstError.ok() ? status : firstError);
    });
}

void CreditDiscovery::enqueue(Task task)
{
    if (task.counted) {
        ++m_total;
        m_scopes.enqueue(std::move(task));
        Q_EMIT progress(m_done, m_total);
    } else {
        m_listings.enqueue(std::move(task));
    }
}

void CreditDiscovery::pump()
{
    while (m_running && m_active < m_maxConcurrent && (!m_listings.isEmpty() || !m_scopes.isEmpty())) {
        Task task = !m_listings.isEmpty() ? m_listings.dequeue() : m_scopes.dequeue();
        ++m_active;
        const quint64 generation = m_generation;
        const auto run = task.run;
        run([this, generation, task = std::move(task)](Status status) { finishTask(generation, task, status); });
    }
    if (m_running && m_active == 0 && m_listings.isEmpty() && m_scopes.isEmpty()) {
        m_running = false;
        qCInfo(lcDiscovery) << "credit discovery finished:" << m_done << "scopes," << (m_anyFailed ? "with" : "without")
                            << "failures";
        Q_EMIT finished(!m_anyFailed);
    }
}

void CreditDiscovery::finishTask(quint64 generation, const Task &task, const Status &status)
{
    if (!isCurrent(generation))
        return;
    --m_active;
    if (!status) {
        m_anyFailed = true;
        if (status.error().code != u"cancelled"_s) {
            qCWarning(lcDiscovery) << "failed:" << task.scope;
            Q_EMIT scopeFailed(task.scope, status.error());
        }
    }
    if (task.counted) {
        ++m_done;
        if (status)
            ++m_read;
        Q_EMIT progress(m_done, m_total);
    }
    pump();
}

} // namespace CreditDesk
