#pragma once

#include <QObject>
#include <QSystemTrayIcon>

class QAction;
class QMenu;

namespace Rebound::Ui {

// The tray icon: a badge with what needs attention, desktop notifications
// for new or newly-hot leads (a click opens the lead), and the menu that
// brings the window back or quits.
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
    void notifyLead(const QString &leadId, const QString &summary);
    void notify(const QString &title, const QString &text);
    QString lastNotifiedLead() const { return m_lastLead; }

Q_SIGNALS:
    void openRequested();
    void leadRequested(const QString &leadId);
    void quitRequested();

private:
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_open = nullptr;
    QAction *m_quit = nullptr;
    int m_badge = 0;
    QString m_lastLead;
};

} // namespace Rebound::Ui
