#include "enginelease.h"

#include <QCoreApplication>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#endif

namespace Rebound::Core {

namespace {
const auto kLeaseName = QStringLiteral("engine");
}

EngineLease::EngineLease(Database &db, QString holderId, QString holderLabel)
    : m_db(db)
    , m_id(std::move(holderId))
    , m_label(std::move(holderLabel))
    , m_host(QSysInfo::machineHostName())
    , m_pid(QCoreApplication::applicationPid())
{ }

bool EngineLease::processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

bool EngineLease::acquire(const QDateTime &now, std::chrono::milliseconds ttl)
{
    const QString at = Database::toText(now);
    const QString until = Database::toText(now.addMSecs(ttl.count()));
    // One statement, so two engines racing for a free lease cannot both win:
    // the row is taken over only while it is ours or has expired.
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(q,
                   QStringLiteral("INSERT INTO engine_lease (name, holder, holder_label, holder_host, holder_pid,"
                                  " acquired_at, heartbeat_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                  " ON CONFLICT (name) DO UPDATE SET holder = excluded.holder,"
                                  " holder_label = excluded.holder_label, holder_host = excluded.holder_host,"
                                  " holder_pid = excluded.holder_pid,"
                                  " acquired_at = CASE WHEN engine_lease.holder = excluded.holder"
                                  " THEN engine_lease.acquired_at ELSE excluded.acquired_at END,"
                                  " heartbeat_at = excluded.heartbeat_at, expires_at = excluded.expires_at"
                                  " WHERE engine_lease.holder = excluded.holder"
                                  " OR engine_lease.expires_at < excluded.heartbeat_at"),
                   {kLeaseName, m_id, m_label, m_host, m_pid, at, at, until}))
        return false;
    if (q.numRowsAffected() > 0)
        return true;
    const auto holder = current();
    if (holder && holder->id != m_id && !holder->host.isEmpty() && holder->host == m_host && holder->pid != m_pid
        && !processAlive(holder->pid))
        return takeOverFrom(holder->id, now, ttl);
    return false;
}

bool EngineLease::takeOverFrom(const QString &deadHolder, const QDateTime &now, std::chrono::milliseconds ttl)
{
    const QString at = Database::toText(now);
    QSqlQuery q(m_db.connection());
    // Only from that very holder: if another engine got there first, it wins.
    if (!m_db.exec(q,
                   QStringLiteral("UPDATE engine_lease SET holder = ?, holder_label = ?, holder_host = ?,"
                                  " holder_pid = ?, acquired_at = ?, heartbeat_at = ?, expires_at = ?"
                                  " WHERE name = ? AND holder = ?"),
                   {m_id, m_label, m_host, m_pid, at, at, Database::toText(now.addMSecs(ttl.count())), kLeaseName,
                    deadHolder}))
        return false;
    return q.numRowsAffected() == 1;
}

bool EngineLease::renew(const QDateTime &now, std::chrono::milliseconds ttl)
{
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(
            q, QStringLiteral("UPDATE engine_lease SET heartbeat_at = ?, expires_at = ? WHERE name = ? AND holder = ?"),
            {Database::toText(now), Database::toText(now.addMSecs(ttl.count())), kLeaseName, m_id}))
        return false;
    return q.numRowsAffected() > 0;
}

void EngineLease::release()
{
    m_db.exec(QStringLiteral("DELETE FROM engine_lease WHERE name = ? AND holder = ?"), {kLeaseName, m_id});
}

std::optional<EngineLease::Holder> EngineLease::current()
{
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT holder, holder_label, holder_host, holder_pid, acquired_at, heartbeat_at,"
                                  " expires_at FROM engine_lease WHERE name = ?"),
                   {kLeaseName})
        || !q.next())
        return std::nullopt;
    return Holder{q.value(0).toString(),         q.value(1).toString(),          q.value(2).toString(),
                  q.value(3).toLongLong(),       Database::fromText(q.value(4)), Database::fromText(q.value(5)),
                  Database::fromText(q.value(6))};
}

} // namespace Rebound::Core
