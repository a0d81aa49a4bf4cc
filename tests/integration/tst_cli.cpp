#include "clirun.h"
#include "sandboxprocess.h"

#include "provider/twilioclient.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <algorithm>

using namespace Rebound::Core;

namespace {

const QString kToken = QStringLiteral("tok-5ecret-cli-7781");

using Run = Rebound::Test::CliRun;

Run cli(const QStringList &args, const QString &token = kToken)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("REBOUND_AUTH_TOKEN"));
    if (!token.isEmpty())
        env.insert(QStringLiteral("REBOUND_AUTH_TOKEN"), token);
    return Rebound::Test::runCli(args, env, QString(), 60000);
}

QJsonObject json(const QByteArray &line)
{
    return QJsonDocument::fromJson(line.trimmed()).object();
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

    Rebound::Test::SandboxProcess m_sandbox;
    QString m_baseUrl;

    QStringList provider(const QStringList &rest) const
    {
        return rest
            + QStringList{QStringLiteral("--account-sid"), QString::fromLatin1(SandboxServer::demoAccountSid),
                          QStringLiteral("--base-url"), m_baseUrl};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(kToken, &error), qPrintable(error));
        m_baseUrl = m_sandbox.baseUrl();
    }

    void cleanupTestCase()
    {
        QVERIFY(m_sandbox.stop());
        const QByteArray rest =
            QByteArray(m_sandbox.process().readAllStandardOutput() + m_sandbox.process().readAllStandardError());
        QVERIFY(rest.contains("sandbox_stopped"));
        QVERIFY(!rest.contains(kToken.toUtf8()));
    }

    void version_printsTheVersion()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("rebound-cli " REBOUND_VERSION));
    }

    void unknownCommand_isAUsageError()
    {
        const Run r = cli({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed().count('\n'), 0);
    }

    void accountCheck_printsStatusAndNumbers()
    {
        const Run r = cli(provider({QStringLiteral("account"), QStringLiteral("check")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(o.value(QStringLiteral("account_sid")).toString(), QString::fromLatin1(SandboxServer::demoAccountSid));
        const QJsonArray numbers = o.value(QStringLiteral("numbers")).toArray();
        QCOMPARE(numbers.size(), 1);
        QCOMPARE(numbers.at(0).toObject().value(QStringLiteral("phone_number")).toString(),
                 QString::fromLatin1(SandboxServer::demoBusinessNumber));
        QVERIFY(!QByteArray(r.out + r.err).contains(kToken.toUtf8()));
    }

    void accountCheck_wrongTokenIsOneSentenceAndFailure()
    {
        const Run r =
            cli(provider({QStringLiteral("account"), QStringLiteral("check")}), QStringLiteral("wrong-token"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.trimmed().count('\n'), 0);
        QVERIFY(r.err.contains("credentials"));
        QVERIFY(!r.err.contains("wrong-token"));
    }

    void accountCheck_withoutTokenSaysWhereItGoes()
    {
        const Run r = cli(provider({QStringLiteral("account"), QStringLiteral("check")}), QString());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("REBOUND_AUTH_TOKEN"));
    }

    void accountCheck_unreachableServerFailsClearly()
    {
        const Run r = cli({QStringLiteral("account"), QStringLiteral("check"), QStringLiteral("--account-sid"),
                           QStringLiteral("AC1"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("Could not reach"));
    }

    void run_textsBackAMissedCallAndStopsCleanly()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("engine.sqlite"));
        QProcess engine;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REBOUND_AUTH_TOKEN"), kToken);
        engine.setProcessEnvironment(env);
        engine.start(QStringLiteral(REBOUND_CLI_PATH),
                     provider({QStringLiteral("run"), QStringLiteral("--number"),
                               QString::fromLatin1(SandboxServer::demoBusinessNumber), QStringLiteral("--db"), db,
                               QStringLiteral("--poll-interval"), QStringLiteral("0.5"), QStringLiteral("--log-format"),
                               QStringLiteral("json"), QStringLiteral("--business-name"), QStringLiteral("Ace Roofing"),
                               QStringLiteral("--trade"), QStringLiteral("roofing")}));
        QVERIFY(engine.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += engine.readAllStandardOutput()).contains("engine_started"), 10000);
        m_sandbox.control("POST", QStringLiteral("/sandbox/calls"),
                          R"({"from":"+15125550166","outcome":"missed","ring_ms":100})");
        QTRY_VERIFY_WITH_TIMEOUT((out += engine.readAllStandardOutput()).contains("text_sent"), 10000);
        engine.terminate();
        QVERIFY(engine.waitForFinished(10000));
        QCOMPARE(engine.exitStatus(), QProcess::NormalExit);
        QCOMPARE(engine.exitCode(), 0);
        out += engine.readAllStandardOutput();
        const QByteArray err = engine.readAllStandardError();
        QVERIFY(out.contains("engine_stopped"));
        QStringList types;
        for (const QByteArray &line : out.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject event = json(line);
            QVERIFY2(!event.isEmpty(), line.constData()); // every line is one JSON event
            types.append(event.value(QStringLiteral("event")).toString());
        }
        QVERIFY(types.contains(QStringLiteral("call_missed")));
        // The secret is nowhere: not in the output, the logs or the database files.
        QVERIFY(!QByteArray(out + err).contains(kToken.toUtf8()));
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(kToken.toUtf8()), qPrintable(name));
        }
    }

    void run_hoursChooseTheTemplate_data()
    {
        QTest::addColumn<QString>("hours");
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QString>("expected");
        // A weekday three days from today in the business's zone, so the date turning over mid-test cannot make
        // it today; the standard hours alone would give either text, depending on when the test runs.
        static const QStringList days{QStringLiteral("Mon"), QStringLiteral("Tue"), QStringLiteral("Wed"),
                                      QStringLiteral("Thu"), QStringLiteral("Fri"), QStringLiteral("Sat"),
                                      QStringLiteral("Sun")};
        const int today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/Chicago")).date().dayOfWeek();
        const QString otherDay = days.at((today - 1 + 3) % 7);
        QTest::newRow("open all week") << QStringLiteral("24/7") << QStringLiteral("+15125550161")
                                       << QStringLiteral("Sorry we missed your call!");
        QTest::newRow("open another day only")
            << QStringLiteral("%1 9am-5pm").arg(otherDay) << QStringLiteral("+15125550162")
            << QStringLiteral("We're closed right now");
    }

    void run_hoursChooseTheTemplate()
    {
        QFETCH(QString, hours);
        QFETCH(QString, caller);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QProcess engine;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REBOUND_AUTH_TOKEN"), kToken);
        engine.setProcessEnvironment(env);
        engine.start(QStringLiteral(REBOUND_CLI_PATH),
                     provider({QStringLiteral("run"), QStringLiteral("--number"),
                               QString::fromLatin1(SandboxServer::demoBusinessNumber), QStringLiteral("--db"),
                               dir.filePath(QStringLiteral("engine.sqlite")), QStringLiteral("--poll-interval"),
                               QStringLiteral("0.5"), QStringLiteral("--time-zone"), QStringLiteral("America/Chicago"),
                               QStringLiteral("--hours"), hours}));
        QVERIFY(engine.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += engine.readAllStandardOutput()).contains("engine_started"), 10000);
        m_sandbox.control("POST", QStringLiteral("/sandbox/calls"),
                          QStringLiteral(R"({"from":"%1","outcome":"missed","ring_ms":100})").arg(caller).toUtf8());
        // A fresh database also texts the calls earlier tests made moments ago: wait for this caller's.
        const QByteArray sentToCaller = "to=" + caller.toUtf8();
        auto textedCaller = [&] {
            out += engine.readAllStandardOutput();
            const QList<QByteArray> lines = out.split('\n');
            return std::any_of(lines.cbegin(), lines.cend(), [&](const QByteArray &line) {
                return line.contains(" text_sent ") && line.contains(sentToCaller);
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(textedCaller(), 10000);
        engine.terminate();
        QVERIFY(engine.waitForFinished(10000));
        QCOMPARE(engine.exitCode(), 0);
        const QStringList bodies = m_sandbox.bodiesTo(caller);
        QCOMPARE(bodies.size(), 1);
        QVERIFY2(bodies.front().contains(expected), qPrintable(bodies.front()));
    }

    void run_badArgumentsAreOneSentence_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("no number") << QStringList{QStringLiteral("--db"), QStringLiteral("x.sqlite")}
                                   << QByteArray("--number");
        QTest::newRow("bad number") << QStringList{QStringLiteral("--number"), QStringLiteral("12"),
                                                   QStringLiteral("--db"), QStringLiteral("x.sqlite")}
                                    << QByteArray("--number");
        QTest::newRow("no db") << QStringList{QStringLiteral("--number"), QStringLiteral("+15125550100")}
                               << QByteArray("--db");
        QTest::newRow("bad wiring") << QStringList{QStringLiteral("--number"), QStringLiteral("+15125550100"),
                                                   QStringLiteral("--db"),     QStringLiteral("x"),
                                                   QStringLiteral("--wiring"), QStringLiteral("pigeon")}
                                    << QByteArray("--wiring");
        QTest::newRow("webhook half") << QStringList{QStringLiteral("--number"),
                                                     QStringLiteral("+15125550100"),
                                                     QStringLiteral("--db"),
                                                     QStringLiteral("x"),
                                                     QStringLiteral("--webhook-listen"),
                                                     QStringLiteral("127.0.0.1:9999")}
                                      << QByteArray("--webhook-url");
        // Twilio signs webhooks with the auth token: an API key's secret cannot check them.
        QTest::newRow("webhooks with an API key and no auth token")
            << QStringList{QStringLiteral("--number"),
                           QStringLiteral("+15125550100"),
                           QStringLiteral("--db"),
                           QStringLiteral("x"),
                           QStringLiteral("--api-key"),
                           QStringLiteral("SK5a9d0c0ffee5a9d0c0ffee5a9d0c0ffe"),
                           QStringLiteral("--webhook-listen"),
                           QStringLiteral("localhost:9999"),
                           QStringLiteral("--webhook-url"),
                           QStringLiteral("https://hooks.example.com")}
            << QByteArray("REBOUND_WEBHOOK_AUTH_TOKEN");
        QTest::newRow("unreadable hours")
            << QStringList{QStringLiteral("--number"), QStringLiteral("+15125550100"),
                           QStringLiteral("--db"),     QStringLiteral("x"),
                           QStringLiteral("--hours"),  QStringLiteral("when the van is back")}
            << QByteArray("--hours \"when the van is back\" cannot be read");
        QTest::newRow("bad list lag") << QStringList{QStringLiteral("--number"),   QStringLiteral("+15125550100"),
                                                     QStringLiteral("--db"),       QStringLiteral("x"),
                                                     QStringLiteral("--list-lag"), QStringLiteral("-4")}
                                      << QByteArray("--list-lag");
    }

    void run_badArgumentsAreOneSentence()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, mentions);
        const Run r = cli(provider(QStringList{QStringLiteral("run")} + args));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), r.err.constData());
        QCOMPARE(r.err.trimmed().count('\n'), 0);
    }

    void run_corruptDatabaseIsRefusedAndKept()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("broken.sqlite"));
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3") + QByteArray(4096, '\x5a'));
        f.close();
        const Run r = cli(provider({QStringLiteral("run"), QStringLiteral("--number"), QStringLiteral("+15125550100"),
                                    QStringLiteral("--db"), db}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(QFileInfo(db).size(), qint64(15 + 4096));
    }

    void sandbox_speedOutOfRangeIsOneSentence_data()
    {
        QTest::addColumn<QString>("speed");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("too fast") << QStringLiteral("101");
        QTest::newRow("not a number") << QStringLiteral("fast");
    }

    void sandbox_speedOutOfRangeIsOneSentence()
    {
        QFETCH(QString, speed);
        const Run r = cli({QStringLiteral("sandbox"), QStringLiteral("--speed"), speed});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--speed takes a whole number from 1 to 100."), r.err.constData());
        QCOMPARE(r.err.trimmed().count('\n'), 0);
    }

    QStringList selftest(const QStringList &rest) const
    {
        return provider(QStringList{QStringLiteral("selftest"), QStringLiteral("--number"),
                                    QString::fromLatin1(SandboxServer::demoBusinessNumber), QStringLiteral("--call"),
                                    QString::fromLatin1(SandboxServer::demoOfficeNumber),
                                    QStringLiteral("--owner-cell"), QString::fromLatin1(SandboxServer::demoOwnerCell)}
                        + rest);
    }

    // The calls the account placed through the API (the self-test's).
    int placedCalls() const
    {
        ProviderConfig config;
        config.accountSid = QString::fromLatin1(SandboxServer::demoAccountSid);
        config.baseUrl = QUrl(m_baseUrl);
        config.secret = kToken;
        TwilioClient client(config);
        const auto calls = client.listCalls(CallFilter{});
        if (!calls)
            return -1;
        return int(std::count_if(calls.value().begin(), calls.value().end(),
                                 [](const Call &c) { return c.direction == QLatin1String("outbound-api"); }));
    }

    void selftest_saysWhatItCostsAndWaitsForConsent()
    {
        const int before = placedCalls();
        const Run r = cli(selftest({}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("few cents") && r.err.contains("--yes"), r.err.constData());
        QCOMPARE(placedCalls(), before);
    }

    void selftest_withConsentWalksEveryStep()
    {
        const Run r = cli(selftest({QStringLiteral("--yes"), QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QStringList passed;
        QJsonObject last;
        for (const QByteArray &line : r.out.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            last = json(line);
            if (last.value(QStringLiteral("state")).toString() == QLatin1String("passed"))
                passed.append(last.value(QStringLiteral("step")).toString());
            if (last.value(QStringLiteral("step")).toString() == QLatin1String("reached")
                && last.value(QStringLiteral("state")).toString() == QLatin1String("passed"))
                QCOMPARE(last.value(QStringLiteral("forwarded_from")).toString(),
                         QString::fromLatin1(SandboxServer::demoOfficeNumber));
        }
        QCOMPARE(passed.join(QLatin1Char(',')), QStringLiteral("account,call,reached,judged,text,delivered,result"));
        QCOMPARE(last.value(QStringLiteral("state")).toString(), QStringLiteral("passed"));
    }

    void selftest_nonsenseOwnerCellIsOneSentence()
    {
        const Run r =
            cli(provider({QStringLiteral("selftest"), QStringLiteral("--number"),
                          QString::fromLatin1(SandboxServer::demoBusinessNumber), QStringLiteral("--owner-cell"),
                          QStringLiteral("call me maybe"), QStringLiteral("--yes")}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("--owner-cell \"call me maybe\""), r.err.constData());
        QCOMPARE(r.err.trimmed().count('\n'), 0);
    }

    void send_acceptsWhatPeopleTypeAndPrintsTheMessage()
    {
        const Run r = cli(provider({QStringLiteral("send"), QStringLiteral("--from"),
                                    QString::fromLatin1(SandboxServer::demoBusinessNumber), QStringLiteral("--to"),
                                    QStringLiteral("(512) 555-0177"), QStringLiteral("--body"),
                                    QStringLiteral("Sorry we missed you — how can we help?")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("+15125550177"));
        QVERIFY(o.value(QStringLiteral("sid")).toString().startsWith(QStringLiteral("SM")));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
        QCOMPARE(o.value(QStringLiteral("reconciled")).toBool(), false);
    }

    void send_nonsenseNumberIsRefusedBeforeAnyRequest()
    {
        const Run r = cli(provider({QStringLiteral("send"), QStringLiteral("--from"),
                                    QString::fromLatin1(SandboxServer::demoBusinessNumber), QStringLiteral("--to"),
                                    QStringLiteral("call me maybe"), QStringLiteral("--body"), QStringLiteral("hi")}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--to"));
        QCOMPARE(r.err.trimmed().count('\n'), 0);
    }

    void send_overlongBodyIsRefused()
    {
        const Run r =
            cli(provider({QStringLiteral("send"), QStringLiteral("--from"),
                          QString::fromLatin1(SandboxServer::demoBusinessNumber), QStringLiteral("--to"),
                          QStringLiteral("+15125550178"), QStringLiteral("--body"), QString(3000, QLatin1Char('a'))}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("1,600"));
    }

    void send_droppedAnswerIsReconciledNotDoubled()
    {
        m_sandbox.control("POST", QStringLiteral("/sandbox/faults"),
                          R"({"kind":"drop_after_processing","method":"POST","path_contains":"Messages","count":1})");
        const QString to = QStringLiteral("+15125550179");
        const Run r = cli(provider({QStringLiteral("send"), QStringLiteral("--from"),
                                    QString::fromLatin1(SandboxServer::demoBusinessNumber), QStringLiteral("--to"), to,
                                    QStringLiteral("--body"), QStringLiteral("Once only")}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r.out).value(QStringLiteral("reconciled")).toBool(), true);
        QCOMPARE(m_sandbox.bodiesTo(to).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
