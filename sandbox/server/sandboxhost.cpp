#include "server/sandboxhost.h"

#include "server/sandboxserver.h"

#include <QLoggingCategory>
#include <QMetaObject>

Q_LOGGING_CATEGORY(lcSandboxHost, "creditdesk.sandbox.host")

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

SandboxHost::SandboxHost(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"CreditDeskSandbox"_s);
}

SandboxHost::~SandboxHost()
{
    stop();
}

bool SandboxHost::start(const SandboxOptions &options, QString *error)
{
    if (m_server) {
        if (error)
            *error = u"the sandbox is already running"_s;
        return false;
    }
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    m_thread.start();

    // The server and its sockets must be created in the thread that serves them, so the
    // construction runs there while this thread waits.
    bool started = false;
    QString startError;
    SandboxServer *server = nullptr;
    QMetaObject::invokeMethod(
        m_anchor,
        [&] {
            server = new SandboxServer(options);
            started = server->start(&startError);
            if (!started) {
                delete server;
                server = nullptr;
            } else {
                m_port = server->port();
                m_baseUrl = server->baseUrl();
                m_tenantId = server->tenantId();
                m_tlsCertificatePath = server->tlsCertificatePath();
            }
        },
        Qt::BlockingQueuedConnection);

    if (!started) {
        if (error)
            *error = startError;
        stop();
        return false;
    }
    m_server = server;
    qCInfo(lcSandboxHost) << "sandbox running at" << m_baseUrl.toString();
    return true;
}

void SandboxHost::stop()
{
    if (!m_anchor)
        return;
    if (m_server) {
        SandboxServer *server = m_server;
        QMetaObject::invokeMethod(m_anchor, [server] { delete server; }, Qt::BlockingQueuedConnection);
        m_server = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
    // The thread has finished, so deleting its object from here is safe.
    delete m_anchor;
    m_anchor = nullptr;
    m_port = 0;
    m_baseUrl.clear();
    m_tenantId.clear();
    m_tlsCertificatePath.clear();
}

} // namespace CreditDesk::Sandbox
