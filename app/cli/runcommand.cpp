#include "runcommand.h"

#include "clioutput.h"
#include "healthserver.h"
#include "logfile.h"
#include "runsettings.h"
#include "signalwatcher.h"

#include "engine/engine.h"
#include "provider/webhooklistener.h"
#include "qualify/llmresponder.h"
#include "qualify/qualifier.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QThread>

#include <cstdio>

namespace Rebound::Cli {

using namespace Rebound::Core;

int runEngine(const QStringList &arguments)
{
    RunSettings settings;
    int exitCode = ExitOk;
    if (!loadRunSettings(arguments, RunPurpose::Run, &settings, &exitCode))
        return exitCode;
    const EngineConfig &config = settings.engine;
    const bool json = settings.json;

    std::unique_ptr<LogFile> log;
    if (!settings.logFile.isEmpty()) {
        log = std::make_unique<LogFile>(settings.logFile, settings.logMaxBytes, settings.logKeep);
        QString error;
        if (!log->open(&error)) {
            printError(error);
            return ExitFailure;
        }
        LogFile::captureQtMessages(log.get(), json);
    }
    // Each event: one line on stdout (systemd's journal reads it) and in the log file.
    auto print = [json, logFile = log.get()](const EngineEvent &e) {
        const QByteArray line = json ? QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) : e.toText().toUtf8();
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
        if (logFile)
            logFile->writeLine(line);
    };

    // The engine does blocking I/O on its own thread; this thread only
    // receives webhooks, answers health checks, prints events and waits for a stop signal.
    QThread engineThread;
    engineThread.setObjectName(QStringLiteral("engine"));
    std::unique_ptr<Responder> responder = std::make_unique<Qualifier>();
    if (settings.llm)
        responder = std::make_unique<LlmResponder>(*settings.llm, std::move(responder));
    auto *engine = new Engine(config, std::move(responder));
    engine->moveToThread(&engineThread);
    QObject::connect(&engineThread, &QThread::finished, engine, &QObject::deleteLater);
    QObject::connect(engine, &Engine::eventOccurred, qApp, print);
    engineThread.start();
    auto stopThread = [&] {
        engineThread.quit();
        engineThread.wait();
    };

    QString openError;
    bool opened = false;
    QMetaObject::invokeMethod(
        engine, [&] { opened = engine->open(&openError); }, Qt::BlockingQueuedConnection);
    if (!opened) {
        printError(openError);
        stopThread();
        return ExitFailure;
    }

    std::unique_ptr<HealthServer> health;
    if (settings.healthPort) {
        health = std::make_unique<HealthServer>(config.databasePath, config.pollInterval);
        QString error;
        if (!health->listen(settings.healthAddress, settings.healthPort, &error)) {
            printError(QStringLiteral("Cannot answer health checks on %1: %2.").arg(settings.healthListen, error));
            stopThread();
            return ExitFailure;
        }
        QObject::connect(engine, &Engine::polled, health.get(), &HealthServer::onPolled);
        QObject::connect(engine, &Engine::leaseChanged, health.get(),
                         [h = health.get()](bool held, const QString &) { h->onLeaseChanged(held); });
        const QString host = settings.healthAddress.protocol() == QAbstractSocket::IPv6Protocol
            ? QLatin1Char('[') + settings.healthAddress.toString() + QLatin1Char(']')
            : settings.healthAddress.toString();
        print({QStringLiteral("health_listening"),
               QDateTime::currentDateTimeUtc(),
               {{QStringLiteral("url"), QStringLiteral("http://%1:%2/health").arg(host).arg(settings.healthPort)}}});
    }

    std::unique_ptr<WebhookListener> listener;
    if (settings.webhookPort) {
        listener = std::make_unique<WebhookListener>(config.webhookPublicUrl, settings.signingToken);
        if (listener->start(settings.webhookAddress, settings.webhookPort) == 0) {
            printError(
                QStringLiteral("Cannot listen for webhooks on %1; is the port in use?").arg(settings.webhookListen));
            stopThread();
            return ExitFailure;
        }
        QObject::connect(listener.get(), &WebhookListener::callStatusReceived, engine, &Engine::handleCallWebhook);
        QObject::connect(listener.get(), &WebhookListener::messageReceived, engine, &Engine::handleSmsWebhook);
        QObject::connect(listener.get(), &WebhookListener::messageStatusReceived, engine,
                         &Engine::handleMessageStatusWebhook);
        const QUrl voice = listener->voiceStatusUrl();
        const QUrl sms = listener->smsUrl();
        const QUrl smsStatus = listener->smsStatusUrl();
        // Pointed at this listener whenever this engine holds the lease.
        QMetaObject::invokeMethod(engine,
                                  [engine, voice, sms, smsStatus] { engine->setWebhookUrls(voice, sms, smsStatus); });
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
    stopThread();
    health.reset();
    LogFile::captureQtMessages(nullptr, json);
    return ExitOk;
}

} // namespace Rebound::Cli
