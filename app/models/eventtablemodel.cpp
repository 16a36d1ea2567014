#include "models/eventtablemodel.h"

#include "core/displayformat.h"
#include "filters/creditfilter.h"

#include <limits>

namespace CreditDesk {

namespace {
const std::optional<Money> NoMoney;

QString typeText(const CreditEvent &event)
{
    switch (event.eventType) {
    case CreditEventType::SettledCharges: return EventTableModel::tr("Charges");
    case CreditEventType::PendingCharges: return EventTableModel::tr("Pending charges");
    case CreditEventType::PendingAdjustments: return EventTableModel::tr("Pending adjustment");
    case CreditEventType::PendingNewCredit: return EventTableModel::tr("Pending new credit");
    case CreditEventType::PendingExpiredCredit: return EventTableModel::tr("Pending expiry");
    case CreditEventType::NewCredit: return EventTableModel::tr("New credit");
    case CreditEventType::CreditExpired:
    case CreditEventType::ExpiredCredit: return EventTableModel::tr("Credit expired");
    case CreditEventType::CanceledCredit: return EventTableModel::tr("Credit canceled");
    case CreditEventType::Unknown: break;
    }
    return event.eventTypeRaw;
}

int compareMoney(const std::optional<Money> &a, const std::optional<Money> &b)
{
    if (!a || !b)
        return int(bool(a)) - int(bool(b));
    if (const int c = a->currency().compare(b->currency()); c != 0)
        return c;
    return a->minorUnits() < b->minorUnits() ? -1 : (a->minorUnits() > b->minorUnits() ? 1 : 0);
}
} // namespace

const QString &EventTableModel::currencyOf(const CreditEvent &event)
{
    return event.creditCurrency.isEmpty() ? event.billingCurrency : event.creditCurrency;
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool EventTableModel::isMoneyColumn(int column)
{
    return column == NewCreditColumn || column == ChargesColumn || column == AdjustmentsColumn
        || column == ExpiredColumn || column == BalanceAfterColumn;
}

std::optional<Money> EventTableModel::shownMoney(const CreditEvent &event, int column)
{
    switch (column) {
    case NewCreditColumn: return event.newCredit;
    // Azure sends charges as negative amounts in live data and as positive ones in its own
    // examples; the table shows consumption as a positive amount either way (as the forecast
    // counts it). Exports keep the raw value.
    case ChargesColumn:
        if (event.charges && event.charges->isNegative())
            return -*event.charges;
        return event.charges;
    case AdjustmentsColumn: return event.adjustments;
    case ExpiredColumn: return event.creditExpired;
    case BalanceAfterColumn: return event.closedBalance;
    default: return std::nullopt;
    }
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CreditEvent &event = m_events.at(index.row());
    const int column = index.column();
    const bool isMoney = isMoneyColumn(column);
    switch (role) {
    case Qt::DisplayRole:
        return texts(index.row()).at(column);
    case Qt::ToolTipRole:
        if (column == LotColumn)
            return event.lotId;
        if (column == BalanceAfterColumn && event.isEstimatedBalance)
            return tr("Estimated: the balance may still change.");
        return {};
    case Qt::TextAlignmentRole:
        return isMoney ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        if (isMoney) {
            const std::optional<Money> money = shownMoney(event, column);
            return money ? QVariant(money->minorUnits()) : QVariant();
        }
        if (column == DateColumn) {
            const QDate d = utcDateOf(event.transactionDate);
            return d.isValid() ? QVariant(d) : QVariant();
        }
        if (column == CurrencyColumn)
            return currencyOf(event);
        return texts(index.row()).at(column);
    case EventIdRole:
        return event.id();
    case LotIdRole:
        return event.lotId;
    case CurrencyRole:
        return currencyOf(event);
    case MoneyRole:
        if (const std::optional<Money> money = isMoney ? shownMoney(event, column) : std::nullopt)
            return QVariant::fromValue(*money);
        return {};
    default:
        return {};
    }
}

const EventTableModel::RowTexts &EventTableModel::texts(int row) const
{
    std::unique_ptr<RowTexts> &slot = m_texts[size_t(row)];
    if (!slot) {
        slot = std::make_unique<RowTexts>();
        for (int column = 0; column < ColumnCount; ++column)
            (*slot)[size_t(column)] = formatCell(m_events.at(row), column);
    }
    return *slot;
}

QString EventTableModel::formatCell(const CreditEvent &event, int column) const
{
    if (isMoneyColumn(column)) {
        const std::optional<Money> money = shownMoney(event, column);
        return money ? formatMoney(*money, m_locale) : QString();
    }
    switch (column) {
    case DateColumn: {
        const QDate d = utcDateOf(event.transactionDate);
        return DisplayFormat::date(d, m_locale);
    }
    case TypeColumn: return typeText(event);
    case DescriptionColumn: return event.description;
    case LotColumn: return event.lotId.mid(event.lotId.lastIndexOf(u'/') + 1);
    case CurrencyColumn: return currencyOf(event);
    case InvoiceColumn: return event.invoiceNumber;
    case BillingProfileColumn:
        return event.billingProfileDisplayName.isEmpty() ? event.billingProfileId : event.billingProfileDisplayName;
    default: return {};
    }
}

bool EventTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    const CreditEvent &a = m_events.at(leftRow);
    const CreditEvent &b = m_events.at(rightRow);
    if (isMoneyColumn(column))
        return compareMoney(shownMoney(a, column), shownMoney(b, column)) < 0;
    if (column == DateColumn)
        return dateKey(leftRow) < dateKey(rightRow);
    return texts(leftRow).at(column).compare(texts(rightRow).at(column), Qt::CaseInsensitive) < 0;
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section == ChargesColumn)
            return tr("Credit used by charges, shown as a positive amount whichever sign Azure sent. "
                      "Exports keep Azure's own values.");
        return headerData(section, orientation, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date (UTC)");
    case TypeColumn: return tr("Type");
    case DescriptionColumn: return tr("Description");
    case LotColumn: return tr("Lot");
    case CurrencyColumn: return tr("Currency");
    case NewCreditColumn: return tr("New credit");
    case ChargesColumn: return tr("Charges (used)");
    case AdjustmentsColumn: return tr("Adjustments");
    case ExpiredColumn: return tr("Expired");
    case BalanceAfterColumn: return tr("Balance after");
    case InvoiceColumn: return tr("Invoice");
    case BillingProfileColumn: return tr("Billing profile");
    default: return {};
    }
}

void EventTableModel::append(QList<CreditEvent> events)
{
    supersedeReplacement();
    insertRows(std::move(events));
}

void EventTableModel::insertRows(QList<CreditEvent> events)
{
    if (events.isEmpty())
        return;
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(events.size()) - 1);
    // Moved in when the caller gave up its list: no per-string reference counting for 100,000 rows.
    m_events.append(std::move(events));
    m_texts.resize(size_t(m_events.size()));
    endInsertRows();
}

void EventTableModel::setEvents(const QList<CreditEvent> &events)
{
    supersedeReplacement();
    resetRows(events);
}

void EventTableModel::resetRows(QList<CreditEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    m_texts.clear();
    m_texts.resize(size_t(m_events.size()));
    m_searchFields.clear();
    m_foldedIds.clear();
    m_foldedTexts.clear();
    m_dateKeys.clear();
    endResetModel();
}

std::optional<std::vector<qsizetype>> EventTableModel::matchRows(const QList<CreditEvent> &current,
                                                                 const QList<CreditEvent> &incoming, MatchBy by)
{
    // By name first: a GUID, cheap to hash, where the full id would have to be built for each
    // of 100,000 rows twice. Either way each row and each incoming event may match once.
    const auto keyOf = [by](const CreditEvent &e) { return by == MatchBy::Name ? e.name : e.id(); };
    QHash<QString, qsizetype> byKey;
    byKey.reserve(incoming.size());
    for (qsizetype i = 0; i < incoming.size(); ++i)
        byKey.insert(keyOf(incoming.at(i)), i);
    if (byKey.size() != incoming.size())
        return std::nullopt;
    std::vector<qsizetype> matchOf(size_t(current.size()), -1);
    std::vector<bool> taken(size_t(incoming.size()), false);
    for (qsizetype row = 0; row < current.size(); ++row) {
        const CreditEvent &event = current.at(row);
        const auto it = byKey.constFind(keyOf(event));
        if (it == byKey.constEnd())
            continue;
        if (taken[size_t(*it)] || !event.hasSameId(incoming.at(*it)))
            return std::nullopt;
        taken[size_t(*it)] = true;
        matchOf[size_t(row)] = *it;
    }
    return matchOf;
}

void EventTableModel::removeRowRun(int first, int last)
{
    beginRemoveRows({}, first, last);
    m_events.remove(first, last - first + 1);
    const auto eraseFrom = [first, last](auto &perRow) {
        const size_t end = qMin(perRow.size(), size_t(last) + 1);
        if (size_t(first) < end)
            perRow.erase(perRow.begin() + first, perRow.begin() + qsizetype(end));
    };
    eraseFrom(m_texts);
    eraseFrom(m_searchFields);
    eraseFrom(m_dateKeys);
    endRemoveRows();
}

void EventTableModel::forgetRowCaches(int row)
{
    m_texts[size_t(row)].reset();
    if (size_t(row) < m_searchFields.size())
        m_searchFields[size_t(row)] = SearchFieldIds { std::numeric_limits<quint32>::max() };
    if (size_t(row) < m_dateKeys.size())
        m_dateKeys[size_t(row)] = dateKeyOf(m_events.at(row));
}

qint64 EventTableModel::dateKeyOf(const CreditEvent &event)
{
    const QDate day = utcDateOf(event.transactionDate);
    return day.isValid() ? day.toJulianDay() : std::numeric_limits<qint64>::min();
}

qint64 EventTableModel::dateKey(int row) const
{
    // Sorting 100,000 rows compares two million times: a UTC day number per row beats
    // converting both QDateTimes on every comparison. Rows without a date sort first.
    if (m_dateKeys.size() != size_t(m_events.size())) {
        const size_t known = qMin(m_dateKeys.size(), size_t(m_events.size()));
        m_dateKeys.resize(size_t(m_events.size()));
        for (size_t i = known; i < m_dateKeys.size(); ++i)
            m_dateKeys[i] = dateKeyOf(m_events.at(qsizetype(i)));
    }
    return m_dateKeys[size_t(row)];
}

const EventTableModel::SearchFieldIds &EventTableModel::searchFieldIds(int row) const
{
    constexpr quint32 NotYet = std::numeric_limits<quint32>::max();
    if (m_searchFields.size() != size_t(m_events.size()))
        m_searchFields.resize(size_t(m_events.size()), SearchFieldIds { NotYet });
    SearchFieldIds &ids = m_searchFields[size_t(row)];
    if (ids[0] == NotYet) {
        const std::array<QString, 5> texts = CreditFilter::eventSearchTexts(m_events.at(row));
        for (size_t i = 0; i < texts.size(); ++i) {
            auto it = m_foldedIds.constFind(texts[i]);
            if (it == m_foldedIds.constEnd()) {
                it = m_foldedIds.insert(texts[i], quint32(m_foldedTexts.size()));
                m_foldedTexts.append(texts[i].toCaseFolded());
            }
            ids[i] = it.value();
        }
    }
    return ids;
}

void EventTableModel::clear()
{
    supersedeReplacement();
    if (!m_events.isEmpty())
        resetRows({});
}

void EventTableModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    for (auto &texts : m_texts)
        texts.reset();
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_events.size()) - 1, ColumnCount - 1));
}

} // namespace CreditDesk
