#pragma once

#include "auth/signinsettings.h"
#include "azure/azuresettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace CreditDesk {

/// Settings › Azure: the cloud a new sign-in starts with, the app registration CreditDesk signs in
/// as (client id, tenant), the api-version sent to each ARM provider and the page limit of a list.
class AzureSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AzureSettingsPage(QWidget *parent = nullptr);

    QComboBox *cloudCombo() const { return m_cloud; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *tenantEdit() const { return m_tenant; }
    QLineEdit *apiVersionEdit(const QString &provider) const;
    QSpinBox *maxPagesSpin() const { return m_maxPages; }

    bool isValid() const;
    void showValues(const SignInSettings &signIn, const AzureSettings &azure);
    void save() const;

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    struct VersionField
    {
        QString provider;
        QString ApiVersions::*member;
        QLineEdit *edit;
        QLabel *error;
    };

    void validate();
    SignInSettings chosenSignIn() const;
    AzureSettings chosenAzure() const;

    QComboBox *m_cloud = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLabel *m_clientIdError = nullptr;
    QLineEdit *m_tenant = nullptr;
    QLabel *m_tenantError = nullptr;
    QList<VersionField> m_versions;
    QSpinBox *m_maxPages = nullptr;
};

} // namespace CreditDesk
