#include "sandboxharness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cstdlib>

using namespace Rebound::Core;
using namespace Rebound::Test;

// The sandbox's front door: accounts, auth, routing, numbers and the control API.
class TestSandboxServer final : public QObject, public SandboxHarness
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(start()); }
    void cleanup() { stop(); }

    void auth_missingOrWrongCredentials_answer401With20003();
    void auth_apiKeyAndAccountToken_bothWork();
    void auth_otherAccountInPath_answers401With20003();
    void account_suspended_canFetchItselfOnly();
    void rest_unknownResource_answers404With20404();
    void rest_everyAnswer_carriesADateHeader();
    void numbers_listFilterAndUpdate();
    void control_callsAndMessages();
    void control_badInput_answers400WithASentence();
    void control_faultsAndLog();
    void control_dialOptions_shapeTheCall();
    void control_lastingFaults();
};

void TestSandboxServer::auth_missingOrWrongCredentials_answer401With20003()
{
    for (const QByteArray &auth : {QByteArray(), basic(kDemoSid, QStringLiteral("wrong")),
                                   basic(QStringLiteral("ACnope"), kToken), QByteArray("Bearer abc")}) {
        const HttpResult r = http("GET", accountPath(QStringLiteral("/Calls.json")), {}, auth);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json.value(QLatin1String("code")).toInt(), 20003);
        QCOMPARE(r.json.value(QLatin1String("message")).toString(), QStringLiteral("Authenticate"));
        QCOMPARE(r.json.value(QLatin1String("more_info")).toString(),
                 QStringLiteral("https://www.twilio.com/docs/errors/20003"));
        QCOMPARE(r.json.value(QLatin1String("status")).toInt(), 401);
        QVERIFY(r.headers.value("www-authenticate").startsWith("Basic"));
    }
}

void TestSandboxServer::auth_apiKeyAndAccountToken_bothWork()
{
    HttpResult r = get(accountPath(QStringLiteral(".json")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("sid")).toString(), kDemoSid);
    QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(r.json.value(QLatin1String("friendly_name")).toString(), QStringLiteral("Rebound demo"));

    r = http("GET", accountPath(QStringLiteral("/IncomingPhoneNumbers.json")), {},
             basic(QString::fromLatin1(SandboxServer::demoApiKeySid), kToken));
    QCOMPARE(r.status, 200);

    // A fresh world with another token refuses the old one.
    server().resetWorld(QStringLiteral("s3cret"));
    QCOMPARE(get(accountPath(QStringLiteral(".json"))).status, 401);
    QCOMPARE(http("GET", accountPath(QStringLiteral(".json")), {}, basic(kDemoSid, QStringLiteral("s3cret"))).status,
             200);
}

void TestSandboxServer::auth_otherAccountInPath_answers401With20003()
{
    const HttpResult r =
        get(accountPath(QStringLiteral("/Calls.json"), QString::fromLatin1(SandboxServer::suspendedAccountSid)));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json.value(QLatin1String("code")).toInt(), 20003);
}

void TestSandboxServer::account_suspended_canFetchItselfOnly()
{
    const QString sid = QString::fromLatin1(SandboxServer::suspendedAccountSid);
    const QByteArray auth = basic(sid, kToken);
    HttpResult r = http("GET", accountPath(QStringLiteral(".json"), sid), {}, auth);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("suspended"));
    for (const QString &rest : {QStringLiteral("/Calls.json"), QStringLiteral("/Messages.json"),
                                QStringLiteral("/IncomingPhoneNumbers.json")}) {
        r = http("GET", accountPath(rest, sid), {}, auth);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json.value(QLatin1String("code")).toInt(), 20005);
        QCOMPARE(r.json.value(QLatin1String("message")).toString(), QStringLiteral("Account not active"));
    }
}

void TestSandboxServer::rest_unknownResource_answers404With20404()
{
    for (const QString &rest : {QStringLiteral("/Calls/CA00000000000000000000000000000000.json"),
                                QStringLiteral("/Messages/SM00000000000000000000000000000000.json"),
                                QStringLiteral("/Recordings.json"), QStringLiteral("/Calls")}) {
        const HttpResult r = get(accountPath(rest));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json.value(QLatin1String("code")).toInt(), 20404);
        QCOMPARE(r.json.value(QLatin1String("status")).toInt(), 404);
    }
    QCOMPARE(get(QStringLiteral("/nothing-here")).status, 404);
}

void TestSandboxServer::numbers_listFilterAndUpdate()
{
    HttpResult r = get(accountPath(QStringLiteral("/IncomingPhoneNumbers.json")));
    QCOMPARE(r.status, 200);
    QJsonArray numbers = r.json.value(QLatin1String("incoming_phone_numbers")).toArray();
    QCOMPARE(numbers.size(), 1);
    const QJsonObject n = numbers.first().toObject();
    QCOMPARE(n.value(QLatin1String("phone_number")).toString(), kBusiness);
    QCOMPARE(n.value(QLatin1String("sid")).toString(), QString::fromLatin1(SandboxServer::demoNumberSid));
    QCOMPARE(n.value(QLatin1String("friendly_name")).toString(), QStringLiteral("Demo Plumbing line"));
    QVERIFY(n.value(QLatin1String("capabilities")).toObject().value(QLatin1String("sms")).toBool());
    QVERIFY(n.value(QLatin1String("capabilities")).toObject().value(QLatin1String("voice")).toBool());
    QVERIFY(r.json.value(QLatin1String("next_page_uri")).isNull());

    r = get(accountPath(QStringLiteral("/IncomingPhoneNumbers.json?PhoneNumber=%2B1512555****")));
    QCOMPARE(r.json.value(QLatin1String("incoming_phone_numbers")).toArray().size(), 1);
    r = get(accountPath(QStringLiteral("/IncomingPhoneNumbers.json?PhoneNumber=%2B1999")));
    QCOMPARE(r.json.value(QLatin1String("incoming_phone_numbers")).toArray().size(), 0);

    const QString path = accountPath(
        QStringLiteral("/IncomingPhoneNumbers/%1.json").arg(QString::fromLatin1(SandboxServer::demoNumberSid)));
    r = postForm(path,
                 {{QStringLiteral("StatusCallback"), QStringLiteral("https://hooks.example.com/voice/status")},
                  {QStringLiteral("SmsUrl"), QStringLiteral("https://hooks.example.com/sms")},
                  {QStringLiteral("FriendlyName"), QStringLiteral("Main line")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("status_callback")).toString(),
             QStringLiteral("https://hooks.example.com/voice/status"));
    r = get(path);
    QCOMPARE(r.json.value(QLatin1String("sms_url")).toString(), QStringLiteral("https://hooks.example.com/sms"));
    QCOMPARE(r.json.value(QLatin1String("friendly_name")).toString(), QStringLiteral("Main line"));

    r = postForm(path, {{QStringLiteral("VoiceUrl"), QStringLiteral("not a url")}});
    QCOMPARE(r.status, 400);
}

void TestSandboxServer::control_callsAndMessages()
{
    HttpResult r = http("GET", QStringLiteral("/sandbox/health"), {}, {});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(QLatin1String("ok")).toBool());
    QCOMPARE(r.json.value(QLatin1String("account_sid")).toString(), kDemoSid);
    QCOMPARE(r.json.value(QLatin1String("numbers")).toArray().first().toString(), kBusiness);

    r = http("POST", QStringLiteral("/sandbox/calls"),
             R"({"from": "+15125550111", "outcome": "missed", "wiring": "dial", "ring_ms": 20})", {},
             "application/json");
    QCOMPARE(r.status, 201);
    const QString parent = r.json.value(QLatin1String("sid")).toString();
    QVERIFY(parent.startsWith(QLatin1String("CA")));
    QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("in-progress"));
    QVERIFY(r.json.value(QLatin1String("child_sid")).toString().startsWith(QLatin1String("CA")));
    QTRY_COMPARE(server().calls().size(), 2);
    auto allEnded = [this] {
        const QList<Call> calls = server().calls();
        return std::all_of(calls.cbegin(), calls.cend(), [](const Call &c) { return isTerminal(c.status); });
    };
    QTRY_VERIFY(allEnded());

    r = http("POST", QStringLiteral("/sandbox/calls"), "from=%2B15125550112&outcome=busy&ring_ms=10", {});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("ringing"));

    QList<Message> received;
    connect(&server(), &SandboxServer::messageReceived, this, [&received](const Message &m) { received.append(m); });
    r = http("POST", QStringLiteral("/sandbox/messages"),
             R"({"from": "+15125550111", "body": "Hi I just called 🙂"})", {}, "application/json");
    QCOMPARE(r.status, 201);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().body, QStringLiteral("Hi I just called 🙂"));
    QCOMPARE(received.first().to, kBusiness);
    QVERIFY(received.first().status == MessageStatus::Received);
    QCOMPARE(received.first().numSegments, 1);
    QCOMPARE(r.json.value(QLatin1String("sid")).toString(), received.first().sid);
}

void TestSandboxServer::control_badInput_answers400WithASentence()
{
    const QList<QPair<QString, QByteArray>> cases{
        {QStringLiteral("/sandbox/calls"), R"({"from": "5125550111"})"},
        {QStringLiteral("/sandbox/calls"), R"({"from": "+15125550111", "outcome": "exploded"})"},
        {QStringLiteral("/sandbox/calls"), R"({"from": "+15125550111", "wiring": "carrier-pigeon"})"},
        {QStringLiteral("/sandbox/calls"), R"({"from": "+15125550111", "to": "+15125559999"})"},
        {QStringLiteral("/sandbox/calls"), R"({"from": "+15125550111", "ring_ms": "soon"})"},
        {QStringLiteral("/sandbox/calls"), R"({"from": )"},
        {QStringLiteral("/sandbox/messages"), R"({"from": "+15125550111"})"},
        {QStringLiteral("/sandbox/messages"), R"({"from": "nobody", "body": "hi"})"},
        {QStringLiteral("/sandbox/faults"), R"({"kind": "gremlins"})"},
        {QStringLiteral("/sandbox/faults"), R"({"kind": "status", "probability": 3})"},
        {QStringLiteral("/sandbox/calls"), R"({"from": "+15125550111", "legs": "no-answer,answered"})"},
        {QStringLiteral("/sandbox/calls"), R"({"from": "+15125550111", "wiring": "dial", "legs": "no-answer,maybe"})"},
        {QStringLiteral("/sandbox/calls"),
         R"({"from": "+15125550111", "wiring": "dial", "dial_action_url": "ftp://example.com/a"})"},
        {QStringLiteral("/sandbox/calls"),
         R"({"from": "+15125550111", "wiring": "dial", "dial_status_callback": "/relative"})"},
        {QStringLiteral("/sandbox/calls"),
         R"({"from": "+15125550111", "wiring": "dial", "machine_detection": "maybe"})"},
        {QStringLiteral("/sandbox/calls"), R"({"from": "+15125550111", "wiring": "dial", "amd_delay_ms": -5})"},
        {QStringLiteral("/sandbox/faults"), R"({"kind": "list_lag"})"},
        {QStringLiteral("/sandbox/faults"), R"({"kind": "outage", "duration_ms": 0})"},
        {QStringLiteral("/sandbox/faults"), R"({"kind": "clock_offset", "offset_ms": "soon"})"},
    };
    for (const auto &[path, body] : cases) {
        const HttpResult r = http("POST", path, body, {}, "application/json");
        QCOMPARE(r.status, 400);
        const QString error = r.json.value(QLatin1String("error")).toString();
        QVERIFY2(error.endsWith(QLatin1Char('.')) && error.size() > 10, qPrintable(error));
    }
    QVERIFY(server().calls().isEmpty());
    QCOMPARE(http("GET", QStringLiteral("/sandbox/nothing"), {}, {}).status, 404);
    QCOMPARE(http("GET", QStringLiteral("/sandbox/calls"), {}, {}).status, 405);
}

void TestSandboxServer::control_faultsAndLog()
{
    HttpResult r = http(
        "POST", QStringLiteral("/sandbox/faults"),
        R"({"kind": "status", "status": 429, "retry_after": 2, "method": "GET", "path_contains": "/Calls.json", "count": 2})",
        {}, "application/json");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(QLatin1String("kind")).toString(), QStringLiteral("status"));
    r = http("POST", QStringLiteral("/sandbox/faults"), "kind=delay&delay_ms=50&path_contains=IncomingPhoneNumbers",
             {});
    QCOMPARE(r.status, 201);
    QCOMPARE(
        http("GET", QStringLiteral("/sandbox/faults"), {}, {}).json.value(QLatin1String("faults")).toArray().size(), 2);

    QCOMPARE(get(accountPath(QStringLiteral("/Calls.json"))).status, 429);
    r = get(accountPath(QStringLiteral("/Calls.json")));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.headers.value("retry-after"), QByteArray("2"));
    QCOMPARE(get(accountPath(QStringLiteral("/Calls.json"))).status, 200);
    QCOMPARE(get(accountPath(QStringLiteral("/Messages.json"))).status, 200);

    r = http("GET", QStringLiteral("/sandbox/log"), {}, {});
    QCOMPARE(r.status, 200);
    const QJsonArray requests = r.json.value(QLatin1String("requests")).toArray();
    QCOMPARE(requests.size(), 4); // control requests are not logged
    const QJsonObject first = requests.first().toObject();
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
    QVERIFY2(iso.match(first.value(QLatin1String("at")).toString()).hasMatch(),
             qPrintable(first.value(QLatin1String("at")).toString()));
    QCOMPARE(first.value(QLatin1String("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(first.value(QLatin1String("path")).toString(), accountPath(QStringLiteral("/Calls.json")));
    QCOMPARE(first.value(QLatin1String("status")).toInt(), 429);
    QCOMPARE(first.value(QLatin1String("fault")).toString(), QStringLiteral("status"));
    QVERIFY(requests.at(2).toObject().value(QLatin1String("fault")).isNull());

    QCOMPARE(http("DELETE", QStringLiteral("/sandbox/faults"), {}, {}).status, 204);
    QVERIFY(server().faults().isEmpty());
    QCOMPARE(http("DELETE", QStringLiteral("/sandbox/log"), {}, {}).status, 204);
    QVERIFY(server().requestLog().isEmpty());
}

void TestSandboxServer::rest_everyAnswer_carriesADateHeader()
{
    // Twilio's answers carry an RFC 7231 Date; so do the sandbox's, errors included.
    auto check = [](const RawResult &r, int status) {
        QCOMPARE(r.status(), status);
        const QDateTime date = parseHttpDate(r.header("Date"));
        QVERIFY2(date.isValid(), r.header("Date").constData());
        QVERIFY(std::abs(date.secsTo(QDateTime::currentDateTimeUtc())) < 5);
    };
    check(raw("GET", accountPath(QStringLiteral(".json"))), 200);
    check(raw("GET", accountPath(QStringLiteral("/Recordings.json"))), 404);
    check(raw("GET", QStringLiteral("/nothing-here")), 404);
    check(raw("POST", accountPath(QStringLiteral("/Messages.json")), "To=nobody"), 400);
    check(
        raw("GET", accountPath(QStringLiteral("/Calls.json"), QString::fromLatin1(SandboxServer::suspendedAccountSid))),
        401);
    SandboxServer::Fault f;
    f.kind = SandboxServer::Fault::Kind::Status;
    f.status = 429;
    server().addFault(f);
    check(raw("GET", accountPath(QStringLiteral("/Calls.json"))), 429);
    // And through Qt's client, for the control API too.
    QVERIFY(parseHttpDate(get(accountPath(QStringLiteral("/Calls.json"))).headers.value("date")).isValid());
    QVERIFY(parseHttpDate(http("GET", QStringLiteral("/sandbox/health"), {}, {}).headers.value("date")).isValid());
}

void TestSandboxServer::control_dialOptions_shapeTheCall()
{
    HttpResult r = control("POST", QStringLiteral("/sandbox/calls"),
                           R"({"from": "+15125550111", "wiring": "dial", "ring_ms": 20, "talk_seconds": 1,
                               "legs": "no-answer, busy ,answered", "machine_detection": true, "amd_delay_ms": 50,
                               "dial_action_url": "http://127.0.0.1:9/action",
                               "dial_status_callback": "https://hooks.example.com/leg"})");
    QCOMPARE(r.status, 201);
    const QString parent = r.json.value(QLatin1String("sid")).toString();
    const QString first = r.json.value(QLatin1String("child_sid")).toString();
    QVERIFY(first.startsWith(QLatin1String("CA")));
    QTRY_COMPARE_WITH_TIMEOUT(fetchCall(parent).value(QLatin1String("status")).toString(), QStringLiteral("completed"),
                              8000);
    const QJsonArray legs = childLegs(parent);
    QCOMPARE(legs.size(), 3);
    QCOMPARE(legs.at(0).toObject().value(QLatin1String("sid")).toString(), first);
    QCOMPARE(legs.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("no-answer"));
    QCOMPARE(legs.at(1).toObject().value(QLatin1String("status")).toString(), QStringLiteral("busy"));
    QCOMPARE(legs.at(2).toObject().value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(legs.at(2).toObject().value(QLatin1String("answered_by")).toString(), QStringLiteral("human"));

    // Form bodies work the same way.
    r = http("POST", QStringLiteral("/sandbox/calls"),
             "from=%2B15125550112&wiring=dial&outcome=voicemail&ring_ms=10&machine_detection=1&amd_delay_ms=10");
    QCOMPARE(r.status, 201);
    const QString voicemail = r.json.value(QLatin1String("sid")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(fetchCall(voicemail).value(QLatin1String("status")).toString(),
                              QStringLiteral("completed"), 5000);
    QCOMPARE(childLegs(voicemail).first().toObject().value(QLatin1String("answered_by")).toString(),
             QStringLiteral("machine_start"));

    r = http("GET", QStringLiteral("/sandbox/health"), {}, {});
    QCOMPARE(r.json.value(QLatin1String("backup_cell")).toString(), QString::fromLatin1(SandboxServer::demoBackupCell));
}

void TestSandboxServer::control_lastingFaults()
{
    HttpResult r = control("POST", QStringLiteral("/sandbox/faults"),
                           R"({"kind": "list_lag", "lag_ms": 1500, "path_contains": "Messages.json"})");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(QLatin1String("kind")).toString(), QStringLiteral("list_lag"));
    QCOMPARE(r.json.value(QLatin1String("lag_ms")).toInt(), 1500);
    QCOMPARE(r.json.value(QLatin1String("count")).toInt(), -1);

    r = control("POST", QStringLiteral("/sandbox/faults"), R"({"kind": "outage", "duration_ms": 60000})");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(QLatin1String("status")).toInt(), 503);
    QCOMPARE(r.json.value(QLatin1String("duration_ms")).toInt(), 60000);
    QCOMPARE(get(accountPath(QStringLiteral(".json"))).status, 503);

    r = http("POST", QStringLiteral("/sandbox/faults"), "kind=clock_offset&offset_ms=-90061000");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(QLatin1String("offset_ms")).toDouble(), -90061000.0);
    const QDateTime date = parseHttpDate(get(accountPath(QStringLiteral(".json"))).headers.value("date"));
    QVERIFY(std::abs(date.msecsTo(QDateTime::currentDateTimeUtc()) - 90061000) < 5000);

    r = http("GET", QStringLiteral("/sandbox/faults"), {}, {});
    QCOMPARE(r.json.value(QLatin1String("faults")).toArray().size(), 3);
    QCOMPARE(http("GET", QStringLiteral("/sandbox/health"), {}, {}).json.value(QLatin1String("faults")).toInt(), 3);
    QCOMPARE(http("DELETE", QStringLiteral("/sandbox/faults"), {}, {}).status, 204);
    QCOMPARE(get(accountPath(QStringLiteral(".json"))).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
