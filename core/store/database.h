#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace Rebound::Core {

// Error from the store, with the statement that failed.
struct StoreError
{
    QString message;
    bool ok() const { return message.isEmpty(); }
};

// One database connection (SQLite file, or PostgreSQL), opened for the
// calling thread and migrated to the current schema. Qt SQL connections
// belong to one thread: each thread opens its own Database.
class Database
{
public:
    // A file path opens SQLite; "postgresql://user[:password]@host[:port]/name"
    // opens PostgreSQL (several seats sharing one database), with optional
    // ?sslmode=verify-full&sslrootcert=PATH (also sslcert, sslkey, connect_timeout).
    // The password, when the location has none, is the one given to
    // setPostgresPassword(), else the environment's REBOUND_DB_PASSWORD.
    static Database open(const QString &location, StoreError *error);
    // SQLite at `path` (WAL, foreign keys on, full sync): the default, embedded store.
    static Database openSqlite(const QString &path, StoreError *error);
    static Database openPostgres(const QUrl &url, StoreError *error);
    static bool isPostgresUrl(const QString &location);
    // The location as it may be shown: a URL without its password, a file path as it is.
    static QString displayLocation(const QString &location);
    // The password for PostgreSQL locations that carry none (from the credential store).
    static void setPostgresPassword(const QString &password);
    // The per-user default location: <app data>/rebound.sqlite.
    static QString defaultSqlitePath();

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isOpen() const;
    bool isPostgres() const;
    QSqlDatabase &connection() { return m_db; }
    // The time by the database server's clock (PostgreSQL), so engines on
    // machines whose clocks disagree still agree on who holds the lease;
    // this computer's clock for SQLite, which only this computer uses.
    QDateTime now();
    int schemaVersion();
    // Applies every numbered migration not yet applied, each in its own transaction.
    StoreError migrate();

    // Runs `sql` with positional `?` bindings; on failure returns false and sets error().
    bool exec(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> binds = {});
    bool exec(const QString &sql, std::initializer_list<QVariant> binds = {});
    QString lastError() const { return m_lastError; }

    bool begin();
    bool commit();
    void rollback();

    // Timestamps are stored as ISO 8601 UTC text with milliseconds: sortable as text on every engine.
    static QString toText(const QDateTime &utc);
    static QDateTime fromText(const QVariant &text);
    static QString newId();
    // Binds an empty string as SQL NULL (Qt 6 binds a null QString as '').
    static QVariant orNull(const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); }
    static QVariant orNull(const QDateTime &utc) { return utc.isValid() ? QVariant(toText(utc)) : QVariant(); }

private:
    explicit Database(QSqlDatabase db, QString connectionName);
    StoreError migrateLocked();
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_lastError;
};

// Commits on commit(), rolls back when destroyed without it.
class Transaction
{
public:
    explicit Transaction(Database &db)
        : m_db(db)
        , m_active(db.begin())
    { }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }

private:
    Database &m_db;
    bool m_active;
};

} // namespace Rebound::Core
