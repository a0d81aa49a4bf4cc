#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace Rebound::Cli {

// Exit codes shared by every command.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// One JSON object per line on stdout, flushed at once so pipes see it live.
void printJson(const QJsonObject &object);
// One sentence on stderr.
void printError(const QString &sentence);
// Parses a command's options; false means "return *exitCode now": help was
// printed, or the arguments were wrong and one sentence says why. Commands
// that take no positional arguments refuse them.
bool parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, int *exitCode,
                      bool allowPositional = false);
// The provider secret from REBOUND_AUTH_TOKEN; empty (with an error printed) when unset.
QString authTokenFromEnvironment(bool required = true);

} // namespace Rebound::Cli
