#pragma once

#include <QObject>
#include <QString>

namespace Rebound::App {

class AppController;

// Saves a picture of each main screen and of the setup wizard into a folder,
// once the demo has had time to fill them, then quits. Used to produce the
// README's pictures (tests/ui/screenshots.sh).
class ScreenshotTour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)

public:
    ScreenshotTour(AppController &controller, QString folder, int settleSeconds, QObject *parent = nullptr);
    ~ScreenshotTour() override;

    void start();

private:
    void capture(int step);
    bool save(QWidget *widget, const QString &name);

    AppController &m_controller;
    QString m_folder;
    int m_settleSeconds;
};

} // namespace Rebound::App
