// A Secret Service that never answers (here: a session bus socket that accepts and stays
// silent, as a keyring waiting on an unlock prompt nobody sees). Every job must end at its
// timeout with a clear error, and the job itself must stay alive until QtKeychain lets go.
#include "authtestutil.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;
using namespace CreditDesk;
using namespace CreditDesk::Testing;

class TestSecretStoreHang : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aSilentStoreTimesOutAndItsJobIsKeptUntilItFinishes();

private:
    QTemporaryDir m_dir;
    QLocalServer m_bus;
    QList<QLocalSocket *> m_held;
};

void TestSecretStoreHang::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"silent-bus"_s);
    QVERIFY(m_bus.listen(path));
    // Accept, never answer: the D-Bus handshake waits forever.
    connect(&m_bus, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_bus.nextPendingConnection())
            m_held.append(socket);
    });
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(path));
    qunsetenv("DISPLAY");
}

void TestSecretStoreHang::aSilentStoreTimesOutAndItsJobIsKeptUntilItFinishes()
{
    auto store = std::make_unique<SecretStore>(testServiceName());
    store->setTimeoutMs(500);
    QObject context;
    QElapsedTimer elapsed;
    elapsed.start();
    std::optional<Status> written;
    store->write(u"refresh-token/sandbox/t/o"_s, u"secret"_s, &context, [&](Status s) { written = s; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 5000);
    const qint64 took = elapsed.elapsed();
    QVERIFY2(took >= 450 && took < 3000, qPrintable(QString::number(took)));
    QVERIFY(!written->ok());
    QCOMPARE(written->error().code, u"secret_store_timeout"_s);
    QVERIFY(SecretStore::isUnavailableError(written->error()));
    QVERIFY(written->error().message.contains(u"did not answer"_s));

    // The job is still inside QtKeychain: kept, not deleted.
    QCOMPARE(store->pendingJobCount(), 1);
    QTest::qWait(300);
    QCOMPARE(store->pendingJobCount(), 1);

    // A read queued behind it times out as well, on its own clock.
    std::optional<Result<std::optional<QString>>> read;
    store->read(u"refresh-token/sandbox/t/o"_s, &context,
                [&](Result<std::optional<QString>> r) { read = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 5000);
    QVERIFY(!read->ok());
    QCOMPARE(read->error().code, u"secret_store_timeout"_s);

    // The store goes away while its jobs are still running: they must outlive it safely.
    QPointer<QObject> anyJob = store->findChild<QObject *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(anyJob);
    store.reset();
    QVERIFY(anyJob);

    // The "keyring" gives up: the connection drops, QtKeychain finishes the jobs and they
    // delete themselves. Nothing calls back into the destroyed store.
    for (QLocalSocket *socket : std::as_const(m_held))
        socket->abort();
    m_bus.close();
    QTRY_VERIFY_WITH_TIMEOUT(anyJob.isNull(), 30'000);
}

QTEST_GUILESS_MAIN(TestSecretStoreHang)
#include "tst_secretstorehang.moc"
