#pragma once

#include <QObject>

class QWidget;

namespace Rebound::App {

// For --startup-report: prints how long after the process started the main
// window was first painted (Linux: from the kernel's record of the start,
// so loading the libraries counts too).
class StartupReport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupReport)

public:
    explicit StartupReport(QWidget *window);
    ~StartupReport() override;

    // Milliseconds since this process started; -1 where the system does not say.
    static qint64 msSinceProcessStart();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window = nullptr;
    bool m_reported = false;
};

} // namespace Rebound::App
