#pragma once

#include "engineevent.h"
#include "missedcalldetector.h"
#include "responder.h"
#include "textbackpolicy.h"

#include "../provider/providerconfig.h"
#include "../store/database.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>

class QTimer;

namespace Rebound::Core {

class TwilioClient;
class OutboxSender;
struct StoredCall;
struct Lead;

// A number of the business and how it is wired.
struct BusinessLine
{
    QString e164;
    Wiring wiring = Wiring::Forwarded;
};

struct EngineConfig
{
    ProviderConfig provider;
    QList<BusinessLine> lines;
    QString databasePath;
    std::chrono::milliseconds pollInterval{5000};
    QString ownerCell; // E.164; empty: no SMS alerts
    BusinessProfile business;
    TextBackRules rules;
    int historyDays = 7; // how far back the first start imports calls and texts
    QUrl webhookPublicUrl; // set: the numbers' webhooks are pointed here at start
};

// The missed-call engine: finds missed calls (by polling and, when set up,
// webhooks), decides, texts back exactly once, threads the replies through
// the responder, keeps lead cards and alerts the owner. Lives on one thread
// (its own in the apps) with its own database connection; blocking I/O.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    Engine(EngineConfig config, std::unique_ptr<Responder> responder, QObject *parent = nullptr);
    ~Engine() override;

    // Opens the database on the calling thread; false with a sentence in *error.
    bool open(QString *error);
    // Starts the poll timer and polls at once. Call on the engine's thread.
    void start();
    void stop();
    // Thread-safe: makes a running request return at once (before stop()).
    void interrupt();

    // One full pass: calls, texts, then the outbox. Public for tests and "poll now".
    void pollOnce();
    void handleCallWebhook(const QHash<QString, QString> &params);
    void handleSmsWebhook(const QHash<QString, QString> &params);
    // Points each line's call-status callback and SMS URL at the public URL.
    void configureWebhooks(const QUrl &voiceStatusUrl, const QUrl &smsUrl);

    // What a person does in the app. Each change is written here, on the
    // engine's thread, so the app never writes to the database itself.
    // Sends a person's reply; the thread is theirs from then on.
    void sendManualReply(const QString &conversationId, const QString &body);
    void setAutomation(const QString &conversationId, bool on);
    void setContactFlags(const QString &e164, bool customer, bool vendor, bool blocked);
    void setLeadStatus(const QString &leadId, const QString &status, qint64 jobValueCents);
    void markRead(const QString &conversationId);

    const EngineConfig &config() const { return m_config; }
    Database &database() { return m_db; }

Q_SIGNALS:
    void event(const Rebound::Core::EngineEvent &event);
    // A lead the owner should look at now (created, or became hot).
    void leadAlert(const QString &leadId, const QString &summary);
    // Something the app shows changed in the database.
    void storeChanged();
    // A full pass finished; `ok` is false when the provider could not be read.
    void polled(const QDateTime &at, bool ok);
    // The first look at a line imports its recent history, which can take a while.
    void historyImportRunning(bool running);

private:
    void emitEvent(const QString &type, QJsonObject fields);
    void providerError(const QString &operation, const struct ProviderError &error);
    const BusinessLine *lineFor(const QString &e164) const;
    bool isFirstPoll(const BusinessLine &line);
    bool pollCalls(const BusinessLine &line);
    bool pollMessages(const BusinessLine &line);
    void refreshAndJudge(const BusinessLine &line, const StoredCall &pending, bool fetch);
    void judge(const BusinessLine &line, const QString &parentSid);
    void actOnMissed(const BusinessLine &line, const StoredCall &call, const QString &detail);
    void handleInbound(const BusinessLine &line, const struct Message &message);
    void refreshDeliveryStatus(const BusinessLine &line);
    void flushOutbox();

    EngineConfig m_config;
    std::unique_ptr<Responder> m_responder;
    std::unique_ptr<TwilioClient> m_client;
    std::unique_ptr<OutboxSender> m_sender;
    Database m_db;
    QTimer *m_timer = nullptr;
    QDateTime m_installedAt;
    bool m_polling = false;
    bool m_importingHistory = false; // the first look at a line: what has ended is history
};

} // namespace Rebound::Core
