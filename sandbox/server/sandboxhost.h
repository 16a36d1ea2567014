#pragma once

#include "server/sandboxoptions.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace CreditDesk::Sandbox {

class SandboxServer;

/// Runs a SandboxServer in a thread of its own, so the GUI thread (or a test's event loop)
/// stays free and a slow sandbox answer never freezes the window. Used by the app's --sandbox
/// mode and by tests.
class SandboxHost : public QObject
{
    Q_OBJECT

public:
    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override; ///< stops the server and joins the thread

    /// Blocks until the server listens (or failed to). Returns false with a reason in *error.
    bool start(const SandboxOptions &options, QString *error = nullptr);
    /// Blocks until the server is gone and the thread has finished. Safe to call twice.
    void stop();

    bool isRunning() const { return m_server != nullptr; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString tenantId() const { return m_tenantId; }
    QString tlsCertificatePath() const { return m_tlsCertificatePath; } ///< empty unless https

private:
    QThread m_thread;
    QObject *m_anchor = nullptr;        ///< lives in m_thread; runs the calls that must happen there
    SandboxServer *m_server = nullptr;  ///< created, used and deleted in m_thread only
    quint16 m_port = 0;
    QUrl m_baseUrl;
    QString m_tenantId;
    QString m_tlsCertificatePath;
};

} // namespace CreditDesk::Sandbox
