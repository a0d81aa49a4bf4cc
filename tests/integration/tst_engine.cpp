#include "sandboxthread.h"

#include "domain/deliveryfailure.h"
#include "engine/acknowledgementresponder.h"
#include "engine/engine.h"
#include "engine/undeliveredtexthandler.h"
#include "provider/webhooklistener.h"
#include "qualify/qualifier.h"
#include "store/callrepository.h"
#include "store/contactrepository.h"
#include "store/conversationrepository.h"
#include "store/decisionrepository.h"
#include "store/leadrepository.h"
#include "store/outboxrepository.h"
#include "store/settingsrepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Rebound::Core;
using Rebound::Test::SandboxThread;
using Placed = SandboxServer::PlacedCall;

namespace {
const QString kLine = QString::fromLatin1(SandboxServer::demoBusinessNumber);
const QString kOwner = QStringLiteral("+15125550199");
} // namespace

// The engine against the sandbox, one rule at a time. The engine runs on the
// test's thread and is driven poll by poll, so every step is deterministic.
class TestEngine final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
    QList<EngineEvent> m_events;

    Engine &makeEngine(Wiring wiring = Wiring::Forwarded, const std::function<void(EngineConfig &)> &tweak = {},
                       std::unique_ptr<Responder> responder = std::make_unique<AcknowledgementResponder>())
    {
        EngineConfig config;
        config.provider = m_sandbox->config();
        config.lines = {BusinessLine{kLine, wiring}};
        config.databasePath = m_dir->filePath(QStringLiteral("rebound.sqlite"));
        config.ownerCell = kOwner;
        config.business.name = QStringLiteral("Mike's Plumbing");
        config.rules.businessName = config.business.name;
        config.rules.hours.spans.clear(); // always open: the template does not depend on the clock
        config.listLag = std::chrono::milliseconds(0); // the sandbox lists a send at once unless told to lag
        if (tweak)
            tweak(config);
        m_engine.reset();
        m_engine = std::make_unique<Engine>(config, std::move(responder));
        connect(m_engine.get(), &Engine::eventOccurred, this, [this](const EngineEvent &e) {
            m_events.append(e);
            if (qEnvironmentVariableIsSet("REBOUND_TEST_EVENTS"))
                qInfo("%s", qPrintable(e.toText()));
        });
        QString error;
        const bool opened = m_engine->open(&error);
        if (!opened)
            qFatal("engine did not open: %s", qPrintable(error));
        return *m_engine;
    }

    QString call(const QString &from, Placed::Outcome outcome = Placed::Outcome::Missed,
                 Placed::Wiring wiring = Placed::Wiring::Forwarded, int ringMs = 50)
    {
        Placed p;
        p.from = from;
        p.outcome = outcome;
        p.wiring = wiring;
        p.ringMs = ringMs;
        p.talkSeconds = 0;
        const QString sid = m_sandbox->placeCall(p);
        QTest::qWait(ringMs + 400); // the sandbox ends the legs on its own timers
        return sid;
    }

    void text(const QString &from, const QString &body)
    {
        m_sandbox->run([&](SandboxServer &s) { s.receiveText(from, kLine, body); });
    }

    int textsTo(const QString &to)
    {
        int n = 0;
        for (const Message &m : m_sandbox->messages())
            n += (m.to == to && !m.isInbound()) ? 1 : 0;
        return n;
    }

    QStringList bodiesTo(const QString &to)
    {
        QStringList out;
        for (const Message &m : m_sandbox->messages()) {
            if (m.to == to && !m.isInbound())
                out.append(m.body);
        }
        return out;
    }

    std::optional<Decision> decision(const QString &callSid)
    {
        DecisionRepository decisions(m_engine->database());
        return decisions.find(callSid);
    }

    // The status of the first text the business sent the caller, as the engine holds it.
    QString textStatus(const QString &caller)
    {
        QSqlQuery q(m_engine->database().connection());
        if (!m_engine->database().exec(q,
                                       QStringLiteral("SELECT m.status FROM messages m JOIN conversations c"
                                                      " ON c.id = m.conversation_id WHERE c.caller = ?"
                                                      " AND m.direction = 'out' ORDER BY m.created_at LIMIT 1"),
                                       {caller})
            || !q.next())
            return {};
        return q.value(0).toString();
    }

    // A listener for the sandbox's webhooks, with the engine pointed at it. Here the
    // public URL is the listener itself; in the field it is a tunnel to it.
    std::unique_ptr<WebhookListener> listenForWebhooks(Engine &engine)
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost))
                return {};
            port = probe.serverPort();
        }
        auto listener = std::make_unique<WebhookListener>(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)),
                                                          QString::fromLatin1(SandboxServer::demoAuthToken));
        if (listener->start(QHostAddress::LocalHost, port) != port)
            return {};
        connect(listener.get(), &WebhookListener::callStatusReceived, &engine, &Engine::handleCallWebhook);
        connect(listener.get(), &WebhookListener::messageReceived, &engine, &Engine::handleSmsWebhook);
        connect(listener.get(), &WebhookListener::messageStatusReceived, &engine, &Engine::handleMessageStatusWebhook);
        engine.setWebhookUrls(listener->voiceStatusUrl(), listener->smsUrl(), listener->smsStatusUrl());
        return listener;
    }

    int eventCount(const QString &type)
    {
        return int(
            std::count_if(m_events.begin(), m_events.end(), [&](const EngineEvent &e) { return e.type == type; }));
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxThread>();
        m_sandbox->run([](SandboxServer &s) { s.setMessageTimings(20, 40); });
        m_dir = std::make_unique<QTemporaryDir>();
        m_events.clear();
    }

    void cleanup()
    {
        m_engine.reset();
        m_sandbox.reset();
        m_dir.reset();
    }

    void forwardedMissedCall_isTextedOnceWithTheTemplate()
    {
        Engine &engine = makeEngine();
        engine.pollOnce();
        const QString sid = call(QStringLiteral("+15125550111"));
        engine.pollOnce();
        engine.pollOnce();
        engine.pollOnce();
        QCOMPARE(textsTo(QStringLiteral("+15125550111")), 1);
        const QString body = bodiesTo(QStringLiteral("+15125550111")).constFirst();
        QVERIFY(body.startsWith(QStringLiteral("Hi, this is Mike's Plumbing.")));
        QVERIFY(body.contains(QStringLiteral("Reply STOP")));
        QCOMPARE(decision(sid)->reason, QStringLiteral("missed"));
        QCOMPARE(eventCount(QStringLiteral("call_missed")), 1);
        QCOMPARE(eventCount(QStringLiteral("text_sent")), 1);
    }

    void deliveryStatus_followsTheProvider()
    {
        Engine &engine = makeEngine();
        engine.pollOnce();
        call(QStringLiteral("+15125550136"));
        engine.pollOnce();
        QTest::qWait(200); // the sandbox delivers after its own delay
        engine.pollOnce();
        ConversationRepository conversations(engine.database());
        const QString id = conversations.ensure(kLine, QStringLiteral("+15125550136"), {});
        QSqlQuery q(engine.database().connection());
        QVERIFY(
            engine.database().exec(q, QStringLiteral("SELECT status FROM messages WHERE conversation_id = ?"), {id}));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("delivered"));
    }

    void quickReply_staysAfterTheTextBackItAnswers()
    {
        Engine &engine = makeEngine();
        engine.pollOnce();
        call(QStringLiteral("+15125550137"));
        engine.pollOnce();
        text(QStringLiteral("+15125550137"), QStringLiteral("yes please, the toilet is overflowing"));
        engine.pollOnce();
        ConversationRepository conversations(engine.database());
        const auto history = conversations.history(conversations.ensure(kLine, QStringLiteral("+15125550137"), {}));
        QVERIFY(history.size() >= 2);
        QVERIFY(history.at(0).from == ConversationTurn::From::Business);
        QVERIFY(history.at(1).from == ConversationTurn::From::Caller);
    }

    void givenName_becomesTheContactsAndGreetsTheNextCall()
    {
        Engine &engine = makeEngine(
            Wiring::Forwarded, [](EngineConfig &c) { c.rules.windowHours = 0; }, std::make_unique<Qualifier>());
        engine.pollOnce();
        call(QStringLiteral("+15125550138"));
        engine.pollOnce();
        text(QStringLiteral("+15125550138"), QStringLiteral("hi this is Dana Whitfield, my water heater is leaking"));
        engine.pollOnce();
        ContactRepository contacts(engine.database());
        QCOMPARE(contacts.get(QStringLiteral("+15125550138")).name, QStringLiteral("Dana Whitfield"));
        call(QStringLiteral("+15125550138"));
        engine.pollOnce();
        const QStringList bodies = bodiesTo(QStringLiteral("+15125550138"));
        QCOMPARE(bodies.filter(QStringLiteral("Sorry we missed your call")).size(), 2);
        QCOMPARE(bodies.filter(QStringLiteral("Hi Dana, this is Mike's Plumbing. Sorry we missed your call")).size(),
                 1);
    }

    void history_isImportedButNeverTexted()
    {
        const QString sid = call(QStringLiteral("+15125550112"));
        text(QStringLiteral("+15125550113"), QStringLiteral("hello? anyone there"));
        // Clearly before the first start: provider times have whole seconds.
        QTest::qWait(2500);
        Engine &engine = makeEngine();
        engine.pollOnce();
        engine.pollOnce();
        QCOMPARE(textsTo(QStringLiteral("+15125550112")), 0);
        QCOMPARE(textsTo(QStringLiteral("+15125550113")), 0);
        QCOMPARE(decision(sid)->reason, QStringLiteral("history"));
        ConversationRepository conversations(engine.database());
        QVERIFY(
            !conversations.ensure(kLine, QStringLiteral("+15125550113"), QDateTime::currentDateTimeUtc()).isEmpty());
    }

    void repeatCaller_insideTheWindowIsNotTextedAgain()
    {
        Engine &engine = makeEngine();
        engine.pollOnce();
        call(QStringLiteral("+15125550114"));
        engine.pollOnce();
        text(QStringLiteral("+15125550114"), QStringLiteral("my sink is clogged"));
        engine.pollOnce();
        const QString second = call(QStringLiteral("+15125550114"));
        engine.pollOnce();
        QCOMPARE(bodiesTo(QStringLiteral("+15125550114")).size(), 2); // the text-back and one answer
        QCOMPARE(decision(second)->reason, QStringLiteral("repeat_caller"));
        ConversationRepository conversations(engine.database());
        LeadRepository leads(engine.database());
        const auto lead = leads.byConversation(conversations.ensure(kLine, QStringLiteral("+15125550114"), {}));
        QVERIFY(lead);
        QVERIFY(lead->urgent);
        QCOMPARE(lead->repeatCalls, 1);
    }

    void repeatCaller_afterTheWindowIsTextedAgain()
    {
        Engine &engine = makeEngine(Wiring::Forwarded, [](EngineConfig &c) { c.rules.windowHours = 0; });
        engine.pollOnce();
        call(QStringLiteral("+15125550115"));
        engine.pollOnce();
        call(QStringLiteral("+15125550115"));
        engine.pollOnce();
        QCOMPARE(textsTo(QStringLiteral("+15125550115")), 2);
    }

    void optedOutCaller_isNeverTexted()
    {
        Engine &engine = makeEngine();
        engine.pollOnce();
        text(QStringLiteral("+15125550116"), QStringLiteral("Stop texting me please"));
        engine.pollOnce();
        const QString sid = call(QStringLiteral("+15125550116"));
        engine.pollOnce();
        QCOMPARE(textsTo(QStringLiteral("+15125550116")), 0);
        QCOMPARE(decision(sid)->reason, QStringLiteral("opted_out"));
        ContactRepository contacts(engine.database());
        QVERIFY(contacts.get(QStringLiteral("+15125550116")).optedOut);
    }

    void optOutWord_getsNoAnswerAndStartUndoesIt()
    {
        Engine &engine = makeEngine();
        engine.pollOnce();
        call(QStringLiteral("+15125550117"));
        engine.pollOnce();
        text(QStringLiteral("+15125550117"), QStringLiteral("UNSUBSCRIBE"));
        engine.pollOnce();
        QCOMPARE(textsTo(QStringLiteral("+15125550117")), 1); // only the text-back
        ContactRepository contacts(engine.database());
        QVERIFY(contacts.get(QStringLiteral("+15125550117")).optedOut);
        text(QStringLiteral("+15125550117"), QStringLiteral("START"));
        engine.pollOnce();
        QVERIFY(!contacts.get(QStringLiteral("+15125550117")).optedOut);
        QCOMPARE(textsTo(QStringLiteral("+15125550117")), 1);
    }

    void carrierOptOut21610_marksTheContact()
    {
        // Opted out at the carrier (the sandbox) without the engine seeing the
        // STOP: it came long before the history the first start imports.
        SandboxServer::Fault past;
        past.kind = SandboxServer::Fault::Kind::ClockOffset;
        past.offsetMs = -30LL * 24 * 3600 * 1000;
        m_sandbox->addFault(past);
        m_sandbox->run(
            [](SandboxServer &s) { s.receiveText(QStringLiteral("+15125550118"), kLine, QStringLiteral("STOP")); });
        m_sandbox->run([](SandboxServer &s) { s.clearFaults(); });
        Engine &engine = makeEngine();
        engine.pollOnce();
        call(QStringLiteral("+15125550118"));
        engine.pollOnce();
        QCOMPARE(textsTo(QStringLiteral("+15125550118")), 0);
        ContactRepository contacts(engine.database());
        QVERIFY(contacts.get(QStringLiteral("+15125550118")).optedOut);
        QCOMPARE(contacts.get(QStringLiteral("+15125550118")).optOutReason, QStringLiteral("error 21610"));
    }

    void dialWiring_answeredCallIsNotTexted()
    {
        Engine &engine = makeEngine(Wiring::Dial);
        engine.pollOnce();
        const QString sid = call(QStringLiteral("+15125550119"), Placed::Outcome::Answered, Placed::Wiring::Dial);
        QTest::qWait(300);
        engine.pollOnce();
        engine.pollOnce();
        QCOMPARE(textsTo(QStringLiteral("+15125550119")), 0);
        QCOMPARE(decision(sid)->reason, QStringLiteral("answered"));
    }

    void dialWiring_noAnswerAndBusyAreTexted()
    {
        Engine &engine = makeEngine(Wiring::Dial);
        engine.pollOnce();
        call(QStringLiteral("+15125550120"), Placed::Outcome::Missed, Placed::Wiring::Dial);
        call(QStringLiteral("+15125550121"), Placed::Outcome::Busy, Placed::Wiring::Dial);
        engine.pollOnce();
        QCOMPARE(textsTo(QStringLiteral("+15125550120")), 1);
        QCOMPARE(textsTo(QStringLiteral("+15125550121")), 1);
    }

    void dialWiring_voicemailOnTheCellIsAMissedCall()
    {
        Engine &engine = makeEngine(Wiring::Dial);
        engine.pollOnce();
        // Only machine detection tells the cell's voicemail from the owner.
        Placed p;
        p.from = QStringLiteral("+15125550122");
        p.outcome = Placed::Outcome::Voicemail;
        p.wiring = Placed::Wiring::Dial;
        p.ringMs = 50;
        p.machineDetection = true;
        p.amdDelayMs = 200;
        const QString sid = m_sandbox->placeCall(p);
        QTRY_VERIFY_WITH_TIMEOUT((engine.pollOnce(), textsTo(p.from) == 1), 30000);
        QVERIFY(decision(sid)->action == Decision::Action::Text);
    }

    void callStillRingingAtThePoll_isTextedWhenItEnds()
    {
        Engine &engine = makeEngine();
        engine.pollOnce();
        Placed p;
        p.from = QStringLiteral("+15125550123");
        p.ringMs = 1500;
        const QString sid = m_sandbox->placeCall(p);
        QTest::qWait(100);
        engine.pollOnce();
        CallRepository calls(engine.database());
        QCOMPARE(toString(calls.find(sid)->outcome), toString(CallOutcome::Pending));
        QCOMPARE(textsTo(p.from), 0);
        QTest::qWait(1800);
        engine.pollOnce();
        QCOMPARE(textsTo(p.from), 1);
    }

    // Requests for one call by SID (GET .../Calls/CA....json) in the sandbox's log.
    int fetchesOf(const QString &sid)
    {
        const QString path = QStringLiteral("/Calls/") + sid + QStringLiteral(".json");
        const auto log = m_sandbox->requestLog();
        return int(std::count_if(log.begin(), log.end(), [&](const SandboxServer::LoggedRequest &r) {
            return r.method == "GET" && r.path.contains(path);
        }));
    }

    // Starts the engine with polls a minute apart and waits out its first look.
    Engine &startRarelyPolling(std::chrono::milliseconds follow)
    {
        Engine &engine = makeEngine(Wiring::Forwarded, [&](EngineConfig &c) {
            c.pollInterval = std::chrono::minutes(1);
            c.followInterval = follow;
        });
        QSignalSpy polled(&engine, &Engine::polled);
        engine.start();
        if (polled.isEmpty() && !polled.wait(5000))
            qFatal("the engine did not poll on start");
        return engine;
    }

    void ringingCall_isFollowedAndTextedTheMomentItEnds()
    {
        Engine &engine = startRarelyPolling(std::chrono::milliseconds(500));
        Placed p;
        p.from = QStringLiteral("+15125550124");
        p.ringMs = 2500;
        const QString sid = m_sandbox->placeCall(p);
        QTest::qWait(100);
        engine.pollOnce(); // a poll sees it ringing; the next one is a minute away
        QCOMPARE(textsTo(p.from), 0);
        // Texted within seconds of the hang-up, long before the next poll.
        QTRY_COMPARE_WITH_TIMEOUT(textsTo(p.from), 1, 6000);
        QVERIFY2(fetchesOf(sid) >= 3, "the ringing call was looked at by SID while it rang");
        // Once it has ended, nothing follows it any more.
        const int fetched = fetchesOf(sid);
        QTest::qWait(1500);
        QCOMPARE(fetchesOf(sid), fetched);
        QCOMPARE(textsTo(p.from), 1);
    }

    void withoutFollowing_theCallWaitsForTheNextPoll()
    {
        Engine &engine = startRarelyPolling(std::chrono::milliseconds(0));
        Placed p;
        p.from = QStringLiteral("+15125550125");
        p.ringMs = 500;
        const QString sid = m_sandbox->placeCall(p);
        QTest::qWait(100);
        engine.pollOnce();
        QTest::qWait(3000);
        QCOMPARE(textsTo(p.from), 0);
        QCOMPARE(fetchesOf(sid), 0);
        engine.pollOnce();
        QCOMPARE(textsTo(p.from), 1);
    }

    void longAnsweredCall_isLeftToThePolls()
    {
        Engine &engine = startRarelyPolling(std::chrono::milliseconds(500));
        Placed p;
        p.from = QStringLiteral("+15125550126");
        p.outcome = Placed::Outcome::Answered;
        p.ringMs = 50;
        p.talkSeconds = 600;
        const QString sid = m_sandbox->placeCall(p);
        QTest::qWait(300);
        engine.pollOnce(); // seen in progress: followed
        QTRY_VERIFY_WITH_TIMEOUT(fetchesOf(sid) >= 2, 3000);
        // Three minutes on, a call still in progress is a conversation.
        QVERIFY(engine.database().exec(QStringLiteral("UPDATE calls SET first_seen_at = ? WHERE sid = ?"),
                                       {Database::toText(QDateTime::currentDateTimeUtc().addSecs(-200)), sid}));
        QTest::qWait(700);
        const int fetched = fetchesOf(sid);
        QTest::qWait(1500);
        QCOMPARE(fetchesOf(sid), fetched);
        QCOMPARE(textsTo(p.from), 0);
    }

    void undeliverableTextBack_becomesACallBackCardAndAnAlert_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("registration");
        QTest::newRow("30003 unreachable") << 30003 << false;
        QTest::newRow("30005 unknown number") << 30005 << false;
        QTest::newRow("30006 landline") << 30006 << false;
        QTest::newRow("30007 filtered") << 30007 << true;
        QTest::newRow("21614 not a mobile, refused at once") << 21614 << false;
        QTest::newRow("30034 unregistered sender") << 30034 << true;
    }

    void undeliverableTextBack_becomesACallBackCardAndAnAlert()
    {
        QFETCH(int, code);
        QFETCH(bool, registration);
        Engine &engine = makeEngine();
        engine.pollOnce();
        const QString caller = QStringLiteral("+15125550150");
        m_sandbox->run([&](SandboxServer &s) { s.setHandsetError(caller, code); });
        call(caller);
        engine.pollOnce(); // judged and texted back (or refused at once)
        QTest::qWait(200); // the carrier's answer
        engine.pollOnce(); // its delivery status read
        const QString reason = deliveryFailure(code)->reason;
        ConversationRepository conversations(engine.database());
        LeadRepository leads(engine.database());
        const auto lead = leads.byConversation(conversations.ensure(kLine, caller, {}));
        QVERIFY(lead);
        QCOMPARE(lead->callBackReason, reason);
        QCOMPARE(lead->callBackCode, code);
        QTRY_COMPARE_WITH_TIMEOUT((engine.pollOnce(), textsTo(kOwner)), 1, 5000);
        const QString alert = bodiesTo(kOwner).constFirst();
        QVERIFY2(alert.contains(QStringLiteral("(512) 555-0150")) && alert.contains(reason), qPrintable(alert));
        QCOMPARE(eventCount(QStringLiteral("text_undeliverable")), 1);
        SettingsRepository settings(engine.database());
        QCOMPARE(!settings.value(UndeliveredTextHandler::registrationProblemKey()).isEmpty(), registration);
        QCOMPARE(eventCount(QStringLiteral("registration_needed")), registration ? 1 : 0);
        // Seen again at the next polls: still one card, one alert.
        engine.pollOnce();
        QTest::qWait(100);
        engine.pollOnce();
        QCOMPARE(textsTo(kOwner), 1);
        QCOMPARE(eventCount(QStringLiteral("text_undeliverable")), 1);
    }

    void passingDeliveryError_raisesNoCallBackCard()
    {
        Engine &engine = makeEngine();
        engine.pollOnce();
        const QString caller = QStringLiteral("+15125550151");
        m_sandbox->run([&](SandboxServer &s) { s.setHandsetError(caller, 30008); }); // "unknown error"
        call(caller);
        engine.pollOnce();
        QTest::qWait(200);
        engine.pollOnce();
        QCOMPARE(textsTo(caller), 1);
        ConversationRepository conversations(engine.database());
        LeadRepository leads(engine.database());
        const auto lead = leads.byConversation(conversations.ensure(kLine, caller, {}));
        QVERIFY(!lead || lead->callBackReason.isEmpty());
        QCOMPARE(eventCount(QStringLiteral("text_undeliverable")), 0);
        QCOMPARE(textsTo(kOwner), 0);
    }

    void lateCall_foundAfterTheCatchUpWindowIsNotTexted()
    {
        Engine &engine = makeEngine(Wiring::Forwarded, [](EngineConfig &c) { c.rules.catchUpMinutes = 0; });
        engine.pollOnce();
        const QString sid = call(QStringLiteral("+15125550124"));
        QTest::qWait(1500); // the engine was "off" past the window
        engine.pollOnce();
        QCOMPARE(textsTo(QStringLiteral("+15125550124")), 0);
        QCOMPARE(decision(sid)->reason, QStringLiteral("late"));
        QCOMPARE(eventCount(QStringLiteral("text_skipped")), 1);
    }

    void vendorAndBlockedContacts_areNotTexted()
    {
        Engine &engine = makeEngine();
        engine.pollOnce();
        ContactRepository contacts(engine.database());
        Contact vendor = contacts.get(QStringLiteral("+15125550125"));
        vendor.isVendor = true;
        contacts.save(vendor);
        Contact blocked = contacts.get(QStringLiteral("+15125550126"));
        blocked.isBlocked = true;
        contacts.save(blocked);
        const QString a = call(vendor.e164);
        const QString b = call(blocked.e164);
        engine.pollOnce();
        QCOMPARE(decision(a)->reason, QStringLiteral("vendor"));
        QCOMPARE(decision(b)->reason, QStringLiteral("blocked"));
        QCOMPARE(textsTo(vendor.e164) + textsTo(blocked.e164), 0);
    }

    void withheldNumber_isNotTexted()
    {
        Engine &engine = makeEngine();
        engine.pollOnce();
        const QString sid = call(QStringLiteral("+266696687"));
        engine.pollOnce();
        QCOMPARE(decision(sid)->reason, QStringLiteral("no_caller_id"));
    }

    void reply_isAnsweredOnceAndTheOwnerAlertedOnce()
    {
        Engine &engine = makeEngine();
        engine.pollOnce();
        call(QStringLiteral("+15125550127"));
        engine.pollOnce();
        text(QStringLiteral("+15125550127"), QStringLiteral("water heater leaking in the garage"));
        engine.pollOnce();
        engine.pollOnce();
        text(QStringLiteral("+15125550127"), QStringLiteral("also the kitchen faucet drips"));
        engine.pollOnce();
        QCOMPARE(textsTo(QStringLiteral("+15125550127")), 2); // text-back and one acknowledgement
        QCOMPARE(textsTo(kOwner), 1);
        QVERIFY(bodiesTo(kOwner).constFirst().contains(QStringLiteral("(512) 555-0127")));
        QCOMPARE(eventCount(QStringLiteral("reply_received")), 2);
    }

    void personTakingOver_pausesAutomation()
    {
        Engine &engine = makeEngine();
        engine.pollOnce();
        call(QStringLiteral("+15125550128"));
        engine.pollOnce();
        ConversationRepository conversations(engine.database());
        conversations.setAutomation(conversations.ensure(kLine, QStringLiteral("+15125550128"), {}), false);
        text(QStringLiteral("+15125550128"), QStringLiteral("hi it's about the leak"));
        engine.pollOnce();
        QCOMPARE(textsTo(QStringLiteral("+15125550128")), 1);
    }

    void providerFaults_stillTextExactlyOnce()
    {
        Engine &engine = makeEngine();
        engine.pollOnce();
        using Fault = SandboxServer::Fault;
        auto add = [this](Fault::Kind kind, int status) {
            Fault f;
            f.kind = kind;
            f.status = status;
            f.method = "POST";
            f.pathContains = QStringLiteral("Messages");
            m_sandbox->addFault(f);
        };
        add(Fault::Kind::DropAfterProcessing, 0);
        call(QStringLiteral("+15125550129"));
        engine.pollOnce();
        add(Fault::Kind::StatusAfterProcessing, 500);
        call(QStringLiteral("+15125550130"));
        engine.pollOnce();
        add(Fault::Kind::Drop, 0);
        call(QStringLiteral("+15125550131"));
        engine.pollOnce();
        add(Fault::Kind::Malformed, 0);
        call(QStringLiteral("+15125550132"));
        engine.pollOnce();
        // A lost answer is sent again only after the grace (here the 5 s request timeout).
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 12000) {
            engine.pollOnce();
            QTest::qWait(250);
        }
        for (const char *n : {"+15125550129", "+15125550130", "+15125550131", "+15125550132"})
            QCOMPARE(textsTo(QString::fromLatin1(n)), 1);
    }

    void textThatCannotGoOutForADay_failsVisiblyAndAlertsTheOwner()
    {
        Engine &engine = makeEngine();
        engine.pollOnce();
        // A text-back queued a day ago, through an outage that never ended.
        const QString caller = QStringLiteral("+15125550140");
        ConversationRepository conversations(engine.database());
        const QString conversation = conversations.ensure(kLine, caller, QDateTime::currentDateTimeUtc());
        OutboxRepository outbox(engine.database());
        OutboxItem item;
        item.dedupeKey = QStringLiteral("textback:CAold");
        item.purpose = OutboxItem::Purpose::TextBack;
        item.conversationId = conversation;
        item.to = caller;
        item.from = kLine;
        item.body = QStringLiteral("Sorry we missed your call!");
        item.createdAt = QDateTime::currentDateTimeUtc().addSecs(-25 * 3600);
        bool queued = false;
        QVERIFY(outbox.enqueue(item, &queued) && queued);
        engine.pollOnce();

        QSqlQuery q(engine.database().connection());
        QVERIFY(
            engine.database().exec(q, QStringLiteral("SELECT state FROM outbox WHERE dedupe_key = 'textback:CAold'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("failed"));
        QCOMPARE(eventCount(QStringLiteral("text_failed")), 1);
        QCOMPARE(textsTo(caller), 0);
        // The thread shows the text that never went, and the owner hears of the caller.
        QVERIFY(engine.database().exec(q, QStringLiteral("SELECT status FROM messages WHERE conversation_id = ?"),
                                       {conversation}));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("failed"));
        QTRY_COMPARE_WITH_TIMEOUT((engine.pollOnce(), textsTo(kOwner)), 1, 5000);
        QVERIFY(bodiesTo(kOwner).constFirst().contains(QStringLiteral("(512) 555-0140")));
    }

    void listFaults_delayTheTextButNeverDoubleIt()
    {
        Engine &engine = makeEngine();
        engine.pollOnce();
        SandboxServer::Fault f;
        f.kind = SandboxServer::Fault::Kind::Status;
        f.status = 500;
        f.method = "GET";
        f.count = 12; // more than one poll's retries
        m_sandbox->addFault(f);
        call(QStringLiteral("+15125550133"));
        engine.pollOnce();
        engine.pollOnce();
        engine.pollOnce();
        QVERIFY(eventCount(QStringLiteral("provider_error")) >= 1);
        engine.pollOnce();
        QCOMPARE(textsTo(QStringLiteral("+15125550133")), 1);
    }

    void webhookAndPoll_convergeOnOneText()
    {
        Engine &engine = makeEngine();
        engine.pollOnce();
        const auto listener = listenForWebhooks(engine);
        QVERIFY(listener);
        QSignalSpy rejected(listener.get(), &WebhookListener::requestRejected);
        QCOMPARE(eventCount(QStringLiteral("webhooks_configured")), 1);

        Placed p;
        p.from = QStringLiteral("+15125550134");
        p.ringMs = 50;
        m_sandbox->placeCall(p);
        // The webhook alone gets the text out, with no poll in between.
        QTRY_COMPARE_WITH_TIMEOUT(textsTo(p.from), 1, 5000);
        engine.pollOnce();
        engine.pollOnce();
        QCOMPARE(textsTo(p.from), 1);
        QCOMPARE(eventCount(QStringLiteral("call_missed")), 1);

        text(p.from, QStringLiteral("yes the basement drain is backing up"));
        QTRY_COMPARE_WITH_TIMEOUT(textsTo(p.from), 2, 5000);
        engine.pollOnce();
        QCOMPARE(textsTo(p.from), 2);
        QCOMPARE(rejected.count(), 0);
    }

    void dialWebhooks_convergeOnOneText()
    {
        Engine &engine = makeEngine(Wiring::Dial);
        engine.pollOnce();
        const auto listener = listenForWebhooks(engine);
        QVERIFY(listener);
        Placed p;
        p.from = QStringLiteral("+15125550135");
        p.wiring = Placed::Wiring::Dial;
        p.ringMs = 50;
        m_sandbox->placeCall(p);
        QTRY_COMPARE_WITH_TIMEOUT(textsTo(p.from), 1, 5000);
        engine.pollOnce();
        QCOMPARE(textsTo(p.from), 1);
    }

    void undeliverableTextBack_isKnownFromTheStatusCallback()
    {
        Engine &engine = makeEngine();
        engine.pollOnce();
        const auto listener = listenForWebhooks(engine);
        QVERIFY(listener);
        const QString caller = QStringLiteral("+15125550152");
        m_sandbox->run([&](SandboxServer &s) { s.setHandsetError(caller, 30006); });
        Placed p;
        p.from = caller;
        p.ringMs = 50;
        m_sandbox->placeCall(p);
        // No poll from here on: the call's webhook gets the text out, the text's
        // status callback says the landline never got it, and the owner hears at once.
        QTRY_COMPARE_WITH_TIMEOUT(textsTo(kOwner), 1, 5000);
        QCOMPARE(textsTo(caller), 1);
        QCOMPARE(textStatus(caller), QStringLiteral("undelivered"));
        ConversationRepository conversations(engine.database());
        LeadRepository leads(engine.database());
        const auto lead = leads.byConversation(conversations.ensure(kLine, caller, {}));
        QVERIFY(lead);
        QCOMPARE(lead->callBackCode, 30006);
        QCOMPARE(lead->callBackReason, deliveryFailure(30006)->reason);
        QCOMPARE(eventCount(QStringLiteral("text_undeliverable")), 1);
        // The polls read the same status later: still one card, one alert.
        engine.pollOnce();
        engine.pollOnce();
        QCOMPARE(textsTo(kOwner), 1);
        QCOMPARE(eventCount(QStringLiteral("text_undeliverable")), 1);
    }

    void deliveryCallbacksOutOfOrder_keepTheLastStatus()
    {
        Engine &engine = makeEngine();
        engine.pollOnce();
        const auto listener = listenForWebhooks(engine);
        QVERIFY(listener);
        QSignalSpy statuses(listener.get(), &WebhookListener::messageStatusReceived);
        // Twilio does not promise callbacks arrive in order: "sent" comes after "delivered".
        SandboxServer::Fault late;
        late.kind = SandboxServer::Fault::Kind::WebhookDelay;
        late.delayMs = 400;
        late.pathContains = QStringLiteral("/sms/status");
        m_sandbox->addFault(late);
        Placed p;
        p.from = QStringLiteral("+15125550153");
        p.ringMs = 50;
        m_sandbox->placeCall(p);
        QTRY_COMPARE_WITH_TIMEOUT(textStatus(p.from), QStringLiteral("delivered"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(statuses.count(), 2, 5000);
        QCOMPARE(
            statuses.constLast().constFirst().value<WebhookListener::Params>().value(QStringLiteral("MessageStatus")),
            QStringLiteral("sent"));
        QCOMPARE(textStatus(p.from), QStringLiteral("delivered"));
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
