#include "sandboxthread.h"
#include "testprinters.h"

#include "provider/sentmessagefinder.h"
#include "provider/twilioclient.h"

#include <QElapsedTimer>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QtTest>

#include <thread>

using namespace Rebound::Core;
using Rebound::Test::SandboxThread;
using Fault = SandboxServer::Fault;

namespace {
Fault fault(Fault::Kind kind, const QByteArray &method = {}, const QString &path = {}, int count = 1)
{
    Fault f;
    f.kind = kind;
    f.method = method;
    f.pathContains = path;
    f.count = count;
    return f;
}

OutgoingMessage textTo(const QString &to, const QString &body = QStringLiteral("Sorry we missed your call!"))
{
    OutgoingMessage m;
    m.from = QString::fromLatin1(SandboxServer::demoBusinessNumber);
    m.to = to;
    m.body = body;
    return m;
}

// An HTTPS server on 127.0.0.1 with the test certificate (tests/data/tls/
// loopback.crt, self-signed for IP 127.0.0.1), answering every request with
// one account; counts the requests it could read.
class LoopbackTlsServer : public QObject
{
public:
    bool start()
    {
        QFile certFile(QStringLiteral(REBOUND_TEST_DATA_DIR "/tls/loopback.crt"));
        QFile keyFile(QStringLiteral(REBOUND_TEST_DATA_DIR "/tls/loopback.key"));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the client's side is what is tested
        m_server.setSslConfiguration(tls);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    int requests() const { return m_requests; }

    // Runs `work` (a blocking client) on its own thread while this one serves.
    template<typename Work> void serveWhile(Work work)
    {
        std::atomic_bool done = false;
        std::thread client([&] {
            work();
            done = true;
        });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        client.join();
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto *received = new QByteArray;
        connect(socket, &QObject::destroyed, socket, [received] { delete received; });
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
            *received += socket->readAll();
            if (!received->contains("\r\n\r\n"))
                return;
            ++m_requests;
            const QByteArray body = R"({"sid":"AC0","friendly_name":"Loopback","status":"active","type":"Full"})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QSslServer m_server;
    int m_requests = 0;
};

int countTo(const QList<Message> &messages, const QString &to)
{
    return int(std::count_if(messages.begin(), messages.end(), [&](const Message &m) { return m.to == to; }));
}
} // namespace

class TestTwilioClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchAccount_returnsTheDemoAccount()
    {
        SandboxThread sandbox;
        TwilioClient client(sandbox.config());
        const auto account = client.fetchAccount();
        QVERIFY2(account.ok(), qPrintable(account.ok() ? QString() : account.error().describe()));
        QCOMPARE(account.value().sid, QString::fromLatin1(SandboxServer::demoAccountSid));
        QVERIFY(account.value().isActive());
    }

    void listIncomingNumbers_returnsTheBusinessLine()
    {
        SandboxThread sandbox;
        TwilioClient client(sandbox.config());
        const auto numbers = client.listIncomingNumbers();
        QVERIFY(numbers.ok());
        QCOMPARE(numbers.value().size(), 1);
        QCOMPARE(numbers.value().constFirst().phoneNumber, QString::fromLatin1(SandboxServer::demoBusinessNumber));
        QVERIFY(numbers.value().constFirst().sms);
    }

    void apiKey_authenticatesLikeTheAccountSid()
    {
        SandboxThread sandbox;
        ProviderConfig config = sandbox.config();
        config.apiKeySid = QString::fromLatin1(SandboxServer::demoApiKeySid);
        TwilioClient client(config);
        QVERIFY(client.fetchAccount().ok());
    }

    void wrongToken_isAnAuthenticationErrorWithoutRetries()
    {
        SandboxThread sandbox;
        ProviderConfig config = sandbox.config();
        config.secret = QStringLiteral("wrong");
        TwilioClient client(config);
        const auto account = client.fetchAccount();
        QVERIFY(!account.ok());
        QCOMPARE(account.error().kind, ProviderError::Kind::Authentication);
        QCOMPARE(account.error().code, 20003);
        QCOMPARE(account.error().httpStatus, 401);
        QCOMPARE(client.requestCount(), 1);
    }

    void suspendedAccount_isReportedAsInactive()
    {
        SandboxThread sandbox;
        ProviderConfig config = sandbox.config();
        config.accountSid = QString::fromLatin1(SandboxServer::suspendedAccountSid);
        TwilioClient client(config);
        const auto account = client.fetchAccount();
        QVERIFY(account.ok());
        QCOMPARE(account.value().status, QStringLiteral("suspended"));
        const auto numbers = client.listIncomingNumbers();
        QVERIFY(!numbers.ok());
        QCOMPARE(numbers.error().kind, ProviderError::Kind::AccountInactive);
    }

    void listCalls_followsNextPageUriToTheEnd()
    {
        SandboxThread sandbox;
        for (int i = 0; i < 120; ++i) {
            SandboxServer::PlacedCall call;
            call.from = QStringLiteral("+1512555%1").arg(1000 + i);
            call.ringMs = 0;
            sandbox.placeCall(call);
        }
        TwilioClient client(sandbox.config());
        CallFilter filter;
        filter.to = QString::fromLatin1(SandboxServer::demoBusinessNumber);
        filter.pageSize = 50;
        int pages = 0;
        const auto calls = client.listCalls(filter, [&](const QList<Call> &) {
            ++pages;
            return true;
        });
        QVERIFY(calls.ok());
        QCOMPARE(pages, 3);
        QCOMPARE(calls.value().size(), 120);
        QSet<QString> sids;
        for (const Call &c : calls.value())
            sids.insert(c.sid);
        QCOMPARE(sids.size(), 120);
        // Newest first, as Twilio lists them.
        QVERIFY(calls.value().constFirst().dateCreated >= calls.value().constLast().dateCreated);
    }

    void listCalls_visitorStopsPaging()
    {
        SandboxThread sandbox;
        for (int i = 0; i < 60; ++i) {
            SandboxServer::PlacedCall call;
            call.from = QStringLiteral("+1512555%1").arg(2000 + i);
            sandbox.placeCall(call);
        }
        TwilioClient client(sandbox.config());
        CallFilter filter;
        filter.pageSize = 20;
        const auto calls = client.listCalls(filter, [](const QList<Call> &) { return false; });
        QVERIFY(calls.ok());
        QCOMPARE(calls.value().size(), 20);
        QCOMPARE(client.requestCount(), 1);
    }

    void listCalls_filtersByCallerAndEncodesThePlus()
    {
        SandboxThread sandbox;
        SandboxServer::PlacedCall a;
        a.from = QStringLiteral("+15125550111");
        SandboxServer::PlacedCall b;
        b.from = QStringLiteral("+15125550122");
        sandbox.placeCall(a);
        sandbox.placeCall(b);
        TwilioClient client(sandbox.config());
        CallFilter filter;
        filter.from = a.from;
        filter.startedOnOrAfter = QDate::currentDate().addDays(-1);
        const auto calls = client.listCalls(filter);
        QVERIFY(calls.ok());
        QCOMPARE(calls.value().size(), 1);
        QCOMPARE(calls.value().constFirst().from, a.from);
        const auto log = sandbox.requestLog();
        QVERIFY(log.constLast().path.contains(QStringLiteral("From=%2B15125550111")));
        QVERIFY(log.constLast().path.contains(QStringLiteral("StartTime%3E=")));
    }

    void dialWiring_childLegIsFoundByParentCallSid()
    {
        SandboxThread sandbox;
        SandboxServer::PlacedCall call;
        call.from = QStringLiteral("+15125550133");
        call.wiring = SandboxServer::PlacedCall::Wiring::Dial;
        call.ringMs = 50;
        const QString parent = sandbox.placeCall(call);
        TwilioClient client(sandbox.config());
        CallFilter filter;
        filter.parentCallSid = parent;
        QTRY_VERIFY_WITH_TIMEOUT(client.listCalls(filter).ok() && !client.listCalls(filter).value().isEmpty()
                                     && isTerminal(client.listCalls(filter).value().constFirst().status),
                                 5000);
        const Call child = client.listCalls(filter).value().constFirst();
        QCOMPARE(child.parentCallSid, parent);
        QCOMPARE(toString(child.status), toString(CallStatus::NoAnswer));
        const auto fetched = client.fetchCall(parent);
        QVERIFY(fetched.ok());
        QVERIFY(fetched.value().isInbound());
    }

    void fetchCall_unknownSidIsNotFound()
    {
        SandboxThread sandbox;
        TwilioClient client(sandbox.config());
        const auto call = client.fetchCall(QStringLiteral("CA00000000000000000000000000000000"));
        QVERIFY(!call.ok());
        QCOMPARE(call.error().kind, ProviderError::Kind::NotFound);
        QCOMPARE(call.error().code, 20404);
    }

    void createMessage_returnsTheQueuedMessage()
    {
        SandboxThread sandbox;
        TwilioClient client(sandbox.config());
        const auto sent = client.createMessage(textTo(QStringLiteral("+15125550144"), QStringLiteral("Hola 👋")));
        QVERIFY(sent.ok());
        QVERIFY(sent.value().sid.startsWith(QStringLiteral("SM")));
        QCOMPARE(toString(sent.value().status), toString(MessageStatus::Queued));
        QCOMPARE(toString(sent.value().direction), toString(MessageDirection::OutboundApi));
        QCOMPARE(sent.value().body, QStringLiteral("Hola 👋"));
        QCOMPARE(sent.value().numSegments, 1);
        const auto listed = client.listMessages(MessageFilter{QStringLiteral("+15125550144"), {}, {}, {}, 50, 0});
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().constFirst().sid, sent.value().sid);
    }

    void createMessage_optedOutRecipientIs21610AndNotRetried()
    {
        SandboxThread sandbox;
        sandbox.run([](SandboxServer &s) {
            s.receiveText(QStringLiteral("+15125550155"), QString::fromLatin1(SandboxServer::demoBusinessNumber),
                          QStringLiteral("STOP"));
        });
        TwilioClient client(sandbox.config());
        const auto sent = client.createMessage(textTo(QStringLiteral("+15125550155")));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().kind, ProviderError::Kind::Rejected);
        QCOMPARE(sent.error().code, 21610);
        QCOMPARE(client.requestCount(), 1);
        QVERIFY(sent.error().describe().contains(QStringLiteral("opted out")));
    }

    void createMessage_invalidNumberIs21211()
    {
        SandboxThread sandbox;
        TwilioClient client(sandbox.config());
        const auto sent = client.createMessage(textTo(QStringLiteral("555-CALL-NOW")));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, 21211);
        QCOMPARE(sent.error().httpStatus, 400);
    }

    void createMessage_overlongBodyIsRefusedBeforeSending()
    {
        SandboxThread sandbox;
        TwilioClient client(sandbox.config());
        const auto sent = client.createMessage(textTo(QStringLiteral("+15125550166"), QString(3000, QLatin1Char('x'))));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().kind, ProviderError::Kind::InvalidArgument);
        QCOMPARE(client.requestCount(), 0);
    }

    void rateLimit_isRetriedHonouringRetryAfter()
    {
        SandboxThread sandbox;
        Fault f = fault(Fault::Kind::Status, "GET", QStringLiteral("Accounts"), 2);
        f.status = 429;
        f.retryAfterSeconds = 1;
        sandbox.addFault(f);
        TwilioClient client(sandbox.config());
        QElapsedTimer timer;
        timer.start();
        const auto account = client.fetchAccount();
        QVERIFY(account.ok());
        QCOMPARE(client.requestCount(), 3);
        // Two Retry-After: 1 waits, where the configured backoff alone would be ~10 ms.
        QVERIFY2(timer.elapsed() >= 1900, qPrintable(QString::number(timer.elapsed())));
    }

    void rateLimit_persistingIsATypedErrorAfterMaxAttempts()
    {
        SandboxThread sandbox;
        Fault f = fault(Fault::Kind::Status, {}, {}, -1);
        f.status = 429;
        sandbox.addFault(f);
        ProviderConfig config = sandbox.config();
        config.retry.maxAttempts = 4;
        TwilioClient client(config);
        const auto numbers = client.listIncomingNumbers();
        QVERIFY(!numbers.ok());
        QCOMPARE(numbers.error().kind, ProviderError::Kind::RateLimited);
        QCOMPARE(numbers.error().code, 20429);
        QCOMPARE(numbers.error().attempts, 4);
    }

    void rateLimit_onCreateIsRetriedBecauseTwilioDidNotProcessIt()
    {
        SandboxThread sandbox;
        Fault f = fault(Fault::Kind::Status, "POST", QStringLiteral("Messages"), 2);
        f.status = 429;
        sandbox.addFault(f);
        TwilioClient client(sandbox.config());
        const auto sent = client.createMessage(textTo(QStringLiteral("+15125550177")));
        QVERIFY(sent.ok());
        QCOMPARE(countTo(sandbox.messages(), QStringLiteral("+15125550177")), 1);
    }

    void serverError_onReadIsRetriedToSuccess()
    {
        SandboxThread sandbox;
        Fault f = fault(Fault::Kind::Status, "GET", {}, 2);
        f.status = 503;
        sandbox.addFault(f);
        f.status = 500;
        f.count = 1;
        sandbox.addFault(f);
        TwilioClient client(sandbox.config());
        QVERIFY(client.listCalls(CallFilter{}).ok());
        QCOMPARE(client.requestCount(), 4);
    }

    void serverError_persistingIsATypedError()
    {
        SandboxThread sandbox;
        Fault f = fault(Fault::Kind::Status, {}, {}, -1);
        f.status = 500;
        sandbox.addFault(f);
        TwilioClient client(sandbox.config());
        const auto calls = client.listCalls(CallFilter{});
        QVERIFY(!calls.ok());
        QCOMPARE(calls.error().kind, ProviderError::Kind::Server);
        QCOMPARE(calls.error().httpStatus, 500);
    }

    void droppedConnection_onReadIsRetriedToSuccess()
    {
        SandboxThread sandbox;
        sandbox.addFault(fault(Fault::Kind::Drop, "GET", {}, 2));
        TwilioClient client(sandbox.config());
        QVERIFY(client.fetchAccount().ok());
        QCOMPARE(client.requestCount(), 3);
    }

    void droppedConnection_afterASendIsOutcomeUnknown()
    {
        SandboxThread sandbox;
        sandbox.addFault(fault(Fault::Kind::DropAfterProcessing, "POST", QStringLiteral("Messages")));
        TwilioClient client(sandbox.config());
        const auto sent = client.createMessage(textTo(QStringLiteral("+15125550188")));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().kind, ProviderError::Kind::OutcomeUnknown);
        // Not blindly retried: one request, and the provider did create it.
        QCOMPARE(client.requestCount(), 1);
        QCOMPARE(countTo(sandbox.messages(), QStringLiteral("+15125550188")), 1);
    }

    void droppedConnection_afterASendOnAWarmConnectionIsNotResent()
    {
        // libcurl resends a request whose reused connection died; a send must not ride one.
        SandboxThread sandbox;
        TwilioClient client(sandbox.config());
        QVERIFY(client.fetchAccount().ok());
        sandbox.addFault(fault(Fault::Kind::DropAfterProcessing, "POST", QStringLiteral("Messages")));
        const auto sent = client.createMessage(textTo(QStringLiteral("+15125550187")));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().kind, ProviderError::Kind::OutcomeUnknown);
        QCOMPARE(countTo(sandbox.messages(), QStringLiteral("+15125550187")), 1);
        int posts = 0;
        for (const auto &r : sandbox.requestLog())
            posts += r.method == "POST" ? 1 : 0;
        QCOMPARE(posts, 1);
    }

    void serverErrorAfterASend_isOutcomeUnknown()
    {
        SandboxThread sandbox;
        Fault f = fault(Fault::Kind::StatusAfterProcessing, "POST", QStringLiteral("Messages"));
        f.status = 500;
        sandbox.addFault(f);
        TwilioClient client(sandbox.config());
        const auto sent = client.createMessage(textTo(QStringLiteral("+15125550189")));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().kind, ProviderError::Kind::OutcomeUnknown);
        QCOMPARE(client.requestCount(), 1);
    }

    void sendOnce_reconcilesASendThatWentThrough()
    {
        SandboxThread sandbox;
        sandbox.addFault(fault(Fault::Kind::DropAfterProcessing, "POST", QStringLiteral("Messages")));
        TwilioClient client(sandbox.config());
        bool reconciled = false;
        const auto sent = SentMessageFinder::sendOnce(client, textTo(QStringLiteral("+15125550190")), 3, &reconciled);
        QVERIFY(sent.ok());
        QVERIFY(reconciled);
        QCOMPARE(countTo(sandbox.messages(), QStringLiteral("+15125550190")), 1);
    }

    void sendOnce_resendsWhenTheDroppedSendNeverArrived()
    {
        SandboxThread sandbox;
        sandbox.addFault(fault(Fault::Kind::Drop, "POST", QStringLiteral("Messages")));
        TwilioClient client(sandbox.config());
        bool reconciled = true;
        QElapsedTimer t;
        t.start();
        const auto sent = SentMessageFinder::sendOnce(client, textTo(QStringLiteral("+15125550191")), 3, &reconciled,
                                                      std::chrono::milliseconds(1500));
        QVERIFY(sent.ok());
        QVERIFY(!reconciled);
        QCOMPARE(countTo(sandbox.messages(), QStringLiteral("+15125550191")), 1);
        // Not before the list had its grace to show the first send.
        QVERIFY2(t.elapsed() >= 1500, qPrintable(QString::number(t.elapsed())));
    }

    void sendOnce_waitsForALaggingListInsteadOfSendingTwice()
    {
        // The answer is lost and the list shows the send only 2 s later.
        SandboxThread sandbox;
        Fault lag;
        lag.kind = Fault::Kind::ListLag;
        lag.lagMs = 2000;
        sandbox.addFault(lag);
        sandbox.addFault(fault(Fault::Kind::DropAfterProcessing, "POST", QStringLiteral("Messages")));
        TwilioClient client(sandbox.config());
        bool reconciled = false;
        const auto sent = SentMessageFinder::sendOnce(client, textTo(QStringLiteral("+15125550192")), 3, &reconciled,
                                                      std::chrono::milliseconds(5000));
        QVERIFY(sent.ok());
        QVERIFY(reconciled);
        QCOMPARE(countTo(sandbox.messages(), QStringLiteral("+15125550192")), 1);
    }

    void malformedBody_onReadIsRetriedThenTyped()
    {
        SandboxThread sandbox;
        sandbox.addFault(fault(Fault::Kind::Malformed, "GET"));
        TwilioClient client(sandbox.config());
        QVERIFY(client.fetchAccount().ok());

        sandbox.addFault(fault(Fault::Kind::Malformed, "GET", {}, -1));
        TwilioClient second(sandbox.config());
        const auto account = second.fetchAccount();
        QVERIFY(!account.ok());
        QCOMPARE(account.error().kind, ProviderError::Kind::Malformed);
    }

    void malformedBody_onCreateIsOutcomeUnknown()
    {
        SandboxThread sandbox;
        sandbox.addFault(fault(Fault::Kind::Malformed, "POST"));
        TwilioClient client(sandbox.config());
        const auto sent = client.createMessage(textTo(QStringLiteral("+15125550192")));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().kind, ProviderError::Kind::OutcomeUnknown);
    }

    void truncatedBody_isRetriedThenTyped()
    {
        SandboxThread sandbox;
        sandbox.addFault(fault(Fault::Kind::Truncated, "GET", {}, -1));
        ProviderConfig config = sandbox.config();
        config.retry.maxAttempts = 3;
        TwilioClient client(config);
        QElapsedTimer timer;
        timer.start();
        const auto calls = client.listCalls(CallFilter{});
        QVERIFY(!calls.ok());
        QVERIFY(calls.error().kind == ProviderError::Kind::Network
                || calls.error().kind == ProviderError::Kind::Malformed);
        QCOMPARE(calls.error().attempts, 3);
        QVERIFY(timer.elapsed() < 10000);
    }

    void slowAnswer_timesOutWithinTheBound()
    {
        SandboxThread sandbox;
        Fault f = fault(Fault::Kind::Delay, "GET", {}, -1);
        f.delayMs = 3000;
        sandbox.addFault(f);
        ProviderConfig config = sandbox.config();
        config.requestTimeout = std::chrono::milliseconds(300);
        config.retry.maxAttempts = 2;
        TwilioClient client(config);
        QElapsedTimer timer;
        timer.start();
        const auto account = client.fetchAccount();
        QVERIFY(!account.ok());
        QCOMPARE(account.error().kind, ProviderError::Kind::Timeout);
        QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
    }

    void slowAnswerOnCreate_isOutcomeUnknown()
    {
        SandboxThread sandbox;
        Fault f = fault(Fault::Kind::Delay, "POST");
        f.delayMs = 2000;
        sandbox.addFault(f);
        ProviderConfig config = sandbox.config();
        config.requestTimeout = std::chrono::milliseconds(300);
        TwilioClient client(config);
        const auto sent = client.createMessage(textTo(QStringLiteral("+15125550193")));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().kind, ProviderError::Kind::OutcomeUnknown);
    }

    void closedPort_isANetworkError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ProviderConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        config.accountSid = QStringLiteral("AC0");
        config.secret = QStringLiteral("x");
        config.retry.maxAttempts = 2;
        config.retry.baseDelay = std::chrono::milliseconds(1);
        TwilioClient client(config);
        const auto account = client.fetchAccount();
        QVERIFY(!account.ok());
        QCOMPARE(account.error().kind, ProviderError::Kind::Network);
    }

    void https_toAServerWithoutTlsFailsVerificationAndIsNotRetried()
    {
        SandboxThread sandbox;
        ProviderConfig config = sandbox.config();
        config.baseUrl.setScheme(QStringLiteral("https"));
        TwilioClient client(config);
        const auto account = client.fetchAccount();
        QVERIFY(!account.ok());
        QCOMPARE(account.error().kind, ProviderError::Kind::Tls);
        QCOMPARE(client.requestCount(), 1);
    }

    // Verification cannot be turned off: a server whose certificate nothing
    // vouches for is refused before a byte of the request (or the
    // credentials) reaches it, and is reached once its CA is given.
    void https_certificateIsVerified()
    {
        LoopbackTlsServer server;
        QVERIFY(server.start());
        const QUrl url(QStringLiteral("https://127.0.0.1:%1/2010-04-01/Accounts/AC0.json").arg(server.port()));

        ProviderConfig config;
        config.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port()));
        config.accountSid = QStringLiteral("AC0");
        config.secret = QStringLiteral("token-that-must-not-travel");
        std::optional<ProviderError> refused;
        server.serveWhile([&] {
            TwilioClient client(config);
            const auto account = client.fetchAccount();
            if (!account.ok())
                refused = account.error();
        });
        QVERIFY(refused.has_value());
        QCOMPARE(refused->kind, ProviderError::Kind::Tls);
        QCOMPARE(refused->attempts, 1);
        QCOMPARE(server.requests(), 0);

        // The same server with its certificate trusted: verification was the only obstacle.
        HttpGateway::Options trusting;
        trusting.caBundle = QStringLiteral(REBOUND_TEST_DATA_DIR "/tls/loopback.crt");
        int status = 0;
        server.serveWhile([&] {
            HttpGateway gateway(trusting);
            HttpRequest request;
            request.url = url;
            const HttpOutcome outcome = gateway.perform(request);
            if (const auto *response = std::get_if<HttpResponse>(&outcome))
                status = response->status;
        });
        QCOMPARE(status, 200);
        QCOMPARE(server.requests(), 1);

        // Trusted, but under another name than the certificate's: refused too.
        bool nameRefused = false;
        server.serveWhile([&] {
            HttpGateway gateway(trusting);
            HttpRequest request;
            request.url = QUrl(QStringLiteral("https://localhost:%1/").arg(server.port()));
            const HttpOutcome outcome = gateway.perform(request);
            const auto *error = std::get_if<TransportError>(&outcome);
            nameRefused = error && error->kind == TransportError::Kind::Tls;
        });
        QVERIFY(nameRefused);
        QCOMPARE(server.requests(), 1);
    }

    void plainHttp_offThisMachineIsRefused()
    {
        ProviderConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://api.twilio.com"));
        config.accountSid = QStringLiteral("AC0");
        config.secret = QStringLiteral("x");
        TwilioClient client(config);
        const auto account = client.fetchAccount();
        QVERIFY(!account.ok());
        QCOMPARE(account.error().kind, ProviderError::Kind::InvalidArgument);
    }

    void cancel_stopsABackoffWait()
    {
        SandboxThread sandbox;
        Fault f = fault(Fault::Kind::Status, {}, {}, -1);
        f.status = 429;
        f.retryAfterSeconds = 30;
        sandbox.addFault(f);
        ProviderConfig config = sandbox.config();
        config.retry.maxRetryAfter = std::chrono::milliseconds(60000);
        TwilioClient client(config);
        std::thread canceller([&client] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            client.cancel();
        });
        QElapsedTimer timer;
        timer.start();
        const auto account = client.fetchAccount();
        canceller.join();
        QVERIFY(!account.ok());
        QCOMPARE(account.error().kind, ProviderError::Kind::Cancelled);
        QVERIFY(timer.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(TestTwilioClient)
#include "tst_twilioclient.moc"
