#include "provider/twilioclient.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <ctime>

using namespace Rebound::Core;

// Throughput and own CPU cost of the client against the sandbox running in a
// separate process, so the figures are the client's alone.
class BenchTwilioClient final : public QObject
{
    Q_OBJECT

    QProcess m_sandbox;
    ProviderConfig m_config;

    struct Figures
    {
        double requestsPerSecond = 0;
        double cpuMicrosPerRequest = 0;
    };

    template<typename F> Figures measure(int iterations, F &&request)
    {
        QElapsedTimer wall;
        const std::clock_t cpuStart = std::clock();
        wall.start();
        for (int i = 0; i < iterations; ++i)
            request();
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        return {iterations / seconds, cpuSeconds * 1e6 / iterations};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REBOUND_AUTH_TOKEN"), QStringLiteral("bench-token"));
        m_sandbox.setProcessEnvironment(env);
        m_sandbox.start(QStringLiteral(REBOUND_CLI_PATH),
                        {QStringLiteral("sandbox"), QStringLiteral("--scenario"), QStringLiteral("quiet")});
        QVERIFY(m_sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 15000);
        const QJsonObject started = QJsonDocument::fromJson(m_sandbox.readLine()).object();
        m_config.baseUrl = QUrl(started.value(QStringLiteral("base_url")).toString());
        m_config.accountSid = QString::fromLatin1(SandboxServer::demoAccountSid);
        m_config.secret = QStringLiteral("bench-token");

        // Fill one full page of 50 calls through the control API.
        QProcess curl;
        for (int i = 0; i < 50; ++i) {
            curl.start(QStringLiteral("curl"),
                       {QStringLiteral("-sf"), QStringLiteral("--data-urlencode"),
                        QStringLiteral("from=+1512555%1").arg(3000 + i), QStringLiteral("-d"),
                        QStringLiteral("outcome=missed&ring_ms=0"),
                        m_config.baseUrl.toString() + QStringLiteral("/sandbox/calls")});
            QVERIFY(curl.waitForFinished());
            QCOMPARE(curl.exitCode(), 0);
        }
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        m_sandbox.waitForFinished(5000);
    }

    void listCallsPageOf50()
    {
        TwilioClient client(m_config);
        CallFilter filter;
        filter.pageSize = 50;
        filter.maxPages = 1;
        QCOMPARE(client.listCalls(filter).value().size(), 50);
        const Figures f = measure(500, [&] { QVERIFY(client.listCalls(filter).ok()); });
        qInfo("list calls, page of 50: %.0f requests/s, %.0f us of client CPU per page", f.requestsPerSecond,
              f.cpuMicrosPerRequest);
    }

    void fetchAccount()
    {
        TwilioClient client(m_config);
        const Figures f = measure(1000, [&] { QVERIFY(client.fetchAccount().ok()); });
        qInfo("fetch account: %.0f requests/s, %.0f us of client CPU per request", f.requestsPerSecond,
              f.cpuMicrosPerRequest);
    }
};

QTEST_GUILESS_MAIN(BenchTwilioClient)
#include "bench_twilioclient.moc"
