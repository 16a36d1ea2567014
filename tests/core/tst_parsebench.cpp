// Timing of the parsers at the spec's scale (10,000 lots, 100,000 events). Prints the numbers
// with qInfo; asserts only correctness, because CI machines vary. Run the Release build for
// meaningful figures.

#include "azure/armparsers.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace CreditDesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int kPageSize = 1000;
constexpr int kEventPages = 100;
constexpr int kLotPages = 10;

QByteArray cents(qint64 minor)
{
    const qint64 magnitude = minor < 0 ? -minor : minor;
    QByteArray fraction = QByteArray::number(magnitude % 100);
    if (fraction.size() < 2)
        fraction.prepend('0');
    return (minor < 0 ? "-" : "") + QByteArray::number(magnitude / 100) + '.' + fraction;
}

// What a live page looks like: every field, the *InBillingCurrency objects without amounts,
// negative charges, full nextLink.
QByteArray eventsPage(int page, qint64 *chargesTotal)
{
    const QByteArray profile = "/providers/Microsoft.Billing/billingAccounts/"
                               "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee:ffffffff-0000-1111-2222-"
                               "333333333333_2019-05-31/billingProfiles/AB12-CD34-BG7-TGB";
    QByteArray json;
    json.reserve(kPageSize * 2300);
    json += "{\"value\":[";
    for (int i = 0; i < kPageSize; ++i) {
        const int n = page * kPageSize + i;
        const qint64 charge = -qint64(n % 100000);
        *chargesTotal += charge;
        const QByteArray rate = "{\"exchangeRate\":1.0,\"exchangeRateMonth\":8}";
        if (i > 0)
            json += ',';
        json += "{\"id\":\"" + profile + "/providers/Microsoft.Consumption/events/ev" + QByteArray::number(n)
            + "\",\"name\":\"ev" + QByteArray::number(n)
            + "\",\"type\":\"Microsoft.Consumption/events\",\"eTag\":null,\"properties\":{"
            + "\"transactionDate\":\"2024-" + QByteArray::number(1 + n % 12).rightJustified(2, '0') + '-'
            + QByteArray::number(1 + n % 28).rightJustified(2, '0')
            + "T00:00:00.0000000Z\",\"description\":\"Pending charges for the period\","
            + "\"creditCurrency\":\"USD\",\"billingCurrency\":\"USD\","
            + "\"newCredit\":{\"currency\":\"USD\",\"value\":0.0},"
            + "\"adjustments\":{\"currency\":\"USD\",\"value\":0.0},"
            + "\"creditExpired\":{\"currency\":\"USD\",\"value\":0.0}," + "\"charges\":{\"currency\":\"USD\",\"value\":"
            + cents(charge) + "}," + "\"closedBalance\":{\"currency\":\"USD\",\"value\":" + cents(n * 7 % 1000000)
            + "},\"newCreditInBillingCurrency\":" + rate + ",\"adjustmentsInBillingCurrency\":" + rate
            + ",\"creditExpiredInBillingCurrency\":" + rate + ",\"chargesInBillingCurrency\":" + rate
            + ",\"closedBalanceInBillingCurrency\":" + rate
            + ",\"eventType\":\"PendingCharges\",\"invoiceNumber\":\"\"," + "\"billingProfileId\":\"" + profile
            + "\",\"billingProfileDisplayName\":"
            + "\"Contoso Operations Billing\",\"billingAccountId\":\"aaaaaaaa:ffffffff\","
            + "\"billingAccountDisplayName\":\"Contoso\",\"lotId\":\"G20200108392660" + QByteArray::number(n % 10000)
            + "\",\"lotSource\":\"Azure Promotional Credit\","
            + "\"isEstimatedBalance\":true,\"reseller\":{\"resellerId\":\"\"," + "\"resellerDescription\":\"\"}}}";
    }
    json += "],\"nextLink\":\"https://management.azure.com" + profile
        + "/providers/Microsoft.Consumption/events?api-version=2024-08-01&startDate="
          "2024-01-01&endDate=2024-12-31&$skiptoken="
        + QByteArray::number(page + 1) + "\"}";
    return json;
}

QByteArray lotsPage(int page)
{
    QByteArray json = "{\"value\":[";
    for (int i = 0; i < kPageSize; ++i) {
        const int n = page * kPageSize + i;
        if (i > 0)
            json += ',';
        json += "{\"id\":\"/providers/Microsoft.Billing/billingAccounts/1234:5678/billingProfiles/"
                "AB12-CD34-BG7-TGB/providers/Microsoft.Consumption/lots/G"
            + QByteArray::number(n) + "\",\"name\":\"G" + QByteArray::number(n)
            + "\",\"type\":\"Microsoft.Consumption/lots\",\"properties\":{"
              "\"creditCurrency\":\"USD\",\"billingCurrency\":\"USD\","
              "\"originalAmount\":{\"currency\":\"USD\",\"value\":5000.00},"
              "\"closedBalance\":{\"currency\":\"USD\",\"value\":"
            + cents(n % 500000)
            + "},\"source\":\"Azure Promotional Credit\",\"status\":\"Active\","
              "\"startDate\":\"2024-08-01T00:00:00Z\",\"expirationDate\":\"2025-08-01T00:00:00Z\","
              "\"purchasedDate\":\"2024-07-15T00:00:00Z\",\"poNumber\":\"PO-1\","
              "\"isEstimatedBalance\":false}}";
    }
    return json + "]}";
}

} // namespace

class TestParseBench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hundredThousandEvents();
    void tenThousandLots();
};

void TestParseBench::hundredThousandEvents()
{
    qint64 expectedCharges = 0;
    QList<QByteArray> pages;
    qsizetype bytes = 0;
    for (int p = 0; p < kEventPages; ++p) {
        pages.append(eventsPage(p, &expectedCharges));
        bytes += pages.last().size();
    }

    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &page : std::as_const(pages))
        QVERIFY(QJsonDocument::fromJson(page).isObject());
    const qint64 jsonOnlyNs = timer.nsecsElapsed();

    timer.restart();
    QList<CreditEvent> events;
    events.reserve(kEventPages * kPageSize);
    int skipped = 0;
    for (const QByteArray &page : std::as_const(pages)) {
        auto parsed = parseEventsPage(page);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->hasNextPage());
        skipped += parsed->skippedRows;
        events.append(std::move(parsed.value().items));
    }
    const qint64 parseNs = timer.nsecsElapsed();

    QCOMPARE(events.size(), kEventPages * kPageSize);
    QCOMPARE(skipped, 0);
    Money total = Money::zero(u"USD"_s);
    for (const CreditEvent &e : std::as_const(events))
        total = total.checkedAdd(*e.charges).value_or(Money());
    // 100,000 amounts summed without a cent lost.
    QCOMPARE(total.minorUnits(), expectedCharges);
    QCOMPARE(events.at(12345).transactionDate.date(), QDate(2024, 1 + 12345 % 12, 1 + 12345 % 28));
    QCOMPARE(events.last().lotSource, u"Azure Promotional Credit"_s);
    // Repeated texts share one buffer per page.
    QCOMPARE(events.at(1).billingProfileId.constData(), events.at(2).billingProfileId.constData());

    qInfo("100,000 events (%.1f MB JSON in %d pages): QJsonDocument alone %.0f ms, "
          "parseEventsPage %.0f ms (%.2f us/event); sizeof(CreditEvent) = %d bytes",
          double(bytes) / 1e6, kEventPages, double(jsonOnlyNs) / 1e6, double(parseNs) / 1e6,
          double(parseNs) / 1e3 / double(events.size()), int(sizeof(CreditEvent)));
}

void TestParseBench::tenThousandLots()
{
    QList<QByteArray> pages;
    for (int p = 0; p < kLotPages; ++p)
        pages.append(lotsPage(p));
    QElapsedTimer timer;
    timer.start();
    qsizetype count = 0;
    for (const QByteArray &page : std::as_const(pages)) {
        const auto parsed = parseLotsPage(page);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->skippedRows, 0);
        count += parsed->items.size();
        QCOMPARE(parsed->items.first().source, LotSource::Promotional);
    }
    const qint64 ns = timer.nsecsElapsed();
    QCOMPARE(count, qsizetype(kLotPages * kPageSize));
    qInfo("10,000 lots: parseLotsPage %.0f ms", double(ns) / 1e6);
}

QTEST_GUILESS_MAIN(TestParseBench)
#include "tst_parsebench.moc"
