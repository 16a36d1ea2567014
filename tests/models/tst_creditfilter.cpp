// CreditFilter as a plain value: every criterion, combinations, UTC date edges, no model.
#include "filters/creditfilter.h"
#include "modelfixtures.h"

#include <QTest>

using namespace CreditDesk;
using namespace CreditDesk::Fixtures;
using namespace Qt::StringLiterals;

class TestCreditFilter : public QObject
{
    Q_OBJECT
private:
    const QDate today { 2026, 3, 15 };
    Lot active() const { return lot(u"Alpha-Lot"_s, LotStatus::Active, 5000, u"USD"_s, utc(2026, 6, 1)); }

private Q_SLOTS:
    void emptyFilterMatchesEverything()
    {
        const CreditFilter f;
        QVERIFY(f.isEmpty());
        QVERIFY(f.matches(active(), today));
        QVERIFY(f.matches(Lot(), today));
        QVERIFY(f.matches(CreditEvent()));
        QVERIFY(f == CreditFilter());
    }

    void settersReportChanges()
    {
        CreditFilter f;
        QVERIFY(f.setText(u"abc"_s));
        QVERIFY(!f.setText(u"abc"_s));
        QVERIFY(!f.setText(u"  abc "_s)); // trimmed: the same search
        QVERIFY(f.setStatuses({ LotStatus::Active }));
        QVERIFY(!f.setStatuses({ LotStatus::Active }));
        QVERIFY(f.setSources({ LotSource::Purchased }));
        QVERIFY(f.setCurrency(u"usd"_s));
        QVERIFY(!f.setCurrency(u"USD"_s));
        QCOMPARE(*f.currency(), u"USD"_s);
        QVERIFY(f.setBillingAccountId(u"a"_s));
        QVERIFY(f.setBillingProfileId(u"p"_s));
        QVERIFY(f.setCustomerId(u"c"_s));
        QVERIFY(f.setExpiresFrom(today));
        QVERIFY(!f.setExpiresFrom(today));
        QVERIFY(f.setExpiresTo(today));
        QVERIFY(f.setQuick(QuickFilter::Active));
        QVERIFY(!f.setQuick(QuickFilter::Active));
        QVERIFY(!f.isEmpty());
        CreditFilter g = f;
        QVERIFY(g == f);
        g.setQuick(QuickFilter::None);
        QVERIFY(!(g == f));
        QCOMPARE(f.statuses(), QList<LotStatus> { LotStatus::Active });
    }

    void textSearchesVisibleColumnsCaseInsensitively()
    {
        Lot l = active();
        l.poNumber = u"PO-7781"_s;
        CreditFilter f;
        f.setText(u"alpha"_s);
        QVERIFY(f.matches(l, today));
        f.setText(u"po-77"_s);
        QVERIFY(f.matches(l, today));
        f.setText(u"usd"_s);
        QVERIFY(f.matches(l, today));
        f.setText(u"BP1"_s); // scope id
        QVERIFY(f.matches(l, today));
        f.setText(u"contoso"_s); // scope display name
        QVERIFY(!f.matches(l, today));
        QVERIFY(f.matches(l, today, u"Contoso Ltd"_s));
        f.setText(u"promotional"_s); // the source column's display text
        QVERIFY(f.matches(l, today));
        l.status = LotStatus::Complete;
        f.setText(u"used up"_s); // the status column's display text
        QVERIFY(f.matches(l, today));
        f.setText(u"alpha nomatch"_s); // every word must be found
        QVERIFY(!f.matches(l, today));
        f.setText(u"alpha usd"_s);
        QVERIFY(f.matches(l, today));
    }

    void statusSourceCurrencyAndIds()
    {
        const Lot l = active();
        CreditFilter f;
        f.setStatuses({ LotStatus::Expired, LotStatus::Active });
        QVERIFY(f.matches(l, today));
        f.setStatuses({ LotStatus::Expired });
        QVERIFY(!f.matches(l, today));
        f.setStatuses({});
        f.setSources({ LotSource::Purchased });
        QVERIFY(!f.matches(l, today));
        f.setSources({ LotSource::Promotional });
        QVERIFY(f.matches(l, today));
        f.setCurrency(u"EUR"_s);
        QVERIFY(!f.matches(l, today));
        f.setCurrency(std::nullopt);
        f.setBillingAccountId(u"ACCT1"_s);
        f.setBillingProfileId(u"bp1"_s);
        QVERIFY(f.matches(l, today));
        f.setCustomerId(u"cust9"_s);
        QVERIFY(!f.matches(l, today));
    }

    void expiryWindowUsesUtcDates()
    {
        Lot l = active();
        // 00:30 on March 16 at UTC+1 is 23:30 UTC on March 15.
        l.expirationDate = QDateTime(QDate(2026, 3, 16), QTime(0, 30), Qt::OffsetFromUTC, 3600);
        CreditFilter f;
        f.setExpiresFrom(QDate(2026, 3, 15));
        f.setExpiresTo(QDate(2026, 3, 15));
        QVERIFY(f.matches(l, today));
        f.setExpiresFrom(QDate(2026, 3, 16));
        f.setExpiresTo(QDate());
        QVERIFY(!f.matches(l, today));
        l.expirationDate = QDateTime();
        QVERIFY(!f.matches(l, today)); // no expiry is outside any window
    }

    void expiringWithinBoundaries_data()
    {
        QTest::addColumn<int>("daysAhead");
        QTest::addColumn<QuickFilter>("quick");
        QTest::addColumn<bool>("expected");
        QTest::newRow("today, 30") << 0 << QuickFilter::ExpiringWithin30 << true;
        QTest::newRow("exactly 30") << 30 << QuickFilter::ExpiringWithin30 << true;
        QTest::newRow("31 of 30") << 31 << QuickFilter::ExpiringWithin30 << false;
        QTest::newRow("yesterday") << -1 << QuickFilter::ExpiringWithin30 << false;
        QTest::newRow("60 of 60") << 60 << QuickFilter::ExpiringWithin60 << true;
        QTest::newRow("61 of 60") << 61 << QuickFilter::ExpiringWithin60 << false;
        QTest::newRow("90 of 90") << 90 << QuickFilter::ExpiringWithin90 << true;
        QTest::newRow("91 of 90") << 91 << QuickFilter::ExpiringWithin90 << false;
    }
    void expiringWithinBoundaries()
    {
        QFETCH(int, daysAhead);
        QFETCH(QuickFilter, quick);
        QFETCH(bool, expected);
        Lot l = active();
        // Late in the UTC day: still the same UTC date.
        l.expirationDate = QDateTime(today.addDays(daysAhead), QTime(23, 59, 59), Qt::UTC);
        CreditFilter f;
        f.setQuick(quick);
        QCOMPARE(f.matches(l, today), expected);
    }

    void quickStatusFilters()
    {
        Lot live = active();
        Lot gone = lot(u"Old"_s, LotStatus::Expired, 2500, u"USD"_s, utc(2026, 1, 1));
        Lot goneEmpty = lot(u"Empty"_s, LotStatus::Expired, 0, u"USD"_s, utc(2026, 1, 1));
        // Status still says Active but the date has passed: expired all the same.
        Lot stale = lot(u"Stale"_s, LotStatus::Active, 100, u"USD"_s, utc(2026, 3, 14));
        CreditFilter f;
        f.setQuick(QuickFilter::Active);
        QVERIFY(f.matches(live, today));
        QVERIFY(!f.matches(gone, today));
        QVERIFY(!f.matches(stale, today));
        f.setQuick(QuickFilter::Expired);
        QVERIFY(!f.matches(live, today));
        QVERIFY(f.matches(gone, today));
        QVERIFY(f.matches(stale, today));
        f.setQuick(QuickFilter::ExpiredWithBalance);
        QVERIFY(f.matches(gone, today));
        QVERIFY(!f.matches(goneEmpty, today));
        QVERIFY(!f.matches(live, today));
        // Partner-credit rules never match lots.
        f.setQuick(QuickFilter::NotRedeemed);
        QVERIFY(!f.matches(live, today));
        f.setQuick(QuickFilter::ReassignmentCapReached);
        QVERIFY(!f.matches(live, today));
    }

    void partnerCreditRules()
    {
        const PartnerCredit fresh = partnerCredit(u"c1"_s, PartnerCredit::Status::NotRedeemed, 0, today.addDays(10));
        const PartnerCredit capped = partnerCredit(u"c2"_s, PartnerCredit::Status::Assigned, 5, today.addDays(40));
        CreditFilter f;
        f.setQuick(QuickFilter::NotRedeemed);
        QVERIFY(f.matches(fresh, today));
        QVERIFY(!f.matches(capped, today));
        f.setQuick(QuickFilter::ReassignmentCapReached);
        QVERIFY(!f.matches(fresh, today));
        QVERIFY(f.matches(capped, today));
        f.setQuick(QuickFilter::ExpiringWithin30);
        QVERIFY(f.matches(fresh, today));
        QVERIFY(!f.matches(capped, today));
        f.setQuick(QuickFilter::None);
        f.setText(u"ana@"_s);
        QVERIFY(f.matches(capped, today));
        QVERIFY(!f.matches(fresh, today));
    }

    void events()
    {
        const CreditEvent e = creditEvent(u"ev1"_s, u"Azure usage March"_s, CreditEventType::SettledCharges, 1200,
                                    utc(2026, 3, 1));
        CreditFilter f;
        f.setText(u"usage"_s);
        QVERIFY(f.matches(e));
        f.setText(u"inv-ev1"_s);
        QVERIFY(f.matches(e));
        f.setText(u"settled"_s);
        QVERIFY(f.matches(e));
        f.setText(QString());
        f.setBillingProfileId(u"bp1"_s); // short id against the event's full ARM id
        QVERIFY(f.matches(e));
        f.setBillingProfileId(u"p1"_s); // but not a mere suffix
        QVERIFY(!f.matches(e));
        f.setBillingProfileId(std::nullopt);
        f.setCurrency(u"EUR"_s);
        QVERIFY(!f.matches(e));
        f.setCurrency(std::nullopt);
        f.setSources({ LotSource::Purchased });
        QVERIFY(!f.matches(e));
        f.setSources({ LotSource::Promotional });
        QVERIFY(f.matches(e));
        // Lot-only criteria are ignored for events.
        f.setQuick(QuickFilter::Expired);
        f.setStatuses({ LotStatus::Expired });
        QVERIFY(f.matches(e));
    }

    void eventKindPeriodAndLot()
    {
        CreditEvent charge = creditEvent(u"ev1"_s, u"usage"_s, CreditEventType::PendingCharges, 100, utc(2026, 3, 1));
        CreditEvent added = creditEvent(u"ev2"_s, u"grant"_s, CreditEventType::NewCredit, 0, utc(2026, 2, 14));
        CreditEvent lost = creditEvent(u"ev3"_s, u"gone"_s, CreditEventType::CanceledCredit, 0, QDateTime(QDate(2026, 2, 13), QTime(23, 0), Qt::UTC));
        CreditEvent odd = creditEvent(u"ev4"_s, u"what"_s, CreditEventType::Unknown, 0, utc(2026, 3, 2));
        CreditFilter f;
        QVERIFY(f.setEventKind(EventKind::Charges));
        QVERIFY(!f.setEventKind(EventKind::Charges));
        QVERIFY(!f.isEmpty());
        QVERIFY(f.matches(charge) && !f.matches(added) && !f.matches(lost) && !f.matches(odd));
        f.setEventKind(EventKind::NewCredit);
        QVERIFY(!f.matches(charge) && f.matches(added));
        f.setEventKind(EventKind::Expiry);
        QVERIFY(f.matches(lost) && !f.matches(added));
        f.setEventKind(EventKind::Adjustments); // what this version cannot name is a correction
        QVERIFY(f.matches(odd) && !f.matches(charge));
        f.setEventKind(EventKind::Any);
        QVERIFY(f.isEmpty());

        // The period starts at 00:00 UTC of its first day: 13 Feb 23:00 UTC is outside.
        QVERIFY(f.setTransactionsFrom(QDate(2026, 2, 14)));
        QVERIFY(f.matches(added) && !f.matches(lost) && f.matches(charge));
        QVERIFY(!f.matches(CreditEvent())); // no date: not in any period
        f.setTransactionsFrom({});

        // The lot by its name or its full ARM id, case-insensitively; not by a mere suffix.
        QVERIFY(f.setLotId(u"EV1"_s));
        QVERIFY(f.matches(charge) && !f.matches(added));
        f.setLotId(charge.lotId);
        QVERIFY(f.matches(charge) && !f.matches(added));
        f.setLotId(u"v1"_s);
        QVERIFY(!f.matches(charge));

        // A longer search text with the same kind, period and lot narrows; another lot does not.
        CreditFilter a;
        a.setLotId(u"ev1"_s);
        a.setText(u"us"_s);
        CreditFilter b = a;
        b.setText(u"usage"_s);
        QVERIFY(b.isNarrowingOf(a));
        b.setLotId(u"ev2"_s);
        QVERIFY(!b.isNarrowingOf(a));
    }

    void combinations()
    {
        CreditFilter f;
        f.setText(u"alpha"_s);
        f.setCurrency(u"USD"_s);
        f.setQuick(QuickFilter::ExpiringWithin90);
        QVERIFY(f.matches(active(), today));
        f.setStatuses({ LotStatus::Inactive });
        QVERIFY(!f.matches(active(), today));
    }

    void narrowing()
    {
        CreditFilter a;
        a.setText(u"lot"_s);
        CreditFilter b = a;
        b.setText(u"lot-"_s);
        QVERIFY(b.isNarrowingOf(a));
        QVERIFY(!a.isNarrowingOf(b));
        CreditFilter c = b;
        c.setQuick(QuickFilter::Active);
        QVERIFY(!c.isNarrowingOf(b));
        CreditFilter d = b;
        d.setText(u"lot- usd"_s);
        QVERIFY(d.isNarrowingOf(b));
    }
};

QTEST_GUILESS_MAIN(TestCreditFilter)
#include "tst_creditfilter.moc"
