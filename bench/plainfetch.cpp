#include "plainfetch.h"

#include "benchcommon.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace CreditDesk::Bench {

namespace {

/// "/providers/Microsoft.Billing/billingAccounts/A/billingProfiles/P/..." → its chain: the
/// listing or scope it belongs to, and the listing that had to name that scope first.
struct ChainOf
{
    QString key;
    QString parent;
    bool listing = false;
};

ChainOf chainOf(const QUrl &url)
{
    const QString path = url.path();
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    const qsizetype accounts = parts.indexOf(u"billingAccounts"_s);
    if (accounts < 0)
        return { path, {}, false }; // subscriptions and the like: a scope of its own
    const QString accountsListing = parts.mid(0, accounts + 1).join(u'/');
    if (accounts + 1 >= parts.size())
        return { accountsListing, {}, true };
    const qsizetype next = accounts + 2; // the segment after billingAccounts/{a}
    const QString kind = parts.value(next);
    if (kind == u"billingProfiles"_s || kind == u"customers"_s) {
        const QString listing = parts.mid(0, next + 1).join(u'/');
        if (next + 1 >= parts.size())
            return { listing, accountsListing, true };
        return { parts.mid(0, next + 2).join(u'/'), listing, false };
    }
    return { parts.mid(0, accounts + 2).join(u'/'), accountsListing, false };
}

bool isDataPage(const QUrl &url)
{
    const QString path = url.path();
    return path.endsWith("/lots"_L1) || path.endsWith("/events"_L1);
}

} // namespace

ShapedFetch::ShapedFetch(QList<QUrl> urls, int maxConcurrent) : m_maxConcurrent(qMax(1, maxConcurrent))
{
    QHash<QString, qsizetype> index;
    for (const QUrl &url : urls) {
        const ChainOf c = chainOf(url);
        auto it = index.find(c.key);
        if (it == index.end()) {
            it = index.insert(c.key, m_chains.size());
            m_chains.append({ c.key, c.parent, c.listing, {} });
        }
        m_chains[*it].urls.append(url);
    }
    // A parent that was never requested (not recorded) does not hold its children back.
    for (Chain &chain : m_chains) {
        if (!chain.parent.isEmpty() && !index.contains(chain.parent))
            chain.parent.clear();
    }
}

FetchResult ShapedFetch::run(QNetworkAccessManager &network, const QString &token)
{
    const QByteArray authorization = "Bearer " + token.toLatin1();
    FetchResult result;
    QSet<QString> finishedChains;
    QList<bool> started(m_chains.size(), false);
    int active = 0;
    int remaining = int(m_chains.size());
    QElapsedTimer timer;
    QObject context;

    std::function<void(qsizetype, qsizetype)> fetch;
    std::function<void()> pump = [&] {
        // Listings first, then scopes, each in the order discovery met them.
        for (const bool listings : { true, false }) {
            for (qsizetype c = 0; c < m_chains.size() && active < m_maxConcurrent; ++c) {
                const Chain &chain = m_chains.at(c);
                if (started.at(c) || chain.listing != listings
                    || (!chain.parent.isEmpty() && !finishedChains.contains(chain.parent)))
                    continue;
                started[c] = true;
                ++active;
                fetch(c, 0);
            }
        }
    };
    fetch = [&](qsizetype c, qsizetype u) {
        const QUrl url = m_chains.at(c).urls.at(u);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &context, [&, reply, c, u, url] {
            const QByteArray body = reply->readAll();
            result.bytes += body.size();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 != 2)
                ++result.failed;
            if (result.firstDataPageMs < 0 && isDataPage(url))
                result.firstDataPageMs = double(timer.nsecsElapsed()) / 1e6;
            reply->deleteLater();
            if (u + 1 < m_chains.at(c).urls.size()) {
                fetch(c, u + 1);
                return;
            }
            finishedChains.insert(m_chains.at(c).key);
            --active;
            --remaining;
            pump();
        });
    };
    timer.start();
    pump();
    waitFor([&remaining] { return remaining == 0; }, 600'000);
    result.ms = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

FetchResult fetchSequential(QNetworkAccessManager &network, const QList<QUrl> &urls, const QString &token,
                            const std::function<void(const QUrl &, const QByteArray &)> &inspect)
{
    const QByteArray authorization = "Bearer " + token.toLatin1();
    FetchResult result;
    QElapsedTimer timer;
    timer.start();
    for (const QUrl &url : urls) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = network.get(request);
        bool done = false;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&done] { done = true; });
        waitFor([&done] { return done; }, 60'000);
        const QByteArray body = reply->readAll();
        result.bytes += body.size();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 != 2)
            ++result.failed;
        if (result.firstDataPageMs < 0 && isDataPage(url))
            result.firstDataPageMs = double(timer.nsecsElapsed()) / 1e6;
        if (inspect)
            inspect(url, body);
        delete reply;
    }
    result.ms = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

double fetchWithCurl(const QList<QUrl> &urls, const QString &token)
{
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    if (curl.isEmpty())
        return -1;
    // The token goes through a config file on stdin, never on the command line (ps would show it).
    QByteArray config = "silent\nheader = \"Authorization: Bearer " + token.toLatin1() + "\"\n";
    for (const QUrl &url : urls)
        config += "url = \"" + url.toEncoded() + "\"\noutput = \"/dev/null\"\n";
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(curl, { u"--config"_s, u"-"_s });
    process.write(config);
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace CreditDesk::Bench
