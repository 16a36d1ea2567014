#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace CreditDesk {

class AssignmentController;

/// Adds a member user to the organization (Graph) on one of its verified domains, then shows
/// the generated temporary password once, with a copy button. The controller creates the user
/// and chooses it for the assignment.
class NewUserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewUserDialog(AssignmentController *controller, QWidget *parent = nullptr);
    ~NewUserDialog() override;

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *aliasField() const { return m_alias; }
    QComboBox *domainField() const { return m_domain; }
    QLabel *passwordLabel() const { return m_password; }

private:
    void updateDomains();
    void validate();
    void create();
    void showCreated();

    AssignmentController *m_controller;
    QStackedWidget *m_stack;
    QLineEdit *m_name;
    QLineEdit *m_alias;
    QComboBox *m_domain;
    QLabel *m_problem;
    QLabel *m_created;
    QLabel *m_password;
    QDialogButtonBox *m_buttons;
};

} // namespace CreditDesk
