#include "webhooklistener.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QTcpSocket>

namespace Rebound::Core {

namespace {

Q_LOGGING_CATEGORY(lcWebhook, "rebound.provider.webhook")

// Twilio bodies are a few kilobytes at most (an SMS Body is capped at 1,600
// characters); anything far larger is not from Twilio.
constexpr qsizetype MaxBodyBytes = 64 * 1024;

constexpr QLatin1String VoiceStatusRoute("/voice/status");
constexpr QLatin1String SmsRoute("/sms");

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
    m_port = listen(address, port);
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
    for (const QLatin1String route : {VoiceStatusRoute, SmsRoute}) {
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
