#include "sandboxharness.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Rebound::Core;
using namespace Rebound::Test;

// Calls as the 2010-04-01 API lists them: paging, filters, and how each wiring and outcome ends.
class TestSandboxCalls final : public QObject, public SandboxHarness
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(start()); }
    void cleanup() { stop(); }

    void calls_paging_isStableWhileCallsArrive();
    void calls_filters_selectTheRightLegs();
    void calls_plusNotEscaped_matchesNothingLikeTwilio();
    void calls_forwardedWiring_endsAsDescribed();
    void calls_dialWiring_hasChildLegs();
    void calls_unanswered_haveNoEndTimeNorDuration();
    void calls_sequentialDial_ringsTheNextLegOnlyAfterAMiss();
    void calls_machineDetection_answeredByComesAfterTheDelay();
    void calls_withoutMachineDetection_answeredByStaysEmpty();
    void createCall_refusesWhatTwilioRefuses_data();
    void createCall_refusesWhatTwilioRefuses();
    void createCall_toTheOfficeLine_isForwardedWhenNobodyAnswers();
    void createCall_withForwardingOff_ringsOut();
    void createCall_officeVoicemailOrBusyLine_isNeverForwarded();
};

void TestSandboxCalls::calls_paging_isStableWhileCallsArrive()
{
    using PC = SandboxServer::PlacedCall;
    QStringList placedSids;
    for (int i = 0; i < 120; ++i) {
        const QString from = QStringLiteral("+1737555%1").arg(1000 + i);
        placedSids.append(server().placeCall(placed(from, PC::Outcome::Missed, PC::Wiring::Forwarded, 600000)));
    }
    HttpResult page0 = get(accountPath(QStringLiteral("/Calls.json?PageSize=50")));
    QCOMPARE(page0.status, 200);
    QJsonArray calls = page0.json.value(QLatin1String("calls")).toArray();
    QCOMPARE(calls.size(), 50);
    QCOMPARE(page0.json.value(QLatin1String("page")).toInt(), 0);
    QCOMPARE(page0.json.value(QLatin1String("page_size")).toInt(), 50);
    QCOMPARE(page0.json.value(QLatin1String("start")).toInt(), 0);
    QCOMPARE(page0.json.value(QLatin1String("end")).toInt(), 49);
    QVERIFY(page0.json.value(QLatin1String("previous_page_uri")).isNull());
    QVERIFY(page0.json.value(QLatin1String("first_page_uri")).toString().contains(QLatin1String("Page=0")));
    QVERIFY(page0.json.value(QLatin1String("uri")).toString().startsWith(accountPath(QStringLiteral("/Calls.json?"))));
    // Newest first.
    QCOMPARE(calls.first().toObject().value(QLatin1String("sid")).toString(), placedSids.last());

    // New calls between pages must not shift the pages that follow.
    for (int i = 0; i < 5; ++i)
        server().placeCall(
            placed(QStringLiteral("+1737555%1").arg(2000 + i), PC::Outcome::Missed, PC::Wiring::Forwarded, 600000));

    QSet<QString> seen;
    for (const QJsonValue &v : std::as_const(calls))
        seen.insert(v.toObject().value(QLatin1String("sid")).toString());
    QString next = page0.json.value(QLatin1String("next_page_uri")).toString();
    QVERIFY(next.startsWith(QLatin1String("/2010-04-01/Accounts/")));
    QVERIFY(next.contains(QLatin1String("PageSize=50")));
    QVERIFY(next.contains(QLatin1String("Page=1")));
    QVERIFY(next.contains(QLatin1String("PageToken=")));
    int pageCount = 1;
    while (!next.isEmpty()) {
        const HttpResult page = get(next);
        QCOMPARE(page.status, 200);
        ++pageCount;
        QCOMPARE(page.json.value(QLatin1String("page")).toInt(), pageCount - 1);
        QVERIFY(!page.json.value(QLatin1String("previous_page_uri")).isNull());
        const QJsonArray items = page.json.value(QLatin1String("calls")).toArray();
        for (const QJsonValue &v : items)
            seen.insert(v.toObject().value(QLatin1String("sid")).toString());
        if (pageCount == 2) {
            QCOMPARE(items.size(), 50);
            QCOMPARE(page.json.value(QLatin1String("start")).toInt(), 50);
            QCOMPARE(page.json.value(QLatin1String("end")).toInt(), 99);
        } else {
            QCOMPARE(items.size(), 20);
        }
        next = page.json.value(QLatin1String("next_page_uri")).toString();
        QVERIFY(pageCount <= 3);
    }
    QCOMPARE(pageCount, 3);
    QCOMPARE(seen, QSet<QString>(placedSids.cbegin(), placedSids.cend()));

    // PageSize is capped at 1000; garbage tokens are refused.
    HttpResult big = get(accountPath(QStringLiteral("/Calls.json?PageSize=5000")));
    QCOMPARE(big.json.value(QLatin1String("page_size")).toInt(), 1000);
    QCOMPARE(big.json.value(QLatin1String("calls")).toArray().size(), 125);
    QVERIFY(big.json.value(QLatin1String("next_page_uri")).isNull());
    const HttpResult bad = get(accountPath(QStringLiteral("/Calls.json?PageSize=50&Page=1&PageToken=garbage")));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json.value(QLatin1String("code")).toInt(), 21481);
}

void TestSandboxCalls::calls_filters_selectTheRightLegs()
{
    using PC = SandboxServer::PlacedCall;
    const QString parent =
        server().placeCall(placed(QStringLiteral("+15125550111"), PC::Outcome::Missed, PC::Wiring::Dial, 600000));
    server().placeCall(placed(QStringLiteral("+15125550112"), PC::Outcome::Missed, PC::Wiring::Forwarded, 600000));
    server().placeCall(placed(QStringLiteral("+15125550113"), PC::Outcome::Busy, PC::Wiring::Forwarded, 600000));
    QVERIFY(!parent.isEmpty());

    auto count = [this](const QString &query) {
        return get(accountPath(QStringLiteral("/Calls.json?") + query))
            .json.value(QLatin1String("calls"))
            .toArray()
            .size();
    };
    QCOMPARE(count({}), 4);
    QCOMPARE(count(QStringLiteral("From=%2B15125550111")), 1);
    QCOMPARE(count(QStringLiteral("To=%2B15125550100")), 3);
    QCOMPARE(count(QStringLiteral("To=%2B15125550199")), 1);
    QCOMPARE(count(QStringLiteral("Status=ringing")), 3);
    QCOMPARE(count(QStringLiteral("Status=in-progress")), 1);
    QCOMPARE(count(QStringLiteral("Status=completed")), 0);
    const HttpResult children = get(accountPath(QStringLiteral("/Calls.json?ParentCallSid=") + parent));
    const QJsonArray legs = children.json.value(QLatin1String("calls")).toArray();
    QCOMPARE(legs.size(), 1);
    QCOMPARE(legs.first().toObject().value(QLatin1String("direction")).toString(), QStringLiteral("outbound-dial"));
    QCOMPARE(legs.first().toObject().value(QLatin1String("parent_call_sid")).toString(), parent);

    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QString d0 = today.toString(Qt::ISODate);
    const QString dPlus = today.addDays(1).toString(Qt::ISODate);
    const QString dMinus = today.addDays(-1).toString(Qt::ISODate);
    QCOMPARE(count(QStringLiteral("StartTime%3E=") + d0), 4);
    QCOMPARE(count(QStringLiteral("StartTime%3E=") + dMinus), 4);
    QCOMPARE(count(QStringLiteral("StartTime%3E=") + dPlus), 0);
    QCOMPARE(count(QStringLiteral("StartTime%3C=") + dMinus), 0);
    QCOMPARE(count(QStringLiteral("StartTime%3C=") + d0), 4);
    QCOMPARE(count(QStringLiteral("StartTime=") + d0), 4);
    QCOMPARE(count(QStringLiteral("StartTime%3E=") + d0 + QStringLiteral("&From=%2B15125550112")), 1);
    // The filters travel with the paging links.
    const HttpResult paged =
        get(accountPath(QStringLiteral("/Calls.json?StartTime%3E=") + d0 + QStringLiteral("&PageSize=2")));
    const QString next = paged.json.value(QLatin1String("next_page_uri")).toString();
    QVERIFY(next.contains(QStringLiteral("StartTime%3E=") + d0));
    QCOMPARE(get(next).json.value(QLatin1String("calls")).toArray().size(), 2);

    QCOMPARE(get(accountPath(QStringLiteral("/Calls.json?StartTime%3E=yesterday"))).status, 400);
    QCOMPARE(get(accountPath(QStringLiteral("/Calls.json?Status=exploded"))).status, 400);
}

void TestSandboxCalls::calls_plusNotEscaped_matchesNothingLikeTwilio()
{
    using PC = SandboxServer::PlacedCall;
    server().placeCall(placed(QStringLiteral("+15125550111"), PC::Outcome::Missed, PC::Wiring::Forwarded, 600000));
    // An unescaped '+' is a space in a query string, as Twilio decodes it.
    const HttpResult r = get(accountPath(QStringLiteral("/Calls.json?From=+15125550111")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("calls")).toArray().size(), 0);
}

void TestSandboxCalls::calls_forwardedWiring_endsAsDescribed()
{
    using PC = SandboxServer::PlacedCall;
    const QString missed =
        server().placeCall(placed(QStringLiteral("+15125550111"), PC::Outcome::Missed, PC::Wiring::Forwarded));
    const QString busy =
        server().placeCall(placed(QStringLiteral("+15125550112"), PC::Outcome::Busy, PC::Wiring::Forwarded));
    const QString canceled =
        server().placeCall(placed(QStringLiteral("+15125550113"), PC::Outcome::Canceled, PC::Wiring::Forwarded));

    HttpResult r = get(accountPath(QStringLiteral("/Calls/%1.json").arg(missed)));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("ringing"));
    QCOMPARE(r.json.value(QLatin1String("direction")).toString(), QStringLiteral("inbound"));
    QCOMPARE(r.json.value(QLatin1String("to")).toString(), kBusiness);
    QVERIFY(!r.json.value(QLatin1String("start_time")).toString().isEmpty());
    QVERIFY(r.json.value(QLatin1String("end_time")).isNull());

    QTRY_COMPARE(
        get(accountPath(QStringLiteral("/Calls/%1.json").arg(missed))).json.value(QLatin1String("status")).toString(),
        QStringLiteral("completed"));
    r = get(accountPath(QStringLiteral("/Calls/%1.json").arg(missed)));
    const int seconds = r.json.value(QLatin1String("duration")).toString().toInt();
    QVERIFY(seconds >= 5 && seconds <= 20);
    QVERIFY(!r.json.value(QLatin1String("end_time")).toString().isEmpty());
    QVERIFY(QDateTime::fromString(r.json.value(QLatin1String("date_updated")).toString(), Qt::RFC2822Date).isValid());

    QTRY_COMPARE(
        get(accountPath(QStringLiteral("/Calls/%1.json").arg(busy))).json.value(QLatin1String("status")).toString(),
        QStringLiteral("busy"));
    QVERIFY(get(accountPath(QStringLiteral("/Calls/%1.json").arg(busy)))
                .json.value(QLatin1String("duration"))
                .toString()
                .isEmpty());
    QTRY_COMPARE(
        get(accountPath(QStringLiteral("/Calls/%1.json").arg(canceled))).json.value(QLatin1String("status")).toString(),
        QStringLiteral("canceled"));
}

void TestSandboxCalls::calls_dialWiring_hasChildLegs()
{
    using PC = SandboxServer::PlacedCall;
    QList<Call> ended;
    connect(&server(), &SandboxServer::callEnded, this, [&ended](const Call &c) { ended.append(c); });

    struct Case
    {
        PC::Outcome outcome;
        const char *childStatus;
        bool hasDuration;
        const char *answeredBy;
    };
    const QList<Case> cases{
        {PC::Outcome::Missed, "no-answer", false, ""},
        {PC::Outcome::Busy, "busy", false, ""},
        {PC::Outcome::Canceled, "canceled", false, ""},
        {PC::Outcome::Failed, "failed", false, ""},
        // Without machine detection Twilio leaves answered_by empty, even for a voicemail pickup.
        {PC::Outcome::Voicemail, "completed", true, ""},
        {PC::Outcome::Answered, "completed", true, ""},
    };
    for (const Case &c : cases) {
        const QString parent = server().placeCall(placed(QStringLiteral("+15125550111"), c.outcome, PC::Wiring::Dial));
        QVERIFY(!parent.isEmpty());
        HttpResult r = get(accountPath(QStringLiteral("/Calls/%1.json").arg(parent)));
        QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("in-progress"));
        const QString childrenPath = accountPath(QStringLiteral("/Calls.json?ParentCallSid=") + parent);
        QJsonObject child = get(childrenPath).json.value(QLatin1String("calls")).toArray().first().toObject();
        QCOMPARE(child.value(QLatin1String("status")).toString(), QStringLiteral("ringing"));
        QCOMPARE(child.value(QLatin1String("from")).toString(), kBusiness);
        QCOMPARE(child.value(QLatin1String("to")).toString(), QString::fromLatin1(SandboxServer::demoOwnerCell));

        QTRY_COMPARE_WITH_TIMEOUT(get(accountPath(QStringLiteral("/Calls/%1.json").arg(parent)))
                                      .json.value(QLatin1String("status"))
                                      .toString(),
                                  QStringLiteral("completed"), 5000);
        child = get(childrenPath).json.value(QLatin1String("calls")).toArray().first().toObject();
        QCOMPARE(child.value(QLatin1String("status")).toString(), QLatin1String(c.childStatus));
        QCOMPARE(!child.value(QLatin1String("duration")).toString().isEmpty(), c.hasDuration);
        QCOMPARE(child.value(QLatin1String("answered_by")).toString(), QLatin1String(c.answeredBy));
        QCOMPARE(!child.value(QLatin1String("end_time")).toString().isEmpty(), c.hasDuration);
        if (c.outcome == PC::Outcome::Voicemail) {
            const int seconds = child.value(QLatin1String("duration")).toString().toInt();
            QVERIFY(seconds >= 15 && seconds <= 25);
        }
    }
    QCOMPARE(ended.size(), cases.size() * 2);
}

void TestSandboxCalls::calls_unanswered_haveNoEndTimeNorDuration()
{
    // FACTS 1.3: end_time is "empty if the call did not complete successfully",
    // duration "empty for busy, failed, unanswered".
    using PC = SandboxServer::PlacedCall;
    struct Case
    {
        PC::Outcome outcome;
        PC::Wiring wiring;
        const char *status;
    };
    const QList<Case> cases{
        {PC::Outcome::Busy, PC::Wiring::Forwarded, "busy"},
        {PC::Outcome::Failed, PC::Wiring::Forwarded, "failed"},
        {PC::Outcome::Canceled, PC::Wiring::Forwarded, "canceled"},
        {PC::Outcome::Missed, PC::Wiring::Dial, "no-answer"},
        {PC::Outcome::Busy, PC::Wiring::Dial, "busy"},
        {PC::Outcome::Failed, PC::Wiring::Dial, "failed"},
        {PC::Outcome::Canceled, PC::Wiring::Dial, "canceled"},
    };
    for (const Case &c : cases) {
        const QString sid = server().placeCall(placed(QStringLiteral("+15125550111"), c.outcome, c.wiring));
        const bool dial = c.wiring == PC::Wiring::Dial;
        auto unanswered = [&] { return dial ? childLegs(sid).first().toObject() : fetchCall(sid); };
        QTRY_COMPARE(unanswered().value(QLatin1String("status")).toString(), QLatin1String(c.status));
        const QJsonObject leg = unanswered();
        QVERIFY2(leg.value(QLatin1String("end_time")).isNull(), c.status);
        QVERIFY2(leg.value(QLatin1String("duration")).isNull(), c.status);
        QVERIFY(QDateTime::fromString(leg.value(QLatin1String("start_time")).toString(), Qt::RFC2822Date).isValid());
        // date_updated still moves with the status.
        const QList<Call> calls = server().calls();
        const auto it = std::find_if(calls.cbegin(), calls.cend(), [&leg](const Call &call) {
            return call.sid == leg.value(QLatin1String("sid")).toString();
        });
        QVERIFY(it != calls.cend());
        QVERIFY(it->dateUpdated > it->dateCreated);
        QVERIFY(!it->endTime.isValid());
        if (dial) {
            // The parent was answered by Twilio itself and did complete.
            QTRY_COMPARE(fetchCall(sid).value(QLatin1String("status")).toString(), QStringLiteral("completed"));
            QVERIFY(!fetchCall(sid).value(QLatin1String("end_time")).toString().isEmpty());
            QVERIFY(!fetchCall(sid).value(QLatin1String("duration")).toString().isEmpty());
        }
    }
}

void TestSandboxCalls::calls_sequentialDial_ringsTheNextLegOnlyAfterAMiss()
{
    using PC = SandboxServer::PlacedCall;
    PC call = placed(QStringLiteral("+15125550111"), PC::Outcome::Missed, PC::Wiring::Dial, 400);
    call.legs = {PC::Outcome::Missed, PC::Outcome::Answered};
    call.talkSeconds = 1;
    const QString parent = server().placeCall(call);
    QVERIFY(!parent.isEmpty());

    QJsonArray legs = childLegs(parent);
    QCOMPARE(legs.size(), 1);
    QCOMPARE(legs.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("ringing"));
    QCOMPARE(legs.at(0).toObject().value(QLatin1String("to")).toString(),
             QString::fromLatin1(SandboxServer::demoOwnerCell));

    QTRY_COMPARE(childLegs(parent).first().toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("no-answer"));
    QTRY_COMPARE(childLegs(parent).size(), 2);
    legs = childLegs(parent);
    const QJsonObject second = legs.at(1).toObject();
    QCOMPARE(second.value(QLatin1String("to")).toString(), QString::fromLatin1(SandboxServer::demoBackupCell));
    QCOMPARE(second.value(QLatin1String("from")).toString(), kBusiness);
    QCOMPARE(second.value(QLatin1String("parent_call_sid")).toString(), parent);
    QCOMPARE(second.value(QLatin1String("direction")).toString(), QStringLiteral("outbound-dial"));
    QCOMPARE(fetchCall(parent).value(QLatin1String("status")).toString(), QStringLiteral("in-progress"));

    // The second leg was created only after the first one ended.
    QHash<QString, Call> bySid;
    for (const Call &c : server().calls())
        bySid.insert(c.sid, c);
    const Call first = bySid.value(legs.at(0).toObject().value(QLatin1String("sid")).toString());
    const Call next = bySid.value(second.value(QLatin1String("sid")).toString());
    QVERIFY(next.dateCreated >= first.dateUpdated);

    QTRY_COMPARE_WITH_TIMEOUT(fetchCall(parent).value(QLatin1String("status")).toString(), QStringLiteral("completed"),
                              5000);
    legs = childLegs(parent);
    QCOMPARE(legs.size(), 2);
    QCOMPARE(legs.at(1).toObject().value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(legs.at(1).toObject().value(QLatin1String("duration")).toString(), QStringLiteral("1"));

    // An answered first leg ends the sequence; unanswered ones run to the last.
    call.legs = {PC::Outcome::Answered, PC::Outcome::Missed};
    call.ringMs = 20;
    call.talkSeconds = 0;
    const QString answered = server().placeCall(call);
    call.legs = {PC::Outcome::Busy, PC::Outcome::Failed, PC::Outcome::Missed};
    const QString missed = server().placeCall(call);
    QTRY_COMPARE(fetchCall(answered).value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QTRY_COMPARE_WITH_TIMEOUT(fetchCall(missed).value(QLatin1String("status")).toString(), QStringLiteral("completed"),
                              5000);
    QCOMPARE(childLegs(answered).size(), 1);
    legs = childLegs(missed);
    QCOMPARE(legs.size(), 3);
    QCOMPARE(legs.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("busy"));
    QCOMPARE(legs.at(1).toObject().value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(legs.at(2).toObject().value(QLatin1String("status")).toString(), QStringLiteral("no-answer"));
}

void TestSandboxCalls::calls_machineDetection_answeredByComesAfterTheDelay()
{
    using PC = SandboxServer::PlacedCall;
    struct Case
    {
        PC::Outcome outcome;
        const char *answeredBy;
    };
    for (const Case &c : {Case{PC::Outcome::Answered, "human"}, Case{PC::Outcome::Voicemail, "machine_start"}}) {
        PC call = placed(QStringLiteral("+15125550111"), c.outcome, PC::Wiring::Dial, 20);
        call.machineDetection = true;
        call.amdDelayMs = 700;
        call.talkSeconds = 2;
        QElapsedTimer clock;
        clock.start();
        const QString parent = server().placeCall(call);
        auto leg = [this, &parent] { return childLegs(parent).first().toObject(); };

        QTRY_COMPARE(leg().value(QLatin1String("status")).toString(), QStringLiteral("in-progress"));
        QVERIFY(leg().value(QLatin1String("answered_by")).isNull());
        // Still undecided a while later (if this machine was quick enough to ask in time).
        QTest::qWait(200);
        if (clock.elapsed() < 650)
            QVERIFY(leg().value(QLatin1String("answered_by")).isNull());

        QTRY_COMPARE(leg().value(QLatin1String("answered_by")).toString(), QLatin1String(c.answeredBy));
        QVERIFY(clock.elapsed() >= 700);
        // Known while the leg is still up.
        QCOMPARE(leg().value(QLatin1String("status")).toString(), QStringLiteral("in-progress"));

        QTRY_COMPARE_WITH_TIMEOUT(fetchCall(parent).value(QLatin1String("status")).toString(),
                                  QStringLiteral("completed"), 5000);
        QCOMPARE(leg().value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(leg().value(QLatin1String("answered_by")).toString(), QLatin1String(c.answeredBy));
    }

    // A leg that hangs up before detection has decided is "unknown".
    PC call = placed(QStringLiteral("+15125550112"), PC::Outcome::Answered, PC::Wiring::Dial, 20);
    call.machineDetection = true;
    call.talkSeconds = 0;
    const QString parent = server().placeCall(call);
    QTRY_COMPARE(fetchCall(parent).value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(childLegs(parent).first().toObject().value(QLatin1String("answered_by")).toString(),
             QStringLiteral("unknown"));
}

void TestSandboxCalls::calls_withoutMachineDetection_answeredByStaysEmpty()
{
    using PC = SandboxServer::PlacedCall;
    for (const PC::Outcome outcome : {PC::Outcome::Answered, PC::Outcome::Voicemail}) {
        PC call = placed(QStringLiteral("+15125550111"), outcome, PC::Wiring::Dial, 20);
        call.talkSeconds = 1;
        const QString parent = server().placeCall(call);
        QTRY_VERIFY(childLegs(parent).first().toObject().value(QLatin1String("status")).toString()
                    != QLatin1String("ringing"));
        QVERIFY(childLegs(parent).first().toObject().value(QLatin1String("answered_by")).isNull());
        QTRY_COMPARE_WITH_TIMEOUT(fetchCall(parent).value(QLatin1String("status")).toString(),
                                  QStringLiteral("completed"), 5000);
        QVERIFY(childLegs(parent).first().toObject().value(QLatin1String("answered_by")).isNull());
    }
    // A forwarded call answered by the business never has one either.
    const QString forwarded =
        server().placeCall(placed(QStringLiteral("+15125550113"), PC::Outcome::Answered, PC::Wiring::Forwarded, 20));
    QTRY_COMPARE(fetchCall(forwarded).value(QLatin1String("status")).toString(), QStringLiteral("in-progress"));
    QVERIFY(fetchCall(forwarded).value(QLatin1String("answered_by")).isNull());
}

static bool hasInbound(const QList<Call> &calls)
{
    return std::any_of(calls.begin(), calls.end(), [](const Call &c) { return c.isInbound(); });
}

void TestSandboxCalls::createCall_refusesWhatTwilioRefuses_data()
{
    QTest::addColumn<Params>("form");
    QTest::addColumn<int>("code");
    const QString office = QString::fromLatin1(SandboxServer::demoOfficeNumber);
    const QString twiml = QStringLiteral("<Response><Pause/></Response>");
    QTest::newRow("no To") << Params{{QStringLiteral("From"), kBusiness}, {QStringLiteral("Twiml"), twiml}} << 21201;
    QTest::newRow("no From") << Params{{QStringLiteral("To"), office}, {QStringLiteral("Twiml"), twiml}} << 21213;
    QTest::newRow("nothing to run") << Params{{QStringLiteral("To"), office}, {QStringLiteral("From"), kBusiness}}
                                    << 21205;
    QTest::newRow("To not a number") << Params{{QStringLiteral("To"), QStringLiteral("office")},
                                               {QStringLiteral("From"), kBusiness},
                                               {QStringLiteral("Twiml"), twiml}}
                                     << 21211;
    QTest::newRow("From not the account's") << Params{{QStringLiteral("To"), office},
                                                      {QStringLiteral("From"), QStringLiteral("+15125550177")},
                                                      {QStringLiteral("Twiml"), twiml}}
                                            << 21210;
}

void TestSandboxCalls::createCall_refusesWhatTwilioRefuses()
{
    QFETCH(Params, form);
    QFETCH(int, code);
    const HttpResult r = postForm(accountPath(QStringLiteral("/Calls.json")), form);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("code")).toInt(), code);
    QVERIFY(server().calls().isEmpty());
}

void TestSandboxCalls::createCall_toTheOfficeLine_isForwardedWhenNobodyAnswers()
{
    const QString office = QString::fromLatin1(SandboxServer::demoOfficeNumber);
    server().setCarrierLine({office, kBusiness, 300});
    const HttpResult r = postForm(accountPath(QStringLiteral("/Calls.json")),
                                  {{QStringLiteral("To"), office},
                                   {QStringLiteral("From"), kBusiness},
                                   {QStringLiteral("Twiml"), QStringLiteral("<Response><Pause/></Response>")}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    QCOMPARE(r.json.value(QStringLiteral("direction")).toString(), QStringLiteral("outbound-api"));
    const QString sid = r.json.value(QStringLiteral("sid")).toString();
    // Forwarded: an inbound call on the account's number, from the caller, naming the office line.
    QTRY_VERIFY_WITH_TIMEOUT(hasInbound(server().calls()), 3000);
    const QList<Call> calls = server().calls();
    const Call inbound = *std::find_if(calls.begin(), calls.end(), [](const Call &c) { return c.isInbound(); });
    QCOMPARE(inbound.to, kBusiness);
    QCOMPARE(inbound.from, kBusiness);
    QCOMPARE(inbound.forwardedFrom, office);
    QCOMPARE(fetchCall(sid).value(QStringLiteral("status")).toString(), QStringLiteral("in-progress"));
    // The placed call hangs up when the voicemail that answered it does.
    QTRY_COMPARE_WITH_TIMEOUT(fetchCall(sid).value(QStringLiteral("status")).toString(), QStringLiteral("completed"),
                              5000);
    QCOMPARE(fetchCall(inbound.sid).value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
}

void TestSandboxCalls::createCall_withForwardingOff_ringsOut()
{
    const QString office = QString::fromLatin1(SandboxServer::demoOfficeNumber);
    server().setCarrierLine({office, QString(), 300});
    const HttpResult r = postForm(accountPath(QStringLiteral("/Calls.json")),
                                  {{QStringLiteral("To"), office},
                                   {QStringLiteral("From"), kBusiness},
                                   {QStringLiteral("Twiml"), QStringLiteral("<Response><Pause/></Response>")},
                                   {QStringLiteral("Timeout"), QStringLiteral("1")}});
    QCOMPARE(r.status, 201);
    const QString sid = r.json.value(QStringLiteral("sid")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(fetchCall(sid).value(QStringLiteral("status")).toString(), QStringLiteral("no-answer"),
                              4000);
    QVERIFY(!hasInbound(server().calls()));
}

void TestSandboxCalls::createCall_officeVoicemailOrBusyLine_isNeverForwarded()
{
    const QString office = QString::fromLatin1(SandboxServer::demoOfficeNumber);
    const auto place = [this, &office] {
        const HttpResult r = postForm(accountPath(QStringLiteral("/Calls.json")),
                                      {{QStringLiteral("To"), office},
                                       {QStringLiteral("From"), kBusiness},
                                       {QStringLiteral("Twiml"), QStringLiteral("<Response><Pause/></Response>")}});
        return r.json.value(QStringLiteral("sid")).toString();
    };
    QCOMPARE(control("POST", QStringLiteral("/sandbox/carrier"),
                     R"({"number": "+15125550180", "voicemail_after_ms": "soon"})")
                 .status,
             400);
    // The office voicemail answers at 200 ms, before the forward at 1 s.
    HttpResult set = control("POST", QStringLiteral("/sandbox/carrier"),
                             R"({"number": "+15125550180", "forwards_to": "+15125550100", "forward_after_ms": 1000,)"
                             R"( "voicemail_after_ms": 200})");
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json.value(QStringLiteral("voicemail_after_ms")).toInt(), 200);
    const QString answered = place();
    QTRY_COMPARE_WITH_TIMEOUT(fetchCall(answered).value(QStringLiteral("status")).toString(),
                              QStringLiteral("in-progress"), 3000);
    QTRY_COMPARE_WITH_TIMEOUT(fetchCall(answered).value(QStringLiteral("status")).toString(),
                              QStringLiteral("completed"), 10000);
    QVERIFY(!hasInbound(server().calls()));

    set = control("POST", QStringLiteral("/sandbox/carrier"),
                  R"({"number": "+15125550180", "forwards_to": "+15125550100", "busy": true})");
    QCOMPARE(set.status, 200);
    QVERIFY(set.json.value(QStringLiteral("busy")).toBool());
    const QString busy = place();
    QTRY_COMPARE_WITH_TIMEOUT(fetchCall(busy).value(QStringLiteral("status")).toString(), QStringLiteral("busy"), 3000);
    QVERIFY(!hasInbound(server().calls()));
}

QTEST_GUILESS_MAIN(TestSandboxCalls)
#include "tst_sandboxcalls.moc"
