#pragma once

#include "assignment/assignmenttexts.h"
#include "core/result.h"
#include "domain/directory.h"
#include "domain/partnercredit.h"
#include "ledger/ledger.h"
#include "rules/benefitrules.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

namespace CreditDesk {

class GraphApi;
class UserDirectorySearch;

/// The assignment wizard's state and decisions, with no widgets: which credit, that the admin
/// read what happens next, which user (found in the directory or created), what the rules say,
/// the review sentence, the journal entry written before the Partner Center step, and the
/// confirmation that records it. The wizard's pages only show this and forward input.
///
/// The journal makes an assignment survive a crash: once journalled, only finish() (recorded)
/// or cancel() (discarded) closes it. Destroying the controller leaves it open on purpose, so
/// a closed or killed app asks at the next start how it ended.
class AssignmentController : public QObject
{
    Q_OBJECT
public:
    enum class Step { Credit, Walkthrough, User, Checks, Review, PartnerCenter, Done };
    Q_ENUM(Step)

    /// The Partner Center page where credits are assigned (Benefits › Azure credits); the
    /// setting "benefits/partnerCenterUrl" overrides it.
    static QUrl defaultPartnerCenterUrl();

    AssignmentController(Ledger *ledger, GraphApi *graph, QObject *parent = nullptr);
    ~AssignmentController() override;

    /// The signed-in admin, recorded as who did it and signing the email.
    void setPerformedBy(const QString &userPrincipalName, const QString &displayName = {});
    void setPartnerCenterUrl(const QUrl &url) { m_partnerCenterUrl = url; }
    QUrl partnerCenterUrl() const { return m_partnerCenterUrl; }

    Ledger *ledger() const { return m_ledger; }

    // --- 1. the credit ----------------------------------------------------------------------
    /// Reads the credit from the ledger; a different credit forgets the acknowledgement. Once
    /// recorded, another credit is refused (the wizard is done with this one).
    Status chooseCredit(const QString &creditId);
    const std::optional<PartnerCredit> &credit() const { return m_credit; }

    // --- 2. what happens next ---------------------------------------------------------------
    /// The points the admin must read before assigning this credit.
    QStringList walkthrough() const;
    void setAcknowledged(bool acknowledged);
    bool isAcknowledged() const { return m_acknowledged; }

    // --- 3. the user ------------------------------------------------------------------------
    UserDirectorySearch *search() const { return m_search; }
    void chooseUser(const DirectoryUser &user);
    void clearUser();
    const std::optional<CandidateUser> &user() const { return m_user; }

    /// Loads the organization's verified domains for a new user (domainsChanged()).
    void loadDomains();
    const QList<VerifiedDomain> &domains() const { return m_domains; }
    /// Why these fields cannot make a user (translated), or empty when they can.
    QString newUserProblem(const QString &displayName, const QString &alias, const QString &domain) const;
    /// Creates a member user alias@domain with a generated temporary password; on success the
    /// user is chosen and temporaryPassword() holds the password until forgotten.
    void createUser(const QString &displayName, const QString &alias, const QString &domain);
    bool isCreatingUser() const { return m_creatingUser; }
    const QString &temporaryPassword() const { return m_temporaryPassword; }
    void forgetTemporaryPassword();

    // --- 4. the rules -----------------------------------------------------------------------
    /// Every rule's verdict for the chosen credit and user (empty until both are chosen).
    const QList<RuleVerdict> &verdicts() const { return m_verdicts; }
    /// Both chosen and every rule allows.
    bool isAllowed() const;
    /// Re-reads the credit and re-checks (another window may have changed the ledger).
    void recheck();

    // --- 5. review --------------------------------------------------------------------------
    /// Before recording: what the assignment will be. After finish(): what the ledger recorded
    /// (its credit and whether its new event counted as a reassignment), so the last page and
    /// the email say the same as the review and the ledger.
    AssignmentFacts facts() const;
    QString reviewText() const;

    /// Whether the wizard may go on from \a step.
    bool canLeave(Step step) const;

    // --- 6. Partner Center ------------------------------------------------------------------
    /// Journals the assignment (refused when a rule denies); again for the same credit and
    /// user it keeps the open entry.
    Status journal();
    const QString &journalId() const { return m_journalId; }
    /// Discards an open journal entry (the admin went back to change something).
    Status discardJournal();
    void setPartnerCenterConfirmed(bool confirmed);
    bool isPartnerCenterConfirmed() const { return m_partnerCenterConfirmed; }
    /// Records the journalled assignment; needs the confirmation. The ledger re-checks the
    /// rules, so a change by another window since the review refuses here instead.
    Status finish();
    bool isRecorded() const { return m_recorded; }
    /// Cancels the wizard: an open journal entry is discarded; nothing is recorded.
    void cancel();

    // --- 7. done ----------------------------------------------------------------------------
    QUrl redemptionUrl() const;
    QString emailSubject() const;
    QString emailBody() const;
    QUrl mailtoUrl() const;

Q_SIGNALS:
    /// Anything a page shows or a Next button depends on changed.
    void changed();
    void domainsChanged();
    void userCreated(const CreditDesk::DirectoryUser &user);
    void userCreationFailed(const CreditDesk::Error &error);
    void domainsFailed(const CreditDesk::Error &error);

private:
    void updateVerdicts();
    void discardJournalOrWarn();
    /// The facts that do not depend on counting (amount, user, link, who signs).
    AssignmentFacts factsFor(const PartnerCredit *credit, const CandidateUser *user) const;

    QPointer<Ledger> m_ledger;
    QPointer<GraphApi> m_graph;
    UserDirectorySearch *m_search;
    QString m_performedBy;
    QString m_performedByName;
    QUrl m_partnerCenterUrl;
    std::optional<PartnerCredit> m_credit;
    bool m_acknowledged = false;
    std::optional<CandidateUser> m_user;
    QList<VerifiedDomain> m_domains;
    bool m_creatingUser = false;
    QString m_temporaryPassword;
    QList<RuleVerdict> m_verdicts;
    QString m_journalId;
    QString m_journalCreditId;
    CandidateUser m_journalUser;
    bool m_partnerCenterConfirmed = false;
    bool m_recorded = false;
    AssignmentFacts m_recordedFacts;
};

} // namespace CreditDesk
