#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

namespace CreditDesk {

/// One running CreditDesk per profile (the application name and the user's settings): two
/// windows over the same offline copy, ledger journal and fired reminders would race each
/// other. The first start holds a lock file and listens on a local socket only its user may
/// open; a second start finds the lock, asks the first to come forward and ends.
///
/// A lock left by a process that crashed is recognised as stale (QLockFile checks the PID)
/// and taken over.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        Primary,   ///< this process runs the profile
        Secondary, ///< another process runs it and was asked to show itself
        Unknown,   ///< the lock could not be created (e.g. read-only runtime directory): run anyway
    };

    /// \a profile names what is guarded, e.g. "CreditDesk" or "CreditDesk-Sandbox".
    explicit SingleInstance(const QString &profile, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Takes the profile, or hands over to the process that has it.
    Role claim();

    QString lockFilePath() const { return m_lockPath; }
    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    /// Another start of the same profile asked this one to come forward.
    void activationRequested();

private:
    bool askPrimaryToActivate() const;
    void listen();

    QString m_lockPath;
    QString m_serverName;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace CreditDesk
