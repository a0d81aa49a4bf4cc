#include "provider/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QtTest>

using namespace Rebound::Core;

namespace {

const QString kToken = QStringLiteral("tok-5ecret-cli-7781");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QString &token = kToken)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("REBOUND_AUTH_TOKEN"));
    if (!token.isEmpty())
        env.insert(QStringLiteral("REBOUND_AUTH_TOKEN"), token);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(REBOUND_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QJsonObject json(const QByteArray &line)
{
    return QJsonDocument::fromJson(line.trimmed()).object();
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

    QProcess m_sandbox;
    QString m_baseUrl;
    QNetworkAccessManager m_nam;

    QStringList provider(const QStringList &rest) const
    {
        return rest
            + QStringList{QStringLiteral("--account-sid"), QString::fromLatin1(SandboxServer::demoAccountSid),
                          QStringLiteral("--base-url"), m_baseUrl};
    }

    QByteArray control(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(m_baseUrl + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REBOUND_AUTH_TOKEN"), kToken);
        m_sandbox.setProcessEnvironment(env);
        m_sandbox.start(QStringLiteral(REBOUND_CLI_PATH),
                        {QStringLiteral("sandbox"), QStringLiteral("--scenario"), QStringLiteral("quiet")});
        QVERIFY(m_sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 15000);
        const QJsonObject started = json(m_sandbox.readLine());
        QCOMPARE(started.value(QStringLiteral("event")).toString(), QStringLiteral("sandbox_started"));
        m_baseUrl = started.value(QStringLiteral("base_url")).toString();
        QVERIFY(m_baseUrl.startsWith(QStringLiteral("http://127.0.0.1:")));
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        QVERIFY(m_sandbox.waitForFinished(10000));
        QCOMPARE(m_sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_sandbox.exitCode(), 0);
        const QByteArray rest = QByteArray(m_sandbox.readAllStandardOutput() + m_sandbox.readAllStandardError());
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
        control("POST", QStringLiteral("/sandbox/faults"),
                R"({"kind":"drop_after_processing","method":"POST","path_contains":"Messages","count":1})");
        const QString to = QStringLiteral("+15125550179");
        const Run r = cli(provider({QStringLiteral("send"), QStringLiteral("--from"),
                                    QString::fromLatin1(SandboxServer::demoBusinessNumber), QStringLiteral("--to"), to,
                                    QStringLiteral("--body"), QStringLiteral("Once only")}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r.out).value(QStringLiteral("reconciled")).toBool(), true);

        QNetworkRequest request(QUrl(m_baseUrl
                                     + QStringLiteral("/2010-04-01/Accounts/%1/Messages.json?To=%2")
                                           .arg(QString::fromLatin1(SandboxServer::demoAccountSid),
                                                QString::fromLatin1(QUrl::toPercentEncoding(to)))));
        request.setRawHeader(
            "Authorization",
            "Basic " + QByteArray(QByteArray(SandboxServer::demoAccountSid) + ':' + kToken.toUtf8()).toBase64());
        QNetworkReply *reply = m_nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        const QJsonArray messages = json(reply->readAll()).value(QStringLiteral("messages")).toArray();
        reply->deleteLater();
        QCOMPARE(messages.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
