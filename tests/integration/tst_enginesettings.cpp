#include "sandboxthread.h"

#include "engine/acknowledgementresponder.h"
#include "engine/engine.h"
#include "store/decisionrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Rebound::Core;
using Rebound::Test::SandboxThread;
using Placed = SandboxServer::PlacedCall;

namespace {
const QString kLine = QString::fromLatin1(SandboxServer::demoBusinessNumber);

// Hours that are closed right now: open only on a day three days away, in UTC.
BusinessHours closedNow()
{
    BusinessHours hours;
    hours.timeZone = "UTC";
    const int day = QDateTime::currentDateTimeUtc().date().addDays(3).dayOfWeek();
    hours.spans = {{day, QTime(0, 0), QTime(0, 0)}};
    return hours;
}
} // namespace

// Settings edited while the engine runs (Engine::applySettings) take effect
// at once: the next decision uses the new templates and hours, the next poll
// the new interval. The engine runs against the sandbox on the test's thread.
class TestEngineSettings final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;

    Engine &makeEngine(std::chrono::milliseconds pollInterval = std::chrono::milliseconds(5000))
    {
        EngineConfig config;
        config.provider = m_sandbox->config();
        config.lines = {BusinessLine{kLine, Wiring::Forwarded}};
        config.databasePath = m_dir->filePath(QStringLiteral("rebound.sqlite"));
        config.business.name = QStringLiteral("Mike's Plumbing");
        config.rules.businessName = config.business.name;
        config.rules.hours.spans.clear(); // always open
        config.listLag = std::chrono::milliseconds(0);
        config.pollInterval = pollInterval;
        m_engine = std::make_unique<Engine>(config, std::make_unique<AcknowledgementResponder>());
        QString error;
        if (!m_engine->open(&error))
            qFatal("engine did not open: %s", qPrintable(error));
        return *m_engine;
    }

    QString missedCallFrom(const QString &from)
    {
        Placed p;
        p.from = from;
        p.outcome = Placed::Outcome::Missed;
        p.wiring = Placed::Wiring::Forwarded;
        p.ringMs = 50;
        p.talkSeconds = 0;
        const QString sid = m_sandbox->placeCall(p);
        QTest::qWait(450); // the sandbox ends the legs on its own timers
        return sid;
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

    // Applies `settings` the way the app does: queued onto the engine's thread.
    void applyQueued(const EngineSettings &settings)
    {
        QMetaObject::invokeMethod(
            m_engine.get(), [engine = m_engine.get(), settings] { engine->applySettings(settings); },
            Qt::QueuedConnection);
    }

    static EngineSettings settingsLike(const EngineConfig &config)
    {
        EngineSettings s;
        s.pollInterval = config.pollInterval;
        s.ownerCell = config.ownerCell;
        s.rules = config.rules;
        s.desktopAlerts = config.desktopAlerts;
        return s;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxThread>();
        m_sandbox->run([](SandboxServer &s) { s.setMessageTimings(20, 40); });
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        m_engine.reset();
        m_sandbox.reset();
        m_dir.reset();
    }

    void applySettings_nextDecisionUsesTheNewTemplatesAndHours()
    {
        Engine &engine = makeEngine();
        engine.pollOnce(); // the first look imports history
        missedCallFrom(QStringLiteral("+15125550111"));
        engine.pollOnce();
        engine.pollOnce();
        QCOMPARE(bodiesTo(QStringLiteral("+15125550111")).size(), 1);
        QVERIFY(bodiesTo(QStringLiteral("+15125550111")).constFirst().startsWith(QStringLiteral("Hi, this is")));

        EngineSettings s = settingsLike(engine.config());
        s.rules.businessHoursTemplate = QStringLiteral("Thanks for calling {business}! Reply STOP to opt out.");
        s.rules.afterHoursTemplate = QStringLiteral("{business} is closed now. Reply STOP to opt out.");
        applyQueued(s);
        QCOMPARE(engine.config().rules.businessHoursTemplate, TextBackRules::defaultBusinessHoursTemplate());
        QTRY_COMPARE(engine.config().rules.businessHoursTemplate, s.rules.businessHoursTemplate);
        missedCallFrom(QStringLiteral("+15125550112"));
        engine.pollOnce();
        engine.pollOnce();
        QCOMPARE(bodiesTo(QStringLiteral("+15125550112")),
                 QStringList{QStringLiteral("Thanks for calling Mike's Plumbing! Reply STOP to opt out.")});

        // New hours: closed now, so the next caller gets the after-hours text.
        s.rules.hours = closedNow();
        applyQueued(s);
        QTRY_COMPARE(engine.config().rules.hours, s.rules.hours);
        const QString sid = missedCallFrom(QStringLiteral("+15125550113"));
        engine.pollOnce();
        engine.pollOnce();
        QCOMPARE(bodiesTo(QStringLiteral("+15125550113")),
                 QStringList{QStringLiteral("Mike's Plumbing is closed now. Reply STOP to opt out.")});
        DecisionRepository decisions(engine.database());
        QCOMPARE(decisions.find(sid)->templateName, QStringLiteral("after_hours"));
    }

    void applySettings_nextPollUsesTheNewInterval()
    {
        Engine &engine = makeEngine(std::chrono::milliseconds(60000));
        QSignalSpy polled(&engine, &Engine::polled);
        engine.start(); // takes the lease and polls once at once
        QTRY_COMPARE(polled.size(), 1);
        QTest::qWait(1000);
        QCOMPARE(polled.size(), 1); // a minute apart: no second poll yet

        EngineSettings s = settingsLike(engine.config());
        s.pollInterval = std::chrono::milliseconds(250);
        applyQueued(s);
        QTRY_VERIFY_WITH_TIMEOUT(polled.size() >= 4, 5000);
        QCOMPARE(engine.config().pollInterval.count(), 250);

        s.pollInterval = std::chrono::milliseconds(60000);
        applyQueued(s);
        QTRY_COMPARE(engine.config().pollInterval.count(), 60000);
        const qsizetype after = polled.size();
        QTest::qWait(1000);
        QVERIFY(polled.size() <= after + 1); // at most a pass that was already due
        engine.stop();
    }

    void applySettings_ownerCellAndDesktopAlertsChange()
    {
        Engine &engine = makeEngine();
        EngineSettings s = settingsLike(engine.config());
        s.ownerCell = QStringLiteral("+15125550199");
        s.desktopAlerts = false;
        applyQueued(s);
        QTRY_COMPARE(engine.config().ownerCell, QStringLiteral("+15125550199"));
        QVERIFY(!engine.config().desktopAlerts);
        // An empty business name in the new rules falls back to the business's own.
        s.rules.businessName.clear();
        applyQueued(s);
        QTRY_COMPARE(engine.config().rules.businessName, QStringLiteral("Mike's Plumbing"));
        // The business profile the conversation speaks for changes too, when given.
        BusinessProfile business = engine.config().business;
        business.trade = QStringLiteral("hvac");
        business.serviceArea = QStringLiteral("Round Rock");
        s.business = business;
        applyQueued(s);
        QTRY_COMPARE(engine.config().business.trade, QStringLiteral("hvac"));
        QCOMPARE(engine.config().business.serviceArea, QStringLiteral("Round Rock"));
    }
};

QTEST_MAIN(TestEngineSettings)
#include "tst_enginesettings.moc"
