#pragma once

// The load's yardsticks: the very GETs the client's discovery made, fetched with a plain
// QNetworkAccessManager and no parsing — in discovery's shape (same concurrency and order
// rules), one after another, or by curl.

#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <functional>

namespace CreditDesk::Bench {

struct FetchResult
{
    double ms = 0; ///< wall time for every URL
    double firstDataPageMs = -1; ///< until the first lots or events page was read
    qint64 bytes = 0; ///< bodies only
    int failed = 0; ///< replies that were not 2xx
};

/// The recorded URLs grouped as CreditDiscovery fetches them (app/services/creditdiscovery.cpp):
/// a listing (billing accounts; an account's profiles or customers) must finish before the
/// scopes it names can start; every scope's requests run one after another (each nextLink comes
/// from the page before, and a scope's steps are sequential); at most \a maxConcurrent chains
/// run at once, listings before scopes, scopes in the order discovery started them.
class ShapedFetch
{
public:
    ShapedFetch(QList<QUrl> urls, int maxConcurrent);
    FetchResult run(QNetworkAccessManager &network, const QString &token);
    int chainCount() const { return int(m_chains.size()); }

private:
    struct Chain
    {
        QString key;
        QString parent; ///< key of the listing that names this chain's scope; empty: none
        bool listing = false;
        QList<QUrl> urls;
    };
    QList<Chain> m_chains;
    int m_maxConcurrent;
};

/// The same GETs one after another; each body is handed to \a inspect when given.
FetchResult fetchSequential(QNetworkAccessManager &network, const QList<QUrl> &urls, const QString &token,
                            const std::function<void(const QUrl &, const QByteArray &)> &inspect = {});

/// SPEC section 8's own yardstick: curl given every URL (one process, one reused connection).
/// Returns -1 when curl is not installed or fails.
double fetchWithCurl(const QList<QUrl> &urls, const QString &token);

} // namespace CreditDesk::Bench
