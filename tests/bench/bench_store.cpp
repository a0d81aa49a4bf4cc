#include "store/database.h"
#include "store/readmodels.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace Rebound::Core;

// The inbox's queries on a store the size of a busy shop after years of use: 100,000 conversations and
// 1,000,000 messages, on SQLite and on PostgreSQL. Seeded as fast as each engine takes it, then timed
// through the product's own ReadModels. Every median and p95 must stay under 200 ms.
//   REBOUND_BENCH_BACKEND=sqlite|postgres picks one back end (default: SQLite, and PostgreSQL too when
//   REBOUND_TEST_POSTGRES_URL is set); REBOUND_BENCH_CONVERSATIONS and REBOUND_BENCH_MESSAGES shrink it.
namespace {

constexpr double kLimitMs = 200.0;
constexpr int kRuns = 30;
const QString kCommonWord = QStringLiteral("water");
const QString kRareWord = QStringLiteral("backflow");

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

const QStringList kFirstNames{
    QStringLiteral("James"), QStringLiteral("Maria"), QStringLiteral("Robert"),  QStringLiteral("Guadalupe"),
    QStringLiteral("Linda"), QStringLiteral("José"),  QStringLiteral("Michael"), QStringLiteral("Sofía"),
    QStringLiteral("David"), QStringLiteral("Karen"), QStringLiteral("Luis"),    QStringLiteral("Ashley"),
};
const QStringList kLastNames{
    QStringLiteral("Smith"),   QStringLiteral("García"), QStringLiteral("Johnson"), QStringLiteral("Hernández"),
    QStringLiteral("Brown"),   QStringLiteral("López"),  QStringLiteral("Miller"),  QStringLiteral("Martínez"),
    QStringLiteral("O'Brien"), QStringLiteral("Nguyen"), QStringLiteral("Davis"),   QStringLiteral("Ramírez"),
};
const QStringList kStreets{
    QStringLiteral("Barton Springs Rd"), QStringLiteral("E 6th St"),     QStringLiteral("Burnet Rd"),
    QStringLiteral("S Lamar Blvd"),      QStringLiteral("Airport Blvd"), QStringLiteral("Calle Guadalupe"),
};
const QStringList kCallerEnglish{
    QStringLiteral("Hi, my water heater is leaking all over the garage floor."),
    QStringLiteral("The AC stopped blowing cold air last night, can someone come out today?"),
    QStringLiteral("We have a clogged kitchen sink and the disposal hums but won't spin."),
    QStringLiteral("Need a quote to replace the breaker panel in a 1970s house."),
    QStringLiteral("Toilet keeps running all night, probably the flapper."),
    QStringLiteral("There is water coming through the ceiling under the upstairs bathroom!"),
    QStringLiteral("Furnace makes a loud banging noise when it kicks on."),
    QStringLiteral("Can you install a ceiling fan and two outlets in the bedroom?"),
    QStringLiteral("Roof is missing shingles after the storm and the attic is wet."),
    QStringLiteral("Sprinkler zone 3 doesn't turn on anymore."),
    QStringLiteral("Tomorrow morning works, after 9 please."),
    QStringLiteral("How much do you charge for a service call?"),
    QStringLiteral("ok thanks"),
    QStringLiteral("Call me when you're on the way, the gate code is 4411."),
    QStringLiteral("Low water pressure in the whole house since Monday."),
};
const QStringList kCallerSpanish{
    QStringLiteral("Hola, tengo una fuga de agua debajo del fregadero."),
    QStringLiteral("El aire acondicionado no enfría desde ayer."),
    QStringLiteral("Necesito que revisen el calentador, hace un ruido raro."),
    QStringLiteral("Se tapó el baño y el agua se sale por todos lados."),
    QStringLiteral("¿Cuánto cobran por la visita?"),
    QStringLiteral("Mañana en la tarde está bien."),
    QStringLiteral("Gracias, aquí los espero."),
    QStringLiteral("Es urgente, no tenemos agua caliente y hay niños en casa."),
};
const QStringList kBusinessEnglish{
    QStringLiteral("Hi, this is Ace Plumbing & Air. Sorry we missed your call! What can we help you with? Reply "
                   "STOP to opt out."),
    QStringLiteral("Thanks! What's the address where you need the work done?"),
    QStringLiteral("Got it. How soon do you need someone: today, this week, or whenever works?"),
    QStringLiteral("Great, we'll call you shortly to confirm a time."),
    QStringLiteral("And who do we have the pleasure of helping?"),
};
const QStringList kBusinessSpanish{
    QStringLiteral("Hola, somos Ace Plumbing & Air. Perdón por no contestar. ¿En qué le podemos ayudar? "
                   "Responda STOP para no recibir mensajes."),
    QStringLiteral("¿Cuál es la dirección del servicio?"),
    QStringLiteral("¿Para cuándo lo necesita: hoy, esta semana o cuando se pueda?"),
    QStringLiteral("Perfecto, le llamamos en un momento para confirmar la hora."),
};
const QStringList kServices{QStringLiteral("water_heater"), QStringLiteral("drain"),      QStringLiteral("ac_repair"),
                            QStringLiteral("furnace"),      QStringLiteral("electrical"), QStringLiteral("roof_leak"),
                            QStringLiteral("irrigation"),   QStringLiteral("other")};

struct Figure
{
    QString name;
    double medianMs = 0;
    double p95Ms = 0;
};

double percentile(QList<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    // Nearest rank: the smallest sample with at least p of them at or below it.
    const auto rank = qsizetype(std::ceil(p * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    return n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2.0;
}

// Multi-row INSERTs with bound values, one prepared statement reused for every full batch.
class BatchInsert
{
public:
    BatchInsert(Database &db, const QString &table, const QStringList &columns, int rowsPerStatement)
        : m_db(db)
        , m_table(table)
        , m_columns(columns)
        , m_rows(rowsPerStatement)
        , m_full(db.connection())
    { }

    bool add(const QVariantList &row)
    {
        m_values += row;
        return ++m_pending < m_rows || flush();
    }
    // Rows this table's foreign keys point to are written first.
    void writeAfter(BatchInsert *parent) { m_parent = parent; }
    bool flush()
    {
        if (m_pending == 0)
            return true;
        if (m_parent && !m_parent->flush()) {
            m_error = m_parent->error();
            return false;
        }
        QSqlQuery tail(m_db.connection());
        QSqlQuery &q = m_pending == m_rows ? m_full : tail;
        if (q.lastQuery().isEmpty() && !q.prepare(sql(m_pending))) {
            m_error = q.lastError().text();
            return false;
        }
        for (qsizetype i = 0; i < m_values.size(); ++i)
            q.bindValue(int(i), m_values.at(i));
        if (!q.exec()) {
            m_error = m_table + QStringLiteral(": ") + q.lastError().text();
            return false;
        }
        m_values.clear();
        m_pending = 0;
        return true;
    }
    QString error() const { return m_error; }

private:
    QString sql(int rows) const
    {
        const QString one = QLatin1Char('(') + QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
            + QLatin1Char(')');
        return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(m_table, m_columns.join(QLatin1Char(',')))
            + QStringList(rows, one).join(QLatin1Char(','));
    }

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_rows;
    QSqlQuery m_full;
    QVariantList m_values;
    int m_pending = 0;
    BatchInsert *m_parent = nullptr;
    QString m_error;
};

} // namespace

class BenchStore final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_conversations = 100000;
    int m_messages = 1000000;
    QStringList m_conversationIds;

    QString body(QRandomGenerator &rng, bool inbound, bool spanish)
    {
        const QStringList &pool =
            inbound ? (spanish ? kCallerSpanish : kCallerEnglish) : (spanish ? kBusinessSpanish : kBusinessEnglish);
        QString text = pool.at(int(rng.bounded(pool.size())));
        // Callers ramble: one to four sentences, now and then a long story up to the 1,600-character cap.
        const int more = inbound ? int(rng.bounded(4)) : 0;
        for (int i = 0; i < more; ++i)
            text += QLatin1Char(' ') + pool.at(int(rng.bounded(pool.size())));
        if (inbound && rng.bounded(100) == 0) {
            while (text.size() < 1400)
                text += QLatin1Char(' ') + pool.at(int(rng.bounded(pool.size())));
            text.truncate(1600);
        }
        return text;
    }

    // Seeds the store through one connection; returns the seconds it took.
    double seed(Database &db, QString *error)
    {
        const bool sqlite = db.connection().driverName() == QLatin1String("QSQLITE");
        // Only this connection: the bench's numbers must not depend on losing a seed to a power cut.
        if (sqlite && !db.exec(QStringLiteral("PRAGMA synchronous=OFF"))) {
            *error = db.lastError();
            return -1;
        }
        QElapsedTimer clock;
        clock.start();
        QRandomGenerator rng(20240301);
        const QDateTime yearAgo = QDateTime::currentDateTimeUtc().addDays(-365);
        const QStringList businessNumbers{QStringLiteral("+15125550100"), QStringLiteral("+15125550101")};

        // Messages per conversation: 1 to 19, then nudged so the total is exact.
        QList<int> perConversation(m_conversations);
        qint64 total = 0;
        for (int &n : perConversation) {
            n = 1 + int(rng.bounded(19));
            total += n;
        }
        while (total != m_messages) {
            int &n = perConversation[int(rng.bounded(m_conversations))];
            if (total < m_messages && n < 40) {
                ++n;
                ++total;
            } else if (total > m_messages && n > 1) {
                --n;
                --total;
            }
        }

        BatchInsert conversations(db, QStringLiteral("conversations"),
                                  {QStringLiteral("id"), QStringLiteral("business_number"), QStringLiteral("caller"),
                                   QStringLiteral("automation"), QStringLiteral("unread"),
                                   QStringLiteral("last_message_at"), QStringLiteral("created_at")},
                                  500);
        BatchInsert messages(db, QStringLiteral("messages"),
                             {QStringLiteral("id"), QStringLiteral("sid"), QStringLiteral("conversation_id"),
                              QStringLiteral("direction"), QStringLiteral("author"), QStringLiteral("body"),
                              QStringLiteral("status"), QStringLiteral("segments"), QStringLiteral("created_at"),
                              QStringLiteral("updated_at")},
                             500);
        BatchInsert contacts(db, QStringLiteral("contacts"),
                             {QStringLiteral("e164"), QStringLiteral("name"), QStringLiteral("is_customer"),
                              QStringLiteral("is_vendor"), QStringLiteral("opted_out"), QStringLiteral("opted_out_at"),
                              QStringLiteral("opt_out_reason"), QStringLiteral("created_at"),
                              QStringLiteral("updated_at")},
                             500);
        BatchInsert leads(db, QStringLiteral("leads"),
                          {QStringLiteral("id"), QStringLiteral("conversation_id"), QStringLiteral("kind"),
                           QStringLiteral("name"), QStringLiteral("service"), QStringLiteral("urgency"),
                           QStringLiteral("address"), QStringLiteral("score"), QStringLiteral("status"),
                           QStringLiteral("language"), QStringLiteral("job_value_cents"), QStringLiteral("questions"),
                           QStringLiteral("created_at"), QStringLiteral("updated_at")},
                          500);
        messages.writeAfter(&conversations);
        leads.writeAfter(&conversations);
        const auto fail = [&](const QString &what) {
            *error = what;
            return -1.0;
        };
        if (!db.begin())
            return fail(db.lastError());
        qint64 sinceCommit = 0;
        qint64 messageNo = 0;
        qint64 inboundNo = 0;
        const qint64 rareEvery = std::max<qint64>(1, m_messages / 2 / 25);
        m_conversationIds.clear();
        m_conversationIds.reserve(m_conversations);
        for (int c = 0; c < m_conversations; ++c) {
            const QString id = Database::newId();
            m_conversationIds.append(id);
            const QString caller = QStringLiteral("+1%1%2")
                                       .arg(QStringList{QStringLiteral("512"), QStringLiteral("737"),
                                                        QStringLiteral("210"), QStringLiteral("956")}
                                                .at(c % 4))
                                       .arg(2000000 + c, 7, 10, QLatin1Char('0'));
            const bool spanish = rng.bounded(100) < 30;
            const QDateTime created = yearAgo.addSecs(qint64(rng.bounded(365 * 24 * 3600)));
            QDateTime at = created;
            QList<QVariantList> thread;
            for (int i = 0; i < perConversation.at(c); ++i) {
                // The text-back goes first; then caller and business take turns, with a person now and then.
                const bool inbound = i % 2 == 1;
                QString text = body(rng, inbound, spanish);
                // The rare word: in about 25 messages whatever the size of the store.
                if (inbound && ++inboundNo % rareEvery == 0)
                    text += QStringLiteral(" Also the backflow preventer by the meter is cracked.");
                const QString stamp = Database::toText(at);
                thread.append(
                    {Database::newId(), QStringLiteral("SM%1").arg(++messageNo, 32, 16, QLatin1Char('0')), id,
                     inbound ? QStringLiteral("in") : QStringLiteral("out"),
                     inbound ? QStringLiteral("caller")
                             : (i > 4 && rng.bounded(3) == 0 ? QStringLiteral("person") : QStringLiteral("automation")),
                     text, inbound ? QStringLiteral("received") : QStringLiteral("delivered"),
                     int(text.size() / 153) + 1, stamp, stamp});
                if (i + 1 < perConversation.at(c))
                    at = at.addSecs(30 + qint64(rng.bounded(6 * 3600)));
            }
            // The conversation row goes into its batch before its messages, so it is written first.
            if (!conversations.add({id, businessNumbers.at(c % 2), caller, rng.bounded(10) < 8 ? 1 : 0,
                                    int(rng.bounded(4)), Database::toText(at), Database::toText(created)}))
                return fail(conversations.error());
            for (const QVariantList &row : std::as_const(thread)) {
                if (!messages.add(row))
                    return fail(messages.error());
            }
            const QString name = kFirstNames.at(int(rng.bounded(kFirstNames.size()))) + QLatin1Char(' ')
                + kLastNames.at(int(rng.bounded(kLastNames.size())));
            // About a third of callers are known contacts; a few opted out.
            if (rng.bounded(100) < 30) {
                const bool optedOut = rng.bounded(100) < 3;
                if (!contacts.add({caller, rng.bounded(4) == 0 ? QVariant() : QVariant(name),
                                   rng.bounded(5) == 0 ? 1 : 0, rng.bounded(50) == 0 ? 1 : 0, optedOut ? 1 : 0,
                                   optedOut ? QVariant(Database::toText(at)) : QVariant(),
                                   optedOut ? QVariant(QStringLiteral("STOP")) : QVariant(), Database::toText(created),
                                   Database::toText(at)}))
                    return fail(contacts.error());
            }
            // A lead card for about one conversation in five; booked ones carry a job value.
            if (rng.bounded(100) < 20) {
                const QString status = QStringList{QStringLiteral("new"), QStringLiteral("contacted"),
                                                   QStringLiteral("booked"), QStringLiteral("lost")}
                                           .at(int(rng.bounded(4)));
                if (!leads.add(
                        {Database::newId(), id, QStringLiteral("lead"), name,
                         kServices.at(int(rng.bounded(kServices.size()))),
                         QStringList{QStringLiteral("emergency"), QStringLiteral("soon"), QStringLiteral("flexible"),
                                     QStringLiteral("unknown")}
                             .at(int(rng.bounded(4))),
                         QStringLiteral("%1 %2")
                             .arg(100 + rng.bounded(9900))
                             .arg(kStreets.at(int(rng.bounded(kStreets.size())))),
                         QStringList{QStringLiteral("hot"), QStringLiteral("warm"), QStringLiteral("cold")}.at(
                             int(rng.bounded(3))),
                         status, spanish ? QStringLiteral("es") : QStringLiteral("en"),
                         status == QLatin1String("booked") ? QVariant(qint64(15000 + rng.bounded(500000))) : QVariant(),
                         QStringLiteral("[]"), Database::toText(created.addSecs(600)), Database::toText(at)}))
                    return fail(leads.error());
            }
            // Big transactions, but not one giant one: SQLite's WAL is checkpointed between them.
            sinceCommit += perConversation.at(c);
            if (sinceCommit >= 100000) {
                if (!conversations.flush() || !messages.flush() || !contacts.flush() || !leads.flush())
                    return fail(conversations.error() + messages.error() + contacts.error() + leads.error());
                if (!db.commit() || !db.begin())
                    return fail(db.lastError());
                sinceCommit = 0;
            }
        }
        if (!conversations.flush() || !messages.flush() || !contacts.flush() || !leads.flush())
            return fail(conversations.error() + messages.error() + contacts.error() + leads.error());
        if (!db.commit())
            return fail(db.lastError());
        // What autovacuum does on its own soon after a bulk load; without it PostgreSQL plans blind.
        if (!sqlite && !db.exec(QStringLiteral("VACUUM ANALYZE")))
            return fail(db.lastError());
        return double(clock.elapsed()) / 1000.0;
    }

    Figure time(const QString &name, const std::function<int(int run)> &query, int minimumRows, QString *problem)
    {
        Figure figure{name, 0, 0};
        QList<double> samples;
        for (int run = -1; run < kRuns; ++run) { // run -1 is the warm-up
            QElapsedTimer clock;
            clock.start();
            const int rows = query(run);
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            // A query that fails returns nothing, fast: that must not pass for a quick one.
            if (rows < minimumRows && problem->isEmpty())
                *problem =
                    QStringLiteral("%1 returned %2 rows (expected at least %3)").arg(name).arg(rows).arg(minimumRows);
            if (run >= 0)
                samples.append(ms);
        }
        figure.medianMs = median(samples);
        figure.p95Ms = percentile(samples, 0.95);
        return figure;
    }

    void runBackend(const QString &backend, const QString &location)
    {
        double seedSeconds = 0;
        {
            StoreError error;
            Database db = Database::open(location, &error);
            QVERIFY2(db.isOpen(), qPrintable(error.message));
            QSqlQuery existing(db.connection());
            QVERIFY(db.exec(existing, QStringLiteral("SELECT COUNT(*) FROM messages")) && existing.next());
            QVERIFY2(existing.value(0).toLongLong() == 0, "the bench needs an empty database");
            QString seedError;
            std::fprintf(stderr, "bench_store: seeding %s with %d conversations and %d messages...\n",
                         qPrintable(backend), m_conversations, m_messages);
            seedSeconds = seed(db, &seedError);
            QVERIFY2(seedSeconds >= 0, qPrintable(seedError));
        }

        // Measured on a fresh connection, opened the way the app opens it.
        StoreError error;
        Database db = Database::open(location, &error);
        QVERIFY2(db.isOpen(), qPrintable(error.message));
        ReadModels read(db);
        QRandomGenerator pick(7);
        QString problem;
        const int inboxPage = std::min(500, m_conversations);
        QList<Figure> figures{
            time(
                QStringLiteral("inbox first page"), [&](int) { return int(read.conversations().size()); }, inboxPage,
                &problem),
            time(
                QStringLiteral("search common word"), [&](int) { return int(read.conversations(kCommonWord).size()); },
                1, &problem),
            time(
                QStringLiteral("search rare word"), [&](int) { return int(read.conversations(kRareWord).size()); }, 1,
                &problem),
            time(
                QStringLiteral("open thread"),
                [&](int) {
                    return int(read.thread(m_conversationIds.at(int(pick.bounded(m_conversationIds.size())))).size());
                },
                1, &problem),
        };

        std::printf("\nbench_store %s: %d conversations, %d messages, seeded in %.1f s\n", qPrintable(backend),
                    m_conversations, m_messages, seedSeconds);
        std::printf("%-20s %10s %10s   (%d runs after a warm-up; limit %.0f ms)\n", "query", "median ms", "p95 ms",
                    kRuns, kLimitMs);
        QJsonObject queries;
        QStringList over;
        for (const Figure &f : std::as_const(figures)) {
            std::printf("%-20s %10.2f %10.2f\n", qPrintable(f.name), f.medianMs, f.p95Ms);
            queries.insert(f.name,
                           QJsonObject{{QStringLiteral("median_ms"), std::round(f.medianMs * 100) / 100},
                                       {QStringLiteral("p95_ms"), std::round(f.p95Ms * 100) / 100}});
            if (f.medianMs > kLimitMs || f.p95Ms > kLimitMs)
                over.append(f.name);
        }
        const QJsonObject line{{QStringLiteral("bench"), QStringLiteral("store")},
                               {QStringLiteral("backend"), backend},
                               {QStringLiteral("conversations"), m_conversations},
                               {QStringLiteral("messages"), m_messages},
                               {QStringLiteral("seed_seconds"), std::round(seedSeconds * 10) / 10},
                               {QStringLiteral("limit_ms"), kLimitMs},
                               {QStringLiteral("queries"), queries}};
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(
            over.isEmpty(),
            qPrintable(
                QStringLiteral("over %1 ms on %2: %3").arg(kLimitMs).arg(backend, over.join(QStringLiteral(", ")))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // REBOUND_BENCH_KEEP=1 keeps the seeded database, to look into a slow query.
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("REBOUND_BENCH_KEEP"));
        if (!m_dir.autoRemove())
            qInfo("the seeded database stays in %s", qPrintable(m_dir.path()));
        m_conversations = envInt("REBOUND_BENCH_CONVERSATIONS", m_conversations);
        m_messages = std::max(envInt("REBOUND_BENCH_MESSAGES", m_messages), m_conversations);
    }

    void store_inboxQueriesStayUnder200ms_data()
    {
        QTest::addColumn<QString>("backend");
        const QString chosen = qEnvironmentVariable("REBOUND_BENCH_BACKEND");
        const QString url = qEnvironmentVariable("REBOUND_TEST_POSTGRES_URL");
        if (chosen.isEmpty() || chosen == QLatin1String("sqlite"))
            QTest::newRow("sqlite") << QStringLiteral("sqlite");
        if (chosen == QLatin1String("postgres") || (chosen.isEmpty() && !url.isEmpty()))
            QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    void store_inboxQueriesStayUnder200ms()
    {
        QFETCH(QString, backend);
        if (backend == QLatin1String("sqlite")) {
            runBackend(backend, m_dir.filePath(QStringLiteral("bench.sqlite")));
            return;
        }
        const QString url = qEnvironmentVariable("REBOUND_TEST_POSTGRES_URL");
        QVERIFY2(!url.isEmpty(), "run through scripts/with-postgres.sh, which starts a throw-away server");
        runBackend(backend, url);
    }
};

int main(int argc, char *argv[])
{
    // Seeding a million messages takes minutes; QtTest's watchdog would stop the function at five.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "1800000");
    QCoreApplication app(argc, argv);
    BenchStore bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_store.moc"
