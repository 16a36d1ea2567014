#include "arm/paging.h"

#include <QByteArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

namespace {

constexpr auto kSkipToken = "$skiptoken"_L1;
constexpr auto kTokenPrefix = "cd1:"_L1;

constexpr auto kBase64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QString encodeSkipToken(qsizetype position)
{
    const QByteArray plain = QByteArray(kTokenPrefix.data(), kTokenPrefix.size()) + QByteArray::number(position);
    return QString::fromLatin1(plain.toBase64(kBase64Options));
}

std::optional<qsizetype> decodeSkipToken(const QString &token)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(token.toLatin1(), kBase64Options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith(QByteArray(kTokenPrefix.data(), kTokenPrefix.size())))
        return std::nullopt;
    bool ok = false;
    const qsizetype position = decoded.decoded.mid(kTokenPrefix.size()).toLongLong(&ok);
    if (!ok || position < 0)
        return std::nullopt;
    return position;
}

std::optional<qsizetype> requestedPosition(const Request &request)
{
    if (!request.query.hasQueryItem(kSkipToken))
        return 0;
    return decodeSkipToken(request.query.queryItemValue(kSkipToken, QUrl::FullyDecoded));
}

QString nextPageLink(const Request &request, qsizetype nextPosition)
{
    if (request.nextLinkToSelf)
        nextPosition = requestedPosition(request).value_or(0);
    // Characters left readable in query values; everything that could change the meaning of
    // the query (& = + # % space) is percent-encoded.
    static const QByteArray kValueSafe = QByteArrayLiteral("()',*:!@/$");
    static const QByteArray kPathSafe = QByteArrayLiteral("/:@!$&'()*+,;=");

    QString base = request.baseUrl.toString(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    QByteArray link = base.toUtf8() + QUrl::toPercentEncoding(request.path, kPathSafe) + '?';
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == kSkipToken)
            continue;
        link += QUrl::toPercentEncoding(key, "$") + '=' + QUrl::toPercentEncoding(value, kValueSafe) + '&';
    }
    link += QByteArray(kSkipToken.data(), kSkipToken.size()) + '=' + encodeSkipToken(nextPosition).toLatin1();
    return QString::fromLatin1(link);
}

PageSlice pageSlice(qsizetype position, qsizetype total, qsizetype pageSize)
{
    PageSlice slice;
    slice.begin = qBound<qsizetype>(0, position, total);
    slice.end = qMin(total, slice.begin + qMax<qsizetype>(1, pageSize));
    slice.hasMore = slice.end < total;
    return slice;
}

} // namespace CreditDesk::Sandbox
