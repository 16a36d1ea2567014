// One running CreditDesk per profile, with real processes: the second start of a profile hands
// over to the first (which is asked to come forward) and ends; another profile runs alongside;
// a crashed first start does not lock the profile forever.
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Worker
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QByteArray output;

    void start(const QString &profile)
    {
        process->start(QStringLiteral(CREDITDESK_SINGLEINSTANCE_WORKER), {profile});
    }
    /// Waits until \a line has been printed.
    bool saw(const QByteArray &line, int timeoutMs = 15'000)
    {
        return QTest::qWaitFor(
            [&] {
                output += process->readAllStandardOutput();
                return output.split('\n').contains(line);
            },
            timeoutMs);
    }
    ~Worker()
    {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
};
} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondStartBringsTheFirstForward()
    {
        const QString profile = u"second-start-%1"_s.arg(QCoreApplication::applicationPid());
        Worker first;
        first.start(profile);
        QVERIFY2(first.saw("primary"), first.output.constData());

        Worker second;
        second.start(profile);
        QVERIFY2(second.saw("secondary"), second.output.constData());
        QVERIFY(second.process->state() == QProcess::NotRunning || second.process->waitForFinished(10'000));
        QCOMPARE(second.process->exitCode(), 0);
        QVERIFY2(first.saw("activated"), first.output.constData());
        QCOMPARE(first.process->state(), QProcess::Running);

        // Another profile (the sandbox's, say) is not held by the first.
        Worker other;
        other.start(profile + u"-other"_s);
        QVERIFY2(other.saw("primary"), other.output.constData());
    }

    void aCrashedFirstStartDoesNotLockTheProfile()
    {
        const QString profile = u"crashed-%1"_s.arg(QCoreApplication::applicationPid());
        {
            Worker crashed;
            crashed.start(profile);
            QVERIFY2(crashed.saw("primary"), crashed.output.constData());
            crashed.process->kill(); // SIGKILL: no clean-up of the lock or the socket
            QVERIFY(crashed.process->waitForFinished(5000));
        }
        Worker next;
        next.start(profile);
        QVERIFY2(next.saw("primary"), next.output.constData());
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
