#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QString>

#include <optional>

class QTcpSocket;

// The sandbox's HTTP plumbing, shared by its parts: form coding, the replies
// it writes on the socket itself, and Twilio's error bodies.
namespace Rebound::Core::Sandbox {

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

using Params = QList<QPair<QString, QString>>;
using Headers = QList<QPair<QByteArray, QByteArray>>;

const QString &apiVersion();
bool isE164(const QString &number);
QString randomHex(int digits);
QString boolText(bool b);
QJsonValue strOrNull(const QString &s);

// application/x-www-form-urlencoded, decoded the way Twilio decodes it: '+'
// is a space, so a client that forgets to escape the '+' of an E.164 number
// finds nothing, exactly as it would against the real API.
Params parseForm(const QByteArray &data);
QByteArray encodeComponent(const QString &text, bool spaceAsPlus);
QByteArray formEncode(const Params &params);
std::optional<QString> paramValue(const Params &params, QLatin1String name);
QString param(const Params &params, QLatin1String name);

QByteArray reasonPhrase(int status);
QByteArray methodName(QHttpServerRequest::Method method);

// One REST request, decoded.
struct RestRequest
{
    QByteArray method;
    QString path;
    QString target; // path and query, as logged
    Params query;
    Params form;
    QByteArray authorization;
};

// The outcome of one REST or control request before any fault touches it.
struct Reply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    Headers headers;
};

Reply jsonReply(int status, const QJsonObject &o);
Reply twilioError(int httpStatus, int code, const QString &message);
Reply unauthenticated();
Reply notFound(const QString &path);
Reply methodNotAllowed();

// RFC 7231's IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT", as in Twilio's Date header.
QByteArray httpDate(const QDateTime &utc);
// The response on the wire; `date` is the server's clock for the Date header.
QByteArray serialize(const Reply &reply, bool keepAlive, const QDateTime &date);
void writeReply(QTcpSocket *socket, const Reply &reply, bool keepAlive, const QDateTime &date);

} // namespace Rebound::Core::Sandbox
