#pragma once

#include "ledger/ledger.h"

#include <QDialog>

class QTableWidget;

namespace CreditDesk {

/// At start: assignments noted before the Partner Center step and never confirmed (the app
/// was closed or killed). Per item the admin says how it ended: record it or discard it.
class UnfinishedAssignmentsDialog : public QDialog
{
    Q_OBJECT
public:
    UnfinishedAssignmentsDialog(Ledger *ledger, const QList<PendingAssignment> &pending, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// Records (true) or discards (false) the item in \a row; the row goes when it worked.
    bool resolve(int row, bool record);

private:
    Ledger *m_ledger;
    QList<PendingAssignment> m_pending;
    QTableWidget *m_table;
};

} // namespace CreditDesk
