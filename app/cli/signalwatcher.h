#pragma once

#include <QObject>

namespace Rebound::Cli {

// Turns SIGINT and SIGTERM (Ctrl+C and console close on Windows) into a
// queued Qt signal, so long-running commands stop cleanly on the event loop.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void stopRequested();
};

} // namespace Rebound::Cli
