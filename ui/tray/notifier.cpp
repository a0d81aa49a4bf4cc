#include "notifier.h"

#include "trayicon.h"

#ifdef REBOUND_HAVE_DBUS
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace Rebound::Ui {

namespace {
constexpr auto kPath = "/org/freedesktop/Notifications";
constexpr auto kInterface = "org.freedesktop.Notifications";
// Past this many, the oldest are forgotten: a desktop keeps far fewer on screen.
constexpr qsizetype kRemembered = 64;
} // namespace

#ifdef REBOUND_HAVE_DBUS
Notifier::Notifier(TrayIcon *tray, QObject *parent)
    : Notifier(tray, QDBusConnection::sessionBus(), QString::fromLatin1(kInterface), parent)
{ }

Notifier::Notifier(TrayIcon *tray, const QDBusConnection &bus, const QString &service, QObject *parent)
    : QObject(parent)
    , m_tray(tray)
    , m_bus(bus)
    , m_service(service)
    , m_desktopService(bus.isConnected())
{
    if (m_desktopService) {
        const QString path = QString::fromLatin1(kPath);
        const QString interface = QString::fromLatin1(kInterface);
        m_bus.connect(m_service, path, interface, QStringLiteral("ActionInvoked"), this,
                      SLOT(onActionInvoked(uint, QString)));
        m_bus.connect(m_service, path, interface, QStringLiteral("NotificationClosed"), this,
                      SLOT(onClosed(uint, uint)));
    }
    connectTray();
}
#else
Notifier::Notifier(TrayIcon *tray, QObject *parent)
    : QObject(parent)
    , m_tray(tray)
{
    connectTray();
}
#endif

Notifier::~Notifier() = default;

void Notifier::connectTray()
{
    if (!m_tray)
        return;
    connect(m_tray, &TrayIcon::messageClicked, this, [this] {
        if (m_balloonLead.isEmpty())
            Q_EMIT openRequested();
        else
            Q_EMIT leadRequested(m_balloonLead);
    });
}

void Notifier::notifyLead(const QString &leadId, const QString &summary)
{
    show(tr("New lead"), summary, leadId);
}

void Notifier::notify(const QString &title, const QString &text)
{
    show(title, text, QString());
}

void Notifier::show(const QString &title, const QString &text, const QString &leadId)
{
    Q_EMIT posted(title, leadId);
#ifdef REBOUND_HAVE_DBUS
    if (m_desktopService) {
        QDBusMessage call = QDBusMessage::createMethodCall(m_service, QString::fromLatin1(kPath),
                                                           QString::fromLatin1(kInterface), QStringLiteral("Notify"));
        // "default" is the action a click on the notification itself invokes.
        call << QStringLiteral("Rebound") << uint(0) << QStringLiteral("rebound") << title << text
             << QStringList{QStringLiteral("default"), leadId.isEmpty() ? tr("Open Rebound") : tr("Open lead")}
             << QVariantMap{{QStringLiteral("desktop-entry"), QStringLiteral("rebound")},
                            {QStringLiteral("category"), QStringLiteral("im.received")}}
             << int(-1);
        // Asked without waiting: the answer (the notification's id) arrives as a message.
        auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [this, title, text, leadId](QDBusPendingCallWatcher *w) {
                    w->deleteLater();
                    const QDBusPendingReply<uint> reply = *w;
                    if (reply.isError()) {
                        m_desktopService = false;
                        showBalloon(title, text, leadId);
                        return;
                    }
                    const uint id = reply.value();
                    if (m_leads.size() + m_plain.size() >= kRemembered) {
                        m_leads.clear();
                        m_plain.clear();
                    }
                    if (leadId.isEmpty())
                        m_plain.insert(id);
                    else
                        m_leads.insert(id, leadId);
                });
        return;
    }
#endif
    showBalloon(title, text, leadId);
}

void Notifier::showBalloon(const QString &title, const QString &text, const QString &leadId)
{
    if (!m_tray)
        return; // no tray and no desktop service: the leads page is where they show
    // The tray keeps one balloon: a new one replaces the last, so its lead is the one a click means.
    m_balloonLead = leadId;
    m_tray->showMessage(title, text);
}

void Notifier::onActionInvoked(uint id, const QString &action)
{
    Q_UNUSED(action); // the only action offered is opening
    if (const auto it = m_leads.constFind(id); it != m_leads.constEnd())
        Q_EMIT leadRequested(it.value());
    else if (m_plain.contains(id))
        Q_EMIT openRequested();
}

void Notifier::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    m_leads.remove(id);
    m_plain.remove(id);
}

} // namespace Rebound::Ui
