#include "filters/creditfilter.h"

#include "models/lottablemodel.h"

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
constexpr int SourceShift = 8;
constexpr LotStatus AllStatuses[] = { LotStatus::None, LotStatus::Active, LotStatus::Inactive, LotStatus::Expired,
                                      LotStatus::Complete, LotStatus::Canceled, LotStatus::Unknown };
constexpr LotSource AllSources[] = { LotSource::Purchased, LotSource::Promotional, LotSource::ConsumptionCommitment,
                                     LotSource::Other };

quint32 bit(LotStatus s) { return quint32(1) << int(s); }
quint32 bit(LotSource s) { return quint32(1) << (int(s) + SourceShift); }

template<typename E, size_t N>
quint32 maskOf(const QList<E> &values, const E (&)[N])
{
    quint32 mask = 0;
    for (E v : values)
        mask |= bit(v);
    return mask;
}

template<typename E, size_t N>
QList<E> valuesOf(quint32 mask, const E (&all)[N])
{
    QList<E> out;
    for (E v : all) {
        if (mask & bit(v))
            out.append(v);
    }
    return out;
}

/// "abc" matches "abc" and ".../customers/abc", both case-insensitively.
bool idMatches(QStringView value, const std::optional<QString> &wanted)
{
    if (!wanted)
        return true;
    if (value.compare(*wanted, Qt::CaseInsensitive) == 0)
        return true;
    return value.size() > wanted->size() && value.endsWith(*wanted, Qt::CaseInsensitive)
        && value.at(value.size() - wanted->size() - 1) == u'/';
}

template<typename T>
bool setIfChanged(T &member, const T &value)
{
    if (member == value)
        return false;
    member = value;
    return true;
}

bool positive(const std::optional<Money> &m) { return m && m->isPositive(); }
} // namespace

QDate utcDateOf(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.timeSpec() == Qt::UTC ? dateTime.date() : dateTime.toUTC().date();
}

EventKind eventKindOf(CreditEventType type)
{
    switch (type) {
    case CreditEventType::SettledCharges:
    case CreditEventType::PendingCharges: return EventKind::Charges;
    case CreditEventType::NewCredit:
    case CreditEventType::PendingNewCredit: return EventKind::NewCredit;
    case CreditEventType::CreditExpired:
    case CreditEventType::ExpiredCredit:
    case CreditEventType::PendingExpiredCredit:
    case CreditEventType::CanceledCredit: return EventKind::Expiry;
    case CreditEventType::PendingAdjustments:
    case CreditEventType::Unknown: break;
    }
    return EventKind::Adjustments;
}

bool CreditFilter::setEventKind(EventKind kind)
{
    return setIfChanged(m_eventKind, kind);
}

bool CreditFilter::setTransactionsFrom(const QDate &date)
{
    return setIfChanged(m_transactionsFrom, date.isValid() ? date : QDate());
}

bool CreditFilter::setLotId(const std::optional<QString> &id)
{
    return setIfChanged(m_lotId, id);
}

bool CreditFilter::setText(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed == m_text)
        return false;
    m_text = trimmed;
    prepareNeedles();
    return true;
}

void CreditFilter::prepareNeedles()
{
    m_needles.clear();
    m_needleEnumHits.clear();
    const QStringList words = m_text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        // Case-folded once here: prepared lot texts are folded too and compared exactly;
        // other rows are compared case-insensitively without copies.
        const QString needle = word.toCaseFolded();
        quint32 hits = 0;
        for (LotStatus s : AllStatuses) {
            if (LotTableModel::statusText(s).contains(needle, Qt::CaseInsensitive))
                hits |= bit(s);
        }
        for (LotSource s : AllSources) {
            if (LotTableModel::sourceText(s).contains(needle, Qt::CaseInsensitive))
                hits |= bit(s);
        }
        m_needles.append(needle);
        m_needleEnumHits.append(hits);
    }
}

QList<LotStatus> CreditFilter::statuses() const { return valuesOf(m_statusMask, AllStatuses); }
bool CreditFilter::setStatuses(const QList<LotStatus> &statuses)
{
    return setIfChanged(m_statusMask, maskOf(statuses, AllStatuses));
}
QList<LotSource> CreditFilter::sources() const { return valuesOf(m_sourceMask, AllSources); }
bool CreditFilter::setSources(const QList<LotSource> &sources)
{
    return setIfChanged(m_sourceMask, maskOf(sources, AllSources));
}

bool CreditFilter::setCurrency(const std::optional<QString> &currency)
{
    std::optional<QString> normalized;
    if (currency && !currency->trimmed().isEmpty())
        normalized = Money::normalizedCurrency(*currency);
    return setIfChanged(m_currency, normalized);
}
bool CreditFilter::setBillingAccountId(const std::optional<QString> &id) { return setIfChanged(m_billingAccountId, id); }
bool CreditFilter::setBillingProfileId(const std::optional<QString> &id) { return setIfChanged(m_billingProfileId, id); }
bool CreditFilter::setCustomerId(const std::optional<QString> &id) { return setIfChanged(m_customerId, id); }
bool CreditFilter::setExpiresFrom(const QDate &date) { return setIfChanged(m_expiresFrom, date); }
bool CreditFilter::setExpiresTo(const QDate &date) { return setIfChanged(m_expiresTo, date); }
bool CreditFilter::setQuick(QuickFilter quick) { return setIfChanged(m_quick, quick); }

bool CreditFilter::isEmpty() const
{
    return m_needles.isEmpty() && !m_statusMask && !m_sourceMask && !m_currency && !m_billingAccountId
        && !m_billingProfileId && !m_customerId && !m_expiresFrom.isValid() && !m_expiresTo.isValid()
        && m_quick == QuickFilter::None && m_eventKind == EventKind::Any && !m_transactionsFrom.isValid() && !m_lotId;
}

bool CreditFilter::textMatches(std::initializer_list<QStringView> fields, quint32 enumMask) const
{
    for (qsizetype i = 0; i < m_needles.size(); ++i) {
        if (m_needleEnumHits.at(i) & enumMask)
            continue;
        const QString &needle = m_needles.at(i);
        bool found = false;
        for (QStringView field : fields) {
            if (field.contains(needle, Qt::CaseInsensitive)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

bool CreditFilter::foldedTextMatches(QStringView folded, quint32 enumMask) const
{
    for (qsizetype i = 0; i < m_needles.size(); ++i) {
        if (!(m_needleEnumHits.at(i) & enumMask) && !folded.contains(m_needles.at(i)))
            return false;
    }
    return true;
}

QString CreditFilter::lotSearchText(const Lot &lot, const QString &scopeName)
{
    const QString &scopeId = lot.customerId.isEmpty() ? lot.billingProfileId : lot.customerId;
    const QString text = lot.name + u'\n' + scopeId + u'\n' + scopeName + u'\n' + lot.sourceRaw + u'\n'
        + lot.statusRaw + u'\n' + lot.currency() + u'\n' + lot.poNumber;
    return text.toCaseFolded();
}

bool CreditFilter::matches(const Lot &lot, const QDate &todayUtc, const QString &scopeName) const
{
    const bool needExpiry = m_expiresFrom.isValid() || m_expiresTo.isValid() || m_quick != QuickFilter::None;
    const QString text = m_needles.isEmpty() ? QString() : lotSearchText(lot, scopeName);
    return matches(lot, todayUtc,
                   LotSearchKey { text, needExpiry ? utcDateOf(lot.expirationDate) : QDate(), lot.status, lot.source });
}

bool CreditFilter::matches(const Lot &lot, const QDate &todayUtc, const LotSearchKey &key) const
{
    if (m_statusMask && !(m_statusMask & bit(key.status)))
        return false;
    if (m_sourceMask && !(m_sourceMask & bit(key.source)))
        return false;
    if (m_currency && lot.currency().compare(*m_currency, Qt::CaseInsensitive) != 0)
        return false;
    if ((m_billingAccountId && !idMatches(lot.billingAccountId, m_billingAccountId))
        || (m_billingProfileId && !idMatches(lot.billingProfileId, m_billingProfileId))
        || (m_customerId && !idMatches(lot.customerId, m_customerId))) {
        return false;
    }

    const QDate &expiry = key.expiryUtc;
    if (m_expiresFrom.isValid() && (!expiry.isValid() || expiry < m_expiresFrom))
        return false;
    if (m_expiresTo.isValid() && (!expiry.isValid() || expiry > m_expiresTo))
        return false;

    if (m_quick != QuickFilter::None) {
        // A lot counts as over once its status says so or its last day (UTC) has passed.
        const LotStatus status = key.status;
        const bool over = status == LotStatus::Expired || status == LotStatus::Complete
            || status == LotStatus::Canceled || (expiry.isValid() && expiry < todayUtc);
        const bool expired = status == LotStatus::Expired || (expiry.isValid() && expiry < todayUtc);
        auto expiringWithin = [&](int days) {
            return !over && expiry.isValid() && expiry >= todayUtc && expiry <= todayUtc.addDays(days);
        };
        switch (m_quick) {
        case QuickFilter::None: break;
        case QuickFilter::ExpiringWithin30: if (!expiringWithin(30)) return false; break;
        case QuickFilter::ExpiringWithin60: if (!expiringWithin(60)) return false; break;
        case QuickFilter::ExpiringWithin90: if (!expiringWithin(90)) return false; break;
        case QuickFilter::Active: if (status != LotStatus::Active || over) return false; break;
        case QuickFilter::Expired: if (!expired) return false; break;
        case QuickFilter::ExpiredWithBalance: if (!expired || !positive(lot.closedBalance)) return false; break;
        case QuickFilter::NotRedeemed:
        case QuickFilter::ReassignmentCapReached: return false;
        }
    }

    return m_needles.isEmpty() || foldedTextMatches(key.text, bit(key.status) | bit(key.source));
}

bool CreditFilter::matches(const CreditEvent &event) const
{
    if (!matchesExceptText(event))
        return false;
    if (m_needles.isEmpty())
        return true;
    const std::array<QString, 5> texts = eventSearchTexts(event);
    return textMatches({ texts[0], texts[1], texts[2], texts[3], texts[4] }, 0);
}

std::array<QString, 5> CreditFilter::eventSearchTexts(const CreditEvent &event)
{
    return { event.description, event.eventTypeRaw, event.lotId.mid(event.lotId.lastIndexOf(u'/') + 1),
             event.invoiceNumber,
             event.billingProfileDisplayName.isEmpty() ? event.billingProfileId : event.billingProfileDisplayName };
}

bool CreditFilter::matchesExceptText(const CreditEvent &event) const
{
    if (m_currency) {
        const QString &c = event.creditCurrency.isEmpty() ? event.billingCurrency : event.creditCurrency;
        if (c.compare(*m_currency, Qt::CaseInsensitive) != 0)
            return false;
    }
    if (!idMatches(event.billingAccountId, m_billingAccountId) || !idMatches(event.billingProfileId, m_billingProfileId)
        || !idMatches(event.lotId, m_lotId))
        return false;
    if (m_eventKind != EventKind::Any && eventKindOf(event.eventType) != m_eventKind)
        return false;
    if (m_transactionsFrom.isValid()) {
        const QDate day = utcDateOf(event.transactionDate);
        if (!day.isValid() || day < m_transactionsFrom)
            return false;
    }
    return !m_sourceMask || (m_sourceMask & bit(lotSourceFromString(event.lotSource)));
}

quint64 CreditFilter::wordMask(QStringView folded) const
{
    quint64 mask = 0;
    for (qsizetype i = 0; i < qMin<qsizetype>(m_needles.size(), 64); ++i) {
        if (folded.contains(m_needles.at(i)))
            mask |= quint64(1) << i;
    }
    return mask;
}

quint64 CreditFilter::allWordsMask() const
{
    const qsizetype n = qMin<qsizetype>(m_needles.size(), 64);
    return n == 64 ? ~quint64(0) : (quint64(1) << n) - 1;
}

bool CreditFilter::matches(const PartnerCredit &credit, const QDate &todayUtc) const
{
    if (m_currency && credit.amount.currency().compare(*m_currency, Qt::CaseInsensitive) != 0)
        return false;
    const QDate &end = credit.endDate;
    if (m_expiresFrom.isValid() && (!end.isValid() || end < m_expiresFrom))
        return false;
    if (m_expiresTo.isValid() && (!end.isValid() || end > m_expiresTo))
        return false;
    const bool expired = credit.status == PartnerCredit::Status::Expired || (end.isValid() && end < todayUtc);
    auto expiringWithin = [&](int days) {
        return !expired && credit.status != PartnerCredit::Status::Redeemed && end.isValid() && end >= todayUtc
            && end <= todayUtc.addDays(days);
    };
    switch (m_quick) {
    case QuickFilter::None: break;
    case QuickFilter::ExpiringWithin30: if (!expiringWithin(30)) return false; break;
    case QuickFilter::ExpiringWithin60: if (!expiringWithin(60)) return false; break;
    case QuickFilter::ExpiringWithin90: if (!expiringWithin(90)) return false; break;
    case QuickFilter::Active: if (expired) return false; break;
    case QuickFilter::Expired: if (!expired) return false; break;
    // A credit nobody redeemed is the balance left when it expires.
    case QuickFilter::ExpiredWithBalance:
        if (!expired || credit.status == PartnerCredit::Status::Redeemed) return false;
        break;
    case QuickFilter::NotRedeemed: if (credit.status != PartnerCredit::Status::NotRedeemed || expired) return false; break;
    case QuickFilter::ReassignmentCapReached: if (!credit.isReassignmentCapReached()) return false; break;
    }
    if (m_needles.isEmpty())
        return true;
    return textMatches({ credit.id, credit.programName, credit.assignedUser.userPrincipalName, credit.assignedUser.displayName, credit.amount.currency() }, 0);
}

bool CreditFilter::isNarrowingOf(const CreditFilter &older) const
{
    CreditFilter sameText = older;
    sameText.m_text = m_text;
    sameText.m_needles = m_needles;
    sameText.m_needleEnumHits = m_needleEnumHits;
    if (!(sameText == *this))
        return false;
    // Every old word must live inside some new word: then a row having all new words has
    // all old ones too.
    for (const QString &old : older.m_needles) {
        bool covered = false;
        for (const QString &word : m_needles)
            covered = covered || word.contains(old);
        if (!covered)
            return false;
    }
    return true;
}

bool operator==(const CreditFilter &a, const CreditFilter &b)
{
    return a.m_text == b.m_text && a.m_statusMask == b.m_statusMask && a.m_sourceMask == b.m_sourceMask
        && a.m_currency == b.m_currency && a.m_billingAccountId == b.m_billingAccountId
        && a.m_billingProfileId == b.m_billingProfileId && a.m_customerId == b.m_customerId
        && a.m_expiresFrom == b.m_expiresFrom && a.m_expiresTo == b.m_expiresTo && a.m_quick == b.m_quick
        && a.m_eventKind == b.m_eventKind && a.m_transactionsFrom == b.m_transactionsFrom && a.m_lotId == b.m_lotId;
}

} // namespace CreditDesk
