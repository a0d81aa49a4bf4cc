#include "clirun.h"
#include "postgresdatabase.h"

#include "store/callrepository.h"
#include "store/contactrepository.h"
#include "store/conversationrepository.h"
#include "store/decisionrepository.h"
#include "store/leadrepository.h"
#include "store/outboxrepository.h"
#include "store/readmodels.h"
#include "store/settingsrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace Rebound::Core;

namespace {

using Run = Rebound::Test::CliRun;

Run cli(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("REBOUND_DB_PASSWORD"));
    return Rebound::Test::runCli(QStringList{QStringLiteral("db"), QStringLiteral("migrate")} + args, env);
}

const QString kBusiness = QStringLiteral("+15125550100");
const QDateTime kStart = QDateTime(QDate(2024, 3, 1), QTime(14, 0), Qt::UTC);

// Every row of a table as text, in primary-key order, from either engine.
QStringList dump(Database &db, const QString &table, const QString &key)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    const bool postgres = db.connection().driverName() == QLatin1String("QPSQL");
    const QString sql = QStringLiteral("SELECT * FROM %1 ORDER BY %2 %3")
                            .arg(table, key, postgres ? QStringLiteral("COLLATE \"C\"") : QString());
    if (!db.exec(q, sql))
        return {QStringLiteral("error: ") + db.lastError()};
    while (q.next()) {
        QStringList values;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i) {
            // Derived on PostgreSQL (the words its search reads), never copied.
            if (record.fieldName(i) == QLatin1String("search_words"))
                continue;
            // By name, so the column order of either engine does not matter.
            const QVariant v = q.value(i);
            values.append(record.fieldName(i) + QLatin1Char('=')
                          + (v.isNull() ? QStringLiteral("<null>") : v.toString()));
        }
        values.sort();
        rows.append(values.join(QLatin1Char('|')));
    }
    return rows;
}

qint64 count(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!db.exec(q, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

const QList<QPair<QString, QString>> kTables{
    {QStringLiteral("settings"), QStringLiteral("key")},     {QStringLiteral("contacts"), QStringLiteral("e164")},
    {QStringLiteral("calls"), QStringLiteral("sid")},        {QStringLiteral("decisions"), QStringLiteral("call_sid")},
    {QStringLiteral("conversations"), QStringLiteral("id")}, {QStringLiteral("messages"), QStringLiteral("id")},
    {QStringLiteral("leads"), QStringLiteral("id")},         {QStringLiteral("outbox"), QStringLiteral("id")},
};

} // namespace

// rebound-cli db migrate: a real SQLite store copied into a real PostgreSQL server, read back
// through the product's own repositories and read models.
class TestDbMigrate final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_url;
    QString m_source;
    QString m_threadId; // the conversation with the unicode, the quotes and the long body
    QString m_leadId;
    QStringList m_threadBodies;
    QString m_longBody;

    void fillSource(Database &db)
    {
        SettingsRepository settings(db);
        QVERIFY(settings.setValue(QStringLiteral("history_imported_at"), QStringLiteral("2024-03-01T13:00:00.000Z")));
        QVERIFY(settings.setValue(QStringLiteral("poll_watermark"), QStringLiteral("2024-03-02T09:30:00.000Z")));
        QVERIFY(settings.setValue(QStringLiteral("greeting"), QStringLiteral("¡Hola! “Ace” — 🔧")));

        ContactRepository contacts(db);
        Contact jose;
        jose.e164 = QStringLiteral("+15125550141");
        jose.name = QStringLiteral("José Núñez");
        jose.isCustomer = true;
        QVERIFY(contacts.save(jose));
        Contact vendor;
        vendor.e164 = QStringLiteral("+15125550142");
        vendor.name = QStringLiteral("Parts O'Reilly");
        vendor.isVendor = true;
        QVERIFY(contacts.save(vendor));
        Contact nameless; // name stays NULL
        nameless.e164 = QStringLiteral("+15125550143");
        QVERIFY(contacts.save(nameless));
        QVERIFY(contacts.setOptedOut(QStringLiteral("+15125550143"), true, QStringLiteral("STOP"), kStart));
        QVERIFY(contacts.setOptedOut(QStringLiteral("+15125550144"), true, QStringLiteral("error 21610"), kStart));

        CallRepository calls(db);
        DecisionRepository decisions(db);
        for (int i = 0; i < 6; ++i) {
            Call call;
            call.sid = QStringLiteral("CA%1").arg(i, 32, 10, QLatin1Char('0'));
            call.from = QStringLiteral("+1512555014%1").arg(i + 1);
            call.to = kBusiness;
            call.direction = QStringLiteral("inbound");
            call.status = i % 2 ? CallStatus::NoAnswer : CallStatus::Busy;
            call.startTime = kStart.addSecs(i * 600);
            call.dateCreated = call.startTime;
            call.dateUpdated = call.startTime.addSecs(30);
            if (i == 5)
                call.durationSeconds = 42;
            QVERIFY(calls.upsert(call, kBusiness, call.startTime.addSecs(5)));
            QVERIFY(calls.setOutcome(call.sid, i == 5 ? CallOutcome::Answered : CallOutcome::Missed));
            if (i < 5) {
                Decision d;
                d.callSid = call.sid;
                d.action = i == 2 ? Decision::Action::Skip : Decision::Action::Text;
                d.reason = i == 2 ? QStringLiteral("opted_out") : QStringLiteral("missed");
                d.templateName = i == 2 ? QString() : QStringLiteral("business_hours");
                d.decidedAt = call.startTime.addSecs(6);
                bool inserted = false;
                QVERIFY(decisions.record(d, &inserted));
                QVERIFY(inserted);
            }
        }

        ConversationRepository conversations(db);
        m_threadId = conversations.ensure(kBusiness, QStringLiteral("+15125550141"), kStart);
        QVERIFY(!m_threadId.isEmpty());
        m_longBody.clear();
        while (m_longBody.size() < 1600)
            m_longBody += QStringLiteral("Tenemos una fuga en el calentador de agua, ");
        m_longBody.truncate(1600);
        m_threadBodies = {
            QStringLiteral("Hi, this is Ace Plumbing. Sorry we missed your call! Reply STOP to opt out."),
            QStringLiteral("the water heater is leaking 😭💧 — it's \"bad\" and it's 'everywhere'"),
            QStringLiteral("¿Cuál es su dirección? Ñandú café naïve 日本語 \\ backslash ; DROP TABLE messages; --"),
            m_longBody,
            QStringLiteral("  leading and trailing spaces  \n second line\ttab"),
        };
        for (int i = 0; i < m_threadBodies.size(); ++i) {
            StoredMessage m;
            m.sid = i == 0 ? QString() : QStringLiteral("SM%1").arg(i, 32, 10, QLatin1Char('0')); // NULL sid
            m.conversationId = m_threadId;
            m.inbound = i % 2 == 1;
            m.author = i == 0 ? StoredMessage::Author::Automation
                              : (m.inbound ? StoredMessage::Author::Caller : StoredMessage::Author::Person);
            m.body = m_threadBodies.at(i);
            m.status = m.inbound ? QStringLiteral("received") : QStringLiteral("delivered");
            m.segments = i == 3 ? 11 : 1;
            m.createdAt = kStart.addSecs(60 + i * 30);
            bool inserted = false;
            QVERIFY(conversations.addMessage(m, &inserted));
            QVERIFY(inserted);
        }
        QVERIFY(db.exec(QStringLiteral("UPDATE messages SET error_code = 30007 WHERE sid = ?"),
                        {QStringLiteral("SM%1").arg(2, 32, 10, QLatin1Char('0'))}));

        // Enough threads and messages that the copy spans several 500-row INSERTs and a short last one.
        Transaction tx(db);
        for (int c = 0; c < 40; ++c) {
            const QString caller = QStringLiteral("+1737555%1").arg(c, 4, 10, QLatin1Char('0'));
            const QString id = conversations.ensure(kBusiness, caller, kStart.addDays(-c));
            QVERIFY(!id.isEmpty());
            for (int i = 0; i < 31; ++i) {
                StoredMessage m;
                m.sid = QStringLiteral("SMbulk%1x%2").arg(c).arg(i);
                m.conversationId = id;
                m.inbound = i % 2 == 0;
                m.author = m.inbound ? StoredMessage::Author::Caller : StoredMessage::Author::Automation;
                m.body = QStringLiteral("message %1 of thread %2: the furnace makes a noise").arg(i).arg(c);
                m.status = m.inbound ? QStringLiteral("received") : QStringLiteral("sent");
                m.segments = 1;
                m.createdAt = kStart.addDays(-c).addSecs(i * 45);
                bool inserted = false;
                QVERIFY(conversations.addMessage(m, &inserted));
            }
        }
        QVERIFY(tx.commit());

        LeadRepository leads(db);
        Lead lead;
        lead.id = Database::newId();
        lead.conversationId = m_threadId;
        lead.callSid = QStringLiteral("CA%1").arg(0, 32, 10, QLatin1Char('0'));
        lead.card.name = QStringLiteral("José Núñez");
        lead.card.service = QStringLiteral("water_heater");
        lead.card.jobWords = QStringLiteral("water heater is leaking");
        lead.card.urgency = LeadCard::Urgency::Emergency;
        lead.card.address = QStringLiteral("1200 Barton Springs Rd, Austin");
        lead.card.score = LeadCard::Score::Hot;
        lead.card.preferredTime = QStringLiteral("mañana temprano");
        lead.card.questions = {QStringLiteral("How much?"), QStringLiteral("¿Hoy?")};
        lead.card.language = QStringLiteral("es");
        lead.createdAt = kStart.addSecs(200);
        lead.updatedAt = kStart.addSecs(300);
        QVERIFY(leads.insert(lead));
        QVERIFY(db.exec(QStringLiteral("UPDATE leads SET status = 'booked', job_value_cents = ? WHERE id = ?"),
                        {qint64(1234567), lead.id}));
        m_leadId = lead.id;
        Lead bare; // no call, no name, no address, no job value: NULLs all along
        bare.id = Database::newId();
        bare.conversationId = conversations.ensure(kBusiness, QStringLiteral("+15125550142"), kStart);
        bare.card.kind = LeadCard::Kind::Vendor;
        bare.card.score = LeadCard::Score::Cold;
        bare.createdAt = kStart;
        bare.updatedAt = kStart;
        QVERIFY(leads.insert(bare));

        OutboxRepository outbox(db);
        const QList<OutboxItem::State> states{OutboxItem::State::Queued, OutboxItem::State::Sent,
                                              OutboxItem::State::Failed, OutboxItem::State::Cancelled};
        for (int i = 0; i < states.size(); ++i) {
            OutboxItem item;
            item.id = QStringLiteral("ob-%1").arg(i);
            item.dedupeKey = QStringLiteral("textback:CA%1").arg(i, 32, 10, QLatin1Char('0'));
            item.conversationId = i == 3 ? QString() : m_threadId;
            item.callSid = QStringLiteral("CA%1").arg(i, 32, 10, QLatin1Char('0'));
            item.to = QStringLiteral("+15125550141");
            item.from = kBusiness;
            item.body = QStringLiteral("Sorry we missed you — reply here 📱");
            item.createdAt = kStart.addSecs(i);
            bool inserted = false;
            QVERIFY(outbox.enqueue(item, &inserted));
            QVERIFY(inserted);
            switch (states.at(i)) {
            case OutboxItem::State::Sent:
                QVERIFY(outbox.markSent(item.id, QStringLiteral("SMsent%1").arg(i), kStart.addSecs(20)));
                break;
            case OutboxItem::State::Failed:
                QVERIFY(outbox.markFinal(item.id, OutboxItem::State::Failed, QStringLiteral("21211: invalid 'To'")));
                break;
            case OutboxItem::State::Cancelled:
                QVERIFY(outbox.markFinal(item.id, OutboxItem::State::Cancelled, QStringLiteral("opted out")));
                break;
            default:
                QVERIFY(outbox.markRetry(item.id, QStringLiteral("503"), kStart.addSecs(90)));
                break;
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_url = qEnvironmentVariable("REBOUND_TEST_POSTGRES_URL");
        QVERIFY2(!m_url.isEmpty(), "run through scripts/with-postgres.sh, which starts a throw-away server");
        m_source = m_dir.filePath(QStringLiteral("source.sqlite"));
        StoreError error;
        Database db = Database::open(m_source, &error);
        QVERIFY2(db.isOpen(), qPrintable(error.message));
        fillSource(db);
    }

    void migrate_copiesEveryTableAndTheProductReadsTheSame()
    {
        const QString target = Rebound::Test::freshPostgresDatabase(m_url, QStringLiteral("rebound_copy"));
        QVERIFY(!target.isEmpty());
        const Run run =
            cli({QStringLiteral("--from"), m_source, QStringLiteral("--to"), target, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(run.out.trimmed()).object();

        StoreError error;
        Database source = Database::open(m_source, &error);
        QVERIFY2(source.isOpen(), qPrintable(error.message));
        Database pg = Database::open(target, &error);
        QVERIFY2(pg.isOpen(), qPrintable(error.message));
        QCOMPARE(pg.connection().driverName(), QStringLiteral("QPSQL"));

        // The summary names every table with its row count, and the total adds up.
        QHash<QString, qint64> reported;
        for (const QJsonValue &t : summary.value(QStringLiteral("tables")).toArray()) {
            const QJsonObject o = t.toObject();
            QVERIFY(o.value(QStringLiteral("verified")).toBool());
            reported.insert(o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("rows")).toInteger());
        }
        qint64 total = 0;
        for (const auto &[table, key] : kTables) {
            const qint64 rows = count(source, table);
            QVERIFY(rows > 0);
            QCOMPARE(reported.value(table, -1), rows);
            QCOMPARE(count(pg, table), rows);
            total += rows;
        }
        QCOMPARE(count(source, QStringLiteral("messages")), qint64(5 + 40 * 31));
        QVERIFY(total <= summary.value(QStringLiteral("rows")).toInteger());
        QVERIFY(summary.value(QStringLiteral("seconds")).toDouble() >= 0.0);
        QVERIFY(!reported.contains(QStringLiteral("schema_version")));
        QVERIFY(!reported.contains(QStringLiteral("messages_fts")));

        // Every value of every row, NULLs and empty strings kept apart.
        for (const auto &[table, key] : kTables)
            QCOMPARE(dump(pg, table, key), dump(source, table, key));

        // What the app shows: the thread byte for byte, in order, with its long body.
        ReadModels sqliteRead(source);
        ReadModels pgRead(pg);
        const QList<StoredMessage> thread = pgRead.thread(m_threadId);
        QCOMPARE(thread.size(), m_threadBodies.size());
        for (int i = 0; i < thread.size(); ++i) {
            QCOMPARE(thread.at(i).body.toUtf8(), m_threadBodies.at(i).toUtf8());
            QCOMPARE(thread.at(i).sid, sqliteRead.thread(m_threadId).at(i).sid);
            QCOMPARE(thread.at(i).createdAt, sqliteRead.thread(m_threadId).at(i).createdAt);
        }
        QCOMPARE(thread.at(3).body.size(), 1600);
        QVERIFY(thread.at(0).sid.isEmpty());

        // The lead card, its booking and job value.
        LeadRepository pgLeads(pg);
        const std::optional<Lead> lead = pgLeads.find(m_leadId);
        QVERIFY(lead);
        const std::optional<Lead> original = LeadRepository(source).find(m_leadId);
        QVERIFY(original);
        QVERIFY(lead->card == original->card);
        QCOMPARE(lead->status, QStringLiteral("booked"));
        QCOMPARE(lead->jobValueCents, std::optional<qint64>(1234567));
        QCOMPARE(lead->card.name, QStringLiteral("José Núñez"));
        QCOMPARE(lead->card.questions, (QStringList{QStringLiteral("How much?"), QStringLiteral("¿Hoy?")}));
        QCOMPARE(lead->createdAt, original->createdAt);
        QCOMPARE(pgRead.leads().size(), 2);

        // Opt-outs survive: the engine must never text these numbers from the new store.
        ContactRepository pgContacts(pg);
        QVERIFY(pgContacts.get(QStringLiteral("+15125550143")).optedOut);
        QCOMPARE(pgContacts.get(QStringLiteral("+15125550144")).optOutReason, QStringLiteral("error 21610"));
        QVERIFY(!pgContacts.get(QStringLiteral("+15125550141")).optedOut);
        QCOMPARE(pgContacts.get(QStringLiteral("+15125550142")).name, QStringLiteral("Parts O'Reilly"));

        OutboxRepository pgOutbox(pg);
        QCOMPARE(toString(pgOutbox.find(QStringLiteral("ob-0"))->state), toString(OutboxItem::State::Queued));
        QCOMPARE(toString(pgOutbox.find(QStringLiteral("ob-1"))->state), toString(OutboxItem::State::Sent));
        QCOMPARE(pgOutbox.find(QStringLiteral("ob-1"))->providerSid, QStringLiteral("SMsent1"));
        QCOMPARE(toString(pgOutbox.find(QStringLiteral("ob-2"))->state), toString(OutboxItem::State::Failed));
        QCOMPARE(toString(pgOutbox.find(QStringLiteral("ob-3"))->state), toString(OutboxItem::State::Cancelled));
        QCOMPARE(SettingsRepository(pg).value(QStringLiteral("greeting")), QStringLiteral("¡Hola! “Ace” — 🔧"));
        QCOMPARE(DecisionRepository(pg).find(QStringLiteral("CA%1").arg(2, 32, 10, QLatin1Char('0')))->reason,
                 QStringLiteral("opted_out"));

        // The inbox and its search find the same threads, those with messages in the same order (the
        // engines place a thread without any message, a NULL last_message_at, at opposite ends).
        QStringList pgInbox;
        QStringList sqliteInbox;
        QSet<QString> pgAll;
        QSet<QString> sqliteAll;
        for (const ConversationSummary &s : pgRead.conversations()) {
            pgAll.insert(s.id);
            if (s.lastAt.isValid())
                pgInbox.append(s.id);
        }
        for (const ConversationSummary &s : sqliteRead.conversations()) {
            sqliteAll.insert(s.id);
            if (s.lastAt.isValid())
                sqliteInbox.append(s.id);
        }
        QCOMPARE(pgAll.size(), 42);
        QCOMPARE(pgAll, sqliteAll);
        QCOMPARE(pgInbox.size(), 41);
        QCOMPARE(pgInbox, sqliteInbox);
        const QList<ConversationSummary> found = pgRead.conversations(QStringLiteral("heater"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().id, m_threadId);
        QCOMPARE(found.constFirst().id, sqliteRead.conversations(QStringLiteral("heater")).constFirst().id);
        QCOMPARE(found.constFirst().callerName, QStringLiteral("José Núñez"));
        QCOMPARE(pgRead.conversations(QStringLiteral("furnace")).size(), 40);
    }

    void migrate_refusesANonEmptyTargetAndWritesNothing()
    {
        const QString target = Rebound::Test::freshPostgresDatabase(m_url, QStringLiteral("rebound_busy"));
        QVERIFY(!target.isEmpty());
        QCOMPARE(cli({QStringLiteral("--from"), m_source, QStringLiteral("--to"), target}).exitCode, 0);

        // A second, different source into the same (now full) target.
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            StoreError error;
            Database db = Database::open(other, &error);
            QVERIFY2(db.isOpen(), qPrintable(error.message));
            QVERIFY(!ConversationRepository(db).ensure(kBusiness, QStringLiteral("+19995550000"), kStart).isEmpty());
            QVERIFY(SettingsRepository(db).setValue(QStringLiteral("marker"), QStringLiteral("second run")));
        }
        StoreError error;
        Database pg = Database::open(target, &error);
        QVERIFY2(pg.isOpen(), qPrintable(error.message));
        QHash<QString, QStringList> before;
        for (const auto &[table, key] : kTables)
            before.insert(table, dump(pg, table, key));

        const Run run = cli({QStringLiteral("--from"), other, QStringLiteral("--to"), target});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("not empty"), run.err.constData());
        // The message names a table that has rows (tables are checked in name order: calls first).
        QVERIFY2(run.err.contains("calls"), run.err.constData());
        QVERIFY(run.out.isEmpty());
        for (const auto &[table, key] : kTables)
            QCOMPARE(dump(pg, table, key), before.value(table));
        QCOMPARE(SettingsRepository(pg).value(QStringLiteral("marker"), QStringLiteral("absent")),
                 QStringLiteral("absent"));
    }

    void migrate_refusesATargetWithOnlySettings()
    {
        const QString target = Rebound::Test::freshPostgresDatabase(m_url, QStringLiteral("rebound_settings_only"));
        QVERIFY(!target.isEmpty());
        StoreError error;
        {
            Database pg = Database::open(target, &error);
            QVERIFY2(pg.isOpen(), qPrintable(error.message));
            QVERIFY(SettingsRepository(pg).setValue(QStringLiteral("seat"), QStringLiteral("front desk")));
        }
        const Run run = cli({QStringLiteral("--from"), m_source, QStringLiteral("--to"), target});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("settings"), run.err.constData());
        Database pg = Database::open(target, &error);
        QCOMPARE(count(pg, QStringLiteral("messages")), qint64(0));
        QCOMPARE(count(pg, QStringLiteral("settings")), qint64(1));
    }

    void migrate_rollsBackWhenARowDoesNotSurviveTheCopy()
    {
        // SQLite keeps 1.5 in an INTEGER column; PostgreSQL rounds it to 2. Verification must see the
        // difference, name the row and commit nothing.
        const QString odd = m_dir.filePath(QStringLiteral("odd.sqlite"));
        QVERIFY(QFile::copy(m_source, odd));
        {
            StoreError error;
            Database db = Database::open(odd, &error);
            QVERIFY2(db.isOpen(), qPrintable(error.message));
            QVERIFY(db.exec(QStringLiteral("UPDATE messages SET segments = 1.5 WHERE sid = ?"),
                            {QStringLiteral("SMbulk7x3")}));
        }
        const QString target = Rebound::Test::freshPostgresDatabase(m_url, QStringLiteral("rebound_rollback"));
        QVERIFY(!target.isEmpty());
        const Run run = cli({QStringLiteral("--from"), odd, QStringLiteral("--to"), target});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Verification failed"), run.err.constData());
        QVERIFY2(run.err.contains("messages"), run.err.constData());
        QVERIFY2(run.err.contains("segments"), run.err.constData());
        StoreError error;
        Database pg = Database::open(target, &error);
        QVERIFY2(pg.isOpen(), qPrintable(error.message));
        for (const auto &[table, key] : kTables)
            QCOMPARE(count(pg, table), qint64(0));
    }

    void migrate_missingSourceFailsWithoutCreatingIt()
    {
        const QString missing = m_dir.filePath(QStringLiteral("no-such.sqlite"));
        const Run run = cli({QStringLiteral("--from"), missing, QStringLiteral("--to"), m_url});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("does not exist"), run.err.constData());
        QVERIFY(!QFileInfo::exists(missing));
    }

    void migrate_neverShowsThePassword()
    {
        const QString target = Rebound::Test::freshPostgresDatabase(m_url, QStringLiteral("rebound_pw"));
        QVERIFY(!target.isEmpty());
        const QByteArray password = "Sup3r-s3cret-pw";
        QUrl withPassword(target);
        withPassword.setPassword(QString::fromLatin1(password));
        // The test server trusts loopback, so the password is accepted and the copy goes ahead.
        const Run run = cli({QStringLiteral("--from"), m_source, QStringLiteral("--to"), withPassword.toString()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains(QUrl(target).toString().toUtf8()), run.out.constData());
        QVERIFY(!run.out.contains(password));
        QVERIFY(!run.err.contains(password));
        const Run json = cli({QStringLiteral("--from"), m_source, QStringLiteral("--to"), withPassword.toString(),
                              QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1); // now full
        QVERIFY(!json.out.contains(password));
        QVERIFY(!json.err.contains(password));
        // Nothing listens on port 1: the driver's error is shown, the password is not.
        QUrl nowhere(withPassword);
        nowhere.setPort(1);
        const Run failed = cli({QStringLiteral("--from"), m_source, QStringLiteral("--to"), nowhere.toString()});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY(!failed.err.isEmpty());
        QVERIFY(!failed.out.contains(password));
        QVERIFY(!failed.err.contains(password));
    }

    void migrate_usageErrorsExitTwo()
    {
        QCOMPARE(cli({QStringLiteral("--to"), m_url}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--from"), m_source}).exitCode, 2);
        QCOMPARE(
            cli({QStringLiteral("--from"), m_source, QStringLiteral("--to"), QStringLiteral("mysql://a@b/c")}).exitCode,
            2);
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--from"));
        QVERIFY(help.out.contains("REBOUND_DB_PASSWORD"));
    }

    void migrate_intoANewSqliteFileToo()
    {
        const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        const Run run = cli({QStringLiteral("--from"), m_source, QStringLiteral("--to"), copy});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        StoreError error;
        Database source = Database::open(m_source, &error);
        Database target = Database::open(copy, &error);
        QVERIFY2(target.isOpen(), qPrintable(error.message));
        for (const auto &[table, key] : kTables)
            QCOMPARE(dump(target, table, key), dump(source, table, key));
        // The copy's own full-text index was filled by its triggers.
        QCOMPARE(ReadModels(target).conversations(QStringLiteral("heater")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDbMigrate)
#include "tst_dbmigrate.moc"
