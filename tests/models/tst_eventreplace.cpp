// EventTableModel::replaceAll() applied in slices: between slices the model, its filter proxy
// and a selection stay consistent (QAbstractItemModelTester watches both models throughout),
// the end result is the refreshed list, and a replacement superseded mid-apply stops cleanly.
// A slice budget of 0 ms makes every slice one step, so the tests see the most intermediate
// states; nothing here depends on how long anything takes.
#include "filters/creditfilterproxy.h"
#include "models/eventtablemodel.h"
#include "modelfixtures.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <random>

using namespace CreditDesk;
using namespace CreditDesk::Fixtures;
using namespace Qt::StringLiterals;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::QtTest;

QList<CreditEvent> manyEvents(int count, int firstNumber = 0)
{
    QList<CreditEvent> events;
    events.reserve(count);
    for (int i = firstNumber; i < firstNumber + count; ++i) {
        events.append(creditEvent(u"ev-%1"_s.arg(i, 6, 10, QLatin1Char('0')), u"usage %1"_s.arg(i % 50),
                                  CreditEventType::SettledCharges, 100 + i % 977, utc(2025, 1, 1).addDays(i % 500)));
    }
    return events;
}

/// What the model holds, by event id (each id once).
QHash<QString, CreditEvent> byId(const QList<CreditEvent> &events)
{
    QHash<QString, CreditEvent> out;
    for (const CreditEvent &e : events)
        out.insert(e.id(), e);
    return out;
}

/// Ids the proxy shows, in its order.
QStringList shownIds(const QAbstractItemModel &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(EventTableModel::EventIdRole).toString();
    return ids;
}

/// The ids \a filter accepts, in any order.
QSet<QString> acceptedIds(const QList<CreditEvent> &events, const CreditFilter &filter)
{
    QSet<QString> ids;
    for (const CreditEvent &e : events) {
        if (filter.matches(e))
            ids.insert(e.id());
    }
    return ids;
}

/// The proxy shows exactly \a expected, sorted by \a column (rows that tie may come in any order).
bool showsSorted(const EventFilterProxy &proxy, const EventTableModel &model, const QSet<QString> &expected,
                 int column, Qt::SortOrder order)
{
    const QStringList shown = shownIds(proxy);
    if (QSet<QString>(shown.cbegin(), shown.cend()) != expected || shown.size() != expected.size())
        return false;
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const int before = proxy.mapToSource(proxy.index(row - 1, 0)).row();
        const int after = proxy.mapToSource(proxy.index(row, 0)).row();
        const bool misplaced = order == Qt::AscendingOrder ? model.lessThan(after, before, column)
                                                           : model.lessThan(before, after, column);
        if (misplaced)
            return false;
    }
    return true;
}

/// Counts turns of the event loop (a zero timer fires once per turn).
struct TurnCounter
{
    QTimer timer;
    int turns = 0;
    TurnCounter()
    {
        timer.setInterval(0);
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] { ++turns; });
        timer.start();
    }
};

} // namespace

class TestEventReplace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slicedRefreshKeepsModelProxyAndSelectionConsistent()
    {
        QObject owner;
        auto *model = new EventTableModel(&owner);
        new QAbstractItemModelTester(model, Fatal, &owner);
        auto *proxy = new EventFilterProxy(model, &owner);
        new QAbstractItemModelTester(proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, &owner);
        model->setSliceBudget(0);
        model->append(manyEvents(400));
        CreditFilter filter;
        filter.setText(u"usage 1"_s); // "usage 1", "usage 10".."usage 19" (and "1" in any column)
        proxy->setFilter(filter);
        proxy->sort(EventTableModel::ChargesColumn, Qt::DescendingOrder);
        QItemSelectionModel selection(proxy);
        const QString selectedId = u"ev-000011"_s; // kept, unchanged and shown by the refresh
        int sourceRow = 0;
        while (model->event(sourceRow).id() != selectedId)
            ++sourceRow;
        const QModelIndex selected = proxy->mapFromSource(model->index(sourceRow, 0));
        QVERIFY(selected.isValid());
        selection.setCurrentIndex(selected, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        // Every 7th row vanishes, every 5th changes its amount (which the sort uses), 600
        // arrive; the service's order is shuffled. The testers walk every row at every signal,
        // so the table is kept small enough to loop this test (emptyTableFillsWithoutReset
        // checks the chunking on a larger table).
        QList<CreditEvent> refreshed;
        const QList<CreditEvent> before = model->events();
        for (int i = 0; i < before.size(); ++i) {
            if (i % 7 == 3)
                continue;
            CreditEvent e = before.at(i);
            if (i % 5 == 0) {
                e.charges = Money(5000 + i, u"USD"_s);
            }
            refreshed.append(e);
        }
        refreshed.append(manyEvents(600, 10'000));
        std::shuffle(refreshed.begin(), refreshed.end(), std::mt19937(7));

        QSignalSpy finished(model, &EventTableModel::replaceFinished);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        TurnCounter counter;
        // Between slices the proxy holds exactly the model's accepted rows.
        int checks = 0;
        QTimer check;
        check.setInterval(0);
        connect(&check, &QTimer::timeout, this, [&] {
            int accepted = 0;
            for (int row = 0; row < model->rowCount(); ++row)
                accepted += filter.matches(model->event(row));
            QCOMPARE(proxy->rowCount(), accepted);
            ++checks;
        });
        check.start();
        model->replaceAll(refreshed);
        QVERIFY(model->isReplacing());
        QVERIFY(finished.wait(60'000));
        check.stop();
        QVERIFY(!model->isReplacing());

        QCOMPARE(finished.count(), 1);
        QCOMPARE(resets.count(), 0);           // views keep selection and scroll position
        QVERIFY(removed.count() > 1);          // vanished rows went run by run...
        QVERIFY(changed.count() > 1);          // ...changed rows were updated in place...
        QVERIFY(inserted.count() >= 1);        // ...and new rows inserted
        QVERIFY(counter.turns > removed.count()); // one step per turn of the event loop
        QVERIFY(checks > 1);

        QCOMPARE(model->rowCount(), refreshed.size());
        QCOMPARE(byId(model->events()), byId(refreshed));
        QVERIFY(showsSorted(*proxy, *model, acceptedIds(refreshed, filter), EventTableModel::ChargesColumn,
                            Qt::DescendingOrder));
        // The selection followed its row through every removal, update and insertion.
        QVERIFY(selection.currentIndex().isValid());
        QCOMPARE(selection.currentIndex().data(EventTableModel::EventIdRole).toString(), selectedId);
        QVERIFY(selection.isRowSelected(selection.currentIndex().row()));
        // Texts formatted before the refresh were dropped for changed rows.
        for (int row = 0; row < model->rowCount(); ++row) {
            const CreditEvent &e = model->event(row);
            QCOMPARE(model->index(row, EventTableModel::DescriptionColumn).data().toString(), e.description);
        }
    }

    void askingAboutChildrenMidChangeKeepsProxyIndexesValid()
    {
        // QSortFilterProxyModel holds an iterator into its hash of mappings while it emits the
        // signals of one source dataChanged. Asking about a row's children from a slot (as the
        // model tester does) used to add mappings to that hash; once it grew, the proxy's next
        // dataChanged carried indexes with a dangling pointer (the tester crashed in parent() in
        // the test above, about 6 runs in 10). Rows have no children, and asking about them
        // mid-change leaves the proxy's rows, order and indexes sound. Without a sanitizer the
        // freed memory often still reads right, so this test alone need not crash without the fix.
        QObject owner;
        auto *model = new EventTableModel(&owner);
        auto *proxy = new EventFilterProxy(model, &owner);
        new QAbstractItemModelTester(proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, &owner);
        model->setSliceBudget(0);
        model->append(manyEvents(300));
        CreditFilter filter;
        filter.setText(u"usage 1"_s);
        proxy->setFilter(filter);
        proxy->sort(EventTableModel::ChargesColumn, Qt::AscendingOrder);
        int asked = 0;
        const auto askAboutChildren = [&] {
            for (int row = 0; row < proxy->rowCount(); ++row) {
                const QModelIndex index = proxy->index(row, 0);
                QCOMPARE(proxy->rowCount(index), 0);
                QCOMPARE(proxy->columnCount(index), 0);
                QVERIFY(!proxy->hasChildren(index));
                QVERIFY(!proxy->index(0, 0, index).isValid());
                ++asked;
            }
        };
        connect(proxy, &QAbstractItemModel::rowsRemoved, this, askAboutChildren);
        connect(proxy, &QAbstractItemModel::layoutChanged, this, askAboutChildren);
        // Every 3rd row leaves the filter and every 4th changes its amount (the sort column).
        QList<CreditEvent> refreshed = model->events();
        for (int i = 0; i < refreshed.size(); ++i) {
            if (i % 3 == 0)
                refreshed[i].description = u"settled"_s;
            if (i % 4 == 0)
                refreshed[i].charges = Money(9000 - i, u"USD"_s);
        }
        QSignalSpy finished(model, &EventTableModel::replaceFinished);
        model->replaceAll(refreshed);
        QVERIFY(finished.wait(30'000));
        QVERIFY(asked > 0);
        QVERIFY(showsSorted(*proxy, *model, acceptedIds(refreshed, filter), EventTableModel::ChargesColumn,
                            Qt::AscendingOrder));
    }

    void newReplacementSupersedesOneMidApply()
    {
        QObject owner;
        auto *model = new EventTableModel(&owner);
        new QAbstractItemModelTester(model, Fatal, &owner);
        auto *proxy = new EventFilterProxy(model, &owner);
        new QAbstractItemModelTester(proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, &owner);
        CreditFilter filter;
        filter.setText(u"usage 3"_s);
        proxy->setFilter(filter);
        proxy->sort(EventTableModel::DateColumn, Qt::AscendingOrder);
        model->setSliceBudget(0);
        model->append(manyEvents(1200));
        // Kept by both replacements and shown by the filter: the selection must follow it.
        const QString selectedId = u"ev-000703"_s; // "usage 3", not renamed by the second
        QItemSelectionModel selection(proxy);
        {
            int sourceRow = 0;
            while (model->event(sourceRow).id() != selectedId)
                ++sourceRow;
            selection.setCurrentIndex(proxy->mapFromSource(model->index(sourceRow, 0)),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        QVERIFY(selection.currentIndex().isValid());

        QList<CreditEvent> first = manyEvents(1200, 600); // half vanish, half are new
        QList<CreditEvent> second = manyEvents(900, 300);
        for (int i = 0; i < second.size(); i += 3)
            second[i].description = u"second"_s;
        QSignalSpy finished(model, &EventTableModel::replaceFinished);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        model->replaceAll(first);
        QTRY_VERIFY_WITH_TIMEOUT(removed.count() > 0, 30'000); // partly applied
        QVERIFY(model->isReplacing());
        model->replaceAll(second);
        QVERIFY(finished.wait(60'000));
        QTest::qWait(50); // no late slice of the first replacement follows
        QCOMPARE(finished.count(), 1);
        QCOMPARE(byId(model->events()), byId(second));
        QVERIFY(showsSorted(*proxy, *model, acceptedIds(second, filter), EventTableModel::DateColumn,
                            Qt::AscendingOrder));
        QCOMPARE(selection.currentIndex().data(EventTableModel::EventIdRole).toString(), selectedId);
        QVERIFY(selection.isRowSelected(selection.currentIndex().row()));
    }

    void supersededWhilePlanning()
    {
        QObject owner;
        auto *model = new EventTableModel(&owner);
        new QAbstractItemModelTester(model, Fatal, &owner);
        model->append(manyEvents(2000));
        QSignalSpy finished(model, &EventTableModel::replaceFinished);
        model->replaceAll(manyEvents(2000, 100));
        model->replaceAll(manyEvents(10, 5)); // before the first plan is back
        QVERIFY(finished.wait(30'000));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(byId(model->events()), byId(manyEvents(10, 5)));
    }

    void otherChangesStopAReplacement()
    {
        QObject owner;
        auto *model = new EventTableModel(&owner);
        new QAbstractItemModelTester(model, Fatal, &owner);
        model->setSliceBudget(0);
        model->append(manyEvents(3000));
        QSignalSpy finished(model, &EventTableModel::replaceFinished);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);

        // clear() mid-apply: the table stays empty, nothing more is applied.
        model->replaceAll(manyEvents(3000, 1500));
        QTRY_VERIFY_WITH_TIMEOUT(removed.count() > 0, 30'000);
        model->clear();
        QVERIFY(!model->isReplacing());
        QTest::qWait(100);
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(finished.count(), 0);

        // append() mid-apply: the rows are what was there plus the page, nothing of the plan.
        model->append(manyEvents(3000));
        removed.clear();
        model->replaceAll(manyEvents(3000, 1500));
        QTRY_VERIFY_WITH_TIMEOUT(removed.count() > 0, 30'000);
        const QList<CreditEvent> partly = model->events();
        model->append(manyEvents(5, 90'000));
        QTest::qWait(100);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(model->rowCount(), partly.size() + 5);

        // setEvents() while planning: the reset wins.
        model->replaceAll(manyEvents(100));
        model->setEvents(manyEvents(7, 300));
        QTest::qWait(100);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(byId(model->events()), byId(manyEvents(7, 300)));
    }

    void emptyTableFillsWithoutReset()
    {
        EventTableModel model;
        new QAbstractItemModelTester(&model, Fatal, &model);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy finished(&model, &EventTableModel::replaceFinished);
        model.replaceAll(manyEvents(2500));
        QVERIFY(finished.wait(30'000));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 2500);
        QVERIFY(inserted.count() >= 3); // in chunks of at most 1,024 rows
    }

    void destroyedWhileReplacing()
    {
        for (int budget : { 0, 4 }) {
            auto *model = new EventTableModel;
            model->setSliceBudget(budget);
            model->append(manyEvents(5000));
            model->replaceAll(manyEvents(5000, 2500));
            delete model; // waits for its worker; no slice or plan arrives afterwards
            QTest::qWait(20);
        }
    }
};

QTEST_GUILESS_MAIN(TestEventReplace)
#include "tst_eventreplace.moc"
