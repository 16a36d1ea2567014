#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAction;
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

    /// The column the page exists for: after the first fit of the columns to their content
    /// it is always within the view's width (other columns give way).
    void setKeyColumn(int column) { m_keyColumn = column; }
    /// Ids: elided in the middle; any cut cell shows its full text as a tooltip.
    void setMiddleElidedColumns(const QList<int> &columns);
    /// An action for the table's context menu, after Copy and Export.
    void addContextAction(QAction *action);

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

    /// The selected rows as tab-separated text with a header line (for the clipboard).
    QString selectionAsText() const;

Q_SIGNALS:
    void searchChanged(const QString &text);
    void quickFilterChanged(int id);
    void currentChanged(const QModelIndex &index);
    void exportRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// Once, when the page is first shown with rows and no saved layout: columns as wide as
    /// what they show (headers may give way to narrow content), the key column in view.
    void fitColumnsOnce();
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
    class ElidingDelegate *m_delegate;
    QList<QAction *> m_contextActions;
    int m_keyColumn = -1;
    bool m_columnsFitted = false;
};

} // namespace CreditDesk
