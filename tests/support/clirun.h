#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace Rebound::Test {

// What one run of rebound-cli left: its exit code (-1 when it crashed or was
// killed) and everything it printed.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the real rebound-cli with `args` in `env` (and `workingDir` when given);
// killed after `timeoutMs`.
inline CliRun runCli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                     const QString &workingDir = QString(), int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(QStringLiteral(REBOUND_CLI_PATH), args);
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace Rebound::Test
