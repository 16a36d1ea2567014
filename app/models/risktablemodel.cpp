#include "models/risktablemodel.h"

#include "core/displayformat.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
/// -1, 0 or 1: Money ordered within a currency, currencies by code.
int compareMoney(const Money &a, const Money &b)
{
    if (const int byCurrency = QString::compare(a.currency(), b.currency()); byCurrency != 0)
        return byCurrency < 0 ? -1 : 1;
    return a.minorUnits() < b.minorUnits() ? -1 : (a.minorUnits() > b.minorUnits() ? 1 : 0);
}

QString moneyText(const Money &money, const QLocale &locale)
{
    return money.isValid() ? formatMoney(money, locale) : QString();
}
} // namespace

RiskTableModel::RiskTableModel(QObject *parent) : QAbstractTableModel(parent) { }

int RiskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RiskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RiskRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case RiskLevelRole:
        return int(row.level);
    case ScopeKeyRole:
        return row.scopeKey;
    case CurrencyRole:
        return row.currency;
    case Qt::TextAlignmentRole:
        if (index.column() == ExpiringColumn || index.column() == PredictedUnusedColumn || index.column() == LostColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == AdviceColumn || index.column() == RiskColumn)
            return row.summary.isEmpty() ? row.detail : row.detail + u'\n' + row.summary;
        if (index.column() == NextExpiryColumn && row.nextExpiry.isValid() && row.nextExpiryAmount.isValid()) {
            //: The risk table's next-expiry tooltip: the amount, then the date, e.g. "$420.00 expires on Dec 22, 2026".
            return tr("%1 expires on %2").arg(formatMoney(row.nextExpiryAmount, m_locale),
                                              DisplayFormat::date(row.nextExpiry, m_locale));
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == RiskColumn) {
            //: The risk chip read aloud, e.g. "High risk".
            return tr("%1 risk").arg(Forecast::riskName(row.level));
        }
        return displayData(row, index.column());
    default:
        return {};
    }
}

QVariant RiskTableModel::displayData(const RiskRow &row, int column) const
{
    switch (column) {
    case ScopeColumn:
        //: A scope in the risk table: billing profile or customer, then currency, e.g. "Contoso · USD".
        return tr("%1 · %2").arg(row.scopeName, row.currency);
    case RiskColumn: return Forecast::riskName(row.level);
    case ExpiringColumn: return moneyText(row.expiringWithinHorizon, m_locale);
    case PredictedUnusedColumn: return moneyText(row.predictedUnused, m_locale);
    case LostColumn: return moneyText(row.alreadyLost, m_locale);
    case NextExpiryColumn:
        return row.nextExpiry.isValid() ? DisplayFormat::date(row.nextExpiry, m_locale) : tr("None");
    case AdviceColumn: return row.advice;
    default: return {};
    }
}

QVariant RiskTableModel::sortData(const RiskRow &row, int column) const
{
    switch (column) {
    case ScopeColumn: return row.scopeName;
    case RiskColumn: return int(row.level);
    case ExpiringColumn: return row.expiringWithinHorizon.minorUnits();
    case PredictedUnusedColumn: return row.predictedUnused.minorUnits();
    case LostColumn: return row.alreadyLost.minorUnits();
    case NextExpiryColumn: return row.nextExpiry;
    case AdviceColumn: return row.advice;
    default: return {};
    }
}

QVariant RiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ScopeColumn: return tr("Billing scope");
        case RiskColumn: return tr("Risk");
        //: Risk table column: today's balance of credit expiring within the horizon, e.g. "Expiring ≤ 90 days".
        case ExpiringColumn: return tr("Expiring ≤ %n days", nullptr, m_horizonDays);
        case PredictedUnusedColumn: return tr("Predicted unused");
        case LostColumn: return tr("Already lost");
        case NextExpiryColumn: return tr("Next expiry (UTC)");
        case AdviceColumn: return tr("Advice");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ExpiringColumn:
            return tr("Today's balance of credit that expires within the next %n days", nullptr, m_horizonDays);
        case PredictedUnusedColumn:
            return tr("Of that, what expires unused if consumption keeps its current rate");
        case LostColumn: return tr("Balance left on credit that has already expired");
        case NextExpiryColumn: return tr("The soonest expiry of credit with balance left");
        default: return {};
        }
    }
    return {};
}

bool RiskTableModel::lessThan(const RiskRow &a, const RiskRow &b, int column) const
{
    int primary = 0;
    switch (column) {
    case ScopeColumn: primary = QString::localeAwareCompare(a.scopeName, b.scopeName); break;
    case RiskColumn: primary = int(a.level) - int(b.level); break;
    case ExpiringColumn: primary = compareMoney(a.expiringWithinHorizon, b.expiringWithinHorizon); break;
    case PredictedUnusedColumn: primary = compareMoney(a.predictedUnused, b.predictedUnused); break;
    case LostColumn: primary = compareMoney(a.alreadyLost, b.alreadyLost); break;
    case NextExpiryColumn:
        // A scope with nothing left to expire goes last in either order.
        if (a.nextExpiry.isValid() != b.nextExpiry.isValid())
            return a.nextExpiry.isValid();
        primary = a.nextExpiry < b.nextExpiry ? -1 : (b.nextExpiry < a.nextExpiry ? 1 : 0);
        break;
    case AdviceColumn: primary = QString::localeAwareCompare(a.advice, b.advice); break;
    default: break;
    }
    if (primary != 0)
        return m_sortOrder == Qt::AscendingOrder ? primary < 0 : primary > 0;
    if (a.level != b.level)
        return a.level > b.level;
    if (const int byName = QString::localeAwareCompare(a.scopeName, b.scopeName); byName != 0)
        return byName < 0;
    return a.scopeKey < b.scopeKey;
}

void RiskTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<int> permutation(m_rows.size());
    std::iota(permutation.begin(), permutation.end(), 0);
    std::stable_sort(permutation.begin(), permutation.end(),
                     [&](int a, int b) { return lessThan(m_rows.at(a), m_rows.at(b), column); });
    QList<RiskRow> sorted;
    sorted.reserve(m_rows.size());
    QList<int> newRowOf(m_rows.size());
    for (int position = 0; position < permutation.size(); ++position) {
        sorted.append(m_rows.at(permutation.at(position)));
        newRowOf[permutation.at(position)] = position;
    }
    m_rows = std::move(sorted);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(this->index(newRowOf.at(index.row()), index.column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RiskTableModel::setRows(const QList<RiskRow> &rows, int horizonDays)
{
    beginResetModel();
    m_rows = rows;
    m_horizonDays = horizonDays;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

int RiskTableModel::rowOfScope(const QString &scopeKey) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).scopeKey == scopeKey)
            return row;
    }
    return -1;
}

void RiskTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace CreditDesk
