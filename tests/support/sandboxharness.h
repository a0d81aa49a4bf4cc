#pragma once

#include "sandbox/sandboxserver.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>

#include <memory>

class QNetworkAccessManager;

namespace Rebound::Test {

// What the sandbox's own suites share: a server on loopback in the test's
// thread, plain HTTP against it (Qt's client and a raw socket), and a
// webhook receiver. Written independently of the code under test.

using Params = QList<QPair<QString, QString>>;

inline const QString kDemoSid = QString::fromLatin1(Core::SandboxServer::demoAccountSid);
inline const QString kToken = QString::fromLatin1(Core::SandboxServer::demoAuthToken);
inline const QString kBusiness = QString::fromLatin1(Core::SandboxServer::demoBusinessNumber);

QByteArray basic(const QString &user, const QString &secret);
QString accountPath(const QString &rest = {}, const QString &sid = kDemoSid);
QByteArray form(const Params &params);
// Decodes a form body on its own, so the test does not lean on the code under test.
Params parseForm(const QByteArray &body);
QString value(const Params &params, const char *name);
bool has(const Params &params, const char *name);
// An RFC 7231 Date header ("Sun, 06 Nov 1994 08:49:37 GMT") as UTC; invalid when it is not one.
QDateTime parseHttpDate(const QByteArray &value);
// Twilio's algorithm written out again: Base64(HMAC-SHA1(token, url + sorted name+value)).
QByteArray referenceSignature(const QString &token, const QString &url, Params params);

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

struct RawResult
{
    QByteArray bytes;
    bool closed = false;
    qint64 elapsedMs = 0;

    int status() const;
    QByteArray header(const QByteArray &name) const;
    QByteArray body() const;
};

// Receives webhooks the way an app's listener would, and remembers them.
class WebhookSink final : public QAbstractHttpServer
{
public:
    struct Hit
    {
        QString path;
        QString query;
        QByteArray signature;
        QByteArray contentType;
        Params params;
    };
    QList<Hit> hits;

    // The hits to `path`, in arrival order.
    QList<Hit> to(const QString &path) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }
};

// A test class derives from it (after QObject) and calls start() in init() and stop() in cleanup().
class SandboxHarness
{
public:
    SandboxHarness();
    ~SandboxHarness();
    SandboxHarness(const SandboxHarness &) = delete;
    SandboxHarness &operator=(const SandboxHarness &) = delete;

    // A fresh server listening on loopback with fast message timings; false when it cannot listen.
    bool start();
    void stop();
    Core::SandboxServer &server() { return *m_server; }

    HttpResult http(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
                    const QByteArray &authorization = basic(kDemoSid, kToken),
                    const QByteArray &contentType = QByteArrayLiteral("application/x-www-form-urlencoded"));
    HttpResult get(const QString &pathAndQuery) { return http("GET", pathAndQuery); }
    HttpResult postForm(const QString &path, const Params &params) { return http("POST", path, form(params)); }
    // A control API call with a JSON body.
    HttpResult control(const QByteArray &verb, const QString &path, const QByteArray &json = {});
    RawResult raw(const QByteArray &verb, const QString &path, const QByteArray &body = {}, int timeoutMs = 5000);
    QJsonArray listAll(const QString &firstPage, const char *key, int *pages);
    // The call's JSON as the REST API answers it.
    QJsonObject fetchCall(const QString &sid);
    // The <Dial> legs of a parent call, oldest first.
    QJsonArray childLegs(const QString &parentSid);
    // Inbound texts from `number`, oldest first.
    QList<Core::Message> inboundFrom(const QString &number) const;

    static Core::SandboxServer::PlacedCall placed(const QString &from, Core::SandboxServer::PlacedCall::Outcome outcome,
                                                  Core::SandboxServer::PlacedCall::Wiring wiring, int ringMs = 30);

private:
    std::unique_ptr<Core::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_base;
};

} // namespace Rebound::Test
