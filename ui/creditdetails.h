#pragma once

#include "domain/partnercredit.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace CreditDesk {

class AssignmentHistoryModel;

/// The details pane of the Partner credits page: the credit's fields, its reassignments and
/// cutoff, and its assignment history.
class CreditDetails : public QWidget
{
    Q_OBJECT
public:
    explicit CreditDetails(QWidget *parent = nullptr);

    void showCredit(const PartnerCredit &credit);
    /// The fields as shown (rich text), for tests and accessibility.
    QString fieldsText() const;
    void clear();
    QString shownCreditId() const { return m_creditId; }
    AssignmentHistoryModel *history() const { return m_history; }

private:
    QString m_creditId;
    QLabel *m_fields;
    AssignmentHistoryModel *m_history;
    QTableView *m_view;
};

} // namespace CreditDesk
