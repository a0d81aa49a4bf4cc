#include "provider/httpgateway.h"
#include "provider/twilioclient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace Rebound::Core;

// Drives every request the client makes through Stoplight Prism serving
// Twilio's own OpenAPI description: Prism validates each request's path,
// query, form body and Basic auth against the spec, and logs any violation.
class TestPrismContract final : public QObject
{
    Q_OBJECT

    QProcess m_prism;
    QByteArray m_log;
    quint16 m_port = 0;
    static constexpr auto kAccount = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    ProviderConfig config() const
    {
        ProviderConfig c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        c.accountSid = QString::fromLatin1(kAccount);
        c.secret = QStringLiteral("contract-token");
        c.retry.maxAttempts = 1;
        return c;
    }

    QByteArray drainLog()
    {
        m_log += m_prism.readAllStandardOutput() + m_prism.readAllStandardError();
        return m_log;
    }

    // Validator errors about requests; the spec's own examples trip response
    // checks ("Violation: response..."), which say nothing about the client.
    QStringList requestErrors()
    {
        QStringList errors;
        const QStringList lines = QString::fromUtf8(drainLog()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const bool validatorError =
                line.contains(QStringLiteral("[VALIDATOR]")) && line.contains(QStringLiteral("error"));
            if ((validatorError && !line.contains(QStringLiteral("Violation: response")))
                || line.contains(QStringLiteral("Request terminated with error")))
                errors.append(line.trimmed());
        }
        return errors;
    }

    int passedRequests() { return int(drainLog().count("The request passed the validation rules")); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString prism = qEnvironmentVariable("REBOUND_PRISM");
        QVERIFY2(!prism.isEmpty() && QFileInfo::exists(prism),
                 "Stoplight Prism is needed: run scripts/install-test-tools.sh DIR and set REBOUND_PRISM to "
                 "DIR/node_modules/.bin/prism (scripts/run-tests.sh does both)");
        const QString spec = QStringLiteral(REBOUND_SHARED_DIR "/twilio/twilio_api_v2010.json");
        QVERIFY2(QFileInfo::exists(spec), qPrintable(spec));
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            m_port = probe.serverPort();
        }
        m_prism.start(prism,
                      {QStringLiteral("mock"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                       QString::number(m_port), spec});
        QVERIFY(m_prism.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(drainLog().contains("Prism is listening"), 90000);
    }

    void cleanupTestCase()
    {
        m_prism.terminate();
        if (!m_prism.waitForFinished(5000))
            m_prism.kill();
    }

    void everyClientRequest_passesTheSpecsValidator()
    {
        TwilioClient client(config());

        const auto account = client.fetchAccount();
        QVERIFY2(account.ok(), qPrintable(account.ok() ? QString() : account.error().describe()));
        QCOMPARE(account.value().sid, QString::fromLatin1(kAccount));

        const auto numbers = client.listIncomingNumbers(2);
        QVERIFY2(numbers.ok(), qPrintable(numbers.ok() ? QString() : numbers.error().describe()));
        QVERIFY(!numbers.value().isEmpty());

        CallFilter calls;
        calls.to = QStringLiteral("+15125550100");
        calls.from = QStringLiteral("+15125550123");
        calls.status = CallStatus::NoAnswer;
        calls.parentCallSid = QStringLiteral("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        calls.startedOnOrAfter = QDate(2026, 11, 1);
        calls.startedBefore = QDate(2026, 11, 30);
        calls.pageSize = 50;
        // The spec's own example next_page_uri for calls carries StartTime=2008-01-02,
        // which its StartTime "date-time" format refuses; paging is covered by messages below.
        calls.maxPages = 1;
        const auto callList = client.listCalls(calls);
        QVERIFY2(callList.ok(), qPrintable(callList.ok() ? QString() : callList.error().describe()));
        QVERIFY(!callList.value().isEmpty());

        const auto call = client.fetchCall(QStringLiteral("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        QVERIFY(call.ok());

        MessageFilter messages;
        messages.to = QStringLiteral("+15125550123");
        messages.from = QStringLiteral("+15125550100");
        messages.sentOnOrAfter = QDate(2026, 11, 1);
        messages.sentBefore = QDate(2026, 11, 30);
        messages.maxPages = 3;
        const auto messageList = client.listMessages(messages);
        QVERIFY(messageList.ok());

        OutgoingMessage text;
        text.to = QStringLiteral("+15125550123");
        text.from = QStringLiteral("+15125550100");
        text.body = QStringLiteral("Sorry we missed your call — what can we help with? ¿En qué le podemos ayudar?");
        text.statusCallback = QStringLiteral("https://hooks.example.com/rebound/sms/status");
        const auto sent = client.createMessage(text);
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().describe()));

        text.from.clear();
        text.messagingServiceSid = QStringLiteral("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        QVERIFY(client.createMessage(text).ok());

        QTRY_COMPARE_WITH_TIMEOUT(passedRequests(), client.requestCount(), 5000);
        const QStringList errors = requestErrors();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void validator_flagsARequestOffTheSpec()
    {
        // The check above means something only if Prism does catch a bad request.
        HttpGateway gateway;
        HttpRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/2010-04-01/Accounts/%2/Calls.json?Status=missed")
                               .arg(m_port)
                               .arg(QLatin1String(kAccount)));
        request.username = QString::fromLatin1(kAccount);
        request.password = QStringLiteral("contract-token");
        const HttpOutcome outcome = gateway.perform(request);
        QVERIFY(std::holds_alternative<HttpResponse>(outcome));
        QCOMPARE(std::get<HttpResponse>(outcome).status, 422);
        QTRY_VERIFY_WITH_TIMEOUT(!requestErrors().isEmpty(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestPrismContract)
#include "tst_prismcontract.moc"
