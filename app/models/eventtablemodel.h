#pragma once

#include "domain/creditevent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QThreadPool>
#include <QTimer>

#include <array>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace CreditDesk {

/// Credit events (the balance ledger) for a table view. Events only ever arrive in pages, so
/// the model appends in batches (one rowsInserted per page) and resets only on setEvents().
///
/// A refresh's replaceAll() never holds the GUI thread for long: rows are matched on a worker
/// thread, then removals, updates and insertions are applied a few milliseconds per turn of
/// the event loop. Every slice leaves the model consistent (proxies and views follow it signal
/// by signal); any other change to the model supersedes a replacement still under way.
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        TypeColumn,
        DescriptionColumn,
        LotColumn,
        CurrencyColumn,
        NewCreditColumn,
        ChargesColumn,
        AdjustmentsColumn,
        ExpiredColumn,
        BalanceAfterColumn,
        InvoiceColumn,
        BillingProfileColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value: QDate, qint64 minor units, or text
        EventIdRole,                 ///< QString, the event's ARM id
        LotIdRole,                   ///< QString, the lot the event belongs to
        CurrencyRole,                ///< QString ISO code
        MoneyRole,                   ///< Money of a money column as shown (invalid when absent)
    };
    Q_ENUM(Role)

    explicit EventTableModel(QObject *parent = nullptr);
    ~EventTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const CreditEvent &event(int row) const { return m_events.at(row); }
    const QList<CreditEvent> &events() const { return m_events; }

    /// One page of events: a single rowsInserted at the end.
    void append(QList<CreditEvent> events);
    /// Replaces everything (one reset), e.g. from the offline cache.
    /// Resets the model: for an empty table or a new account.
    void setEvents(const QList<CreditEvent> &events);
    /// A refresh: rows are matched by event id; vanished rows are removed, changed ones updated
    /// in place and new ones appended, so views keep their selection and scroll position.
    /// Asynchronous: returns at once, replaceFinished() follows once every change is applied.
    /// A second call, append(), setEvents() or clear() supersede it (no replaceFinished()).
    void replaceAll(QList<CreditEvent> events);
    /// True from replaceAll() until replaceFinished() (or until superseded).
    bool isReplacing() const { return m_replace != nullptr; }
    void clear();
    void setLocale(const QLocale &locale);

    /// What the table shows as text in a row — description, type, lot name, invoice, billing
    /// profile — as ids of case-folded texts (foldedText()). Built on first use. Equal texts
    /// share one id, so a search tests each distinct text once, not once per row.
    using SearchFieldIds = std::array<quint32, 5>;
    const SearchFieldIds &searchFieldIds(int row) const;
    const QString &foldedText(quint32 id) const { return m_foldedTexts.at(id); }

    /// Raw-value comparison, the order SortRole gives, without building variants.
    bool lessThan(int leftRow, int rightRow, int column) const;

    /// The amount a money column shows: the raw value, except charges, which are consumption
    /// shown positive whatever sign Azure sent (see the Charges column's header tooltip).
    static std::optional<Money> shownMoney(const CreditEvent &event, int column);

    /// The currency of an event: its credit currency, else its billing currency.
    static const QString &currencyOf(const CreditEvent &event);

    /// How long one slice of a replacement may work before it lets the event loop run (at
    /// least one step: a removal, an update or an insertion of at most 1,024 rows).
    void setSliceBudget(int milliseconds) { m_sliceBudgetMs = milliseconds; }

Q_SIGNALS:
    /// The replacement started by replaceAll() is fully applied.
    void replaceFinished();

private:
    struct ReplacePlan;
    struct Replacement;
    static ReplacePlan planReplacement(const QList<CreditEvent> &current, QList<CreditEvent> incoming,
                                       const std::atomic<bool> &cancelled);
    void startApplying(std::shared_ptr<ReplacePlan> plan);
    void applySlice();
    /// Stops a replacement under way: its worker result is ignored, no more slices run.
    void supersedeReplacement();
    void insertRows(QList<CreditEvent> events);
    void resetRows(QList<CreditEvent> events);
    static qint64 dateKeyOf(const CreditEvent &event);
    using RowTexts = std::array<QString, ColumnCount>;
    const RowTexts &texts(int row) const;
    QString formatCell(const CreditEvent &event, int column) const;
    static bool isMoneyColumn(int column);
    qint64 dateKey(int row) const;
    enum class MatchBy { Name, Id };
    static std::optional<std::vector<qsizetype>> matchRows(const QList<CreditEvent> &current,
                                                           const QList<CreditEvent> &incoming, MatchBy by);
    void removeRowRun(int first, int last);
    void forgetRowCaches(int row);

    QList<CreditEvent> m_events;
    QLocale m_locale;
    /// Formatted on first use per row (see LotTableModel::m_texts).
    mutable std::vector<std::unique_ptr<RowTexts>> m_texts;
    /// Per row, filled on the first search; texts folded once per distinct value.
    mutable std::vector<SearchFieldIds> m_searchFields;
    mutable QHash<QString, quint32> m_foldedIds;
    mutable QStringList m_foldedTexts;
    /// Per row: the UTC day of the transaction (see dateKey()).
    mutable std::vector<qint64> m_dateKeys;

    /// The replacement under way: planning on m_planner, then applied slice by slice.
    std::unique_ptr<Replacement> m_replace;
    QTimer m_sliceTimer;
    /// A quarter of a 60 Hz frame: what a slice may take and still leave room to paint.
    int m_sliceBudgetMs = 4;
    /// One worker: a new plan waits for the previous (cancelled) one to let go of the rows.
    QThreadPool m_planner;
};

} // namespace CreditDesk
