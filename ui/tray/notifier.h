#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#ifdef REBOUND_HAVE_DBUS
#include <QDBusConnection>
#endif

namespace Rebound::Ui {

class TrayIcon;

// Desktop notifications for new leads. On Linux they go to the desktop's
// notification service (org.freedesktop.Notifications), which works with or
// without a tray and keeps several on screen: each remembers its own lead, so
// clicking an older one opens that lead, not the newest. Elsewhere, or when
// the service is missing, the tray shows one balloon at a time.
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    explicit Notifier(TrayIcon *tray, QObject *parent = nullptr);
#ifdef REBOUND_HAVE_DBUS
    // The service at `service` on `bus` (empty service: a peer-to-peer connection).
    Notifier(TrayIcon *tray, const QDBusConnection &bus, const QString &service, QObject *parent = nullptr);
#endif
    ~Notifier() override;

    void notifyLead(const QString &leadId, const QString &summary);
    void notify(const QString &title, const QString &text);

    // False once the desktop's service failed to answer: the tray shows them then.
    bool usesDesktopService() const
    {
        return m_desktopService;
    }
    // Notifications still on screen whose click opens a lead.
    qsizetype openLeadNotifications() const
    {
        return m_leads.size();
    }

Q_SIGNALS:
    void leadRequested(const QString &leadId);
    void openRequested();
    // Each notification as it is handed to the desktop or the tray.
    void posted(const QString &title, const QString &leadId);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    void connectTray();
    void show(const QString &title, const QString &text, const QString &leadId);
    void showBalloon(const QString &title, const QString &text, const QString &leadId);

    TrayIcon *m_tray = nullptr;
#ifdef REBOUND_HAVE_DBUS
    QDBusConnection m_bus;
    QString m_service;
#endif
    bool m_desktopService = false;
    QHash<uint, QString> m_leads; // notification id → lead
    QSet<uint> m_plain; // notifications that open the window
    QString m_balloonLead; // the lead of the tray's one balloon
};

} // namespace Rebound::Ui
