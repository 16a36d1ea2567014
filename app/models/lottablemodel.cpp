#include "models/lottablemodel.h"

#include "core/displayformat.h"
#include "filters/creditfilter.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
QString lotSourceText(const Lot &lot)
{
    return lot.source == LotSource::Other ? lot.sourceRaw : LotTableModel::sourceText(lot.source);
}

QString lotStatusText(const Lot &lot)
{
    return lot.status == LotStatus::Unknown ? lot.statusRaw : LotTableModel::statusText(lot.status);
}

/// Money sorts by currency, then by amount: "USD 0000…" with the sign bit flipped so that
/// negative amounts order below positive ones in a plain string comparison.
QVariant moneySortKey(const Money &money)
{
    const quint64 ordered = quint64(money.minorUnits()) ^ (quint64(1) << 63);
    return QVariant(money.currency() + u' ' + u"%1"_s.arg(ordered, 20, 10, QLatin1Char('0')));
}

QVariant dateVariant(const QDateTime &dateTime)
{
    const QDate date = utcDateOf(dateTime);
    return date.isValid() ? QVariant(date) : QVariant();
}

/// Absent sorts first, then by currency, then by amount (the order of moneySortKey).
int compareMoney(const std::optional<Money> &a, const std::optional<Money> &b)
{
    if (!a || !b)
        return int(bool(a)) - int(bool(b));
    if (const int c = a->currency().compare(b->currency()); c != 0)
        return c;
    return a->minorUnits() < b->minorUnits() ? -1 : (a->minorUnits() > b->minorUnits() ? 1 : 0);
}

int compareDate(const QDateTime &a, const QDateTime &b)
{
    const QDate da = utcDateOf(a);
    const QDate db = utcDateOf(b);
    if (!da.isValid() || !db.isValid())
        return int(da.isValid()) - int(db.isValid());
    return da < db ? -1 : (db < da ? 1 : 0);
}

bool sameAmount(const AmountWithExchangeRate &a, const AmountWithExchangeRate &b)
{
    return a.amount == b.amount && a.exchangeRate == b.exchangeRate && a.exchangeRateMonth == b.exchangeRateMonth;
}

/// Lot has no operator== (it lives in the domain, shared); a refresh only repaints rows
/// where something a view or filter can see differs.
bool sameLot(const Lot &a, const Lot &b)
{
    return a.id == b.id && a.name == b.name && a.eTag == b.eTag && a.status == b.status && a.statusRaw == b.statusRaw
        && a.source == b.source && a.sourceRaw == b.sourceRaw && a.originalAmount == b.originalAmount
        && a.closedBalance == b.closedBalance && a.usedAmount == b.usedAmount && a.startDate == b.startDate
        && a.expirationDate == b.expirationDate && a.purchasedDate == b.purchasedDate && a.poNumber == b.poNumber
        && a.creditCurrency == b.creditCurrency && a.billingCurrency == b.billingCurrency
        && a.isEstimatedBalance == b.isEstimatedBalance && a.organizationType == b.organizationType
        && a.reseller == b.reseller && a.billingAccountId == b.billingAccountId
        && a.billingProfileId == b.billingProfileId && a.customerId == b.customerId
        && sameAmount(a.originalAmountInBillingCurrency, b.originalAmountInBillingCurrency)
        && sameAmount(a.closedBalanceInBillingCurrency, b.closedBalanceInBillingCurrency);
}
} // namespace

LotTableModel::LotTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

LotTableModel::~LotTableModel() = default;

QString LotTableModel::sourceText(LotSource source)
{
    switch (source) {
    case LotSource::Purchased: return tr("Purchased credit");
    case LotSource::Promotional: return tr("Promotional credit");
    case LotSource::ConsumptionCommitment: return tr("Consumption commitment");
    case LotSource::Other: break;
    }
    return tr("Other");
}

QString LotTableModel::statusText(LotStatus status)
{
    switch (status) {
    case LotStatus::Active: return tr("Active");
    case LotStatus::Inactive: return tr("Inactive");
    case LotStatus::Expired: return tr("Expired");
    case LotStatus::Complete: return tr("Used up");
    case LotStatus::Canceled: return tr("Canceled");
    case LotStatus::None: return tr("Not started");
    case LotStatus::Unknown: break;
    }
    return tr("Unknown");
}

int LotTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shownRows;
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
        return texts(index.row()).at(index.column());
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
    case MoneyRole: {
        const std::optional<Money> &m = index.column() == OriginalAmountColumn ? lot.originalAmount
            : index.column() == BalanceColumn                                  ? lot.closedBalance
                                                                               : std::optional<Money>();
        return m ? QVariant::fromValue(*m) : QVariant();
    }
    default:
        return {};
    }
}

const LotTableModel::RowTexts &LotTableModel::texts(int row) const
{
    std::unique_ptr<RowTexts> &slot = m_texts[size_t(row)];
    if (!slot) {
        slot = std::make_unique<RowTexts>();
        for (int column = 0; column < ColumnCount; ++column)
            (*slot)[size_t(column)] = formatCell(m_lots.at(row), column);
    }
    return *slot;
}

QString LotTableModel::formatCell(const Lot &lot, int column) const
{
    switch (column) {
    case SourceColumn: return lotSourceText(lot);
    case StatusColumn: return lotStatusText(lot);
    case ScopeColumn: return scopeName(lot);
    case OriginalAmountColumn: return lot.originalAmount ? formatMoney(*lot.originalAmount, m_locale) : QString();
    case BalanceColumn: return lot.closedBalance ? formatMoney(*lot.closedBalance, m_locale) : QString();
    case CurrencyColumn: return lot.currency();
    case StartDateColumn: {
        const QDate d = utcDateOf(lot.startDate);
        return DisplayFormat::date(d, m_locale);
    }
    case ExpirationDateColumn: {
        const QDate d = utcDateOf(lot.expirationDate);
        return DisplayFormat::date(d, m_locale);
    }
    case LotIdColumn: return lot.name;
    default: return {};
    }
}

QVariant LotTableModel::sortData(const Lot &lot, int column) const
{
    switch (column) {
    case SourceColumn: return lotSourceText(lot);
    case StatusColumn: return lotStatusText(lot);
    case ScopeColumn: return scopeName(lot);
    case OriginalAmountColumn: return lot.originalAmount ? moneySortKey(*lot.originalAmount) : QVariant();
    case BalanceColumn: return lot.closedBalance ? moneySortKey(*lot.closedBalance) : QVariant();
    case CurrencyColumn: return lot.currency();
    case StartDateColumn: return dateVariant(lot.startDate);
    case ExpirationDateColumn: return dateVariant(lot.expirationDate);
    case LotIdColumn: return lot.name;
    default: return {};
    }
}

bool LotTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    const Lot &a = m_lots.at(leftRow);
    const Lot &b = m_lots.at(rightRow);
    switch (column) {
    case OriginalAmountColumn: return compareMoney(a.originalAmount, b.originalAmount) < 0;
    case BalanceColumn: return compareMoney(a.closedBalance, b.closedBalance) < 0;
    case StartDateColumn: return compareDate(a.startDate, b.startDate) < 0;
    case ExpirationDateColumn: {
        const QDate da = m_keys[size_t(leftRow)].expiryUtc;
        const QDate db = m_keys[size_t(rightRow)].expiryUtc;
        if (!da.isValid() || !db.isValid())
            return !da.isValid() && db.isValid();
        return da < db;
    }
    case LotIdColumn: return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    case CurrencyColumn: return a.currency() < b.currency();
    default: return texts(leftRow).at(column).compare(texts(rightRow).at(column), Qt::CaseInsensitive) < 0;
    }
}

QVariant LotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The full title of a column narrowed to its content (TablePage's fit).
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerData(section, orientation, Qt::DisplayRole);
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

void LotTableModel::emitChangedRuns(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), 0), index(rows.at(j), ColumnCount - 1));
        i = j + 1;
    }
}

void LotTableModel::upsert(const QList<Lot> &lots)
{
    // New lots are copied straight into the table's list (one copy of each row, not a staging
    // list as well: 100,000 lots are 60 MB of rows), announced as one insert at the end.
    const int first = int(m_lots.size());
    QList<int> changed;
    for (const Lot &lot : lots) {
        const auto known = m_rowById.constFind(lot.id);
        if (known == m_rowById.constEnd()) {
            m_rowById.insert(lot.id, int(m_lots.size()));
            m_lots.append(lot);
            continue;
        }
        if (sameLot(m_lots.at(*known), lot))
            continue;
        m_lots[*known] = lot; // a batch may repeat an id: the last one wins
        if (*known >= first)
            continue; // not shown yet: nothing cached, nothing to announce
        m_texts[size_t(*known)].reset();
        m_searchTexts[size_t(*known)] = QString();
        m_keys[size_t(*known)] = rowKeyOf(lot);
        changed.append(*known);
    }
    emitChangedRuns(std::move(changed));
    const int added = int(m_lots.size()) - first;
    if (added == 0)
        return;
    // The rows are in the list already; views learn of them here, before anything reads them.
    beginInsertRows({}, first, first + added - 1);
    m_shownRows = int(m_lots.size());
    m_keys.reserve(size_t(m_lots.size()));
    for (int row = first; row < m_lots.size(); ++row)
        m_keys.push_back(rowKeyOf(m_lots.at(row)));
    m_texts.resize(size_t(m_lots.size()));
    m_searchTexts.resize(size_t(m_lots.size()));
    endInsertRows();
}

void LotTableModel::replaceAll(const QList<Lot> &lots)
{
    QSet<QString> keep;
    keep.reserve(lots.size());
    for (const Lot &lot : lots)
        keep.insert(lot.id);
    removeAllExcept(keep);
    upsert(lots);
}

void LotTableModel::removeAllExcept(const QSet<QString> &keep)
{
    // Remove vanished rows from the end, one contiguous run at a time, so the rows before a
    // run keep their numbers while we go.
    bool removed = false;
    for (int row = int(m_lots.size()) - 1; row >= 0;) {
        if (keep.contains(m_lots.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !keep.contains(m_lots.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_lots.remove(first, row - first + 1);
        m_texts.erase(m_texts.begin() + first, m_texts.begin() + row + 1);
        m_searchTexts.erase(m_searchTexts.begin() + first, m_searchTexts.begin() + row + 1);
        m_keys.erase(m_keys.begin() + first, m_keys.begin() + row + 1);
        m_shownRows = int(m_lots.size());
        endRemoveRows();
        removed = true;
        row = first - 1;
    }
    if (removed) {
        m_rowById.clear();
        for (int row = 0; row < m_lots.size(); ++row)
            m_rowById.insert(m_lots.at(row).id, row);
    }
}

LotSearchKey LotTableModel::searchKey(int row, bool withText) const
{
    const RowKey &key = m_keys[size_t(row)];
    if (!withText)
        return { {}, key.expiryUtc, key.status, key.source };
    QString &text = m_searchTexts[size_t(row)];
    if (text.isNull())
        text = CreditFilter::lotSearchText(m_lots.at(row), scopeName(m_lots.at(row)));
    return { text, key.expiryUtc, key.status, key.source };
}

QString LotTableModel::scopeName(const Lot &lot) const
{
    const QString &id = lot.customerId.isEmpty() ? lot.billingProfileId : lot.customerId;
    const auto name = m_scopeNames.constFind(id);
    return name == m_scopeNames.constEnd() ? id : *name;
}

void LotTableModel::setScopeName(const QString &scopeId, const QString &displayName)
{
    if (displayName.isEmpty() || m_scopeNames.value(scopeId) == displayName)
        return;
    m_scopeNames.insert(scopeId, displayName);
    if (m_lots.isEmpty())
        return;
    // Only the scope cell of already formatted rows and the search text of this scope's rows
    // change.
    for (int row = 0; row < int(m_texts.size()); ++row) {
        const Lot &lot = m_lots.at(row);
        if ((lot.customerId.isEmpty() ? lot.billingProfileId : lot.customerId) != scopeId)
            continue;
        if (m_texts[size_t(row)])
            (*m_texts[size_t(row)])[ScopeColumn] = displayName;
        m_searchTexts[size_t(row)] = QString();
    }
    Q_EMIT dataChanged(index(0, ScopeColumn), index(int(m_lots.size()) - 1, ScopeColumn));
}

void LotTableModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    for (auto &texts : m_texts)
        texts.reset();
    if (!m_lots.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_lots.size()) - 1, ColumnCount - 1));
}

void LotTableModel::clear()
{
    // Names belong to the account whose lots these were: the next account's must not inherit them.
    m_scopeNames.clear();
    if (m_lots.isEmpty())
        return;
    beginResetModel();
    m_lots.clear();
    m_rowById.clear();
    m_texts.clear();
    m_searchTexts.clear();
    m_keys.clear();
    m_shownRows = 0;
    endResetModel();
}

} // namespace CreditDesk
