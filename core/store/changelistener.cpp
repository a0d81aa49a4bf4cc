#include "changelistener.h"

#include <QLoggingCategory>
#include <QSqlDriver>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Rebound::Core {

namespace {
constexpr int kGatherMs = 30;
constexpr int kWatchdogMs = 5000;
} // namespace

ChangeListener::ChangeListener(QObject *parent)
    : QObject(parent)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(kGatherMs);
    connect(&m_gather, &QTimer::timeout, this, [this] {
        const QSet<QString> tables = std::exchange(m_pending, {});
        const bool everything = std::exchange(m_reconnected, false);
        Q_EMIT changed(everything ? QSet<QString>() : tables);
    });
    m_watchdog.setInterval(kWatchdogMs);
    connect(&m_watchdog, &QTimer::timeout, this, &ChangeListener::checkConnection);
}

ChangeListener::~ChangeListener() = default;

bool ChangeListener::start(const QString &location, QString *error)
{
    m_location = location;
    if (!Database::isPostgresUrl(location))
        return true;
    m_watchdog.start();
    return connectNow(error);
}

bool ChangeListener::connectNow(QString *error)
{
    m_listening = false;
    m_db = Database();
    StoreError storeError;
    m_db = Database::open(m_location, &storeError);
    if (!m_db.isOpen()) {
        if (error)
            *error = storeError.message;
        return false;
    }
    QSqlDriver *driver = m_db.connection().driver();
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                onNotification(name, payload);
            });
    if (!driver->subscribeToNotification(QString::fromLatin1(channel))) {
        if (error)
            *error = QStringLiteral("Cannot listen for other seats' changes on the database.");
        m_db = Database();
        return false;
    }
    m_listening = true;
    return true;
}

void ChangeListener::checkConnection()
{
    // A dropped connection hears nothing and says nothing: ask it something.
    if (m_listening && m_db.exec(QStringLiteral("SELECT 1")))
        return;
    const bool wasListening = m_listening;
    QString error;
    if (connectNow(&error)) {
        qCInfo(lcStore) << "listening for changes again";
        m_reconnected = true;
        m_gather.start();
    } else if (wasListening) {
        qCWarning(lcStore) << "lost the connection that hears other seats' changes:" << error;
    }
}

void ChangeListener::onNotification(const QString &name, const QVariant &payload)
{
    if (name != QLatin1String(channel))
        return;
    m_pending.insert(payload.toString());
    if (!m_gather.isActive())
        m_gather.start();
}

} // namespace Rebound::Core
