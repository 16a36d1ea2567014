#pragma once

#include "server/sandboxhttp.h"

#include <optional>
#include <QString>

namespace CreditDesk::Sandbox {

/// Position-based paging shared by ARM (`nextLink`) and Graph (`@odata.nextLink`).
///
/// The continuation token is opaque to clients but simply encodes the index where the next
/// page starts, so serving a page costs O(page size) however long the list is.

/// base64url of "cd1:<position>" (no padding).
QString encodeSkipToken(qsizetype position);
/// Position from a token; nullopt if it was not produced by encodeSkipToken.
std::optional<qsizetype> decodeSkipToken(const QString &token);

/// Start position of the requested page: 0 without `$skiptoken`, nullopt if the token is bad.
std::optional<qsizetype> requestedPosition(const Request &request);

/// Absolute link to the page starting at `nextPosition`: the request's base URL and path with
/// every query parameter except `$skiptoken` preserved (api-version, startDate, $filter, ...),
/// then `$skiptoken=<token>`.
QString nextPageLink(const Request &request, qsizetype nextPosition);

/// One page [begin, end) of a list of `total` items.
struct PageSlice
{
    qsizetype begin = 0;
    qsizetype end = 0;
    bool hasMore = false;
};
PageSlice pageSlice(qsizetype position, qsizetype total, qsizetype pageSize);

} // namespace CreditDesk::Sandbox
