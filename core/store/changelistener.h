#pragma once

#include "database.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace Rebound::Core {

// Hears, at once, every change any seat or the service makes to a shared
// PostgreSQL store (LISTEN/NOTIFY on a connection of its own, which runs no
// other query). Reconnects by itself when the server goes away and comes
// back, and then reports a change so nothing missed meanwhile stays unseen.
// A SQLite store has one computer writing to it: there is nothing to hear.
class ChangeListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeListener)

public:
    static constexpr const char *channel = "rebound_changes";

    explicit ChangeListener(QObject *parent = nullptr);
    ~ChangeListener() override;

    // Starts listening on `location` if it is a PostgreSQL one; false with
    // `error` when it is but the server cannot be reached (it keeps trying).
    bool start(const QString &location, QString *error = nullptr);
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    // The tables changed, gathered over a few milliseconds (empty after a
    // reconnection: anything may have changed).
    void changed(const QSet<QString> &tables);

private:
    bool connectNow(QString *error);
    void checkConnection();
    void onNotification(const QString &name, const QVariant &payload);

    QString m_location;
    Database m_db;
    bool m_listening = false;
    bool m_reconnected = false;
    QSet<QString> m_pending;
    QTimer m_gather;
    QTimer m_watchdog;
};

} // namespace Rebound::Core
