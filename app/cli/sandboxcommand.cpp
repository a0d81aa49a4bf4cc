#include "sandboxcommand.h"

#include "clioutput.h"
#include "signalwatcher.h"

#include "sandbox/sandboxscenario.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace Rebound::Cli {

using namespace Rebound::Core;

int runSandbox(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs a Twilio-compatible REST server on loopback until interrupted. It accepts the Account "
                       "SID it prints with the token in REBOUND_AUTH_TOKEN, or \"sandbox\" when that is unset. "
                       "Scripts drive it through /sandbox/calls, /sandbox/messages and /sandbox/faults."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (default: any free port)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("scenario"),
                      QStringLiteral("demo: customers call and text on their own; quiet: only what scripts ask for."),
                      QStringLiteral("demo|quiet"), QStringLiteral("demo")});
    parser.addOption({QStringLiteral("trade"),
                      QStringLiteral("The demo business's trade: plumbing, hvac, electrical, roofing or landscaping."),
                      QStringLiteral("TRADE"), QStringLiteral("plumbing")});
    parser.addOption(
        {QStringLiteral("speed"),
         QStringLiteral("Runs the demo's day this many times faster: calls, rings and replies (1 to 100)."),
         QStringLiteral("N"), QStringLiteral("1")});
    int exitCode = ExitOk;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;
    bool ok = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535) {
        printError(QStringLiteral("--port takes a number from 0 to 65535."));
        return ExitUsage;
    }
    const auto kind = SandboxScenario::kindFromString(parser.value(QStringLiteral("scenario")));
    if (!kind) {
        printError(QStringLiteral("--scenario takes demo or quiet."));
        return ExitUsage;
    }
    SandboxScenario::Options options;
    options.trade = parser.value(QStringLiteral("trade")).toLower();
    if (!SandboxScenario::trades().contains(options.trade)) {
        printError(
            QStringLiteral("--trade takes one of: %1.").arg(SandboxScenario::trades().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    const int speed = parser.value(QStringLiteral("speed")).toInt(&ok);
    if (!ok || speed < 1 || speed > 100) {
        printError(QStringLiteral("--speed takes a whole number from 1 to 100."));
        return ExitUsage;
    }
    for (int *ms : {&options.replyDelayMinMs, &options.replyDelayMaxMs, &options.firstCallDelayMs,
                    &options.callIntervalMinMs, &options.callIntervalMaxMs, &options.ringMs})
        *ms /= speed;

    SandboxServer server;
    server.resetWorld(authTokenFromEnvironment(false));
    if (server.start(quint16(port)) == 0) {
        printError(QStringLiteral("The sandbox could not listen on 127.0.0.1:%1; is the port in use?").arg(port));
        return ExitFailure;
    }
    SandboxScenario scenario(&server, *kind, options);
    scenario.start();

    QJsonArray numbers;
    numbers.append(QString::fromLatin1(SandboxServer::demoBusinessNumber));
    printJson(QJsonObject{
        {QStringLiteral("event"), QStringLiteral("sandbox_started")},
        {QStringLiteral("base_url"), server.baseUrl().toString()},
        {QStringLiteral("account_sid"), QString::fromLatin1(SandboxServer::demoAccountSid)},
        {QStringLiteral("api_key_sid"), QString::fromLatin1(SandboxServer::demoApiKeySid)},
        {QStringLiteral("numbers"), numbers},
        {QStringLiteral("scenario"), parser.value(QStringLiteral("scenario"))},
    });

    SignalWatcher signals_;
    QObject::connect(&signals_, &SignalWatcher::stopRequested, qApp, [] { QCoreApplication::quit(); });
    const int code = QCoreApplication::exec();
    scenario.stop();
    printJson(QJsonObject{{QStringLiteral("event"), QStringLiteral("sandbox_stopped")}});
    return code;
}

} // namespace Rebound::Cli
