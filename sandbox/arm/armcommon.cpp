#include "arm/armcommon.h"

#include "arm/paging.h"

#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox::Arm {

namespace {

Response badSkipToken()
{
    return error(400, u"InvalidSkipToken"_s, u"The $skiptoken value is invalid or has expired."_s);
}

} // namespace

Response error(int status, const QString &code, const QString &message)
{
    return Response::json(
        status, QJsonObject { { u"error"_s, QJsonObject { { u"code"_s, code }, { u"message"_s, message } } } });
}

Response consumptionError(const Context &context, int status, const QString &message)
{
    const QString requestId = context.request.requestId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                                  : QString::fromLatin1(context.request.requestId);
    return error(status, QString::number(status), message + u" (Request ID: "_s + requestId + u')');
}

Response accountNotFound(const QString &account)
{
    return error(404, u"BillingAccountNotFound"_s,
                 u"The billing account '"_s + account + u"' was not found or you do not have access to it."_s);
}

Response profileNotFound(const QString &account, const QString &profile)
{
    return error(404, u"BillingProfileNotFound"_s,
                 u"The billing profile '"_s + profile + u"' was not found in billing account '"_s + account + u"'."_s);
}

Response customerNotFound(const QString &account, const QString &customer)
{
    return error(404, u"CustomerNotFound"_s,
                 u"The customer '"_s + customer + u"' was not found in billing account '"_s + account + u"'."_s);
}

QString accountId(const BillingWorld &world, int account)
{
    return u"/providers/Microsoft.Billing/billingAccounts/"_s + world.accounts()[account].name;
}

QString profileId(const BillingWorld &world, int profile)
{
    const BillingProfileRecord &p = world.profiles()[profile];
    return accountId(world, p.account) + u"/billingProfiles/"_s + p.name;
}

QString customerId(const BillingWorld &world, int customer)
{
    const CustomerRecord &c = world.customers()[customer];
    return accountId(world, c.account) + u"/customers/"_s + c.name;
}

QString lotId(const BillingWorld &world, qsizetype lot)
{
    const LotRecord &l = world.lots()[lot];
    QString owner;
    switch (l.ownerKind) {
    case LotOwner::BillingProfile:
        owner = profileId(world, l.owner);
        break;
    case LotOwner::Customer:
        owner = customerId(world, l.owner);
        break;
    case LotOwner::BillingAccount:
        owner = accountId(world, l.owner);
        break;
    }
    return owner + u"/providers/Microsoft.Consumption/lots/"_s + world.lotName(lot);
}

Response jsonResponse(QByteArray body)
{
    Response r;
    r.status = 200;
    r.body = std::move(body);
    return r;
}

namespace {

// Room reserved per list item: more than the longest (an event with every field is ~1,350
// bytes). Too little makes the page's buffer grow by reallocation, copying a megabyte and
// touching fresh pages each time; too much costs only address space, never touched.
constexpr qsizetype BytesPerItem = 1600;

} // namespace

Response pagedList(const Context &context, qsizetype total, const ItemWriter &writeItem)
{
    const std::optional<qsizetype> position = requestedPosition(context.request);
    if (!position || *position > total)
        return badSkipToken();
    const PageSlice slice = pageSlice(*position, total, context.pageSize);
    JsonWriter w(1024 + (slice.end - slice.begin) * BytesPerItem);
    w.beginObject().key("value"_L1).beginArray();
    for (qsizetype i = slice.begin; i < slice.end; ++i)
        writeItem(w, i);
    w.endArray();
    if (slice.hasMore)
        w.field("nextLink"_L1, nextPageLink(context.request, slice.end));
    w.endObject();
    return jsonResponse(w.take());
}

Response filteredPagedList(const Context &context, qsizetype total, const std::function<bool(qsizetype)> &matches,
                           const ItemWriter &writeItem)
{
    const std::optional<qsizetype> position = requestedPosition(context.request);
    if (!position || *position > total)
        return badSkipToken();
    JsonWriter w(1024 + context.pageSize * BytesPerItem);
    w.beginObject().key("value"_L1).beginArray();
    qsizetype written = 0;
    qsizetype i = *position;
    for (; i < total && written < context.pageSize; ++i) {
        if (matches(i)) {
            writeItem(w, i);
            ++written;
        }
    }
    // Look ahead for the next match so the last page never links to an empty one.
    while (i < total && !matches(i))
        ++i;
    w.endArray();
    if (i < total)
        w.field("nextLink"_L1, nextPageLink(context.request, i));
    w.endObject();
    return jsonResponse(w.take());
}

} // namespace CreditDesk::Sandbox::Arm
