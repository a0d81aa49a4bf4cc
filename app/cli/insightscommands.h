#pragma once

#include <QStringList>

namespace Rebound::Cli {

// rebound-cli roi (--leads-per-week N | --missed-calls-per-week N --lead-share S)
//                 [--recovery-rate R] --job-value V
int runRoi(const QStringList &arguments);
// rebound-cli report --db PATH [--from DATE] [--to DATE] [--utc]
int runReport(const QStringList &arguments);

} // namespace Rebound::Cli
