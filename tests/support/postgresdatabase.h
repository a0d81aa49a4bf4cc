#pragma once

#include "store/database.h"

#include <QUrl>

namespace Rebound::Test {

// A new, empty database `name` on the throw-away server `serverUrl` points at (as
// scripts/with-postgres.sh gives it), dropped first if a run before left it; its URL, or empty.
inline QString freshPostgresDatabase(const QString &serverUrl, const QString &name)
{
    Core::StoreError error;
    Core::Database admin = Core::Database::open(serverUrl, &error);
    if (!admin.isOpen())
        return {};
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
    if (!admin.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
        return {};
    QUrl url(serverUrl);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

} // namespace Rebound::Test
