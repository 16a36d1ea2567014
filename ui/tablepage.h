#pragma once

#include <QWidget>

class QAbstractItemModel;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;

namespace CreditDesk {

/// One table page: a filter bar (search with a short debounce, quick filters), a count line,
/// the table (sorting, column chooser, copy, context menu) and a details pane beside it. The
/// page only collects and shows; the core's filter and proxy decide what is shown.
class TablePage : public QWidget
{
    Q_OBJECT
public:
    TablePage(const QString &name, QAbstractItemModel *model, QWidget *details, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QToolBar *filterBar() const { return m_filterBar; }

    /// A checkable quick filter; exactly one is active (id 0 = "All" is added first).
    void addQuickFilter(int id, const QString &text, const QString &toolTip);
    int quickFilter() const;
    void setSummaryText(const QString &text);
    /// Shown instead of the table while the model has no rows at all.
    void setEmptyText(const QString &text);
    void updateEmptyState(bool hasRows);

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

    /// The selected rows as tab-separated text with a header line (for the clipboard).
    QString selectionAsText() const;

Q_SIGNALS:
    void searchChanged(const QString &text);
    void quickFilterChanged(int id);
    void currentChanged(const QModelIndex &index);
    void exportRequested();

private:
    void showColumnMenu(const QPoint &position);
    void showContextMenu(const QPoint &position);
    void copySelection() const;

    QString m_name;
    QToolBar *m_filterBar;
    QLineEdit *m_search;
    QTimer *m_searchDebounce;
    QButtonGroup *m_quickFilters;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QLabel *m_emptyText;
    QSplitter *m_splitter;
    QTableView *m_view;
};

} // namespace CreditDesk
