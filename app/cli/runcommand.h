#pragma once

#include <QStringList>

namespace Rebound::Cli {

// rebound-cli run [--config PATH] --account-sid SID --number E164 [--number E164 ...] --db PATH|URL [...]
// The headless engine: runs until SIGINT or SIGTERM, one event per line on stdout.
int runEngine(const QStringList &arguments);

} // namespace Rebound::Cli
