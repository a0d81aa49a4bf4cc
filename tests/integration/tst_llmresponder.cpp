#include "engine/responder.h"
#include "qualify/llmresponder.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QtTest>

using namespace Rebound::Core;

namespace {

// A stand-in for an OpenAI-compatible endpoint, on loopback, on its own thread.
class FakeModel final : public QAbstractHttpServer
{
public:
    QMutex mutex;
    int status = 200;
    QByteArray content; // the assistant message's content
    int delayMs = 0;
    QByteArray lastBody;
    QByteArray lastAuthorization;
    int requests = 0;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QByteArray body;
        int wait = 0;
        int code = 200;
        {
            QMutexLocker lock(&mutex);
            lastBody = request.body();
            lastAuthorization = request.value("Authorization");
            ++requests;
            wait = delayMs;
            code = status;
            const QJsonObject reply{
                {QStringLiteral("choices"),
                 QJsonArray{QJsonObject{{QStringLiteral("message"),
                                         QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                     {QStringLiteral("content"), QString::fromUtf8(content)}}}}}}};
            body = QJsonDocument(reply).toJson(QJsonDocument::Compact);
        }
        QPointer<QTcpSocket> s(socket);
        QTimer::singleShot(wait, socket, [s, body, code] {
            if (!s)
                return;
            s->write("HTTP/1.1 " + QByteArray::number(code) + " X\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }
};

// The built-in rules' stand-in: recognisable, so a test can tell which answered.
class Rules final : public Responder
{
public:
    ResponderOutput respond(const ResponderInput &input) override
    {
        ResponderOutput out;
        out.card = input.card;
        out.answer = QStringLiteral("rules answer");
        return out;
    }
};

ResponderInput input()
{
    ResponderInput in;
    in.business.name = QStringLiteral("Mike's Plumbing");
    in.business.trade = QStringLiteral("plumbing");
    in.callerNumber = QStringLiteral("+15125550123");
    in.history = {
        ConversationTurn{ConversationTurn::From::Business, QStringLiteral("Hi, this is Mike's Plumbing."), {}}};
    in.reply = QStringLiteral("my water heater is leaking all over the garage, this is Dana");
    return in;
}

} // namespace

class TestLlmResponder final : public QObject
{
    Q_OBJECT

    QThread m_thread;
    FakeModel *m_model = nullptr;
    quint16 m_port = 0;

    std::unique_ptr<LlmResponder> responder(int timeoutMs = 2000)
    {
        LlmResponder::Options o;
        o.url = QUrl(QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(m_port));
        o.model = QStringLiteral("small-model");
        o.apiKey = QStringLiteral("sk-test-key");
        o.timeout = std::chrono::milliseconds(timeoutMs);
        return std::make_unique<LlmResponder>(o, std::make_unique<Rules>());
    }

    void answerWith(const QByteArray &content, int status = 200, int delayMs = 0)
    {
        QMutexLocker lock(&m_model->mutex);
        m_model->content = content;
        m_model->status = status;
        m_model->delayMs = delayMs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_model = new FakeModel;
        m_model->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_model, &QObject::deleteLater);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_model, [this] { m_port = m_model->listen(QHostAddress::LocalHost, 0); }, Qt::BlockingQueuedConnection);
        QVERIFY(m_port != 0);
    }

    void cleanupTestCase()
    {
        m_thread.quit();
        m_thread.wait();
    }

    void validAnswer_isUsedAndTheRequestIsWellFormed()
    {
        answerWith("{\"kind\":\"lead\",\"name\":\"Dana\",\"service\":\"water_heater\",\"urgency\":\"emergency\","
                   "            "
                   "\"address\":null,\"score\":\"hot\",\"preferred_time\":null,\"questions\":[],\"language\":\"en\","
                   "            \"answer\":\"Thanks Dana - a leaking water heater needs fast help. Mike will call you "
                   "right away. What's the address?\","
                   "            \"asks\":\"address\",\"owner_should_call\":true}");
        auto r = responder();
        const ResponderOutput out = r->respond(input());
        QVERIFY(r->lastOutcome().usedModel);
        QCOMPARE(out.card.name, QStringLiteral("Dana"));
        QCOMPARE(out.card.service, QStringLiteral("water_heater"));
        QVERIFY(out.card.score == LeadCard::Score::Hot);
        QVERIFY(out.ownerShouldCall);
        QCOMPARE(out.asks, QStringLiteral("address"));
        QVERIFY(out.answer->startsWith(QStringLiteral("Thanks Dana")));

        QMutexLocker lock(&m_model->mutex);
        QCOMPARE(m_model->lastAuthorization, QByteArray("Bearer sk-test-key"));
        const QJsonObject body = QJsonDocument::fromJson(m_model->lastBody).object();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("small-model"));
        const QString user = body.value(QStringLiteral("messages"))
                                 .toArray()
                                 .at(1)
                                 .toObject()
                                 .value(QStringLiteral("content"))
                                 .toString();
        QVERIFY(user.contains(QStringLiteral("water heater is leaking")));
        QVERIFY(user.contains(QStringLiteral("water_heater"))); // the trade's services are offered
    }

    void notJson_fallsBackToTheRules()
    {
        answerWith("Sure! Here is what I think...");
        auto r = responder();
        QCOMPARE(*r->respond(input()).answer, QStringLiteral("rules answer"));
        QVERIFY(!r->lastOutcome().usedModel);
    }

    void fieldOutsideTheSchema_fallsBack()
    {
        answerWith("{\"kind\":\"customer-ish\",\"urgency\":\"unknown\",\"score\":\"warm\",\"asks\":\"none\","
                   "\"language\":\"en\",\"answer\":null}");
        auto r = responder();
        QCOMPARE(*r->respond(input()).answer, QStringLiteral("rules answer"));
        QVERIFY(r->lastOutcome().fallbackReason.contains(QStringLiteral("kind")));
    }

    void serviceOfAnotherTrade_fallsBack()
    {
        answerWith("{\"kind\":\"lead\",\"service\":\"roof_leak\",\"urgency\":\"soon\",\"score\":\"hot\",\"asks\":"
                   "\"none\",\"language\":\"en\",\"answer\":\"ok\"}");
        auto r = responder();
        QCOMPARE(*r->respond(input()).answer, QStringLiteral("rules answer"));
    }

    void answerOverTwoSegments_fallsBack()
    {
        const QString longAnswer(400, QLatin1Char('a'));
        answerWith(QByteArray("{\"kind\":\"lead\",\"urgency\":\"soon\",\"score\":\"warm\",\"asks\":\"none\","
                              "\"language\":\"en\",\"answer\":\"")
                   + longAnswer.toUtf8() + "\"}");
        auto r = responder();
        QCOMPARE(*r->respond(input()).answer, QStringLiteral("rules answer"));
    }

    void optOut_neverGetsAnAnswer()
    {
        answerWith("{\"kind\":\"opt_out\",\"urgency\":\"unknown\",\"score\":\"cold\",\"asks\":\"name\",\"language\":"
                   "\"en\",\"answer\":\"Sorry to see you go!\"}");
        auto r = responder();
        const ResponderOutput out = r->respond(input());
        QVERIFY(r->lastOutcome().usedModel);
        QVERIFY(!out.answer);
        QVERIFY(out.card.kind == LeadCard::Kind::OptOut);
    }

    void httpError_fallsBack()
    {
        answerWith("{}", 500);
        auto r = responder();
        QCOMPARE(*r->respond(input()).answer, QStringLiteral("rules answer"));
        QVERIFY(r->lastOutcome().fallbackReason.contains(QStringLiteral("500")));
    }

    void slowModel_fallsBackWithinTheTimeout()
    {
        answerWith("{\"kind\":\"lead\",\"urgency\":\"soon\",\"score\":\"warm\",\"asks\":\"none\",\"language\":\"en\","
                   "\"answer\":\"late\"}",
                   200, 3000);
        auto r = responder(400);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(*r->respond(input()).answer, QStringLiteral("rules answer"));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void unreachableEndpoint_fallsBack()
    {
        LlmResponder::Options o;
        o.url = QUrl(QStringLiteral("http://127.0.0.1:9/v1/chat/completions"));
        o.model = QStringLiteral("m");
        LlmResponder r(o, std::make_unique<Rules>());
        QCOMPARE(*r.respond(input()).answer, QStringLiteral("rules answer"));
    }
};

QTEST_GUILESS_MAIN(TestLlmResponder)
#include "tst_llmresponder.moc"
