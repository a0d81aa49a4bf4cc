#pragma once

#include "engine/engineconfig.h"
#include "qualify/llmresponder.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rebound::Cli {

// Everything "rebound-cli run" was told, checked: from its options and the
// --config file, the command line winning.
struct RunSettings
{
    Core::EngineConfig engine;
    bool json = false;
    QString configPath; // absolute; empty without --config

    QString webhookListen;
    QHostAddress webhookAddress;
    quint16 webhookPort = 0; // 0: no webhook listener
    QString signingToken;
    std::optional<Core::LlmResponder::Options> llm;

    QString healthListen;
    QHostAddress healthAddress;
    quint16 healthPort = 0; // 0: no health endpoint

    QString logFile; // empty: stdout only
    qint64 logMaxBytes = 10 * 1024 * 1024;
    int logKeep = 5;

    QString authTokenFile; // as configured, absolute
    QString dbPasswordFile;
};

enum class RunPurpose {
    // Secrets are read (and the database password put in the environment).
    Run,
    // "service install": the same checks, but the secrets must come from
    // files, since a service has no shell to take environment variables from.
    Install,
};

// Reads and checks the run command's arguments (and the file --config names)
// into *settings; false means "return *exitCode now": help was printed, or one
// sentence on stderr named what is wrong (and the file and key it came from).
bool loadRunSettings(const QStringList &arguments, RunPurpose purpose, RunSettings *settings, int *exitCode);

} // namespace Rebound::Cli
