#pragma once

#include "auth/cloud.h"
#include "auth/tokenset.h"
#include "core/result.h"
#include "domain/creditevent.h"
#include "domain/creditsummary.h"
#include "domain/lot.h"
#include "services/creditloader.h"
#include "services/offlinecopy.h"

#include <QObject>
#include <QDateTime>
#include <QPointer>

class QNetworkAccessManager;

namespace CreditDesk {

class AccountManager;
class AzureConnection;
class BrowserSignIn;
class DeviceCodeFlow;
class EventTableModel;
class LotTableModel;
class OfflineCache;
class SignInSession;
struct StoredAccount;

/// What the signed-in account works with, in three parts with one job each: the account and
/// its sign-in state (here: the Azure connection, the sign-in flows, remembered accounts),
/// loading and refresh (CreditLoader: the tables the views show) and the offline copy
/// (OfflineCopy). The GUI drives it; it decides nothing about presentation. configure()
/// points it at a cloud and tenant; the sign-in flows, restoring a remembered account and
/// signing out all go through here.
class Workspace : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, Idle, Refreshing };
    Q_ENUM(State)

    explicit Workspace(QObject *parent = nullptr);
    /// Convenience: a workspace already configured for one cloud.
    Workspace(const Cloud &cloud, const QString &tenant, const QString &clientId, QObject *parent = nullptr);
    ~Workspace() override;

    /// Remembered accounts: after a sign-in the account is stored (secret store + settings),
    /// and signOut() forgets it. Optional; without it sign-ins last until the app quits.
    void setAccountManager(AccountManager *accounts);
    AccountManager *accountManager() const;

    /// Points the workspace at a cloud and tenant; signs out of the previous one (its lots
    /// are cleared).
    void configure(const Cloud &cloud, const QString &tenant, const QString &clientId);

    const Cloud &cloud() const { return m_cloud; }
    const QString &tenant() const { return m_tenant; }
    const QString &clientId() const { return m_clientId; }
    State state() const { return m_state; }
    /// The chain to Microsoft for the configured cloud; null until configure().
    AzureConnection *connection() const { return m_connection; }
    SignInSession *session() const;
    LotTableModel *lots() const { return m_loader->lots(); }
    EventTableModel *events() const { return m_loader->events(); }
    /// Each MCA billing profile's credits balanceSummary (billing profile id, summary) from the
    /// last complete refresh or the offline copy: the forecast's "now" prefers its
    /// estimatedBalance. Empty when none could be read.
    const QList<std::pair<QString, CreditSummary>> &creditSummaries() const { return m_loader->creditSummaries(); }
    /// The balance events that belong to a lot (by lot id).
    QList<CreditEvent> eventsOfLot(const Lot &lot) const { return m_loader->eventsOfLot(lot); }

    /// Where the last successful refresh of each account is kept, shown at the next start until
    /// a refresh succeeds. Optional.
    void setOfflineCache(OfflineCache *cache);
    /// When the data shown was fetched; invalid when it is live from this session's refresh.
    const QDateTime &shownAsOf() const { return m_offline->shownAsOf(); }
    /// The remembered account in use, empty when none.
    const QString &accountKey() const { return m_accountKey; }

    /// A one-line, translated description of what is happening, for a status bar.
    QString statusText() const { return m_statusText; }

    void signInWithDeviceCode();
    void signInWithBrowser();
    /// Signs in silently with a remembered account's refresh token (switching cloud if needed).
    void useAccount(const StoredAccount &account);
    void cancelSignIn();
    /// Signs out and forgets the remembered account (its secret is removed).
    void signOut();

    /// Fetches the lots of every billing scope; partial results arrive as they come.
    void refresh();
    void cancelRefresh();

Q_SIGNALS:
    void stateChanged(CreditDesk::Workspace::State state);
    void statusTextChanged(const QString &text);
    void deviceCodeReady(const CreditDesk::DeviceCode &code);
    /// The browser sign-in wants this page opened in the system browser.
    void openBrowser(const QUrl &url);
    void signedIn(const CreditDesk::AccountInfo &account);
    void signInFailed(const CreditDesk::Error &error);
    void signedOut();
    void refreshProgress(int scopesDone, int scopesTotal);
    void scopeFailed(const QString &scope, const CreditDesk::Error &error);
    /// A listing the service does not offer for the scope's agreement type: not a failure.
    void scopeNote(const QString &scope, const CreditDesk::Error &note);
    void refreshFinished(bool complete);
    /// The secret store failed: sign-ins last only until the app quits. Shown once.
    void secretStoreUnavailable(const CreditDesk::Error &error);
    /// The offline copy could not be read (it was set aside) or written.
    void cacheNotice(const CreditDesk::Error &error);
    /// The tables now show the offline copy fetched at asOf; invalid asOf: live data again.
    void shownAsOfChanged(const QDateTime &asOf);

private:
    void rebuildSignInChain();
    void completeSignIn(const TokenResponse &response);
    void failSignIn(const Error &error);
    QString cacheKey() const;
    void setState(State state);
    void setStatusText(const QString &text);

    Cloud m_cloud;
    QString m_tenant;
    QString m_clientId;
    QString m_accountKey;
    QPointer<AccountManager> m_accounts;
    QNetworkAccessManager *m_network;
    CreditLoader *m_loader;
    OfflineCopy *m_offline;
    // Rebuilt by configure(): everything that depends on the cloud and tenant.
    AzureConnection *m_connection = nullptr;
    DeviceCodeFlow *m_deviceCode = nullptr;
    BrowserSignIn *m_browser = nullptr;
    State m_state = State::SignedOut;
    QString m_statusText;
};

} // namespace CreditDesk
