#include "qualifycommand.h"

#include "clioutput.h"

#include "qualify/qualifier.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Rebound::Cli {

using namespace Rebound::Core;

namespace {

// The text-back every corpus conversation follows (issue 4).
QString textBack(const QString &business)
{
    return QStringLiteral("Hi, this is %1. Sorry we missed your call! What can we help you with? "
                          "Reply STOP to opt out.")
        .arg(business);
}

// Keys in the order the corpus documents them; QJsonObject would sort them.
QByteArray cardLine(const QString &id, const LeadCard &card, const QJsonArray &turns)
{
    const auto str = [](const QString &s) {
        return QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    };
    const auto orNull = [&](const QString &s) { return s.isEmpty() ? QByteArrayLiteral("null") : str(s); };
    QByteArray line;
    line += "{\"id\":" + str(id);
    line += ",\"kind\":" + str(toString(card.kind));
    line += ",\"name\":" + orNull(card.name);
    line += ",\"service\":" + orNull(card.service);
    line += ",\"job_words\":" + orNull(card.jobWords);
    line += ",\"urgency\":" + str(toString(card.urgency));
    line += ",\"address\":" + orNull(card.address);
    line += ",\"score\":" + str(toString(card.score));
    line += ",\"turns\":" + QJsonDocument(turns).toJson(QJsonDocument::Compact);
    line += '}';
    return line;
}

} // namespace

int runQualify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs each conversation of a lead-qualification corpus (JSON lines with business, caller "
                       "and replies) through the qualifier, reply by reply, and prints one JSON card per line."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The corpus, one conversation per line."));
    int exitCode = ExitOk;
    if (!parseCommandLine(parser, arguments, &exitCode, true))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printError(QStringLiteral("qualify takes exactly one FILE.jsonl."));
        return ExitUsage;
    }
    QFile file(files.constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        printError(QStringLiteral("Cannot read %1: %2.").arg(files.constFirst(), file.errorString()));
        return ExitFailure;
    }

    Qualifier qualifier;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray raw = file.readLine();
        ++lineNumber;
        if (raw.trimmed().isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            printError(QStringLiteral("Line %1 of %2 is not a JSON object (%3).")
                           .arg(lineNumber)
                           .arg(files.constFirst(),
                                error.error != QJsonParseError::NoError ? error.errorString()
                                                                        : QStringLiteral("not an object")));
            return ExitFailure;
        }
        const QJsonObject conversation = doc.object();
        const QJsonObject businessJson = conversation.value(QStringLiteral("business")).toObject();
        const QJsonValue replies = conversation.value(QStringLiteral("replies"));
        if (!replies.isArray() || businessJson.isEmpty()) {
            printError(QStringLiteral("Line %1 of %2 lacks a \"business\" object or a \"replies\" array.")
                           .arg(lineNumber)
                           .arg(files.constFirst()));
            return ExitFailure;
        }

        ResponderInput input;
        input.business.name = businessJson.value(QStringLiteral("name")).toString();
        input.business.trade = businessJson.value(QStringLiteral("trade")).toString();
        input.business.timeZone = businessJson.value(QStringLiteral("timezone")).toString();
        input.callerNumber = conversation.value(QStringLiteral("caller")).toString();
        input.history.append({ConversationTurn::From::Business, textBack(input.business.name), {}});

        QJsonArray turns;
        for (const QJsonValue &reply : replies.toArray()) {
            input.reply = reply.toString();
            const ResponderOutput out = qualifier.respond(input);
            turns.append(QJsonObject{
                {QStringLiteral("reply"), input.reply},
                {QStringLiteral("answer"), out.answer ? QJsonValue(*out.answer) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("asks"), out.asks},
            });
            input.history.append({ConversationTurn::From::Caller, input.reply, {}});
            if (out.answer)
                input.history.append({ConversationTurn::From::Business, *out.answer, {}});
            input.card = out.card;
        }
        const QByteArray line = cardLine(conversation.value(QStringLiteral("id")).toString(), input.card, turns) + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    }
    std::fflush(stdout);
    return ExitOk;
}

} // namespace Rebound::Cli
