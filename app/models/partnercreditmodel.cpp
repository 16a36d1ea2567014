#include "models/partnercreditmodel.h"

#include <QSet>

namespace CreditDesk {

PartnerCreditModel::PartnerCreditModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString PartnerCreditModel::statusText(PartnerCredit::Status status)
{
    switch (status) {
    case PartnerCredit::Status::NotRedeemed: return tr("Not redeemed");
    case PartnerCredit::Status::Assigned: return tr("Assigned");
    case PartnerCredit::Status::Redeemed: return tr("Redeemed");
    case PartnerCredit::Status::Expired: return tr("Expired");
    }
    return {};
}

QString PartnerCreditModel::typeText(PartnerCredit::Type type)
{
    return type == PartnerCredit::Type::Monthly ? tr("Monthly") : tr("Bulk");
}

int PartnerCreditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_credits.size());
}

int PartnerCreditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PartnerCreditModel::displayText(const PartnerCredit &credit, int column) const
{
    switch (column) {
    case ProgramColumn: return credit.programName;
    case TypeColumn: return typeText(credit.type);
    case AmountColumn: return formatMoney(credit.amount, m_locale);
    case CurrencyColumn: return credit.amount.currency();
    case StartDateColumn:
        return credit.startDate.isValid() ? m_locale.toString(credit.startDate, QLocale::ShortFormat) : QString();
    case EndDateColumn:
        return credit.endDate.isValid() ? m_locale.toString(credit.endDate, QLocale::ShortFormat) : QString();
    case StatusColumn: return statusText(credit.status);
    case AssignedUserColumn: return credit.assignedUser.userPrincipalName;
    //: reassignments used of the program's cap, e.g. "3 of 5"
    case ReassignmentsColumn: return tr("%1 of %2").arg(credit.reassignmentsUsed).arg(credit.reassignmentCap);
    case IdColumn: return credit.id;
    default: return {};
    }
}

QVariant PartnerCreditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartnerCredit &credit = m_credits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(credit, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ReassignmentsColumn && credit.isReassignmentCapReached())
            return tr("No reassignments left.");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == AmountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        switch (index.column()) {
        case AmountColumn: return credit.amount.minorUnits();
        case StartDateColumn: return credit.startDate.isValid() ? QVariant(credit.startDate) : QVariant();
        case EndDateColumn: return credit.endDate.isValid() ? QVariant(credit.endDate) : QVariant();
        case StatusColumn: return int(credit.status);
        case TypeColumn: return int(credit.type);
        case ReassignmentsColumn: return credit.reassignmentsUsed;
        default: return displayText(credit, index.column());
        }
    case CreditIdRole: return credit.id;
    case CurrencyRole: return credit.amount.currency();
    case MoneyRole: return QVariant::fromValue(credit.amount);
    default: return {};
    }
}

QVariant PartnerCreditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProgramColumn: return tr("Program");
    case TypeColumn: return tr("Type");
    case AmountColumn: return tr("Amount");
    case CurrencyColumn: return tr("Currency");
    case StartDateColumn: return tr("Start (UTC)");
    case EndDateColumn: return tr("Ends (UTC)");
    case StatusColumn: return tr("Status");
    case AssignedUserColumn: return tr("Assigned to");
    case ReassignmentsColumn: return tr("Reassignments");
    case IdColumn: return tr("Credit");
    default: return {};
    }
}

void PartnerCreditModel::rebuildIndex()
{
    m_rowById.clear();
    for (int row = 0; row < m_credits.size(); ++row)
        m_rowById.insert(m_credits.at(row).id, row);
}

void PartnerCreditModel::setCredits(const QList<PartnerCredit> &credits)
{
    QSet<QString> keep;
    for (const PartnerCredit &c : credits)
        keep.insert(c.id);
    for (int row = int(m_credits.size()) - 1; row >= 0; --row) {
        if (keep.contains(m_credits.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_credits.removeAt(row);
        endRemoveRows();
    }
    rebuildIndex();
    QList<PartnerCredit> added;
    for (const PartnerCredit &c : credits) {
        const int row = rowOf(c.id);
        if (row < 0) {
            added.append(c);
        } else if (!(m_credits.at(row) == c)) {
            m_credits[row] = c;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (added.isEmpty())
        return;
    const int first = int(m_credits.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_credits.append(added);
    rebuildIndex();
    endInsertRows();
}

void PartnerCreditModel::clear()
{
    if (m_credits.isEmpty())
        return;
    beginResetModel();
    m_credits.clear();
    m_rowById.clear();
    endResetModel();
}

void PartnerCreditModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    if (!m_credits.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_credits.size()) - 1, ColumnCount - 1));
}

} // namespace CreditDesk
