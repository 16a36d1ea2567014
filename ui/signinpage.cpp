#include "signinpage.h"

#include "auth/signinsettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
QLineEdit *urlField(QWidget *parent, const QString &objectName, const QString &accessibleName, const QString &placeholder)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    field->setPlaceholderText(placeholder);
    return field;
}
} // namespace

SignInPage::SignInPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"signInPage"_s);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    auto *title = new QLabel(tr("<h2>Sign in to CreditDesk</h2>"
                                "<p>CreditDesk reads your Azure credits with your own Microsoft Entra ID "
                                "account. It needs a billing reader role on the billing accounts or profiles.</p>"),
                             this);
    title->setWordWrap(true);
    column->addWidget(title);

    m_accountsBox = new QGroupBox(tr("Continue with a remembered account"), this);
    auto *accountsLayout = new QHBoxLayout(m_accountsBox);
    m_accountList = new QListWidget(m_accountsBox);
    m_accountList->setObjectName(u"accountList"_s);
    m_accountList->setAccessibleName(tr("Remembered accounts"));
    m_accountList->setMaximumHeight(110);
    m_continueButton = new QPushButton(tr("C&ontinue"), m_accountsBox);
    m_continueButton->setObjectName(u"continueButton"_s);
    m_continueButton->setEnabled(false);
    connect(m_accountList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_continueButton->setEnabled(row >= 0); });
    auto choose = [this] {
        const int row = m_accountList->currentRow();
        if (row >= 0 && row < m_accounts.size())
            Q_EMIT accountChosen(m_accounts.at(row));
    };
    connect(m_continueButton, &QPushButton::clicked, this, choose);
    connect(m_accountList, &QListWidget::itemActivated, this, choose);
    accountsLayout->addWidget(m_accountList, 1);
    accountsLayout->addWidget(m_continueButton, 0, Qt::AlignTop);
    m_accountsBox->hide();
    column->addWidget(m_accountsBox);

    auto *newBox = new QGroupBox(tr("Sign in with a new account"), this);
    auto *form = new QFormLayout(newBox);
    m_cloud = new QComboBox(newBox);
    m_cloud->setObjectName(u"cloudCombo"_s);
    m_cloud->setAccessibleName(tr("Cloud"));
    m_cloud->addItem(Cloud::publicCloud().displayName(), u"public"_s);
    m_cloud->addItem(Cloud::usGovernment().displayName(), u"usgov"_s);
    m_cloud->addItem(Cloud::china().displayName(), u"china"_s);
    m_cloud->addItem(tr("Custom endpoints"), u"custom"_s);
    m_cloud->setCurrentIndex(qMax(0, m_cloud->findData(SignInSettings::load(QSettings()).defaultCloudId)));
    form->addRow(tr("C&loud:"), m_cloud);
    m_tenant = new QLineEdit(newBox);
    m_tenant->setObjectName(u"tenantField"_s);
    m_tenant->setAccessibleName(tr("Tenant"));
    m_tenant->setPlaceholderText(tr("organizations (any work account), or your tenant id or domain"));
    form->addRow(tr("&Tenant:"), m_tenant);

    m_customBox = new QWidget(newBox);
    auto *customForm = new QFormLayout(m_customBox);
    customForm->setContentsMargins(0, 0, 0, 0);
    m_loginUrl = urlField(m_customBox, u"loginUrlField"_s, tr("Sign-in URL"), u"https://login.example.com"_s);
    m_armUrl = urlField(m_customBox, u"armUrlField"_s, tr("Resource Manager URL"), u"https://management.example.com"_s);
    m_graphUrl = urlField(m_customBox, u"graphUrlField"_s, tr("Graph URL"), u"https://graph.example.com"_s);
    customForm->addRow(tr("Sign-&in URL:"), m_loginUrl);
    customForm->addRow(tr("&Resource Manager URL:"), m_armUrl);
    customForm->addRow(tr("&Graph URL:"), m_graphUrl);
    form->addRow(m_customBox);
    connect(m_cloud, &QComboBox::currentIndexChanged, this, &SignInPage::updateCustomFields);
    updateCustomFields();

    auto *buttons = new QHBoxLayout;
    auto *browserButton = new QPushButton(tr("Sign in with &browser"), newBox);
    browserButton->setObjectName(u"browserSignInButton"_s);
    browserButton->setDefault(true);
    auto *codeButton = new QPushButton(tr("Sign in with a &code"), newBox);
    codeButton->setObjectName(u"deviceCodeSignInButton"_s);
    codeButton->setToolTip(tr("For remote desktops and machines without a browser: enter a code on another device."));
    connect(browserButton, &QPushButton::clicked, this, [this] { requestSignIn(true); });
    connect(codeButton, &QPushButton::clicked, this, [this] { requestSignIn(false); });
    buttons->addStretch(1);
    buttons->addWidget(codeButton);
    buttons->addWidget(browserButton);
    form->addRow(buttons);
    column->addWidget(newBox);

    m_error = new QLabel(this);
    m_error->setObjectName(u"signInError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();
    column->addWidget(m_error);

    auto *centered = new QHBoxLayout;
    centered->addStretch(1);
    centered->addLayout(column, 3);
    centered->addStretch(1);
    outer->addLayout(centered);
    outer->addStretch(2);
}

void SignInPage::setAccounts(const QList<StoredAccount> &accounts)
{
    m_accounts = accounts;
    m_accountList->clear();
    for (const StoredAccount &account : accounts)
        m_accountList->addItem(account.label());
    m_accountsBox->setVisible(!accounts.isEmpty());
    if (!accounts.isEmpty())
        m_accountList->setCurrentRow(0);
}

void SignInPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SignInPage::updateCustomFields()
{
    m_customBox->setVisible(m_cloud->currentData().toString() == u"custom"_s);
}

void SignInPage::requestSignIn(bool useBrowser)
{
    const QString cloudId = m_cloud->currentData().toString();
    Result<Cloud> cloud = cloudId == u"custom"_s
                              ? Cloud::custom(QUrl(m_loginUrl->text().trimmed()), QUrl(m_armUrl->text().trimmed()),
                                              QUrl(m_graphUrl->text().trimmed()))
                              : Cloud::fromId(cloudId);
    if (!cloud) {
        showError(cloud.error().message);
        return;
    }
    showError({});
    Q_EMIT signInRequested(cloud.value(), m_tenant->text().trimmed(), useBrowser);
}

} // namespace CreditDesk
