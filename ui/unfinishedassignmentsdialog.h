#pragma once

#include "ledger/ledger.h"

#include <QDialog>

class QTableWidget;

namespace CreditDesk {

/// At start: assignments noted before the Partner Center step and never confirmed (the app
/// was closed or killed). Per item of \a currentUser's own the admin says how it ended: record
/// it or discard it. A colleague's entries (another performedBy) are shown with who holds
/// them and since when, never recorded or discarded from here: the colleague may be in
/// Partner Center right now.
class UnfinishedAssignmentsDialog : public QDialog
{
    Q_OBJECT
public:
    UnfinishedAssignmentsDialog(Ledger *ledger, const QList<PendingAssignment> &pending, const QString &currentUser,
                                QWidget *parent = nullptr);

    /// Whether \a entry is \a currentUser's own (case-insensitive).
    static bool isOwn(const PendingAssignment &entry, const QString &currentUser);

    QTableWidget *table() const { return m_table; }
    /// Records (true) or discards (false) the item in \a row, only the current user's own; the
    /// row goes when it worked. The dialog closes when none of the user's own are left.
    bool resolve(int row, bool record);

private:
    Ledger *m_ledger;
    QList<PendingAssignment> m_pending;
    QString m_currentUser;
    QTableWidget *m_table;
};

} // namespace CreditDesk
