#include "settingsrepository.h"

namespace Rebound::Core {

QString SettingsRepository::value(const QString &key, const QString &fallback)
{
    QSqlQuery q(m_db.connection());
    if (m_db.exec(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}) && q.next())
        return q.value(0).toString();
    return fallback;
}

bool SettingsRepository::setValue(const QString &key, const QString &value)
{
    return m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {key, value});
}

} // namespace Rebound::Core
