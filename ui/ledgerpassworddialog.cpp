#include "ledgerpassworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CreditDesk {

LedgerPasswordDialog::LedgerPasswordDialog(const QString &server, const QString &reason, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"ledgerPasswordDialog"_s);
    setWindowTitle(tr("Password for the benefits ledger"));
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);

    auto *why = new QLabel(reason, this);
    why->setObjectName(u"ledgerPasswordReason"_s);
    why->setWordWrap(true);
    why->setTextFormat(Qt::PlainText);
    layout->addWidget(why);

    auto *form = new QFormLayout;
    auto *serverLabel = new QLabel(server, this);
    serverLabel->setTextFormat(Qt::PlainText);
    serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Ledger:"), serverLabel);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"ledgerPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password of the ledger's database user"));
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_remember = new QCheckBox(tr("&Save it in the system's secret store"), this);
    m_remember->setObjectName(u"ledgerPasswordRemember"_s);
    m_remember->setChecked(true);
    m_remember->setToolTip(tr("Saved only once the server accepts it. Never written to settings or files."));
    layout->addWidget(m_remember);

    auto *buttons = new QDialogButtonBox(this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(u"ledgerPasswordConnect"_s);
    m_connect->setEnabled(false);
    auto *without = buttons->addButton(tr("Work &without the ledger"), QDialogButtonBox::RejectRole);
    without->setObjectName(u"ledgerPasswordSkip"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_connect->setEnabled(!text.isEmpty()); });
    m_password->setFocus();
}

QString LedgerPasswordDialog::password() const
{
    return m_password->text();
}

bool LedgerPasswordDialog::remember() const
{
    return m_remember->isChecked();
}

} // namespace CreditDesk
