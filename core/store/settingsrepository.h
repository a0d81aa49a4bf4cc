#pragma once

#include "database.h"

namespace Rebound::Core {

// Engine state that must survive restarts (when history was imported, the
// last poll). User preferences live in the app's settings layer instead.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database &db)
        : m_db(db)
    { }

    QString value(const QString &key, const QString &fallback = {});
    bool setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace Rebound::Core
