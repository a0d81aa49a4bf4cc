#include "healthserver.h"

#include "store/enginelease.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace Rebound::Cli {

using namespace Rebound::Core;

namespace {

// A health check's request is a line and a few headers.
constexpr qsizetype kMaxRequestBytes = 8 * 1024;
// More checks at once than this are not a supervisor.
constexpr int kMaxConnections = 16;
constexpr int kRequestTimeoutMs = 5000;
// Grace on top of three poll intervals: one slow pass (a page of history,
// a provider retry) is not an outage.
constexpr qint64 kStaleGraceMs = 10000;

QJsonValue timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

} // namespace

HealthServer::HealthServer(QString databaseLocation, std::chrono::milliseconds pollInterval, QObject *parent)
    : QObject(parent)
    , m_location(std::move(databaseLocation))
    , m_pollInterval(pollInterval)
    , m_server(new QTcpServer(this))
    , m_startedAt(QDateTime::currentDateTimeUtc())
{
    connect(m_server, &QTcpServer::newConnection, this, &HealthServer::onNewConnection);
}

HealthServer::~HealthServer() = default;

bool HealthServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server->listen(address, port))
        return true;
    *error = m_server->errorString();
    return false;
}

void HealthServer::onPolled(const QDateTime &at, bool ok)
{
    m_lastPollAt = at;
    if (ok)
        m_lastSuccessfulPollAt = at;
}

void HealthServer::onLeaseChanged(bool held)
{
    m_heldSince = held ? QDateTime::currentDateTimeUtc() : QDateTime();
}

bool HealthServer::ensureDatabase()
{
    if (m_db.isOpen())
        return true;
    StoreError error;
    m_db = Database::open(m_location, &error);
    return m_db.isOpen();
}

QJsonObject HealthServer::report(int *httpStatus)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool databaseOk = ensureDatabase();
    QJsonValue queued = QJsonValue::Null;
    std::optional<EngineLease::Holder> holder;
    if (databaseOk) {
        QSqlQuery q(m_db.connection());
        databaseOk = m_db.exec(q, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN (?, ?, ?)"),
                               {QStringLiteral("queued"), QStringLiteral("sending"), QStringLiteral("unknown")})
            && q.next();
        if (databaseOk) {
            queued = q.value(0).toLongLong();
            EngineLease lease(m_db, QString(), QString());
            holder = lease.current();
        } else {
            m_db = Database(); // reconnect on the next check (a restarted PostgreSQL, say)
        }
    }
    // The lease row names host and process: this engine holds it when they are ours and it has not lapsed.
    const bool holding = holder && holder->host == QSysInfo::machineHostName()
        && holder->pid == QCoreApplication::applicationPid() && holder->expiresAt > m_db.now();

    QString status = QStringLiteral("standby");
    if (!databaseOk) {
        status = QStringLiteral("degraded");
    } else if (holding) {
        QDateTime since = std::max(m_startedAt, m_heldSince.isValid() ? m_heldSince : m_startedAt);
        if (m_lastSuccessfulPollAt.isValid())
            since = std::max(since, m_lastSuccessfulPollAt);
        const qint64 allowed = 3 * m_pollInterval.count() + kStaleGraceMs;
        status = since.msecsTo(now) > allowed ? QStringLiteral("degraded") : QStringLiteral("ok");
    }
    *httpStatus = status == QLatin1String("degraded") ? 503 : 200;

    QJsonObject lease{{QStringLiteral("holding"), holding},
                      {QStringLiteral("holder"), holder ? QJsonValue(holder->label) : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("expires_at"), holder ? timeOrNull(holder->expiresAt) : QJsonValue::Null}};
    return {{QStringLiteral("status"), status},
            {QStringLiteral("version"), QStringLiteral(REBOUND_VERSION)},
            {QStringLiteral("started_at"), timeOrNull(m_startedAt)},
            {QStringLiteral("last_poll_at"), timeOrNull(m_lastPollAt)},
            {QStringLiteral("last_successful_poll_at"), timeOrNull(m_lastSuccessfulPollAt)},
            {QStringLiteral("queued_sends"), queued},
            {QStringLiteral("database_ok"), databaseOk},
            {QStringLiteral("lease"), lease}};
}

void HealthServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections >= kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        // A client that never finishes its request is dropped.
        QTimer::singleShot(kRequestTimeoutMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
    }
}

void HealthServer::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll();
        return;
    }
    QByteArray buffer = socket->property("request").toByteArray() + socket->readAll();
    qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        end = buffer.indexOf("\n\n"); // lenient with hand-typed requests (nc)
    if (end < 0) {
        if (buffer.size() > kMaxRequestBytes)
            respond(socket, 431, "Request Header Fields Too Large", R"({"error":"request too large"})", false);
        else
            socket->setProperty("request", buffer);
        return;
    }
    const QByteArray requestLine = buffer.left(buffer.indexOf('\n')).trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        respond(socket, 400, "Bad Request", R"({"error":"bad request"})", false);
        return;
    }
    const QByteArray &method = parts.at(0);
    const bool head = method == "HEAD";
    if (method != "GET" && !head) {
        respond(socket, 405, "Method Not Allowed", R"({"error":"only GET and HEAD"})", false,
                QByteArrayLiteral("Allow: GET, HEAD\r\n"));
        return;
    }
    // origin-form "/health?x" or absolute-form "http://host/health"
    const QUrl target = QUrl::fromEncoded(parts.at(1));
    if (!target.isValid() || target.path() != QLatin1String("/health")) {
        respond(socket, 404, "Not Found", R"({"error":"not found; try /health"})", head);
        return;
    }
    int status = 200;
    const QJsonObject document = report(&status);
    respond(socket, status, status == 200 ? "OK" : "Service Unavailable",
            QJsonDocument(document).toJson(QJsonDocument::Compact) + '\n', head);
}

void HealthServer::respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body, bool head,
                           const QByteArray &extraHeaders)
{
    socket->setProperty("answered", true);
    socket->setProperty("request", QVariant());
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nCache-Control: no-store\r\nConnection: close\r\n" + extraHeaders + "\r\n";
    if (!head)
        response += body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace Rebound::Cli
