#include "domain/creditevent.h"

#include <QAnyStringView>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
const CreditEventDetails &emptyDetails()
{
    static const CreditEventDetails empty;
    return empty;
}
} // namespace

QString CreditEvent::conventionalId() const
{
    // Only full ARM ids of the profile qualify; a bare name or GUID could not be rebuilt.
    if (!billingProfileId.startsWith(u'/') || name.isEmpty())
        return {};
    return billingProfileId + "/providers/Microsoft.Consumption/events/"_L1 + name;
}

QString CreditEvent::id() const
{
    return m_idIsConventional ? conventionalId() : m_storedId;
}

void CreditEvent::setId(const QString &id)
{
    m_storedId = id;
    m_idIsConventional = false;
}

bool CreditEvent::hasSameId(const CreditEvent &other) const
{
    if (m_idIsConventional && other.m_idIsConventional)
        return name == other.name && billingProfileId == other.billingProfileId;
    return id() == other.id();
}

void CreditEvent::setIdUtf8(QByteArrayView utf8)
{
    static constexpr QByteArrayView middle = "/providers/Microsoft.Consumption/events/";
    if (billingProfileId.startsWith(u'/') && !name.isEmpty()) {
        // Where the middle starts when the name is ASCII (a GUID, always so far), else searched.
        qsizetype at = utf8.size() - middle.size() - name.size();
        if (at <= 0 || utf8.sliced(at, middle.size()) != middle)
            at = utf8.lastIndexOf(middle);
        if (at > 0 && QAnyStringView::equal(billingProfileId, QUtf8StringView(utf8.first(at)))
            && QAnyStringView::equal(name, QUtf8StringView(utf8.sliced(at + middle.size())))) {
            m_storedId.clear();
            m_idIsConventional = true;
            return;
        }
    }
    setId(QString::fromUtf8(utf8).trimmed());
}

bool CreditEvent::SharedDetails::same(const SharedDetails &a, const SharedDetails &b)
{
    if (a.data == b.data)
        return true;
    const CreditEventDetails &left = a.data ? *a.data : emptyDetails();
    const CreditEventDetails &right = b.data ? *b.data : emptyDetails();
    return left == right;
}

const CreditEventDetails &CreditEvent::details() const
{
    return m_details.data ? *m_details.data : emptyDetails();
}

CreditEventDetails &CreditEvent::editDetails()
{
    std::shared_ptr<CreditEventDetails> &data = m_details.data;
    if (!data)
        data = std::make_shared<CreditEventDetails>();
    else if (data.use_count() > 1)
        data = std::make_shared<CreditEventDetails>(*data);
    return *data;
}

void CreditEvent::compact()
{
    if (m_details.data && m_details.data->isEmpty())
        m_details.data.reset();
    if (!m_idIsConventional && !m_storedId.isEmpty() && billingProfileId.startsWith(u'/') && !name.isEmpty()) {
        // Compared piecewise: building the conventional id for every parsed event would cost
        // one 500-byte allocation per row.
        static constexpr auto middle = "/providers/Microsoft.Consumption/events/"_L1;
        const QStringView id(m_storedId);
        if (id.size() == billingProfileId.size() + middle.size() + name.size() && id.startsWith(billingProfileId)
            && id.sliced(billingProfileId.size(), middle.size()) == middle && id.endsWith(name)) {
            m_storedId.clear();
            m_idIsConventional = true;
        }
    }
}

} // namespace CreditDesk
