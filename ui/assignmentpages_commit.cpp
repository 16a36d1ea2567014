// The second half of the assignment wizard: the rules, the review, the Partner Center step
// (journalled first) and what to send the user.
#include "assignmentpages.h"
#include "core/displayformat.h"

#include "assignment/assignmentcontroller.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
QLabel *makeText(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *makeError(QWidget *parent, const QString &objectName)
{
    QLabel *label = makeText(parent, objectName);
    label->setStyleSheet(u"color: #a4262c; font-weight: bold;"_s);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QPushButton *makeButton(QWidget *parent, const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}
} // namespace

// --- the rules -----------------------------------------------------------------------------

ChecksPage::ChecksPage(AssignmentController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(u"checksPage"_s);
    setTitle(tr("Partner benefit rules"));
    setSubTitle(tr("Every rule Partner Center applies, checked against the ledger before anything is done."));
    auto *layout = new QVBoxLayout(this);
    m_summary = makeText(this, u"checksSummary"_s);
    layout->addWidget(m_summary);
    m_verdicts = makeText(this, u"checksList"_s);
    m_verdicts->setTextFormat(Qt::RichText);
    layout->addWidget(m_verdicts);
    layout->addStretch(1);
    connect(controller, &AssignmentController::changed, this, &ChecksPage::showVerdicts);
    connect(controller, &AssignmentController::changed, this, &QWizardPage::completeChanged);
}

void ChecksPage::initializePage()
{
    m_controller->recheck(); // another window may have changed the ledger meanwhile
}

void ChecksPage::showVerdicts()
{
    const QList<RuleVerdict> &verdicts = m_controller->verdicts();
    QString html = u"<table cellspacing=\"6\">"_s;
    for (const RuleVerdict &verdict : verdicts) {
        //: shown before a rule that allows (✓) or refuses (✗) the assignment
        const QString mark = verdict.allowed ? u"<span style=\"color:#107c10\">✓</span>"_s
                                             : u"<span style=\"color:#a4262c\">✗</span>"_s;
        const QString state = verdict.allowed ? tr("Allowed") : tr("Refused");
        html += u"<tr><td valign=\"top\" style=\"font-size: 14pt\">%1</td><td><b>%2</b><br>%3</td></tr>"_s.arg(
            mark, state, verdict.reason.toHtmlEscaped());
    }
    html += u"</table>"_s;
    m_verdicts->setText(verdicts.isEmpty() ? QString() : html);
    if (verdicts.isEmpty())
        m_summary->setText(tr("Choose a credit and a user first."));
    else if (m_controller->isAllowed())
        m_summary->setText(tr("<b>All rules allow this assignment.</b>"));
    else
        m_summary->setText(tr("<b style=\"color:#a4262c\">Partner Center would refuse this assignment.</b> Go back "
                              "and choose another user or credit."));
    m_summary->setAccessibleDescription(m_summary->text());
}

bool ChecksPage::isComplete() const
{
    return m_controller->canLeave(AssignmentController::Step::Checks);
}

// --- review --------------------------------------------------------------------------------

ReviewPage::ReviewPage(AssignmentController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(u"reviewPage"_s);
    setTitle(tr("Review"));
    setSubTitle(tr("Check what you are about to do. Next notes it in the ledger, then you assign it in Partner "
                   "Center."));
    auto *layout = new QVBoxLayout(this);
    m_sentence = makeText(this, u"reviewSentence"_s);
    m_sentence->setStyleSheet(u"font-size: 13pt;"_s);
    layout->addWidget(m_sentence);
    m_details = makeText(this, u"reviewDetails"_s);
    m_details->setTextFormat(Qt::RichText);
    layout->addWidget(m_details);
    m_error = makeError(this, u"reviewError"_s);
    layout->addWidget(m_error);
    layout->addStretch(1);
    connect(controller, &AssignmentController::changed, this, &QWizardPage::completeChanged);
}

void ReviewPage::initializePage()
{
    showError(m_error, {});
    m_sentence->setText(m_controller->reviewText());
    m_sentence->setAccessibleName(m_controller->reviewText());
    const auto &credit = m_controller->credit();
    const auto &user = m_controller->user();
    if (!credit || !user)
        return;
    const QLocale locale;
    auto row = [](const QString &name, const QString &value) {
        return u"<tr><td style=\"color:#555\">%1</td><td>%2</td></tr>"_s.arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = u"<table cellspacing=\"4\">"_s;
    html += row(tr("Program"), credit->programName);
    html += row(tr("Credit"), credit->id);
    if (credit->endDate.isValid())
        html += row(tr("Ends (UTC)"), DisplayFormat::date(credit->endDate, locale));
    if (!credit->assignedUser.isEmpty())
        html += row(tr("Replaces"), credit->assignedUser.userPrincipalName);
    html += row(tr("User principal name"), user->userPrincipalName);
    if (!user->mail.isEmpty())
        html += row(tr("Mail"), user->mail);
    html += u"</table>"_s;
    m_details->setText(html);
}

bool ReviewPage::isComplete() const
{
    return m_controller->canLeave(AssignmentController::Step::Review);
}

bool ReviewPage::validatePage()
{
    const Status journalled = m_controller->journal();
    showError(m_error, journalled ? QString() : journalled.error().message);
    return journalled.ok();
}

// --- Partner Center ------------------------------------------------------------------------

PartnerCenterPage::PartnerCenterPage(AssignmentController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(u"partnerCenterPage"_s);
    setTitle(tr("Assign it in Partner Center"));
    setSubTitle(tr("Partner Center has no API for this, so you do this step in the browser. CreditDesk has noted "
                   "it; if you stop now, it asks at the next start how it ended."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Record assignment"));
    auto *layout = new QVBoxLayout(this);
    m_steps = makeText(this, u"partnerCenterSteps"_s);
    m_steps->setTextFormat(Qt::RichText);
    layout->addWidget(m_steps);

    auto *open = makeButton(this, tr("&Open Partner Center › Benefits › Azure credits"), u"openPartnerCenterButton"_s);
    connect(open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_controller->partnerCenterUrl()); });
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(open);
    openRow->addStretch(1);
    layout->addLayout(openRow);

    auto *upnRow = new QHBoxLayout;
    auto *upnLabel = new QLabel(tr("User principal name:"), this);
    m_upn = new QLineEdit(this);
    m_upn->setObjectName(u"partnerCenterUpn"_s);
    m_upn->setReadOnly(true);
    m_upn->setAccessibleName(tr("User principal name to enter in Partner Center"));
    upnLabel->setBuddy(m_upn);
    auto *copy = makeButton(this, tr("&Copy"), u"copyUpnButton"_s);
    copy->setAccessibleName(tr("Copy the user principal name"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_upn->text()); });
    upnRow->addWidget(upnLabel);
    upnRow->addWidget(m_upn, 1);
    upnRow->addWidget(copy);
    layout->addLayout(upnRow);

    m_confirmed = new QCheckBox(tr("I have &assigned this user in Partner Center"), this);
    m_confirmed->setObjectName(u"partnerCenterConfirmed"_s);
    layout->addWidget(m_confirmed);
    m_error = makeError(this, u"partnerCenterError"_s);
    layout->addWidget(m_error);
    layout->addStretch(1);
    connect(m_confirmed, &QCheckBox::toggled, controller, &AssignmentController::setPartnerCenterConfirmed);
    connect(controller, &AssignmentController::changed, this, &QWizardPage::completeChanged);
}

void PartnerCenterPage::initializePage()
{
    showError(m_error, {});
    const auto &credit = m_controller->credit();
    const auto &user = m_controller->user();
    m_upn->setText(user ? user->userPrincipalName : QString());
    const QString creditName = credit ? u"%1 (%2)"_s.arg(credit->programName, formatMoney(credit->amount, QLocale()))
                                      : QString();
    m_steps->setText(u"<ol><li>%1</li><li>%2</li><li>%3</li><li>%4</li></ol>"_s.arg(
        tr("Open Partner Center › Benefits › Azure credits (sign in as a partner admin).").toHtmlEscaped(),
        tr("Find the credit %1 and choose <i>Manage user assignment</i>.").arg(creditName.toHtmlEscaped()),
        tr("Enter the user principal name below (copy it) and save.").toHtmlEscaped(),
        tr("Come back and tick the box.").toHtmlEscaped()));
    m_confirmed->setChecked(m_controller->isPartnerCenterConfirmed());
}

void PartnerCenterPage::cleanupPage()
{
    // Going back to change something: the noted assignment no longer holds.
    // If the ledger cannot be written now, the entry stays open and the next start asks.
    const Status discarded = m_controller->discardJournal();
    m_confirmed->setChecked(false);
    showError(m_error, discarded ? QString() : discarded.error().message);
}

bool PartnerCenterPage::isComplete() const
{
    return m_controller->canLeave(AssignmentController::Step::PartnerCenter);
}

bool PartnerCenterPage::validatePage()
{
    const Status recorded = m_controller->finish();
    showError(m_error, recorded ? QString() : recorded.error().message);
    return recorded.ok();
}

// --- done ----------------------------------------------------------------------------------

DonePage::DonePage(AssignmentController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(u"donePage"_s);
    setTitle(tr("Assignment recorded"));
    setSubTitle(tr("Send the user the link to redeem the credit."));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_recorded = makeText(this, u"doneSummary"_s);
    layout->addWidget(m_recorded);
    auto *linkRow = new QHBoxLayout;
    m_link = makeText(this, u"redemptionLink"_s);
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *copyLink = makeButton(this, tr("Copy &link"), u"copyLinkButton"_s);
    connect(copyLink, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_controller->redemptionUrl().toString()); });
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(copyLink);
    layout->addLayout(linkRow);
    auto *emailLabel = new QLabel(tr("&Email to the user:"), this);
    m_email = new QPlainTextEdit(this);
    m_email->setObjectName(u"emailText"_s);
    m_email->setAccessibleName(tr("Email to the user"));
    m_email->setTabChangesFocus(true);
    emailLabel->setBuddy(m_email);
    layout->addWidget(emailLabel);
    layout->addWidget(m_email, 1);
    auto *emailRow = new QHBoxLayout;
    auto *copyEmail = makeButton(this, tr("Co&py email"), u"copyEmailButton"_s);
    connect(copyEmail, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_controller->emailSubject() + u"\n\n"_s + m_email->toPlainText());
    });
    auto *mail = makeButton(this, tr("Open in &mail client"), u"openMailButton"_s);
    connect(mail, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_controller->mailtoUrl()); });
    emailRow->addStretch(1);
    emailRow->addWidget(copyEmail);
    emailRow->addWidget(mail);
    layout->addLayout(emailRow);
}

void DonePage::initializePage()
{
    m_recorded->setText(tr("Recorded in the ledger: %1").arg(m_controller->reviewText()));
    const QUrl link = m_controller->redemptionUrl();
    m_link->setText(tr("Redemption link: <a href=\"%1\">%2</a>")
                        .arg(link.toString(QUrl::FullyEncoded).toHtmlEscaped(), link.toDisplayString().toHtmlEscaped()));
    m_email->setPlainText(m_controller->emailBody());
}

} // namespace CreditDesk
