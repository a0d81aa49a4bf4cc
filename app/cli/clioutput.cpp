#include "clioutput.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>

namespace Rebound::Cli {

void printJson(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printError(const QString &sentence)
{
    const QByteArray text = sentence.toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

bool parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, int *exitCode, bool allowPositional)
{
    if (!parser.parse(arguments)) {
        printError(parser.errorText() + QLatin1Char('.'));
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = ExitOk;
        return false;
    }
    if (!allowPositional && !parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
        *exitCode = ExitUsage;
        return false;
    }
    return true;
}

QString authTokenFromEnvironment(bool required)
{
    const QString token = qEnvironmentVariable("REBOUND_AUTH_TOKEN");
    if (token.isEmpty() && required)
        printError(QStringLiteral("Set the environment variable REBOUND_AUTH_TOKEN to the account's auth token "
                                  "(or API key secret); it is never taken from the command line."));
    return token;
}

} // namespace Rebound::Cli
