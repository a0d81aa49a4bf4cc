#include "provider/twiliosignature.h"
#include "provider/webhooklistener.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using Rebound::Core::WebhookListener;
namespace Sig = Rebound::Core::TwilioSignature;

namespace {

const QString AuthToken = QStringLiteral("tok_5b1e0c9a7d3f4e2a8c6b");
const QString PublicUrl = QStringLiteral("https://hooks.example.com/rebound");
const QByteArray EmptyTwiml = QByteArrayLiteral(R"(<?xml version="1.0" encoding="UTF-8"?><Response/>)");

struct Reply
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

QByteArray encodeForm(const Sig::FormParams &params)
{
    // As Twilio posts: percent-encoding, with spaces as '+' (so a literal '+' is %2B).
    QByteArray body;
    for (const auto &[name, value] : params) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name, " ").replace(' ', '+') + '='
            + QUrl::toPercentEncoding(value, " ").replace(' ', '+');
    }
    return body;
}

Sig::FormParams smsParams(const QString &body = QStringLiteral("Hi, my water heater is leaking & it's urgent!"))
{
    return {
        {QStringLiteral("MessageSid"), QStringLiteral("SM0123456789abcdef0123456789abcdef")},
        {QStringLiteral("SmsSid"), QStringLiteral("SM0123456789abcdef0123456789abcdef")},
        {QStringLiteral("AccountSid"), QStringLiteral("AC0123456789abcdef0123456789abcdef")},
        {QStringLiteral("From"), QStringLiteral("+15125550123")},
        {QStringLiteral("To"), QStringLiteral("+18135550142")},
        {QStringLiteral("Body"), body},
        {QStringLiteral("NumMedia"), QStringLiteral("0")},
        {QStringLiteral("FromCity"), QStringLiteral("AUSTIN")},
    };
}

Sig::FormParams callStatusParams()
{
    return {
        {QStringLiteral("CallSid"), QStringLiteral("CA0123456789abcdef0123456789abcdef")},
        {QStringLiteral("AccountSid"), QStringLiteral("AC0123456789abcdef0123456789abcdef")},
        {QStringLiteral("From"), QStringLiteral("+15125550123")},
        {QStringLiteral("To"), QStringLiteral("+18135550142")},
        {QStringLiteral("CallStatus"), QStringLiteral("no-answer")},
        {QStringLiteral("Direction"), QStringLiteral("inbound")},
        {QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01")},
        {QStringLiteral("Timestamp"), QStringLiteral("Fri, 13 Aug 2010 01:16:24 +0000")},
    };
}

Sig::FormParams messageStatusParams()
{
    return {
        {QStringLiteral("MessageSid"), QStringLiteral("SM0123456789abcdef0123456789abcdef")},
        {QStringLiteral("SmsSid"), QStringLiteral("SM0123456789abcdef0123456789abcdef")},
        {QStringLiteral("AccountSid"), QStringLiteral("AC0123456789abcdef0123456789abcdef")},
        {QStringLiteral("From"), QStringLiteral("+18135550142")},
        {QStringLiteral("To"), QStringLiteral("+15125550123")},
        {QStringLiteral("MessageStatus"), QStringLiteral("undelivered")},
        {QStringLiteral("SmsStatus"), QStringLiteral("undelivered")},
        {QStringLiteral("ErrorCode"), QStringLiteral("30006")},
        {QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01")},
    };
}

WebhookListener::Params toHash(const Sig::FormParams &params)
{
    WebhookListener::Params hash;
    for (const auto &[name, value] : params)
        hash.insert(name, value);
    return hash;
}

// Everything logged while the test runs, to prove the token never appears.
QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&logMutex);
        logLines.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestWebhookListener final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void urls_routesAppendedToPublicUrl_data();
    void urls_routesAppendedToPublicUrl();
    void start_returnsBoundPort();
    void start_portInUseReturnsZero();
    void sms_signedRequestAcceptedAndEmitted();
    void voiceStatus_signedRequestAcceptedAndEmitted();
    void smsStatus_signedRequestAcceptedAndEmitted();
    void smsStatus_signatureForSmsRouteRejected();
    void sms_queryStringIsPartOfSignedUrl();
    void sms_prefixedLocalPathAccepted();
    void sms_signatureWithDefaultPortAccepted();
    void sms_forgedSignatureRejected();
    void sms_missingSignatureRejected();
    void sms_signatureOverLocalUrlRejected();
    void sms_signatureForOtherRouteRejected();
    void voiceStatus_signatureForSmsRouteRejected();
    void sms_tamperedBodyRejected();
    void sms_wrongTokenRejected();
    void sms_getRejected();
    void unknownPath_notFound_data();
    void unknownPath_notFound();
    void sms_longBodySurvivesIntact();
    void sms_oversizedBodyRejected();
    void hugeAnnouncedBody_refusedBeforeItIsSent();
    void keepAlive_twoRequestsOnOneConnection();
    void log_neverContainsAuthToken();

private:
    QString publicSmsUrl() const { return PublicUrl + QStringLiteral("/sms"); }
    QString publicVoiceUrl() const { return PublicUrl + QStringLiteral("/voice/status"); }
    QUrl localUrl(const QString &pathAndQuery) const;
    Reply send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
               const QByteArray &signature);
    Reply postSigned(const QString &pathAndQuery, const Sig::FormParams &params, const QString &signedUrl);

    std::unique_ptr<WebhookListener> m_listener;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QSignalSpy> m_messages;
    std::unique_ptr<QSignalSpy> m_callStatuses;
    std::unique_ptr<QSignalSpy> m_messageStatuses;
    std::unique_ptr<QSignalSpy> m_rejections;
    quint16 m_port = 0;
};

void TestWebhookListener::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("rebound.*=true"));
    previousHandler = qInstallMessageHandler(captureMessage);
}

void TestWebhookListener::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
}

void TestWebhookListener::init()
{
    m_listener = std::make_unique<WebhookListener>(QUrl(PublicUrl), AuthToken);
    m_port = m_listener->start(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_messages = std::make_unique<QSignalSpy>(m_listener.get(), &WebhookListener::messageReceived);
    m_callStatuses = std::make_unique<QSignalSpy>(m_listener.get(), &WebhookListener::callStatusReceived);
    m_messageStatuses = std::make_unique<QSignalSpy>(m_listener.get(), &WebhookListener::messageStatusReceived);
    m_rejections = std::make_unique<QSignalSpy>(m_listener.get(), &WebhookListener::requestRejected);
}

void TestWebhookListener::cleanup()
{
    m_messages.reset();
    m_callStatuses.reset();
    m_messageStatuses.reset();
    m_rejections.reset();
    m_network.reset();
    m_listener.reset();
}

QUrl TestWebhookListener::localUrl(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
}

Reply TestWebhookListener::send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                                const QByteArray &signature)
{
    QNetworkRequest request(localUrl(pathAndQuery));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("TwilioProxy/1.1"));
    if (!signature.isNull())
        request.setRawHeader(QByteArrayLiteral("X-Twilio-Signature"), signature);
    std::unique_ptr<QNetworkReply> reply(m_network->sendCustomRequest(request, verb, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10'000))
        return {};
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->rawHeader(QByteArrayLiteral("Content-Type"));
    result.body = reply->readAll();
    return result;
}

Reply TestWebhookListener::postSigned(const QString &pathAndQuery, const Sig::FormParams &params,
                                      const QString &signedUrl)
{
    return send(QByteArrayLiteral("POST"), pathAndQuery, encodeForm(params),
                Sig::compute(AuthToken, signedUrl, params));
}

void TestWebhookListener::urls_routesAppendedToPublicUrl_data()
{
    QTest::addColumn<QString>("publicUrl");
    QTest::addColumn<QString>("sms");
    QTest::addColumn<QString>("voice");
    QTest::newRow("prefix") << PublicUrl << QStringLiteral("https://hooks.example.com/rebound/sms")
                            << QStringLiteral("https://hooks.example.com/rebound/voice/status");
    QTest::newRow("prefix with slash") << QStringLiteral("https://abc.ngrok.app/hooks/")
                                       << QStringLiteral("https://abc.ngrok.app/hooks/sms")
                                       << QStringLiteral("https://abc.ngrok.app/hooks/voice/status");
    QTest::newRow("host only") << QStringLiteral("https://abc.ngrok.app") << QStringLiteral("https://abc.ngrok.app/sms")
                               << QStringLiteral("https://abc.ngrok.app/voice/status");
    QTest::newRow("root slash") << QStringLiteral("https://abc.ngrok.app/")
                                << QStringLiteral("https://abc.ngrok.app/sms")
                                << QStringLiteral("https://abc.ngrok.app/voice/status");
    QTest::newRow("port") << QStringLiteral("http://203.0.113.7:8080/x")
                          << QStringLiteral("http://203.0.113.7:8080/x/sms")
                          << QStringLiteral("http://203.0.113.7:8080/x/voice/status");
}

void TestWebhookListener::urls_routesAppendedToPublicUrl()
{
    QFETCH(QString, publicUrl);
    QFETCH(QString, sms);
    QFETCH(QString, voice);
    const WebhookListener listener(QUrl(publicUrl), AuthToken);
    QCOMPARE(listener.publicUrl(), QUrl(publicUrl));
    QCOMPARE(listener.smsUrl().toString(), sms);
    QCOMPARE(listener.voiceStatusUrl().toString(), voice);
}

void TestWebhookListener::start_returnsBoundPort()
{
    QCOMPARE(m_listener->port(), m_port);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("already listening")));
    QCOMPARE(m_listener->start(QHostAddress::LocalHost, 0), m_port); // already listening: same port
}

void TestWebhookListener::start_portInUseReturnsZero()
{
    WebhookListener second(QUrl(PublicUrl), AuthToken);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not listen")));
    QCOMPARE(second.start(QHostAddress::LocalHost, m_port), quint16(0));
    QCOMPARE(second.port(), quint16(0));
}

void TestWebhookListener::sms_signedRequestAcceptedAndEmitted()
{
    const Sig::FormParams params = smsParams(QStringLiteral("¿Pueden venir hoy? 50% off + free & fast = great"));
    const Reply reply = postSigned(QStringLiteral("/sms"), params, publicSmsUrl());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.contentType, QByteArrayLiteral("text/xml"));
    QCOMPARE(reply.body, EmptyTwiml);
    QCOMPARE(m_messages->count(), 1);
    QCOMPARE(m_messages->at(0).at(0).value<WebhookListener::Params>(), toHash(params));
    QCOMPARE(m_callStatuses->count(), 0);
    QCOMPARE(m_rejections->count(), 0);
}

void TestWebhookListener::voiceStatus_signedRequestAcceptedAndEmitted()
{
    const Reply reply = postSigned(QStringLiteral("/voice/status"), callStatusParams(), publicVoiceUrl());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, EmptyTwiml);
    QCOMPARE(m_callStatuses->count(), 1);
    const auto params = m_callStatuses->at(0).at(0).value<WebhookListener::Params>();
    QCOMPARE(params, toHash(callStatusParams()));
    QCOMPARE(params.value(QStringLiteral("CallStatus")), QStringLiteral("no-answer"));
    QCOMPARE(params.value(QStringLiteral("From")), QStringLiteral("+15125550123"));
    QCOMPARE(m_messages->count(), 0);
    QCOMPARE(m_rejections->count(), 0);
}

void TestWebhookListener::smsStatus_signedRequestAcceptedAndEmitted()
{
    QCOMPARE(m_listener->smsStatusUrl().toString(), PublicUrl + QStringLiteral("/sms/status"));
    const Reply reply =
        postSigned(QStringLiteral("/sms/status"), messageStatusParams(), PublicUrl + QStringLiteral("/sms/status"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, EmptyTwiml);
    QCOMPARE(m_messageStatuses->count(), 1);
    QCOMPARE(m_messageStatuses->at(0).at(0).value<WebhookListener::Params>(), toHash(messageStatusParams()));
    // A delivery report is not a text from a caller.
    QCOMPARE(m_messages->count(), 0);
    QCOMPARE(m_callStatuses->count(), 0);
    QCOMPARE(m_rejections->count(), 0);
}

void TestWebhookListener::smsStatus_signatureForSmsRouteRejected()
{
    // A request signed for /sms, replayed to /sms/status, could forge a failed delivery.
    QCOMPARE(postSigned(QStringLiteral("/sms/status"), messageStatusParams(), publicSmsUrl()).status, 403);
    QCOMPARE(m_messageStatuses->count(), 0);
    QCOMPARE(m_rejections->count(), 1);
}

void TestWebhookListener::sms_queryStringIsPartOfSignedUrl()
{
    const QString query = QStringLiteral("?account=main&n=%2B1");
    QCOMPARE(postSigned(QStringLiteral("/sms") + query, smsParams(), publicSmsUrl() + query).status, 200);
    QCOMPARE(m_messages->count(), 1);

    // The same request signed without its query string is someone else's.
    QCOMPARE(postSigned(QStringLiteral("/sms") + query, smsParams(), publicSmsUrl()).status, 403);
    QCOMPARE(postSigned(QStringLiteral("/sms"), smsParams(), publicSmsUrl() + query).status, 403);
    QCOMPARE(m_messages->count(), 1);
    QCOMPARE(m_rejections->count(), 2);
}

void TestWebhookListener::sms_prefixedLocalPathAccepted()
{
    // A tunnel that forwards the public path unchanged.
    QCOMPARE(postSigned(QStringLiteral("/rebound/sms"), smsParams(), publicSmsUrl()).status, 200);
    QCOMPARE(postSigned(QStringLiteral("/rebound/voice/status"), callStatusParams(), publicVoiceUrl()).status, 200);
    QCOMPARE(m_messages->count(), 1);
    QCOMPARE(m_callStatuses->count(), 1);
}

void TestWebhookListener::sms_signatureWithDefaultPortAccepted()
{
    const QString withPort = QStringLiteral("https://hooks.example.com:443/rebound/sms");
    QCOMPARE(postSigned(QStringLiteral("/sms"), smsParams(), withPort).status, 200);
    QCOMPARE(m_messages->count(), 1);
}

void TestWebhookListener::sms_forgedSignatureRejected()
{
    const QByteArray body = encodeForm(smsParams());
    const Reply reply = send(QByteArrayLiteral("POST"), QStringLiteral("/sms"), body,
                             QByteArrayLiteral("RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.body, QByteArrayLiteral("Forbidden"));
    QCOMPARE(m_messages->count(), 0);
    QCOMPARE(m_callStatuses->count(), 0);
    QCOMPARE(m_rejections->count(), 1);
    QCOMPARE(m_rejections->at(0).at(0).toString(), QStringLiteral("/sms"));
    QVERIFY(!m_rejections->at(0).at(1).toString().isEmpty());
}

void TestWebhookListener::sms_missingSignatureRejected()
{
    const QByteArray body = encodeForm(smsParams());
    QCOMPARE(send(QByteArrayLiteral("POST"), QStringLiteral("/sms"), body, QByteArray()).status, 403);
    QCOMPARE(send(QByteArrayLiteral("POST"), QStringLiteral("/sms"), body, QByteArrayLiteral("")).status, 403);
    QCOMPARE(
        send(QByteArrayLiteral("POST"), QStringLiteral("/voice/status"), encodeForm(callStatusParams()), QByteArray())
            .status,
        403);
    QCOMPARE(m_messages->count(), 0);
    QCOMPARE(m_callStatuses->count(), 0);
    QCOMPARE(m_rejections->count(), 3);
}

void TestWebhookListener::sms_signatureOverLocalUrlRejected()
{
    // Twilio signs the public URL; a signature over the loopback URL cannot be Twilio's.
    QCOMPARE(postSigned(QStringLiteral("/sms"), smsParams(), localUrl(QStringLiteral("/sms")).toString()).status, 403);
    QCOMPARE(m_messages->count(), 0);
    QCOMPARE(m_rejections->count(), 1);
}

void TestWebhookListener::sms_signatureForOtherRouteRejected()
{
    QCOMPARE(postSigned(QStringLiteral("/sms"), smsParams(), publicVoiceUrl()).status, 403);
    QCOMPARE(m_messages->count(), 0);
    QCOMPARE(m_callStatuses->count(), 0);
    QCOMPARE(m_rejections->count(), 1);
}

void TestWebhookListener::voiceStatus_signatureForSmsRouteRejected()
{
    QCOMPARE(postSigned(QStringLiteral("/voice/status"), callStatusParams(), publicSmsUrl()).status, 403);
    QCOMPARE(m_callStatuses->count(), 0);
    QCOMPARE(m_rejections->count(), 1);
    QCOMPARE(m_rejections->at(0).at(0).toString(), QStringLiteral("/voice/status"));
}

void TestWebhookListener::sms_tamperedBodyRejected()
{
    const Sig::FormParams params = smsParams();
    const QByteArray signature = Sig::compute(AuthToken, publicSmsUrl(), params);
    Sig::FormParams tampered = params;
    tampered[3].second = QStringLiteral("+15125550199");
    QCOMPARE(send(QByteArrayLiteral("POST"), QStringLiteral("/sms"), encodeForm(tampered), signature).status, 403);
    Sig::FormParams extended = params;
    extended.append({QStringLiteral("Extra"), QStringLiteral("1")});
    QCOMPARE(send(QByteArrayLiteral("POST"), QStringLiteral("/sms"), encodeForm(extended), signature).status, 403);
    QCOMPARE(m_messages->count(), 0);
    QCOMPARE(m_rejections->count(), 2);
}

void TestWebhookListener::sms_wrongTokenRejected()
{
    const Sig::FormParams params = smsParams();
    const QByteArray signature = Sig::compute(QStringLiteral("another-token"), publicSmsUrl(), params);
    QCOMPARE(send(QByteArrayLiteral("POST"), QStringLiteral("/sms"), encodeForm(params), signature).status, 403);
    QCOMPARE(m_messages->count(), 0);
}

void TestWebhookListener::sms_getRejected()
{
    // Even a correctly signed GET (Twilio can be told to use GET) is not a route we serve.
    const Sig::FormParams params = smsParams();
    const QString query = u'?' + QString::fromLatin1(encodeForm(params));
    const QByteArray signature = Sig::compute(AuthToken, publicSmsUrl() + query, {});
    const Reply reply = send(QByteArrayLiteral("GET"), QStringLiteral("/sms") + query, QByteArray(), signature);
    QVERIFY2(reply.status == 403 || reply.status == 405, qPrintable(QString::number(reply.status)));
    QCOMPARE(send(QByteArrayLiteral("PUT"), QStringLiteral("/sms"), encodeForm(params),
                  Sig::compute(AuthToken, publicSmsUrl(), params))
                 .status,
             403);
    QCOMPARE(m_messages->count(), 0);
    QCOMPARE(m_rejections->count(), 2);
}

void TestWebhookListener::unknownPath_notFound_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("root") << QStringLiteral("/");
    QTest::newRow("other") << QStringLiteral("/voice");
    QTest::newRow("suffix") << QStringLiteral("/smsx");
    QTest::newRow("trailing slash") << QStringLiteral("/sms/");
    QTest::newRow("deeper") << QStringLiteral("/sms/extra");
    QTest::newRow("wrong prefix") << QStringLiteral("/other/sms");
    QTest::newRow("traversal") << QStringLiteral("/../sms/..");
}

void TestWebhookListener::unknownPath_notFound()
{
    QFETCH(QString, path);
    const Reply reply = postSigned(path, smsParams(), PublicUrl + path);
    QCOMPARE(reply.status, 404);
    QCOMPARE(m_messages->count(), 0);
    QCOMPARE(m_callStatuses->count(), 0);
}

void TestWebhookListener::sms_longBodySurvivesIntact()
{
    QString text;
    const QString pattern = QStringLiteral("Leak under sink + water heater 50% full & más daño = €? 😀\r\n");
    while (text.size() < 3000)
        text += pattern;
    text.truncate(3000);
    if (text.back().isHighSurrogate())
        text.back() = u'x';
    QCOMPARE(text.size(), 3000);

    const Sig::FormParams params = smsParams(text);
    QCOMPARE(postSigned(QStringLiteral("/sms"), params, publicSmsUrl()).status, 200);
    QCOMPARE(m_messages->count(), 1);
    QCOMPARE(m_messages->at(0).at(0).value<WebhookListener::Params>().value(QStringLiteral("Body")), text);
}

void TestWebhookListener::sms_oversizedBodyRejected()
{
    const Sig::FormParams params = smsParams(QString(70 * 1024, u'a'));
    const Reply reply = postSigned(QStringLiteral("/sms"), params, publicSmsUrl());
    QCOMPARE(reply.status, 413);
    QCOMPARE(m_messages->count(), 0);

    // Just under the limit is fine.
    const Sig::FormParams fits = smsParams(QString(60 * 1024, u'a'));
    QCOMPARE(postSigned(QStringLiteral("/sms"), fits, publicSmsUrl()).status, 200);
    QCOMPARE(m_messages->count(), 1);
}

void TestWebhookListener::hugeAnnouncedBody_refusedBeforeItIsSent()
{
    // 50 MB announced, 1 KB sent: the answer must come without the rest,
    // so the listener never holds a body it would refuse anyway.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
    socket.write("POST /sms HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                 "X-Twilio-Signature: AAAA\r\nContent-Length: 52428800\r\n\r\n");
    socket.write(QByteArray(1024, 'a'));
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).contains("\r\n\r\n"), 5000);
    QVERIFY2(received.startsWith("HTTP/1.1 413"), received.constData());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(m_messages->count(), 0);

    // A request whose headers never end is not buffered without limit either.
    QTcpSocket endless;
    endless.connectToHost(QHostAddress::LocalHost, m_port);
    QTRY_COMPARE_WITH_TIMEOUT(endless.state(), QAbstractSocket::ConnectedState, 5000);
    endless.write("POST /sms HTTP/1.1\r\n");
    for (int i = 0; i < 40; ++i)
        endless.write("X-Padding: " + QByteArray(1000, 'b') + "\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += endless.readAll()).contains("\r\n\r\n"), 5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.constData());
}

void TestWebhookListener::keepAlive_twoRequestsOnOneConnection()
{
    // Before the socket: its destructor still reports the disconnect.
    int disconnects = 0;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
    connect(&socket, &QTcpSocket::disconnected, this, [&disconnects] { ++disconnects; });

    QByteArray received;
    // The length of the first complete response (headers + Content-Length
    // bytes) in the buffer, 0 while it is still incomplete.
    const auto completeResponseLength = [&socket, &received]() -> qsizetype {
        received += socket.readAll();
        const qsizetype headerEnd = received.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return 0;
        qsizetype length = 0;
        for (const QByteArray &line : received.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        return received.size() < headerEnd + 4 + length ? 0 : headerEnd + 4 + length;
    };

    const Sig::FormParams first = smsParams(QStringLiteral("first"));
    const Sig::FormParams second = callStatusParams();
    const struct
    {
        QByteArray path;
        Sig::FormParams params;
        QString signedUrl;
    } requests[] = {{"/sms", first, publicSmsUrl()}, {"/voice/status", second, publicVoiceUrl()}};

    for (const auto &request : requests) {
        const QByteArray body = encodeForm(request.params);
        socket.write("POST " + request.path
                     + " HTTP/1.1\r\n"
                       "Host: 127.0.0.1\r\n"
                       "Connection: keep-alive\r\n"
                       "Content-Type: application/x-www-form-urlencoded\r\n"
                       "X-Twilio-Signature: "
                     + Sig::compute(AuthToken, request.signedUrl, request.params)
                     + "\r\n"
                       "Content-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_VERIFY_WITH_TIMEOUT(completeResponseLength() > 0, 5000);
        const QByteArray response = received.left(completeResponseLength());
        received.remove(0, response.size());
        QVERIFY2(response.startsWith("HTTP/1.1 200"), response.constData());
        QVERIFY(response.endsWith(EmptyTwiml));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }
    QCOMPARE(disconnects, 0);
    QCOMPARE(m_messages->count(), 1);
    QCOMPARE(m_callStatuses->count(), 1);
    QCOMPARE(m_messages->at(0).at(0).value<WebhookListener::Params>().value(QStringLiteral("Body")),
             QStringLiteral("first"));
}

void TestWebhookListener::log_neverContainsAuthToken()
{
    QCOMPARE(postSigned(QStringLiteral("/sms"), smsParams(), publicSmsUrl()).status, 200);
    QCOMPARE(send(QByteArrayLiteral("POST"), QStringLiteral("/sms"), encodeForm(smsParams()), "forged").status, 403);
    QCOMPARE(send(QByteArrayLiteral("GET"), QStringLiteral("/voice/status"), QByteArray(), QByteArray()).status, 403);
    QMutexLocker locker(&logMutex);
    QVERIFY(!logLines.isEmpty()); // the rejections were logged
    for (const QString &line : std::as_const(logLines))
        QVERIFY2(!line.contains(AuthToken), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestWebhookListener)
#include "tst_webhooklistener.moc"
