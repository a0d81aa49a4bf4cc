#include "webhooklistener.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Rebound::Core {

namespace {

Q_LOGGING_CATEGORY(lcWebhook, "rebound.provider.webhook")

// Twilio bodies are a few kilobytes at most (an SMS Body is capped at 1,600
// characters); anything far larger is not from Twilio.
constexpr qsizetype MaxBodyBytes = 64 * 1024;

constexpr QLatin1String VoiceStatusRoute("/voice/status");
constexpr QLatin1String SmsRoute("/sms");
constexpr QLatin1String SmsStatusRoute("/sms/status");

using Status = QHttpServerResponder::StatusCode;

QByteArray headerValue(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

void respondText(QHttpServerResponder &responder, const QByteArray &text, Status status)
{
    responder.write(text, QByteArrayLiteral("text/plain; charset=utf-8"), status);
}

// Headers larger than this are not a webhook either.
constexpr qsizetype MaxHeaderBytes = 16 * 1024;

// Watches the bytes of one connection as they arrive, before the HTTP server
// buffers them, request by request: a request announcing (or sending) more
// than the limit is answered 413 and the connection closed, so nobody can make
// the listener hold a large body in memory. Twilio always sends Content-Length.
class RequestSizeGuard final : public QObject
{
public:
    explicit RequestSizeGuard(QTcpSocket *socket)
        : QObject(socket)
        , m_socket(socket)
    {
        // Connected before the HTTP server's own handler, so it runs first.
        connect(socket, &QTcpSocket::readyRead, this, &RequestSizeGuard::inspect);
    }

private:
    void inspect()
    {
        if (m_refused) {
            // Nothing more reaches the server; what the client still sends of
            // the refused body is read and dropped so it can see the answer.
            m_discardLeft -= m_socket->readAll().size();
            if (m_discardLeft <= 0)
                m_socket->disconnectFromHost();
            return;
        }
        // Everything still buffered is new: the server reads all it is given.
        QByteArray data = m_socket->peek(m_socket->bytesAvailable());
        while (!data.isEmpty()) {
            if (m_bodyLeft > 0) {
                const qsizetype used = std::min<qsizetype>(m_bodyLeft, data.size());
                m_bodyLeft -= used;
                data.remove(0, used);
                continue;
            }
            m_header += data;
            data.clear();
            const qsizetype end = m_header.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_header.size() > MaxHeaderBytes)
                    return refuse("431 Request Header Fields Too Large", 0);
                return;
            }
            const QByteArray head = m_header.left(end);
            data = m_header.mid(end + 4);
            m_header.clear();
            qint64 length = 0;
            for (const QByteArray &line : head.split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "content-length") {
                    bool ok = false;
                    length = value.toLongLong(&ok);
                    if (!ok || length < 0)
                        return refuse("400 Bad Request", 0);
                } else if (name == "transfer-encoding" && value.toLower() != "identity") {
                    return refuse("411 Length Required", 0);
                }
            }
            if (length > MaxBodyBytes)
                return refuse("413 Payload Too Large", length - data.size());
            m_bodyLeft = length;
        }
    }

    // Answers `status` at once and closes the connection once the rest of
    // the announced body (at most 1 MiB of it, for at most 2 s) has been dropped.
    void refuse(const char *status, qint64 bodyStillComing)
    {
        m_refused = true;
        m_socket->readAll();
        qCInfo(lcWebhook) << "refused a webhook request before reading it:" << status;
        m_socket->write(QByteArray("HTTP/1.1 ") + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        m_discardLeft = std::min<qint64>(bodyStillComing, 1024 * 1024);
        if (m_discardLeft <= 0) {
            m_socket->disconnectFromHost();
            return;
        }
        QTimer::singleShot(2000, this, [this] {
            if (m_socket)
                m_socket->disconnectFromHost();
        });
    }

    QPointer<QTcpSocket> m_socket;
    QByteArray m_header;
    qint64 m_bodyLeft = 0;
    qint64 m_discardLeft = 0;
    bool m_refused = false;
};

// Hands the HTTP server sockets that already carry a RequestSizeGuard.
class GuardedTcpServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        new RequestSizeGuard(socket);
        addPendingConnection(socket);
    }
};

} // namespace

WebhookListener::WebhookListener(QUrl publicUrl, QString authToken, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_publicUrl(std::move(publicUrl))
    , m_authToken(std::move(authToken))
{
    // Queued connections across threads need the parameter type registered.
    qRegisterMetaType<Rebound::Core::WebhookListener::Params>("Rebound::Core::WebhookListener::Params");
}

WebhookListener::~WebhookListener() = default;

quint16 WebhookListener::start(const QHostAddress &address, quint16 port)
{
    if (m_port != 0) {
        qCWarning(lcWebhook) << "webhook listener already listening on port" << m_port;
        return m_port;
    }
    auto *server = new GuardedTcpServer(this);
    if (server->listen(address, port)) {
        bind(server);
        m_port = server->serverPort();
    } else {
        delete server;
        m_port = 0;
    }
    if (m_port == 0)
        qCWarning(lcWebhook) << "webhook listener could not listen on" << address << port;
    else
        qCInfo(lcWebhook) << "webhook listener on" << address << m_port << "for"
                          << m_publicUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    return m_port;
}

QUrl WebhookListener::voiceStatusUrl() const
{
    return QUrl(publicBase() + VoiceStatusRoute, QUrl::StrictMode);
}

QUrl WebhookListener::smsUrl() const
{
    return QUrl(publicBase() + SmsRoute, QUrl::StrictMode);
}

QUrl WebhookListener::smsStatusUrl() const
{
    return QUrl(publicBase() + SmsStatusRoute, QUrl::StrictMode);
}

QString WebhookListener::publicBase() const
{
    // The routes are appended to the public URL's path, so neither a trailing
    // slash nor a query on the configured URL may end up inside the result.
    QString base = m_publicUrl.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}

QString WebhookListener::routeFor(const QString &path) const
{
    // A tunnel may forward the public path prefix ("/hooks/sms") or strip it
    // ("/sms"); both arrive here.
    QString prefix = m_publicUrl.path(QUrl::FullyEncoded);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    for (const QLatin1String route : {VoiceStatusRoute, SmsRoute, SmsStatusRoute}) {
        if (path == route || (!prefix.isEmpty() && path == prefix + route))
            return QString(route);
    }
    return {};
}

bool WebhookListener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QUrl url = request.url();
    const QString path = url.path(QUrl::FullyEncoded);
    const QString route = routeFor(path);
    if (route.isEmpty())
        return false;

    QHttpServerResponder responder = makeResponder(request, socket);
    const auto reject = [&](Status status, const QByteArray &text, const QString &reason) {
        qCInfo(lcWebhook).noquote() << "rejected webhook" << path << "from" << request.remoteAddress().toString() << ':'
                                    << reason;
        respondText(responder, text, status);
        Q_EMIT requestRejected(path, reason);
    };

    if (request.method() != QHttpServerRequest::Method::Post) {
        reject(Status::Forbidden, QByteArrayLiteral("Forbidden"), QStringLiteral("method not allowed"));
        return true;
    }
    if (request.body().size() > MaxBodyBytes) {
        reject(Status::PayloadTooLarge, QByteArrayLiteral("Payload Too Large"), QStringLiteral("body too large"));
        return true;
    }
    const QByteArray signature = headerValue(request, "X-Twilio-Signature");
    if (signature.isEmpty()) {
        reject(Status::Forbidden, QByteArrayLiteral("Forbidden"), QStringLiteral("missing signature"));
        return true;
    }

    // Twilio signs the URL it called, which is the public one, not ours.
    QString signedUrl = publicBase() + route;
    if (url.hasQuery())
        signedUrl += u'?' + url.query(QUrl::FullyEncoded);
    const TwilioSignature::FormParams form = TwilioSignature::parseForm(request.body());
    if (!TwilioSignature::validate(m_authToken, signedUrl, form, signature)) {
        reject(Status::Forbidden, QByteArrayLiteral("Forbidden"), QStringLiteral("invalid signature"));
        return true;
    }

    // An empty TwiML document: Twilio takes no further action on the call or message.
    responder.write(QByteArrayLiteral(R"(<?xml version="1.0" encoding="UTF-8"?><Response/>)"),
                    QByteArrayLiteral("text/xml"), Status::Ok);

    Params params;
    params.reserve(form.size());
    for (const auto &[name, value] : form)
        params.insert(name, value);
    if (route == VoiceStatusRoute)
        Q_EMIT callStatusReceived(params);
    else if (route == SmsStatusRoute)
        Q_EMIT messageStatusReceived(params);
    else
        Q_EMIT messageReceived(params);
    return true;
}

void WebhookListener::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    respondText(responder, QByteArrayLiteral("Not Found"), Status::NotFound);
}

} // namespace Rebound::Core
