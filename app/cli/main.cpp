#include "clioutput.h"
#include "dbcommand.h"
#include "insightscommands.h"
#include "providercommands.h"
#include "qualifycommand.h"
#include "runcommand.h"
#include "sandboxcommand.h"
#include "servicecommand.h"

#include <QCoreApplication>

#include <cstdio>
#include <functional>
#include <map>

using namespace Rebound::Cli;

namespace {

const char *const kUsage = R"(Usage: rebound-cli COMMAND [OPTIONS]

Commands:
  sandbox        Run the Twilio-compatible sandbox server on loopback
  account check  Check credentials and list the account's phone numbers
  send           Send one text message
  selftest       Test the setup with a real call: forwarding, detection, the text
  run            Run the missed-call engine until interrupted
  service        Install, remove or check the engine as a system service
  qualify        Run a lead-qualification corpus through the qualifier
  roi            What the text-back is worth: the revenue-recovery calculator
  report         The insights dashboard's figures from a database, as JSON
  db migrate     Copy a SQLite database into an empty PostgreSQL one, verified

The provider secret (auth token or API key secret) is read from the
environment variable REBOUND_AUTH_TOKEN (or, for run, a file named by
--auth-token-file), never from the command line.
Run "rebound-cli COMMAND --help" for a command's options.
)";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rebound-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Rebound"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REBOUND_VERSION));

    QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        std::printf("rebound-cli %s\n", REBOUND_VERSION);
        return ExitOk;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        std::fputs(kUsage, command.isEmpty() ? stderr : stdout);
        return command.isEmpty() ? ExitUsage : ExitOk;
    }

    // Each command parses its own options; it sees "rebound-cli COMMAND" as its program name.
    const std::map<QString, std::function<int(const QStringList &)>> commands{
        {QStringLiteral("sandbox"), runSandbox}, {QStringLiteral("account check"), runAccountCheck},
        {QStringLiteral("send"), runSend},       {QStringLiteral("selftest"), runSelfTest},
        {QStringLiteral("run"), runEngine},      {QStringLiteral("qualify"), runQualify},
        {QStringLiteral("roi"), runRoi},         {QStringLiteral("report"), runReport},
        {QStringLiteral("service"), runService}, {QStringLiteral("db migrate"), runDbMigrate},
    };
    QString name = command;
    int consumed = 2;
    if (command == QLatin1String("account") || command == QLatin1String("db")) {
        name += QLatin1Char(' ') + args.value(2);
        consumed = 3;
    }
    const auto it = commands.find(name);
    if (it == commands.end()) {
        printError(QStringLiteral("Unknown command \"%1\"; run rebound-cli --help for the list.").arg(name.trimmed()));
        return ExitUsage;
    }
    QStringList commandArgs{args.constFirst() + QLatin1Char(' ') + name};
    commandArgs += args.mid(consumed);
    return it->second(commandArgs);
}
