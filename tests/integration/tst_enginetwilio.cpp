#include "sandboxthread.h"

#include "engine/acknowledgementresponder.h"
#include "engine/engine.h"
#include "provider/webhooklistener.h"
#include "store/decisionrepository.h"
#include "store/settingsrepository.h"

#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Rebound::Core;
using Rebound::Test::SandboxThread;
using Placed = SandboxServer::PlacedCall;
using Fault = SandboxServer::Fault;

namespace {
const QString kLine = QString::fromLatin1(SandboxServer::demoBusinessNumber);

QString caller(int i)
{
    return QStringLiteral("+151255502%1").arg(i, 2, 10, QLatin1Char('0'));
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

// An engine on a thread of its own, as in the apps, so two can share a database.
class EngineThread
{
public:
    EngineThread(EngineConfig config)
    {
        m_engine = new Engine(std::move(config), std::make_unique<AcknowledgementResponder>());
        m_engine->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
        QObject::connect(m_engine, &Engine::eventOccurred, m_engine, [this](const EngineEvent &e) {
            const QMutexLocker lock(&m_mutex);
            m_events.append(e.type);
        });
        m_thread.start();
        QString error;
        bool opened = false;
        QMetaObject::invokeMethod(
            m_engine, [&] { opened = m_engine->open(&error); }, Qt::BlockingQueuedConnection);
        if (!opened)
            qFatal("engine did not open: %s", qPrintable(error));
        QMetaObject::invokeMethod(m_engine, &Engine::start, Qt::BlockingQueuedConnection);
    }
    ~EngineThread()
    {
        m_engine->interrupt();
        QMetaObject::invokeMethod(m_engine, &Engine::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    EngineThread(const EngineThread &) = delete;
    EngineThread &operator=(const EngineThread &) = delete;

    bool holdsLease()
    {
        bool held = false;
        QMetaObject::invokeMethod(
            m_engine, [&] { held = m_engine->holdsLease(); }, Qt::BlockingQueuedConnection);
        return held;
    }
    int eventCount(const QString &type)
    {
        const QMutexLocker lock(&m_mutex);
        return int(m_events.count(type));
    }
    // Hangs the engine's thread for `ms`, as a stalled process would: it
    // neither renews its lease nor gives it up.
    void freeze(int ms)
    {
        QMetaObject::invokeMethod(m_engine, [ms] { QThread::msleep(quint64(ms)); });
    }

private:
    QThread m_thread;
    Engine *m_engine = nullptr;
    QMutex m_mutex;
    QStringList m_events;
};
} // namespace

// The engine against the sandbox behaving as Twilio documents it, where that
// is inconvenient: callbacks that say nothing of the dialled legs, calls with
// no end time, send outages, lists that lag, clocks that differ, two engines
// on one database.
class TestEngineTwilio final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
    QList<EngineEvent> m_events;

    EngineConfig config(Wiring wiring = Wiring::Forwarded)
    {
        EngineConfig c;
        c.provider = m_sandbox->config();
        c.lines = {BusinessLine{kLine, wiring}};
        c.databasePath = m_dir->filePath(QStringLiteral("rebound.sqlite"));
        c.business.name = QStringLiteral("Mike's Plumbing");
        c.rules.businessName = c.business.name;
        c.rules.hours.spans.clear();
        c.pollInterval = std::chrono::milliseconds(300);
        c.listLag = std::chrono::milliseconds(1000);
        return c;
    }

    Engine &makeEngine(const EngineConfig &c)
    {
        m_engine.reset();
        m_engine = std::make_unique<Engine>(c, std::make_unique<AcknowledgementResponder>());
        connect(m_engine.get(), &Engine::eventOccurred, this, [this](const EngineEvent &e) {
            m_events.append(e);
            if (qEnvironmentVariableIsSet("REBOUND_TEST_EVENTS"))
                qInfo("%s", qPrintable(e.toText()));
        });
        QString error;
        if (!m_engine->open(&error))
            qFatal("engine did not open: %s", qPrintable(error));
        return *m_engine;
    }

    int textsTo(const QString &to)
    {
        int n = 0;
        for (const Message &m : m_sandbox->messages())
            n += (m.to == to && !m.isInbound()) ? 1 : 0;
        return n;
    }

    std::optional<Decision> decision(const QString &callSid)
    {
        DecisionRepository decisions(m_engine->database());
        return decisions.find(callSid);
    }

    bool callEnded(const QString &sid)
    {
        for (const Call &c : m_sandbox->calls()) {
            if (c.sid == sid)
                return isTerminal(c.status);
        }
        return false;
    }

    // Polls every 200 ms until `done` or the time is up.
    bool pollUntil(Engine &engine, const std::function<bool()> &done, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            engine.pollOnce();
            if (done())
                return true;
            QTest::qWait(200);
        }
        return done();
    }

    void startWebhooks(Engine &engine, std::unique_ptr<WebhookListener> &listener)
    {
        const quint16 port = freePort();
        listener = std::make_unique<WebhookListener>(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)),
                                                     QString::fromLatin1(SandboxServer::demoAuthToken));
        QCOMPARE(listener->start(QHostAddress::LocalHost, port), port);
        connect(listener.get(), &WebhookListener::callStatusReceived, &engine, &Engine::handleCallWebhook);
        connect(listener.get(), &WebhookListener::messageReceived, &engine, &Engine::handleSmsWebhook);
        engine.configureWebhooks(listener->voiceStatusUrl(), listener->smsUrl());
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

    // The number's status callback is for the parent call only: when it says
    // "completed" no poll may have seen the dialled leg yet. The owner picked
    // up; the customer must not be told "sorry we missed your call".
    void dialAnsweredCalls_withWebhooks_areNeverTexted()
    {
        Engine &engine = makeEngine(config(Wiring::Dial));
        engine.pollOnce();
        std::unique_ptr<WebhookListener> listener;
        startWebhooks(engine, listener);
        QStringList sids;
        for (int i = 0; i < 5; ++i) {
            Placed p;
            p.from = caller(i);
            p.wiring = Placed::Wiring::Dial;
            p.outcome = Placed::Outcome::Answered;
            p.ringMs = 100;
            p.talkSeconds = 1;
            sids.append(m_sandbox->placeCall(p));
        }
        // Only webhooks drive the engine until every call has ended.
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(sids.begin(), sids.end(), [&](const QString &s) { return callEnded(s); }),
                                 15000);
        QTest::qWait(500);
        engine.pollOnce();
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(textsTo(caller(i)), 0);
            const auto d = decision(sids.at(i));
            QVERIFY2(d, qPrintable(sids.at(i)));
            QCOMPARE(d->reason, QStringLiteral("answered"));
        }
    }

    // Machine detection fills answered_by only some seconds after the cell's
    // voicemail picks up: until then the leg is in progress with no answer.
    void dialVoicemail_withMachineDetection_isTextedOnceDetectionSaysMachine()
    {
        Engine &engine = makeEngine(config(Wiring::Dial));
        engine.pollOnce();
        Placed p;
        p.from = caller(10);
        p.wiring = Placed::Wiring::Dial;
        p.outcome = Placed::Outcome::Voicemail;
        p.machineDetection = true;
        p.amdDelayMs = 2500;
        p.ringMs = 100;
        const QString sid = m_sandbox->placeCall(p);
        QVERIFY(pollUntil(
            engine, [&] { return textsTo(p.from) == 1; }, 40000));
        const auto d = decision(sid);
        QVERIFY(d);
        QCOMPARE(d->reason, QStringLiteral("missed"));
        engine.pollOnce();
        QCOMPARE(textsTo(p.from), 1);
    }

    // A sequential dial rings a second phone after the first one did not
    // answer: the call is missed only when no leg can be answered any more.
    void sequentialDial_answeredBySecondPhone_isNotTexted()
    {
        Engine &engine = makeEngine(config(Wiring::Dial));
        engine.pollOnce();
        Placed p;
        p.from = caller(11);
        p.wiring = Placed::Wiring::Dial;
        p.legs = {Placed::Outcome::Missed, Placed::Outcome::Answered};
        p.ringMs = 800;
        p.talkSeconds = 1;
        const QString sid = m_sandbox->placeCall(p);
        QVERIFY(pollUntil(
            engine, [&] { return callEnded(sid) && decision(sid).has_value(); }, 20000));
        QCOMPARE(decision(sid)->reason, QStringLiteral("answered"));
        QCOMPARE(textsTo(p.from), 0);
    }

    // Twilio answers POST Messages.json with 503 for 90 s while calls are
    // still listed: every missed caller is texted once the outage ends.
    void sendOutage_of90Seconds_losesNoText()
    {
        EngineConfig c = config();
        c.pollInterval = std::chrono::milliseconds(1000);
        Engine &engine = makeEngine(c);
        engine.pollOnce();
        engine.start();
        Fault outage;
        outage.kind = Fault::Kind::Outage;
        outage.status = 503;
        outage.method = "POST";
        outage.pathContains = QStringLiteral("Messages");
        outage.durationMs = 90000;
        m_sandbox->addFault(outage);
        QElapsedTimer sinceOutage;
        sinceOutage.start();
        for (int i = 0; i < 4; ++i) {
            Placed p;
            p.from = caller(20 + i);
            p.ringMs = 100;
            m_sandbox->placeCall(p);
            QTest::qWait(5000);
        }
        // Nothing got through during the outage (looked at before it ends: a
        // retry may land the moment it does).
        QTRY_VERIFY_WITH_TIMEOUT(sinceOutage.elapsed() > 88000, 95000);
        QCOMPARE(textsTo(caller(20)), 0);
        // Recovery: each caller texted, within two minutes of the outage's end.
        QTRY_VERIFY_WITH_TIMEOUT(
            textsTo(caller(20)) + textsTo(caller(21)) + textsTo(caller(22)) + textsTo(caller(23)) == 4, 120000);
        qInfo("all four texted %.1f s after the outage ended", (sinceOutage.elapsed() - 90000) / 1000.0);
        QTest::qWait(3000);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(textsTo(caller(20 + i)), 1);
        engine.stop();
    }

    // Every answer to a send is lost for 15 s and the message list shows a
    // send only 20 s later: "not listed" must not be read as "not sent".
    void lostAnswersAndALaggingList_neverDuplicate()
    {
        EngineConfig c = config();
        c.listLag = std::chrono::milliseconds(25000);
        c.pollInterval = std::chrono::milliseconds(500);
        Engine &engine = makeEngine(c);
        engine.pollOnce();
        engine.start();
        Fault lag;
        lag.kind = Fault::Kind::ListLag;
        lag.lagMs = 20000;
        lag.pathContains = QStringLiteral("Messages");
        m_sandbox->addFault(lag);
        Fault lost;
        lost.kind = Fault::Kind::DropAfterProcessing;
        lost.method = "POST";
        lost.pathContains = QStringLiteral("Messages");
        lost.count = -1;
        m_sandbox->addFault(lost);
        for (int i = 0; i < 3; ++i) {
            Placed p;
            p.from = caller(30 + i);
            p.ringMs = 100;
            m_sandbox->placeCall(p);
        }
        QTest::qWait(15000);
        m_sandbox->run([&](SandboxServer &s) {
            s.clearFaults();
            s.addFault(lag);
        });
        // Long enough for every grace to run out and any resend to happen.
        QTest::qWait(45000);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(textsTo(caller(30 + i)), 1);
        engine.stop();
    }

    // Busy and unanswered calls list with no end_time. Calls from two hours
    // ago (the PC was off) are late, not fresh.
    void callsWithoutEndTime_fromHoursAgo_areNotTextedAsFresh()
    {
        {
            // An engine that ran before, three days ago, and looked at the line.
            EngineConfig c = config();
            Engine &engine = makeEngine(c);
            engine.pollOnce();
            SettingsRepository settings(engine.database());
            settings.setValue(QStringLiteral("engine.installed_at"),
                              Database::toText(QDateTime::currentDateTimeUtc().addDays(-3)));
            m_engine.reset();
        }
        Fault past;
        past.kind = Fault::Kind::ClockOffset;
        past.offsetMs = -2 * 3600 * 1000;
        m_sandbox->addFault(past);
        QStringList sids;
        for (int i = 0; i < 3; ++i) {
            Placed p;
            p.from = caller(40 + i);
            p.outcome = Placed::Outcome::Busy;
            p.ringMs = 100;
            sids.append(m_sandbox->placeCall(p));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(sids.begin(), sids.end(), [&](const QString &s) { return callEnded(s); }),
                                 5000);
        m_sandbox->run([](SandboxServer &s) { s.clearFaults(); });
        for (const Call &call : m_sandbox->calls())
            QVERIFY2(!call.endTime.isValid(), "a busy call lists with no end_time");

        Engine &engine = makeEngine(config());
        engine.pollOnce();
        engine.pollOnce();
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(textsTo(caller(40 + i)), 0);
            const auto d = decision(sids.at(i));
            QVERIFY(d);
            QCOMPARE(d->reason, QStringLiteral("late"));
        }
    }

    // The provider's clock is 20 minutes behind ours: a call that just ended
    // is neither history nor late.
    void providerClockBehind_freshCallIsTexted()
    {
        Fault behind;
        behind.kind = Fault::Kind::ClockOffset;
        behind.offsetMs = -20 * 60 * 1000;
        m_sandbox->addFault(behind);
        Engine &engine = makeEngine(config());
        engine.pollOnce();
        Placed p;
        p.from = caller(50);
        p.ringMs = 100;
        const QString sid = m_sandbox->placeCall(p);
        QVERIFY(pollUntil(
            engine, [&] { return textsTo(p.from) == 1; }, 5000));
        QCOMPARE(decision(sid)->reason, QStringLiteral("missed"));
    }

    // The first look at a line fails halfway (the call list answers 500):
    // a call that comes after the first start is still texted.
    void firstLookFailingMidway_doesNotTurnNewCallsIntoHistory()
    {
        Engine &engine = makeEngine(config());
        Fault broken;
        broken.kind = Fault::Kind::Status;
        broken.status = 500;
        broken.method = "GET";
        broken.pathContains = QStringLiteral("Calls.json");
        broken.count = -1;
        m_sandbox->addFault(broken);
        engine.pollOnce(); // texts read, calls not: the first look is not done
        Placed p;
        p.from = caller(51);
        p.ringMs = 100;
        const QString sid = m_sandbox->placeCall(p);
        QTRY_VERIFY_WITH_TIMEOUT(callEnded(sid), 3000);
        m_sandbox->run([](SandboxServer &s) { s.clearFaults(); });
        engine.pollOnce();
        QCOMPARE(decision(sid)->reason, QStringLiteral("missed"));
        QCOMPARE(textsTo(p.from), 1);
    }

    // An opt-out sent before Rebound ever ran is history, and still honoured.
    void optOutInHistory_isHonoured()
    {
        m_sandbox->run(
            [](SandboxServer &s) { s.receiveText(caller(52), kLine, QStringLiteral("no me mande mensajes")); });
        QTest::qWait(1500);
        Engine &engine = makeEngine(config());
        engine.pollOnce();
        Placed p;
        p.from = caller(52);
        p.ringMs = 100;
        const QString sid = m_sandbox->placeCall(p);
        QTRY_VERIFY_WITH_TIMEOUT(callEnded(sid), 3000);
        engine.pollOnce();
        QCOMPARE(decision(sid)->reason, QStringLiteral("opted_out"));
        QCOMPARE(textsTo(p.from), 0);
    }

    // Two engines on one database (the app and a service, two seats): one
    // polls and sends, the other stands by, and takes over when it dies.
    void twoEngines_oneDatabase_textOnceAndStandBy()
    {
        EngineConfig c = config();
        c.leaseTtl = std::chrono::milliseconds(3000);
        auto first = std::make_unique<EngineThread>(c);
        auto second = std::make_unique<EngineThread>(c);
        QTRY_VERIFY_WITH_TIMEOUT(first->holdsLease() != second->holdsLease(), 5000);
        const bool firstHolds = first->holdsLease();
        EngineThread &standby = firstHolds ? *second : *first;
        QVERIFY(standby.eventCount(QStringLiteral("engine_standby")) >= 1);
        for (int i = 0; i < 8; ++i) {
            Placed p;
            p.from = caller(60 + i);
            p.ringMs = 100;
            m_sandbox->placeCall(p);
            QTest::qWait(150);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int i = 0; i < 8; ++i) {
                    if (textsTo(caller(60 + i)) == 0)
                        return false;
                }
                return true;
            }(),
            15000);
        QTest::qWait(2000);
        for (int i = 0; i < 8; ++i)
            QCOMPARE(textsTo(caller(60 + i)), 1);

        // The holder hangs without giving the lease up: the standby takes
        // over once it expires and texts the next caller once; the old holder,
        // when it wakes, finds it replaced and stands by.
        EngineThread &holder = firstHolds ? *first : *second;
        QElapsedTimer sinceHang;
        sinceHang.start();
        holder.freeze(9000);
        QTRY_VERIFY_WITH_TIMEOUT(standby.eventCount(QStringLiteral("lease_acquired")) >= 1, 10000);
        qInfo("the standby took over %.1f s after the holder hung", sinceHang.elapsed() / 1000.0);
        Placed p;
        p.from = caller(70);
        p.ringMs = 100;
        m_sandbox->placeCall(p);
        QTRY_COMPARE_WITH_TIMEOUT(textsTo(caller(70)), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(holder.eventCount(QStringLiteral("lease_lost")) >= 1, 10000);
        QVERIFY(!holder.holdsLease());
        QVERIFY(standby.holdsLease());
        QTest::qWait(1000);
        QCOMPARE(textsTo(caller(70)), 1);
        for (int i = 0; i < 8; ++i)
            QCOMPARE(textsTo(caller(60 + i)), 1);

        // A clean stop hands over at once.
        QElapsedTimer sinceStop;
        sinceStop.start();
        if (firstHolds)
            second.reset();
        else
            first.reset();
        EngineThread &last = first ? *first : *second;
        QTRY_VERIFY_WITH_TIMEOUT(last.holdsLease(), 5000);
        qInfo("after a clean stop the other engine took over in %.1f s", sinceStop.elapsed() / 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestEngineTwilio)
#include "tst_enginetwilio.moc"
