#pragma once

#include "database.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace Rebound::Core {

// Who runs the engine on a database. Only the holder of the lease polls the
// provider and sends; every other engine on the same database (the desktop
// app beside a service, a second seat) stands by and takes over once the
// holder stops renewing it.
class EngineLease
{
public:
    struct Holder
    {
        QString id; // unique per running engine
        QString label; // for people: "rebound-cli on office-pc (pid 4242)"
        QString host;
        qint64 pid = 0;
        QDateTime acquiredAt;
        QDateTime heartbeatAt;
        QDateTime expiresAt;
    };

    EngineLease(Database &db, QString holderId, QString holderLabel);

    // Takes the lease when it is free, expired, already ours, or held by a
    // process of this machine that is gone (a crash need not wait out the
    // lease), and extends it to now + ttl; false when another engine holds it.
    bool acquire(const QDateTime &now, std::chrono::milliseconds ttl);
    // Extends a lease we hold; false when it is no longer ours.
    bool renew(const QDateTime &now, std::chrono::milliseconds ttl);
    // Gives the lease up at once, so a standby need not wait for it to expire.
    void release();
    std::optional<Holder> current();

    const QString &id() const { return m_id; }
    const QString &label() const { return m_label; }

    static bool processAlive(qint64 pid);

private:
    bool takeOverFrom(const QString &deadHolder, const QDateTime &now, std::chrono::milliseconds ttl);

    Database &m_db;
    QString m_id;
    QString m_label;
    QString m_host;
    qint64 m_pid = 0;
};

} // namespace Rebound::Core
