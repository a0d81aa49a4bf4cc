#include "providercommands.h"

#include "clioutput.h"

#include "domain/phonenumber.h"
#include "engine/setupselftest.h"
#include "provider/sentmessagefinder.h"
#include "provider/twilioclient.h"
#include "provider/twiliojson.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

#include <optional>

namespace Rebound::Cli {

using namespace Rebound::Core;

namespace {

const QCommandLineOption kAccountSid(QStringLiteral("account-sid"),
                                     QStringLiteral("Account SID (AC..., or a SignalWire project ID)."),
                                     QStringLiteral("SID"));
const QCommandLineOption kApiKey(QStringLiteral("api-key"),
                                 QStringLiteral("API key SID (SK...) to sign in with instead of the Account SID; "
                                                "its secret goes in REBOUND_AUTH_TOKEN."),
                                 QStringLiteral("SID"));
const QCommandLineOption kBaseUrl(QStringLiteral("base-url"),
                                  QStringLiteral("REST API address (default https://api.twilio.com)."),
                                  QStringLiteral("URL"), QString::fromLatin1(ProviderConfig::twilioBaseUrl));
const QCommandLineOption kTimeout(QStringLiteral("timeout"),
                                  QStringLiteral("Seconds allowed for each request (default 30)."),
                                  QStringLiteral("SECONDS"), QStringLiteral("30"));

void addProviderOptions(QCommandLineParser &parser)
{
    parser.addOption(kAccountSid);
    parser.addOption(kApiKey);
    parser.addOption(kBaseUrl);
    parser.addOption(kTimeout);
    parser.addHelpOption();
}

std::optional<ProviderConfig> providerConfig(const QCommandLineParser &parser, int *exitCode)
{
    *exitCode = ExitUsage;
    ProviderConfig config;
    config.accountSid = parser.value(kAccountSid).trimmed();
    if (config.accountSid.isEmpty()) {
        printError(QStringLiteral("--account-sid is required."));
        return std::nullopt;
    }
    config.apiKeySid = parser.value(kApiKey).trimmed();
    QString error;
    config.baseUrl = ProviderConfig::normalizeBaseUrl(parser.value(kBaseUrl), &error);
    if (config.baseUrl.isEmpty()) {
        printError(error);
        return std::nullopt;
    }
    if (!HttpGateway::isAllowedUrl(config.baseUrl, &error)) {
        printError(QStringLiteral("The base URL %1 is refused: %2.").arg(config.baseUrl.toDisplayString(), error));
        return std::nullopt;
    }
    bool ok = false;
    const double seconds = parser.value(kTimeout).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 600) {
        printError(QStringLiteral("--timeout takes a number of seconds between 1 and 600."));
        return std::nullopt;
    }
    config.requestTimeout = std::chrono::milliseconds(qint64(seconds * 1000));
    config.secret = authTokenFromEnvironment();
    if (config.secret.isEmpty())
        return std::nullopt;
    *exitCode = ExitOk;
    return config;
}

std::optional<PhoneNumber> phoneOption(const QCommandLineParser &parser, const QString &name, int *exitCode)
{
    const QString text = parser.value(name);
    if (text.trimmed().isEmpty()) {
        printError(QStringLiteral("--%1 is required.").arg(name));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    PhoneNumber::Error error = PhoneNumber::Error::None;
    const PhoneNumber number = PhoneNumber::parse(text, QStringLiteral("US"), &error);
    if (!number.isValid()) {
        printError(QStringLiteral("--%1 \"%2\": %3").arg(name, text, PhoneNumber::errorMessage(error)));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    return number;
}

QJsonObject numberJson(const IncomingNumber &n)
{
    return QJsonObject{
        {QStringLiteral("sid"), n.sid},
        {QStringLiteral("phone_number"), n.phoneNumber},
        {QStringLiteral("friendly_name"), n.friendlyName},
        {QStringLiteral("voice"), n.voice},
        {QStringLiteral("sms"), n.sms},
        {QStringLiteral("mms"), n.mms},
    };
}

} // namespace

int runAccountCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Checks the credentials and lists the account's phone numbers."));
    addProviderOptions(parser);
    int exitCode = ExitOk;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;
    const auto config = providerConfig(parser, &exitCode);
    if (!config)
        return exitCode;

    TwilioClient client(*config);
    const auto account = client.fetchAccount();
    if (!account) {
        printError(account.error().describe());
        return ExitFailure;
    }
    QJsonObject out{
        {QStringLiteral("account_sid"), account.value().sid},
        {QStringLiteral("friendly_name"), account.value().friendlyName},
        {QStringLiteral("status"), account.value().status},
        {QStringLiteral("type"), account.value().type},
    };
    if (!account.value().isActive()) {
        out.insert(QStringLiteral("numbers"), QJsonArray());
        printJson(out);
        printError(QStringLiteral("The account %1 is %2, not active; it cannot send texts.")
                       .arg(account.value().sid, account.value().status));
        return ExitFailure;
    }
    const auto numbers = client.listIncomingNumbers();
    if (!numbers) {
        printError(numbers.error().describe());
        return ExitFailure;
    }
    QJsonArray list;
    for (const IncomingNumber &n : numbers.value())
        list.append(numberJson(n));
    out.insert(QStringLiteral("numbers"), list);
    printJson(out);
    return ExitOk;
}

int runSend(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sends one text message, exactly once."));
    addProviderOptions(parser);
    parser.addOption(
        {QStringLiteral("from"), QStringLiteral("Sending number of the account (E.164)."), QStringLiteral("E164")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Recipient's number."), QStringLiteral("E164")});
    parser.addOption(
        {QStringLiteral("body"), QStringLiteral("The text (at most 1,600 characters)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("list-lag"),
                      QStringLiteral("Seconds the provider's message list may lag its sends; an unanswered send is "
                                     "repeated only once it is still unlisted after this (default 60)."),
                      QStringLiteral("SECONDS"), QStringLiteral("60")});
    int exitCode = ExitOk;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;
    const auto from = phoneOption(parser, QStringLiteral("from"), &exitCode);
    if (!from)
        return exitCode;
    const auto to = phoneOption(parser, QStringLiteral("to"), &exitCode);
    if (!to)
        return exitCode;
    const QString body = parser.value(QStringLiteral("body"));
    if (!parser.isSet(QStringLiteral("body")) || body.trimmed().isEmpty()) {
        printError(QStringLiteral("--body is required and must not be empty."));
        return ExitUsage;
    }
    if (body.size() > 1600) {
        printError(QStringLiteral("--body is %1 characters long; a text can be at most 1,600.").arg(body.size()));
        return ExitUsage;
    }
    bool ok = false;
    const double listLag = parser.value(QStringLiteral("list-lag")).toDouble(&ok);
    if (!ok || listLag < 0 || listLag > 3600) {
        printError(QStringLiteral("--list-lag takes a number of seconds from 0 to 3600."));
        return ExitUsage;
    }
    const auto config = providerConfig(parser, &exitCode);
    if (!config)
        return exitCode;

    TwilioClient client(*config);
    OutgoingMessage message;
    message.from = from->e164();
    message.to = to->e164();
    message.body = body;
    bool reconciled = false;
    const auto grace = config->requestTimeout + std::chrono::milliseconds(qint64(listLag * 1000));
    const auto sent = SentMessageFinder::sendOnce(client, message, 3, &reconciled, grace);
    if (!sent) {
        printError(sent.error().describe());
        return ExitFailure;
    }
    const Message &m = sent.value();
    printJson(QJsonObject{
        {QStringLiteral("sid"), m.sid},
        {QStringLiteral("status"), toString(m.status)},
        {QStringLiteral("from"), m.from},
        {QStringLiteral("to"), m.to},
        {QStringLiteral("num_segments"), m.numSegments},
        {QStringLiteral("date_created"), m.dateCreated.toString(Qt::ISODate)},
        {QStringLiteral("reconciled"), reconciled},
    });
    return ExitOk;
}

int runSelfTest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Tests the setup for real: places a call from the account to the business's number, lets it "
                       "ring unanswered, shows that Rebound sees it and judges it missed, and sends the text a caller "
                       "would get to the owner's cell. Costs one call and one text."));
    addProviderOptions(parser);
    parser.addOption(
        {QStringLiteral("number"), QStringLiteral("The number Rebound watches (E.164)."), QStringLiteral("E164")});
    parser.addOption({QStringLiteral("wiring"),
                      QStringLiteral("forwarded: the carrier forwards unanswered calls to --number; dial: --number "
                                     "rings the owner's phone (default forwarded)."),
                      QStringLiteral("forwarded|dial"), QStringLiteral("forwarded")});
    parser.addOption({QStringLiteral("call"),
                      QStringLiteral("The number customers dial, which forwards to --number (default --number)."),
                      QStringLiteral("E164")});
    parser.addOption({QStringLiteral("from"),
                      QStringLiteral("A number of the account to place the call from (default --number)."),
                      QStringLiteral("E164")});
    parser.addOption({QStringLiteral("owner-cell"),
                      QStringLiteral("The owner's mobile: the text a caller would get is sent there."),
                      QStringLiteral("E164")});
    parser.addOption({QStringLiteral("business-name"), QStringLiteral("The name callers know the business by."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("ring-seconds"),
                      QStringLiteral("How long the test call may ring, 10 to 120 (default 45)."),
                      QStringLiteral("SECONDS"), QStringLiteral("45")});
    parser.addOption({QStringLiteral("yes"), QStringLiteral("Place the call without asking first.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Each step as a JSON line.")});
    int exitCode = ExitOk;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;
    const auto line = phoneOption(parser, QStringLiteral("number"), &exitCode);
    if (!line)
        return exitCode;
    const auto owner = phoneOption(parser, QStringLiteral("owner-cell"), &exitCode);
    if (!owner)
        return exitCode;
    SelfTestOptions options;
    options.line.e164 = line->e164();
    const auto wiring = wiringFromString(parser.value(QStringLiteral("wiring")));
    if (!wiring) {
        printError(QStringLiteral("--wiring takes forwarded or dial."));
        return ExitUsage;
    }
    options.line.wiring = *wiring;
    for (const char *name : {"call", "from"}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        const auto number = phoneOption(parser, QLatin1String(name), &exitCode);
        if (!number)
            return exitCode;
        (qstrcmp(name, "call") == 0 ? options.callNumber : options.fromNumber) = number->e164();
    }
    options.ownerCell = owner->e164();
    const QString business = parser.value(QStringLiteral("business-name")).simplified();
    if (!business.isEmpty())
        options.rules.businessName = business;
    bool ok = false;
    options.ringSeconds = parser.value(QStringLiteral("ring-seconds")).toInt(&ok);
    if (!ok || options.ringSeconds < 10 || options.ringSeconds > 120) {
        printError(QStringLiteral("--ring-seconds takes a whole number of seconds from 10 to 120."));
        return ExitUsage;
    }
    const auto config = providerConfig(parser, &exitCode);
    if (!config)
        return exitCode;

    // The owner agrees to what it costs before anything is placed.
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString notice = SetupSelfTest::costNotice(options);
    if (!parser.isSet(QStringLiteral("yes"))) {
        if (!isatty(STDIN_FILENO)) {
            printError(notice + QStringLiteral(" Run it again with --yes to go ahead."));
            return ExitUsage;
        }
        std::fprintf(stderr, "%s\nPlace the call? [y/N] ", qPrintable(notice));
        std::fflush(stderr);
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
            printError(QStringLiteral("Nothing was placed."));
            return ExitFailure;
        }
    } else if (!json) {
        std::printf("%s\n", qPrintable(notice));
    }

    TwilioClient client(*config);
    SetupSelfTest test(client, options, [json](const SelfTestStep &step) {
        if (json) {
            QJsonObject o{{QStringLiteral("step"), step.id},
                          {QStringLiteral("state"), toString(step.state)},
                          {QStringLiteral("text"), step.text}};
            for (auto it = step.details.begin(); it != step.details.end(); ++it)
                o.insert(it.key(), it.value());
            printJson(o);
            return;
        }
        const char *mark = step.state == SelfTestStep::State::Passed ? "\u2713"
            : step.state == SelfTestStep::State::Failed              ? "\u2717"
                                                                     : "\u2026";
        std::printf("%s %s\n", mark, qPrintable(step.text));
        std::fflush(stdout);
    });
    const bool passed = test.run();
    if (json)
        printJson(QJsonObject{{QStringLiteral("step"), QStringLiteral("result")},
                              {QStringLiteral("state"), passed ? QStringLiteral("passed") : QStringLiteral("failed")}});
    return passed ? ExitOk : ExitFailure;
}

} // namespace Rebound::Cli
