#include "inboxsearchcheck.h"
#include "store/callrepository.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/outboxrepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Rebound::Core;

class TestStore final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void open_createsTheSchemaInWalMode()
    {
        StoreError error;
        Database db = Database::openSqlite(path("a/b/new.sqlite"), &error);
        QVERIFY2(db.isOpen(), qPrintable(error.message));
        QCOMPARE(db.schemaVersion(), migrations().constLast().version);
        QSqlQuery q(db.connection());
        QVERIFY(db.exec(q, QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(db.exec(q, QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void open_twiceMigratesOnce()
    {
        StoreError error;
        {
            Database db = Database::openSqlite(path("twice.sqlite"), &error);
            QVERIFY(db.isOpen());
        }
        Database db = Database::openSqlite(path("twice.sqlite"), &error);
        QVERIFY(db.isOpen());
        QSqlQuery q(db.connection());
        QVERIFY(db.exec(q, QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), int(migrations().size()));
    }

    void open_refusesADamagedFileAndLeavesIt()
    {
        const QString file = path("garbage.sqlite");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray junk(8192, 'x');
        f.write("SQLite format 3");
        f.write(junk);
        f.close();
        StoreError error;
        Database db = Database::openSqlite(file, &error);
        QVERIFY(!db.isOpen());
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(QFileInfo(file).size(), qint64(15 + junk.size()));
    }

    void open_refusesASchemaFromANewerVersion()
    {
        StoreError error;
        {
            Database db = Database::openSqlite(path("newer.sqlite"), &error);
            QVERIFY(db.exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (999, 'x')")));
        }
        Database db = Database::openSqlite(path("newer.sqlite"), &error);
        QVERIFY(!db.isOpen());
        QVERIFY(error.message.contains(QStringLiteral("newer version")));
    }

    void calls_ingestIsIdempotentAndNeverGoesBackInTime()
    {
        StoreError error;
        Database db = Database::openSqlite(path("calls.sqlite"), &error);
        CallRepository calls(db);
        Call c;
        c.sid = QStringLiteral("CA1");
        c.from = QStringLiteral("+15125550123");
        c.direction = QStringLiteral("inbound");
        c.status = CallStatus::Completed;
        c.endTime = QDateTime::currentDateTimeUtc();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(calls.upsert(c, QStringLiteral("+15125550100"), now));
        QVERIFY(calls.upsert(c, QStringLiteral("+15125550100"), now));
        c.status = CallStatus::Ringing;
        QVERIFY(calls.upsert(c, QStringLiteral("+15125550100"), now));
        QSqlQuery q(db.connection());
        QVERIFY(db.exec(q, QStringLiteral("SELECT COUNT(*), MAX(status) FROM calls")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), QStringLiteral("completed"));
        QCOMPARE(calls.pending(QStringLiteral("+15125550100")).size(), 1);
    }

    void outbox_dedupeKeyQueuesOnce()
    {
        StoreError error;
        Database db = Database::openSqlite(path("outbox.sqlite"), &error);
        OutboxRepository outbox(db);
        OutboxItem item;
        item.dedupeKey = QStringLiteral("textback:CA1");
        item.to = QStringLiteral("+15125550123");
        item.from = QStringLiteral("+15125550100");
        item.body = QStringLiteral("Hi");
        item.createdAt = QDateTime::currentDateTimeUtc();
        bool inserted = false;
        QVERIFY(outbox.enqueue(item, &inserted));
        QVERIFY(inserted);
        QVERIFY(outbox.enqueue(item, &inserted));
        QVERIFY(!inserted);
        QCOMPARE(outbox.due(QDateTime::currentDateTimeUtc()).size(), 1);
    }

    void messages_sameSidIsStoredOnce()
    {
        StoreError error;
        Database db = Database::openSqlite(path("messages.sqlite"), &error);
        ConversationRepository conversations(db);
        const QString id = conversations.ensure(QStringLiteral("+15125550100"), QStringLiteral("+15125550123"),
                                                QDateTime::currentDateTimeUtc());
        QCOMPARE(conversations.ensure(QStringLiteral("+15125550100"), QStringLiteral("+15125550123"), {}), id);
        StoredMessage m;
        m.sid = QStringLiteral("SM1");
        m.conversationId = id;
        m.body = QString(3000, QLatin1Char('z'));
        m.status = QStringLiteral("received");
        m.createdAt = QDateTime::currentDateTimeUtc();
        bool inserted = false;
        QVERIFY(conversations.addMessage(m, &inserted));
        QVERIFY(inserted);
        QVERIFY(conversations.addMessage(m, &inserted));
        QVERIFY(!inserted);
        const auto history = conversations.history(id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.constFirst().body.size(), 3000);
        QCOMPARE(conversations.find(id)->unread, 1);
    }

    void messages_statusOnlyMovesForward()
    {
        StoreError error;
        Database db = Database::openSqlite(path("status.sqlite"), &error);
        ConversationRepository conversations(db);
        const QString id = conversations.ensure(QStringLiteral("+15125550100"), QStringLiteral("+15125550124"),
                                                QDateTime::currentDateTimeUtc());
        StoredMessage m;
        m.sid = QStringLiteral("SM2");
        m.conversationId = id;
        m.inbound = false;
        m.body = QStringLiteral("Sorry we missed your call");
        m.status = QStringLiteral("queued");
        m.createdAt = QDateTime::currentDateTimeUtc();
        bool inserted = false;
        QVERIFY(conversations.addMessage(m, &inserted));
        const auto status = [&db] {
            QSqlQuery q(db.connection());
            return db.exec(q, QStringLiteral("SELECT status FROM messages WHERE sid = 'SM2'")) && q.next()
                ? q.value(0).toString()
                : QString();
        };
        QVERIFY(conversations.updateStatus(QStringLiteral("SM2"), MessageStatus::Sent, 1));
        QVERIFY(!conversations.updateStatus(QStringLiteral("SM2"), MessageStatus::Sent, 1));
        QVERIFY(conversations.updateStatus(QStringLiteral("SM2"), MessageStatus::Delivered, 1));
        QCOMPARE(status(), QStringLiteral("delivered"));
        // Callbacks that arrive late never take a text back.
        QVERIFY(!conversations.updateStatus(QStringLiteral("SM2"), MessageStatus::Sent, 1));
        QVERIFY(!conversations.updateStatus(QStringLiteral("SM2"), MessageStatus::Queued, 1));
        QVERIFY(!conversations.updateStatus(QStringLiteral("SM2"), MessageStatus::Undelivered, 1));
        QCOMPARE(status(), QStringLiteral("delivered"));
        QVERIFY(conversations.updateStatus(QStringLiteral("SM2"), MessageStatus::Read, 1));
        QCOMPARE(status(), QStringLiteral("read"));
        QVERIFY(!conversations.updateStatus(QStringLiteral("SM404"), MessageStatus::Delivered, 1));
    }

    void search_findsWordsNamesAndNumbersNewestFirst()
    {
        StoreError error;
        Database db = Database::openSqlite(path("search.sqlite"), &error);
        QVERIFY2(db.isOpen(), qPrintable(error.message));
        Rebound::Test::checkInboxSearch(db);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
