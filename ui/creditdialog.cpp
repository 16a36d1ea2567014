#include "creditdialog.h"

#include "ledger/ledger.h"
#include "models/partnercreditmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
QDateEdit *makeDate(QWidget *parent, const QString &objectName, const QDate &date)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setDate(date.isValid() ? date : QDateTime::currentDateTimeUtc().date());
    return edit;
}
} // namespace

CreditDialog::CreditDialog(Ledger *ledger, std::optional<PartnerCredit> credit, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_original(std::move(credit))
{
    setObjectName(u"creditDialog"_s);
    setWindowTitle(m_original ? tr("Edit partner credit") : tr("New partner credit"));
    const PartnerCredit shown = m_original.value_or(PartnerCredit());
    auto *form = new QFormLayout(this);
    m_id = new QLineEdit(shown.id, this);
    m_id->setObjectName(u"creditId"_s);
    m_id->setReadOnly(m_original.has_value());
    m_id->setPlaceholderText(tr("Partner Center's credit id, or empty for a generated one"));
    form->addRow(tr("Credit &id:"), m_id);
    m_program = new QLineEdit(shown.programName, this);
    m_program->setObjectName(u"creditProgram"_s);
    m_program->setPlaceholderText(tr("e.g. Microsoft AI Cloud Partner Program – Solutions Partner"));
    form->addRow(tr("&Program:"), m_program);
    m_type = new QComboBox(this);
    m_type->setObjectName(u"creditType"_s);
    m_type->addItem(PartnerCreditModel::typeText(PartnerCredit::Type::Monthly), int(PartnerCredit::Type::Monthly));
    m_type->addItem(PartnerCreditModel::typeText(PartnerCredit::Type::Bulk), int(PartnerCredit::Type::Bulk));
    m_type->setCurrentIndex(m_type->findData(int(shown.type)));
    form->addRow(tr("&Type:"), m_type);
    m_amount = new QLineEdit(shown.amount.isValid() ? shown.amount.toDecimalString() : QString(), this);
    m_amount->setObjectName(u"creditAmount"_s);
    m_amount->setPlaceholderText(tr("per month for monthly credits, in total for bulk"));
    m_amount->setValidator(new QRegularExpressionValidator(QRegularExpression(u"^\\d{1,12}(\\.\\d{1,4})?$"_s), this));
    form->addRow(tr("&Amount:"), m_amount);
    m_currency = new QLineEdit(shown.amount.isValid() ? shown.amount.currency() : u"USD"_s, this);
    m_currency->setObjectName(u"creditCurrency"_s);
    m_currency->setValidator(new QRegularExpressionValidator(QRegularExpression(u"^[A-Za-z]{3}$"_s), this));
    form->addRow(tr("&Currency:"), m_currency);
    m_start = makeDate(this, u"creditStart"_s, shown.startDate);
    form->addRow(tr("&Start (UTC):"), m_start);
    m_end = makeDate(this, u"creditEnd"_s, shown.endDate.isValid() ? shown.endDate : m_start->date().addYears(1));
    form->addRow(tr("&End (UTC):"), m_end);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"creditStatus"_s);
    for (auto status : { PartnerCredit::Status::NotRedeemed, PartnerCredit::Status::Assigned,
                         PartnerCredit::Status::Redeemed, PartnerCredit::Status::Expired })
        m_status->addItem(PartnerCreditModel::statusText(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(shown.status)));
    form->addRow(tr("Stat&us:"), m_status);
    m_subscription = new QLineEdit(shown.subscriptionId, this);
    m_subscription->setObjectName(u"creditSubscription"_s);
    m_subscription->setPlaceholderText(tr("the sponsorship subscription, once redeemed"));
    form->addRow(tr("Su&bscription:"), m_subscription);
    m_error = new QLabel(this);
    m_error->setObjectName(u"creditDialogError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #a4262c;"_s);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(520, sizeHint().height());
}

void CreditDialog::accept()
{
    PartnerCredit credit = m_original.value_or(PartnerCredit());
    credit.id = m_id->text().trimmed();
    credit.programName = m_program->text().trimmed();
    credit.type = PartnerCredit::Type(m_type->currentData().toInt());
    const std::optional<Money> amount = Money::fromDecimalString(m_amount->text(), m_currency->text().toUpper());
    if (!amount || credit.programName.isEmpty()) {
        m_error->setText(tr("Enter the program and the amount."));
        return;
    }
    if (m_end->date() < m_start->date()) {
        m_error->setText(tr("The end date is before the start date."));
        return;
    }
    credit.amount = *amount;
    credit.startDate = m_start->date();
    credit.endDate = m_end->date();
    credit.status = PartnerCredit::Status(m_status->currentData().toInt());
    credit.subscriptionId = m_subscription->text().trimmed();
    Status saved;
    if (m_original) {
        saved = m_ledger->updateCredit(credit);
    } else if (Result<PartnerCredit> added = m_ledger->addCredit(credit); !added) {
        saved = added.error();
    }
    if (!saved) {
        m_error->setText(saved.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace CreditDesk
