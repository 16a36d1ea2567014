#pragma once

#include "rules/partnersettings.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace CreditDesk {

/// Settings › Partner rules: mail domains refused on top of the built-in list, the redemption
/// links of monthly and yearly credits, the Partner Center page the wizard opens, and — read only,
/// with where they come from — the reassignment cap and a monthly credit's validity.
class PartnerSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit PartnerSettingsPage(QWidget *parent = nullptr);

    QPlainTextEdit *domainsEdit() const { return m_domains; }
    QLineEdit *monthlyLinkEdit() const { return m_monthly; }
    QLineEdit *yearlyLinkEdit() const { return m_yearly; }
    QLineEdit *partnerCenterEdit() const { return m_partnerCenter; }

    /// The values as typed; an error names the first field that cannot be read.
    Result<PartnerSettings> chosen() const;
    bool isValid() const { return chosen().ok(); }
    void showValues(const PartnerSettings &values);
    void save() const;

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    void validate();

    QPlainTextEdit *m_domains = nullptr;
    QLabel *m_domainsError = nullptr;
    QLineEdit *m_monthly = nullptr;
    QLabel *m_monthlyError = nullptr;
    QLineEdit *m_yearly = nullptr;
    QLabel *m_yearlyError = nullptr;
    QLineEdit *m_partnerCenter = nullptr;
    QLabel *m_partnerCenterError = nullptr;
};

} // namespace CreditDesk
