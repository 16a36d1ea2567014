// SecretStore against the real Secret Service (gnome-keyring in a private D-Bus session under
// ./scripts/dev test). Without one, the round-trip tests skip and say how to run them.
#include "authtestutil.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::Testing;

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keysAreNamespacedByCloudTenantAndAccount();
    void writeReadRemoveRoundTrip();
    void overwriteKeepsTheNewestSecret();
    void missingKeyReadsAsNotFound();
    void removingAMissingKeySucceeds();
    void callbacksNeverRunInsideTheCallAndStopWithTheirContext();

private:
    std::optional<Status> write(const QString &key, const QString &secret);
    std::optional<Result<std::optional<QString>>> read(const QString &key);
    std::optional<Status> remove(const QString &key);
    void requireStore();

    std::unique_ptr<SecretStore> m_store;
    std::optional<Error> m_unavailable;
    QStringList m_written;
};

void TestSecretStore::initTestCase()
{
    m_store = std::make_unique<SecretStore>(testServiceName());
    QCOMPARE(m_store->timeoutMs(), SecretStore::DefaultTimeoutMs);
    m_unavailable = probeSecretStore(*m_store);
    if (m_unavailable)
        qInfo("secret store unavailable here: %s", qPrintable(m_unavailable->message));
}

void TestSecretStore::cleanupTestCase()
{
    if (m_unavailable)
        return;
    for (const QString &key : std::as_const(m_written))
        remove(key);
}

void TestSecretStore::requireStore()
{
    if (m_unavailable) {
        // Where a store exists but failed, the error must still be the documented one.
        QVERIFY2(SecretStore::isUnavailableError(*m_unavailable), qPrintable(m_unavailable->code));
    }
}

std::optional<Status> TestSecretStore::write(const QString &key, const QString &secret)
{
    QObject context;
    std::optional<Status> status;
    m_store->write(key, secret, &context, [&](Status s) { status = s; });
    if (QTest::qWaitFor([&] { return status.has_value(); }, StoreWaitMs))
        m_written.append(key);
    return status;
}

std::optional<Result<std::optional<QString>>> TestSecretStore::read(const QString &key)
{
    QObject context;
    std::optional<Result<std::optional<QString>>> result;
    m_store->read(key, &context, [&](Result<std::optional<QString>> r) { result = std::move(r); });
    [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return result.has_value(); }, StoreWaitMs);
    return result;
}

std::optional<Status> TestSecretStore::remove(const QString &key)
{
    QObject context;
    std::optional<Status> status;
    m_store->remove(key, &context, [&](Status s) { status = s; });
    [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return status.has_value(); }, StoreWaitMs);
    return status;
}

void TestSecretStore::keysAreNamespacedByCloudTenantAndAccount()
{
    QCOMPARE(SecretStore::secretKey(u"sandbox"_s, u"t-1"_s, u"oid-1"_s), u"refresh-token/sandbox/t-1/oid-1"_s);
    QVERIFY(SecretStore::secretKey(u"public"_s, u"t"_s, u"o"_s) != SecretStore::secretKey(u"usgov"_s, u"t"_s, u"o"_s));
    QCOMPARE(SecretStore::defaultServiceName(), u"CreditDesk"_s);
    QCOMPARE(SecretStore().serviceName(), u"CreditDesk"_s);
}

void TestSecretStore::writeReadRemoveRoundTrip()
{
    requireStore();
    if (m_unavailable)
        QSKIP(RunWithKeyring);
    const QString key = SecretStore::secretKey(u"sandbox"_s, u"tenant"_s, u"round-trip"_s);
    const QString secret = u"0.AAAA-secret-with-unicode-é-and-symbols-+/=%"_s;

    const auto written = write(key, secret);
    QVERIFY(written.has_value());
    QVERIFY2(written->ok(), qPrintable(written->ok() ? QString() : written->error().message));

    const auto found = read(key);
    QVERIFY(found.has_value());
    QVERIFY2(found->ok(), qPrintable(found->ok() ? QString() : found->error().message));
    QVERIFY(found->value().has_value());
    QCOMPARE(*found->value(), secret);

    const auto removed = remove(key);
    QVERIFY(removed.has_value());
    QVERIFY(removed->ok());
    const auto gone = read(key);
    QVERIFY(gone.has_value() && gone->ok());
    QVERIFY(!gone->value().has_value());
    QTRY_COMPARE(m_store->pendingJobCount(), 0);
}

void TestSecretStore::overwriteKeepsTheNewestSecret()
{
    requireStore();
    if (m_unavailable)
        QSKIP(RunWithKeyring);
    const QString key = SecretStore::secretKey(u"sandbox"_s, u"tenant"_s, u"rotation"_s);
    QVERIFY(write(key, u"first"_s).value_or(Error{}).ok());
    QVERIFY(write(key, u"second"_s).value_or(Error{}).ok());
    const auto found = read(key);
    QVERIFY(found.has_value() && found->ok() && found->value().has_value());
    QCOMPARE(*found->value(), u"second"_s);
}

void TestSecretStore::missingKeyReadsAsNotFound()
{
    requireStore();
    if (m_unavailable)
        QSKIP(RunWithKeyring);
    const auto found = read(u"refresh-token/sandbox/nobody/never-written"_s);
    QVERIFY(found.has_value());
    QVERIFY2(found->ok(), qPrintable(found->ok() ? QString() : found->error().message));
    QVERIFY(!found->value().has_value());
}

void TestSecretStore::removingAMissingKeySucceeds()
{
    requireStore();
    if (m_unavailable)
        QSKIP(RunWithKeyring);
    const auto removed = remove(u"refresh-token/sandbox/nobody/never-written"_s);
    QVERIFY(removed.has_value());
    QVERIFY2(removed->ok(), qPrintable(removed->ok() ? QString() : removed->error().message));
}

void TestSecretStore::callbacksNeverRunInsideTheCallAndStopWithTheirContext()
{
    // Holds with or without a Secret Service: the answer is always delivered from the event
    // loop, and never to a context that is gone.
    bool called = false;
    {
        QObject context;
        m_store->read(u"refresh-token/x/y/z"_s, &context, [&](Result<std::optional<QString>>) { called = true; });
        QVERIFY(!called);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_store->pendingJobCount(), 0, StoreWaitMs);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
