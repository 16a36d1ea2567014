#include "partnersettingspage.h"

#include "assignment/assignmentcontroller.h"
#include "rules/benefitpolicy.h"
#include "settingsform.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CreditDesk {

PartnerSettingsPage::PartnerSettingsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"partnerSettingsPage"_s);
    auto *layout = new QVBoxLayout(this);
    const BenefitPolicy builtIn;

    auto *domains = new QGroupBox(tr("Free mail domains"), this);
    auto *domainsLayout = new QVBoxLayout(domains);
    auto *domainsLabel = new QLabel(tr("Also refuse &users on these domains:"), domains);
    domainsLayout->addWidget(domainsLabel);
    m_domains = new QPlainTextEdit(domains);
    m_domains->setObjectName(u"extraFreeEmailDomains"_s);
    m_domains->setAccessibleName(tr("Mail domains refused on top of the built-in list"));
    m_domains->setPlaceholderText(tr("for example mail.example, webmail.example"));
    m_domains->setTabChangesFocus(true);
    m_domains->setFixedHeight(m_domains->fontMetrics().lineSpacing() * 3 + 12);
    domainsLabel->setBuddy(m_domains);
    domainsLayout->addWidget(m_domains);
    m_domainsError = SettingsForm::errorLabel(domains, u"extraFreeEmailDomainsError"_s);
    domainsLayout->addWidget(m_domainsError);
    domainsLayout->addWidget(SettingsForm::hint(
        tr("Partner Center refuses credits for personal mail addresses. The %1 built-in domains, such as gmail.com "
           "and outlook.com, are refused already; add your region's providers here, separated by commas.")
            .arg(QLocale().toString(builtIn.freeEmailDomains.size())),
        domains));
    layout->addWidget(domains);

    auto *links = new QGroupBox(tr("Links"), this);
    auto *linksForm = new QFormLayout(links);
    m_monthly = SettingsForm::addLineRow(linksForm, tr("&Monthly credit redemption:"), u"monthlyRedemptionUrl"_s,
                                         tr("Where a user redeems a monthly credit"),
                                         BenefitPolicy::defaultRedemptionUrl().toString(), &m_monthlyError);
    m_yearly = SettingsForm::addLineRow(linksForm, tr("&Yearly credit redemption:"), u"yearlyRedemptionUrl"_s,
                                        tr("Where a user redeems a yearly credit"),
                                        BenefitPolicy::defaultRedemptionUrl().toString(), &m_yearlyError);
    m_partnerCenter = SettingsForm::addLineRow(linksForm, tr("Partner Ce&nter page:"), u"partnerCenterUrl"_s,
                                               tr("The Partner Center page the assignment wizard opens"),
                                               AssignmentController::defaultPartnerCenterUrl().toString(),
                                               &m_partnerCenterError);
    linksForm->addRow(QString(), SettingsForm::hint(tr("Leave a link empty for the address shown in grey."), links));
    layout->addWidget(links);

    auto *program = new QGroupBox(tr("Program rules"), this);
    auto *programForm = new QFormLayout(program);
    QSettings settings;
    const BenefitPolicy effective = BenefitPolicy::fromSettings(settings);
    // "<value> — <where it comes from>": Partner Center's rule, or the settings key overriding it.
    auto addRule = [&](const QString &label, const QString &valueText, bool overridden, QLatin1StringView key,
                       const QString &objectName) {
        const QString source = overridden ? tr("set in the settings file (%1)").arg(key) : tr("Partner Center's rule");
        auto *rule = new QLabel(tr("%1 — %2").arg(valueText, source), program);
        rule->setObjectName(objectName);
        rule->setWordWrap(true);
        programForm->addRow(label, rule);
    };
    addRule(tr("Reassignment cap:"),
            tr("%1 per monthly credit").arg(QLocale().toString(effective.reassignmentCap)),
            PartnerSettings::capIsOverridden(settings), PartnerSettings::CapKey, u"reassignmentCapSource"_s);
    addRule(tr("Monthly credit validity:"),
            tr("%1 months from activation").arg(QLocale().toString(effective.monthlyValidityMonths)),
            PartnerSettings::validityIsOverridden(settings), PartnerSettings::ValidityKey, u"monthlyValiditySource"_s);
    programForm->addRow(QString(), SettingsForm::hint(tr("These are the partner program's rules, so they are shown "
                                                         "here but not edited."),
                                                      program));
    layout->addWidget(program);
    layout->addStretch(1);

    showValues(PartnerSettings::load(settings));
    connect(m_domains, &QPlainTextEdit::textChanged, this, &PartnerSettingsPage::validate);
    for (QLineEdit *edit : {m_monthly, m_yearly, m_partnerCenter})
        connect(edit, &QLineEdit::textChanged, this, &PartnerSettingsPage::validate);
    validate();
}

Result<PartnerSettings> PartnerSettingsPage::chosen() const
{
    PartnerSettings values;
    const Result<QStringList> domains = PartnerSettings::parseDomains(m_domains->toPlainText());
    if (!domains)
        return domains.error();
    values.extraFreeEmailDomains = domains.value();
    const std::pair<QLineEdit *, QUrl PartnerSettings::*> links[] = {
        {m_monthly, &PartnerSettings::monthlyRedemptionUrl},
        {m_yearly, &PartnerSettings::yearlyRedemptionUrl},
        {m_partnerCenter, &PartnerSettings::partnerCenterUrl},
    };
    for (const auto &[edit, member] : links) {
        const Result<QUrl> link = PartnerSettings::parseLink(edit->text());
        if (!link)
            return link.error();
        values.*member = link.value();
    }
    return values;
}

void PartnerSettingsPage::showValues(const PartnerSettings &values)
{
    m_domains->setPlainText(values.extraFreeEmailDomains.join(u", "_s));
    m_monthly->setText(values.monthlyRedemptionUrl.toString());
    m_yearly->setText(values.yearlyRedemptionUrl.toString());
    m_partnerCenter->setText(values.partnerCenterUrl.toString());
}

void PartnerSettingsPage::validate()
{
    const Result<QStringList> domains = PartnerSettings::parseDomains(m_domains->toPlainText());
    SettingsForm::showError(m_domainsError, domains ? QString() : domains.error().message);
    const std::pair<QLineEdit *, QLabel *> links[] = {
        {m_monthly, m_monthlyError}, {m_yearly, m_yearlyError}, {m_partnerCenter, m_partnerCenterError}};
    for (const auto &[edit, error] : links) {
        const Result<QUrl> link = PartnerSettings::parseLink(edit->text());
        SettingsForm::showError(error, link ? QString() : link.error().message);
    }
    Q_EMIT validityChanged(isValid());
}

void PartnerSettingsPage::save() const
{
    const Result<PartnerSettings> values = chosen();
    if (!values)
        return;
    QSettings settings;
    values->save(settings);
}

} // namespace CreditDesk
