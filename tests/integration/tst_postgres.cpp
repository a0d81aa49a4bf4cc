#include "sandboxthread.h"

#include "engine/acknowledgementresponder.h"
#include "engine/engine.h"
#include "store/callrepository.h"
#include "store/contactrepository.h"
#include "store/conversationrepository.h"
#include "store/decisionrepository.h"
#include "store/readmodels.h"

#include <QtTest>

using namespace Rebound::Core;
using Rebound::Test::SandboxThread;

// The same engine and queries on PostgreSQL: every statement the store runs
// must work there unchanged (several seats sharing one database).
class TestPostgres final : public QObject
{
    Q_OBJECT

    QString m_url;

private Q_SLOTS:
    void initTestCase()
    {
        m_url = qEnvironmentVariable("REBOUND_TEST_POSTGRES_URL");
        QVERIFY2(!m_url.isEmpty(), "run through scripts/with-postgres.sh, which starts a throw-away server");
    }

    void migrations_runOnPostgres()
    {
        StoreError error;
        Database db = Database::open(m_url, &error);
        QVERIFY2(db.isOpen(), qPrintable(error.message));
        QCOMPARE(db.connection().driverName(), QStringLiteral("QPSQL"));
        QVERIFY(db.schemaVersion() >= 2);
        // Opening again applies nothing twice.
        Database again = Database::open(m_url, &error);
        QVERIFY2(again.isOpen(), qPrintable(error.message));
    }

    void engine_textsBackRepliesAndHonoursStopOnPostgres()
    {
        SandboxThread sandbox;
        sandbox.run([](SandboxServer &s) { s.setMessageTimings(20, 40); });
        EngineConfig config;
        config.provider = sandbox.config();
        config.lines = {BusinessLine{QString::fromLatin1(SandboxServer::demoBusinessNumber), Wiring::Forwarded}};
        config.databasePath = m_url;
        config.ownerCell = QStringLiteral("+15125550199");
        config.business.name = QStringLiteral("Ace Plumbing");
        config.rules.hours.spans.clear();
        Engine engine(config, std::make_unique<AcknowledgementResponder>());
        QString error;
        QVERIFY2(engine.open(&error), qPrintable(error));
        engine.pollOnce();

        SandboxServer::PlacedCall call;
        call.from = QStringLiteral("+15125550141");
        call.ringMs = 50;
        const QString sid = sandbox.placeCall(call);
        QTest::qWait(450);
        engine.pollOnce();
        sandbox.run([](SandboxServer &s) {
            s.receiveText(QStringLiteral("+15125550141"), QString::fromLatin1(SandboxServer::demoBusinessNumber),
                          QStringLiteral("the water heater is leaking"));
        });
        engine.pollOnce();
        sandbox.run([](SandboxServer &s) {
            s.receiveText(QStringLiteral("+15125550141"), QString::fromLatin1(SandboxServer::demoBusinessNumber),
                          QStringLiteral("STOP"));
        });
        engine.pollOnce();
        engine.pollOnce();

        int texts = 0;
        for (const Message &m : sandbox.messages())
            texts += (m.to == call.from && !m.isInbound()) ? 1 : 0;
        QCOMPARE(texts, 2); // the text-back and one answer; nothing after STOP
        DecisionRepository decisions(engine.database());
        QCOMPARE(decisions.find(sid)->reason, QStringLiteral("missed"));
        ContactRepository contacts(engine.database());
        QVERIFY(contacts.get(call.from).optedOut);

        ReadModels read(engine.database());
        const auto conversations = read.conversations();
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(conversations.constFirst().caller, call.from);
        QCOMPARE(read.conversations(QStringLiteral("heater")).size(), 1);
        QCOMPARE(read.conversations(QStringLiteral("boiler")).size(), 0);
        QCOMPARE(read.thread(conversations.constFirst().id).size(), 4);
        QCOMPARE(read.leads().size(), 1);
        QCOMPARE(read.calls().size(), 1);
        QVERIFY(read.counts().unreadMessages >= 2);
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
