#pragma once

// Fixtures for the offline cache tests: fully populated and sparse domain values, and
// field-by-field comparison (the domain types have no operator==).

#include "storage/offlinecache.h"

#include <QTest>

namespace CacheFixtures {

using namespace Qt::StringLiterals;
using namespace CreditDesk;

inline QDateTime utc(int y, int m, int d, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(12, 34, 56).addMSecs(ms), Qt::UTC);
}

inline AmountWithExchangeRate rate(qint64 minor, const QString &cur, double r, int month)
{
    AmountWithExchangeRate a;
    a.amount = Money(minor, cur);
    a.exchangeRate = r;
    a.exchangeRateMonth = month;
    return a;
}

inline Lot fullLot(int i)
{
    Lot l;
    l.id
        = u"/providers/Microsoft.Billing/billingAccounts/ba-1/billingProfiles/bp-%1/providers/Microsoft.Consumption/lots/lot-%2"_s
              .arg(i % 7)
              .arg(i);
    l.name = u"lot-%1"_s.arg(i);
    l.billingAccountId = u"ba-1"_s;
    l.billingProfileId = u"bp-%1"_s.arg(i % 7);
    l.customerId = u"cust-%1"_s.arg(i % 13);
    l.sourceRaw = u"Azure Promotional Credit"_s;
    l.source = LotSource::Promotional;
    l.statusRaw = u"Active"_s;
    l.status = LotStatus::Active;
    l.originalAmount = Money(1'000'000 + i, u"USD"_s);
    l.closedBalance = Money(-12'345 - i, u"USD"_s);
    l.usedAmount = Money(500, u"JPY"_s);
    l.originalAmountInBillingCurrency = rate(150'000'000, u"JPY"_s, 149.123456789012, 3);
    l.closedBalanceInBillingCurrency = rate(-1'234, u"BHD"_s, 0.376, 12);
    l.startDate = utc(2024, 1, 1, i % 1000);
    l.expirationDate = utc(2025, 12, 31);
    l.purchasedDate = utc(2023, 11, 15);
    l.poNumber = u"PO-Ä-%1"_s.arg(i);
    l.creditCurrency = u"USD"_s;
    l.billingCurrency = u"JPY"_s;
    l.isEstimatedBalance = true;
    l.organizationType = u"Contributor"_s;
    l.reseller = { u"res-1"_s, u"Contoso Reseller — EMEA"_s };
    l.eTag = u"\"etag-%1\""_s.arg(i);
    return l;
}

inline CreditEvent fullEvent(int i)
{
    CreditEvent e;
    e.setId(u"/providers/Microsoft.Billing/billingAccounts/ba-1/billingProfiles/bp-1/providers/Microsoft.Consumption/events/ev-%1"_s
                .arg(i));
    e.name = u"ev-%1"_s.arg(i);
    e.transactionDate = utc(2024, 5, 1 + i % 28, i % 999);
    e.description = u"Charges for März"_s;
    e.newCredit = Money(10'000, u"USD"_s);
    e.adjustments = Money(-5, u"USD"_s);
    e.creditExpired = Money(0, u"USD"_s);
    e.charges = Money(-i, u"USD"_s);
    e.closedBalance = Money(9'995 - i, u"USD"_s);
    e.canceledCredit = Money(7, u"JPY"_s);
    CreditEventDetails &d = e.editDetails();
    d.newCreditInBillingCurrency = rate(1'500'000, u"JPY"_s, 150.5, 4);
    d.adjustmentsInBillingCurrency = rate(-750, u"JPY"_s, 150.5, 4);
    d.creditExpiredInBillingCurrency = rate(0, u"JPY"_s, 150.5, 4);
    d.chargesInBillingCurrency = rate(-i, u"JPY"_s, 150.5, 4);
    d.closedBalanceInBillingCurrency = rate(1'499'250, u"JPY"_s, 150.5, 4);
    e.billingAccountId = u"ba-1"_s;
    e.billingAccountDisplayName = u"Contoso Partner"_s;
    e.billingProfileId = u"/providers/Microsoft.Billing/billingAccounts/ba-1/billingProfiles/bp-1"_s;
    e.billingProfileDisplayName = u"Profile 1"_s;
    e.eventTypeRaw = u"ExpiredCredit"_s;
    e.eventType = CreditEventType::ExpiredCredit;
    e.invoiceNumber = u"G%1"_s.arg(i);
    e.lotId
        = u"/providers/Microsoft.Billing/billingAccounts/ba-1/billingProfiles/bp-1/providers/Microsoft.Consumption/lots/lot-%1"_s
              .arg(i % 10'000);
    e.lotSource = u"AzurePrepayment"_s;
    e.creditCurrency = u"USD"_s;
    e.billingCurrency = u"JPY"_s;
    d.reseller = { u"res-2"_s, u"Fabrikam"_s };
    e.isEstimatedBalance = true;
    d.eTag = u"\"e%1\""_s.arg(i);
    return e;
}

inline CreditSummary fullSummary()
{
    CreditSummary s;
    s.id
        = u"/providers/Microsoft.Billing/billingAccounts/ba-1/billingProfiles/bp-1/providers/Microsoft.Consumption/credits/balanceSummary"_s;
    s.name = u"balanceSummary"_s;
    s.estimatedBalance = Money(-42, u"EUR"_s);
    s.currentBalance = Money(123'456'789'012LL, u"EUR"_s);
    s.estimatedBalanceInBillingCurrency = rate(-5000, u"JPY"_s, 160.25, 9);
    s.pendingCreditAdjustments = Money(1, u"EUR"_s);
    s.expiredCredit = Money(2, u"EUR"_s);
    s.pendingEligibleCharges = Money(-3, u"EUR"_s);
    s.creditCurrency = u"EUR"_s;
    s.billingCurrency = u"JPY"_s;
    s.reseller = { u"r"_s, u"d"_s };
    s.isEstimatedBalance = true;
    s.eTag = u"\"s\""_s;
    return s;
}

inline bool sameRate(const AmountWithExchangeRate &a, const AmountWithExchangeRate &b)
{
    return a.amount == b.amount && a.exchangeRate == b.exchangeRate && a.exchangeRateMonth == b.exchangeRateMonth;
}

inline bool sameDate(const QDateTime &a, const QDateTime &b)
{
    return a.isValid() == b.isValid() && (!a.isValid() || a.toMSecsSinceEpoch() == b.toMSecsSinceEpoch());
}

#define DIFF(cond, field)                                                                                              \
    if (!(cond))                                                                                                       \
        return QStringLiteral(field);

inline QString diffLot(const Lot &a, const Lot &b)
{
    DIFF(a.id == b.id && a.name == b.name, "id/name")
    DIFF(a.billingAccountId == b.billingAccountId && a.billingProfileId == b.billingProfileId, "account/profile")
    DIFF(a.customerId == b.customerId, "customerId")
    DIFF(a.sourceRaw == b.sourceRaw && a.source == b.source, "source")
    DIFF(a.statusRaw == b.statusRaw && a.status == b.status, "status")
    DIFF(a.originalAmount == b.originalAmount, "originalAmount")
    DIFF(a.closedBalance == b.closedBalance, "closedBalance")
    DIFF(a.usedAmount == b.usedAmount, "usedAmount")
    DIFF(sameRate(a.originalAmountInBillingCurrency, b.originalAmountInBillingCurrency), "originalAmountInBC")
    DIFF(sameRate(a.closedBalanceInBillingCurrency, b.closedBalanceInBillingCurrency), "closedBalanceInBC")
    DIFF(sameDate(a.startDate, b.startDate), "startDate")
    DIFF(sameDate(a.expirationDate, b.expirationDate), "expirationDate")
    DIFF(sameDate(a.purchasedDate, b.purchasedDate), "purchasedDate")
    DIFF(a.poNumber == b.poNumber, "poNumber")
    DIFF(a.creditCurrency == b.creditCurrency && a.billingCurrency == b.billingCurrency, "currencies")
    DIFF(a.isEstimatedBalance == b.isEstimatedBalance, "isEstimatedBalance")
    DIFF(a.organizationType == b.organizationType, "organizationType")
    DIFF(a.reseller == b.reseller && a.eTag == b.eTag, "reseller/eTag")
    return {};
}

inline QString diffEvent(const CreditEvent &a, const CreditEvent &b)
{
    DIFF(a.id() == b.id() && a.name == b.name && a.description == b.description, "id/name/description")
    DIFF(sameDate(a.transactionDate, b.transactionDate), "transactionDate")
    DIFF(a.newCredit == b.newCredit && a.adjustments == b.adjustments, "newCredit/adjustments")
    DIFF(a.creditExpired == b.creditExpired && a.charges == b.charges, "creditExpired/charges")
    DIFF(a.closedBalance == b.closedBalance && a.canceledCredit == b.canceledCredit, "closedBalance/canceled")
    DIFF(sameRate(a.details().newCreditInBillingCurrency, b.details().newCreditInBillingCurrency), "newCreditInBC")
    DIFF(sameRate(a.details().adjustmentsInBillingCurrency, b.details().adjustmentsInBillingCurrency), "adjustmentsInBC")
    DIFF(sameRate(a.details().creditExpiredInBillingCurrency, b.details().creditExpiredInBillingCurrency), "creditExpiredInBC")
    DIFF(sameRate(a.details().chargesInBillingCurrency, b.details().chargesInBillingCurrency), "chargesInBC")
    DIFF(sameRate(a.details().closedBalanceInBillingCurrency, b.details().closedBalanceInBillingCurrency), "closedBalanceInBC")
    DIFF(a.billingAccountId == b.billingAccountId && a.billingAccountDisplayName == b.billingAccountDisplayName,
         "account")
    DIFF(a.billingProfileId == b.billingProfileId && a.billingProfileDisplayName == b.billingProfileDisplayName,
         "profile")
    DIFF(a.eventTypeRaw == b.eventTypeRaw && a.eventType == b.eventType, "eventType")
    DIFF(a.invoiceNumber == b.invoiceNumber && a.lotId == b.lotId && a.lotSource == b.lotSource, "invoice/lot")
    DIFF(a.creditCurrency == b.creditCurrency && a.billingCurrency == b.billingCurrency, "currencies")
    DIFF(a.details().reseller == b.details().reseller && a.isEstimatedBalance == b.isEstimatedBalance
             && a.details().eTag == b.details().eTag,
         "rest")
    return {};
}

inline QString diffSummary(const CreditSummary &a, const CreditSummary &b)
{
    DIFF(a.id == b.id && a.name == b.name, "id/name")
    DIFF(a.estimatedBalance == b.estimatedBalance && a.currentBalance == b.currentBalance, "balances")
    DIFF(sameRate(a.estimatedBalanceInBillingCurrency, b.estimatedBalanceInBillingCurrency), "estimatedInBC")
    DIFF(a.pendingCreditAdjustments == b.pendingCreditAdjustments && a.expiredCredit == b.expiredCredit,
         "pending/expired")
    DIFF(a.pendingEligibleCharges == b.pendingEligibleCharges, "pendingEligibleCharges")
    DIFF(a.creditCurrency == b.creditCurrency && a.billingCurrency == b.billingCurrency, "currencies")
    DIFF(a.reseller == b.reseller && a.isEstimatedBalance == b.isEstimatedBalance && a.eTag == b.eTag, "rest")
    return {};
}

inline CachedSnapshot sampleSnapshot()
{
    CachedSnapshot s;
    s.lots = { fullLot(1), Lot {}, fullLot(2) };
    s.lots[1].id = u"sparse-lot"_s; // every optional absent, dates invalid, enums default
    s.lots[2].source = LotSource::ConsumptionCommitment;
    s.lots[2].status = LotStatus::Canceled;
    s.events = { fullEvent(1), CreditEvent {} };
    s.events[1].setId(u"sparse-event"_s);
    s.summaries = { { u"bp-1"_s, fullSummary() }, { u"bp-2"_s, CreditSummary {} } };
    s.scopeNames = { { u"/billingAccounts/ba-1"_s, u"Contoso — Ärzte GmbH"_s }, { u"bp-1"_s, u"Profile 1"_s } };
    s.asOf = utc(2026, 11, 22, 789);
    return s;
}

inline void compareSnapshots(const CachedSnapshot &a, const CachedSnapshot &b)
{
    QCOMPARE(a.lots.size(), b.lots.size());
    for (qsizetype i = 0; i < a.lots.size(); ++i)
        QVERIFY2(diffLot(a.lots[i], b.lots[i]).isEmpty(), qPrintable(diffLot(a.lots[i], b.lots[i])));
    QCOMPARE(a.events.size(), b.events.size());
    for (qsizetype i = 0; i < a.events.size(); ++i)
        QVERIFY2(diffEvent(a.events[i], b.events[i]).isEmpty(), qPrintable(diffEvent(a.events[i], b.events[i])));
    QCOMPARE(a.summaries.size(), b.summaries.size());
    for (qsizetype i = 0; i < a.summaries.size(); ++i) {
        QCOMPARE(a.summaries[i].first, b.summaries[i].first);
        QVERIFY2(diffSummary(a.summaries[i].second, b.summaries[i].second).isEmpty(),
                 qPrintable(diffSummary(a.summaries[i].second, b.summaries[i].second)));
    }
    QCOMPARE(a.scopeNames, b.scopeNames);
    QVERIFY(sameDate(a.asOf, b.asOf));
}

} // namespace CacheFixtures
