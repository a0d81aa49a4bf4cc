#include "provider/twiliosignature.h"
#include "sandboxharness.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Rebound::Core;
using namespace Rebound::Test;

// The webhooks the sandbox requests, signed like Twilio's.
class TestSandboxCallbacks final : public QObject, public SandboxHarness
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(start()); }
    void cleanup() { stop(); }

    void webhooks_numberStatusCallback_hearsOnlyTheInboundParent();
    void webhooks_dialActionAndLegStatus_goToTheirOwnUrls();
    void webhooks_sequentialDial_requestsTheActionForEachLeg();
    void webhooks_machineDetection_reportsAnsweredBy();
    void webhooks_incomingSms_isSigned();
    void webhooks_messageStatus_followsTheStatusCallback();
    void webhooks_undeliveredStatus_carriesTheErrorCode();
    void webhooks_delayFault_deliversCallbacksOutOfOrder();

private:
    bool setNumberStatusCallback(const QString &url);
    // Waits until the call has ended and its webhooks have had time to arrive.
    bool waitUntilOver(const QString &parentSid);
};

namespace {

QString hookUrl(quint16 port, const char *path)
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(QLatin1String(path));
}

} // namespace

bool TestSandboxCallbacks::setNumberStatusCallback(const QString &url)
{
    return postForm(accountPath(QStringLiteral("/IncomingPhoneNumbers/%1.json")
                                    .arg(QString::fromLatin1(SandboxServer::demoNumberSid))),
                    {{QStringLiteral("StatusCallback"), url}})
               .status
        == 200;
}

bool TestSandboxCallbacks::waitUntilOver(const QString &parentSid)
{
    QElapsedTimer clock;
    clock.start();
    while (!isTerminal(callStatusFromString(fetchCall(parentSid).value(QLatin1String("status")).toString()))) {
        if (clock.elapsed() > 10000)
            return false;
        QTest::qWait(50);
    }
    // Webhooks leave as the call ends; give any stray one time to arrive too.
    QTest::qWait(400);
    return true;
}

void TestSandboxCallbacks::webhooks_numberStatusCallback_hearsOnlyTheInboundParent()
{
    // FACTS 2.3a: the number's StatusCallback is requested for the call made to
    // the number; a <Dial>ed leg never reports there.
    WebhookSink sink;
    const quint16 port = sink.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    const QString url = QStringLiteral("http://127.0.0.1:%1/hooks/voice/status?tenant=a+b").arg(port);
    QVERIFY(setNumberStatusCallback(url));

    using PC = SandboxServer::PlacedCall;
    for (const PC::Outcome outcome : {PC::Outcome::Missed, PC::Outcome::Voicemail, PC::Outcome::Answered}) {
        sink.hits.clear();
        PC call = placed(QStringLiteral("+15125550111"), outcome, PC::Wiring::Dial, 20);
        call.talkSeconds = 0;
        const QString parent = server().placeCall(call);
        QVERIFY(waitUntilOver(parent));
        QCOMPARE(sink.hits.size(), 1);
        const WebhookSink::Hit hit = sink.hits.first();
        QCOMPARE(hit.path, QStringLiteral("/hooks/voice/status"));
        QVERIFY(hit.contentType.startsWith("application/x-www-form-urlencoded"));
        QCOMPARE(hit.signature, TwilioSignature::compute(kToken, url, hit.params));
        QCOMPARE(hit.signature, referenceSignature(kToken, url, hit.params));
        QCOMPARE(value(hit.params, "CallSid"), parent);
        QCOMPARE(value(hit.params, "AccountSid"), kDemoSid);
        QCOMPARE(value(hit.params, "ApiVersion"), QStringLiteral("2010-04-01"));
        QCOMPARE(value(hit.params, "CallStatus"), QStringLiteral("completed"));
        QCOMPARE(value(hit.params, "Direction"), QStringLiteral("inbound"));
        QCOMPARE(value(hit.params, "From"), QStringLiteral("+15125550111"));
        QCOMPARE(value(hit.params, "To"), kBusiness);
        QCOMPARE(value(hit.params, "CallbackSource"), QStringLiteral("call-progress-events"));
        QCOMPARE(value(hit.params, "SequenceNumber"), QStringLiteral("0"));
        QVERIFY(QDateTime::fromString(value(hit.params, "Timestamp"), Qt::RFC2822Date).isValid());
        QVERIFY(has(hit.params, "CallDuration"));
        QVERIFY(!has(hit.params, "ParentCallSid"));
        QVERIFY(!has(hit.params, "DialCallStatus"));
    }

    // A forwarded call is the number's own inbound call as well.
    sink.hits.clear();
    const QString forwarded =
        server().placeCall(placed(QStringLiteral("+15125550112"), PC::Outcome::Busy, PC::Wiring::Forwarded, 20));
    QVERIFY(waitUntilOver(forwarded));
    QCOMPARE(sink.hits.size(), 1);
    QCOMPARE(value(sink.hits.first().params, "CallSid"), forwarded);
    QCOMPARE(value(sink.hits.first().params, "CallStatus"), QStringLiteral("busy"));
}

void TestSandboxCallbacks::webhooks_dialActionAndLegStatus_goToTheirOwnUrls()
{
    WebhookSink sink;
    const quint16 port = sink.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    const QString numberUrl = hookUrl(port, "/number/status");
    const QString actionUrl = hookUrl(port, "/dial/action?step=1");
    const QString legUrl = hookUrl(port, "/dial/leg-status");
    QVERIFY(setNumberStatusCallback(numberUrl));

    using PC = SandboxServer::PlacedCall;
    PC call = placed(QStringLiteral("+15125550111"), PC::Outcome::Missed, PC::Wiring::Dial, 20);
    call.dialActionUrl = actionUrl;
    call.dialStatusCallback = legUrl;
    const QString parent = server().placeCall(call);
    QVERIFY(waitUntilOver(parent));
    const QString legSid = childLegs(parent).first().toObject().value(QLatin1String("sid")).toString();

    QCOMPARE(sink.to(QStringLiteral("/number/status")).size(), 1);
    QCOMPARE(value(sink.to(QStringLiteral("/number/status")).first().params, "CallSid"), parent);

    const QList<WebhookSink::Hit> actions = sink.to(QStringLiteral("/dial/action"));
    QCOMPARE(actions.size(), 1);
    const Params action = actions.first().params;
    QCOMPARE(actions.first().query, QStringLiteral("step=1"));
    QCOMPARE(actions.first().signature, referenceSignature(kToken, actionUrl, action));
    QCOMPARE(value(action, "CallSid"), parent);
    QCOMPARE(value(action, "AccountSid"), kDemoSid);
    QCOMPARE(value(action, "From"), QStringLiteral("+15125550111"));
    QCOMPARE(value(action, "To"), kBusiness);
    QCOMPARE(value(action, "CallStatus"), QStringLiteral("in-progress"));
    QCOMPARE(value(action, "Direction"), QStringLiteral("inbound"));
    QCOMPARE(value(action, "ApiVersion"), QStringLiteral("2010-04-01"));
    QCOMPARE(value(action, "DialCallSid"), legSid);
    QCOMPARE(value(action, "DialCallStatus"), QStringLiteral("no-answer"));
    QCOMPARE(value(action, "DialCallDuration"), QStringLiteral("0"));
    QCOMPARE(value(action, "DialBridged"), QStringLiteral("false"));
    QVERIFY(!has(action, "ParentCallSid"));

    const QList<WebhookSink::Hit> legHooks = sink.to(QStringLiteral("/dial/leg-status"));
    QCOMPARE(legHooks.size(), 1);
    const Params leg = legHooks.first().params;
    QCOMPARE(legHooks.first().signature, referenceSignature(kToken, legUrl, leg));
    QCOMPARE(value(leg, "CallSid"), legSid);
    QCOMPARE(value(leg, "ParentCallSid"), parent);
    QCOMPARE(value(leg, "CallStatus"), QStringLiteral("no-answer"));
    QCOMPARE(value(leg, "Direction"), QStringLiteral("outbound-dial"));
    QCOMPARE(value(leg, "From"), kBusiness);
    QCOMPARE(value(leg, "To"), QString::fromLatin1(SandboxServer::demoOwnerCell));
    QCOMPARE(value(leg, "SequenceNumber"), QStringLiteral("0"));
    QVERIFY(!has(leg, "AnsweredBy"));
    QCOMPARE(sink.hits.size(), 3);

    // An answered leg is bridged and says how long it lasted.
    sink.hits.clear();
    call.outcome = PC::Outcome::Answered;
    call.talkSeconds = 1;
    const QString answered = server().placeCall(call);
    QVERIFY(waitUntilOver(answered));
    const Params bridged = sink.to(QStringLiteral("/dial/action")).first().params;
    QCOMPARE(value(bridged, "DialCallStatus"), QStringLiteral("completed"));
    QCOMPARE(value(bridged, "DialBridged"), QStringLiteral("true"));
    QCOMPARE(value(bridged, "DialCallDuration"), QStringLiteral("1"));
}

void TestSandboxCallbacks::webhooks_sequentialDial_requestsTheActionForEachLeg()
{
    WebhookSink sink;
    const quint16 port = sink.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    using PC = SandboxServer::PlacedCall;
    PC call = placed(QStringLiteral("+15125550111"), PC::Outcome::Missed, PC::Wiring::Dial, 20);
    call.legs = {PC::Outcome::Busy, PC::Outcome::Answered};
    call.talkSeconds = 0;
    call.dialActionUrl = hookUrl(port, "/dial/action");
    call.dialStatusCallback = hookUrl(port, "/dial/leg-status");
    const QString parent = server().placeCall(call);
    QVERIFY(waitUntilOver(parent));
    const QJsonArray legs = childLegs(parent);
    QCOMPARE(legs.size(), 2);

    const QList<WebhookSink::Hit> actions = sink.to(QStringLiteral("/dial/action"));
    QCOMPARE(actions.size(), 2);
    QCOMPARE(value(actions.at(0).params, "DialCallSid"), legs.at(0).toObject().value(QLatin1String("sid")).toString());
    QCOMPARE(value(actions.at(0).params, "DialCallStatus"), QStringLiteral("busy"));
    QCOMPARE(value(actions.at(0).params, "DialBridged"), QStringLiteral("false"));
    QCOMPARE(value(actions.at(1).params, "DialCallSid"), legs.at(1).toObject().value(QLatin1String("sid")).toString());
    QCOMPARE(value(actions.at(1).params, "DialCallStatus"), QStringLiteral("completed"));
    QCOMPARE(value(actions.at(1).params, "DialBridged"), QStringLiteral("true"));
    for (const WebhookSink::Hit &hit : actions)
        QCOMPARE(value(hit.params, "CallSid"), parent);

    const QList<WebhookSink::Hit> legHooks = sink.to(QStringLiteral("/dial/leg-status"));
    QCOMPARE(legHooks.size(), 2);
    QCOMPARE(value(legHooks.at(1).params, "To"), QString::fromLatin1(SandboxServer::demoBackupCell));
    // No StatusCallback on the number: nothing else was requested.
    QCOMPARE(sink.hits.size(), 4);
}

void TestSandboxCallbacks::webhooks_machineDetection_reportsAnsweredBy()
{
    WebhookSink sink;
    const quint16 port = sink.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    using PC = SandboxServer::PlacedCall;
    PC call = placed(QStringLiteral("+15125550112"), PC::Outcome::Voicemail, PC::Wiring::Dial, 20);
    call.machineDetection = true;
    call.amdDelayMs = 100;
    call.dialActionUrl = hookUrl(port, "/dial/action");
    call.dialStatusCallback = hookUrl(port, "/dial/leg-status");
    const QString parent = server().placeCall(call);
    QVERIFY(waitUntilOver(parent));
    const Params leg = sink.to(QStringLiteral("/dial/leg-status")).first().params;
    QCOMPARE(value(leg, "CallStatus"), QStringLiteral("completed"));
    QCOMPARE(value(leg, "AnsweredBy"), QStringLiteral("machine_start"));
    const Params action = sink.to(QStringLiteral("/dial/action")).first().params;
    QCOMPARE(value(action, "DialCallStatus"), QStringLiteral("completed"));
    QCOMPARE(value(action, "DialBridged"), QStringLiteral("true"));
}

void TestSandboxCallbacks::webhooks_incomingSms_isSigned()
{
    WebhookSink sink;
    const quint16 port = sink.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    const QString url = QStringLiteral("http://127.0.0.1:%1/sms").arg(port);
    QCOMPARE(postForm(accountPath(QStringLiteral("/IncomingPhoneNumbers/%1.json")
                                      .arg(QString::fromLatin1(SandboxServer::demoNumberSid))),
                      {{QStringLiteral("SmsUrl"), url}})
                 .status,
             200);
    const QString body = QStringLiteral("My water heater + the sink are leaking, 50% of the floor is wet");
    const QString sid = server().receiveText(QStringLiteral("+15125550111"), {}, body);
    QTRY_COMPARE(sink.hits.size(), 1);
    const WebhookSink::Hit hit = sink.hits.first();
    QCOMPARE(value(hit.params, "Body"), body);
    QCOMPARE(value(hit.params, "MessageSid"), sid);
    QCOMPARE(value(hit.params, "SmsSid"), sid);
    QCOMPARE(value(hit.params, "From"), QStringLiteral("+15125550111"));
    QCOMPARE(value(hit.params, "To"), kBusiness);
    QCOMPARE(value(hit.params, "NumMedia"), QStringLiteral("0"));
    QCOMPARE(value(hit.params, "NumSegments"), QStringLiteral("1"));
    QCOMPARE(hit.signature, referenceSignature(kToken, url, hit.params));
    QCOMPARE(hit.signature, TwilioSignature::compute(kToken, url, hit.params));
}

void TestSandboxCallbacks::webhooks_messageStatus_followsTheStatusCallback()
{
    WebhookSink sink;
    const quint16 port = sink.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    const QString url = QStringLiteral("http://127.0.0.1:%1/sms/status").arg(port);
    const HttpResult r = postForm(accountPath(QStringLiteral("/Messages.json")),
                                  {{QStringLiteral("To"), QStringLiteral("+15125550111")},
                                   {QStringLiteral("From"), kBusiness},
                                   {QStringLiteral("Body"), QStringLiteral("On our way")},
                                   {QStringLiteral("StatusCallback"), url}});
    QCOMPARE(r.status, 201);
    QTRY_COMPARE(sink.hits.size(), 2);
    QStringList statuses;
    for (const WebhookSink::Hit &hit : std::as_const(sink.hits)) {
        QCOMPARE(value(hit.params, "MessageSid"), r.json.value(QLatin1String("sid")).toString());
        QCOMPARE(hit.signature, referenceSignature(kToken, url, hit.params));
        statuses.append(value(hit.params, "MessageStatus"));
    }
    statuses.sort();
    QCOMPARE(statuses, QStringList({QStringLiteral("delivered"), QStringLiteral("sent")}));
}

void TestSandboxCallbacks::webhooks_undeliveredStatus_carriesTheErrorCode()
{
    WebhookSink sink;
    const quint16 port = sink.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    const QString landline = QStringLiteral("+15125550112");
    QCOMPARE(control("POST", QStringLiteral("/sandbox/handsets"),
                     QStringLiteral(R"({"number": "%1", "error_code": 30006})").arg(landline).toUtf8())
                 .status,
             200);
    const QString url = QStringLiteral("http://127.0.0.1:%1/sms/status").arg(port);
    const HttpResult r = postForm(accountPath(QStringLiteral("/Messages.json")),
                                  {{QStringLiteral("To"), landline},
                                   {QStringLiteral("From"), kBusiness},
                                   {QStringLiteral("Body"), QStringLiteral("Sorry we missed your call")},
                                   {QStringLiteral("StatusCallback"), url}});
    QCOMPARE(r.status, 201);
    QTRY_COMPARE(sink.hits.size(), 2);
    for (const WebhookSink::Hit &hit : std::as_const(sink.hits)) {
        QCOMPARE(hit.signature, referenceSignature(kToken, url, hit.params));
        if (value(hit.params, "MessageStatus") == QLatin1String("undelivered"))
            QCOMPARE(value(hit.params, "ErrorCode"), QStringLiteral("30006"));
        else
            QVERIFY2(!has(hit.params, "ErrorCode"), qPrintable(value(hit.params, "MessageStatus")));
    }
    QCOMPARE(value(sink.hits.constLast().params, "MessageStatus"), QStringLiteral("undelivered"));
}

void TestSandboxCallbacks::webhooks_delayFault_deliversCallbacksOutOfOrder()
{
    WebhookSink sink;
    const quint16 port = sink.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    // The first callback (sent) is held back past the second (delivered).
    QCOMPARE(control("POST", QStringLiteral("/sandbox/faults"),
                     R"({"kind": "webhook_delay", "delay_ms": 2000, "count": 1, "path_contains": "/sms/status"})")
                 .status,
             201);
    QCOMPARE(control("POST", QStringLiteral("/sandbox/faults"), R"({"kind": "webhook_delay"})").status, 400);
    const QString url = QStringLiteral("http://127.0.0.1:%1/sms/status").arg(port);
    const HttpResult r = postForm(accountPath(QStringLiteral("/Messages.json")),
                                  {{QStringLiteral("To"), QStringLiteral("+15125550113")},
                                   {QStringLiteral("From"), kBusiness},
                                   {QStringLiteral("Body"), QStringLiteral("On our way")},
                                   {QStringLiteral("StatusCallback"), url}});
    QCOMPARE(r.status, 201);
    QTRY_COMPARE(sink.hits.size(), 2);
    QCOMPARE(value(sink.hits.at(0).params, "MessageStatus"), QStringLiteral("delivered"));
    QCOMPARE(value(sink.hits.at(1).params, "MessageStatus"), QStringLiteral("sent"));
    // A REST request is not a webhook: the fault never touched it.
    QCOMPARE(
        http("GET", QStringLiteral("/sandbox/faults"), {}, {}).json.value(QLatin1String("faults")).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxCallbacks)
#include "tst_sandboxcallbacks.moc"
