#include "tablepage.h"

#include "elidingdelegate.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
// Long enough to skip the intermediate states of fast typing, short enough to feel instant.
constexpr int SearchDebounceMs = 120;
// Rows measured for the first fit: enough to be representative, few enough to be instant
// on 100,000 rows.
constexpr int FitSampleRows = 200;
// In average character widths: the widest a column starts (long descriptions elide, with a
// tooltip), the narrowest a column is squeezed to, and the most a header may add to its content.
constexpr int FitMaxChars = 36;
constexpr int FitMinChars = 6;
constexpr int FitHeaderSlackChars = 4;
} // namespace

TablePage::TablePage(const QString &name, QAbstractItemModel *model, QWidget *details, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
{
    setObjectName(name + u"Page"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_filterBar = new QToolBar(this);
    m_filterBar->setObjectName(name + u"FilterBar"_s);
    m_search = new QLineEdit(m_filterBar);
    m_search->setObjectName(name + u"Search"_s);
    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_filterBar->addWidget(m_search);
    m_filterBar->addSeparator();
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);

    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(SearchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, [this] { Q_EMIT searchChanged(m_search->text()); });

    m_quickFilters = new QButtonGroup(this);
    m_quickFilters->setExclusive(true);
    connect(m_quickFilters, &QButtonGroup::idClicked, this, &TablePage::quickFilterChanged);
    addQuickFilter(0, tr("All"), tr("Show every row"));
    layout->addWidget(m_filterBar);

    m_summary = new QLabel(this);
    m_summary->setObjectName(name + u"Summary"_s);
    m_summary->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_summary);

    m_view = new QTableView(this);
    m_view->setObjectName(name + u"View"_s);
    m_view->setModel(model);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_delegate = new ElidingDelegate(m_view);
    m_view->setItemDelegate(m_delegate);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setDefaultSectionSize(130);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setResizeContentsPrecision(FitSampleRows);
    m_view->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &TablePage::showColumnMenu);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, &TablePage::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentChanged(current); });
    auto *copy = new QAction(tr("&Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &TablePage::copySelection);
    m_view->addAction(copy);

    m_emptyText = new QLabel(this);
    m_emptyText->setObjectName(name + u"EmptyState"_s);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setMargin(24);

    m_stack = new QStackedWidget(this);
    m_splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_splitter->setObjectName(name + u"Splitter"_s);
    m_splitter->addWidget(m_view);
    if (details) {
        m_splitter->addWidget(details);
        m_splitter->setStretchFactor(0, 3);
        m_splitter->setStretchFactor(1, 1);
    }
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_emptyText);
    layout->addWidget(m_stack, 1);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &TablePage::fitColumnsOnce, Qt::QueuedConnection);
    connect(model, &QAbstractItemModel::modelReset, this, &TablePage::fitColumnsOnce, Qt::QueuedConnection);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TablePage::fitColumnsOnce, Qt::QueuedConnection);
}

void TablePage::setMiddleElidedColumns(const QList<int> &columns)
{
    m_delegate->setMiddleElidedColumns(columns);
}

void TablePage::addContextAction(QAction *action)
{
    m_contextActions.append(action);
}

void TablePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &TablePage::fitColumnsOnce);
}

void TablePage::fitColumnsOnce()
{
    const QAbstractItemModel *model = m_view->model();
    if (m_columnsFitted || !m_view->isVisible() || m_view->viewport()->width() <= 0 || model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    QHeaderView *header = m_view->horizontalHeader();
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    const int columns = model->columnCount();
    QList<int> widths(columns, 0);
    for (int column = 0; column < columns; ++column) {
        if (header->isSectionHidden(column))
            continue;
        // QTableView narrows the access of this virtual; through the base it is public.
        const int content = static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(column);
        const int title = header->sectionSizeHint(column);
        // A long title over short content ("Reassignments used" over "3 of 5") gives way;
        // its full text stays in the header's tooltip.
        const int wanted = qMax(content, qMin(title, content + FitHeaderSlackChars * charWidth));
        widths[column] = qBound(FitMinChars * charWidth, wanted, FitMaxChars * charWidth);
    }
    if (m_keyColumn >= 0 && m_keyColumn < columns && !header->isSectionHidden(m_keyColumn)) {
        // Columns left of the key column give way, widest first, until the key column's start
        // is in view with room for its content (at least a third of the view).
        const int keyVisual = header->visualIndex(m_keyColumn);
        const int room = m_view->viewport()->width();
        const int keyNeeds = qMin(widths[m_keyColumn], room / 3);
        auto widthBeforeKey = [&] {
            int sum = 0;
            for (int visual = 0; visual < keyVisual; ++visual)
                sum += widths[header->logicalIndex(visual)];
            return sum;
        };
        // Amounts are cut last: a cut name still says which row it is, a cut number says nothing.
        auto isAmount = [model](int column) {
            const QVariant alignment = model->index(0, column).data(Qt::TextAlignmentRole);
            return alignment.isValid() && (Qt::Alignment(alignment.toInt()) & Qt::AlignRight);
        };
        auto widestGivingWay = [&](bool amounts) {
            int widest = -1;
            for (int visual = 0; visual < keyVisual; ++visual) {
                const int logical = header->logicalIndex(visual);
                if (isAmount(logical) == amounts && widths[logical] > FitMinChars * charWidth
                    && (widest < 0 || widths[logical] > widths[widest]))
                    widest = logical;
            }
            return widest;
        };
        while (widthBeforeKey() + keyNeeds > room) {
            int widest = widestGivingWay(false);
            if (widest < 0)
                widest = widestGivingWay(true);
            if (widest < 0)
                break;
            widths[widest] = qMax(FitMinChars * charWidth, widths[widest] - charWidth);
        }
    }
    for (int column = 0; column < columns; ++column) {
        if (widths[column] > 0)
            header->resizeSection(column, widths[column]);
    }
}

void TablePage::addQuickFilter(int id, const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(m_filterBar);
    button->setObjectName(m_name + u"QuickFilter"_s + QString::number(id));
    button->setText(text);
    button->setToolTip(toolTip);
    button->setCheckable(true);
    button->setChecked(id == 0);
    button->setAutoRaise(true);
    // Toolbar buttons take no focus by default; quick filters must be reachable by keyboard.
    button->setFocusPolicy(Qt::StrongFocus);
    button->setAccessibleName(toolTip);
    m_quickFilters->addButton(button, id);
    m_filterBar->addWidget(button);
}

int TablePage::quickFilter() const
{
    return m_quickFilters->checkedId();
}

void TablePage::setSummaryText(const QString &text)
{
    m_summary->setText(text);
}

void TablePage::setEmptyText(const QString &text)
{
    m_emptyText->setText(text);
}

void TablePage::updateEmptyState(bool hasRows)
{
    m_stack->setCurrentWidget(hasRows || m_emptyText->text().isEmpty() ? static_cast<QWidget *>(m_splitter)
                                                                         : m_emptyText);
    m_filterBar->setEnabled(hasRows);
}

void TablePage::saveState(QSettings &settings) const
{
    settings.beginGroup(u"views/"_s + m_name);
    settings.setValue(u"header"_s, m_view->horizontalHeader()->saveState());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    settings.setValue(u"search"_s, m_search->text());
    settings.setValue(u"quickFilter"_s, quickFilter());
    settings.endGroup();
}

void TablePage::restoreState(QSettings &settings)
{
    settings.beginGroup(u"views/"_s + m_name);
    const QByteArray header = settings.value(u"header"_s).toByteArray();
    // A layout the user left wins over fitting to content.
    if (!header.isEmpty() && m_view->horizontalHeader()->restoreState(header))
        m_columnsFitted = true;
    m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
    m_search->setText(settings.value(u"search"_s).toString());
    if (QAbstractButton *button = m_quickFilters->button(settings.value(u"quickFilter"_s, 0).toInt())) {
        button->setChecked(true);
        Q_EMIT quickFilterChanged(m_quickFilters->checkedId());
    }
    settings.endGroup();
    Q_EMIT searchChanged(m_search->text());
}

void TablePage::showColumnMenu(const QPoint &position)
{
    auto *menu = new QMenu(this); // popped up, not exec()'d: no nested event loop
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QHeaderView *header = m_view->horizontalHeader();
    QAbstractItemModel *model = m_view->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        QAction *action = menu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, header, [header, column](bool shown) {
            // Never hide the last visible column: the table would become unusable.
            if (!shown && header->count() - header->hiddenSectionCount() <= 1)
                return;
            header->setSectionHidden(column, !shown);
        });
    }
    menu->popup(header->mapToGlobal(position));
}

void TablePage::showContextMenu(const QPoint &position)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Copy"), QKeySequence::Copy, this, &TablePage::copySelection);
    menu->addAction(tr("&Export view as CSV…"), this, &TablePage::exportRequested);
    if (!m_contextActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_contextActions);
    }
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

QString TablePage::selectionAsText() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    QList<int> rowNumbers;
    for (const QModelIndex &index : rows)
        rowNumbers.append(index.row());
    std::sort(rowNumbers.begin(), rowNumbers.end());
    const QAbstractItemModel *model = m_view->model();
    const QHeaderView *header = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QStringList lines;
    QStringList titles;
    for (int column : columns)
        titles.append(model->headerData(column, Qt::Horizontal).toString());
    lines.append(titles.join(u'\t'));
    for (int row : rowNumbers) {
        QStringList cells;
        for (int column : columns)
            cells.append(model->index(row, column).data().toString());
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n');
}

void TablePage::copySelection() const
{
    if (m_view->selectionModel()->hasSelection())
        QApplication::clipboard()->setText(selectionAsText());
}

} // namespace CreditDesk
