// TablePage as a user meets it: columns fitted to their content with the page's key column in
// view, ids elided in the middle with their full text as a tooltip, and the Transactions
// page's quick filters (period, kind, this lot) driven by keyboard and mouse.
#include "elidingdelegate.h"
#include "tablepage.h"
#include "transactionsfilters.h"

#include "filters/creditfilterproxy.h"
#include "models/eventtablemodel.h"
#include "models/lottablemodel.h"
#include "models/partnercreditmodel.h"
#include "modelfixtures.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace CreditDesk;
using namespace CreditDesk::Fixtures;
using namespace Qt::StringLiterals;

namespace {
QDateTime daysAgo(int days)
{
    return QDateTime(QDateTime::currentDateTimeUtc().date().addDays(-days), QTime(12, 0), Qt::UTC);
}
} // namespace

class TestTablePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // At 1280x800 the Partner credits table gets ~800 px beside its details: "Assigned to",
    // the column the page exists for, must start inside it, and a long title over short
    // content gives way.
    void keyColumnInViewAfterFit()
    {
        PartnerCreditModel model;
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QList<PartnerCredit> credits;
        for (int i = 0; i < 8; ++i) {
            PartnerCredit c = partnerCredit(u"credit-%1"_s.arg(i), PartnerCredit::Status::Assigned, i % 6,
                                            QDate(2027, 1, 1 + i));
            c.programName = u"Microsoft AI Cloud Partner Program Azure benefit, Solutions Partner"_s;
            c.assignedUser.displayName = u"Ana Lima"_s;
            credits.append(c);
        }
        model.setCredits(credits);
        PartnerCreditFilterProxy proxy(&model);
        TablePage page(u"partnerCredits"_s, &proxy, nullptr);
        page.setKeyColumn(PartnerCreditModel::AssignedNameColumn);
        page.resize(800, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QHeaderView *header = page.view()->horizontalHeader();
        // The fit is queued after the first show: wait for its sign, the sections changing.
        QTRY_VERIFY(header->sectionSize(PartnerCreditModel::ReassignmentsUsedColumn)
                    < header->sectionSizeHint(PartnerCreditModel::ReassignmentsUsedColumn));
        const int keyStart = header->sectionViewportPosition(PartnerCreditModel::AssignedNameColumn);
        QVERIFY2(keyStart >= 0 && keyStart + page.fontMetrics().horizontalAdvance(u"Ana Lima"_s)
                                      <= page.view()->viewport()->width(),
                 qPrintable(u"Assigned to starts at %1 of %2"_s.arg(keyStart).arg(page.view()->viewport()->width())));
        // Text gave way; the amount was not cut.
        QVERIFY(header->sectionSize(PartnerCreditModel::AmountColumn)
                >= static_cast<QAbstractItemView *>(page.view())->sizeHintForColumn(PartnerCreditModel::AmountColumn));
        QCOMPARE(model.headerData(PartnerCreditModel::ReassignmentsUsedColumn, Qt::Horizontal, Qt::ToolTipRole),
                 model.headerData(PartnerCreditModel::ReassignmentsUsedColumn, Qt::Horizontal, Qt::DisplayRole));

        // The user's own widths are kept: no second fit when rows change.
        header->resizeSection(PartnerCreditModel::ProgramColumn, 333);
        credits.append(partnerCredit(u"credit-new"_s, PartnerCredit::Status::Assigned, 0, QDate(2027, 2, 1)));
        model.setCredits(credits);
        QTest::qWait(50);
        QCOMPARE(header->sectionSize(PartnerCreditModel::ProgramColumn), 333);
    }

    // An ARM id too long for its column shows both ends and, on hover, the whole id.
    void idsElideInTheMiddleWithTooltip()
    {
        LotTableModel model;
        Lot l = lot(u"lot-7f3c2a91-0b5e-4c1d-9a8e-2f6b7c4d1e0a"_s, LotStatus::Active, 5000, u"USD"_s, utc(2027, 1, 1));
        l.id = u"/providers/Microsoft.Billing/billingAccounts/1234/billingProfiles/ABCD/providers/"
               "Microsoft.Consumption/lots/"_s + l.name;
        model.upsert({l});
        TablePage page(u"lots"_s, &model, nullptr);
        page.setMiddleElidedColumns({LotTableModel::LotIdColumn});
        page.resize(900, 300);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *view = page.view();
        view->horizontalHeader()->setStretchLastSection(false); // the id is the last column
        view->horizontalHeader()->resizeSection(LotTableModel::LotIdColumn, 120);
        const QModelIndex cell = model.index(0, LotTableModel::LotIdColumn);
        auto *delegate = qobject_cast<ElidingDelegate *>(view->itemDelegate());
        QVERIFY(delegate);
        QVERIFY(delegate->middleElidedColumns().contains(LotTableModel::LotIdColumn));
        auto optionFor = [&](const QModelIndex &index) {
            QStyleOptionViewItem option;
            option.initFrom(view->viewport());
            option.font = view->font();
            option.fontMetrics = view->fontMetrics();
            option.rect = view->visualRect(index);
            return option;
        };
        QVERIFY(optionFor(cell).rect.isValid());
        QCOMPARE(delegate->cutText(view, optionFor(cell), cell), cell.data().toString());
        // A cell that fits needs no tooltip.
        const QModelIndex currency = model.index(0, LotTableModel::CurrencyColumn);
        QCOMPARE(delegate->cutText(view, optionFor(currency), currency), QString());
        // Wide enough again: the whole id shows, no tooltip.
        view->horizontalHeader()->resizeSection(LotTableModel::LotIdColumn,
                                                view->fontMetrics().horizontalAdvance(cell.data().toString()) + 40);
        QCOMPARE(delegate->cutText(view, optionFor(cell), cell), QString());
    }

    void transactionsQuickFilters()
    {
        EventTableModel model;
        CreditEvent recentCharge = creditEvent(u"a"_s, u"usage"_s, CreditEventType::SettledCharges, -500, daysAgo(3));
        CreditEvent oldCharge = creditEvent(u"b"_s, u"usage"_s, CreditEventType::SettledCharges, 700, daysAgo(60));
        CreditEvent grant = creditEvent(u"c"_s, u"grant"_s, CreditEventType::NewCredit, 0, daysAgo(29));
        grant.lotId = recentCharge.lotId; // the grant of lot "a"
        CreditEvent ancient = creditEvent(u"d"_s, u"expiry"_s, CreditEventType::CreditExpired, 0, daysAgo(120));
        model.append({recentCharge, oldCharge, grant, ancient});
        EventFilterProxy proxy(&model);
        CreditFilter filter;
        TablePage page(u"events"_s, &proxy, nullptr);
        TransactionsFilters filters(&page, &filter);
        connect(&filters, &TransactionsFilters::changed, &proxy, [&] { proxy.setFilter(filter); });
        page.resize(1000, 400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(proxy.rowCount(), 4);

        auto *last30 = page.findChild<QToolButton *>(u"eventsQuickFilter30"_s);
        auto *last90 = page.findChild<QToolButton *>(u"eventsQuickFilter90"_s);
        QVERIFY(last30 && last90);
        QTest::mouseClick(last30, Qt::LeftButton);
        QCOMPARE(proxy.rowCount(), 2); // 3 and 29 days ago: the 30 days include today
        QTest::mouseClick(last90, Qt::LeftButton);
        QCOMPARE(proxy.rowCount(), 3);

        // The kind, by keyboard: focus the combo, arrow down to "Charges".
        auto *kind = page.findChild<QComboBox *>(u"eventsKindFilter"_s);
        QVERIFY(kind);
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down);
        QCOMPARE(kind->currentText(), u"Charges"_s);
        QCOMPARE(proxy.rowCount(), 2);
        QTest::keyClick(kind, Qt::Key_Home);

        // This lot: select the grant's row, toggle; only lot "a" is left.
        auto *thisLot = page.findChild<QToolButton *>(u"eventsLotFilter"_s);
        QVERIFY(thisLot);
        QVERIFY(!thisLot->isEnabled()); // nothing selected yet
        int grantRow = -1;
        for (int row = 0; row < proxy.rowCount(); ++row)
            grantRow = proxy.index(row, 0).data(EventTableModel::EventIdRole).toString() == u"c"_s ? row : grantRow;
        QVERIFY(grantRow >= 0);
        page.view()->setCurrentIndex(proxy.index(grantRow, 0));
        QVERIFY(thisLot->isEnabled());
        thisLot->setFocus();
        QTest::keyClick(thisLot, Qt::Key_Space);
        QVERIFY(thisLot->isChecked());
        QCOMPARE(thisLot->text(), u"Lot: a"_s);
        QCOMPARE(proxy.rowCount(), 2);
        QTest::keyClick(thisLot, Qt::Key_Space);
        QCOMPARE(proxy.rowCount(), 3);

        // From elsewhere (the lots page's context menu): one lot, whatever is selected.
        filters.showLot(oldCharge.lotId);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(thisLot->text(), u"Lot: b"_s);
    }
};

QTEST_MAIN(TestTablePage)
#include "tst_tablepage.moc"
