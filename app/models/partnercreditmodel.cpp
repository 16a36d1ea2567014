#include "models/partnercreditmodel.h"

#include "core/displayformat.h"

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

int PartnerCreditModel::reassignmentsLeft(const PartnerCredit &credit)
{
    if (credit.status == PartnerCredit::Status::Expired)
        return 0;
    return qMax(0, credit.reassignmentCap - credit.reassignmentsUsed);
}

QString PartnerCreditModel::reassignmentsUsedText(const PartnerCredit &credit)
{
    if (credit.type == PartnerCredit::Type::Bulk)
        return tr("Not reassignable");
    //: reassignments used of the program's cap, e.g. "3 of 5"
    return tr("%1 of %2").arg(credit.reassignmentsUsed).arg(credit.reassignmentCap);
}

QString PartnerCreditModel::reassignmentsLeftText(const PartnerCredit &credit)
{
    if (credit.type == PartnerCredit::Type::Bulk)
        return tr("Not reassignable");
    if (credit.status == PartnerCredit::Status::Expired)
        return tr("None (expired)");
    const int left = reassignmentsLeft(credit);
    return left == 0 ? tr("None left") : tr("%n left", nullptr, left);
}

int PartnerCreditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_credits.size());
}

int PartnerCreditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PartnerCreditModel::dateText(const QDate &date) const
{
    return DisplayFormat::date(date, m_locale);
}

QString PartnerCreditModel::displayText(const PartnerCredit &credit, int column) const
{
    switch (column) {
    case ProgramColumn: return credit.programName;
    case TypeColumn: return typeText(credit.type);
    case AmountColumn: return formatMoney(credit.amount, m_locale);
    case CurrencyColumn: return credit.amount.currency();
    case StartDateColumn: return dateText(credit.startDate);
    case EndDateColumn: return dateText(credit.endDate);
    case StatusColumn: return statusText(credit.status);
    case ActivationDateColumn: return dateText(credit.activationDate);
    case CutoffDateColumn: return dateText(credit.cutoffDate);
    case ReassignmentsUsedColumn: return reassignmentsUsedText(credit);
    case ReassignmentsLeftColumn: return reassignmentsLeftText(credit);
    case AssignedNameColumn: return credit.assignedUser.displayName;
    case AssignedUpnColumn: return credit.assignedUser.userPrincipalName;
    case IdColumn: return credit.id;
    default: return {};
    }
}

QVariant PartnerCreditModel::toolTip(const PartnerCredit &credit, int column) const
{
    const bool monthly = credit.type == PartnerCredit::Type::Monthly;
    switch (column) {
    case ReassignmentsUsedColumn:
    case ReassignmentsLeftColumn:
        if (!monthly)
            return tr("A bulk credit cannot be given to another user.");
        if (credit.isReassignmentCapReached())
            return tr("No reassignments left: Partner Center refuses to give this credit to another user.");
        return tr("The first assignment is free; every later assignment uses one reassignment. Removing a user "
                  "uses none.");
    case ActivationDateColumn:
        return credit.activationDate.isValid() ? QVariant() : QVariant(tr("Not assigned yet"));
    case CutoffDateColumn:
        if (!monthly)
            return tr("Bulk credits are valid until their end date.");
        return credit.cutoffDate.isValid()
            ? tr("Counted from the activation date (13 months unless changed in settings).")
            : tr("Set by the first assignment: counted from the activation date (13 months unless changed in "
                 "settings).");
    default:
        return {};
    }
}

QVariant PartnerCreditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartnerCredit &credit = m_credits.at(index.row());
    const bool bulk = credit.type == PartnerCredit::Type::Bulk;
    auto date = [](const QDate &d) { return d.isValid() ? QVariant(d) : QVariant(); };
    switch (role) {
    case Qt::DisplayRole:
        return displayText(credit, index.column());
    case Qt::ToolTipRole:
        return toolTip(credit, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == AmountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        switch (index.column()) {
        case AmountColumn: return credit.amount.minorUnits();
        case StartDateColumn: return date(credit.startDate);
        case EndDateColumn: return date(credit.endDate);
        case ActivationDateColumn: return date(credit.activationDate);
        case CutoffDateColumn: return date(credit.cutoffDate);
        case StatusColumn: return int(credit.status);
        case TypeColumn: return int(credit.type);
        case ReassignmentsUsedColumn: return bulk ? -1 : credit.reassignmentsUsed;
        case ReassignmentsLeftColumn: return bulk ? -1 : reassignmentsLeft(credit);
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
    // The full title of a column narrowed to its content (TablePage's fit).
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerData(section, orientation, Qt::DisplayRole);
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
    case ActivationDateColumn: return tr("Activated (UTC)");
    case CutoffDateColumn: return tr("Valid until (UTC)");
    case ReassignmentsUsedColumn: return tr("Reassignments used");
    case ReassignmentsLeftColumn: return tr("Reassignments left");
    case AssignedNameColumn: return tr("Assigned to");
    case AssignedUpnColumn: return tr("User name (UPN)");
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
