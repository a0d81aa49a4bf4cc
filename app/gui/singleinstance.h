#pragma once

#include <QObject>

class QLocalServer;

namespace Rebound::App {

// Keeps one Rebound per user session. The first start listens on a local
// socket; later starts find it, ask it to come forward, and exit.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    bool isSecondary() const { return m_secondary; }
    void activatePrimary();
    static QString socketName();

Q_SIGNALS:
    void activationRequested();

private:
    QLocalServer *m_server = nullptr;
    bool m_secondary = false;
};

} // namespace Rebound::App
