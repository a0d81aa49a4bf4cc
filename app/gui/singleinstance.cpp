#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace Rebound::App {

QString SingleInstance::socketName()
{
    // Per user: two people on one Windows PC each get their own Rebound.
    const QByteArray home = QDir::homePath().toUtf8();
    return QStringLiteral("rebound-")
        + QString::fromLatin1(QCryptographicHash::hash(home, QCryptographicHash::Sha1).toHex().left(12));
}

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{
    QLocalSocket probe;
    probe.connectToServer(socketName());
    if (probe.waitForConnected(500)) {
        m_secondary = true;
        return;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // A socket left behind by a crashed instance would block the name.
    QLocalServer::removeServer(socketName());
    m_server->listen(socketName());
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::readyRead, this, [this, client] {
                if (client->readAll().contains("show"))
                    Q_EMIT activationRequested();
                client->disconnectFromServer();
            });
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
        }
    });
}

SingleInstance::~SingleInstance() = default;

void SingleInstance::activatePrimary()
{
    QLocalSocket socket;
    socket.connectToServer(socketName());
    if (!socket.waitForConnected(1000))
        return;
    socket.write("show\n");
    socket.waitForBytesWritten(1000);
    socket.disconnectFromServer();
}

} // namespace Rebound::App
