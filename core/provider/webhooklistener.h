#pragma once

#include "twiliosignature.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QUrl>

namespace Rebound::Core {

// Receives Twilio's webhooks on a local port:
//   POST /voice/status  call-status and <Dial> action callbacks
//   POST /sms           incoming messages
//   POST /sms/status    delivery status of the messages sent with it as StatusCallback
// Each request's X-Twilio-Signature is checked against the public URL the
// provider was told to call (publicUrl + route + query); anything unsigned
// or forged gets 403 and is not passed on.
class WebhookListener final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookListener)

public:
    using Params = QHash<QString, QString>;

    // `publicUrl` is what the provider calls, e.g. https://abc.example.net/hooks;
    // the routes are appended to it.
    WebhookListener(QUrl publicUrl, QString authToken, QObject *parent = nullptr);
    ~WebhookListener() override;

    quint16 start(const QHostAddress &address, quint16 port); // the bound port, 0 on failure
    quint16 port() const { return m_port; }
    QUrl publicUrl() const { return m_publicUrl; }
    QUrl voiceStatusUrl() const;
    QUrl smsUrl() const;
    QUrl smsStatusUrl() const;

Q_SIGNALS:
    void callStatusReceived(const Rebound::Core::WebhookListener::Params &params);
    void messageReceived(const Rebound::Core::WebhookListener::Params &params);
    void messageStatusReceived(const Rebound::Core::WebhookListener::Params &params);
    void requestRejected(const QString &path, const QString &reason);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QString publicBase() const; // the public URL without query, fragment or trailing slash
    QString routeFor(const QString &path) const; // the route a local path serves, empty if none

    QUrl m_publicUrl;
    QString m_authToken;
    quint16 m_port = 0;
};

} // namespace Rebound::Core
