#include "inboxsearchcheck.h"
#include "postgresdatabase.h"
#include "sandboxthread.h"

#include "engine/acknowledgementresponder.h"
#include "engine/engine.h"
#include "store/callrepository.h"
#include "store/changelistener.h"
#include "store/contactrepository.h"
#include "store/conversationrepository.h"
#include "store/decisionrepository.h"
#include "store/migrations.h"
#include "store/readmodels.h"

#include <QSignalSpy>
#include <QtTest>

#include <thread>

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

    void migrations_twoSeatsStartingAtOnceBothOpen()
    {
        const QString url = Rebound::Test::freshPostgresDatabase(m_url, QStringLiteral("rebound_race"));
        QVERIFY(!url.isEmpty());
        // Without the advisory lock one of them fails on the half-made schema.
        QString errors[4];
        int versions[4] = {};
        std::vector<std::thread> seats;
        for (int i = 0; i < 4; ++i)
            seats.emplace_back([&, i] {
                StoreError error;
                Database db = Database::open(url, &error);
                errors[i] = error.message;
                versions[i] = db.isOpen() ? db.schemaVersion() : -1;
            });
        for (std::thread &t : seats)
            t.join();
        for (int i = 0; i < 4; ++i) {
            QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i]));
            QCOMPARE(versions[i], migrations().constLast().version);
        }
        StoreError error;
        Database db = Database::open(url, &error);
        QSqlQuery q(db.connection());
        QVERIFY(db.exec(q, QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), migrations().size()); // each migration applied once
    }

    void open_connectionOptionsAreCheckedAndUsed()
    {
        StoreError error;
        Database db = Database::open(m_url + QStringLiteral("?sslmode=sometimes"), &error);
        QVERIFY(!db.isOpen());
        QVERIFY2(error.message.contains(QStringLiteral("verify-full")), qPrintable(error.message));
        db = Database::open(m_url + QStringLiteral("?sslmde=require"), &error);
        QVERIFY(!db.isOpen());
        QVERIFY2(error.message.contains(QStringLiteral("sslmde")), qPrintable(error.message));
        // TLS with the server's certificate checked against its authority and its name.
        const QString ca = qEnvironmentVariable("REBOUND_TEST_POSTGRES_CA");
        QVERIFY2(QFile::exists(ca), "scripts/with-postgres.sh gives the server a certificate");
        auto usesTls = [](Database &open) {
            QSqlQuery q(open.connection());
            return open.exec(q, QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && q.next()
                && q.value(0).toBool();
        };
        error = {};
        db = Database::open(m_url + QStringLiteral("?sslmode=verify-full&sslrootcert=") + ca, &error);
        QVERIFY2(db.isOpen(), qPrintable(error.message));
        QVERIFY(usesTls(db));
        // Another authority's word is not taken for it.
        const QString stranger = QStringLiteral(REBOUND_TEST_DATA_DIR "/tls/stranger-ca.crt");
        error = {};
        db = Database::open(m_url + QStringLiteral("?sslmode=verify-full&sslrootcert=") + stranger, &error);
        QVERIFY(!db.isOpen());
        QVERIFY2(error.message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive), qPrintable(error.message));
        // And without asking for it, no TLS.
        error = {};
        db = Database::open(m_url + QStringLiteral("?sslmode=disable&application_name=front-desk"), &error);
        QVERIFY2(db.isOpen(), qPrintable(error.message));
        QVERIFY(!usesTls(db));
        QSqlQuery q(db.connection());
        QVERIFY(db.exec(q, QStringLiteral("SELECT current_setting('application_name')")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("front-desk"));
    }

    void displayLocation_neverShowsThePassword()
    {
        const QString shown =
            Database::displayLocation(QStringLiteral("postgresql://seat:s3cr3t-pw@db.example:5432/rebound"));
        QVERIFY(!shown.contains(QStringLiteral("s3cr3t-pw")));
        QVERIFY(shown.contains(QStringLiteral("seat@db.example:5432/rebound")));
        // And a failed open does not print it either.
        QUrl url(m_url);
        url.setPassword(QStringLiteral("s3cr3t-pw"));
        url.setPort(1);
        StoreError error;
        Database db = Database::open(url.toString(), &error);
        QVERIFY(!db.isOpen());
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!error.message.contains(QStringLiteral("s3cr3t-pw")));
    }

    void now_isTheServersClock()
    {
        StoreError error;
        Database db = Database::open(m_url, &error);
        QSqlQuery q(db.connection());
        const QDateTime ours = db.now();
        QVERIFY(db.exec(q, QStringLiteral("SELECT CAST(EXTRACT(EPOCH FROM now()) AS BIGINT)")) && q.next());
        QVERIFY(qAbs(ours.toSecsSinceEpoch() - q.value(0).toLongLong()) <= 2);
        QCOMPARE(ours.timeSpec(), Qt::UTC);
    }

    void changeListener_hearsAnotherConnectionsChange()
    {
        ChangeListener listener;
        QString error;
        QVERIFY2(listener.start(m_url, &error), qPrintable(error));
        QVERIFY(listener.isListening());
        QSignalSpy changed(&listener, &ChangeListener::changed);
        StoreError storeError;
        Database other = Database::open(m_url, &storeError);
        ContactRepository contacts(other);
        Contact c = contacts.get(QStringLiteral("+15125550177"));
        c.name = QStringLiteral("Dana");
        QVERIFY(contacts.save(c));
        QVERIFY(changed.wait(2000));
        QVERIFY(changed.constLast().constFirst().value<QSet<QString>>().contains(QStringLiteral("contacts")));
        // Reading changes nothing and notifies nobody.
        changed.clear();
        ReadModels(other).conversations();
        QVERIFY(!changed.wait(300));
    }

    void search_findsWordsNamesAndNumbersNewestFirst()
    {
        StoreError error;
        Database db =
            Database::open(Rebound::Test::freshPostgresDatabase(m_url, QStringLiteral("rebound_search")), &error);
        QVERIFY2(db.isOpen(), qPrintable(error.message));
        Rebound::Test::checkInboxSearch(db);
    }

    void changeListener_isQuietOnSqlite()
    {
        QTemporaryDir dir;
        ChangeListener listener;
        QVERIFY(listener.start(dir.filePath(QStringLiteral("x.sqlite"))));
        QVERIFY(!listener.isListening());
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
        config.seatName = QStringLiteral("Front desk");
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

        // A person at the front desk takes the thread over: every seat sees by whom.
        {
            ReadModels read(engine.database());
            const QString id = read.conversations().constFirst().id;
            QVERIFY(read.conversations().constFirst().automation);
            engine.setAutomation(id, false);
            QCOMPARE(read.conversations().constFirst().takenOverBy, QStringLiteral("Front desk"));
            QVERIFY(!read.conversations().constFirst().automation);
            engine.setAutomation(id, true);
            QVERIFY(read.conversations().constFirst().takenOverBy.isEmpty());
        }

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
        QCOMPARE(read.conversations(QStringLiteral("HEAT leak")).size(), 1); // word prefixes, any case
        QCOMPARE(read.conversations(QStringLiteral("heat boiler")).size(), 0); // every word must match
        QCOMPARE(read.thread(conversations.constFirst().id).size(), 4);
        QCOMPARE(read.leads().size(), 1);
        QCOMPARE(read.calls().size(), 1);
        QVERIFY(read.counts().unreadMessages >= 2);
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
