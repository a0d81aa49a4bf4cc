#include "tray/notifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Rebound::Ui;

namespace {
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

// The desktop's notification service, as the freedesktop specification describes it: Notify
// returns a new id, and clicks and closes come back as signals naming that id.
class FakeNotificationService final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        uint id;
        QString summary;
        QString body;
        QStringList actions;
    };
    QList<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(appName);
        Q_UNUSED(replacesId);
        Q_UNUSED(appIcon);
        Q_UNUSED(hints);
        Q_UNUSED(expireTimeout);
        const uint id = uint(shown.size()) + 41;
        shown.append({id, summary, body, actions});
        return id;
    }
};

class TestNotifier final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QDBusServer> m_server;
    FakeNotificationService m_service;
    std::optional<QDBusConnection> m_serverSide;
    std::optional<QDBusConnection> m_client;
    int m_connections = 0;

    void sendSignal(const QString &name, const QVariantList &arguments)
    {
        QDBusMessage signal = QDBusMessage::createSignal(kPath, kInterface, name);
        signal.setArguments(arguments);
        QVERIFY(m_serverSide->send(signal));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_service.shown.clear();
        m_server = std::make_unique<QDBusServer>(QStringLiteral("unix:tmpdir=") + m_dir.path());
        QVERIFY2(m_server->isConnected(), qPrintable(m_server->lastError().message()));
        connect(m_server.get(), &QDBusServer::newConnection, this, [this](const QDBusConnection &c) {
            m_serverSide = c;
            m_serverSide->registerObject(kPath, &m_service, QDBusConnection::ExportAllSlots);
        });
        m_client =
            QDBusConnection::connectToPeer(m_server->address(), QStringLiteral("notifier-%1").arg(++m_connections));
        QVERIFY(m_client->isConnected());
        QTRY_VERIFY(m_serverSide.has_value());
    }

    void cleanup()
    {
        QDBusConnection::disconnectFromPeer(m_client->name());
        m_client.reset();
        m_serverSide.reset();
        m_server.reset();
    }

    void click_opensTheLeadOfThatNotificationNotTheNewest()
    {
        Notifier notifier(nullptr, *m_client, QString());
        QSignalSpy opened(&notifier, &Notifier::leadRequested);
        notifier.notifyLead(QStringLiteral("lead-older"), QStringLiteral("Maria — burst pipe"));
        notifier.notifyLead(QStringLiteral("lead-newer"), QStringLiteral("Tom — water heater"));
        QTRY_COMPARE(notifier.openLeadNotifications(), 2);
        QCOMPARE(m_service.shown.size(), 2);
        QCOMPARE(m_service.shown.at(0).body, QStringLiteral("Maria — burst pipe"));
        QVERIFY(m_service.shown.at(0).actions.contains(QStringLiteral("default")));

        // The person clicks the older one, which is still on screen.
        sendSignal(QStringLiteral("ActionInvoked"), {m_service.shown.at(0).id, QStringLiteral("default")});
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("lead-older"));
        sendSignal(QStringLiteral("ActionInvoked"), {m_service.shown.at(1).id, QStringLiteral("default")});
        QTRY_COMPARE(opened.size(), 2);
        QCOMPARE(opened.at(1).at(0).toString(), QStringLiteral("lead-newer"));
        QVERIFY(notifier.usesDesktopService());
    }

    void closed_forgetsTheLeadAndIgnoresOtherAppsNotifications()
    {
        Notifier notifier(nullptr, *m_client, QString());
        QSignalSpy opened(&notifier, &Notifier::leadRequested);
        QSignalSpy window(&notifier, &Notifier::openRequested);
        notifier.notifyLead(QStringLiteral("lead-1"), QStringLiteral("Ana — no heat"));
        QTRY_COMPARE(notifier.openLeadNotifications(), 1);
        sendSignal(QStringLiteral("NotificationClosed"), {m_service.shown.at(0).id, 2u});
        QTRY_COMPARE(notifier.openLeadNotifications(), 0);
        sendSignal(QStringLiteral("ActionInvoked"), {m_service.shown.at(0).id, QStringLiteral("default")});
        sendSignal(QStringLiteral("ActionInvoked"), {9999u, QStringLiteral("default")}); // another app's
        QTest::qWait(100);
        QCOMPARE(opened.size(), 0);
        QCOMPARE(window.size(), 0);
    }

    void plainNotification_opensTheWindow()
    {
        Notifier notifier(nullptr, *m_client, QString());
        QSignalSpy window(&notifier, &Notifier::openRequested);
        notifier.notify(QStringLiteral("Rebound is still running"), QStringLiteral("…"));
        QTRY_COMPARE(m_service.shown.size(), 1);
        QTest::qWait(50);
        sendSignal(QStringLiteral("ActionInvoked"), {m_service.shown.at(0).id, QStringLiteral("default")});
        QTRY_COMPARE(window.size(), 1);
    }

    void missingService_fallsBackWithoutBlocking()
    {
        // A desktop with no notification service: the call fails and the notifier stops asking.
        m_serverSide->unregisterObject(kPath);
        Notifier notifier(nullptr, *m_client, QString());
        QSignalSpy posted(&notifier, &Notifier::posted);
        notifier.notifyLead(QStringLiteral("lead-1"), QStringLiteral("Ana — no heat"));
        QCOMPARE(posted.size(), 1);
        QTRY_VERIFY(!notifier.usesDesktopService());
        QCOMPARE(notifier.openLeadNotifications(), 0);
    }
};

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
