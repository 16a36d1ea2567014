#include "unfinishedassignmentsdialog.h"

#include "core/displayformat.h"
#include "messagebox.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
enum Column { StartedColumn, CreditColumn, UserColumn, ByColumn, RecordColumn, DiscardColumn, ColumnCount };
}

bool UnfinishedAssignmentsDialog::isOwn(const PendingAssignment &entry, const QString &currentUser)
{
    return entry.performedBy.compare(currentUser, Qt::CaseInsensitive) == 0;
}

UnfinishedAssignmentsDialog::UnfinishedAssignmentsDialog(Ledger *ledger, const QList<PendingAssignment> &pending,
                                                         const QString &currentUser, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_pending(pending)
    , m_currentUser(currentUser)
{
    setObjectName(u"unfinishedAssignmentsDialog"_s);
    setWindowTitle(tr("Unfinished assignments"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("CreditDesk was closed while these assignments were at the Partner Center step. "
                                "Check Partner Center › Benefits › Azure credits and say how each one ended: "
                                "<b>Record</b> if the user is assigned there, <b>Discard</b> if not."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(int(pending.size()), ColumnCount, this);
    m_table->setObjectName(u"unfinishedAssignments"_s);
    m_table->setAccessibleName(tr("Unfinished assignments"));
    m_table->setHorizontalHeaderLabels({ tr("Started (UTC)"), tr("Credit"), tr("User"), tr("By"), {}, {} });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setTabKeyNavigation(false);
    const QLocale locale;
    for (int row = 0; row < pending.size(); ++row) {
        const PendingAssignment &item = pending.at(row);
        m_table->setItem(row, StartedColumn,
                         new QTableWidgetItem(DisplayFormat::utcDateTime(item.startedAt, locale)));
        QString credit = item.creditId;
        if (Result<PartnerCredit> found = ledger->credit(item.creditId))
            credit = u"%1 (%2)"_s.arg(found->programName, formatMoney(found->amount, locale));
        m_table->setItem(row, CreditColumn, new QTableWidgetItem(credit));
        m_table->setItem(row, UserColumn, new QTableWidgetItem(u"%1 <%2>"_s.arg(item.user.displayName,
                                                                              item.user.userPrincipalName)));
        m_table->setItem(row, ByColumn, new QTableWidgetItem(item.performedBy));
        if (!isOwn(item, currentUser)) {
            const QString note = ledger->isReservationLive(item)
                ? tr("%1 is assigning it (since %2); it stays reserved for them.")
                      .arg(item.performedBy, DisplayFormat::utcDateTime(item.startedAt, locale))
                : tr("Started by %1, no longer reserved; only %1 can record or discard it.").arg(item.performedBy);
            auto *held = new QTableWidgetItem(note);
            held->setData(Qt::AccessibleTextRole, note);
            m_table->setItem(row, RecordColumn, held);
            m_table->setSpan(row, RecordColumn, 1, 2);
            continue;
        }
        auto *record = new QPushButton(tr("Record"), m_table);
        record->setObjectName(u"recordUnfinished%1"_s.arg(row));
        record->setAccessibleName(tr("Record the assignment of %1").arg(item.user.userPrincipalName));
        auto *discard = new QPushButton(tr("Discard"), m_table);
        discard->setObjectName(u"discardUnfinished%1"_s.arg(row));
        discard->setAccessibleName(tr("Discard the assignment of %1").arg(item.user.userPrincipalName));
        const QString journalId = item.journalId;
        auto rowOf = [this, journalId] {
            for (int r = 0; r < m_pending.size(); ++r) {
                if (m_pending.at(r).journalId == journalId)
                    return r;
            }
            return -1;
        };
        connect(record, &QPushButton::clicked, this, [this, rowOf] { resolve(rowOf(), true); });
        connect(discard, &QPushButton::clicked, this, [this, rowOf] { resolve(rowOf(), false); });
        m_table->setCellWidget(row, RecordColumn, record);
        m_table->setCellWidget(row, DiscardColumn, discard);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(CreditColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *later = buttons->addButton(tr("Decide &later"), QDialogButtonBox::RejectRole);
    later->setObjectName(u"decideLaterButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 300);
}

bool UnfinishedAssignmentsDialog::resolve(int row, bool record)
{
    if (row < 0 || row >= m_pending.size())
        return false;
    if (!isOwn(m_pending.at(row), m_currentUser))
        return false; // a colleague's: shown, never resolved from here
    const QString journalId = m_pending.at(row).journalId;
    QString error;
    if (record) {
        if (Result<PartnerCredit> recorded = m_ledger->confirmAssignment(journalId); !recorded)
            error = recorded.error().message;
    } else if (Status discarded = m_ledger->discardAssignment(journalId); !discarded) {
        error = discarded.error().message;
    }
    if (!error.isEmpty()) {
        MessageBox::warning(this, record ? tr("Not recorded") : tr("Not discarded"), error,
                            u"unfinishedAssignmentError"_s);
        return false;
    }
    m_pending.removeAt(row);
    m_table->removeRow(row);
    const bool ownLeft = std::any_of(m_pending.cbegin(), m_pending.cend(),
                                     [this](const PendingAssignment &p) { return isOwn(p, m_currentUser); });
    if (!ownLeft)
        accept();
    return true;
}

} // namespace CreditDesk
