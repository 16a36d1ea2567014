#include "auth/loopbackmirror.h"

#include <QPointer>
#include <QTcpSocket>

namespace CreditDesk {

LoopbackMirror::LoopbackMirror(QObject *parent) : QTcpServer(parent) { }

bool LoopbackMirror::mirror(quint16 port)
{
    m_port = port;
    return listen(QHostAddress(QHostAddress::LocalHostIPv6), port);
}

void LoopbackMirror::incomingConnection(qintptr socketDescriptor)
{
    auto *browser = new QTcpSocket(this);
    if (!browser->setSocketDescriptor(socketDescriptor)) {
        delete browser;
        return;
    }
    auto *handler = new QTcpSocket(browser);
    // Bytes from the browser wait in its socket until the handler's side is connected.
    const auto relay = [](QTcpSocket *from, QTcpSocket *to) {
        if (to->state() == QAbstractSocket::ConnectedState)
            to->write(from->readAll());
    };
    connect(handler, &QTcpSocket::connected, browser, [=] { relay(browser, handler); });
    connect(browser, &QTcpSocket::readyRead, handler, [=] { relay(browser, handler); });
    connect(handler, &QTcpSocket::readyRead, browser, [=] { relay(handler, browser); });
    const auto close = [browser, handler] {
        if (handler->state() == QAbstractSocket::ConnectedState)
            handler->write(browser->readAll());
        browser->write(handler->readAll());
        browser->disconnectFromHost();
        handler->disconnectFromHost();
        browser->deleteLater();
    };
    connect(handler, &QTcpSocket::disconnected, browser, close);
    connect(handler, &QTcpSocket::errorOccurred, browser, close);
    connect(browser, &QTcpSocket::disconnected, browser, close);
    handler->connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
}

} // namespace CreditDesk
