#include "newuserdialog.h"

#include "assignment/assignmentcontroller.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CreditDesk {

NewUserDialog::NewUserDialog(AssignmentController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(u"newUserDialog"_s);
    setWindowTitle(tr("Add a new user"));
    auto *layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);

    auto *form = new QWidget(m_stack);
    auto *formLayout = new QFormLayout(form);
    auto *intro = new QLabel(tr("Creates a member account in your organization (Microsoft Entra ID). The user signs "
                                "in with a temporary password and must change it at first sign-in."),
                             form);
    intro->setWordWrap(true);
    formLayout->addRow(intro);
    m_name = new QLineEdit(form);
    m_name->setObjectName(u"newUserName"_s);
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("e.g. Ana Ruiz"));
    formLayout->addRow(tr("&Name:"), m_name);
    auto *addressRow = new QHBoxLayout;
    m_alias = new QLineEdit(form);
    m_alias->setObjectName(u"newUserAlias"_s);
    m_alias->setAccessibleName(tr("User name"));
    m_alias->setPlaceholderText(tr("e.g. ana.ruiz"));
    m_domain = new QComboBox(form);
    m_domain->setObjectName(u"newUserDomain"_s);
    m_domain->setAccessibleName(tr("Domain"));
    addressRow->addWidget(m_alias, 1);
    addressRow->addWidget(new QLabel(u"@"_s, form));
    addressRow->addWidget(m_domain, 1);
    auto *aliasLabel = new QLabel(tr("&User name:"), form);
    aliasLabel->setBuddy(m_alias);
    formLayout->addRow(aliasLabel, addressRow);
    m_problem = new QLabel(form);
    m_problem->setObjectName(u"newUserProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #a4262c;"_s);
    formLayout->addRow(m_problem);
    m_stack->addWidget(form);

    auto *done = new QWidget(m_stack);
    auto *doneLayout = new QVBoxLayout(done);
    m_created = new QLabel(done);
    m_created->setWordWrap(true);
    m_password = new QLabel(done);
    m_password->setObjectName(u"temporaryPassword"_s);
    m_password->setAccessibleName(tr("Temporary password"));
    m_password->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_password->setStyleSheet(u"font-family: monospace; font-size: 15pt; font-weight: bold;"_s);
    auto *copy = new QPushButton(tr("&Copy password"), done);
    copy->setObjectName(u"copyPasswordButton"_s);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_password->text()); });
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(copy);
    auto *warning = new QLabel(tr("This password is shown only now. Give it to the user by a safe channel; they "
                                  "must change it at first sign-in."),
                               done);
    warning->setWordWrap(true);
    doneLayout->addWidget(m_created);
    doneLayout->addLayout(passwordRow);
    doneLayout->addWidget(warning);
    doneLayout->addStretch(1);
    m_stack->addWidget(done);
    layout->addWidget(m_stack);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *createButton = m_buttons->addButton(tr("C&reate user"), QDialogButtonBox::AcceptRole);
    createButton->setObjectName(u"createUserButton"_s);
    connect(createButton, &QPushButton::clicked, this, &NewUserDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        // Suggest "first.last" until the person types their own user name.
        if (m_alias->isModified())
            return;
        m_alias->setText(name.simplified().toLower().replace(u' ', u'.'));
    });
    connect(m_name, &QLineEdit::textChanged, this, &NewUserDialog::validate);
    connect(m_alias, &QLineEdit::textChanged, this, &NewUserDialog::validate);
    connect(m_domain, &QComboBox::currentIndexChanged, this, &NewUserDialog::validate);
    connect(controller, &AssignmentController::domainsChanged, this, &NewUserDialog::updateDomains);
    connect(controller, &AssignmentController::domainsFailed, this,
            [this](const Error &error) { m_problem->setText(error.message); });
    connect(controller, &AssignmentController::userCreationFailed, this, [this](const Error &error) {
        m_problem->setText(error.message);
        m_buttons->setEnabled(true);
    });
    connect(controller, &AssignmentController::userCreated, this, &NewUserDialog::showCreated);
    updateDomains();
    if (controller->domains().isEmpty())
        controller->loadDomains();
    validate();
    resize(520, sizeHint().height());
}

NewUserDialog::~NewUserDialog()
{
    // The password is shown once: closing the dialog forgets it.
    m_controller->forgetTemporaryPassword();
}

void NewUserDialog::updateDomains()
{
    const QString current = m_domain->currentText();
    m_domain->clear();
    for (const VerifiedDomain &domain : m_controller->domains())
        m_domain->addItem(domain.name);
    const int index = m_domain->findText(current);
    if (index >= 0)
        m_domain->setCurrentIndex(index);
    validate();
}

void NewUserDialog::validate()
{
    const bool typed = !m_name->text().isEmpty() || !m_alias->text().isEmpty();
    const QString problem = m_controller->newUserProblem(m_name->text(), m_alias->text(), m_domain->currentText());
    m_problem->setText(typed ? problem : QString());
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(problem.isEmpty());
    }
}

void NewUserDialog::create()
{
    m_problem->setText(tr("Creating the user…"));
    m_buttons->setEnabled(false);
    m_controller->createUser(m_name->text(), m_alias->text(), m_domain->currentText());
}

void NewUserDialog::showCreated()
{
    const auto &user = m_controller->user();
    m_created->setText(tr("<b>%1</b> (%2) was created and chosen for this credit.")
                           .arg(user ? user->displayName.toHtmlEscaped() : QString(),
                                user ? user->userPrincipalName.toHtmlEscaped() : QString()));
    m_password->setText(m_controller->temporaryPassword());
    m_stack->setCurrentIndex(1);
    m_buttons->clear();
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"closeNewUserButton"_s);
    m_buttons->setEnabled(true);
    close->setFocus();
}

} // namespace CreditDesk
