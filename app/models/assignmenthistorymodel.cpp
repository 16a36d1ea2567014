#include "models/assignmenthistorymodel.h"

#include "core/displayformat.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CreditDesk {

AssignmentHistoryModel::AssignmentHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int AssignmentHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AssignmentHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AssignmentHistoryModel::actionText(AssignmentEvent::Action action)
{
    return action == AssignmentEvent::Action::Assign ? tr("Assigned") : tr("Removed");
}

QString AssignmentHistoryModel::displayText(const Entry &entry, int column) const
{
    const AssignmentEvent &event = entry.event;
    switch (column) {
    case WhenColumn:
        return DisplayFormat::utcDateTime(event.timestamp, m_locale);
    case ActionColumn: return actionText(event.action);
    case UserColumn: return event.user.displayName;
    case PrincipalNameColumn: return event.user.userPrincipalName;
    case ProgramColumn: return entry.programName;
    case ReassignmentColumn:
        //: whether an assignment or removal used one of the credit's reassignments
        if (event.action == AssignmentEvent::Action::Remove)
            return tr("No (removal)");
        return event.countsAsReassignment ? tr("Yes") : tr("No (first assignment)");
    case PerformedByColumn: return event.performedBy;
    case CreditColumn: return entry.creditId;
    default: return {};
    }
}

QVariant AssignmentHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayText(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ReassignmentColumn && entry.event.countsAsReassignment)
            return tr("This assignment used one of the credit's reassignments.");
        return {};
    case SortRole:
        switch (index.column()) {
        case WhenColumn: return entry.event.timestamp;
        case ActionColumn: return int(entry.event.action);
        case ReassignmentColumn: return entry.event.countsAsReassignment ? 1 : 0;
        default: return displayText(entry, index.column());
        }
    case CreditIdRole: return entry.creditId;
    default: return {};
    }
}

QVariant AssignmentHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The full title of a column narrowed to its content (TablePage's fit).
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerData(section, orientation, Qt::DisplayRole);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn: return tr("When (UTC)");
    case ActionColumn: return tr("Action");
    case UserColumn: return tr("User");
    case PrincipalNameColumn: return tr("User principal name");
    case ProgramColumn: return tr("Program");
    case ReassignmentColumn: return tr("Used a reassignment");
    case PerformedByColumn: return tr("Done by");
    case CreditColumn: return tr("Credit");
    default: return {};
    }
}

void AssignmentHistoryModel::replace(QList<Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void AssignmentHistoryModel::setHistory(const QList<std::pair<QString, AssignmentEvent>> &history,
                                        const QList<PartnerCredit> &credits)
{
    QHash<QString, QString> programs;
    for (const PartnerCredit &credit : credits)
        programs.insert(credit.id, credit.programName);
    QList<Entry> entries;
    entries.reserve(history.size());
    for (const auto &[creditId, event] : history)
        entries.append({ creditId, programs.value(creditId), event });
    replace(std::move(entries));
}

void AssignmentHistoryModel::setCredit(const PartnerCredit &credit)
{
    QList<Entry> entries;
    entries.reserve(credit.history.size());
    for (const AssignmentEvent &event : credit.history)
        entries.append({ credit.id, credit.programName, event });
    std::reverse(entries.begin(), entries.end());
    replace(std::move(entries));
}

void AssignmentHistoryModel::clear()
{
    if (!m_entries.isEmpty())
        replace({});
}

void AssignmentHistoryModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

} // namespace CreditDesk
