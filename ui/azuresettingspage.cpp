#include "azuresettingspage.h"

#include "auth/appregistration.h"
#include "auth/cloud.h"
#include "settingsform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CreditDesk {

AzureSettingsPage::AzureSettingsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"azureSettingsPage"_s);
    auto *layout = new QVBoxLayout(this);

    auto *signIn = new QGroupBox(tr("Signing in"), this);
    auto *signInForm = new QFormLayout(signIn);
    m_cloud = new QComboBox(signIn);
    m_cloud->setObjectName(u"defaultCloud"_s);
    m_cloud->setAccessibleName(tr("Cloud a new sign-in starts with"));
    for (const Cloud &cloud : {Cloud::publicCloud(), Cloud::usGovernment(), Cloud::china()})
        m_cloud->addItem(cloud.displayName(), cloud.id());
    signInForm->addRow(tr("C&loud for new sign-ins:"), m_cloud);
    m_clientId = SettingsForm::addLineRow(signInForm, tr("Client &id:"), u"clientId"_s,
                                          tr("Application (client) id of the app registration"),
                                          QString::fromLatin1(AppRegistration::DefaultClientId), &m_clientIdError);
    m_tenant = SettingsForm::addLineRow(signInForm, tr("&Tenant:"), u"tenant"_s,
                                        tr("Tenant to sign in to: organizations, a tenant id or a domain"),
                                        QString::fromLatin1(AppRegistration::DefaultTenant), &m_tenantError);
    signInForm->addRow(QString(),
                       SettingsForm::hint(tr("Empty fields use the Azure CLI's registration, which can read credits "
                                             "but not search or create users (README: \"Registering CreditDesk\"). "
                                             "Changes apply to the next sign-in; CREDITDESK_CLIENT_ID still wins "
                                             "when it is set."),
                                          signIn));
    layout->addWidget(signIn);

    auto *versions = new QGroupBox(tr("API versions"), this);
    auto *versionsForm = new QFormLayout(versions);
    const ApiVersions defaults;
    const std::pair<QString, QString ApiVersions::*> providers[] = {
        {u"Microsoft.Billing"_s, &ApiVersions::billing},
        {u"Microsoft.Consumption"_s, &ApiVersions::consumption},
        {u"Microsoft.BillingBenefits"_s, &ApiVersions::billingBenefits},
        {u"Subscriptions"_s, &ApiVersions::subscriptions},
    };
    for (const auto &[provider, member] : providers) {
        VersionField field{provider, member, nullptr, nullptr};
        field.edit = SettingsForm::addLineRow(versionsForm, provider + u':', u"apiVersion."_s + provider,
                                              tr("api-version for %1").arg(provider), defaults.*member, &field.error);
        m_versions.append(field);
    }
    versionsForm->addRow(QString(), SettingsForm::hint(tr("Empty fields use the versions CreditDesk was tested "
                                                          "with, shown in grey. Used from the next start."),
                                                       versions));
    m_maxPages = new QSpinBox(versions);
    m_maxPages->setObjectName(u"maxPages"_s);
    m_maxPages->setAccessibleName(tr("Most pages read for one list"));
    m_maxPages->setRange(1, 1'000'000);
    m_maxPages->setGroupSeparatorShown(true);
    versionsForm->addRow(tr("Most &pages per list:"), m_maxPages);
    layout->addWidget(versions);
    layout->addStretch(1);

    QSettings settings;
    showValues(SignInSettings::load(settings), AzureSettings::load(settings));
    connect(m_clientId, &QLineEdit::textChanged, this, &AzureSettingsPage::validate);
    connect(m_tenant, &QLineEdit::textChanged, this, &AzureSettingsPage::validate);
    for (const VersionField &field : std::as_const(m_versions))
        connect(field.edit, &QLineEdit::textChanged, this, &AzureSettingsPage::validate);
    validate();
}

QLineEdit *AzureSettingsPage::apiVersionEdit(const QString &provider) const
{
    for (const VersionField &field : m_versions) {
        if (field.provider == provider)
            return field.edit;
    }
    return nullptr;
}

void AzureSettingsPage::showValues(const SignInSettings &signIn, const AzureSettings &azure)
{
    m_cloud->setCurrentIndex(qMax(0, m_cloud->findData(signIn.defaultCloudId)));
    m_clientId->setText(signIn.clientId);
    m_tenant->setText(signIn.tenant);
    const ApiVersions defaults;
    for (const VersionField &field : std::as_const(m_versions)) {
        const QString value = azure.versions.*field.member;
        field.edit->setText(value == defaults.*field.member ? QString() : value);
    }
    m_maxPages->setValue(azure.maxPages);
}

bool AzureSettingsPage::isValid() const
{
    if (!SignInSettings::validateClientId(m_clientId->text()) || !SignInSettings::validateTenant(m_tenant->text()))
        return false;
    for (const VersionField &field : m_versions) {
        const QString text = field.edit->text().trimmed();
        if (!text.isEmpty() && !AzureSettings::validateApiVersion(text))
            return false;
    }
    return true;
}

void AzureSettingsPage::validate()
{
    const Status client = SignInSettings::validateClientId(m_clientId->text());
    SettingsForm::showError(m_clientIdError, client ? QString() : client.error().message);
    const Status tenant = SignInSettings::validateTenant(m_tenant->text());
    SettingsForm::showError(m_tenantError, tenant ? QString() : tenant.error().message);
    for (const VersionField &field : std::as_const(m_versions)) {
        const QString text = field.edit->text().trimmed();
        const Status version = text.isEmpty() ? Status() : AzureSettings::validateApiVersion(text);
        SettingsForm::showError(field.error, version ? QString() : version.error().message);
    }
    Q_EMIT validityChanged(isValid());
}

SignInSettings AzureSettingsPage::chosenSignIn() const
{
    SignInSettings values;
    values.defaultCloudId = m_cloud->currentData().toString();
    values.clientId = m_clientId->text().trimmed();
    values.tenant = m_tenant->text().trimmed();
    return values;
}

AzureSettings AzureSettingsPage::chosenAzure() const
{
    AzureSettings values;
    for (const VersionField &field : m_versions) {
        const QString text = field.edit->text().trimmed();
        if (!text.isEmpty())
            values.versions.*field.member = text;
    }
    values.maxPages = m_maxPages->value();
    return values;
}

void AzureSettingsPage::save() const
{
    if (!isValid())
        return;
    QSettings settings;
    chosenSignIn().save(settings);
    chosenAzure().save(settings);
}

} // namespace CreditDesk
