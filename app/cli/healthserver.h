#pragma once

#include "store/database.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>

#include <chrono>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace Rebound::Cli {

// GET /health for a supervisor or a load balancer: the engine's state as JSON,
// 200 while it runs or stands by, 503 when it holds the lease but has not
// polled successfully for a while or its database cannot be read. Lives on
// the main thread with its own database connection; HTTP/1.1, one request per
// connection, GET and HEAD only.
class HealthServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthServer)

public:
    HealthServer(QString databaseLocation, std::chrono::milliseconds pollInterval, QObject *parent = nullptr);
    ~HealthServer() override;

    // false with the reason in *error (e.g. the port is taken).
    bool listen(const QHostAddress &address, quint16 port, QString *error);

    void onPolled(const QDateTime &at, bool ok);
    void onLeaseChanged(bool held);

    // The health document and the HTTP status that goes with it.
    QJsonObject report(int *httpStatus);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body, bool head,
                 const QByteArray &extraHeaders = {});
    bool ensureDatabase();

    QString m_location;
    std::chrono::milliseconds m_pollInterval;
    QTcpServer *m_server = nullptr;
    Core::Database m_db;
    QDateTime m_startedAt;
    QDateTime m_lastPollAt;
    QDateTime m_lastSuccessfulPollAt;
    QDateTime m_heldSince; // when this engine last took the lease
    int m_connections = 0;
};

} // namespace Rebound::Cli
