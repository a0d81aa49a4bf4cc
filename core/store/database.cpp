#include "database.h"

#include "migrations.h"

#include "../config/privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "rebound.store", QtInfoMsg)

namespace Rebound::Core {

namespace {
// Any number will do, as long as every seat uses the same one.
constexpr qint64 kMigrationLock = 7214309005;

QMutex passwordMutex;
QString postgresPassword;

// The libpq options a location may carry after '?', checked before use.
QString connectOptions(const QUrl &url, QString *error)
{
    static const QStringList kAllowed{QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
                                      QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
                                      QStringLiteral("connect_timeout"), QStringLiteral("application_name")};
    static const QStringList kSslModes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                       QStringLiteral("prefer"),    QStringLiteral("require"),
                                       QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    QStringList options;
    bool timeoutGiven = false;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!kAllowed.contains(key)) {
            *error = QStringLiteral("The database location has an unknown option \"%1\"; known ones: %2.")
                         .arg(key, kAllowed.join(QStringLiteral(", ")));
            return {};
        }
        if (key == QLatin1String("sslmode") && !kSslModes.contains(value)) {
            *error = QStringLiteral("sslmode takes one of: %1.").arg(kSslModes.join(QStringLiteral(", ")));
            return {};
        }
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('=')) || value.contains(QLatin1Char(' '))) {
            *error = QStringLiteral("The database option %1 has a value that cannot be used.").arg(key);
            return {};
        }
        timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
        options.append(key + QLatin1Char('=') + value);
    }
    if (!timeoutGiven)
        options.append(QStringLiteral("connect_timeout=10"));
    return options.join(QLatin1Char(';'));
}
} // namespace

Database::Database(QSqlDatabase db, QString connectionName)
    : m_db(std::move(db))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Database::Database(Database &&other) noexcept
    : m_db(std::move(other.m_db))
    , m_connectionName(std::exchange(other.m_connectionName, QString()))
{ }

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        this->~Database();
        new (this) Database(std::move(other));
    }
    return *this;
}

QString Database::defaultSqlitePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("rebound.sqlite"));
}

bool Database::isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString Database::displayLocation(const QString &location)
{
    // Any URL, not only a PostgreSQL one: a mistyped scheme must not show its password either.
    if (!location.contains(QLatin1String("://")))
        return location;
    return QUrl(location).toDisplayString(QUrl::RemovePassword);
}

void Database::setPostgresPassword(const QString &password)
{
    QMutexLocker lock(&passwordMutex);
    postgresPassword = password;
}

Database Database::open(const QString &location, StoreError *error)
{
    if (isPostgresUrl(location))
        return openPostgres(QUrl(location), error);
    return openSqlite(location, error);
}

Database Database::openPostgres(const QUrl &url, StoreError *error)
{
    const QString name = QStringLiteral("rebound-") + newId();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    const QString database = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty()) {
        if (error)
            error->message = QStringLiteral("A PostgreSQL location looks like postgresql://user@host:5432/rebound.");
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    QString optionError;
    const QString options = connectOptions(url, &optionError);
    if (options.isEmpty()) {
        if (error)
            error->message = optionError;
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    QString password = url.password();
    if (password.isEmpty()) {
        QMutexLocker lock(&passwordMutex);
        password = postgresPassword;
    }
    if (password.isEmpty())
        password = qEnvironmentVariable("REBOUND_DB_PASSWORD");
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(database);
    db.setUserName(url.userName());
    db.setPassword(password);
    db.setConnectOptions(options);
    if (!db.open()) {
        if (error)
            error->message = QStringLiteral("Cannot open the PostgreSQL database %1 on %2: %3")
                                 .arg(database, url.host(), db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    Database result(db, name);
    const StoreError migrated = result.migrate();
    if (!migrated.ok()) {
        if (error)
            *error = migrated;
        return {};
    }
    return result;
}

Database Database::openSqlite(const QString &path, StoreError *error)
{
    const QString name = QStringLiteral("rebound-") + newId();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    const QFileInfo info(path);
    // Customers' messages: readable by this user only (SQLite gives its WAL files the same permissions).
    QString restricted;
    if (!PrivateFiles::makeFolder(info.absolutePath()) || !PrivateFiles::restrictFile(path, &restricted)) {
        if (error)
            error->message = restricted.isEmpty()
                ? QStringLiteral("Cannot create the folder %1.").arg(info.absolutePath())
                : QStringLiteral("Cannot open the database %1: %2").arg(path, restricted);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        if (error)
            error->message = QStringLiteral("Cannot open the database %1: %2").arg(path, db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    Database database(db, name);
    // WAL lets the UI read while the engine writes; FULL sync makes every
    // commit survive a crash or power cut, which the exactly-once outbox needs.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL"}) {
        if (!database.exec(QString::fromLatin1(pragma))) {
            if (error)
                error->message = database.lastError();
            return {};
        }
    }
    // A damaged file is refused rather than written to.
    QSqlQuery check(database.m_db);
    if (!database.exec(check, QStringLiteral("PRAGMA quick_check")) || !check.next()
        || check.value(0).toString() != QLatin1String("ok")) {
        if (error)
            error->message = QStringLiteral("The database %1 is damaged (%2); restore it from a backup or move it "
                                            "aside to start afresh.")
                                 .arg(path, check.isValid() ? check.value(0).toString() : database.lastError());
        return {};
    }
    const StoreError migrated = database.migrate();
    if (!migrated.ok()) {
        if (error)
            *error = migrated;
        return {};
    }
    return database;
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && m_db.isOpen();
}

bool Database::isPostgres() const
{
    return m_db.driverName() == QLatin1String("QPSQL");
}

QDateTime Database::now()
{
    if (isPostgres()) {
        QSqlQuery q(m_db);
        if (exec(q, QStringLiteral("SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)")) && q.next())
            return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    }
    return QDateTime::currentDateTimeUtc();
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

StoreError Database::migrate()
{
    // Two seats starting at once on one PostgreSQL database: one migrates,
    // the other waits and then finds nothing left to do.
    if (isPostgres()) {
        if (!exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock)))
            return {m_lastError};
        StoreError result = migrateLocked();
        exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
        return result;
    }
    return migrateLocked();
}

StoreError Database::migrateLocked()
{
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                             " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")))
        return {m_lastError};
    const int current = schemaVersion();
    const QList<Migration> &all = migrations();
    if (!all.isEmpty() && current > all.constLast().version) {
        return {QStringLiteral("The database was written by a newer version of Rebound (schema %1); "
                               "update Rebound to open it.")
                    .arg(current)};
    }
    for (const Migration &m : all) {
        if (m.version <= current)
            continue;
        Transaction tx(*this);
        QStringList statements = m.statements;
        statements += isPostgres() ? m.postgresOnly : m.sqliteOnly;
        for (const QString &sql : statements) {
            if (!exec(sql))
                return {QStringLiteral("Migration %1 failed: %2").arg(m.version).arg(m_lastError)};
        }
        if (!exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
                  {m.version, toText(QDateTime::currentDateTimeUtc())}))
            return {m_lastError};
        if (!tx.commit())
            return {QStringLiteral("Migration %1 could not be committed.").arg(m.version)};
        qCInfo(lcStore) << "applied migration" << m.version;
    }
    return {};
}

bool Database::exec(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> binds)
{
    if (binds.size() == 0) {
        // PostgreSQL cannot PREPARE schema statements (CREATE, PRAGMA-like ones): run them directly.
        if (!query.exec(sql)) {
            m_lastError = query.lastError().text() + QStringLiteral(" in: ") + sql;
            qCWarning(lcStore) << "statement failed:" << m_lastError;
            return false;
        }
        return true;
    }
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text() + QStringLiteral(" in: ") + sql;
        return false;
    }
    int i = 0;
    for (const QVariant &v : binds) {
        // A null QString means "empty text" here (SQL NULL is a QVariant()); drivers disagree otherwise.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.bindValue(i++, QString::fromLatin1(""));
        else
            query.bindValue(i++, v);
    }
    if (!query.exec()) {
        m_lastError = query.lastError().text() + QStringLiteral(" in: ") + sql;
        qCWarning(lcStore) << "statement failed:" << m_lastError;
        return false;
    }
    return true;
}

bool Database::exec(const QString &sql, std::initializer_list<QVariant> binds)
{
    QSqlQuery q(m_db);
    return exec(q, sql, binds);
}

bool Database::begin()
{
    if (!m_db.transaction()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    return true;
}

bool Database::commit()
{
    if (!m_db.commit()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    return true;
}

void Database::rollback()
{
    m_db.rollback();
}

QString Database::toText(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime Database::fromText(const QVariant &text)
{
    if (text.isNull())
        return {};
    QDateTime d = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    return d.isValid() ? d.toUTC() : QDateTime();
}

QString Database::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Rebound::Core
