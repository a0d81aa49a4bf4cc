#include "sandboxharness.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cstdlib>

using namespace Rebound::Core;
using namespace Rebound::Test;

// Injected faults, observed on the socket.
class TestSandboxFaults final : public QObject, public SandboxHarness
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(start()); }
    void cleanup() { stop(); }

    void faults_statusWithRetryAfter();
    void faults_dropClosesWithoutAnswer();
    void faults_dropAfterProcessing_carriesOutTheRequest();
    void faults_statusAfterProcessing_carriesOutTheRequest();
    void faults_delay_answersLate();
    void faults_malformed_answersUnreadableBody();
    void faults_truncated_cutsTheBody();
    void faults_filters_matchMethodPathAndCount();
    void faults_listLag_hidesNewMessagesFromListsForAWhile();
    void faults_outage_refusesEverythingUntilItEnds();
    void faults_clockOffset_movesEveryTimestamp();
    void faults_kindFromString();

private:
    QStringList listedMessageSids(const QString &query = {});
    QString sendText(const QString &to = QStringLiteral("+15125550111"));
};

void TestSandboxFaults::faults_statusWithRetryAfter()
{
    SandboxServer::Fault f;
    f.kind = SandboxServer::Fault::Kind::Status;
    f.status = 429;
    f.retryAfterSeconds = 7;
    server().addFault(f);
    RawResult r = raw("GET", accountPath(QStringLiteral("/Calls.json")));
    QCOMPARE(r.status(), 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("7"));
    const QJsonObject body = QJsonDocument::fromJson(r.body()).object();
    QCOMPARE(body.value(QLatin1String("code")).toInt(), 20429);
    QCOMPARE(body.value(QLatin1String("status")).toInt(), 429);
    // count = 1: the next request goes through.
    QCOMPARE(raw("GET", accountPath(QStringLiteral("/Calls.json"))).status(), 200);

    f.status = 503;
    f.retryAfterSeconds = -1;
    server().addFault(f);
    r = raw("GET", accountPath(QStringLiteral("/Calls.json")));
    QCOMPARE(r.status(), 503);
    QVERIFY(r.header("Retry-After").isEmpty());
    QCOMPARE(QJsonDocument::fromJson(r.body()).object().value(QLatin1String("code")).toInt(), 20503);

    const QList<SandboxServer::LoggedRequest> log = server().requestLog();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).status, 429);
    QCOMPARE(log.at(0).fault, QStringLiteral("status"));
    QVERIFY(log.at(1).fault.isEmpty());
}

void TestSandboxFaults::faults_dropClosesWithoutAnswer()
{
    SandboxServer::Fault f;
    f.kind = SandboxServer::Fault::Kind::Drop;
    server().addFault(f);
    const RawResult r = raw("POST", accountPath(QStringLiteral("/Messages.json")),
                            form({{QStringLiteral("To"), QStringLiteral("+15125550111")},
                                  {QStringLiteral("From"), kBusiness},
                                  {QStringLiteral("Body"), QStringLiteral("hi")}}));
    QVERIFY(r.closed);
    QVERIFY(r.bytes.isEmpty());
    QVERIFY(server().messages().isEmpty());
    QCOMPARE(server().requestLog().last().status, 0);
    QCOMPARE(server().requestLog().last().fault, QStringLiteral("drop"));
}

void TestSandboxFaults::faults_dropAfterProcessing_carriesOutTheRequest()
{
    SandboxServer::Fault f;
    f.kind = SandboxServer::Fault::Kind::DropAfterProcessing;
    f.method = "POST";
    server().addFault(f);
    const RawResult r = raw("POST", accountPath(QStringLiteral("/Messages.json")),
                            form({{QStringLiteral("To"), QStringLiteral("+15125550111")},
                                  {QStringLiteral("From"), kBusiness},
                                  {QStringLiteral("Body"), QStringLiteral("outcome unknown")}}));
    QVERIFY(r.closed);
    QVERIFY(r.bytes.isEmpty());
    QCOMPARE(server().messages().size(), 1);
    QCOMPARE(server().messages().first().body, QStringLiteral("outcome unknown"));
    QCOMPARE(server().requestLog().last().fault, QStringLiteral("drop_after_processing"));
}

void TestSandboxFaults::faults_statusAfterProcessing_carriesOutTheRequest()
{
    SandboxServer::Fault f;
    f.kind = SandboxServer::Fault::Kind::StatusAfterProcessing;
    f.status = 500;
    server().addFault(f);
    const RawResult r = raw("POST", accountPath(QStringLiteral("/Messages.json")),
                            form({{QStringLiteral("To"), QStringLiteral("+15125550111")},
                                  {QStringLiteral("From"), kBusiness},
                                  {QStringLiteral("Body"), QStringLiteral("hi")}}));
    QCOMPARE(r.status(), 500);
    QCOMPARE(QJsonDocument::fromJson(r.body()).object().value(QLatin1String("code")).toInt(), 20500);
    QCOMPARE(server().messages().size(), 1);
}

void TestSandboxFaults::faults_delay_answersLate()
{
    SandboxServer::Fault f;
    f.kind = SandboxServer::Fault::Kind::Delay;
    f.delayMs = 800;
    server().addFault(f);
    const RawResult r = raw("GET", accountPath(QStringLiteral(".json")));
    QCOMPARE(r.status(), 200);
    QVERIFY2(r.elapsedMs >= 780, QByteArray::number(r.elapsedMs).constData());
    QCOMPARE(QJsonDocument::fromJson(r.body()).object().value(QLatin1String("sid")).toString(), kDemoSid);
    QVERIFY(raw("GET", accountPath(QStringLiteral(".json"))).elapsedMs < 700);
}

void TestSandboxFaults::faults_malformed_answersUnreadableBody()
{
    SandboxServer::Fault f;
    f.kind = SandboxServer::Fault::Kind::Malformed;
    f.count = 2;
    server().addFault(f);
    for (int i = 0; i < 2; ++i) {
        const RawResult r = raw("GET", accountPath(QStringLiteral("/Calls.json")));
        QCOMPARE(r.status(), 200);
        QJsonParseError error{};
        QJsonDocument::fromJson(r.body(), &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QCOMPARE(r.header("Content-Length").toInt(), r.body().size());
    }
    QVERIFY(server().faults().isEmpty());
}

void TestSandboxFaults::faults_truncated_cutsTheBody()
{
    SandboxServer::Fault f;
    f.kind = SandboxServer::Fault::Kind::Truncated;
    server().addFault(f);
    const RawResult r = raw("GET", accountPath(QStringLiteral(".json")));
    QCOMPARE(r.status(), 200);
    QVERIFY(r.closed);
    const int announced = r.header("Content-Length").toInt();
    QVERIFY(announced > 0);
    QVERIFY(r.body().size() < announced);
    QVERIFY(!r.body().isEmpty());
}

void TestSandboxFaults::faults_filters_matchMethodPathAndCount()
{
    SandboxServer::Fault f;
    f.kind = SandboxServer::Fault::Kind::Status;
    f.status = 500;
    f.method = "POST";
    f.pathContains = QStringLiteral("Messages");
    f.count = -1;
    server().addFault(f);
    QCOMPARE(raw("GET", accountPath(QStringLiteral("/Messages.json"))).status(), 200);
    QCOMPARE(raw("GET", accountPath(QStringLiteral("/Calls.json"))).status(), 200);
    const QByteArray body = form({{QStringLiteral("To"), QStringLiteral("+15125550111")},
                                  {QStringLiteral("From"), kBusiness},
                                  {QStringLiteral("Body"), QStringLiteral("hi")}});
    for (int i = 0; i < 3; ++i)
        QCOMPARE(raw("POST", accountPath(QStringLiteral("/Messages.json")), body).status(), 500);
    QVERIFY(server().messages().isEmpty());
    QCOMPARE(server().faults().size(), 1);
    server().clearFaults();
    QCOMPARE(raw("POST", accountPath(QStringLiteral("/Messages.json")), body).status(), 201);
}

void TestSandboxFaults::faults_kindFromString()
{
    using K = SandboxServer::Fault::Kind;
    QCOMPARE(SandboxServer::Fault::kindFromString(u"drop_after_processing"), std::optional<K>(K::DropAfterProcessing));
    QCOMPARE(SandboxServer::Fault::kindFromString(u"Truncated"), std::optional<K>(K::Truncated));
    QVERIFY(!SandboxServer::Fault::kindFromString(u"gremlins"));
    QCOMPARE(SandboxServer::Fault::kindName(K::StatusAfterProcessing), QStringLiteral("status_after_processing"));
    QCOMPARE(SandboxServer::Fault::kindFromString(u"list_lag"), std::optional<K>(K::ListLag));
    QCOMPARE(SandboxServer::Fault::kindFromString(u"outage"), std::optional<K>(K::Outage));
    QCOMPARE(SandboxServer::Fault::kindName(K::ClockOffset), QStringLiteral("clock_offset"));
}

QStringList TestSandboxFaults::listedMessageSids(const QString &query)
{
    QStringList sids;
    const HttpResult r = get(accountPath(QStringLiteral("/Messages.json") + query));
    for (const QJsonValue &v : r.json.value(QLatin1String("messages")).toArray())
        sids.append(v.toObject().value(QLatin1String("sid")).toString());
    return sids;
}

QString TestSandboxFaults::sendText(const QString &to)
{
    return postForm(accountPath(QStringLiteral("/Messages.json")),
                    {{QStringLiteral("To"), to},
                     {QStringLiteral("From"), kBusiness},
                     {QStringLiteral("Body"), QStringLiteral("Sorry we missed your call!")}})
        .json.value(QLatin1String("sid"))
        .toString();
}

void TestSandboxFaults::faults_listLag_hidesNewMessagesFromListsForAWhile()
{
    SandboxServer::Fault f;
    f.kind = SandboxServer::Fault::Kind::ListLag;
    f.lagMs = 800;
    f.count = 1; // a lasting state: count does not apply
    server().addFault(f);
    QElapsedTimer clock;
    clock.start();
    const QString sid = sendText();
    QVERIFY(!sid.isEmpty());
    QVERIFY(!listedMessageSids().contains(sid));
    QVERIFY(!listedMessageSids(QStringLiteral("?To=%2B15125550111")).contains(sid));
    // Fetching it by SID works at once.
    QCOMPARE(get(accountPath(QStringLiteral("/Messages/%1.json").arg(sid))).status, 200);
    // A customer's text is not created through the API and lists at once.
    const QString inbound = server().receiveText(QStringLiteral("+15125550112"), {}, QStringLiteral("hello?"));
    QVERIFY(listedMessageSids().contains(inbound));

    QTRY_VERIFY_WITH_TIMEOUT(listedMessageSids().contains(sid), 5000);
    QVERIFY2(clock.elapsed() >= 780, QByteArray::number(clock.elapsed()).constData());
    // It lasts until cleared, whatever the count said.
    QCOMPARE(server().faults().size(), 1);
    QCOMPARE(server().faults().first().count, -1);
    const QString later = sendText();
    QVERIFY(!listedMessageSids().contains(later));
    server().clearFaults();
    QVERIFY(listedMessageSids().contains(later));

    // Scoped by path_contains to some list requests only.
    f.pathContains = QStringLiteral("To=%2B15125550113");
    server().addFault(f);
    const QString scoped = sendText(QStringLiteral("+15125550113"));
    QVERIFY(listedMessageSids().contains(scoped));
    QVERIFY(!listedMessageSids(QStringLiteral("?To=%2B15125550113")).contains(scoped));
}

void TestSandboxFaults::faults_outage_refusesEverythingUntilItEnds()
{
    // A one-shot status fault queued behind the outage is not used up by it.
    SandboxServer::Fault status;
    status.kind = SandboxServer::Fault::Kind::Status;
    status.status = 429;
    status.method = "GET";
    status.pathContains = QStringLiteral("Calls.json");
    server().addFault(status);

    SandboxServer::Fault f;
    f.kind = SandboxServer::Fault::Kind::Outage;
    f.status = 503;
    f.durationMs = 900;
    QElapsedTimer clock;
    clock.start();
    server().addFault(f);

    RawResult r = raw("GET", accountPath(QStringLiteral("/Calls.json")));
    QCOMPARE(r.status(), 503);
    QCOMPARE(QJsonDocument::fromJson(r.body()).object().value(QLatin1String("code")).toInt(), 20503);
    QVERIFY(parseHttpDate(r.header("Date")).isValid());
    r = raw("POST", accountPath(QStringLiteral("/Messages.json")),
            form({{QStringLiteral("To"), QStringLiteral("+15125550111")},
                  {QStringLiteral("From"), kBusiness},
                  {QStringLiteral("Body"), QStringLiteral("hi")}}));
    QCOMPARE(r.status(), 503);
    QVERIFY(server().messages().isEmpty()); // refused, not carried out
    QCOMPARE(server().requestLog().last().fault, QStringLiteral("outage"));
    QCOMPARE(server().requestLog().last().status, 503);
    QCOMPARE(server().faults().size(), 2);

    // It ends by itself.
    QTRY_VERIFY_WITH_TIMEOUT(raw("GET", accountPath(QStringLiteral(".json"))).status() == 200, 5000);
    QVERIFY2(clock.elapsed() >= 880, QByteArray::number(clock.elapsed()).constData());
    QCOMPARE(server().faults().size(), 1);
    QCOMPARE(raw("GET", accountPath(QStringLiteral("/Calls.json"))).status(), 429);
    QCOMPARE(raw("GET", accountPath(QStringLiteral("/Calls.json"))).status(), 200);

    // Scoped by method and path like other faults.
    f.method = "POST";
    f.pathContains = QStringLiteral("Messages");
    f.status = 500;
    server().addFault(f);
    QCOMPARE(raw("GET", accountPath(QStringLiteral("/Messages.json"))).status(), 200);
    QCOMPARE(raw("POST", accountPath(QStringLiteral("/Messages.json")),
                 form({{QStringLiteral("To"), QStringLiteral("+15125550111")},
                       {QStringLiteral("From"), kBusiness},
                       {QStringLiteral("Body"), QStringLiteral("hi")}}))
                 .status(),
             500);
}

void TestSandboxFaults::faults_clockOffset_movesEveryTimestamp()
{
    WebhookSink sink;
    const quint16 port = sink.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    QCOMPARE(postForm(accountPath(QStringLiteral("/IncomingPhoneNumbers/%1.json")
                                      .arg(QString::fromLatin1(SandboxServer::demoNumberSid))),
                      {{QStringLiteral("StatusCallback"), QStringLiteral("http://127.0.0.1:%1/status").arg(port)}})
                 .status,
             200);

    constexpr qint64 offsetMs = -2LL * 24 * 3600 * 1000 - 3600 * 1000; // 49 hours behind
    SandboxServer::Fault f;
    f.kind = SandboxServer::Fault::Kind::ClockOffset;
    f.offsetMs = offsetMs;
    server().addFault(f);
    auto onSandboxClock = [](const QDateTime &t) {
        const qint64 drift = t.toMSecsSinceEpoch() - (QDateTime::currentMSecsSinceEpoch() + offsetMs);
        return t.isValid() && std::abs(drift) < 5000;
    };
    auto field = [](const QJsonObject &o, const char *name) {
        return QDateTime::fromString(o.value(QLatin1String(name)).toString(), Qt::RFC2822Date);
    };

    const RawResult r = raw("GET", accountPath(QStringLiteral(".json")));
    QCOMPARE(r.status(), 200);
    QVERIFY2(onSandboxClock(parseHttpDate(r.header("Date"))), r.header("Date").constData());

    const QString sid = sendText();
    QTRY_COMPARE(
        get(accountPath(QStringLiteral("/Messages/%1.json").arg(sid))).json.value(QLatin1String("status")).toString(),
        QStringLiteral("delivered"));
    const QJsonObject message = get(accountPath(QStringLiteral("/Messages/%1.json").arg(sid))).json;
    QVERIFY(onSandboxClock(field(message, "date_created")));
    QVERIFY(onSandboxClock(field(message, "date_sent")));
    QVERIFY(onSandboxClock(field(message, "date_updated")));

    using PC = SandboxServer::PlacedCall;
    const QString call =
        server().placeCall(placed(QStringLiteral("+15125550111"), PC::Outcome::Missed, PC::Wiring::Forwarded, 20));
    QTRY_COMPARE(fetchCall(call).value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    const QJsonObject json = fetchCall(call);
    QVERIFY(onSandboxClock(field(json, "date_created")));
    QVERIFY(onSandboxClock(field(json, "start_time")));
    QVERIFY(onSandboxClock(field(json, "end_time")));
    QTRY_COMPARE(sink.hits.size(), 1);
    QVERIFY(onSandboxClock(QDateTime::fromString(value(sink.hits.first().params, "Timestamp"), Qt::RFC2822Date)));
    // Lists filter by the sandbox's own days.
    const QString day = QDateTime::currentDateTimeUtc().addMSecs(offsetMs).date().toString(Qt::ISODate);
    QCOMPARE(get(accountPath(QStringLiteral("/Calls.json?StartTime=") + day))
                 .json.value(QLatin1String("calls"))
                 .toArray()
                 .size(),
             1);

    // One clock at a time: a new offset replaces the old one; clearing restores this machine's.
    f.offsetMs = 0;
    server().addFault(f);
    QCOMPARE(server().faults().size(), 1);
    server().clearFaults();
    const QDateTime date = parseHttpDate(raw("GET", accountPath(QStringLiteral(".json"))).header("Date"));
    QVERIFY(std::abs(date.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch()) < 5000);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
