#pragma once

#include "azure/apiversions.h"
#include "azure/armclient.h"
#include "domain/lot.h"

#include <QList>
#include <QObject>
#include <QQueue>

namespace CreditDesk {

/// Finds "all my credit lots": every billing account the account can read, then each MCA
/// billing profile and each MPA customer, then that scope's lots page by page. Scopes are
/// fetched a few at a time; every failure is reported once, for its scope, and the rest go on.
class LotDiscovery : public QObject
{
    Q_OBJECT
public:
    LotDiscovery(ArmClient *arm, ApiVersions versions, QObject *parent = nullptr);

    /// How many billing scopes are read at once (ARM counts billing reads per tenant).
    void setMaxConcurrentScopes(int count) { m_maxConcurrent = qMax(1, count); }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int scopesDone() const { return m_done; }
    int scopesTotal() const { return m_total; }

Q_SIGNALS:
    void progress(int scopesDone, int scopesTotal);
    /// A billing profile or customer was found; its id is what lots carry, the name is for people.
    void scopeNamed(const QString &scopeId, const QString &displayName);
    /// One page of lots from one scope; arrives while other scopes are still loading.
    void lotsArrived(const QList<CreditDesk::Lot> &lots);
    void scopeFailed(const QString &scope, const CreditDesk::Error &error);
    /// complete is false when any scope failed or the run was cancelled.
    void finished(bool complete);

private:
    struct Scope
    {
        QString name;   ///< translated, e.g. "billing profile Contoso US (AB12-…)"
        QUrl lotsUrl;
    };

    template<typename T, typename Parser>
    void listAll(const QUrl &url, const ArmOperation &operation, Parser parse,
                 std::function<void(const QList<T> &)> found);
    void listBillingAccounts();
    void listProfiles(const QString &accountId, const QString &accountName);
    void listCustomers(const QString &accountId, const QString &accountName);
    void enqueue(Scope scope);
    void pump();
    void fetchLots(const Scope &scope);
    QUrl lotsUrl(const QString &scopePath) const;
    void beginStep();
    void endStep(bool ok);

    ArmClient *m_arm;
    ApiVersions m_versions;
    QQueue<Scope> m_queue;
    int m_maxConcurrent = 4;
    int m_active = 0;        ///< lot fetches in flight
    int m_pendingLists = 0;  ///< account/profile/customer listings in flight
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
    bool m_anyFailed = false;
};

} // namespace CreditDesk
