#include "dbcommand.h"

#include "clioutput.h"

#include "store/database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

namespace Rebound::Cli {

using namespace Rebound::Core;

namespace {

// Rows per INSERT: big enough that a million messages is a matter of a minute, small enough to stay
// under every engine's limit on bound values (PostgreSQL 65535, SQLite 32766 since 3.32, 999 before).
constexpr int kRowsPerInsert = 500;
constexpr int kRowsPerFetch = 2000;

struct Column
{
    QString name;
    bool text = true; // TEXT affinity in the source: ordered with a byte-wise collation on both sides
};

struct Table
{
    QString name;
    QList<Column> columns; // the source's columns that the target has too, in the source's order
    QList<int> key; // indexes into columns: the primary key, in key order
    QStringList parents; // tables its foreign keys point to
};

struct Copied
{
    QString name;
    qint64 rows = 0;
};

QString quoted(QString identifier)
{
    return QLatin1Char('"') + identifier.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

bool isPostgres(Database &db)
{
    return db.connection().driverName() == QLatin1String("QPSQL");
}

// Values compared as text: the engines agree on text, not on the integer types they hand back.
QString normalised(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("\x01NULL");
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return QString::fromLatin1(value.toByteArray().toHex());
    default:
        return value.toString();
    }
}

// One statement's rows, read a batch at a time. SQLite steps through a forward-only query lazily;
// Qt's PostgreSQL driver would load the whole result into memory, so there a cursor is used
// (it lives in the current transaction).
class RowStream
{
public:
    RowStream(Database &db, QString sql)
        : m_db(db)
        , m_sql(std::move(sql))
        , m_query(db.connection())
        , m_cursor(isPostgres(db))
    {
        m_query.setForwardOnly(true);
    }
    ~RowStream()
    {
        if (m_cursorOpen) {
            QSqlQuery close(m_db.connection());
            close.exec(QStringLiteral("CLOSE ") + m_cursorName);
        }
    }
    RowStream(const RowStream &) = delete;
    RowStream &operator=(const RowStream &) = delete;

    bool start()
    {
        if (!m_cursor)
            return run(m_sql);
        static int counter = 0;
        m_cursorName = QStringLiteral("rebound_migrate_%1").arg(++counter);
        QSqlQuery declare(m_db.connection());
        if (!declare.exec(QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2").arg(m_cursorName, m_sql))) {
            m_error = declare.lastError().text() + QStringLiteral(" in: ") + m_sql;
            return false;
        }
        m_cursorOpen = true;
        return fetch();
    }
    // False at the end, or on an error (then error() says which).
    bool next()
    {
        if (m_query.next())
            return true;
        if (!m_cursor || m_drained || !m_error.isEmpty())
            return false;
        return fetch() && m_query.next();
    }
    QVariant value(int i) const { return m_query.value(i); }
    QString error() const { return m_error; }

private:
    bool run(const QString &sql)
    {
        if (!m_query.exec(sql)) {
            m_error = m_query.lastError().text() + QStringLiteral(" in: ") + sql;
            return false;
        }
        return true;
    }
    bool fetch()
    {
        if (!run(QStringLiteral("FETCH FORWARD %1 FROM %2").arg(kRowsPerFetch).arg(m_cursorName)))
            return false;
        m_drained = m_query.size() >= 0 && m_query.size() < kRowsPerFetch;
        return true;
    }

    Database &m_db;
    QString m_sql;
    QSqlQuery m_query;
    bool m_cursor;
    bool m_cursorOpen = false;
    bool m_drained = false;
    QString m_cursorName;
    QString m_error;
};

// Copies every data table of one store into another inside one transaction of the target and
// compares both, row for row, before committing.
class StoreCopy
{
public:
    StoreCopy(Database &source, Database &target, std::function<void(const QString &)> progress)
        : m_source(source)
        , m_target(target)
        , m_progress(std::move(progress))
    { }

    bool run(QList<Copied> *copied, QString *error)
    {
        QList<Table> tables;
        if (!readSchema(&tables, error) || !orderParentsFirst(&tables, error))
            return false;
        Transaction tx(m_target);
        if (!tx.isActive()) {
            *error = QStringLiteral("Cannot start a transaction on the target: %1").arg(m_target.lastError());
            return false;
        }
        if (!checkTargetEmpty(error))
            return false;
        for (const Table &table : std::as_const(tables)) {
            Copied c{table.name, 0};
            if (!copy(table, &c.rows, error))
                return false;
            m_progress(QStringLiteral("%1: %2 rows copied").arg(table.name).arg(c.rows));
            copied->append(c);
        }
        for (qsizetype i = 0; i < tables.size(); ++i) {
            if (!verify(tables.at(i), copied->at(i).rows, error))
                return false;
        }
        m_progress(QStringLiteral("every row verified; committing"));
        if (!tx.commit()) {
            *error = QStringLiteral("The target did not commit: %1").arg(m_target.lastError());
            return false;
        }
        return true;
    }

private:
    // The tables a store keeps data in: not the engines' own, not the full-text index (it is
    // rebuilt from messages by the target's own triggers or not needed there).
    static bool dataTables(Database &db, QStringList *names, QString *error)
    {
        QSqlQuery q(db.connection());
        if (isPostgres(db)) {
            if (!q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                       "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"))) {
                *error = q.lastError().text();
                return false;
            }
            while (q.next())
                names->append(q.value(0).toString());
            return true;
        }
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
            *error = q.lastError().text();
            return false;
        }
        QStringList all;
        QStringList virtualTables;
        while (q.next()) {
            const QString name = q.value(0).toString();
            if (name.startsWith(QLatin1String("sqlite_")))
                continue;
            if (q.value(1).toString().trimmed().startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
                virtualTables.append(name);
            else
                all.append(name);
        }
        // FTS5 keeps its index in shadow tables named <table>_data, <table>_idx, <table>_config...
        for (const QString &name : std::as_const(all)) {
            const bool shadow = std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                                            [&](const QString &v) { return name.startsWith(v + QLatin1Char('_')); });
            if (!shadow)
                names->append(name);
        }
        return true;
    }

    bool readSchema(QList<Table> *tables, QString *error)
    {
        QStringList names;
        if (!dataTables(m_source, &names, error))
            return false;
        for (const QString &name : std::as_const(names)) {
            // The schema's own bookkeeping, and which engine holds the lease: both belong to the target.
            if (name == QLatin1String("schema_version") || name == QLatin1String("engine_lease"))
                continue;
            const QSqlRecord targetRecord = m_target.connection().record(name);
            if (targetRecord.isEmpty()) {
                *error = QStringLiteral("The table %1 is in the source but not in the target's schema.").arg(name);
                return false;
            }
            Table table;
            table.name = name;
            QSqlQuery info(m_source.connection());
            if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(name)))) {
                *error = info.lastError().text();
                return false;
            }
            std::map<int, int> keyOrder; // position in the key -> index in columns
            while (info.next()) {
                const QString column = info.value(1).toString();
                if (!targetRecord.contains(column)) {
                    m_progress(
                        QStringLiteral("%1.%2 is not in the target's schema; it is not copied").arg(name, column));
                    continue;
                }
                const QString type = info.value(2).toString().toUpper();
                const bool text = type.isEmpty() || type.contains(QLatin1String("CHAR"))
                    || type.contains(QLatin1String("TEXT")) || type.contains(QLatin1String("CLOB"));
                if (info.value(5).toInt() > 0)
                    keyOrder[info.value(5).toInt()] = int(table.columns.size());
                table.columns.append({column, text});
            }
            for (const auto &[position, index] : keyOrder)
                table.key.append(index);
            if (table.key.isEmpty()) {
                *error = QStringLiteral("The table %1 has no primary key the target shares, so its rows cannot be "
                                        "verified one by one.")
                             .arg(name);
                return false;
            }
            QSqlQuery keys(m_source.connection());
            if (!keys.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(name)))) {
                *error = keys.lastError().text();
                return false;
            }
            while (keys.next()) {
                const QString parent = keys.value(2).toString();
                if (parent != name && !table.parents.contains(parent))
                    table.parents.append(parent);
            }
            tables->append(table);
        }
        return true;
    }

    // Parents before children, so the target's foreign keys hold at every INSERT.
    static bool orderParentsFirst(QList<Table> *tables, QString *error)
    {
        QList<Table> ordered;
        QSet<QString> placed;
        QSet<QString> present;
        for (const Table &t : std::as_const(*tables))
            present.insert(t.name);
        while (ordered.size() < tables->size()) {
            bool progressed = false;
            for (const Table &t : std::as_const(*tables)) {
                if (placed.contains(t.name))
                    continue;
                const bool ready = std::all_of(t.parents.cbegin(), t.parents.cend(), [&](const QString &p) {
                    return placed.contains(p) || !present.contains(p);
                });
                if (ready) {
                    ordered.append(t);
                    placed.insert(t.name);
                    progressed = true;
                }
            }
            if (!progressed) {
                *error = QStringLiteral("The tables' foreign keys form a cycle; cannot order the copy.");
                return false;
            }
        }
        *tables = ordered;
        return true;
    }

    bool checkTargetEmpty(QString *error)
    {
        QStringList names;
        if (!dataTables(m_target, &names, error))
            return false;
        for (const QString &name : std::as_const(names)) {
            if (name == QLatin1String("schema_version"))
                continue;
            QSqlQuery q(m_target.connection());
            if (!q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(quoted(name)))) {
                *error = q.lastError().text();
                return false;
            }
            if (q.next()) {
                *error = QStringLiteral("The target is not empty: the table %1 has rows. Migrate into a new, empty "
                                        "database; nothing was written.")
                             .arg(name);
                return false;
            }
        }
        return true;
    }

    int maxBoundValues()
    {
        if (isPostgres(m_target))
            return 65535;
        QSqlQuery q(m_target.connection());
        if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next()) {
            const QStringList parts = q.value(0).toString().split(QLatin1Char('.'));
            if (parts.value(0).toInt() > 3 || (parts.value(0).toInt() == 3 && parts.value(1).toInt() >= 32))
                return 32766;
        }
        return 999;
    }

    static QString columnList(const Table &table)
    {
        QStringList names;
        for (const Column &c : table.columns)
            names.append(quoted(c.name));
        return names.join(QStringLiteral(", "));
    }

    static QString insertSql(const Table &table, int rows)
    {
        const QString row = QLatin1Char('(')
            + QStringList(table.columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
        return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(quoted(table.name), columnList(table))
            + QStringList(rows, row).join(QLatin1Char(','));
    }

    bool insertBatch(QSqlQuery &insert, const Table &table, int rows, const QVariantList &values, QString *error)
    {
        if (insert.lastQuery().isEmpty() && !insert.prepare(insertSql(table, rows))) {
            *error = QStringLiteral("Cannot prepare the INSERT into %1: %2").arg(table.name, insert.lastError().text());
            return false;
        }
        for (qsizetype i = 0; i < values.size(); ++i)
            insert.bindValue(int(i), values.at(i));
        if (!insert.exec()) {
            *error = QStringLiteral("Cannot insert into %1: %2").arg(table.name, insert.lastError().text());
            return false;
        }
        return true;
    }

    bool copy(const Table &table, qint64 *rows, QString *error)
    {
        const int width = int(table.columns.size());
        const int perInsert = std::max(1, std::min(kRowsPerInsert, maxBoundValues() / width));
        RowStream read(m_source, QStringLiteral("SELECT %1 FROM %2").arg(columnList(table), quoted(table.name)));
        if (!read.start()) {
            *error = read.error();
            return false;
        }
        QSqlQuery full(m_target.connection());
        QVariantList values;
        values.reserve(qsizetype(perInsert) * width);
        int pending = 0;
        while (read.next()) {
            for (int i = 0; i < width; ++i) {
                const QVariant v = read.value(i);
                // SQL NULL stays NULL; a typed null from the driver would be bound as '' by some drivers.
                values.append(v.isNull() ? QVariant() : v);
            }
            ++*rows;
            if (++pending == perInsert) {
                if (!insertBatch(full, table, pending, values, error))
                    return false;
                values.clear();
                pending = 0;
            }
        }
        if (!read.error().isEmpty()) {
            *error = QStringLiteral("Cannot read %1 from the source: %2").arg(table.name, read.error());
            return false;
        }
        if (pending > 0) {
            QSqlQuery tail(m_target.connection());
            if (!insertBatch(tail, table, pending, values, error))
                return false;
        }
        return true;
    }

    static bool count(Database &db, const Table &table, qint64 *rows, QString *error)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted(table.name))) || !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        *rows = q.value(0).toLongLong();
        return true;
    }

    // Both sides in the same order: byte-wise on text keys (SQLite's BINARY, PostgreSQL's "C"),
    // whatever collation the PostgreSQL database was created with.
    static QString orderedSelect(Database &db, const Table &table)
    {
        QStringList order;
        for (int k : table.key) {
            const Column &c = table.columns.at(k);
            if (!c.text)
                order.append(quoted(c.name));
            else
                order.append(quoted(c.name)
                             + (isPostgres(db) ? QStringLiteral(" COLLATE \"C\"") : QStringLiteral(" COLLATE BINARY")));
        }
        return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
            .arg(columnList(table), quoted(table.name), order.join(QStringLiteral(", ")));
    }

    static QString keyText(const Table &table, const RowStream &row)
    {
        QStringList parts;
        for (int k : table.key)
            parts.append(table.columns.at(k).name + QLatin1Char('=') + row.value(k).toString());
        return parts.join(QStringLiteral(", "));
    }

    bool verify(const Table &table, qint64 copied, QString *error)
    {
        qint64 sourceRows = 0;
        qint64 targetRows = 0;
        if (!count(m_source, table, &sourceRows, error) || !count(m_target, table, &targetRows, error))
            return false;
        if (sourceRows != targetRows || sourceRows != copied) {
            *error = QStringLiteral("Verification failed: the table %1 has %2 rows in the source but %3 in the "
                                    "target (%4 copied); nothing was committed.")
                         .arg(table.name)
                         .arg(sourceRows)
                         .arg(targetRows)
                         .arg(copied);
            return false;
        }
        RowStream source(m_source, orderedSelect(m_source, table));
        RowStream target(m_target, orderedSelect(m_target, table));
        if (!source.start() || !target.start()) {
            *error = source.error().isEmpty() ? target.error() : source.error();
            return false;
        }
        const int width = int(table.columns.size());
        qint64 compared = 0;
        while (true) {
            const bool more = source.next();
            const bool moreTarget = target.next();
            if (!source.error().isEmpty() || !target.error().isEmpty()) {
                *error = source.error().isEmpty() ? target.error() : source.error();
                return false;
            }
            if (!more && !moreTarget)
                break;
            if (more != moreTarget) {
                *error = QStringLiteral("Verification failed: the table %1 ends early on the %2 side after %3 rows; "
                                        "nothing was committed.")
                             .arg(table.name, more ? QStringLiteral("target") : QStringLiteral("source"))
                             .arg(compared);
                return false;
            }
            for (int i = 0; i < width; ++i) {
                if (normalised(source.value(i)) != normalised(target.value(i))) {
                    *error = QStringLiteral("Verification failed: the table %1, row %2 (in the source), differs in "
                                            "the column %3; nothing was committed.")
                                 .arg(table.name, keyText(table, source), table.columns.at(i).name);
                    return false;
                }
            }
            ++compared;
        }
        m_progress(QStringLiteral("%1: %2 rows verified").arg(table.name).arg(compared));
        return true;
    }

    Database &m_source;
    Database &m_target;
    std::function<void(const QString &)> m_progress;
};

// Removes the files of a SQLite target this run created, when it failed.
void removeSqliteFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

int runDbMigrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copies a SQLite store into PostgreSQL, so several seats can share it.\n"
        "The source is migrated to the current schema first; the target gets the schema and must hold no\n"
        "data (it is refused otherwise, and nothing is written). Every table is copied in one transaction\n"
        "of the target and compared with the source row for row before it is committed.\n"
        "The PostgreSQL password is read from REBOUND_DB_PASSWORD (or the URL); it is never printed.\n"
        "A SQLite path as --to copies into a new SQLite file instead.\n"
        "Exit status: 0 copied and verified, 1 not copied (nothing committed), 2 usage error."));
    parser.addOptions({
        {QStringLiteral("from"), QStringLiteral("The SQLite database to copy (it must exist)."),
         QStringLiteral("PATH")},
        {QStringLiteral("to"), QStringLiteral("The empty target: postgresql://user@host:port/name."),
         QStringLiteral("URL")},
        {QStringLiteral("json"),
         QStringLiteral("Print the summary as one JSON object: {\"tables\":[{\"name\",\"rows\",\"verified\"}], "
                        "\"rows\", \"seconds\", \"from\", \"to\"}.")},
    });
    parser.addHelpOption();
    int exitCode = ExitOk;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    const bool json = parser.isSet(QStringLiteral("json"));
    if (from.isEmpty()) {
        printError(QStringLiteral("--from is required: the SQLite database to copy."));
        return ExitUsage;
    }
    if (to.isEmpty()) {
        printError(QStringLiteral("--to is required: postgresql://user@host:port/name of the empty target."));
        return ExitUsage;
    }
    if (from.contains(QLatin1String("://"))) {
        printError(QStringLiteral("--from takes the path of a SQLite database, not \"%1\".")
                       .arg(Database::displayLocation(from)));
        return ExitUsage;
    }
    const bool toPostgres = Database::isPostgresUrl(to);
    if (!toPostgres && to.contains(QLatin1String("://"))) {
        printError(QStringLiteral("--to takes postgresql://user@host:port/name (or the path of a new SQLite file), "
                                  "not \"%1\".")
                       .arg(Database::displayLocation(to)));
        return ExitUsage;
    }
    if (!toPostgres && QFileInfo(to).absoluteFilePath() == QFileInfo(from).absoluteFilePath()) {
        printError(QStringLiteral("--from and --to are the same file."));
        return ExitUsage;
    }

    // Whatever goes to the terminal has the password taken out, even a driver's message.
    QStringList secrets{QUrl(to).password(), qEnvironmentVariable("REBOUND_DB_PASSWORD")};
    secrets.removeAll(QString());
    const auto redacted = [&secrets](QString text) {
        for (const QString &secret : std::as_const(secrets))
            text.replace(secret, QStringLiteral("***"));
        return text;
    };

    // Database::open would create a missing file: an empty source is a mistake, not a copy.
    const QFileInfo sourceInfo(from);
    if (!sourceInfo.exists() || !sourceInfo.isFile()) {
        printError(QStringLiteral("The source database %1 does not exist.").arg(from));
        return ExitFailure;
    }
    StoreError error;
    Database source = Database::open(from, &error);
    if (!source.isOpen()) {
        printError(redacted(error.message));
        return ExitFailure;
    }
    const bool createdTarget = !toPostgres && !QFileInfo::exists(to);
    QElapsedTimer clock;
    clock.start();
    QList<Copied> copied;
    QString failure;
    {
        Database target = Database::open(to, &error);
        if (!target.isOpen()) {
            failure = error.message;
        } else {
            StoreCopy migration(source, target, [json, &redacted](const QString &line) {
                if (!json)
                    printError(redacted(line));
            });
            if (!migration.run(&copied, &failure) && failure.isEmpty())
                failure = QStringLiteral("The copy failed.");
        }
    }
    if (!failure.isEmpty()) {
        if (createdTarget)
            removeSqliteFiles(to);
        printError(redacted(failure));
        return ExitFailure;
    }
    const double seconds = double(clock.elapsed()) / 1000.0;

    qint64 total = 0;
    for (const Copied &c : std::as_const(copied))
        total += c.rows;
    if (json) {
        QJsonArray tables;
        for (const Copied &c : std::as_const(copied))
            tables.append(QJsonObject{{QStringLiteral("name"), c.name},
                                      {QStringLiteral("rows"), c.rows},
                                      {QStringLiteral("verified"), true}});
        printJson({{QStringLiteral("tables"), tables},
                   {QStringLiteral("rows"), total},
                   {QStringLiteral("seconds"), seconds},
                   {QStringLiteral("from"), from},
                   {QStringLiteral("to"), redacted(Database::displayLocation(to))}});
        return ExitOk;
    }
    QString text =
        QStringLiteral("Copied %1 to %2, verified row for row:\n").arg(from, redacted(Database::displayLocation(to)));
    for (const Copied &c : std::as_const(copied))
        text += QStringLiteral("  %1 %2 rows\n").arg(c.name, -16).arg(c.rows, 10);
    text += QStringLiteral("%1 rows in %2 tables in %3 s.\n").arg(total).arg(copied.size()).arg(seconds, 0, 'f', 1);
    std::fputs(text.toUtf8().constData(), stdout);
    return ExitOk;
}

} // namespace Rebound::Cli
