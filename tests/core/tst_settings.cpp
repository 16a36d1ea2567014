// The settings types behind Settings › Partner rules and Settings › Azure: what they accept, what
// they refuse with a message, and that what they save is what the core then reads.
#include "auth/appregistration.h"
#include "auth/signinsettings.h"
#include "azure/azuresettings.h"
#include "rules/benefitpolicy.h"
#include "rules/partnersettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace CreditDesk;
using namespace Qt::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CreditDeskTests"_s);
        QCoreApplication::setApplicationName(u"tst_core_settings"_s);
        qunsetenv("CREDITDESK_CLIENT_ID"); // it wins over settings, and this test is about settings
    }
    void init() { QSettings().clear(); }

    void apiVersionsHaveTheProvidersShape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ga") << u"2024-04-01"_s << true;
        QTest::newRow("preview") << u"2023-11-01-preview"_s << true;
        QTest::newRow("no such day") << u"2024-02-30"_s << false;
        QTest::newRow("upper-case suffix") << u"2024-04-01-Preview"_s << false;
        QTest::newRow("a word") << u"latest"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("query injection") << u"2024-04-01&$top=1"_s << false;
    }
    void apiVersionsHaveTheProvidersShape()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        const Status status = AzureSettings::validateApiVersion(text);
        QCOMPARE(status.ok(), accepted);
        if (!accepted)
            QVERIFY(status.error().message.contains(u"2024-04-01-preview"_s));
    }

    void azureSettingsRoundTripAndKeepDefaultsOut()
    {
        AzureSettings chosen;
        chosen.versions.consumption = u"2023-05-01"_s;
        chosen.maxPages = 250;
        QSettings settings;
        chosen.save(settings);
        QCOMPARE(settings.value(u"azure/apiVersion/consumption"_s).toString(), u"2023-05-01"_s);
        QCOMPARE(settings.value(u"network/maxPages"_s).toInt(), 250);
        QVERIFY(!settings.contains(u"azure/apiVersion/billing"_s));
        QCOMPARE(AzureSettings::load(settings), chosen);
        QCOMPARE(AzureSettings::load(settings).versions.billing, u"2024-04-01"_s);

        AzureSettings{}.save(settings);
        QVERIFY(settings.allKeys().isEmpty());
    }

    void aHandEditedBadVersionKeepsTheDefault()
    {
        QSettings settings;
        settings.setValue(u"azure/apiVersion/billing"_s, u"yesterday"_s);
        settings.setValue(u"network/maxPages"_s, -3);
        const AzureSettings loaded = AzureSettings::load(settings);
        QCOMPARE(loaded.versions.billing, ApiVersions{}.billing);
        QCOMPARE(loaded.maxPages, AzureSettings::DefaultMaxPages);
    }

    void clientIdsAreGuids()
    {
        QVERIFY(SignInSettings::validateClientId(QString()));
        QVERIFY(SignInSettings::validateClientId(u"04b07795-8ddb-461a-bbee-02f9e1bf7b46"_s));
        QVERIFY(SignInSettings::validateClientId(u"  04b07795-8ddb-461a-bbee-02f9e1bf7b46 "_s));
        QVERIFY(!SignInSettings::validateClientId(u"{04b07795-8ddb-461a-bbee-02f9e1bf7b46}"_s));
        QVERIFY(!SignInSettings::validateClientId(u"creditdesk"_s));
    }

    void tenantsAreWorkTenants_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("default") << QString() << true;
        QTest::newRow("organizations") << u"organizations"_s << true;
        QTest::newRow("common") << u"common"_s << true;
        QTest::newRow("guid") << u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s << true;
        QTest::newRow("domain") << u"contoso.onmicrosoft.com"_s << true;
        QTest::newRow("consumers") << u"consumers"_s << false;
        QTest::newRow("a path") << u"contoso.com/evil"_s << false;
        QTest::newRow("a word") << u"contoso"_s << false;
    }
    void tenantsAreWorkTenants()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QCOMPARE(SignInSettings::validateTenant(text).ok(), accepted);
    }

    void signInSettingsAreWhatTheAppRegistrationUses()
    {
        SignInSettings chosen;
        chosen.defaultCloudId = u"usgov"_s;
        chosen.clientId = u"11111111-2222-3333-4444-555555555555"_s;
        chosen.tenant = u"contoso.onmicrosoft.com"_s;
        {
            QSettings settings;
            chosen.save(settings);
        }
        QCOMPARE(SignInSettings::load(QSettings()), chosen);
        QCOMPARE(AppRegistration::clientId(), u"11111111-2222-3333-4444-555555555555"_s);
        QCOMPARE(AppRegistration::tenant(), u"contoso.onmicrosoft.com"_s);
        {
            QSettings settings;
            SignInSettings{}.save(settings);
        }
        QCOMPARE(AppRegistration::clientId(), QString::fromLatin1(AppRegistration::DefaultClientId));
        QCOMPARE(AppRegistration::tenant(), u"organizations"_s);
        QVERIFY(QSettings().allKeys().isEmpty());
    }

    void domainsAreReadLikeAPersonWritesThem()
    {
        const Result<QStringList> domains = PartnerSettings::parseDomains(u" @Mail.Example, webmail.example\n.post.example;mail.example"_s);
        QVERIFY(domains);
        QCOMPARE(domains.value(), (QStringList{u"mail.example"_s, u"webmail.example"_s, u"post.example"_s}));
        QVERIFY(PartnerSettings::parseDomains(QString()));
        const Result<QStringList> bad = PartnerSettings::parseDomains(u"mail.example, user@webmail.example"_s);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(u"user@webmail.example"_s));
    }

    void linksMustBeHttps()
    {
        QVERIFY(PartnerSettings::parseLink(QString()));
        QCOMPARE(PartnerSettings::parseLink(QString())->isEmpty(), true);
        QCOMPARE(PartnerSettings::parseLink(u" https://example.test/redeem "_s).value(), QUrl(u"https://example.test/redeem"_s));
        QVERIFY(!PartnerSettings::parseLink(u"http://example.test/redeem"_s));
        QVERIFY(!PartnerSettings::parseLink(u"javascript:alert(1)"_s));
        QVERIFY(!PartnerSettings::parseLink(u"example.test/redeem"_s));
    }

    void partnerSettingsAreWhatThePolicyUses()
    {
        PartnerSettings chosen;
        chosen.extraFreeEmailDomains = {u"mail.example"_s};
        chosen.yearlyRedemptionUrl = QUrl(u"https://example.test/yearly"_s);
        chosen.partnerCenterUrl = QUrl(u"https://partner.example/benefits"_s);
        QSettings settings;
        chosen.save(settings);
        QCOMPARE(PartnerSettings::load(settings), chosen);
        const BenefitPolicy policy = BenefitPolicy::fromSettings(settings);
        QVERIFY(policy.freeEmailDomains.contains(u"mail.example"_s));
        QVERIFY(policy.freeEmailDomains.contains(u"gmail.com"_s));
        QCOMPARE(policy.yearlyRedemptionUrl, QUrl(u"https://example.test/yearly"_s));
        QCOMPARE(policy.monthlyRedemptionUrl, BenefitPolicy::defaultRedemptionUrl());

        QVERIFY(!PartnerSettings::capIsOverridden(settings));
        settings.setValue(u"benefits/reassignmentCap"_s, 3);
        QVERIFY(PartnerSettings::capIsOverridden(settings));
        QCOMPARE(BenefitPolicy::fromSettings(settings).reassignmentCap, 3);

        PartnerSettings{}.save(settings);
        QCOMPARE(settings.allKeys(), QStringList{u"benefits/reassignmentCap"_s});
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
