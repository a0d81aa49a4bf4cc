#pragma once

#include <QStringList>

namespace Rebound::Cli {

// rebound-cli qualify FILE.jsonl: runs each conversation of a corpus through the qualifier,
// reply by reply, and prints one JSON card per conversation.
int runQualify(const QStringList &arguments);

} // namespace Rebound::Cli
