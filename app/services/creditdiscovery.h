#pragma once

#include "azure/azureapi.h"

#include <QDate>
#include <QFlags>
#include <QObject>
#include <QPointer>
#include <QQueue>

#include <functional>
#include <utility>

namespace CreditDesk {

/// Finds "all my credits" the signed-in account can read:
///
/// - every billing account → MCA: each billing profile's lots and credits balanceSummary;
///   MPA: each customer's lots; EA: the prepayment balance and the account's own
///   (commitment) lots; with Kind::Events also each MCA billing profile's events (the
///   transactions ledger) over a trailing window, page by page;
/// - every readable subscription → its Microsoft.BillingBenefits credits.
///
/// Each billing profile, customer, EA account and subscription is one *scope*. Scopes are read
/// a few at a time (ARM counts billing reads per tenant), results are signalled as they
/// arrive, a failed scope is reported once and the others go on, and cancel() stops at once.
/// A lots listing the service does not offer for the scope's agreement type (lots of an EA
/// account without commitments) is a note, not a failure: the scope counts as read.
class CreditDiscovery : public QObject
{
    Q_OBJECT
public:
    enum class Kind {
        Lots = 0x1,
        CreditSummaries = 0x2,
        EaBalances = 0x4,
        BenefitsCredits = 0x8,
        Events = 0x10, ///< MCA billing profiles' events within eventsWindow()
        All = 0x1f,
    };
    Q_DECLARE_FLAGS(Kinds, Kind)

    explicit CreditDiscovery(AzureApi *api, QObject *parent = nullptr);
    ~CreditDiscovery() override;

    AzureApi *api() const { return m_api; }
    /// What to look for (default: everything). Takes effect at the next start().
    void setKinds(Kinds kinds) { m_kinds = kinds; }
    Kinds kinds() const { return m_kinds; }
    /// How many requests run at once across scopes (default 4, at least 1).
    void setMaxConcurrentScopes(int count) { m_maxConcurrent = qMax(1, count); }
    int maxConcurrentScopes() const { return m_maxConcurrent; }
    /// The dates (inclusive, UTC) whose events Kind::Events reads. Default (invalid dates):
    /// the 13 months up to today, UTC, computed at start(). Takes effect at the next start().
    void setEventsWindow(const QDate &from, const QDate &to)
    {
        m_eventsFrom = from;
        m_eventsTo = to;
    }
    /// The window the next start() uses (the default resolved against today's UTC date).
    std::pair<QDate, QDate> eventsWindow() const;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int scopesDone() const { return m_done; }
    int scopesTotal() const { return m_total; } ///< grows while accounts are listed
    /// Scopes read without failure so far (a scope with only a note counts as read): with
    /// failures, 0 means nothing could be read, more means a partial result.
    int scopesRead() const { return m_read; }

    /// Whether \a error says the listing is not offered for this kind of billing account (its
    /// agreement type), e.g. lots of an EA account without commitments. No answer for that
    /// case is documented: recognised are 400/404/422 answers whose code names the billing
    /// account type, or whose message says "not supported"/"only available" together with
    /// the agreement or account type. A plain 404 NotFound, a bad api-version or $filter is
    /// not such an answer.
    static bool isNotOfferedForAgreement(const Error &error);

Q_SIGNALS:
    void progress(int scopesDone, int scopesTotal);
    /// A billing profile, customer or subscription was found: the id its data carries
    /// (Lot::billingProfileId / customerId, BenefitsCredit::subscriptionId) and its name.
    void scopeNamed(const QString &scopeId, const QString &displayName);
    /// One page of lots from one scope, while other scopes are still loading.
    void lotsArrived(const QList<CreditDesk::Lot> &lots);
    /// Only for profiles that have a summary (the service answers 204 for the others).
    void creditSummaryArrived(const QString &billingAccountId, const QString &billingProfileId,
                              const CreditDesk::CreditSummary &summary);
    void eaBalanceArrived(const QString &billingAccountId, const CreditDesk::EaBalance &balance);
    /// One page of events from one billing profile (Kind::Events), in the service's order.
    void eventsArrived(const QList<CreditDesk::CreditEvent> &events);
    void subscriptionsFound(const QList<CreditDesk::Subscription> &subscriptions);
    /// The credits of one subscription (not emitted when it has none).
    void benefitsCreditsArrived(const QList<CreditDesk::BenefitsCredit> &credits);
    /// Once per failed scope (or failed listing), with the translated scope text.
    void scopeFailed(const QString &scope, const CreditDesk::Error &error);
    /// Once per scope whose listing isNotOfferedForAgreement(): a note, not a failure.
    void scopeNote(const QString &scope, const CreditDesk::Error &note);
    /// complete is false when anything failed or the run was cancelled.
    void finished(bool complete);

private:
    using TaskDone = std::function<void(Status)>;
    struct Task
    {
        QString scope; ///< translated, for scopeFailed
        bool counted = true; ///< a scope (counts in progress) or a listing step
        std::function<void(TaskDone)> run;
    };

    void enqueue(Task task);
    void pump();
    void finishTask(quint64 generation, const Task &task, const Status &status);
    /// Runs \a steps one after the other; the first failure is the scope's error.
    void runSteps(QList<std::function<void(TaskDone)>> steps, TaskDone done, Status firstError = {});
    bool isCurrent(quint64 generation) const { return m_running && generation == m_generation; }

    void addBillingAccount(const BillingAccount &account);
    Task listProfilesTask(const QString &accountId);
    Task listCustomersTask(const QString &accountId);
    Task listSubscriptionsTask();
    std::function<void(TaskDone)> lotsStep(const LotScope &scope, const QString &scopeText);
    std::function<void(TaskDone)> eventsStep(const QString &accountId, const QString &profileId);
    std::function<void(TaskDone)> summaryStep(const QString &accountId, const QString &profileId);
    std::function<void(TaskDone)> eaBalanceStep(const QString &accountId);

    QPointer<AzureApi> m_api;
    Kinds m_kinds = Kind::All;
    QDate m_eventsFrom; ///< invalid: 13 months before m_eventsTo
    QDate m_eventsTo;   ///< invalid: today (UTC)
    std::pair<QDate, QDate> m_window; ///< resolved at start()
    QQueue<Task> m_listings; ///< run first, so the total is known early
    QQueue<Task> m_scopes;
    int m_maxConcurrent = 4;
    int m_active = 0;
    int m_done = 0;
    int m_read = 0;
    int m_total = 0;
    quint64 m_generation = 0; ///< callbacks of an older run are ignored
    bool m_running = false;
    bool m_anyFailed = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(CreditDiscovery::Kinds)

} // namespace CreditDesk
