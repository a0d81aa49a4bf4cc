#pragma once

#include <QStringList>

namespace Rebound::Cli {

// rebound-cli account check --account-sid SID [--api-key SK] [--base-url URL]
int runAccountCheck(const QStringList &arguments);
// rebound-cli send --account-sid SID --from E164 --to E164 --body TEXT [--base-url URL]
int runSend(const QStringList &arguments);
// rebound-cli selftest --account-sid SID --number E164 --owner-cell E164 [--call E164] [--from E164] [--yes]
int runSelfTest(const QStringList &arguments);

} // namespace Rebound::Cli
