#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;

namespace Rebound::Core {
class SandboxServer;
struct Call;
struct Message;
} // namespace Rebound::Core

namespace Rebound::Ui {

// The app's main window: what happens on the line, live.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the demo sandbox's calls and texts as they happen.
    void watchSandbox(Core::SandboxServer *sandbox);

private:
    void addEvent(const QString &text);

    QLabel *m_status = nullptr;
    QListWidget *m_events = nullptr;
};

} // namespace Rebound::Ui
