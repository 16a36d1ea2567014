#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace CreditDesk {

class AssignmentController;
class DirectoryUserModel;
class PartnerCreditFilterProxy;
class PartnerCreditModel;

/// The wizard's pages. Thin: each shows the controller's state and forwards what the person
/// does; isComplete() and validatePage() ask the controller.

class CreditChoicePage : public QWizardPage
{
    Q_OBJECT
public:
    CreditChoicePage(AssignmentController *controller, PartnerCreditModel *credits, QWidget *parent = nullptr);
    void selectCredit(const QString &creditId);
    bool isComplete() const override;
    QTableView *view() const { return m_view; }

private:
    void applyFilter();
    void showChosen();

    AssignmentController *m_controller;
    PartnerCreditFilterProxy *m_proxy;
    QCheckBox *m_notRedeemedOnly;
    QTableView *m_view;
    QLabel *m_chosen;
};

class WalkthroughPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WalkthroughPage(AssignmentController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    AssignmentController *m_controller;
    QLabel *m_points;
    QCheckBox *m_acknowledge;
};

class UserChoicePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit UserChoicePage(AssignmentController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }

private:
    void updateStatus();
    void addUser();

    AssignmentController *m_controller;
    DirectoryUserModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_status;
    QLabel *m_chosen;
    QPushButton *m_addUser;
};

class ChecksPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ChecksPage(AssignmentController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void showVerdicts();

    AssignmentController *m_controller;
    QLabel *m_summary;
    QLabel *m_verdicts;
};

class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(AssignmentController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    AssignmentController *m_controller;
    QLabel *m_sentence;
    QLabel *m_details;
    QLabel *m_error;
};

class PartnerCenterPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PartnerCenterPage(AssignmentController *controller, QWidget *parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    AssignmentController *m_controller;
    QLabel *m_steps;
    QLineEdit *m_upn;
    QCheckBox *m_confirmed;
    QLabel *m_error;
};

class DonePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DonePage(AssignmentController *controller, QWidget *parent = nullptr);
    void initializePage() override;

private:
    AssignmentController *m_controller;
    QLabel *m_recorded;
    QLabel *m_link;
    QPlainTextEdit *m_email;
};

} // namespace CreditDesk
