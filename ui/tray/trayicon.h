#pragma once

#include <QObject>
#include <QSystemTrayIcon>

class QAction;
class QMenu;

namespace Rebound::Ui {

// The tray icon: a badge with what needs attention, the balloon the
// Notifier falls back to, and the menu that brings the window back or quits.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable();
    void show();
    // The number drawn on the icon; 0 hides the badge.
    void setBadge(int count);
    int badge() const { return m_badge; }
    void showMessage(const QString &title, const QString &text);

Q_SIGNALS:
    void openRequested();
    void messageClicked();
    void quitRequested();

private:
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_open = nullptr;
    QAction *m_quit = nullptr;
    int m_badge = 0;
};

} // namespace Rebound::Ui
