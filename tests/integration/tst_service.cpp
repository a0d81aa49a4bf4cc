// rebound-cli as an always-on service: the configuration file, secrets in
// files, the health endpoint, the rotated log file and the systemd unit, all
// through the real binary against a "rebound-cli sandbox" on loopback.
#include "clirun.h"
#include "sandboxprocess.h"

#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Rebound::Core;

namespace {

const QString kToken = QStringLiteral("tok-5ecret-svc-4417");

using Run = Rebound::Test::CliRun;

QProcessEnvironment environmentWithoutToken()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("REBOUND_AUTH_TOKEN"));
    env.remove(QStringLiteral("CREDENTIALS_DIRECTORY"));
    return env;
}

Run cli(const QStringList &args, const QString &workingDir = QString())
{
    return Rebound::Test::runCli(args, environmentWithoutToken(), workingDir, 60000);
}

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text.trimmed()).object();
}

bool writeFile(const QString &path, const QByteArray &content,
               QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size()
        && f.setPermissions(permissions);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

#ifdef Q_OS_LINUX
// The local addresses listening on TCP `port`, as the kernel lists them
// ("0100007F" is 127.0.0.1, "00000000" every interface).
QStringList listeningAddresses(quint16 port)
{
    QStringList out;
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        const QList<QByteArray> rows = readFile(QString::fromLatin1(table)).split('\n');
        for (const QByteArray &row : rows) {
            const QList<QByteArray> cells = row.simplified().split(' ');
            // sl local_address rem_address st ...; st 0A is LISTEN
            if (cells.size() < 4 || cells.at(3) != "0A")
                continue;
            const QList<QByteArray> local = cells.at(1).split(':');
            if (local.size() == 2 && local.at(1).toUShort(nullptr, 16) == port)
                out.append(QString::fromLatin1(local.at(0)));
        }
    }
    return out;
}
#endif

// A running engine; stopped (and checked to stop cleanly) when it goes.
struct Engine
{
    QProcess process;
    QByteArray out;

    bool outputContains(const QByteArray &needle)
    {
        out += process.readAllStandardOutput();
        return out.contains(needle);
    }
    int stop()
    {
        process.terminate();
        if (!process.waitForFinished(15000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        out += process.readAllStandardOutput();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    ~Engine()
    {
        if (process.state() != QProcess::NotRunning)
            stop();
    }
};

} // namespace

class TestService final : public QObject
{
    Q_OBJECT

    Rebound::Test::SandboxProcess m_sandbox;
    QString m_baseUrl;
    QNetworkAccessManager m_nam;

    std::unique_ptr<Engine> startEngine(const QStringList &args, const QString &credentialsDir = QString())
    {
        auto engine = std::make_unique<Engine>();
        QProcessEnvironment env = environmentWithoutToken();
        if (!credentialsDir.isEmpty())
            env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentialsDir);
        engine->process.setProcessEnvironment(env);
        engine->process.start(QStringLiteral(REBOUND_CLI_PATH), QStringList{QStringLiteral("run")} + args);
        return engine;
    }

    // The configuration every test starts from: what reaches the sandbox.
    QByteArray baseConfig(const QString &tokenFile, const QString &db) const
    {
        return QStringLiteral("account-sid = %1\n[engine]\nbase-url = %2\nnumber = %3\ndb = %4\n"
                              "auth-token-file = %5\npoll-interval = 0.2\n")
            .arg(QString::fromLatin1(SandboxServer::demoAccountSid), m_baseUrl,
                 QString::fromLatin1(SandboxServer::demoBusinessNumber), db, tokenFile)
            .toUtf8();
    }

    struct Answer
    {
        int status = 0;
        QByteArray body;
    };
    Answer http(const QByteArray &method, const QString &url)
    {
        QNetworkReply *reply = m_nam.sendCustomRequest(QNetworkRequest(QUrl(url)), method);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return a;
    }
    QJsonObject health(quint16 port, int *status = nullptr)
    {
        const Answer a = http("GET", QStringLiteral("http://127.0.0.1:%1/health").arg(port));
        if (status)
            *status = a.status;
        return json(a.body);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(kToken, &error), qPrintable(error));
        m_baseUrl = m_sandbox.baseUrl();
    }

    void cleanupTestCase() { QVERIFY(m_sandbox.stop()); }

    void config_everyKindOfKeyDrivesTheEngine()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("token")), kToken.toUtf8() + '\n'));
        const quint16 healthPort = freePort();
        const quint16 webhookPort = freePort();
        // Relative paths are the file's folder's; "number" is a comma list;
        // keys sit at the top and in [engine]; a quoted value keeps its commas.
        const QByteArray config =
            QStringLiteral("account-sid = %1\nbusiness-name = Ace Roofing\n"
                           "[engine]\nbase-url = %2\nnumber = %3, +15125550123:dial\nwiring = forwarded\n"
                           "db = data/engine.sqlite\nauth-token-file = token\npoll-interval = 0.5\n"
                           "owner-cell = (512) 555-0199\ntrade = roofing\ntime-zone = America/Chicago\n"
                           "hours = 24/7\nwindow-hours = 24\ncatch-up-minutes = 15\nlist-lag = 30\n"
                           "webhook-listen = %4\nwebhook-url = https://hooks.example.com/rebound\n"
                           "health-listen = 127.0.0.1:%5\nlog-format = json\nlog-file = logs/engine.log\n"
                           "log-max-size = 10M\nlog-keep = 3\n"
                           "llm-url = http://127.0.0.1:9/v1/chat/completions\nllm-model = house-model\n")
                .arg(QString::fromLatin1(SandboxServer::demoAccountSid), m_baseUrl,
                     QString::fromLatin1(SandboxServer::demoBusinessNumber))
                .arg(webhookPort)
                .arg(healthPort)
                .toUtf8();
        QVERIFY(writeFile(dir.filePath(QStringLiteral("rebound.conf")), config));
        auto engine = startEngine({QStringLiteral("--config"), dir.filePath(QStringLiteral("rebound.conf"))});
        QVERIFY(engine->process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(engine->outputContains("\"event\":\"engine_started\""), 10000);
        const QString caller = QStringLiteral("+15125550171");
        m_sandbox.placeMissedCall(caller);
        QTRY_VERIFY_WITH_TIMEOUT(engine->outputContains("\"to\":\"" + caller.toUtf8() + '"')
                                     && engine->out.contains("\"event\":\"text_sent\""),
                                 15000);
        // Both numbers, each wired as the file says.
        QJsonObject started;
        for (const QByteArray &line : engine->out.split('\n')) {
            if (json(line).value(QStringLiteral("event")).toString() == QLatin1String("engine_started"))
                started = json(line);
        }
        const QJsonArray lines = started.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1).toObject().value(QStringLiteral("wiring")).toString(), QStringLiteral("dial"));
        QCOMPARE(health(healthPort).value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
#ifdef Q_OS_LINUX
        // A port alone listens on loopback only: nothing outside this machine reaches it.
        QCOMPARE(listeningAddresses(webhookPort), QStringList{QStringLiteral("0100007F")});
#endif
        QCOMPARE(engine->stop(), 0);
        const QStringList bodies = m_sandbox.bodiesTo(caller);
        QCOMPARE(bodies.size(), 1);
        QVERIFY2(bodies.front().contains(QStringLiteral("Ace Roofing")), qPrintable(bodies.front()));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("data/engine.sqlite"))).isFile());
        const QByteArray log = readFile(dir.filePath(QStringLiteral("logs/engine.log")));
        QVERIFY(log.contains("\"event\":\"text_sent\""));
        QVERIFY(!QByteArray(engine->out + engine->process.readAllStandardError() + log).contains(kToken.toUtf8()));
    }

    void config_commandLineOverridesTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("token")), kToken.toUtf8()));
        // Values the command line replaces are not even read: this file alone is refused.
        QByteArray config = baseConfig(dir.filePath(QStringLiteral("token")), dir.filePath(QStringLiteral("e.sqlite")));
        config.replace("number = ", "number = 12, ");
        config += "trade = pigeon\nlog-format = text\nhours = Mon-Fri 7am-6pm, Sat 8am-noon\n";
        const QString path = dir.filePath(QStringLiteral("rebound.conf"));
        QVERIFY(writeFile(path, config));
        QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("--config"), path}).exitCode, 2);

        auto engine = startEngine({QStringLiteral("--config"), path, QStringLiteral("--trade"),
                                   QStringLiteral("roofing"), QStringLiteral("--log-format"), QStringLiteral("json"),
                                   QStringLiteral("--number"), QString::fromLatin1(SandboxServer::demoBusinessNumber)});
        QTRY_VERIFY_WITH_TIMEOUT(engine->outputContains("engine_started"), 10000);
        QCOMPARE(engine->stop(), 0);
        const QJsonObject first = json(engine->out.left(engine->out.indexOf('\n')));
        QCOMPARE(first.value(QStringLiteral("event")).toString(), QStringLiteral("engine_started")); // JSON, not text
        const QJsonArray lines = first.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 1); // the command line's numbers replace the file's
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("number")).toString(),
                 QString::fromLatin1(SandboxServer::demoBusinessNumber));

        // A bad value on the command line is the command line's, not the file's.
        const Run r = cli({QStringLiteral("run"), QStringLiteral("--config"), path, QStringLiteral("--trade"),
                           QStringLiteral("roofing"), QStringLiteral("--number"),
                           QString::fromLatin1(SandboxServer::demoBusinessNumber), QStringLiteral("--poll-interval"),
                           QStringLiteral("fast")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--poll-interval"));
        QVERIFY(!r.err.contains(path.toUtf8()));
    }

    void config_mistakesAreUsageErrorsNamingFileAndKey_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("unknown key") << QByteArray("pol-interval = 3\n") << QByteArray("\"pol-interval\"");
        QTest::newRow("unknown section") << QByteArray("[other]\ntrade = hvac\n") << QByteArray("[other]");
        QTest::newRow("the file naming a file") << QByteArray("config = other.conf\n") << QByteArray("\"config\"");
        QTest::newRow("bad value") << QByteArray("window-hours = a day\n") << QByteArray("key \"window-hours\"");
        QTest::newRow("bad number") << QByteArray("owner-cell = 12\n") << QByteArray("key \"owner-cell\"");
        QTest::newRow("bad health address")
            << QByteArray("health-listen = here\n") << QByteArray("key \"health-listen\"");
        QTest::newRow("bad log size") << QByteArray("log-max-size = 10X\n") << QByteArray("key \"log-max-size\"");
        QTest::newRow("bad database URL")
            << QByteArray("db = postgresql://rebound@db.example.com/x?colour=blue\n") << QByteArray("key \"db\"");
        QTest::newRow("missing token file")
            << QByteArray("auth-token-file = nowhere\n") << QByteArray("key \"auth-token-file\"");
    }

    void config_mistakesAreUsageErrorsNamingFileAndKey()
    {
        QFETCH(QByteArray, extra);
        QFETCH(QByteArray, mentions);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("token")), kToken.toUtf8()));
        QByteArray config = baseConfig(dir.filePath(QStringLiteral("token")), dir.filePath(QStringLiteral("e.sqlite")));
        // A key the base sets is commented out there, so the row's value is the one read.
        const QByteArray key = extra.left(extra.indexOf(" ="));
        if (key == "db" || key == "auth-token-file")
            config.replace(QByteArray('\n' + key + " ="), QByteArray("\n; " + key + " ="));
        config += extra;
        const QString path = dir.filePath(QStringLiteral("rebound.conf"));
        QVERIFY(writeFile(path, config));
        const Run r = cli({QStringLiteral("run"), QStringLiteral("--config"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains(mentions), r.err.constData());
        QCOMPARE(r.err.trimmed().count('\n'), 0);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("e.sqlite")))); // refused before anything ran
    }

    void config_missingFileIsAUsageError()
    {
        const Run r = cli({QStringLiteral("run"), QStringLiteral("--config"), QStringLiteral("/nonexistent/r.conf")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("/nonexistent/r.conf"));
    }

    void tokenFile_othersMayNotReadIt()
    {
        QTemporaryDir dir;
        const QString token = dir.filePath(QStringLiteral("token"));
        QVERIFY(writeFile(token, kToken.toUtf8() + '\n',
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                              | QFileDevice::ReadOther));
        const QStringList args{QStringLiteral("--account-sid"),
                               QString::fromLatin1(SandboxServer::demoAccountSid),
                               QStringLiteral("--base-url"),
                               m_baseUrl,
                               QStringLiteral("--number"),
                               QString::fromLatin1(SandboxServer::demoBusinessNumber),
                               QStringLiteral("--db"),
                               dir.filePath(QStringLiteral("e.sqlite")),
                               QStringLiteral("--poll-interval"),
                               QStringLiteral("0.2"),
                               QStringLiteral("--auth-token-file"),
                               token};
        const Run refused = cli(QStringList{QStringLiteral("run")} + args);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("chmod 600"), refused.err.constData());
        QVERIFY(!QByteArray(refused.out + refused.err).contains(kToken.toUtf8()));

        // Private, the token (less its newline) signs in: polls succeed.
        QVERIFY(QFile::setPermissions(token, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const quint16 port = freePort();
        const QString log = dir.filePath(QStringLiteral("engine.log"));
        auto engine = startEngine(
            args
            + QStringList{QStringLiteral("--health-listen"), QString::number(port), QStringLiteral("--log-file"), log});
        // Ok from the start (a starting engine is not unwell), then a poll that succeeded.
        QTRY_COMPARE_WITH_TIMEOUT(health(port).value(QStringLiteral("status")).toString(), QStringLiteral("ok"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!health(port).value(QStringLiteral("last_successful_poll_at")).isNull(), 10000);
        QCOMPARE(engine->stop(), 0);
        const QByteArray err = engine->process.readAllStandardError();
        QVERIFY(!QByteArray(engine->out + err + readFile(log)).contains(kToken.toUtf8()));
    }

    void tokenFile_systemdCredentialWins()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("credentials")));
        // The file the configuration names holds a stale token; systemd hands over the right one.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("token")), "stale-token"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("credentials/auth-token")), kToken.toUtf8() + '\n'));
        const quint16 port = freePort();
        QByteArray config = baseConfig(dir.filePath(QStringLiteral("token")), dir.filePath(QStringLiteral("e.sqlite")));
        config += "health-listen = " + QByteArray::number(port) + '\n';
        QVERIFY(writeFile(dir.filePath(QStringLiteral("rebound.conf")), config));
        auto engine = startEngine({QStringLiteral("--config"), dir.filePath(QStringLiteral("rebound.conf"))},
                                  dir.filePath(QStringLiteral("credentials")));
        QTRY_COMPARE_WITH_TIMEOUT(health(port).value(QStringLiteral("status")).toString(), QStringLiteral("ok"), 10000);
        QCOMPARE(engine->stop(), 0);
    }

    void health_okForTheHolderStandbyForTheOther()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("token")), kToken.toUtf8()));
        const QByteArray config =
            baseConfig(dir.filePath(QStringLiteral("token")), dir.filePath(QStringLiteral("shared.sqlite")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("rebound.conf")), config));
        const quint16 portA = freePort();
        auto first = startEngine({QStringLiteral("--config"), dir.filePath(QStringLiteral("rebound.conf")),
                                  QStringLiteral("--health-listen"), QStringLiteral("127.0.0.1:%1").arg(portA)});
        QTRY_VERIFY_WITH_TIMEOUT(first->outputContains("lease_acquired"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(health(portA).value(QStringLiteral("status")).toString(), QStringLiteral("ok"),
                                  10000);
        QTRY_VERIFY_WITH_TIMEOUT(!health(portA).value(QStringLiteral("last_successful_poll_at")).isNull(), 10000);
        int status = 0;
        const QJsonObject a = health(portA, &status);
        QCOMPARE(status, 200);
        QCOMPARE(a.value(QStringLiteral("version")).toString(), QStringLiteral(REBOUND_VERSION));
        QVERIFY(QDateTime::fromString(a.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(QDateTime::fromString(a.value(QStringLiteral("last_poll_at")).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(QDateTime::fromString(a.value(QStringLiteral("last_successful_poll_at")).toString(), Qt::ISODateWithMs)
                    .isValid());
        QVERIFY(a.value(QStringLiteral("queued_sends")).isDouble());
        const QJsonObject leaseA = a.value(QStringLiteral("lease")).toObject();
        QCOMPARE(leaseA.value(QStringLiteral("holding")).toBool(), true);
        const QString holder = leaseA.value(QStringLiteral("holder")).toString();
        QVERIFY(holder.contains(QString::number(first->process.processId())));
        QVERIFY(
            QDateTime::fromString(leaseA.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs).isValid());

        const quint16 portB = freePort();
        auto second = startEngine({QStringLiteral("--config"), dir.filePath(QStringLiteral("rebound.conf")),
                                   QStringLiteral("--health-listen"), QStringLiteral("127.0.0.1:%1").arg(portB)});
        QTRY_VERIFY_WITH_TIMEOUT(second->outputContains("engine_standby"), 10000);
        const QJsonObject b = health(portB, &status);
        QCOMPARE(status, 200);
        QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("standby"));
        QCOMPARE(b.value(QStringLiteral("lease")).toObject().value(QStringLiteral("holding")).toBool(), false);
        QCOMPARE(b.value(QStringLiteral("lease")).toObject().value(QStringLiteral("holder")).toString(), holder);
        QVERIFY(b.value(QStringLiteral("last_successful_poll_at")).isNull());

        QCOMPARE(http("GET", QStringLiteral("http://127.0.0.1:%1/metrics").arg(portA)).status, 404);
        QCOMPARE(http("POST", QStringLiteral("http://127.0.0.1:%1/health").arg(portA)).status, 405);
        const Answer head = http("HEAD", QStringLiteral("http://127.0.0.1:%1/health").arg(portA));
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());

        // The holder goes: the standby takes over and says so.
        QCOMPARE(first->stop(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(health(portB).value(QStringLiteral("status")).toString(), QStringLiteral("ok"),
                                  15000);
        QCOMPARE(second->stop(), 0);
    }

    void health_degradedWhenTheHolderCannotPoll()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("token")), "wrong-token"));
        const quint16 port = freePort();
        auto engine = startEngine(
            {QStringLiteral("--config"),
             [&] {
                 const QString path = dir.filePath(QStringLiteral("rebound.conf"));
                 writeFile(path,
                           baseConfig(dir.filePath(QStringLiteral("token")), dir.filePath(QStringLiteral("e.sqlite"))));
                 return path;
             }(),
             QStringLiteral("--health-listen"), QString::number(port)});
        QTRY_VERIFY_WITH_TIMEOUT(engine->outputContains("provider_error"), 10000);
        // Holding the lease, never polled successfully: fine at first, degraded
        // after three poll intervals (0.6 s) and ten seconds of grace.
        int status = 0;
        QCOMPARE(health(port, &status).value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QTRY_COMPARE_WITH_TIMEOUT(health(port, &status).value(QStringLiteral("status")).toString(),
                                  QStringLiteral("degraded"), 20000);
        QCOMPARE(status, 503);
        QCOMPARE(engine->stop(), 0);
    }

    void health_badAddressIsAUsageError()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("token")), kToken.toUtf8()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("rebound.conf")),
                          baseConfig(dir.filePath(QStringLiteral("token")), dir.filePath(QStringLiteral("e.sqlite")))));
        const Run r =
            cli({QStringLiteral("run"), QStringLiteral("--config"), dir.filePath(QStringLiteral("rebound.conf")),
                 QStringLiteral("--health-listen"), QStringLiteral("127.0.0.1:http")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--health-listen"));
    }

    void logFile_rotatesAndKeepsAtMostLogKeep()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("token")), kToken.toUtf8()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("rebound.conf")),
                          baseConfig(dir.filePath(QStringLiteral("token")), dir.filePath(QStringLiteral("e.sqlite")))));
        const QString log = dir.filePath(QStringLiteral("logs/engine.log"));
        // A first run that kept more leaves an engine.log.4 the next one clears.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("logs")));
        QVERIFY(writeFile(log + QStringLiteral(".4"), "old\n"));
        // One byte: each line is rotated out as soon as it is written.
        auto engine = startEngine({QStringLiteral("--config"), dir.filePath(QStringLiteral("rebound.conf")),
                                   QStringLiteral("--log-file"), log, QStringLiteral("--log-max-size"),
                                   QStringLiteral("1"), QStringLiteral("--log-keep"), QStringLiteral("2")});
        QTRY_VERIFY_WITH_TIMEOUT(engine->outputContains("lease_acquired"), 10000);
        const QString caller = QStringLiteral("+15125550172");
        m_sandbox.placeMissedCall(caller);
        QTRY_VERIFY_WITH_TIMEOUT(engine->outputContains("to=" + caller.toUtf8()), 15000);
        QCOMPARE(engine->stop(), 0);
        QVERIFY(engine->out.count('\n') >= 5);
        QVERIFY(QFileInfo::exists(log + QStringLiteral(".1")));
        QVERIFY(QFileInfo::exists(log + QStringLiteral(".2")));
        QVERIFY(!QFileInfo::exists(log + QStringLiteral(".3")));
        QVERIFY(!QFileInfo::exists(log + QStringLiteral(".4")));
        // The newest lines, in order, exactly as stdout had them.
        const QList<QByteArray> printed = engine->out.trimmed().split('\n');
        QCOMPARE(readFile(log + QStringLiteral(".1")).trimmed(), printed.at(printed.size() - 1));
        QCOMPARE(readFile(log + QStringLiteral(".2")).trimmed(), printed.at(printed.size() - 2));
        QVERIFY(readFile(log + QStringLiteral(".1")).contains("engine_stopped"));
        // Callers' numbers and texts: the logs and the database are the user's alone.
        const QStringList written{log + QStringLiteral(".1"), log + QStringLiteral(".2"),
                                  dir.filePath(QStringLiteral("e.sqlite"))};
        for (const QString &path : written) {
            const QFileDevice::Permissions others =
                QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
            QVERIFY2(!(QFile::permissions(path) & others), qPrintable(path));
        }
    }

    void logFile_keepsAppendingBelowTheLimit()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("token")), kToken.toUtf8()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("rebound.conf")),
                          baseConfig(dir.filePath(QStringLiteral("token")), dir.filePath(QStringLiteral("e.sqlite")))));
        const QString log = dir.filePath(QStringLiteral("engine.log"));
        for (int run = 0; run < 2; ++run) {
            auto engine = startEngine({QStringLiteral("--config"), dir.filePath(QStringLiteral("rebound.conf")),
                                       QStringLiteral("--log-file"), log, QStringLiteral("--log-format"),
                                       QStringLiteral("json"), QStringLiteral("--log-max-size"), QStringLiteral("1M")});
            QTRY_VERIFY_WITH_TIMEOUT(engine->outputContains("lease_acquired"), 10000);
            QCOMPARE(engine->stop(), 0);
        }
        QVERIFY(!QFileInfo::exists(log + QStringLiteral(".1")));
        const QList<QByteArray> lines = readFile(log).trimmed().split('\n');
        QCOMPARE(lines.count(QByteArray()), 0);
        int starts = 0;
        for (const QByteArray &line : lines) {
            QVERIFY2(!json(line).isEmpty(), line.constData());
            starts += json(line).value(QStringLiteral("event")).toString() == QLatin1String("engine_started");
        }
        QCOMPARE(starts, 2); // appended, not overwritten
    }

    void service_installStatusUninstall()
    {
        QTemporaryDir dir;
        const QString units = dir.filePath(QStringLiteral("units"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("units")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("token")), kToken.toUtf8()));
        const quint16 port = freePort();
        QByteArray config =
            baseConfig(QStringLiteral("token"), QStringLiteral("state/engine.sqlite")); // relative: the file's folder
        config += "health-listen = 127.0.0.1:" + QByteArray::number(port) + '\n';
        QVERIFY(writeFile(dir.filePath(QStringLiteral("rebound.conf")), config));

        // A broken configuration never becomes a unit.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("broken.conf")), config + "trade = pigeon\n"));
        Run r = cli({QStringLiteral("service"), QStringLiteral("install"), QStringLiteral("--unit-dir"), units,
                     QStringLiteral("--no-start"), QStringLiteral("--config"),
                     dir.filePath(QStringLiteral("broken.conf"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("trade"), r.err.constData());
        QVERIFY(!QFileInfo::exists(units + QStringLiteral("/rebound.service")));
        // Nor one whose token could only come from a shell's environment.
        QByteArray noToken = config;
        noToken.replace("auth-token-file", "; auth-token-file");
        QVERIFY(writeFile(dir.filePath(QStringLiteral("notoken.conf")), noToken));
        r = cli({QStringLiteral("service"), QStringLiteral("install"), QStringLiteral("--unit-dir"), units,
                 QStringLiteral("--no-start"), QStringLiteral("--config"),
                 dir.filePath(QStringLiteral("notoken.conf"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("auth-token-file"));
        QVERIFY(!QFileInfo::exists(units + QStringLiteral("/rebound.service")));

        // A relative --config is made absolute for the unit.
        r = cli({QStringLiteral("service"), QStringLiteral("install"), QStringLiteral("--unit-dir"), units,
                 QStringLiteral("--no-start"), QStringLiteral("--config"), QStringLiteral("rebound.conf")},
                dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray unit = readFile(units + QStringLiteral("/rebound.service"));
        const QString program = QFileInfo(QStringLiteral(REBOUND_CLI_PATH)).canonicalFilePath();
        const QString configPath = QFileInfo(dir.filePath(QStringLiteral("rebound.conf"))).absoluteFilePath();
        QVERIFY2(unit.contains(QStringLiteral("\nExecStart=%1 run --config %2\n").arg(program, configPath).toUtf8()),
                 unit.constData());
        QVERIFY(unit.contains(
            QByteArray("\nLoadCredential=auth-token:" + dir.filePath(QStringLiteral("token")).toUtf8() + '\n')));
        QVERIFY(unit.contains(QByteArray("\nReadWritePaths=" + dir.filePath(QStringLiteral("state")).toUtf8() + '\n')));
        for (const char *line :
             {"Restart=always", "RestartSec=2", "After=network-online.target", "Wants=network-online.target",
              "StateDirectory=rebound", "LogsDirectory=rebound", "NoNewPrivileges=yes", "ProtectSystem=strict",
              "ProtectHome=yes", "PrivateTmp=yes", "WantedBy=multi-user.target"})
            QVERIFY2(unit.contains(QByteArray('\n' + QByteArray(line) + '\n')), line);
        QVERIFY(!unit.contains("User="));
        QVERIFY(!unit.contains("postgresql.service"));
        QVERIFY(!QByteArray(unit + r.out + r.err).contains(kToken.toUtf8()));

        // Installed; the engine is not running yet, so its health does not answer.
        r = cli({QStringLiteral("service"), QStringLiteral("status"), QStringLiteral("--unit-dir"), units,
                 QStringLiteral("--json")});
        QJsonObject status = json(r.out);
        QCOMPARE(status.value(QStringLiteral("installed")).toBool(), true);
        QCOMPARE(status.value(QStringLiteral("config")).toString(), configPath);
        QCOMPARE(status.value(QStringLiteral("database")).toString(),
                 dir.filePath(QStringLiteral("state/engine.sqlite")));
        QCOMPARE(status.value(QStringLiteral("health_status")).toInt(), 0);
        QCOMPARE(r.exitCode, 1);
        // Run as the unit would: status shows the engine's own health answer.
        auto engine = startEngine({QStringLiteral("--config"), configPath});
        QTRY_VERIFY_WITH_TIMEOUT(engine->outputContains("lease_acquired"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(json(cli({QStringLiteral("service"), QStringLiteral("status"),
                                           QStringLiteral("--unit-dir"), units, QStringLiteral("--json")})
                                          .out)
                                         .value(QStringLiteral("health"))
                                         .toObject()
                                         .value(QStringLiteral("status"))
                                         .toString()
                                     == QLatin1String("ok"),
                                 10000);
        QCOMPARE(engine->stop(), 0);

        r = cli({QStringLiteral("service"), QStringLiteral("uninstall"), QStringLiteral("--unit-dir"), units,
                 QStringLiteral("--no-start")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QFileInfo::exists(units + QStringLiteral("/rebound.service")));
        QVERIFY(QFileInfo::exists(configPath)); // the configuration stays
        r = cli({QStringLiteral("service"), QStringLiteral("status"), QStringLiteral("--unit-dir"), units,
                 QStringLiteral("--json")});
        QCOMPARE(json(r.out).value(QStringLiteral("installed")).toBool(), false);
        QCOMPARE(r.exitCode, 1);
        r = cli({QStringLiteral("service"), QStringLiteral("uninstall"), QStringLiteral("--unit-dir"), units,
                 QStringLiteral("--no-start")});
        QCOMPARE(r.exitCode, 1);
    }

    void service_userAndPostgresShapeTheUnit()
    {
        QTemporaryDir dir;
        const QString units = dir.filePath(QStringLiteral("units"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("units")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("token")), kToken.toUtf8()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("dbpass")), "pg-pa55word\n"));
        QByteArray config = baseConfig(dir.filePath(QStringLiteral("token")),
                                       QStringLiteral("postgresql://rebound@localhost:5432/rebound?sslmode=require"));
        config += "db-password-file = dbpass\n";
        QVERIFY(writeFile(dir.filePath(QStringLiteral("rebound.conf")), config));
        const Run r = cli({QStringLiteral("service"), QStringLiteral("install"), QStringLiteral("--unit-dir"), units,
                           QStringLiteral("--no-start"), QStringLiteral("--user"), QStringLiteral("root"),
                           QStringLiteral("--config"), dir.filePath(QStringLiteral("rebound.conf"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray unit = readFile(units + QStringLiteral("/rebound.service"));
        QVERIFY(unit.contains("\nUser=root\n"));
        QVERIFY(unit.contains("\nAfter=network-online.target postgresql.service\n"));
        QVERIFY(unit.contains(
            QByteArray("\nLoadCredential=db-password:" + dir.filePath(QStringLiteral("dbpass")).toUtf8() + '\n')));
        QVERIFY(!unit.contains("ReadWritePaths="));
        QVERIFY(!QByteArray(unit + r.out + r.err).contains("pg-pa55word"));
    }
};

QTEST_GUILESS_MAIN(TestService)
#include "tst_service.moc"
