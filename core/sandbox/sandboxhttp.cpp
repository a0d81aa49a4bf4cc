#include "sandboxhttp.h"

#include "../provider/twiliojson.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrl>

namespace Rebound::Core::Sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "rebound.sandbox")

const QString &apiVersion()
{
    static const QString v = QStringLiteral("2010-04-01");
    return v;
}

bool isE164(const QString &number)
{
    static const QRegularExpression re(QStringLiteral("^\\+[1-9]\\d{6,14}$"));
    return re.match(number).hasMatch();
}

QString randomHex(int digits)
{
    QString out;
    out.reserve(digits);
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < digits; ++i)
        out.append(QLatin1Char("0123456789abcdef"[rng->bounded(16)]));
    return out;
}

Params parseForm(const QByteArray &data)
{
    Params out;
    const QList<QByteArray> parts = data.split('&');
    for (QByteArray part : parts) {
        if (part.isEmpty())
            continue;
        part.replace('+', ' ');
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return out;
}

QByteArray encodeComponent(const QString &text, bool spaceAsPlus)
{
    QByteArray out = QUrl::toPercentEncoding(text, spaceAsPlus ? QByteArrayLiteral(" ") : QByteArray());
    if (spaceAsPlus)
        out.replace(' ', '+');
    return out;
}

QByteArray formEncode(const Params &params)
{
    QByteArray out;
    for (const auto &[name, value] : params) {
        if (!out.isEmpty())
            out.append('&');
        out.append(encodeComponent(name, true));
        out.append('=');
        out.append(encodeComponent(value, true));
    }
    return out;
}

std::optional<QString> paramValue(const Params &params, QLatin1String name)
{
    for (const auto &[key, value] : params) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

QString param(const Params &params, QLatin1String name)
{
    return paramValue(params, name).value_or(QString());
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

QJsonValue strOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

Reply jsonReply(int status, const QJsonObject &o)
{
    Reply r;
    r.status = status;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

Reply twilioError(int httpStatus, int code, const QString &message)
{
    return jsonReply(httpStatus, TwilioJson::errorBody(code, message, httpStatus));
}

Reply unauthenticated()
{
    Reply r = twilioError(401, 20003, QStringLiteral("Authenticate"));
    r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"Twilio API\"")});
    return r;
}

Reply notFound(const QString &path)
{
    return twilioError(404, 20404, QStringLiteral("The requested resource %1 was not found").arg(path));
}

Reply methodNotAllowed()
{
    return twilioError(405, 20004, QStringLiteral("Method not allowed"));
}

QByteArray httpDate(const QDateTime &utc)
{
    // Day and month names in English whatever the machine's locale.
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

QByteArray serialize(const Reply &reply, bool keepAlive, const QDateTime &date)
{
    QByteArray out;
    out.append("HTTP/1.1 ");
    out.append(QByteArray::number(reply.status));
    out.append(' ');
    out.append(reasonPhrase(reply.status));
    out.append("\r\n");
    out.append("Date: ");
    out.append(httpDate(date));
    out.append("\r\n");
    if (reply.status != 204) {
        out.append("Content-Type: ");
        out.append(reply.contentType);
        out.append("\r\n");
    }
    out.append("Content-Length: ");
    out.append(QByteArray::number(reply.body.size()));
    out.append("\r\n");
    out.append(keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n");
    out.append("Twilio-Request-Id: RQ");
    out.append(randomHex(32).toLatin1());
    out.append("\r\n");
    for (const auto &[name, value] : reply.headers) {
        out.append(name);
        out.append(": ");
        out.append(value);
        out.append("\r\n");
    }
    out.append("\r\n");
    out.append(reply.body);
    return out;
}

void writeReply(QTcpSocket *socket, const Reply &reply, bool keepAlive, const QDateTime &date)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(serialize(reply, keepAlive, date));
    if (!keepAlive)
        socket->disconnectFromHost();
}

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace Rebound::Core::Sandbox
