#pragma once

#include "domain/partnercredit.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace CreditDesk {

class Ledger;

/// Adds a partner credit to the ledger by hand, or edits one's own fields (the assigned user
/// and history change only through assignments and removals).
class CreditDialog : public QDialog
{
    Q_OBJECT
public:
    CreditDialog(Ledger *ledger, std::optional<PartnerCredit> credit, QWidget *parent = nullptr);

    void accept() override;

private:
    Ledger *m_ledger;
    std::optional<PartnerCredit> m_original;
    QLineEdit *m_id;
    QLineEdit *m_program;
    QComboBox *m_type;
    QLineEdit *m_amount;
    QLineEdit *m_currency;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QComboBox *m_status;
    QLineEdit *m_subscription;
    QLabel *m_error;
};

} // namespace CreditDesk
