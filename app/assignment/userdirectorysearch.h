#pragma once

#include "core/result.h"
#include "domain/directory.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QTimer;

namespace CreditDesk {

class GraphApi;

/// Search-as-you-type over the organization's directory for the assignment wizard: the text
/// is debounced, only the newest search is ever shown (an older one still in flight is
/// cancelled and its answer ignored), and further pages are fetched only when asked, so a
/// picker over 5,000 users loads what the person scrolls to.
class UserDirectorySearch : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultDebounceMs = 250;
    static constexpr int DefaultPageSize = 25;

    explicit UserDirectorySearch(GraphApi *graph, QObject *parent = nullptr);
    ~UserDirectorySearch() override;

    void setDebounceMs(int milliseconds);
    void setPageSize(int pageSize);

    /// Starts a search for \a text after the debounce; blank text lists everyone.
    void setText(const QString &text);
    /// Runs the pending (or the current) search at once.
    void searchNow();
    /// Loads the next page of the current search, if any and none is loading.
    void fetchMore();
    bool canFetchMore() const;
    void cancel();

    const QString &text() const { return m_text; }
    const QList<DirectoryUser> &users() const { return m_users; }
    bool isBusy() const { return m_busy; }
    /// The last failure of the current search; empty message when none.
    const Error &lastError() const { return m_error; }

Q_SIGNALS:
    /// A new search replaced the results (they are empty until its first page arrives).
    void resultsReset();
    /// A page arrived: users()[first .. first+count) are new.
    void usersAppended(int first, int count);
    void busyChanged(bool busy);
    void failed(const CreditDesk::Error &error);

private:
    void startRequest(const QUrl &nextLink);
    void setBusy(bool busy);

    QPointer<GraphApi> m_graph;
    QTimer *m_debounce;
    int m_pageSize = DefaultPageSize;
    QString m_text;
    QList<DirectoryUser> m_users;
    QUrl m_nextLink;
    bool m_started = false;
    bool m_busy = false;
    Error m_error;
    QObject *m_request = nullptr; ///< context of the request in flight; cancelled when replaced
};

} // namespace CreditDesk
