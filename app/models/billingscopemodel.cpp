#include "models/billingscopemodel.h"

namespace CreditDesk {

namespace {
QString kindText(BillingScopeModel::Kind kind)
{
    switch (kind) {
    case BillingScopeModel::Kind::BillingAccount: return BillingScopeModel::tr("Billing account");
    case BillingScopeModel::Kind::BillingProfile: return BillingScopeModel::tr("Billing profile");
    case BillingScopeModel::Kind::Customer: return BillingScopeModel::tr("Customer");
    }
    return {};
}

const std::optional<Money> *summaryMoney(const BillingScopeModel::Scope &scope, int column)
{
    if (!scope.summary)
        return nullptr;
    if (column == BillingScopeModel::EstimatedBalanceColumn)
        return &scope.summary->estimatedBalance;
    if (column == BillingScopeModel::CurrentBalanceColumn)
        return &scope.summary->currentBalance;
    return nullptr;
}
} // namespace

BillingScopeModel::BillingScopeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int BillingScopeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scopes.size());
}

int BillingScopeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BillingScopeModel::displayData(const Scope &scope, int column) const
{
    switch (column) {
    case NameColumn: return scope.displayName.isEmpty() ? scope.id : scope.displayName;
    case KindColumn: return kindText(scope.kind);
    case CurrencyColumn: return scope.currency;
    case EstimatedBalanceColumn:
    case CurrentBalanceColumn: {
        const std::optional<Money> *m = summaryMoney(scope, column);
        return m && *m ? formatMoney(m->value(), m_locale) : QString();
    }
    case IdColumn: return scope.id;
    default: return {};
    }
}

QVariant BillingScopeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Scope &scope = m_scopes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(scope, index.column());
    case Qt::ToolTipRole:
        if (index.column() == EstimatedBalanceColumn && scope.summary)
            return tr("After billed and pending transactions.");
        if (index.column() == CurrentBalanceColumn && scope.summary)
            return tr("As of the last invoice.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == EstimatedBalanceColumn || index.column() == CurrentBalanceColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole: {
        if (const std::optional<Money> *m = summaryMoney(scope, index.column()))
            return *m ? QVariant((*m)->minorUnits()) : QVariant();
        if (index.column() == KindColumn)
            return int(scope.kind);
        return displayData(scope, index.column());
    }
    case ScopeIdRole: return scope.id;
    case KindRole: return int(scope.kind);
    case CurrencyRole: return scope.currency;
    default: return {};
    }
}

QVariant BillingScopeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case CurrencyColumn: return tr("Currency");
    case EstimatedBalanceColumn: return tr("Estimated balance");
    case CurrentBalanceColumn: return tr("Current balance");
    case IdColumn: return tr("Id");
    default: return {};
    }
}

int BillingScopeModel::ensureRow(const QString &id, Kind kind)
{
    if (const int row = rowOf(id); row >= 0)
        return row;
    const int row = int(m_scopes.size());
    beginInsertRows({}, row, row);
    m_scopes.append(Scope { id, QString(), kind, QString(), std::nullopt });
    m_rowById.insert(id, row);
    endInsertRows();
    return row;
}

void BillingScopeModel::setScope(const QString &id, const QString &displayName, Kind kind, const QString &currency)
{
    const bool isNew = rowOf(id) < 0;
    const int row = ensureRow(id, kind);
    Scope &scope = m_scopes[row];
    const QString newCurrency = currency.isEmpty() ? scope.currency : Money::normalizedCurrency(currency);
    if (!isNew && scope.displayName == displayName && scope.kind == kind && scope.currency == newCurrency)
        return;
    scope.displayName = displayName;
    scope.kind = kind;
    scope.currency = newCurrency;
    // A new row was inserted empty; either way its cells now differ.
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BillingScopeModel::setSummary(const QString &profileId, const CreditSummary &summary)
{
    const int row = ensureRow(profileId, Kind::BillingProfile);
    Scope &scope = m_scopes[row];
    scope.summary = summary;
    if (scope.currency.isEmpty())
        scope.currency = !summary.creditCurrency.isEmpty() ? summary.creditCurrency
            : summary.estimatedBalance                    ? summary.estimatedBalance->currency()
                                                          : summary.billingCurrency;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BillingScopeModel::clear()
{
    if (m_scopes.isEmpty())
        return;
    beginResetModel();
    m_scopes.clear();
    m_rowById.clear();
    endResetModel();
}

void BillingScopeModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    if (!m_scopes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_scopes.size()) - 1, ColumnCount - 1));
}

} // namespace CreditDesk
