#pragma once

#include <QStringList>

namespace Rebound::Cli {

// rebound-cli db migrate --from PATH --to postgresql://user@host:port/name [--json]
// Copies a SQLite store into an empty PostgreSQL (or new SQLite) store, verified row for row.
int runDbMigrate(const QStringList &arguments);

} // namespace Rebound::Cli
