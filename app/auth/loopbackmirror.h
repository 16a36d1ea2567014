#pragma once

#include <QTcpServer>

namespace CreditDesk {

/// The browser sign-in advertises http://localhost:PORT (what Entra ID registers for loopback
/// redirects) while Qt 6.4's reply handler listens on one address, 127.0.0.1. A browser that
/// resolves "localhost" to ::1 first would reach nothing, or whatever else holds ::1:PORT.
/// This listener takes the same port on ::1 and relays each connection, byte for byte, to the
/// handler on 127.0.0.1, so "localhost" reaches the sign-in whichever address it resolves to.
/// Loopback only on both ends.
class LoopbackMirror : public QTcpServer
{
    Q_OBJECT
public:
    explicit LoopbackMirror(QObject *parent = nullptr);

    /// Listens on [::1]:\a port and relays to 127.0.0.1:\a port. False when this machine has no
    /// IPv6 loopback (then "localhost" can only be 127.0.0.1) or the port is taken on ::1.
    bool mirror(quint16 port);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    quint16 m_port = 0;
};

} // namespace CreditDesk
