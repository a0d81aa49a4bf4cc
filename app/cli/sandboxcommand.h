#pragma once

#include <QStringList>

namespace Rebound::Cli {

// rebound-cli sandbox [--port N] [--scenario demo|quiet] [--trade TRADE]
int runSandbox(const QStringList &arguments);

} // namespace Rebound::Cli
