// EventTableModel, BillingScopeModel, PartnerCreditModel and their proxies; the compact money
// of the summary line. A QAbstractItemModelTester watches every model for the whole test.
#include "filters/creditfilterproxy.h"
#include "filters/viewsummary.h"
#include "models/billingscopemodel.h"
#include "models/eventtablemodel.h"
#include "models/partnercreditmodel.h"
#include "modelfixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace CreditDesk;
using namespace CreditDesk::Fixtures;
using namespace Qt::StringLiterals;

namespace {
/// replaceAll() is applied over several turns of the event loop; waits until it is.
bool replaceAndWait(EventTableModel *model, const QList<CreditEvent> &events)
{
    QSignalSpy finished(model, &EventTableModel::replaceFinished);
    model->replaceAll(events);
    return finished.wait(30'000) && finished.count() == 1;
}
} // namespace

class TestOtherModels : public QObject
{
    Q_OBJECT
private:
    static constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::QtTest;
    const QLocale us { QLocale::English, QLocale::UnitedStates };

private Q_SLOTS:
    void eventsAppendInBatchesAndSortRaw()
    {
        QObject owner;
        auto *model = new EventTableModel(&owner);
        new QAbstractItemModelTester(model, Fatal, &owner);
        auto *proxy = new EventFilterProxy(model, &owner);
        new QAbstractItemModelTester(proxy, Fatal, &owner);
        model->setLocale(us);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        model->append({ creditEvent(u"e1"_s, u"March usage"_s, CreditEventType::SettledCharges, 500, utc(2026, 3, 1)),
                        creditEvent(u"e2"_s, u"Euro usage"_s, CreditEventType::SettledCharges, -900, utc(2026, 1, 1), u"EUR"_s) });
        model->append({ creditEvent(u"e3"_s, u"February usage"_s, CreditEventType::SettledCharges, 100, utc(2026, 2, 1)) });
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model->index(0, EventTableModel::ChargesColumn).data().toString(), u"$5.00"_s);
        QCOMPARE(model->index(0, EventTableModel::LotColumn).data().toString(), u"e1"_s);
        QCOMPARE(model->index(0, EventTableModel::TypeColumn).data().toString(), u"Charges"_s);
        QCOMPARE(model->index(2, EventTableModel::DateColumn).data(EventTableModel::SortRole).toDate(),
                 QDate(2026, 2, 1));

        auto order = [&](int column) {
            proxy->sort(column, Qt::AscendingOrder);
            QStringList ids;
            for (int row = 0; row < proxy->rowCount(); ++row)
                ids << proxy->index(row, 0).data(EventTableModel::EventIdRole).toString();
            return ids;
        };
        QCOMPARE(order(EventTableModel::DateColumn), (QStringList { u"e2"_s, u"e3"_s, u"e1"_s }));
        // Currency first (EUR before USD), then amount.
        QCOMPARE(order(EventTableModel::ChargesColumn), (QStringList { u"e2"_s, u"e3"_s, u"e1"_s }));

        // Charges are consumption, shown positive whichever sign Azure sent; the event keeps
        // the raw value for exports.
        QCOMPARE(model->index(1, EventTableModel::ChargesColumn).data().toString(), u"EUR\u00A09.00"_s);
        QCOMPARE(model->index(1, EventTableModel::ChargesColumn).data(EventTableModel::SortRole).toLongLong(), 900);
        QCOMPARE(model->index(1, EventTableModel::ChargesColumn).data(EventTableModel::MoneyRole).value<Money>(),
                 Money(900, u"EUR"_s));
        QCOMPARE(model->event(1).charges, Money(-900, u"EUR"_s));
        QVERIFY(model->headerData(EventTableModel::ChargesColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString().contains(u"positive"_s));

        CreditFilter f;
        f.setText(u"usage"_s);
        proxy->setFilter(f);
        QCOMPARE(proxy->rowCount(), 3);
        f.setText(u"usage marc"_s);
        proxy->setFilter(f);
        QCOMPARE(proxy->rowCount(), 1);
        const ViewSummary s = proxy->summary();
        QCOMPARE(s.shown, 1);
        QCOMPARE(s.total, 3);
        QVERIFY(s.remainingByCurrency.isEmpty());
        QCOMPARE(s.text(us, u"transactions"_s), u"Showing 1 of 3 transactions"_s);

        // Every visible text column is searched, case-insensitively: the billing profile's
        // (or its id when it has no name) and the lot's short name, as the table shows them.
        f.setText(u"BP1"_s);
        proxy->setFilter(f);
        QCOMPARE(proxy->rowCount(), 3);
        f.setText(u"PromotionalCredit"_s); // the lot's source is not a column here
        proxy->setFilter(f);
        QCOMPARE(proxy->rowCount(), 0);
        f.setText(u"E3"_s);
        proxy->setFilter(f);
        QCOMPARE(proxy->rowCount(), 1);
        for (const QString &text : { u"usage feb"_s, u"INV"_s, u"zzz"_s, u"charges e2"_s }) {
            f.setText(text); // the proxy's per-distinct-text path agrees with the plain test
            proxy->setFilter(f);
            int plain = 0;
            for (int row = 0; row < model->rowCount(); ++row)
                plain += f.matches(model->event(row)) ? 1 : 0;
            QCOMPARE(proxy->rowCount(), plain);
        }

        model->setEvents({});
        QCOMPARE(proxy->rowCount(), 0);
    }

    // A refresh that changes one row, removes one and adds one touches exactly those rows:
    // no reset, so views keep their selection, and the proxy's filter and sort stay right.
    void eventsRefreshUpdatesOnlyWhatChanged()
    {
        QObject owner;
        auto *model = new EventTableModel(&owner);
        new QAbstractItemModelTester(model, Fatal, &owner);
        auto *proxy = new EventFilterProxy(model, &owner);
        new QAbstractItemModelTester(proxy, Fatal, &owner);
        model->setLocale(us);
        QList<CreditEvent> events;
        for (int i = 0; i < 10; ++i)
            events.append(creditEvent(u"e%1"_s.arg(i), u"usage %1"_s.arg(i), CreditEventType::SettledCharges,
                                      100 * (i + 1), utc(2026, 1, 1 + i)));
        model->append(events);
        CreditFilter f;
        f.setText(u"usage"_s);
        proxy->setFilter(f);
        proxy->sort(EventTableModel::ChargesColumn, Qt::DescendingOrder);
        QCOMPARE(model->index(3, EventTableModel::ChargesColumn).data().toString(), u"$4.00"_s); // formatted once

        QList<CreditEvent> refreshed = events;
        refreshed.removeAt(5);                           // e5 vanished
        refreshed[2].charges = Money(5000, u"USD"_s);    // e2 changed
        refreshed[2].description = u"renamed"_s;         // ...and no longer matches the search
        refreshed.append(creditEvent(u"e10"_s, u"usage new"_s, CreditEventType::SettledCharges, 7, utc(2026, 2, 1)));
        std::reverse(refreshed.begin(), refreshed.end()); // the service's order is not the table's

        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QVERIFY(replaceAndWait(model, refreshed));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 5);
        QCOMPARE(removed.first().at(2).toInt(), 5);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model->rowCount(), 10);
        QCOMPARE(model->index(2, EventTableModel::ChargesColumn).data().toString(), u"$50.00"_s); // not the old text
        QCOMPARE(model->index(9, EventTableModel::DescriptionColumn).data().toString(), u"usage new"_s);

        QStringList shown;
        for (int row = 0; row < proxy->rowCount(); ++row)
            shown << proxy->index(row, 0).data(EventTableModel::EventIdRole).toString();
        QCOMPARE(shown, (QStringList { u"e9"_s, u"e8"_s, u"e7"_s, u"e6"_s, u"e4"_s, u"e3"_s, u"e1"_s, u"e0"_s, u"e10"_s }));

        // The same list again changes nothing at all.
        changed.clear();
        removed.clear();
        inserted.clear();
        QVERIFY(replaceAndWait(model, refreshed));
        QCOMPARE(changed.count() + removed.count() + inserted.count() + reset.count(), 0);

        // Two events may share a name (in different billing scopes): rows are then told apart
        // by their full ids, still without a reset.
        QList<CreditEvent> twins { creditEvent(u"x1"_s, u"a"_s, CreditEventType::SettledCharges, 1, utc(2026, 3, 1)),
                                   creditEvent(u"x2"_s, u"b"_s, CreditEventType::SettledCharges, 2, utc(2026, 3, 2)) };
        for (CreditEvent &twin : twins)
            twin.name = u"same"_s;
        QVERIFY(replaceAndWait(model, twins));
        QCOMPARE(model->rowCount(), 2);
        twins[1].charges = Money(3, u"USD"_s);
        changed.clear();
        QVERIFY(replaceAndWait(model, twins));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model->event(changed.first().at(0).toModelIndex().row()).id(), u"x2"_s);
        QCOMPARE(model->event(0).id(), u"x1"_s);
        QCOMPARE(model->event(0).charges->minorUnits(), 1);
    }

    void billingScopes()
    {
        QObject owner;
        auto *model = new BillingScopeModel(&owner);
        new QAbstractItemModelTester(model, Fatal, &owner);
        model->setLocale(us);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        model->setScope(u"acct1"_s, u"Contoso"_s, BillingScopeModel::Kind::BillingAccount);
        model->setScope(u"bp1"_s, u"Contoso US"_s, BillingScopeModel::Kind::BillingProfile, u"usd"_s);
        QCOMPARE(inserted.count(), 2);
        changed.clear();
        model->setScope(u"bp1"_s, u"Contoso US"_s, BillingScopeModel::Kind::BillingProfile);
        QCOMPARE(changed.count(), 0); // nothing new
        CreditSummary summary;
        summary.estimatedBalance = Money(123400, u"USD"_s);
        summary.currentBalance = Money(200000, u"USD"_s);
        model->setSummary(u"bp1"_s, summary);
        QCOMPARE(changed.count(), 1);
        const int row = model->rowOf(u"bp1"_s);
        QCOMPARE(model->index(row, BillingScopeModel::CurrencyColumn).data().toString(), u"USD"_s);
        QCOMPARE(model->index(row, BillingScopeModel::EstimatedBalanceColumn).data().toString(), u"$1,234.00"_s);
        QCOMPARE(model->index(row, BillingScopeModel::CurrentBalanceColumn).data(BillingScopeModel::SortRole).toLongLong(),
                 200000);
        // A summary for a profile not seen yet adds it.
        model->setSummary(u"bp2"_s, summary);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->scope(2).kind, BillingScopeModel::Kind::BillingProfile);
        model->clear();
        QCOMPARE(model->rowCount(), 0);
    }

    void partnerCredits()
    {
        QObject owner;
        auto *model = new PartnerCreditModel(&owner);
        new QAbstractItemModelTester(model, Fatal, &owner);
        auto *proxy = new PartnerCreditFilterProxy(model, &owner);
        new QAbstractItemModelTester(proxy, Fatal, &owner);
        const QDate today(2026, 3, 15);
        proxy->setToday(today);
        model->setLocale(us);
        QList<PartnerCredit> credits {
            partnerCredit(u"c1"_s, PartnerCredit::Status::NotRedeemed, 0, today.addDays(20)),
            partnerCredit(u"c2"_s, PartnerCredit::Status::Assigned, 5, today.addDays(200)),
            partnerCredit(u"c3"_s, PartnerCredit::Status::Redeemed, 1, today.addDays(100)),
        };
        credits[1].activationDate = QDate(2025, 6, 2);
        credits[1].cutoffDate = QDate(2026, 7, 2);
        credits[1].assignedUser.displayName = u"Ana Ruiz"_s;
        credits[2].type = PartnerCredit::Type::Bulk;
        model->setCredits(credits);
        auto cell = [model](int row, int column, int role = Qt::DisplayRole) {
            return model->index(row, column).data(role);
        };
        QCOMPARE(cell(0, PartnerCreditModel::AmountColumn).toString(), u"$150.00"_s);

        // Reassignments used and left; a bulk credit is never reassigned.
        QCOMPARE(cell(0, PartnerCreditModel::ReassignmentsUsedColumn).toString(), u"0 of 5"_s);
        QCOMPARE(cell(0, PartnerCreditModel::ReassignmentsLeftColumn).toString(), u"5 left"_s);
        QCOMPARE(cell(1, PartnerCreditModel::ReassignmentsUsedColumn).toString(), u"5 of 5"_s);
        QCOMPARE(cell(1, PartnerCreditModel::ReassignmentsLeftColumn).toString(), u"None left"_s);
        QVERIFY(cell(1, PartnerCreditModel::ReassignmentsLeftColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(u"No reassignments left"_s));
        QCOMPARE(cell(2, PartnerCreditModel::ReassignmentsUsedColumn).toString(), u"Not reassignable"_s);
        QCOMPARE(cell(2, PartnerCreditModel::ReassignmentsLeftColumn).toString(), u"Not reassignable"_s);
        QCOMPARE(cell(0, PartnerCreditModel::ReassignmentsLeftColumn, PartnerCreditModel::SortRole).toInt(), 5);
        QCOMPARE(cell(1, PartnerCreditModel::ReassignmentsLeftColumn, PartnerCreditModel::SortRole).toInt(), 0);
        QCOMPARE(cell(2, PartnerCreditModel::ReassignmentsLeftColumn, PartnerCreditModel::SortRole).toInt(), -1);
        QCOMPARE(cell(1, PartnerCreditModel::ReassignmentsUsedColumn, PartnerCreditModel::SortRole).toInt(), 5);
        PartnerCredit expired = credits.at(0);
        expired.status = PartnerCredit::Status::Expired;
        QCOMPARE(PartnerCreditModel::reassignmentsLeftText(expired), u"None (expired)"_s);

        // Activation and cutoff dates: shown as UTC dates, sorted as dates, empty until known.
        QCOMPARE(cell(1, PartnerCreditModel::ActivationDateColumn).toString(), u"Jun 2, 2025"_s);
        QCOMPARE(cell(1, PartnerCreditModel::CutoffDateColumn).toString(), u"Jul 2, 2026"_s);
        QCOMPARE(cell(1, PartnerCreditModel::CutoffDateColumn, PartnerCreditModel::SortRole).toDate(),
                 QDate(2026, 7, 2));
        QCOMPARE(cell(1, PartnerCreditModel::ActivationDateColumn, PartnerCreditModel::SortRole).toDate(),
                 QDate(2025, 6, 2));
        QVERIFY(cell(0, PartnerCreditModel::CutoffDateColumn).toString().isEmpty());
        QVERIFY(!cell(0, PartnerCreditModel::CutoffDateColumn, PartnerCreditModel::SortRole).isValid());
        QVERIFY(cell(2, PartnerCreditModel::CutoffDateColumn, Qt::ToolTipRole).toString().contains(u"Bulk"_s));

        // The assigned user: display name and UPN in their own columns.
        QCOMPARE(cell(1, PartnerCreditModel::AssignedNameColumn).toString(), u"Ana Ruiz"_s);
        QCOMPARE(cell(1, PartnerCreditModel::AssignedUpnColumn).toString(), u"ana@contoso.com"_s);
        QVERIFY(cell(0, PartnerCreditModel::AssignedUpnColumn).toString().isEmpty());
        for (int column = 0; column < PartnerCreditModel::ColumnCount; ++column)
            QVERIFY(!model->headerData(column, Qt::Horizontal).toString().isEmpty());

        // Sorting the proxy on raw values: "None left" (0) before "5 left", bulk first of all.
        proxy->sort(PartnerCreditModel::ReassignmentsLeftColumn, Qt::AscendingOrder);
        QCOMPARE(proxy->index(0, PartnerCreditModel::IdColumn).data().toString(), u"c3"_s);
        QCOMPARE(proxy->index(1, PartnerCreditModel::IdColumn).data().toString(), u"c2"_s);
        QCOMPARE(proxy->index(2, PartnerCreditModel::IdColumn).data().toString(), u"c1"_s);
        proxy->sort(PartnerCreditModel::CutoffDateColumn, Qt::DescendingOrder);
        QCOMPARE(proxy->index(0, PartnerCreditModel::IdColumn).data().toString(), u"c2"_s);
        proxy->sort(-1);

        CreditFilter f;
        f.setQuick(QuickFilter::ReassignmentCapReached);
        proxy->setFilter(f);
        QCOMPARE(proxy->rowCount(), 1);
        f.setQuick(QuickFilter::NotRedeemed);
        proxy->setFilter(f);
        QCOMPARE(proxy->rowCount(), 1);
        f.setQuick(QuickFilter::None);
        proxy->setFilter(f);
        QCOMPARE(proxy->summary().remainingByCurrency, QList<Money> { Money(30000, u"USD"_s) });

        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        credits.removeAt(2);
        credits[0].status = PartnerCredit::Status::Assigned;
        model->setCredits(credits);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model->rowCount(), 2);
    }

    void compactMoney_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("exact below 10k") << qint64(999950) << u"USD"_s << u"$9,999.50"_s;
        QTest::newRow("10K") << qint64(1000000) << u"USD"_s << u"$10K"_s;
        QTest::newRow("12.3K") << qint64(1234567) << u"USD"_s << u"$12.3K"_s;
        QTest::newRow("950K") << qint64(95000000) << u"USD"_s << u"$950K"_s;
        QTest::newRow("1.2M") << qint64(123456789) << u"USD"_s << u"$1.2M"_s;
        QTest::newRow("rounds up a unit") << qint64(99996000) << u"USD"_s << u"$1M"_s;
        QTest::newRow("negative") << qint64(-250000000) << u"USD"_s << u"($2.5M)"_s; // en_US shows negative money in parentheses
        QTest::newRow("other currency") << qint64(4500000) << u"EUR"_s << u"EUR\u00a045K"_s;
        QTest::newRow("yen, no minor") << qint64(3400000) << u"JPY"_s << u"JPY\u00a03.4M"_s;
        QTest::newRow("billions") << qint64(720000000000) << u"USD"_s << u"$7.2B"_s;
    }
    void compactMoney()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(formatCompactMoney(Money(minor, currency), us), expected);
    }

    void summaryText()
    {
        ViewSummary s { 312, 10000, { Money(40000000, u"EUR"_s), Money(120000000, u"USD"_s) } };
        QCOMPARE(s.text(us, u"lots"_s), u"Showing 312 of 10,000 lots · EUR\u00a0400K + $1.2M remaining"_s);
        s.shown = 10000;
        s.remainingByCurrency = { Money(123, u"USD"_s) };
        QCOMPARE(s.text(us, u"lots"_s), u"10,000 lots · $1.23 remaining"_s);
    }
};

QTEST_GUILESS_MAIN(TestOtherModels)
#include "tst_othermodels.moc"
