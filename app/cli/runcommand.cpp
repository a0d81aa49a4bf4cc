#include "runcommand.h"

#include "clioutput.h"
#include "signalwatcher.h"

#include "domain/phonenumber.h"
#include "engine/engine.h"
#include "provider/httpgateway.h"
#include "provider/webhooklistener.h"
#include "qualify/llmresponder.h"
#include "qualify/qualifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QThread>
#include <QTimeZone>

namespace Rebound::Cli {

using namespace Rebound::Core;

namespace {

const QStringList kTrades{QStringLiteral("plumbing"), QStringLiteral("hvac"), QStringLiteral("electrical"),
                          QStringLiteral("roofing"), QStringLiteral("landscaping")};

std::optional<QString> e164(const QString &option, const QString &text)
{
    PhoneNumber::Error error = PhoneNumber::Error::None;
    const PhoneNumber n = PhoneNumber::parse(text, QStringLiteral("US"), &error);
    if (!n.isValid()) {
        printError(QStringLiteral("--%1 \"%2\": %3").arg(option, text, PhoneNumber::errorMessage(error)));
        return std::nullopt;
    }
    return n.e164();
}

} // namespace

int runEngine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Watches the business numbers for missed calls, texts each caller back once, holds the conversation "
        "and keeps lead cards, until interrupted. The auth token comes from REBOUND_AUTH_TOKEN."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("account-sid"), QStringLiteral("Account SID (AC...)."), QStringLiteral("SID")},
        {QStringLiteral("api-key"), QStringLiteral("API key SID (SK...) to sign in with."), QStringLiteral("SID")},
        {QStringLiteral("number"),
         QStringLiteral("A business number to watch; repeat for several. Append :dial or :forwarded to wire one "
                        "number differently from --wiring."),
         QStringLiteral("E164")},
        {QStringLiteral("db"), QStringLiteral("The database file (SQLite)."), QStringLiteral("PATH")},
        {QStringLiteral("base-url"), QStringLiteral("REST API address (default https://api.twilio.com)."),
         QStringLiteral("URL"), QString::fromLatin1(ProviderConfig::twilioBaseUrl)},
        {QStringLiteral("wiring"),
         QStringLiteral("forwarded: the carrier forwards unanswered calls to the number; dial: the number rings the "
                        "owner's phone (default forwarded)."),
         QStringLiteral("forwarded|dial"), QStringLiteral("forwarded")},
        {QStringLiteral("poll-interval"), QStringLiteral("Seconds between looks at the account (default 5)."),
         QStringLiteral("SECONDS"), QStringLiteral("5")},
        {QStringLiteral("owner-cell"), QStringLiteral("The owner's mobile, for lead alerts by SMS."),
         QStringLiteral("E164")},
        {QStringLiteral("business-name"), QStringLiteral("The name callers know the business by."),
         QStringLiteral("NAME")},
        {QStringLiteral("trade"),
         QStringLiteral("plumbing, hvac, electrical, roofing or landscaping (default plumbing)."),
         QStringLiteral("TRADE"), QStringLiteral("plumbing")},
        {QStringLiteral("time-zone"), QStringLiteral("The business's IANA time zone (default America/Chicago)."),
         QStringLiteral("ZONE"), QStringLiteral("America/Chicago")},
        {QStringLiteral("hours"),
         QStringLiteral("Opening hours, e.g. \"Mon-Fri 7am-6pm, Sat 8am-noon\" (default: Mon-Fri 8am-6pm, Sat "
                        "9am-1pm)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("window-hours"),
         QStringLiteral("One text-back per caller within this many hours (default 24)."), QStringLiteral("HOURS"),
         QStringLiteral("24")},
        {QStringLiteral("catch-up-minutes"),
         QStringLiteral("Calls found later than this after they ended are not texted (default 15)."),
         QStringLiteral("MINUTES"), QStringLiteral("15")},
        {QStringLiteral("list-lag"),
         QStringLiteral("Seconds the provider's message list may lag its sends; a text whose send went unanswered "
                        "is sent again only once it is still unlisted after this (default 60)."),
         QStringLiteral("SECONDS"), QStringLiteral("60")},
        {QStringLiteral("webhook-listen"), QStringLiteral("Address to receive Twilio's webhooks on."),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("webhook-url"), QStringLiteral("The public URL that reaches --webhook-listen."),
         QStringLiteral("PUBLIC_URL")},
        {QStringLiteral("log-format"), QStringLiteral("Events as text or json lines (default text)."),
         QStringLiteral("text|json"), QStringLiteral("text")},
        {QStringLiteral("llm-url"),
         QStringLiteral("Optional: an OpenAI-compatible chat-completions URL to hold the conversation; its key "
                        "comes from REBOUND_LLM_KEY. The built-in rules answer whenever it fails."),
         QStringLiteral("URL")},
        {QStringLiteral("llm-model"), QStringLiteral("The model name for --llm-url."), QStringLiteral("MODEL")},
    });
    int exitCode = ExitOk;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    EngineConfig config;
    config.provider.accountSid = parser.value(QStringLiteral("account-sid")).trimmed();
    if (config.provider.accountSid.isEmpty()) {
        printError(QStringLiteral("--account-sid is required."));
        return ExitUsage;
    }
    config.provider.apiKeySid = parser.value(QStringLiteral("api-key")).trimmed();
    QString error;
    config.provider.baseUrl = ProviderConfig::normalizeBaseUrl(parser.value(QStringLiteral("base-url")), &error);
    if (config.provider.baseUrl.isEmpty()) {
        printError(error);
        return ExitUsage;
    }
    if (!HttpGateway::isAllowedUrl(config.provider.baseUrl, &error)) {
        printError(
            QStringLiteral("The base URL %1 is refused: %2.").arg(config.provider.baseUrl.toDisplayString(), error));
        return ExitUsage;
    }
    const auto defaultWiring = wiringFromString(parser.value(QStringLiteral("wiring")));
    if (!defaultWiring) {
        printError(QStringLiteral("--wiring takes forwarded or dial."));
        return ExitUsage;
    }
    const QStringList numbers = parser.values(QStringLiteral("number"));
    if (numbers.isEmpty()) {
        printError(QStringLiteral("Give at least one --number to watch."));
        return ExitUsage;
    }
    for (const QString &value : numbers) {
        BusinessLine line;
        line.wiring = *defaultWiring;
        QString text = value;
        if (const qsizetype colon = value.lastIndexOf(QLatin1Char(':')); colon > 0) {
            const auto wiring = wiringFromString(value.mid(colon + 1));
            if (!wiring) {
                printError(QStringLiteral("--number \"%1\": the wiring after the colon must be forwarded or dial.")
                               .arg(value));
                return ExitUsage;
            }
            line.wiring = *wiring;
            text = value.left(colon);
        }
        const auto number = e164(QStringLiteral("number"), text);
        if (!number)
            return ExitUsage;
        line.e164 = *number;
        config.lines.append(line);
    }
    config.databasePath = parser.value(QStringLiteral("db"));
    if (config.databasePath.isEmpty()) {
        printError(QStringLiteral("--db is required: the file where calls, texts and leads are kept."));
        return ExitUsage;
    }
    bool ok = false;
    const double interval = parser.value(QStringLiteral("poll-interval")).toDouble(&ok);
    if (!ok || interval < 0.2 || interval > 3600) {
        printError(QStringLiteral("--poll-interval takes a number of seconds from 0.2 to 3600."));
        return ExitUsage;
    }
    config.pollInterval = std::chrono::milliseconds(qint64(interval * 1000));
    if (parser.isSet(QStringLiteral("owner-cell"))) {
        const auto cell = e164(QStringLiteral("owner-cell"), parser.value(QStringLiteral("owner-cell")));
        if (!cell)
            return ExitUsage;
        config.ownerCell = *cell;
    }
    config.business.name = parser.value(QStringLiteral("business-name")).simplified();
    config.business.trade = parser.value(QStringLiteral("trade")).toLower();
    if (!kTrades.contains(config.business.trade)) {
        printError(QStringLiteral("--trade takes one of: %1.").arg(kTrades.join(QStringLiteral(", "))));
        return ExitUsage;
    }
    config.business.timeZone = parser.value(QStringLiteral("time-zone"));
    if (!QTimeZone(config.business.timeZone.toUtf8()).isValid()) {
        printError(QStringLiteral("--time-zone \"%1\" is not a known time zone (e.g. America/Chicago).")
                       .arg(config.business.timeZone));
        return ExitUsage;
    }
    config.rules.businessName = config.business.name.isEmpty() ? QStringLiteral("our office") : config.business.name;
    // The hours choose between the business-hours and after-hours texts.
    config.rules.hours = BusinessHours::standard(config.business.timeZone.toUtf8());
    if (parser.isSet(QStringLiteral("hours"))) {
        const QString text = parser.value(QStringLiteral("hours"));
        const auto hours = BusinessHours::parse(text, config.business.timeZone.toUtf8());
        if (!hours) {
            printError(
                QStringLiteral("--hours \"%1\" cannot be read; write them like \"Mon-Fri 7am-6pm, Sat 8am-noon\".")
                    .arg(text));
            return ExitUsage;
        }
        config.rules.hours = *hours;
        config.business.hours = hours->describe(); // what callers asking for the hours are told
    }
    const int window = parser.value(QStringLiteral("window-hours")).toInt(&ok);
    if (!ok || window < 0 || window > 24 * 30) {
        printError(QStringLiteral("--window-hours takes a whole number of hours from 0 to 720."));
        return ExitUsage;
    }
    config.rules.windowHours = window;
    const int catchUp = parser.value(QStringLiteral("catch-up-minutes")).toInt(&ok);
    if (!ok || catchUp < 0 || catchUp > 24 * 60) {
        printError(QStringLiteral("--catch-up-minutes takes a whole number of minutes from 0 to 1440."));
        return ExitUsage;
    }
    config.rules.catchUpMinutes = catchUp;
    const double listLag = parser.value(QStringLiteral("list-lag")).toDouble(&ok);
    if (!ok || listLag < 0 || listLag > 3600) {
        printError(QStringLiteral("--list-lag takes a number of seconds from 0 to 3600."));
        return ExitUsage;
    }
    config.listLag = std::chrono::milliseconds(qint64(listLag * 1000));
    const QString logFormat = parser.value(QStringLiteral("log-format"));
    if (logFormat != QLatin1String("text") && logFormat != QLatin1String("json")) {
        printError(QStringLiteral("--log-format takes text or json."));
        return ExitUsage;
    }
    const bool json = logFormat == QLatin1String("json");

    const QString listen = parser.value(QStringLiteral("webhook-listen"));
    const QString publicUrl = parser.value(QStringLiteral("webhook-url"));
    if (listen.isEmpty() != publicUrl.isEmpty()) {
        printError(QStringLiteral("--webhook-listen and --webhook-url go together."));
        return ExitUsage;
    }
    QHostAddress listenAddress;
    quint16 listenPort = 0;
    if (!listen.isEmpty()) {
        const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
        const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&ok) : 0;
        QString host = colon > 0 ? listen.left(colon) : QString();
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        if (host == QLatin1String("localhost"))
            host = QStringLiteral("127.0.0.1");
        if (!ok || port == 0 || port > 65535 || !listenAddress.setAddress(host)) {
            printError(QStringLiteral("--webhook-listen takes HOST:PORT, e.g. 127.0.0.1:8080."));
            return ExitUsage;
        }
        listenPort = quint16(port);
        const QUrl url(publicUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            printError(QStringLiteral("--webhook-url must be the http(s) address the provider can reach."));
            return ExitUsage;
        }
        config.webhookPublicUrl = url;
    }
    std::optional<LlmResponder::Options> llm;
    if (parser.isSet(QStringLiteral("llm-url"))) {
        LlmResponder::Options o;
        o.url = QUrl(parser.value(QStringLiteral("llm-url")), QUrl::StrictMode);
        o.model = parser.value(QStringLiteral("llm-model"));
        o.apiKey = qEnvironmentVariable("REBOUND_LLM_KEY");
        if (!o.url.isValid() || !HttpGateway::isAllowedUrl(o.url, &error)) {
            printError(QStringLiteral("--llm-url must be an https:// address (or http:// on this computer)."));
            return ExitUsage;
        }
        if (o.model.isEmpty()) {
            printError(QStringLiteral("--llm-url needs --llm-model."));
            return ExitUsage;
        }
        llm = o;
    }
    config.provider.secret = authTokenFromEnvironment();
    if (config.provider.secret.isEmpty())
        return ExitUsage;
    // Twilio signs webhooks with the account's auth token, never with an API
    // key's secret: with --api-key the token must be given separately.
    QString signingToken = config.provider.secret;
    if (listenPort && !config.provider.apiKeySid.isEmpty()) {
        signingToken = qEnvironmentVariable("REBOUND_WEBHOOK_AUTH_TOKEN");
        if (signingToken.isEmpty()) {
            printError(QStringLiteral("With --api-key, webhooks are signed with the account's auth token: set "
                                      "REBOUND_WEBHOOK_AUTH_TOKEN to it, or leave out --webhook-listen."));
            return ExitUsage;
        }
    }

    // The engine does blocking I/O on its own thread; this thread only
    // receives webhooks, prints events and waits for a stop signal.
    QThread engineThread;
    engineThread.setObjectName(QStringLiteral("engine"));
    std::unique_ptr<Responder> responder = std::make_unique<Qualifier>();
    if (llm)
        responder = std::make_unique<LlmResponder>(*llm, std::move(responder));
    auto *engine = new Engine(config, std::move(responder));
    engine->moveToThread(&engineThread);
    QObject::connect(&engineThread, &QThread::finished, engine, &QObject::deleteLater);
    QObject::connect(engine, &Engine::event, qApp, [json](const EngineEvent &e) {
        if (json) {
            printJson(e.toJson());
        } else {
            const QByteArray line = e.toText().toUtf8();
            std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
            std::fputc('\n', stdout);
            std::fflush(stdout);
        }
    });
    engineThread.start();

    QString openError;
    bool opened = false;
    QMetaObject::invokeMethod(
        engine, [&] { opened = engine->open(&openError); }, Qt::BlockingQueuedConnection);
    if (!opened) {
        printError(openError);
        engineThread.quit();
        engineThread.wait();
        return ExitFailure;
    }

    std::unique_ptr<WebhookListener> listener;
    if (listenPort) {
        listener = std::make_unique<WebhookListener>(config.webhookPublicUrl, signingToken);
        if (listener->start(listenAddress, listenPort) == 0) {
            printError(QStringLiteral("Cannot listen for webhooks on %1; is the port in use?").arg(listen));
            engineThread.quit();
            engineThread.wait();
            return ExitFailure;
        }
        QObject::connect(listener.get(), &WebhookListener::callStatusReceived, engine, &Engine::handleCallWebhook);
        QObject::connect(listener.get(), &WebhookListener::messageReceived, engine, &Engine::handleSmsWebhook);
        const QUrl voice = listener->voiceStatusUrl();
        const QUrl sms = listener->smsUrl();
        // Pointed at this listener whenever this engine holds the lease.
        QMetaObject::invokeMethod(engine, [engine, voice, sms] { engine->setWebhookUrls(voice, sms); });
    }
    QMetaObject::invokeMethod(engine, &Engine::start);

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::stopRequested, qApp, [engine] {
        engine->interrupt();
        QCoreApplication::quit();
    });
    QCoreApplication::exec();

    listener.reset();
    QMetaObject::invokeMethod(engine, &Engine::stop, Qt::BlockingQueuedConnection);
    // Deliver the last events before the printer goes away.
    QCoreApplication::processEvents();
    engineThread.quit();
    engineThread.wait();
    return ExitOk;
}

} // namespace Rebound::Cli
