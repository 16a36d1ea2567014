#include "assignment/assignmentcontroller.h"

#include "assignment/temporarypassword.h"
#include "assignment/userdirectorysearch.h"
#include "core/logging.h"
#include "graph/graphapi.h"
#include "ledger/ledger.h"
#include "rules/partnersettings.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
CandidateUser candidateOf(const DirectoryUser &user)
{
    return { user.id, user.userPrincipalName, user.mail, user.displayName,
             user.userType.isEmpty() ? u"Member"_s : user.userType };
}

Error noLedger()
{
    return Error { AssignmentController::tr("The benefits ledger is not open."), QString(Ledger::NotOpenCode) };
}
} // namespace

QUrl AssignmentController::defaultPartnerCenterUrl()
{
    return QUrl(u"https://partner.microsoft.com/dashboard/v2/benefits/azurecredits"_s);
}

AssignmentController::AssignmentController(Ledger *ledger, GraphApi *graph, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_graph(graph)
    , m_search(new UserDirectorySearch(graph, this))
{
    const QUrl configured = PartnerSettings::load(QSettings()).partnerCenterUrl;
    m_partnerCenterUrl = configured.isEmpty() ? defaultPartnerCenterUrl() : configured;
}

AssignmentController::~AssignmentController() = default;

void AssignmentController::setPerformedBy(const QString &userPrincipalName, const QString &displayName)
{
    m_performedBy = userPrincipalName;
    m_performedByName = displayName.isEmpty() ? userPrincipalName : displayName;
}

Status AssignmentController::chooseCredit(const QString &creditId)
{
    if (!m_ledger)
        return noLedger();
    if (creditId.isEmpty())
        return Error { tr("Choose a credit."), QString(Ledger::NotFoundCode) };
    if (m_recorded && (!m_credit || m_credit->id != creditId))
        return Error { tr("This assignment is recorded; start a new one for another credit."), u"recorded"_s };
    Result<PartnerCredit> credit = m_ledger->credit(creditId);
    if (!credit)
        return credit.error();
    if (!m_credit || m_credit->id != creditId) {
        discardJournalOrWarn();
        m_acknowledged = false;
        m_partnerCenterConfirmed = false;
    }
    m_credit = std::move(credit).value();
    updateVerdicts();
    Q_EMIT changed();
    return {};
}

QStringList AssignmentController::walkthrough() const
{
    if (!m_credit)
        return {};
    const BenefitPolicy policy = m_ledger ? m_ledger->policy() : BenefitPolicy();
    const PartnerCredit &credit = *m_credit;
    const QLocale locale;
    QStringList points;
    points << tr("Partner Center emails the user a link to activate the credit. At the end of this wizard you also "
                 "get the link and a ready email to send yourself.");
    points << tr("The user must redeem it on a <b>new</b> Azure subscription (an Azure sponsorship). It cannot be "
                 "added to an existing subscription, and that subscription cannot be moved while the credit is "
                 "active.");
    if (credit.type == PartnerCredit::Type::Monthly) {
        points << tr("This is a monthly credit of %1 a month: what is not used in a month lapses and does not carry "
                     "forward.")
                      .arg(formatMoney(credit.amount, locale));
        points << tr("A monthly credit is valid for %n months from activation; after that the subscription must be "
                     "converted to pay-as-you-go.",
                     nullptr, policy.monthlyValidityMonths);
        const int used = BenefitRules::reassignmentsUsed(credit);
        points << tr("The user can be changed at most %1 times in all (reassignments); %2 used so far. Removing a "
                     "user alone uses none, but the next assignment after it does.")
                      .arg(policy.reassignmentCap)
                      .arg(used);
    } else {
        points << tr("This is a bulk credit of %1 to use until its end date. It <b>cannot be reassigned</b>: the "
                     "user you choose keeps it. A user can hold at most one bulk credit.")
                      .arg(formatMoney(credit.amount, locale));
    }
    points << tr("CreditDesk notes the assignment before you go to Partner Center, so if anything interrupts you, "
                 "it asks at the next start how it ended.");
    return points;
}

void AssignmentController::setAcknowledged(bool acknowledged)
{
    if (acknowledged == m_acknowledged)
        return;
    m_acknowledged = acknowledged;
    Q_EMIT changed();
}

void AssignmentController::chooseUser(const DirectoryUser &user)
{
    const CandidateUser candidate = candidateOf(user);
    if (m_user && *m_user == candidate)
        return;
    if (!m_journalId.isEmpty() && !(m_journalUser == candidate))
        discardJournalOrWarn();
    if (!m_user || m_user->objectId != candidate.objectId)
        forgetTemporaryPassword();
    m_user = candidate;
    m_partnerCenterConfirmed = false;
    updateVerdicts();
    Q_EMIT changed();
}

void AssignmentController::clearUser()
{
    if (!m_user)
        return;
    m_user.reset();
    m_verdicts.clear();
    Q_EMIT changed();
}

void AssignmentController::loadDomains()
{
    if (!m_graph) {
        Q_EMIT domainsFailed(Error { tr("Microsoft Graph is not available: sign in first."), u"NotConnected"_s });
        return;
    }
    m_graph->listVerifiedDomains(this, [this](Result<QList<VerifiedDomain>> domains) {
        if (!domains) {
            Q_EMIT domainsFailed(domains.error());
            return;
        }
        m_domains = std::move(domains).value();
        Q_EMIT domainsChanged();
    });
}

QString AssignmentController::newUserProblem(const QString &displayName, const QString &alias,
                                             const QString &domain) const
{
    if (displayName.trimmed().isEmpty())
        return tr("Enter the user's name.");
    // Graph's rule for the local part of a principal name, minus characters people mistype.
    static const QRegularExpression aliasPattern(u"^[A-Za-z0-9](?:[A-Za-z0-9._'-]{0,62}[A-Za-z0-9_-])?$"_s);
    if (alias.isEmpty())
        return tr("Enter a user name (the part before @).");
    if (!aliasPattern.match(alias).hasMatch() || alias.contains(u".."_s))
        return tr("A user name may contain letters, digits, '.', '-', '_' and apostrophes, and must start and end "
                  "with a letter or digit.");
    const bool verified = std::any_of(m_domains.cbegin(), m_domains.cend(), [&](const VerifiedDomain &d) {
        return d.name.compare(domain, Qt::CaseInsensitive) == 0;
    });
    if (!verified)
        return tr("Choose one of the organization's verified domains.");
    if (BenefitRules::isFreeEmailDomain(u"%1@%2"_s.arg(alias, domain),
                                        m_ledger ? m_ledger->policy() : BenefitPolicy()))
        return tr("%1 is a free email domain; partner credits need a company domain.").arg(domain);
    return {};
}

void AssignmentController::createUser(const QString &displayName, const QString &alias, const QString &domain)
{
    if (m_creatingUser)
        return;
    if (const QString problem = newUserProblem(displayName, alias, domain); !problem.isEmpty()) {
        Q_EMIT userCreationFailed(Error { problem, u"invalid"_s });
        return;
    }
    if (!m_graph) {
        Q_EMIT userCreationFailed(Error { tr("Microsoft Graph is not available: sign in first."), u"NotConnected"_s });
        return;
    }
    NewDirectoryUser user;
    user.displayName = displayName.trimmed();
    user.mailNickname = alias;
    user.userPrincipalName = u"%1@%2"_s.arg(alias, domain);
    user.password = generateTemporaryPassword();
    user.forceChangePasswordNextSignIn = true;
    m_creatingUser = true;
    Q_EMIT changed();
    m_graph->createUser(user, this, [this, password = user.password](Result<DirectoryUser> created) {
        m_creatingUser = false;
        if (!created) {
            Q_EMIT changed();
            Q_EMIT userCreationFailed(created.error());
            return;
        }
        chooseUser(created.value());
        m_temporaryPassword = password; // after chooseUser(), which forgets the previous one
        qCInfo(lcAssignment) << "created user" << created->userPrincipalName;
        Q_EMIT changed();
        Q_EMIT userCreated(created.value());
    });
}

void AssignmentController::forgetTemporaryPassword()
{
    m_temporaryPassword.fill(u'\0');
    m_temporaryPassword.clear();
}

void AssignmentController::updateVerdicts()
{
    m_verdicts.clear();
    if (!m_ledger || !m_credit || !m_user)
        return;
    Result<QList<RuleVerdict>> verdicts = m_ledger->checkAssignment(m_credit->id, *m_user);
    if (verdicts) {
        m_verdicts = std::move(verdicts).value();
        return;
    }
    // The ledger could not be read: a denial the admin sees, never a silent pass.
    m_verdicts = { RuleVerdict { QString(Ledger::DatabaseErrorCode), false, verdicts.error().message } };
}

bool AssignmentController::isAllowed() const
{
    return m_credit && m_user && !m_verdicts.isEmpty() && BenefitRules::allAllowed(m_verdicts);
}

void AssignmentController::recheck()
{
    if (m_ledger && m_credit) {
        if (Result<PartnerCredit> credit = m_ledger->credit(m_credit->id))
            m_credit = std::move(credit).value();
    }
    updateVerdicts();
    Q_EMIT changed();
}

AssignmentFacts AssignmentController::facts() const
{
    if (m_recorded)
        return m_recordedFacts; // what the ledger recorded, not a re-count of the updated credit
    AssignmentFacts facts = factsFor(m_credit ? &*m_credit : nullptr, m_user ? &*m_user : nullptr);
    if (m_credit)
        facts.reassignmentNumber = BenefitRules::nextAssignmentCountsAsReassignment(*m_credit)
            ? BenefitRules::reassignmentsUsed(*m_credit) + 1
            : 0;
    return facts;
}

AssignmentFacts AssignmentController::factsFor(const PartnerCredit *credit, const CandidateUser *user) const
{
    AssignmentFacts facts;
    const BenefitPolicy policy = m_ledger ? m_ledger->policy() : BenefitPolicy();
    facts.reassignmentCap = policy.reassignmentCap;
    facts.validityMonths = policy.monthlyValidityMonths;
    if (credit) {
        facts.amount = credit->amount;
        facts.monthly = credit->type == PartnerCredit::Type::Monthly;
        facts.programName = credit->programName;
        facts.endDate = credit->endDate;
        facts.cutoffDate = credit->cutoffDate;
    }
    if (user) {
        facts.userDisplayName = user->displayName;
        facts.userPrincipalName = user->userPrincipalName;
        facts.userMail = user->mail;
    }
    const PartnerCredit::Type type = credit ? credit->type : PartnerCredit::Type::Monthly;
    facts.redemptionUrl = type == PartnerCredit::Type::Bulk ? policy.yearlyRedemptionUrl : policy.monthlyRedemptionUrl;
    facts.performedByName = m_performedByName;
    return facts;
}

QString AssignmentController::reviewText() const
{
    if (!m_credit || !m_user)
        return {};
    return AssignmentTexts::reviewSentence(facts(), QLocale());
}

bool AssignmentController::canLeave(Step step) const
{
    switch (step) {
    case Step::Credit: return m_credit.has_value();
    case Step::Walkthrough: return m_acknowledged;
    case Step::User: return m_user.has_value() && !m_creatingUser;
    case Step::Checks:
    case Step::Review: return isAllowed();
    case Step::PartnerCenter: return !m_journalId.isEmpty() && m_partnerCenterConfirmed;
    case Step::Done: return m_recorded;
    }
    return false;
}

Status AssignmentController::journal()
{
    if (!m_ledger)
        return noLedger();
    if (!m_credit || !m_user)
        return Error { tr("Choose a credit and a user first."), u"incomplete"_s };
    if (!m_journalId.isEmpty()) {
        if (m_journalCreditId == m_credit->id && m_journalUser == *m_user)
            return {};
        if (Status discarded = discardJournal(); !discarded)
            return discarded;
    }
    Result<QString> id = m_ledger->journalAssignment(m_credit->id, *m_user, m_performedBy);
    if (!id) {
        recheck();
        return id.error();
    }
    m_journalId = id.value();
    m_journalCreditId = m_credit->id;
    m_journalUser = *m_user;
    m_partnerCenterConfirmed = false;
    qCInfo(lcAssignment) << "journalled" << m_journalId << "credit" << m_journalCreditId;
    Q_EMIT changed();
    return {};
}

Status AssignmentController::discardJournal()
{
    if (m_journalId.isEmpty())
        return {};
    if (!m_ledger)
        return noLedger();
    const Status status = m_ledger->discardAssignment(m_journalId);
    // A journal someone closed meanwhile (another window recorded or discarded it) is closed.
    if (!status && status.error().code != Ledger::JournalClosedCode)
        return status;
    qCInfo(lcAssignment) << "discarded" << m_journalId;
    m_journalId.clear();
    m_partnerCenterConfirmed = false;
    Q_EMIT changed();
    return {};
}

void AssignmentController::discardJournalOrWarn()
{
    // The entry stays open when the ledger cannot be written: the next start asks about it.
    if (Status discarded = discardJournal(); !discarded)
        qCWarning(lcAssignment) << "could not discard" << m_journalId << discarded.error().message;
}

void AssignmentController::setPartnerCenterConfirmed(bool confirmed)
{
    if (confirmed == m_partnerCenterConfirmed)
        return;
    m_partnerCenterConfirmed = confirmed;
    Q_EMIT changed();
}

Status AssignmentController::finish()
{
    if (m_recorded)
        return {};
    if (!m_ledger)
        return noLedger();
    if (m_journalId.isEmpty())
        return Error { tr("The assignment was not noted before the Partner Center step."), u"not-journalled"_s };
    if (!m_partnerCenterConfirmed)
        return Error { tr("Confirm that you assigned the user in Partner Center."), u"not-confirmed"_s };
    // Confirming notifies the ledger's listeners synchronously (pages reload, tables reset):
    // nothing read after this call may come from state they could have changed.
    const CandidateUser recordedUser = m_journalUser;
    Result<PartnerCredit> credit = m_ledger->confirmAssignment(m_journalId);
    if (!credit)
        return credit.error();
    qCInfo(lcAssignment) << "recorded" << m_journalId << "credit" << credit->id;
    // What the ledger recorded: its credit as it is now, and whether the event it appended
    // counted as a reassignment (then this was reassignment number "used").
    m_recordedFacts = factsFor(&credit.value(), &recordedUser);
    const bool counted = !credit->history.isEmpty() && credit->history.constLast().countsAsReassignment;
    m_recordedFacts.reassignmentNumber = counted ? BenefitRules::reassignmentsUsed(*credit) : 0;
    m_credit = std::move(credit).value();
    m_user = recordedUser;
    m_journalId.clear();
    m_recorded = true;
    Q_EMIT changed();
    return {};
}

void AssignmentController::cancel()
{
    m_search->cancel();
    if (m_graph)
        m_graph->cancel(this);
    if (!m_recorded)
        discardJournalOrWarn();
    forgetTemporaryPassword();
}

QUrl AssignmentController::redemptionUrl() const
{
    return facts().redemptionUrl;
}

QString AssignmentController::emailSubject() const
{
    return AssignmentTexts::emailSubject(facts());
}

QString AssignmentController::emailBody() const
{
    return AssignmentTexts::emailBody(facts(), QLocale());
}

QUrl AssignmentController::mailtoUrl() const
{
    return AssignmentTexts::mailtoUrl(facts(), QLocale());
}

} // namespace CreditDesk
