#include "sandboxharness.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace Rebound::Test {

using namespace Rebound::Core;

QByteArray basic(const QString &user, const QString &secret)
{
    return "Basic " + QString(user + QLatin1Char(':') + secret).toUtf8().toBase64();
}

QString accountPath(const QString &rest, const QString &sid)
{
    return QStringLiteral("/2010-04-01/Accounts/") + sid + rest;
}

QByteArray form(const Params &params)
{
    QByteArray out;
    for (const auto &[k, v] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

Params parseForm(const QByteArray &body)
{
    Params out;
    for (QByteArray part : body.split('&')) {
        if (part.isEmpty())
            continue;
        part.replace('+', ' ');
        const qsizetype eq = part.indexOf('=');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(part.left(eq))),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(eq < 0 ? QByteArray() : part.mid(eq + 1)))});
    }
    return out;
}

QString value(const Params &params, const char *name)
{
    for (const auto &[k, v] : params) {
        if (k == QLatin1String(name))
            return v;
    }
    return {};
}

bool has(const Params &params, const char *name)
{
    return std::any_of(params.cbegin(), params.cend(),
                       [name](const auto &p) { return p.first == QLatin1String(name); });
}

QByteArray referenceSignature(const QString &token, const QString &url, Params params)
{
    std::sort(params.begin(), params.end());
    QByteArray data = url.toUtf8();
    for (const auto &[k, v] : params)
        data += k.toUtf8() + v.toUtf8();
    return QMessageAuthenticationCode::hash(data, token.toUtf8(), QCryptographicHash::Sha1).toBase64();
}

QDateTime parseHttpDate(const QByteArray &value)
{
    static const QRegularExpression re(QStringLiteral(
        "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\\d{4}) "
        "(\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(value));
    if (!m.hasMatch())
        return {};
    static const QStringList months{QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
                                    QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
                                    QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
                                    QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    const QDate date(m.captured(4).toInt(), int(months.indexOf(m.captured(3))) + 1, m.captured(2).toInt());
    const QTime time(m.captured(5).toInt(), m.captured(6).toInt(), m.captured(7).toInt());
    const QDateTime out(date, time, Qt::UTC);
    // The weekday must agree with the date.
    return QLocale::c().toString(date, QStringLiteral("ddd")) == m.captured(1) ? out : QDateTime();
}

int RawResult::status() const
{
    const QList<QByteArray> words = bytes.left(bytes.indexOf("\r\n")).split(' ');
    return words.size() > 1 ? words.at(1).toInt() : 0;
}

QByteArray RawResult::header(const QByteArray &name) const
{
    const QByteArray head = bytes.left(bytes.indexOf("\r\n\r\n"));
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray RawResult::body() const
{
    const qsizetype at = bytes.indexOf("\r\n\r\n");
    return at < 0 ? QByteArray() : bytes.mid(at + 4);
}

QList<WebhookSink::Hit> WebhookSink::to(const QString &path) const
{
    QList<Hit> out;
    for (const Hit &hit : hits) {
        if (hit.path == path)
            out.append(hit);
    }
    return out;
}

bool WebhookSink::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    hits.append({request.url().path(), request.url().query(QUrl::FullyEncoded),
                 request.value(QByteArrayLiteral("x-twilio-signature")),
                 request.value(QByteArrayLiteral("content-type")), parseForm(request.body())});
    const QByteArray body = QByteArrayLiteral("<Response/>");
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " + QByteArray::number(body.size())
                  + "\r\n\r\n" + body);
    return true;
}

SandboxHarness::SandboxHarness() = default;

SandboxHarness::~SandboxHarness()
{
    stop();
}

void SandboxHarness::stop()
{
    m_nam.reset();
    m_server.reset();
}

bool SandboxHarness::start()
{
    m_server = std::make_unique<SandboxServer>();
    m_server->setMessageTimings(20, 60);
    if (m_server->start() == 0)
        return false;
    m_base = m_server->baseUrl().toString();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
    return m_base.startsWith(QLatin1String("http://127.0.0.1:"));
}

HttpResult SandboxHarness::http(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                                const QByteArray &authorization, const QByteArray &contentType)
{
    QNetworkRequest request(QUrl(m_base + pathAndQuery));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->error();
    r.json = QJsonDocument::fromJson(r.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return r;
}

RawResult SandboxHarness::raw(const QByteArray &verb, const QString &path, const QByteArray &body, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    RawResult r;
    if (!socket.waitForConnected(3000))
        return r;
    QByteArray request = verb + ' ' + path.toUtf8()
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + basic(kDemoSid, kToken) + "\r\nConnection: close\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/x-www-form-urlencoded\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    QElapsedTimer clock;
    clock.start();
    socket.write(request);
    // The server runs in this thread: spin the event loop rather than block in waitFor*.
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { r.bytes += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    r.bytes += socket.readAll();
    r.closed = socket.state() != QAbstractSocket::ConnectedState;
    r.elapsedMs = clock.elapsed();
    return r;
}

QJsonArray SandboxHarness::listAll(const QString &firstPage, const char *key, int *pages)
{
    QJsonArray all;
    QString next = firstPage;
    *pages = 0;
    while (!next.isEmpty() && *pages < 50) {
        const HttpResult r = get(next);
        if (r.status != 200)
            break;
        ++*pages;
        for (const QJsonValue &v : r.json.value(QLatin1String(key)).toArray())
            all.append(v);
        next = r.json.value(QLatin1String("next_page_uri")).toString();
    }
    return all;
}

HttpResult SandboxHarness::control(const QByteArray &verb, const QString &path, const QByteArray &json)
{
    return http(verb, path, json, {}, QByteArrayLiteral("application/json"));
}

QJsonObject SandboxHarness::fetchCall(const QString &sid)
{
    return get(accountPath(QStringLiteral("/Calls/%1.json").arg(sid))).json;
}

QJsonArray SandboxHarness::childLegs(const QString &parentSid)
{
    const QJsonArray newestFirst = get(accountPath(QStringLiteral("/Calls.json?ParentCallSid=") + parentSid))
                                       .json.value(QLatin1String("calls"))
                                       .toArray();
    QJsonArray legs;
    for (qsizetype i = newestFirst.size() - 1; i >= 0; --i)
        legs.append(newestFirst.at(i));
    return legs;
}

SandboxServer::PlacedCall SandboxHarness::placed(const QString &from, SandboxServer::PlacedCall::Outcome outcome,
                                                 SandboxServer::PlacedCall::Wiring wiring, int ringMs)
{
    SandboxServer::PlacedCall call;
    call.from = from;
    call.outcome = outcome;
    call.wiring = wiring;
    call.ringMs = ringMs;
    call.talkSeconds = 1;
    return call;
}

QList<Message> SandboxHarness::inboundFrom(const QString &number) const
{
    QList<Message> out;
    for (const Message &m : m_server->messages()) {
        if (m.isInbound() && m.from == number)
            out.prepend(m); // oldest first
    }
    return out;
}

} // namespace Rebound::Test
