#include "runsettings.h"

#include "clioutput.h"
#include "runconfig.h"

#include "domain/phonenumber.h"
#include "provider/httpgateway.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>
#include <QUrlQuery>

namespace Rebound::Cli {

using namespace Rebound::Core;

namespace {

const QStringList kTrades{QStringLiteral("plumbing"), QStringLiteral("hvac"), QStringLiteral("electrical"),
                          QStringLiteral("roofing"), QStringLiteral("landscaping")};
// Values that name files: relative ones in a config file mean its folder.
const QStringList kPathKeys{QStringLiteral("db"), QStringLiteral("log-file"), QStringLiteral("auth-token-file"),
                            QStringLiteral("db-password-file")};
// The libpq settings a PostgreSQL URL may carry, and the environment
// variables libpq reads them from (the store opens the connection itself).
// What a PostgreSQL location may carry after '?' (the store passes them to libpq).
const QStringList kPostgresParameters{QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
                                      QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
                                      QStringLiteral("connect_timeout"), QStringLiteral("application_name")};
const QStringList kSslModes{QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

QList<QCommandLineOption> runOptions()
{
    return {
        {QStringLiteral("config"),
         QStringLiteral("An INI file of these options (keys are the long names, at the top or in [engine]); the "
                        "command line overrides it."),
         QStringLiteral("PATH")},
        {QStringLiteral("account-sid"), QStringLiteral("Account SID (AC...)."), QStringLiteral("SID")},
        {QStringLiteral("api-key"), QStringLiteral("API key SID (SK...) to sign in with."), QStringLiteral("SID")},
        {QStringLiteral("auth-token-file"),
         QStringLiteral("A file (chmod 600) holding the auth token or API key secret, instead of REBOUND_AUTH_TOKEN. "
                        "Under systemd, the credential auth-token wins."),
         QStringLiteral("PATH")},
        {QStringLiteral("number"),
         QStringLiteral("A business number to watch; repeat for several. Append :dial or :forwarded to wire one "
                        "number differently from --wiring."),
         QStringLiteral("E164")},
        {QStringLiteral("db"),
         QStringLiteral("The database: a SQLite file, or postgresql://user@host:port/name (optionally "
                        "?sslmode=verify-full&sslrootcert=PATH)."),
         QStringLiteral("PATH|URL")},
        {QStringLiteral("db-password-file"),
         QStringLiteral("A file (chmod 600) holding the PostgreSQL password, instead of REBOUND_DB_PASSWORD."),
         QStringLiteral("PATH")},
        {QStringLiteral("base-url"), QStringLiteral("REST API address (default https://api.twilio.com)."),
         QStringLiteral("URL"), QString::fromLatin1(ProviderConfig::twilioBaseUrl)},
        {QStringLiteral("wiring"),
         QStringLiteral("forwarded: the carrier forwards unanswered calls to the number; dial: the number rings the "
                        "owner's phone (default forwarded)."),
         QStringLiteral("forwarded|dial"), QStringLiteral("forwarded")},
        {QStringLiteral("poll-interval"), QStringLiteral("Seconds between looks at the account (default 5)."),
         QStringLiteral("SECONDS"), QStringLiteral("5")},
        {QStringLiteral("follow-interval"),
         QStringLiteral("While a call rings or goes to voicemail, look at it this often, so it is texted back the "
                        "moment it ends (default 0.5; 0: only --poll-interval)."),
         QStringLiteral("SECONDS"), QStringLiteral("0.5")},
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
        {QStringLiteral("webhook-listen"),
         QStringLiteral("Address to receive Twilio's webhooks on (PORT alone: 127.0.0.1, for a tunnel or a reverse "
                        "proxy on this machine)."),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("webhook-url"), QStringLiteral("The public URL that reaches --webhook-listen."),
         QStringLiteral("PUBLIC_URL")},
        {QStringLiteral("health-listen"),
         QStringLiteral("Answer GET /health with the engine's state as JSON on this address (PORT alone: "
                        "127.0.0.1)."),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("log-format"), QStringLiteral("Events as text or json lines (default text)."),
         QStringLiteral("text|json"), QStringLiteral("text")},
        {QStringLiteral("log-file"),
         QStringLiteral("Also append the events and Qt's warnings to this file, rotated by size."),
         QStringLiteral("PATH")},
        {QStringLiteral("log-max-size"),
         QStringLiteral("Rotate --log-file past this size, e.g. 512K or 10M (default "
                        "10M)."),
         QStringLiteral("SIZE"), QStringLiteral("10M")},
        {QStringLiteral("log-keep"), QStringLiteral("Rotated log files kept: PATH.1 to PATH.N (default 5)."),
         QStringLiteral("N"), QStringLiteral("5")},
        {QStringLiteral("llm-url"),
         QStringLiteral("Optional: an OpenAI-compatible chat-completions URL to hold the conversation; its key "
                        "comes from REBOUND_LLM_KEY. The built-in rules answer whenever it fails."),
         QStringLiteral("URL")},
        {QStringLiteral("llm-model"), QStringLiteral("The model name for --llm-url."), QStringLiteral("MODEL")},
    };
}

// Where systemd puts the credentials of LoadCredential= for this service.
QString credentialPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (dir.isEmpty())
        return {};
    const QString path = QDir(dir).filePath(name);
    return QFileInfo::exists(path) ? path : QString();
}

// nullopt: *out is ready; otherwise the exit code to return now.
std::optional<int> load(const QStringList &arguments, RunPurpose purpose, RunSettings *out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Watches the business numbers for missed calls, texts each caller back once, holds the conversation "
        "and keeps lead cards, until interrupted. The auth token comes from REBOUND_AUTH_TOKEN or "
        "--auth-token-file."));
    parser.addHelpOption();
    const QList<QCommandLineOption> options = runOptions();
    parser.addOptions(options);
    int exitCode = ExitOk;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    // The file becomes options ahead of the real arguments, so every value
    // goes through the same checks; a key the command line sets is skipped
    // (for "number", the command line's numbers replace the file's).
    QStringList fromFile;
    if (parser.isSet(QStringLiteral("config"))) {
        QStringList known;
        for (const QCommandLineOption &o : options) {
            if (o.names().constFirst() != QLatin1String("config"))
                known.append(o.names().constFirst());
        }
        QString error;
        const auto file = RunConfigFile::load(parser.value(QStringLiteral("config")), known, {QStringLiteral("number")},
                                              kPathKeys, &error);
        if (!file) {
            printError(error);
            return ExitUsage;
        }
        out->configPath = file->path();
        QStringList merged{arguments.value(0)};
        for (const ConfigEntry &entry : file->entries()) {
            if (parser.isSet(entry.key))
                continue;
            fromFile.append(entry.key);
            for (const QString &value : entry.values)
                merged.append(QStringLiteral("--%1=%2").arg(entry.key, value));
        }
        merged += arguments.mid(1);
        if (!parser.parse(merged)) {
            printError(QStringLiteral("%1: %2.").arg(out->configPath, parser.errorText()));
            return ExitUsage;
        }
    }
    // One sentence, naming the file and key when the value came from the file.
    auto usage = [&](const QString &key, const QString &sentence) {
        if (fromFile.contains(key))
            printError(QStringLiteral("%1: key \"%2\": %3").arg(out->configPath, key, sentence));
        else
            printError(sentence);
        return ExitUsage;
    };
    auto value = [&](const char *key) { return parser.value(QString::fromLatin1(key)); };
    auto isSet = [&](const char *key) { return parser.isSet(QString::fromLatin1(key)); };
    auto e164 = [&](const QString &option, const QString &text) -> std::optional<QString> {
        PhoneNumber::Error error = PhoneNumber::Error::None;
        const PhoneNumber n = PhoneNumber::parse(text, QStringLiteral("US"), &error);
        if (!n.isValid()) {
            usage(option, QStringLiteral("--%1 \"%2\": %3").arg(option, text, PhoneNumber::errorMessage(error)));
            return std::nullopt;
        }
        return n.e164();
    };

    EngineConfig &config = out->engine;
    config.provider.accountSid = value("account-sid").trimmed();
    if (config.provider.accountSid.isEmpty())
        return usage(QStringLiteral("account-sid"), QStringLiteral("--account-sid is required."));
    config.provider.apiKeySid = value("api-key").trimmed();
    QString error;
    config.provider.baseUrl = ProviderConfig::normalizeBaseUrl(value("base-url"), &error);
    if (config.provider.baseUrl.isEmpty())
        return usage(QStringLiteral("base-url"), error);
    if (!HttpGateway::isAllowedUrl(config.provider.baseUrl, &error))
        return usage(
            QStringLiteral("base-url"),
            QStringLiteral("The base URL %1 is refused: %2.").arg(config.provider.baseUrl.toDisplayString(), error));
    const auto defaultWiring = wiringFromString(value("wiring"));
    if (!defaultWiring)
        return usage(QStringLiteral("wiring"), QStringLiteral("--wiring takes forwarded or dial."));
    const QStringList numbers = parser.values(QStringLiteral("number"));
    if (numbers.isEmpty())
        return usage(QStringLiteral("number"), QStringLiteral("Give at least one --number to watch."));
    for (const QString &entry : numbers) {
        BusinessLine line;
        line.wiring = *defaultWiring;
        QString text = entry;
        if (const qsizetype colon = entry.lastIndexOf(QLatin1Char(':')); colon > 0) {
            const auto wiring = wiringFromString(entry.mid(colon + 1));
            if (!wiring)
                return usage(QStringLiteral("number"),
                             QStringLiteral("--number \"%1\": the wiring after the colon must be forwarded or dial.")
                                 .arg(entry));
            line.wiring = *wiring;
            text = entry.left(colon);
        }
        const auto number = e164(QStringLiteral("number"), text);
        if (!number)
            return ExitUsage;
        line.e164 = *number;
        config.lines.append(line);
    }

    config.databasePath = value("db");
    if (config.databasePath.isEmpty())
        return usage(QStringLiteral("db"),
                     QStringLiteral("--db is required: the file where calls, texts and leads are kept."));
    if (Database::isPostgresUrl(config.databasePath)) {
        const QUrl url(config.databasePath, QUrl::StrictMode);
        const QString shown = Database::displayLocation(config.databasePath);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2
            || url.path().mid(1).contains(QLatin1Char('/')))
            return usage(QStringLiteral("db"),
                         QStringLiteral("--db \"%1\" is not a PostgreSQL URL like postgresql://user@host:5432/rebound.")
                             .arg(shown));
        const QUrlQuery query(url);
        for (const auto &[name, item] : query.queryItems(QUrl::FullyDecoded)) {
            if (!kPostgresParameters.contains(name))
                return usage(QStringLiteral("db"),
                             QStringLiteral("--db: the PostgreSQL URL may carry %1, not \"%2\".")
                                 .arg(kPostgresParameters.join(QStringLiteral(", ")), name));
            if (name == QLatin1String("sslmode") && !kSslModes.contains(item))
                return usage(
                    QStringLiteral("db"),
                    QStringLiteral("--db: sslmode takes one of %1.").arg(kSslModes.join(QStringLiteral(", "))));
            if (name.startsWith(QLatin1String("ssl")) && name != QLatin1String("sslmode") && !QFileInfo(item).isFile())
                return usage(QStringLiteral("db"),
                             QStringLiteral("--db: the %1 file %2 does not exist.").arg(name, item));
        }
    }

    bool ok = false;
    const double interval = value("poll-interval").toDouble(&ok);
    if (!ok || interval < 0.2 || interval > 3600)
        return usage(QStringLiteral("poll-interval"),
                     QStringLiteral("--poll-interval takes a number of seconds from 0.2 to 3600."));
    config.pollInterval = std::chrono::milliseconds(qint64(interval * 1000));
    const double follow = value("follow-interval").toDouble(&ok);
    if (!ok || !(follow == 0 || (follow >= 0.1 && follow <= 60)))
        return usage(QStringLiteral("follow-interval"),
                     QStringLiteral("--follow-interval takes 0 (off) or a number of seconds from 0.1 to 60."));
    config.followInterval = std::chrono::milliseconds(qint64(follow * 1000));
    if (isSet("owner-cell")) {
        const auto cell = e164(QStringLiteral("owner-cell"), value("owner-cell"));
        if (!cell)
            return ExitUsage;
        config.ownerCell = *cell;
    }
    config.business.name = value("business-name").simplified();
    config.business.trade = value("trade").toLower();
    if (!kTrades.contains(config.business.trade))
        return usage(QStringLiteral("trade"),
                     QStringLiteral("--trade takes one of: %1.").arg(kTrades.join(QStringLiteral(", "))));
    config.business.timeZone = value("time-zone");
    if (!QTimeZone(config.business.timeZone.toUtf8()).isValid())
        return usage(QStringLiteral("time-zone"),
                     QStringLiteral("--time-zone \"%1\" is not a known time zone (e.g. America/Chicago).")
                         .arg(config.business.timeZone));
    config.rules.businessName = config.business.name.isEmpty() ? QStringLiteral("our office") : config.business.name;
    // The hours choose between the business-hours and after-hours texts.
    config.rules.hours = BusinessHours::standard(config.business.timeZone.toUtf8());
    if (isSet("hours")) {
        const QString text = value("hours");
        const auto hours = BusinessHours::parse(text, config.business.timeZone.toUtf8());
        if (!hours)
            return usage(
                QStringLiteral("hours"),
                QStringLiteral("--hours \"%1\" cannot be read; write them like \"Mon-Fri 7am-6pm, Sat 8am-noon\".")
                    .arg(text));
        config.rules.hours = *hours;
        config.business.hours = hours->describe(); // what callers asking for the hours are told
    }
    const int window = value("window-hours").toInt(&ok);
    if (!ok || window < 0 || window > 24 * 30)
        return usage(QStringLiteral("window-hours"),
                     QStringLiteral("--window-hours takes a whole number of hours from 0 to 720."));
    config.rules.windowHours = window;
    const int catchUp = value("catch-up-minutes").toInt(&ok);
    if (!ok || catchUp < 0 || catchUp > 24 * 60)
        return usage(QStringLiteral("catch-up-minutes"),
                     QStringLiteral("--catch-up-minutes takes a whole number of minutes from 0 to 1440."));
    config.rules.catchUpMinutes = catchUp;
    const double listLag = value("list-lag").toDouble(&ok);
    if (!ok || listLag < 0 || listLag > 3600)
        return usage(QStringLiteral("list-lag"),
                     QStringLiteral("--list-lag takes a number of seconds from 0 to 3600."));
    config.listLag = std::chrono::milliseconds(qint64(listLag * 1000));
    const QString logFormat = value("log-format");
    if (logFormat != QLatin1String("text") && logFormat != QLatin1String("json"))
        return usage(QStringLiteral("log-format"), QStringLiteral("--log-format takes text or json."));
    out->json = logFormat == QLatin1String("json");

    out->logFile = value("log-file");
    const auto maxBytes = parseByteSize(value("log-max-size"));
    if (!maxBytes || *maxBytes < 1)
        return usage(QStringLiteral("log-max-size"),
                     QStringLiteral("--log-max-size takes a size in bytes, or with K, M or G (e.g. 10M)."));
    out->logMaxBytes = *maxBytes;
    out->logKeep = value("log-keep").toInt(&ok);
    if (!ok || out->logKeep < 0 || out->logKeep > 1000)
        return usage(QStringLiteral("log-keep"),
                     QStringLiteral("--log-keep takes the number of rotated files to keep, from 0 to 1000."));

    out->healthListen = value("health-listen");
    if (!out->healthListen.isEmpty()
        && !parseListenAddress(out->healthListen, &out->healthAddress, &out->healthPort, true))
        return usage(QStringLiteral("health-listen"),
                     QStringLiteral("--health-listen takes HOST:PORT (or PORT for 127.0.0.1), e.g. 127.0.0.1:8089."));

    out->webhookListen = value("webhook-listen");
    const QString publicUrl = value("webhook-url");
    if (out->webhookListen.isEmpty() != publicUrl.isEmpty())
        return usage(out->webhookListen.isEmpty() ? QStringLiteral("webhook-url") : QStringLiteral("webhook-listen"),
                     QStringLiteral("--webhook-listen and --webhook-url go together."));
    if (!out->webhookListen.isEmpty()) {
        if (!parseListenAddress(out->webhookListen, &out->webhookAddress, &out->webhookPort, true))
            return usage(QStringLiteral("webhook-listen"),
                         QStringLiteral("--webhook-listen takes HOST:PORT (or PORT for 127.0.0.1), e.g. 8080."));
        const QUrl url(publicUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return usage(QStringLiteral("webhook-url"),
                         QStringLiteral("--webhook-url must be the http(s) address the provider can reach."));
        config.webhookPublicUrl = url;
    }
    if (isSet("llm-url")) {
        LlmResponder::Options o;
        o.url = QUrl(value("llm-url"), QUrl::StrictMode);
        o.model = value("llm-model");
        o.apiKey = qEnvironmentVariable("REBOUND_LLM_KEY");
        if (!o.url.isValid() || !HttpGateway::isAllowedUrl(o.url, &error))
            return usage(QStringLiteral("llm-url"),
                         QStringLiteral("--llm-url must be an https:// address (or http:// on this computer)."));
        if (o.model.isEmpty())
            return usage(QStringLiteral("llm-model"), QStringLiteral("--llm-url needs --llm-model."));
        out->llm = o;
    }

    // The secrets: a systemd credential, else the file named, else the environment.
    out->authTokenFile = value("auth-token-file");
    out->dbPasswordFile = value("db-password-file");
    const QString tokenCredential =
        purpose == RunPurpose::Run ? credentialPath(QStringLiteral("auth-token")) : QString();
    if (!tokenCredential.isEmpty() || !out->authTokenFile.isEmpty()) {
        // systemd makes the credential private to the service; its mode is its business.
        const bool fromCredential = !tokenCredential.isEmpty();
        const auto token = readSecretFile(fromCredential ? tokenCredential : out->authTokenFile,
                                          QStringLiteral("auth token"), &error, !fromCredential);
        if (!token)
            return usage(QStringLiteral("auth-token-file"), error);
        config.provider.secret = *token;
    } else if (purpose == RunPurpose::Install) {
        printError(QStringLiteral("A service has no shell to take REBOUND_AUTH_TOKEN from: name the token's file with "
                                  "the key auth-token-file in %1 (chmod 600; systemd hands it over as a credential).")
                       .arg(out->configPath.isEmpty() ? QStringLiteral("the configuration") : out->configPath));
        return ExitUsage;
    } else {
        config.provider.secret = qEnvironmentVariable("REBOUND_AUTH_TOKEN");
        if (config.provider.secret.isEmpty()) {
            printError(QStringLiteral("Set the environment variable REBOUND_AUTH_TOKEN to the account's auth token "
                                      "(or API key secret), or name a file holding it with --auth-token-file; it is "
                                      "never taken from the command line."));
            return ExitUsage;
        }
    }
    const QString passwordCredential =
        purpose == RunPurpose::Run ? credentialPath(QStringLiteral("db-password")) : QString();
    if (!passwordCredential.isEmpty() || !out->dbPasswordFile.isEmpty()) {
        const bool fromCredential = !passwordCredential.isEmpty();
        const auto password = readSecretFile(fromCredential ? passwordCredential : out->dbPasswordFile,
                                             QStringLiteral("database password"), &error, !fromCredential);
        if (!password)
            return usage(QStringLiteral("db-password-file"), error);
        if (purpose == RunPurpose::Run)
            Database::setPostgresPassword(*password);
    }

    // Twilio signs webhooks with the account's auth token, never with an API
    // key's secret: with --api-key the token must be given separately.
    out->signingToken = config.provider.secret;
    if (out->webhookPort && !config.provider.apiKeySid.isEmpty()) {
        out->signingToken = purpose == RunPurpose::Run ? qEnvironmentVariable("REBOUND_WEBHOOK_AUTH_TOKEN") : QString();
        if (out->signingToken.isEmpty()) {
            printError(purpose == RunPurpose::Run
                           ? QStringLiteral("With --api-key, webhooks are signed with the account's auth token: set "
                                            "REBOUND_WEBHOOK_AUTH_TOKEN to it, or leave out --webhook-listen.")
                           : QStringLiteral("As a service, webhooks need the account's auth token itself: leave out "
                                            "api-key or webhook-listen in %1.")
                                 .arg(out->configPath));
            return ExitUsage;
        }
    }
    return std::nullopt;
}

} // namespace

bool loadRunSettings(const QStringList &arguments, RunPurpose purpose, RunSettings *settings, int *exitCode)
{
    const std::optional<int> code = load(arguments, purpose, settings);
    if (code)
        *exitCode = *code;
    return !code;
}

} // namespace Rebound::Cli
