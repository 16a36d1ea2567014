#include "models/lottablemodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
QString sourceText(const Lot &lot)
{
    switch (lot.source) {
    case LotSource::Purchased: return LotTableModel::tr("Purchased credit");
    case LotSource::Promotional: return LotTableModel::tr("Promotional credit");
    case LotSource::ConsumptionCommitment: return LotTableModel::tr("Consumption commitment");
    case LotSource::Other: break;
    }
    return lot.sourceRaw;
}

QString statusText(const Lot &lot)
{
    switch (lot.status) {
    case LotStatus::Active: return LotTableModel::tr("Active");
    case LotStatus::Inactive: return LotTableModel::tr("Inactive");
    case LotStatus::Expired: return LotTableModel::tr("Expired");
    case LotStatus::Complete: return LotTableModel::tr("Used up");
    case LotStatus::Canceled: return LotTableModel::tr("Canceled");
    case LotStatus::None: return LotTableModel::tr("Not started");
    case LotStatus::Unknown: break;
    }
    return lot.statusRaw;
}

/// Money sorts by currency, then by amount: "USD 0000…" with the sign bit flipped so that
/// negative amounts order below positive ones in a plain string comparison.
QVariant moneySortKey(const Money &money)
{
    const quint64 ordered = quint64(money.minorUnits()) ^ (quint64(1) << 63);
    return QVariant(money.currency() + u' ' + u"%1"_s.arg(ordered, 20, 10, QLatin1Char('0')));
}

QVariant utcDate(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QVariant(dateTime.toUTC().date()) : QVariant();
}
} // namespace

LotTableModel::LotTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int LotTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lots.size());
}

int LotTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LotTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lot &lot = m_lots.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(lot, index.column());
    case Qt::ToolTipRole:
        if (index.column() == BalanceColumn && lot.isEstimatedBalance)
            return tr("Estimated: the balance may still change.");
        if (index.column() == BalanceColumn)
            return tr("Balance as of the last invoice.");
        if (index.column() == ScopeColumn)
            return lot.customerId.isEmpty() ? lot.billingProfileId : lot.customerId;
        if (index.column() == LotIdColumn)
            return lot.id;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OriginalAmountColumn || index.column() == BalanceColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortData(lot, index.column());
    case LotIdRole:
        return lot.id;
    case CurrencyRole:
        return lot.currency();
    default:
        return {};
    }
}

QVariant LotTableModel::displayData(const Lot &lot, int column) const
{
    const QLocale locale;
    switch (column) {
    case SourceColumn: return sourceText(lot);
    case StatusColumn: return statusText(lot);
    case ScopeColumn: return scopeName(lot);
    case OriginalAmountColumn:
        return lot.originalAmount ? formatMoney(*lot.originalAmount, locale) : QString();
    case BalanceColumn:
        return lot.closedBalance ? formatMoney(*lot.closedBalance, locale) : QString();
    case CurrencyColumn: return lot.currency();
    case StartDateColumn:
        return lot.startDate.isValid() ? locale.toString(lot.startDate.toUTC().date(), QLocale::ShortFormat) : QString();
    case ExpirationDateColumn:
        return lot.expirationDate.isValid() ? locale.toString(lot.expirationDate.toUTC().date(), QLocale::ShortFormat)
                                            : QString();
    case LotIdColumn: return lot.name;
    default: return {};
    }
}

QVariant LotTableModel::sortData(const Lot &lot, int column) const
{
    switch (column) {
    case SourceColumn: return sourceText(lot);
    case StatusColumn: return statusText(lot);
    case ScopeColumn: return scopeName(lot);
    case OriginalAmountColumn: return lot.originalAmount ? moneySortKey(*lot.originalAmount) : QVariant();
    case BalanceColumn: return lot.closedBalance ? moneySortKey(*lot.closedBalance) : QVariant();
    case CurrencyColumn: return lot.currency();
    case StartDateColumn: return utcDate(lot.startDate);
    case ExpirationDateColumn: return utcDate(lot.expirationDate);
    case LotIdColumn: return lot.name;
    default: return {};
    }
}

QVariant LotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SourceColumn: return tr("Source");
    case StatusColumn: return tr("Status");
    case ScopeColumn: return tr("Billing scope");
    case OriginalAmountColumn: return tr("Original amount");
    case BalanceColumn: return tr("Balance");
    case CurrencyColumn: return tr("Currency");
    case StartDateColumn: return tr("Start (UTC)");
    case ExpirationDateColumn: return tr("Expires (UTC)");
    case LotIdColumn: return tr("Lot");
    default: return {};
    }
}

void LotTableModel::upsert(const QList<Lot> &lots)
{
    QList<Lot> added;
    int firstChanged = -1;
    int lastChanged = -1;
    for (const Lot &lot : lots) {
        const auto known = m_rowById.constFind(lot.id);
        if (known == m_rowById.constEnd()) {
            added.append(lot);
            continue;
        }
        m_lots[*known] = lot;
        firstChanged = firstChanged < 0 ? *known : qMin(firstChanged, *known);
        lastChanged = qMax(lastChanged, *known);
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (added.isEmpty())
        return;
    const int first = int(m_lots.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (Lot &lot : added) {
        m_rowById.insert(lot.id, int(m_lots.size()));
        m_lots.append(std::move(lot));
    }
    endInsertRows();
}

QString LotTableModel::scopeName(const Lot &lot) const
{
    const QString &id = lot.customerId.isEmpty() ? lot.billingProfileId : lot.customerId;
    const QString name = m_scopeNames.value(id);
    return name.isEmpty() ? id : name;
}

void LotTableModel::setScopeName(const QString &scopeId, const QString &displayName)
{
    if (displayName.isEmpty() || m_scopeNames.value(scopeId) == displayName)
        return;
    m_scopeNames.insert(scopeId, displayName);
    if (!m_lots.isEmpty())
        Q_EMIT dataChanged(index(0, ScopeColumn), index(int(m_lots.size()) - 1, ScopeColumn));
}

void LotTableModel::clear()
{
    if (m_lots.isEmpty())
        return;
    beginResetModel();
    m_lots.clear();
    m_rowById.clear();
    endResetModel();
}

} // namespace CreditDesk
