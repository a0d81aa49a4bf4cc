#include "servicecommand.h"

#include "clioutput.h"
#include "runconfig.h"
#include "runsettings.h"

#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpSocket>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Rebound::Cli {

namespace {

const char *const kUsage = R"(Usage: rebound-cli service COMMAND [OPTIONS]

Runs "rebound-cli run --config PATH" as an always-on systemd service.

Commands:
  install --config PATH [--user NAME] [--unit-dir DIR] [--no-start]
          Check the configuration as "run" would, write rebound.service
          (into /etc/systemd/system unless --unit-dir), then
          "systemctl daemon-reload" and "systemctl enable --now" it.
  uninstall [--unit-dir DIR] [--no-start]
          Disable and stop the service, and remove its unit.
  status [--unit-dir DIR] [--json]
          Whether the unit is installed, whether systemd runs it, and the
          engine's /health answer when its configuration has health-listen.
          Exit code 0 when installed and well, 1 otherwise.

--no-start leaves systemctl alone (for packaging or a unit folder of your own).
)";

#ifndef Q_OS_LINUX
const char *const kElsewhere = R"(rebound-cli service drives systemd and works on Linux only.

Windows: a scheduled task starts the engine at boot as SYSTEM and restarts it:
  schtasks /Create /XML installer\windows\rebound-engine-task.xml /TN Rebound
  (configuration in C:\ProgramData\Rebound\rebound.conf; see installer\windows\README.txt)
macOS: a LaunchDaemon keeps it running:
  sudo cp installer/macos/com.rebound.engine.plist /Library/LaunchDaemons/
  sudo launchctl bootstrap system /Library/LaunchDaemons/com.rebound.engine.plist
  (configuration in /Library/Application Support/Rebound/rebound.conf)
)";
#endif

const QString kUnitName = QStringLiteral("rebound.service");
const QString kDefaultUnitDir = QStringLiteral("/etc/systemd/system");

#ifdef Q_OS_LINUX

// One word of ExecStart=: systemd splits on spaces, honours double quotes with
// C escapes, and expands % specifiers and $ variables.
QString systemdWord(QString word)
{
    word.replace(QLatin1Char('%'), QStringLiteral("%%")).replace(QLatin1Char('$'), QStringLiteral("$$"));
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./$-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    word.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + word + QLatin1Char('"');
}

bool isLocalHost(const QString &host)
{
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1")
        || host.startsWith(QLatin1Char('/')); // a Unix socket folder
}

QString unitText(const RunSettings &settings, const QString &user, QStringList *writableFolders)
{
    const QString program = QCoreApplication::applicationFilePath();
    const QString &db = settings.engine.databasePath;
    const bool postgres = Core::Database::isPostgresUrl(db);
    QStringList after{QStringLiteral("network-online.target")};
    if (postgres && isLocalHost(QUrl(db).host()))
        after.append(QStringLiteral("postgresql.service"));
    // ProtectSystem=strict makes the whole file system read-only to the
    // engine but for these (and its StateDirectory and LogsDirectory).
    if (!postgres)
        writableFolders->append(QFileInfo(db).absolutePath());
    if (!settings.logFile.isEmpty())
        writableFolders->append(QFileInfo(settings.logFile).absolutePath());
    writableFolders->removeDuplicates();

    QStringList lines{
        QStringLiteral("# Written by \"rebound-cli service install\"; rewrite it with that command."),
        QStringLiteral("[Unit]"),
        QStringLiteral("Description=Rebound missed-call text-back engine"),
        QStringLiteral("Wants=network-online.target"),
        QStringLiteral("After=%1").arg(after.join(QLatin1Char(' '))),
        QString(),
        QStringLiteral("[Service]"),
        QStringLiteral("Type=simple"),
        QStringLiteral("ExecStart=%1 run --config %2").arg(systemdWord(program), systemdWord(settings.configPath)),
        QStringLiteral("Restart=always"),
        QStringLiteral("RestartSec=2"),
        // Exit code 2 is a configuration error: restarting cannot mend it.
        QStringLiteral("RestartPreventExitStatus=2"),
    };
    if (!user.isEmpty())
        lines.append(QStringLiteral("User=%1").arg(user));
    lines += {
        QStringLiteral("StateDirectory=rebound"), QStringLiteral("LogsDirectory=rebound"),
        QStringLiteral("NoNewPrivileges=yes"),    QStringLiteral("ProtectSystem=strict"),
        QStringLiteral("ProtectHome=yes"),        QStringLiteral("PrivateTmp=yes"),
    };
    for (const QString &folder : std::as_const(*writableFolders))
        lines.append(QStringLiteral("ReadWritePaths=%1").arg(systemdWord(folder)));
    // systemd reads the secrets as root and hands them to the engine in
    // $CREDENTIALS_DIRECTORY, so the files can stay root's alone.
    if (!settings.authTokenFile.isEmpty())
        lines.append(QStringLiteral("LoadCredential=auth-token:%1").arg(settings.authTokenFile));
    if (!settings.dbPasswordFile.isEmpty())
        lines.append(QStringLiteral("LoadCredential=db-password:%1").arg(settings.dbPasswordFile));
    lines += {QString(), QStringLiteral("[Install]"), QStringLiteral("WantedBy=multi-user.target"), QString()};
    return lines.join(QLatin1Char('\n'));
}

// Runs systemctl; false with a sentence printed when it fails.
bool systemctl(const QStringList &arguments, QString *output = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("systemctl"), arguments);
    if (!p.waitForFinished(60000)) {
        printError(
            QStringLiteral("systemctl %1 did not finish: %2.").arg(arguments.join(QLatin1Char(' ')), p.errorString()));
        p.kill();
        return false;
    }
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (!output)
            printError(
                QStringLiteral("systemctl %1 failed: %2")
                    .arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError()).trimmed()));
        return false;
    }
    return true;
}

// systemctl is needed, and root to use it for the system's services.
bool canDriveSystemd()
{
    if (QStandardPaths::findExecutable(QStringLiteral("systemctl")).isEmpty()) {
        printError(QStringLiteral("systemctl is not on this system (no systemd?); use --no-start and start "
                                  "\"rebound-cli run --config PATH\" another way."));
        return false;
    }
    if (::geteuid() != 0) {
        printError(QStringLiteral("Managing a system service needs root: run this with sudo."));
        return false;
    }
    return true;
}

bool canWriteUnitDir(const QString &dir)
{
    const QFileInfo info(dir);
    if (!info.isDir()) {
        printError(QStringLiteral("The unit folder %1 does not exist.").arg(dir));
        return false;
    }
    if (!info.isWritable()) {
        printError(::geteuid() == 0 ? QStringLiteral("Cannot write to the unit folder %1.").arg(dir)
                                    : QStringLiteral("Cannot write to %1: run this with sudo.").arg(dir));
        return false;
    }
    return true;
}

int install(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Installs the engine as the systemd service rebound.service."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("config"), QStringLiteral("The engine's configuration file (see rebound-cli run --help)."),
         QStringLiteral("PATH")},
        {QStringLiteral("user"), QStringLiteral("The user the engine runs as (default root)."), QStringLiteral("NAME")},
        {QStringLiteral("unit-dir"), QStringLiteral("Where to write the unit (default /etc/systemd/system)."),
         QStringLiteral("DIR"), kDefaultUnitDir},
        {QStringLiteral("no-start"), QStringLiteral("Write the unit only; run no systemctl.")},
    });
    int exitCode = ExitOk;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;
    const QString config = parser.value(QStringLiteral("config"));
    if (config.isEmpty()) {
        printError(QStringLiteral("--config is required: the file the service runs the engine with."));
        return ExitUsage;
    }
    const QString user = parser.value(QStringLiteral("user"));
    static const QRegularExpression userName(QStringLiteral("^[a-z_][a-z0-9_-]{0,31}$"));
    if (parser.isSet(QStringLiteral("user")) && !userName.match(user).hasMatch()) {
        printError(QStringLiteral("--user \"%1\" is not a user name.").arg(user));
        return ExitUsage;
    }
    const bool start = !parser.isSet(QStringLiteral("no-start"));

    // The configuration is loaded exactly as the service will load it, so a
    // broken one is refused here instead of restarting forever.
    RunSettings settings;
    const QString absoluteConfig = QFileInfo(config).absoluteFilePath();
    if (!loadRunSettings({arguments.constFirst(), QStringLiteral("--config"), absoluteConfig}, RunPurpose::Install,
                         &settings, &exitCode))
        return exitCode == ExitOk ? ExitUsage : exitCode;

    const QString unitDir = QDir::cleanPath(parser.value(QStringLiteral("unit-dir")));
    if ((start && !canDriveSystemd()) || !canWriteUnitDir(unitDir))
        return ExitFailure;
    struct passwd *account = nullptr;
    if (!user.isEmpty() && !(account = ::getpwnam(user.toLocal8Bit().constData()))) {
        printError(QStringLiteral("There is no user \"%1\" on this system; create it first (e.g. useradd --system "
                                  "--no-create-home %1).")
                       .arg(user));
        return ExitUsage;
    }

    QStringList folders;
    const QString text = unitText(settings, user, &folders);
    // ReadWritePaths= must exist when the service starts.
    for (const QString &folder : std::as_const(folders)) {
        if (QFileInfo(folder).isDir())
            continue;
        if (!QDir().mkpath(folder)) {
            printError(QStringLiteral("Cannot create the folder %1 the engine writes to.").arg(folder));
            return ExitFailure;
        }
        if (account && ::chown(QFile::encodeName(folder).constData(), account->pw_uid, account->pw_gid) != 0)
            printError(
                QStringLiteral("Warning: cannot give %1 to %2; the engine may not write there.").arg(folder, user));
    }
    const QString unitPath = QDir(unitDir).absoluteFilePath(kUnitName);
    QSaveFile file(unitPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        printError(QStringLiteral("Cannot write %1: %2.").arg(unitPath, file.errorString()));
        return ExitFailure;
    }
    QFile::setPermissions(
        unitPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    std::printf("Wrote %s (rebound-cli run --config %s).\n", qPrintable(unitPath), qPrintable(settings.configPath));
    if (!start) {
        std::printf("Not started: run \"systemctl daemon-reload\" and \"systemctl enable --now %s\".\n",
                    qPrintable(kUnitName));
        return ExitOk;
    }
    if (!systemctl({QStringLiteral("daemon-reload")})
        || !systemctl({QStringLiteral("enable"), QStringLiteral("--now"), kUnitName}))
        return ExitFailure;
    std::printf("Started %s; follow it with: journalctl -u rebound -f\n", qPrintable(kUnitName));
    return ExitOk;
}

int uninstall(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Stops, disables and removes rebound.service."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("unit-dir"), QStringLiteral("Where the unit is (default /etc/systemd/system)."),
         QStringLiteral("DIR"), kDefaultUnitDir},
        {QStringLiteral("no-start"), QStringLiteral("Remove the unit only; run no systemctl.")},
    });
    int exitCode = ExitOk;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;
    const bool drive = !parser.isSet(QStringLiteral("no-start"));
    const QString unitPath = QDir(parser.value(QStringLiteral("unit-dir"))).filePath(kUnitName);
    if (!QFileInfo::exists(unitPath)) {
        printError(QStringLiteral("The service is not installed: there is no %1.").arg(unitPath));
        return ExitFailure;
    }
    if (drive && (!canDriveSystemd() || !systemctl({QStringLiteral("disable"), QStringLiteral("--now"), kUnitName})))
        return ExitFailure;
    if (!QFile::remove(unitPath)) {
        printError(QStringLiteral("Cannot remove %1%2.")
                       .arg(unitPath, ::geteuid() == 0 ? QString() : QStringLiteral(": run this with sudo")));
        return ExitFailure;
    }
    if (drive && !systemctl({QStringLiteral("daemon-reload")}))
        return ExitFailure;
    std::printf("Removed %s; the configuration, database and logs are kept.\n", qPrintable(unitPath));
    return ExitOk;
}

// The --config path of the unit's ExecStart= line.
QString configOfUnit(const QString &unitPath)
{
    QFile file(unitPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression execStart(
        QStringLiteral("^ExecStart=.*\\s--config\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(\\S+))\\s*$"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = execStart.match(QString::fromUtf8(file.readAll()));
    if (!m.hasMatch())
        return {};
    QString path = m.captured(1).isNull() ? m.captured(2) : m.captured(1);
    path.replace(QStringLiteral("\\\""), QStringLiteral("\"")).replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
    return path.replace(QStringLiteral("%%"), QStringLiteral("%")).replace(QStringLiteral("$$"), QStringLiteral("$"));
}

// GET /health from the engine; the HTTP status, or 0 with *error.
int fetchHealth(const QHostAddress &address, quint16 port, QJsonObject *document, QString *error)
{
    QHostAddress target = address;
    if (target == QHostAddress::AnyIPv4 || target == QHostAddress::Any)
        target = QHostAddress::LocalHost;
    else if (target == QHostAddress::AnyIPv6)
        target = QHostAddress::LocalHostIPv6;
    QTcpSocket socket;
    socket.connectToHost(target, port);
    if (!socket.waitForConnected(3000)) {
        *error = socket.errorString();
        return 0;
    }
    socket.write("GET /health HTTP/1.1\r\nHost: " + target.toString().toLatin1() + "\r\nConnection: close\r\n\r\n");
    QByteArray response;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        response += socket.readAll();
    response += socket.readAll();
    const qsizetype end = response.indexOf("\r\n\r\n");
    const QList<QByteArray> statusLine = response.left(response.indexOf("\r\n")).split(' ');
    if (end < 0 || statusLine.size() < 2) {
        *error = QStringLiteral("no HTTP answer");
        return 0;
    }
    *document = QJsonDocument::fromJson(response.mid(end + 4)).object();
    return statusLine.at(1).toInt();
}

int status(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Whether rebound.service is installed, running and healthy."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("unit-dir"), QStringLiteral("Where the unit is (default /etc/systemd/system)."),
         QStringLiteral("DIR"), kDefaultUnitDir},
        {QStringLiteral("json"), QStringLiteral("One JSON object instead of text.")},
    });
    int exitCode = ExitOk;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;
    const QString unitPath = QDir(parser.value(QStringLiteral("unit-dir"))).absoluteFilePath(kUnitName);
    const bool installed = QFileInfo::exists(unitPath);
    QJsonObject report{{QStringLiteral("installed"), installed}, {QStringLiteral("unit_path"), unitPath}};
    bool well = installed;

    QJsonValue active = QJsonValue::Null;
    if (!QStandardPaths::findExecutable(QStringLiteral("systemctl")).isEmpty()) {
        QString state;
        systemctl({QStringLiteral("is-active"), kUnitName}, &state); // non-zero unless active
        // Empty when systemd does not run here (a container): unknown, not a failure.
        if (!state.isEmpty()) {
            active = state;
            well = well && state == QLatin1String("active");
        }
    }
    report.insert(QStringLiteral("active"), active);

    const QString config = installed ? configOfUnit(unitPath) : QString();
    report.insert(QStringLiteral("config"), config.isEmpty() ? QJsonValue::Null : QJsonValue(config));
    QJsonValue health = QJsonValue::Null;
    if (!config.isEmpty()) {
        const QSettings settings(config, QSettings::IniFormat);
        auto key = [&](const QString &name) {
            const QVariant v = settings.value(name, settings.value(QStringLiteral("engine/") + name));
            return v.typeId() == QMetaType::QStringList ? v.toStringList().join(QStringLiteral(", ")) : v.toString();
        };
        QString db = key(QStringLiteral("db"));
        if (!db.isEmpty() && !Core::Database::isPostgresUrl(db))
            db = QFileInfo(config).absoluteDir().absoluteFilePath(db); // as "run" reads it
        report.insert(QStringLiteral("database"),
                      db.isEmpty() ? QJsonValue::Null : QJsonValue(Core::Database::displayLocation(db)));
        const QString listen = key(QStringLiteral("health-listen"));
        QHostAddress address;
        quint16 port = 0;
        if (!listen.isEmpty() && parseListenAddress(listen, &address, &port, true)) {
            QJsonObject document;
            QString error;
            const int httpStatus = fetchHealth(address, port, &document, &error);
            report.insert(QStringLiteral("health_status"), httpStatus);
            if (httpStatus == 0)
                report.insert(QStringLiteral("health_error"), error);
            else
                health = document;
            well = well && httpStatus == 200;
        }
    }
    report.insert(QStringLiteral("health"), health);

    if (parser.isSet(QStringLiteral("json"))) {
        printJson(report);
    } else {
        std::printf("%s: %s\n", qPrintable(kUnitName),
                    installed ? qPrintable(QStringLiteral("installed at ") + unitPath) : "not installed");
        if (!active.isNull())
            std::printf("systemd: %s\n", qPrintable(active.toString()));
        if (!config.isEmpty())
            std::printf("configuration: %s\n", qPrintable(config));
        if (report.contains(QStringLiteral("health_status"))) {
            if (health.isObject())
                std::printf("health: %s (HTTP %d)\n",
                            qPrintable(health.toObject().value(QStringLiteral("status")).toString()),
                            report.value(QStringLiteral("health_status")).toInt());
            else
                std::printf("health: no answer (%s)\n",
                            qPrintable(report.value(QStringLiteral("health_error")).toString()));
        }
    }
    return well ? ExitOk : ExitFailure;
}

#endif // Q_OS_LINUX

} // namespace

int runService(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        std::fputs(kUsage, sub.isEmpty() ? stderr : stdout);
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
#ifdef Q_OS_LINUX
    QStringList rest{arguments.constFirst() + QLatin1Char(' ') + sub};
    rest += arguments.mid(2);
    if (sub == QLatin1String("install"))
        return install(rest);
    if (sub == QLatin1String("uninstall"))
        return uninstall(rest);
    if (sub == QLatin1String("status"))
        return status(rest);
    printError(QStringLiteral("Unknown service command \"%1\"; it is install, uninstall or status.").arg(sub));
    return ExitUsage;
#else
    std::fputs(kElsewhere, stderr);
    return ExitUsage;
#endif
}

} // namespace Rebound::Cli
