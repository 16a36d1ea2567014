// Money is never mixed across currencies, through the real path: the sandbox serves credits
// in another currency than their billing profile's (some with a creditCurrency that names the
// billing currency while their amounts say otherwise), the Workspace loads them, and the
// Overview totals and forecast scopes are checked against the lots read over plain HTTP.
#include "auth/signinsession.h"
#include "forecast/forecast.h"
#include "models/eventtablemodel.h"
#include "models/lottablemodel.h"
#include "server/sandboxhost.h"
#include "services/overview.h"
#include "services/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace CreditDesk;
using namespace Qt::StringLiterals;

namespace {
struct RawLot
{
    QString name;
    QString profile;
    QString amountCurrency;
    QString creditCurrencyField;
    qint64 closedMinor = 0;
    QString status;
    QDate expires;
};

/// The lots of every billing profile, read with plain QNetworkAccessManager and QJsonDocument:
/// an oracle that shares nothing with the client's parsers.
QList<RawLot> readLotsOverPlainHttp(const QUrl &base, const QString &token)
{
    QNetworkAccessManager network;
    const auto getJson = [&](const QUrl &url) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        done.wait(20'000);
        return QJsonDocument::fromJson(reply->readAll()).object();
    };
    const auto all = [&](QUrl url) {
        QJsonArray items;
        while (!url.isEmpty()) {
            const QJsonObject page = getJson(url);
            for (const QJsonValue &item : page.value(u"value"_s).toArray())
                items.append(item);
            url = QUrl(page.value(u"nextLink"_s).toString());
        }
        return items;
    };
    QList<RawLot> lots;
    QUrl accounts = base;
    accounts.setPath(u"/providers/Microsoft.Billing/billingAccounts"_s);
    accounts.setQuery(u"api-version=2024-04-01"_s);
    for (const QJsonValue &account : all(accounts)) {
        if (account[u"properties"_s][u"agreementType"_s].toString() != u"MicrosoftCustomerAgreement"_s)
            continue;
        QUrl profiles = base;
        profiles.setPath(account[u"id"_s].toString() + u"/billingProfiles"_s);
        profiles.setQuery(u"api-version=2024-04-01"_s);
        for (const QJsonValue &profile : all(profiles)) {
            QUrl lotsUrl = base;
            lotsUrl.setPath(profile[u"id"_s].toString() + u"/providers/Microsoft.Consumption/lots"_s);
            lotsUrl.setQuery(u"api-version=2024-08-01"_s);
            for (const QJsonValue &lot : all(lotsUrl)) {
                const QJsonObject p = lot[u"properties"_s].toObject();
                RawLot raw;
                raw.name = lot[u"name"_s].toString();
                raw.profile = profile[u"name"_s].toString();
                raw.amountCurrency = p[u"closedBalance"_s][u"currency"_s].toString();
                raw.creditCurrencyField = p[u"creditCurrency"_s].toString();
                const int digits = raw.amountCurrency == u"JPY"_s ? 0 : 2; // the sandbox's currencies
                raw.closedMinor = std::llround(p[u"closedBalance"_s][u"value"_s].toDouble() * std::pow(10, digits));
                raw.status = p[u"status"_s].toString();
                raw.expires = QDateTime::fromString(p[u"expirationDate"_s].toString(), Qt::ISODate).toUTC().date();
                lots.append(raw);
            }
        }
    }
    return lots;
}
} // namespace

class TestMixedCurrencies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noSumEverAddsTwoCurrencies()
    {
        QTemporaryDir dir;
        Sandbox::SandboxOptions options;
        options.autoApprove = true;
        options.deviceCodeIntervalSeconds = 1;
        options.dataDir = dir.path();
        options.scale.mixedCurrencies = true;
        options.scale.lotsPerProfile = 12;
        Sandbox::SandboxHost sandbox;
        QString error;
        QVERIFY2(sandbox.start(options, &error), qPrintable(error));

        Workspace workspace(Cloud::sandbox(sandbox.baseUrl()), u"organizations"_s, u"creditdesk-tests"_s);
        QObject::connect(&workspace, &Workspace::signedIn, &workspace, [&workspace] { workspace.refresh(); });
        QSignalSpy refreshed(&workspace, &Workspace::refreshFinished);
        workspace.signInWithDeviceCode();
        QVERIFY(refreshed.wait(60'000));
        QVERIFY(refreshed.first().first().toBool());

        QString token;
        workspace.session()->accessToken(Resource::Arm, &workspace, [&token](Result<QString> t) {
            if (t)
                token = t.value();
        });
        QTRY_VERIFY_WITH_TIMEOUT(!token.isEmpty(), 10'000);
        const QList<RawLot> raw = readLotsOverPlainHttp(sandbox.baseUrl(), token);
        int mixed = 0, mislabelled = 0;
        for (const RawLot &lot : raw) {
            mixed += lot.amountCurrency == u"EUR"_s;
            mislabelled += lot.amountCurrency != lot.creditCurrencyField;
        }
        QVERIFY2(mixed > 0 && mislabelled > 0, "the sandbox seed must hold both kinds of mixed lots");

        const QDate today = QDateTime::currentDateTimeUtc().date();
        // Oracle: per currency of the amounts, what the Overview adds up.
        QMap<QString, qint64> expected;
        for (const RawLot &lot : raw) {
            const bool expired = lot.status == u"Expired"_s || (lot.expires.isValid() && lot.expires < today);
            const bool finished = lot.status == u"Canceled"_s || lot.status == u"Complete"_s;
            if (lot.closedMinor > 0 && (expired || !finished))
                expected[lot.amountCurrency] += lot.closedMinor;
        }
        // The billing profiles' lots (the oracle reads those; EA and customer lots are not mixed).
        QSet<QString> profileLots;
        for (const RawLot &lot : raw)
            profileLots.insert(lot.name);
        QList<Lot> lots = workspace.lots()->lots();
        lots.removeIf([&profileLots](const Lot &lot) { return !profileLots.contains(lot.name); });
        QCOMPARE(lots.size(), raw.size());
        const Overview overview = computeOverview(lots, today);
        QVERIFY2(overview.problems.isEmpty(), qPrintable(overview.problems.join(u'\n')));
        QMap<QString, qint64> shown;
        for (const Overview::CurrencyTotals &totals : overview.byCurrency) {
            for (const Money &m : {totals.remaining, totals.expiredWithBalance}) {
                if (m.isValid()) {
                    QCOMPARE(m.currency(), totals.currency);
                    shown[totals.currency] += m.minorUnits();
                }
            }
        }
        QCOMPARE(shown, expected);

        // Every forecast scope holds lots of its own currency only.
        QHash<QString, QString> currencyOfLot;
        for (const RawLot &lot : raw)
            currencyOfLot.insert(lot.name, lot.amountCurrency);
        Forecast::ForecastInput input;
        input.lots = lots;
        input.events = workspace.events()->events();
        input.today = today;
        const Forecast::ForecastReport report = Forecast::buildForecast(input);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
        int checked = 0;
        for (const Forecast::ScopeForecast &scope : report.scopes) {
            for (const Forecast::LotForecast &lot : scope.projection.lots) {
                QCOMPARE(lot.balanceNow.currency(), scope.scope.currency);
                QVERIFY2(currencyOfLot.value(lot.lotName) == scope.scope.currency,
                         qPrintable(lot.lotName + u" in "_s + scope.scope.currency));
                ++checked;
            }
        }
        QVERIFY(checked > 0);
    }
};

QTEST_GUILESS_MAIN(TestMixedCurrencies)
#include "tst_mixedcurrencies.moc"
