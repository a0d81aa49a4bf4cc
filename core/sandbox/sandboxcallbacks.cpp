#include "sandboxworld.h"

#include "../provider/twiliojson.h"
#include "../provider/twiliosignature.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <QUuid>

namespace Rebound::Core {

using namespace Sandbox;

namespace {

QString durationText(int seconds)
{
    return seconds >= 0 ? QString::number(seconds) : QStringLiteral("0");
}

} // namespace

void SandboxServer::World::postWebhook(const QString &url, const Params &params, const QString &token)
{
    const QUrl target(url);
    if (!target.isValid() || (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https"))) {
        qCWarning(lcSandbox) << "not posting a webhook to an unusable URL" << url;
        return;
    }
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("TwilioProxy/1.1"));
    request.setRawHeader("X-Twilio-Signature", TwilioSignature::compute(token, url, params));
    request.setRawHeader("I-Twilio-Idempotency-Token", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    request.setTransferTimeout(15000);
    const QByteArray body = formEncode(params);
    const auto post = [manager = QPointer<QNetworkAccessManager>(q->m_webhooks), request, body, url] {
        if (!manager)
            return;
        QNetworkReply *reply = manager->post(request, body);
        // Twilio's own retries are out of scope: a failed webhook is only logged.
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, url] {
            if (reply->error() != QNetworkReply::NoError)
                qCInfo(lcSandbox) << "webhook to" << url << "failed:" << reply->errorString();
            reply->deleteLater();
        });
    };
    if (const int delayMs = q->takeWebhookDelayMs(url); delayMs > 0)
        QTimer::singleShot(delayMs, q->m_webhooks, post);
    else
        post();
}

// Twilio asks only for the completed event when no StatusCallbackEvent is set,
// which is how numbers and <Number> nouns are configured here.
void SandboxServer::World::postCallStatus(AccountState &acc, const Call &c)
{
    // The number's StatusCallback is for the calls made to that number; a
    // dialled leg reports to its own <Number statusCallback>, if it has one.
    QString url;
    if (!c.parentCallSid.isEmpty()) {
        url = acc.callCallbacks.value(c.sid);
    } else if (c.isInbound()) {
        if (const IncomingNumber *n = number(acc, c.to))
            url = n->statusCallback;
    }
    if (url.isEmpty())
        return;
    const int sequence = acc.sequence.value(c.sid, 0);
    acc.sequence.insert(c.sid, sequence + 1);
    Params p{
        {QStringLiteral("CallSid"), c.sid},
        {QStringLiteral("AccountSid"), c.accountSid},
        {QStringLiteral("From"), c.from},
        {QStringLiteral("Caller"), c.from},
        {QStringLiteral("To"), c.to},
        {QStringLiteral("Called"), c.to},
        {QStringLiteral("CallStatus"), toString(c.status)},
        {QStringLiteral("Direction"), c.direction},
        {QStringLiteral("ApiVersion"), apiVersion()},
        {QStringLiteral("CallDuration"), durationText(c.durationSeconds)},
        {QStringLiteral("Timestamp"), TwilioJson::formatDate(now())},
        {QStringLiteral("CallbackSource"), QStringLiteral("call-progress-events")},
        {QStringLiteral("SequenceNumber"), QString::number(sequence)},
    };
    if (!c.parentCallSid.isEmpty())
        p.append({QStringLiteral("ParentCallSid"), c.parentCallSid});
    if (!c.answeredBy.isEmpty())
        p.append({QStringLiteral("AnsweredBy"), c.answeredBy});
    if (!c.forwardedFrom.isEmpty())
        p.append({QStringLiteral("ForwardedFrom"), c.forwardedFrom});
    postWebhook(url, p, acc.data.authToken);
}

// The <Dial action> request: the parent call's parameters plus the dialled leg's result.
void SandboxServer::World::postDialAction(AccountState &acc, const Call &parent, const Call &leg, const QString &url)
{
    const Params p{
        {QStringLiteral("CallSid"), parent.sid},
        {QStringLiteral("AccountSid"), parent.accountSid},
        {QStringLiteral("From"), parent.from},
        {QStringLiteral("Caller"), parent.from},
        {QStringLiteral("To"), parent.to},
        {QStringLiteral("Called"), parent.to},
        {QStringLiteral("CallStatus"), toString(parent.status)},
        {QStringLiteral("Direction"), parent.direction},
        {QStringLiteral("ApiVersion"), apiVersion()},
        {QStringLiteral("DialCallStatus"), toString(leg.status)},
        {QStringLiteral("DialCallSid"), leg.sid},
        {QStringLiteral("DialCallDuration"), durationText(leg.durationSeconds)},
        // Bridged: the dialled phone answered (a person or its voicemail) and the caller was connected.
        {QStringLiteral("DialBridged"), boolText(leg.status == CallStatus::Completed)},
    };
    postWebhook(url, p, acc.data.authToken);
}

void SandboxServer::World::postIncomingSms(AccountState &acc, const Message &m)
{
    const IncomingNumber *n = number(acc, m.to);
    if (!n || n->smsUrl.isEmpty())
        return;
    const Params p{
        {QStringLiteral("MessageSid"), m.sid},
        {QStringLiteral("SmsSid"), m.sid},
        {QStringLiteral("SmsMessageSid"), m.sid},
        {QStringLiteral("AccountSid"), m.accountSid},
        {QStringLiteral("From"), m.from},
        {QStringLiteral("To"), m.to},
        {QStringLiteral("Body"), m.body},
        {QStringLiteral("NumMedia"), QStringLiteral("0")},
        {QStringLiteral("NumSegments"), QString::number(m.numSegments)},
        {QStringLiteral("SmsStatus"), QStringLiteral("received")},
        {QStringLiteral("ApiVersion"), apiVersion()},
    };
    postWebhook(n->smsUrl, p, acc.data.authToken);
}

void SandboxServer::World::postMessageStatus(AccountState &acc, const Message &m)
{
    const QString url = acc.messageCallbacks.value(m.sid);
    if (url.isEmpty())
        return;
    Params p{
        {QStringLiteral("MessageSid"), m.sid},
        {QStringLiteral("SmsSid"), m.sid},
        {QStringLiteral("AccountSid"), m.accountSid},
        {QStringLiteral("From"), m.from},
        {QStringLiteral("To"), m.to},
        {QStringLiteral("MessageStatus"), toString(m.status)},
        {QStringLiteral("SmsStatus"), toString(m.status)},
        {QStringLiteral("ApiVersion"), apiVersion()},
    };
    // What the carrier said of a text that did not arrive.
    if (m.errorCode)
        p.append({QStringLiteral("ErrorCode"), QString::number(*m.errorCode)});
    if (!m.messagingServiceSid.isEmpty())
        p.append({QStringLiteral("MessagingServiceSid"), m.messagingServiceSid});
    postWebhook(url, p, acc.data.authToken);
}

} // namespace Rebound::Core
