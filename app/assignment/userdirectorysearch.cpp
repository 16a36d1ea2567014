#include "assignment/userdirectorysearch.h"

#include "graph/graphapi.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace CreditDesk {

UserDirectorySearch::UserDirectorySearch(GraphApi *graph, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DefaultDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &UserDirectorySearch::searchNow);
}

UserDirectorySearch::~UserDirectorySearch()
{
    cancel();
}

void UserDirectorySearch::setDebounceMs(int milliseconds)
{
    m_debounce->setInterval(qMax(0, milliseconds));
}

void UserDirectorySearch::setPageSize(int pageSize)
{
    m_pageSize = qBound(1, pageSize, 999);
}

void UserDirectorySearch::setText(const QString &text)
{
    const QString simplified = text.simplified();
    if (m_started && simplified == m_text && !m_debounce->isActive())
        return;
    m_text = simplified;
    m_debounce->start();
}

void UserDirectorySearch::searchNow()
{
    m_debounce->stop();
    cancel();
    m_started = true;
    m_users.clear();
    m_nextLink.clear();
    m_error = {};
    Q_EMIT resultsReset();
    startRequest({});
}

bool UserDirectorySearch::canFetchMore() const
{
    return !m_busy && !m_nextLink.isEmpty();
}

void UserDirectorySearch::fetchMore()
{
    if (canFetchMore())
        startRequest(m_nextLink);
}

void UserDirectorySearch::cancel()
{
    if (m_request) {
        QObject *request = m_request;
        m_request = nullptr;
        // The cancelled request's handler runs with the "cancelled" error; m_request no longer
        // points at its context, so the answer is dropped.
        if (m_graph)
            m_graph->cancel(request);
        request->deleteLater();
    }
    setBusy(false);
}

void UserDirectorySearch::startRequest(const QUrl &nextLink)
{
    if (!m_graph) {
        m_error = Error { tr("Microsoft Graph is not available: sign in first."), u"NotConnected"_s };
        Q_EMIT failed(m_error);
        return;
    }
    auto *request = new QObject(this);
    m_request = request;
    setBusy(true);
    auto handle = [this, request](Result<GraphApi::UserPage> page) {
        if (m_request != request)
            return; // a newer search replaced this one
        m_request = nullptr;
        request->deleteLater();
        setBusy(false);
        if (!page) {
            m_error = page.error();
            Q_EMIT failed(m_error);
            return;
        }
        m_nextLink = page->nextLink;
        const int first = int(m_users.size());
        m_users.append(page->items);
        if (!page->items.isEmpty())
            Q_EMIT usersAppended(first, int(page->items.size()));
    };
    if (nextLink.isEmpty())
        m_graph->searchUsers(m_text, m_pageSize, request, handle);
    else
        m_graph->nextUsers(nextLink, request, handle);
}

void UserDirectorySearch::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace CreditDesk
