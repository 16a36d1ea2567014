#pragma once

// Internal to the ARM emulation: what every ARM handler shares (context, error bodies, ARM
// resource ids, paged list envelopes).

#include "arm/armcache.h"
#include "server/jsonwriter.h"
#include "server/sandboxhttp.h"
#include "world/dataset.h"

#include <functional>
#include <QStringList>

namespace CreditDesk::Sandbox::Arm {

struct Context
{
    const Dataset &dataset;
    const Cache &cache;
    const Request &request;
    qsizetype pageSize;

    const BillingWorld &world() const { return dataset.billing(); }
};

/// Path parameters captured by the route, in order of appearance.
using Params = QStringList;
using Handler = Response (*)(const Context &, const Params &);

/// ARM error body {"error":{"code","message"}}.
Response error(int status, const QString &code, const QString &message);
/// Consumption-style error: the code is the HTTP status as a string and the message ends with
/// the request id, as live Consumption responses do.
Response consumptionError(const Context &context, int status, const QString &message);

Response accountNotFound(const QString &account);
Response profileNotFound(const QString &account, const QString &profile);
Response customerNotFound(const QString &account, const QString &customer);

// ARM resource ids.
QString accountId(const BillingWorld &world, int account);
QString profileId(const BillingWorld &world, int profile);
QString customerId(const BillingWorld &world, int customer);
QString lotId(const BillingWorld &world, qsizetype lot);

/// Writes one list item at `index` (an index into whatever the handler lists).
using ItemWriter = std::function<void(JsonWriter &, qsizetype index)>;

/// {"value":[items of the requested page], "nextLink": "..."} for a list of `total` items;
/// nextLink only when more pages follow. 400 for a malformed $skiptoken.
Response pagedList(const Context &context, qsizetype total, const ItemWriter &writeItem);

/// Like pagedList over [0, total) but only items accepted by `matches`; the token records the
/// scan position, so each item is inspected once over a full paging run.
Response filteredPagedList(const Context &context, qsizetype total, const std::function<bool(qsizetype)> &matches,
                           const ItemWriter &writeItem);

/// 200 with an already written JSON object.
Response jsonResponse(QByteArray body);

} // namespace CreditDesk::Sandbox::Arm
