// The partner benefit rules of SPEC §2, every rule and boundary, table-driven.
#include "ledgerfixtures.h"
#include "rules/benefitrules.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::LedgerFixtures;

namespace {
QString refusedBy(const QList<RuleVerdict> &verdicts)
{
    const auto refusal = BenefitRules::firstRefusal(verdicts);
    return refusal ? refusal->ruleId : QString();
}
} // namespace

class TestBenefitRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void monthlyCap_data()
    {
        QTest::addColumn<QStringList>("history");
        QTest::addColumn<int>("used");
        QTest::addColumn<bool>("nextCounts");
        QTest::addColumn<QString>("refusedBy");
        QTest::addColumn<QString>("reasonContains");
        const QString cap = QString(RuleId::MonthlyReassignmentCap);
        QTest::newRow("never assigned: first assignment is free") << QStringList {} << 0 << false << QString()
                                                                  << u"first assignment"_s;
        QTest::newRow("assigned once: next is reassignment 1 of 5")
            << QStringList { u"a"_s } << 0 << true << QString() << u"reassignment 1 of 5; 4 will remain"_s;
        QTest::newRow("removal alone is free") << QStringList { u"a"_s, u"-"_s } << 0 << true << QString()
                                               << u"reassignment 1 of 5"_s;
        QTest::newRow("remove then assign counts") << QStringList { u"a"_s, u"-"_s, u"b"_s } << 1 << true << QString()
                                                   << u"reassignment 2 of 5"_s;
        QTest::newRow("4 used: the 5th is allowed")
            << QStringList { u"a"_s, u"b"_s, u"c"_s, u"-"_s, u"d"_s, u"e"_s } << 4 << true << QString()
            << u"reassignment 5 of 5; 0 will remain"_s;
        QTest::newRow("5 used: the 6th is refused")
            << QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s } << 5 << true << cap
            << u"All 5 reassignments"_s;
        QTest::newRow("5 used and removed: still refused")
            << QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"-"_s } << 5 << true << cap
            << u"All 5 reassignments"_s;
    }

    void monthlyCap()
    {
        QFETCH(QStringList, history);
        QFETCH(int, used);
        QFETCH(bool, nextCounts);
        QFETCH(QString, refusedBy);
        QFETCH(QString, reasonContains);
        const BenefitPolicy policy;
        const PartnerCredit credit = withHistory(monthlyCredit(u"m1"_s), history);
        QCOMPARE(BenefitRules::reassignmentsUsed(credit), used);
        QCOMPARE(BenefitRules::reassignmentsLeft(credit, policy), policy.reassignmentCap - used);
        QCOMPARE(BenefitRules::nextAssignmentCountsAsReassignment(credit), nextCounts);
        const auto verdicts = BenefitRules::checkAssignment(credit, member(u"zoe"_s), { credit }, policy, kToday);
        QCOMPARE(::refusedBy(verdicts), refusedBy);
        const auto capVerdict = std::find_if(verdicts.cbegin(), verdicts.cend(), [](const RuleVerdict &v) {
            return v.ruleId == RuleId::MonthlyReassignmentCap;
        });
        QVERIFY(capVerdict != verdicts.cend());
        QVERIFY2(capVerdict->reason.contains(reasonContains), qPrintable(capVerdict->reason));
    }

    void capIsAPolicyValue()
    {
        BenefitPolicy policy;
        policy.reassignmentCap = 2;
        const PartnerCredit credit = withHistory(monthlyCredit(u"m1"_s), { u"a"_s, u"b"_s, u"c"_s });
        QCOMPARE(refusedBy(BenefitRules::checkAssignment(credit, member(u"zoe"_s), {}, policy, kToday)),
                 QString(RuleId::MonthlyReassignmentCap));
        policy.reassignmentCap = 3;
        QVERIFY(BenefitRules::allAllowed(BenefitRules::checkAssignment(credit, member(u"zoe"_s), {}, policy, kToday)));
        QCOMPARE(BenefitRules::annotated(credit, policy).reassignmentCap, 3);
    }

    void reassignmentsBeforeLedgerCount()
    {
        PartnerCredit credit = withHistory(monthlyCredit(u"m1"_s), { u"a"_s });
        credit.reassignmentsBeforeLedger = 4;
        QCOMPARE(BenefitRules::reassignmentsUsed(credit), 4);
        credit = withHistory(credit, { u"b"_s });
        QCOMPARE(BenefitRules::reassignmentsUsed(credit), 5);
        QCOMPARE(refusedBy(BenefitRules::checkAssignment(credit, member(u"zoe"_s), {}, BenefitPolicy(), kToday)),
                 QString(RuleId::MonthlyReassignmentCap));
    }

    void bulk_data()
    {
        QTest::addColumn<QStringList>("history");
        QTest::addColumn<QString>("refusedBy");
        QTest::newRow("first assignment allowed") << QStringList {} << QString();
        QTest::newRow("reassignment refused") << QStringList { u"a"_s } << QString(RuleId::BulkNotReassignable);
    }

    void bulk()
    {
        QFETCH(QStringList, history);
        QFETCH(QString, refusedBy);
        const PartnerCredit credit = withHistory(bulkCredit(u"b1"_s), history);
        QCOMPARE(::refusedBy(BenefitRules::checkAssignment(credit, member(u"zoe"_s), { credit }, BenefitPolicy(), kToday)),
                 refusedBy);
        QCOMPARE(BenefitRules::reassignmentsLeft(credit, BenefitPolicy()), 0);
        QVERIFY(!BenefitRules::cutoffDate(credit, BenefitPolicy()).isValid());
    }

    void oneBulkPerUser_data()
    {
        QTest::addColumn<bool>("otherIsBulk");
        QTest::addColumn<bool>("otherExpired");
        QTest::addColumn<QString>("otherHolder");
        QTest::addColumn<QString>("refusedBy");
        const QString rule = QString(RuleId::OneBulkPerUser);
        QTest::newRow("second bulk for the same user refused") << true << false << u"zoe"_s << rule;
        QTest::newRow("holder matched case-insensitively by UPN") << true << false << u"ZOE"_s << rule;
        QTest::newRow("bulk held by someone else") << true << false << u"ana"_s << QString();
        QTest::newRow("a monthly credit as well is fine") << false << false << u"zoe"_s << QString();
        QTest::newRow("last year's expired bulk does not count") << true << true << u"zoe"_s << QString();
    }

    void oneBulkPerUser()
    {
        QFETCH(bool, otherIsBulk);
        QFETCH(bool, otherExpired);
        QFETCH(QString, otherHolder);
        QFETCH(QString, refusedBy);
        PartnerCredit other = otherIsBulk ? bulkCredit(u"b0"_s) : monthlyCredit(u"m0"_s);
        other.assignedUser = { QString(), otherHolder + u"@contoso.com"_s, otherHolder };
        if (otherExpired)
            other.endDate = kToday.addDays(-1);
        const PartnerCredit credit = bulkCredit(u"b1"_s);
        QCOMPARE(::refusedBy(BenefitRules::checkAssignment(credit, member(u"zoe"_s), { other, credit },
                                                           BenefitPolicy(), kToday)),
                 refusedBy);
        // The same rule on a monthly credit never applies.
        QVERIFY(BenefitRules::allAllowed(BenefitRules::checkAssignment(monthlyCredit(u"m9"_s), member(u"zoe"_s),
                                                                       { other }, BenefitPolicy(), kToday)));
    }

    void freeEmailDomains_data()
    {
        QTest::addColumn<QString>("upn");
        QTest::addColumn<QString>("mail");
        QTest::addColumn<bool>("refused");
        for (const char *domain : { "live.com", "hotmail.com", "outlook.com", "gmail.com", "yahoo.com", "msn.com",
                                    "icloud.com", "aol.com" }) {
            const QString d = QString::fromLatin1(domain);
            QTest::addRow("%s", domain) << QString(u"ana@"_s + d) << QString(u"ana@"_s + d) << true;
            QTest::addRow("%s upper case", domain) << QString(u"ana@"_s + d.toUpper()) << QString() << true;
            QTest::addRow("mail only on %s", domain) << u"ana@contoso.com"_s << QString(u"Ana@"_s + d) << true;
        }
        QTest::newRow("company domain") << u"ana@contoso.com"_s << u"ana@contoso.com"_s << false;
        QTest::newRow("subdomain of a company domain") << u"ana@eu.contoso.com"_s << u"ana@eu.contoso.com"_s << false;
        QTest::newRow("look-alike is not the free domain") << u"ana@notgmail.com"_s << QString() << false;
        QTest::newRow("free domain as a label is not it") << u"ana@gmail.com.contoso.com"_s << QString() << false;
    }

    void freeEmailDomains()
    {
        QFETCH(QString, upn);
        QFETCH(QString, mail);
        QFETCH(bool, refused);
        const CandidateUser user { u"oid"_s, upn, mail, u"Ana"_s, u"Member"_s };
        const auto verdicts = BenefitRules::checkAssignment(monthlyCredit(u"m1"_s), user, {}, BenefitPolicy(), kToday);
        QCOMPARE(refusedBy(verdicts), refused ? QString(RuleId::FreeEmailDomain) : QString());
    }

    void freeEmailDomainsExtensibleInSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        settings.setValue(u"benefits/extraFreeEmailDomains"_s, QStringList { u"Example-Mail.test"_s });
        settings.setValue(u"benefits/monthlyRedemptionUrl"_s, u"https://example.test/monthly"_s);
        const BenefitPolicy policy = BenefitPolicy::fromSettings(settings);
        QVERIFY(BenefitRules::isFreeEmailDomain(u"a@example-mail.test"_s, policy));
        QVERIFY(BenefitRules::isFreeEmailDomain(u"a@gmail.com"_s, policy)); // the data file stays
        QVERIFY(!BenefitRules::isFreeEmailDomain(u"a@example-mail.test"_s, BenefitPolicy()));
        QCOMPARE(policy.monthlyRedemptionUrl, QUrl(u"https://example.test/monthly"_s));
        QCOMPARE(policy.yearlyRedemptionUrl, BenefitPolicy::defaultRedemptionUrl());
        QVERIFY(BenefitPolicy::builtInFreeEmailDomains().size() >= 8);
    }

    void guests_data()
    {
        QTest::addColumn<QString>("upn");
        QTest::addColumn<QString>("userType");
        QTest::addColumn<bool>("refused");
        QTest::newRow("#EXT# in the UPN") << u"ana_fabrikam.com#EXT#@contoso.onmicrosoft.com"_s << QString() << true;
        QTest::newRow("#ext# lower case") << u"ana_fabrikam.com#ext#@contoso.onmicrosoft.com"_s << u"Member"_s << true;
        QTest::newRow("userType Guest") << u"ana@contoso.com"_s << u"Guest"_s << true;
        QTest::newRow("member") << u"ana@contoso.com"_s << u"Member"_s << false;
    }

    void guests()
    {
        QFETCH(QString, upn);
        QFETCH(QString, userType);
        QFETCH(bool, refused);
        const CandidateUser user { u"oid"_s, upn, QString(), u"Ana Ruiz"_s, userType };
        const auto verdicts = BenefitRules::checkAssignment(monthlyCredit(u"m1"_s), user, {}, BenefitPolicy(), kToday);
        QCOMPARE(refusedBy(verdicts), refused ? QString(RuleId::GuestAccount) : QString());
        if (refused) {
            QVERIFY(BenefitRules::firstRefusal(verdicts)->reason.contains(u"guest account"_s));
            QVERIFY(BenefitRules::firstRefusal(verdicts)->reason.contains(u"member"_s));
        }
    }

    void expiry_data()
    {
        QTest::addColumn<int>("endInDays");
        QTest::addColumn<bool>("statusExpired");
        QTest::addColumn<bool>("refused");
        QTest::newRow("ends today: still allowed") << 0 << false << false;
        QTest::newRow("ended yesterday") << -1 << false << true;
        QTest::newRow("status expired") << 30 << true << true;
    }

    void expiry()
    {
        QFETCH(int, endInDays);
        QFETCH(bool, statusExpired);
        QFETCH(bool, refused);
        for (PartnerCredit credit : { monthlyCredit(u"m1"_s), bulkCredit(u"b1"_s) }) {
            credit.endDate = kToday.addDays(endInDays);
            if (statusExpired)
                credit.status = PartnerCredit::Status::Expired;
            const auto verdicts = BenefitRules::checkAssignment(credit, member(u"zoe"_s), {}, BenefitPolicy(), kToday);
            QCOMPARE(refusedBy(verdicts), refused ? QString(RuleId::CreditExpired) : QString());
        }
    }

    void monthlyValidity_data()
    {
        QTest::addColumn<QDate>("activation");
        QTest::addColumn<QDate>("cutoff");
        QTest::addColumn<bool>("refused");
        QTest::newRow("day before the cutoff") << kToday.addMonths(-13).addDays(1) << kToday.addDays(1) << false;
        QTest::newRow("on the cutoff date") << kToday.addMonths(-13) << kToday << true;
        QTest::newRow("well past") << kToday.addMonths(-20) << kToday.addMonths(-7) << true;
    }

    void monthlyValidity()
    {
        QFETCH(QDate, activation);
        QFETCH(QDate, cutoff);
        QFETCH(bool, refused);
        PartnerCredit credit = withHistory(monthlyCredit(u"m1"_s), { u"a"_s });
        credit.activationDate = activation;
        credit.endDate = kToday.addYears(1);
        QCOMPARE(BenefitRules::cutoffDate(credit, BenefitPolicy()), cutoff);
        QCOMPARE(BenefitRules::annotated(credit, BenefitPolicy()).cutoffDate, cutoff);
        const auto verdicts = BenefitRules::checkAssignment(credit, member(u"zoe"_s), {}, BenefitPolicy(), kToday);
        QCOMPARE(refusedBy(verdicts), refused ? QString(RuleId::MonthlyValidity) : QString());
        if (refused)
            QVERIFY(BenefitRules::firstRefusal(verdicts)->reason.contains(u"pay-as-you-go"_s));
    }

    void sameUserAgainIsRefused()
    {
        const PartnerCredit credit = withHistory(monthlyCredit(u"m1"_s), { u"zoe"_s });
        QCOMPARE(refusedBy(BenefitRules::checkAssignment(credit, member(u"zoe"_s), {}, BenefitPolicy(), kToday)),
                 QString(RuleId::AlreadyAssigned));
    }

    void userNeedsASignInName()
    {
        const CandidateUser nobody { u"oid"_s, QString(), QString(), u"Ana"_s, u"Member"_s };
        QCOMPARE(refusedBy(BenefitRules::checkAssignment(monthlyCredit(u"m1"_s), nobody, {}, BenefitPolicy(), kToday)),
                 QString(RuleId::UserIdentity));
    }

    void removal_data()
    {
        QTest::addColumn<bool>("bulk");
        QTest::addColumn<QStringList>("history");
        QTest::addColumn<QString>("refusedBy");
        QTest::newRow("monthly with a user") << false << QStringList { u"a"_s } << QString();
        QTest::newRow("monthly without a user") << false << QStringList { u"a"_s, u"-"_s }
                                                << QString(RuleId::RemovalNeedsUser);
        QTest::newRow("bulk") << true << QStringList { u"a"_s } << QString(RuleId::BulkNotRemovable);
    }

    void removal()
    {
        QFETCH(bool, bulk);
        QFETCH(QStringList, history);
        QFETCH(QString, refusedBy);
        const PartnerCredit credit = withHistory(bulk ? bulkCredit(u"b"_s) : monthlyCredit(u"m"_s), history);
        QCOMPARE(::refusedBy(BenefitRules::checkRemoval(credit, BenefitPolicy(), kToday)), refusedBy);
    }

    void everyVerdictExplainsItself()
    {
        const auto verdicts = BenefitRules::checkAssignment(monthlyCredit(u"m1"_s), member(u"zoe"_s), {},
                                                            BenefitPolicy(), kToday);
        QVERIFY(verdicts.size() >= 5);
        for (const RuleVerdict &v : verdicts) {
            QVERIFY(!v.ruleId.isEmpty());
            QVERIFY2(!v.reason.isEmpty(), qPrintable(v.ruleId));
        }
    }
};

QTEST_GUILESS_MAIN(TestBenefitRules)
#include "tst_benefitrules.moc"
