#pragma once

#include <QStringList>

namespace Rebound::Cli {

// rebound-cli service install|uninstall|status [...]
// Runs "rebound-cli run --config PATH" as a systemd service (Linux); on
// Windows and macOS it points at the task and launchd files in installer/.
int runService(const QStringList &arguments);

} // namespace Rebound::Cli
