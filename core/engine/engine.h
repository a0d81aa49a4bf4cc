#pragma once

#include "engineconfig.h"
#include "engineevent.h"

#include "../store/database.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>
#include <optional>

class QTimer;

namespace Rebound::Core {

class TwilioClient;
class OutboxSender;
class CallWatcher;
class MissedCallHandler;
class ConversationHandler;
class EngineLease;
class ChangeListener;
struct EngineContext;

// The missed-call engine: finds missed calls (by polling and, when set up,
// webhooks), decides, texts back exactly once, threads the replies through
// the responder, keeps lead cards and alerts the owner. Lives on one thread
// (its own in the apps) with its own database connection; blocking I/O.
// Only the engine holding the database's lease polls and sends; another one
// on the same database stands by and takes over when the holder stops.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    Engine(EngineConfig config, std::unique_ptr<Responder> responder, QObject *parent = nullptr);
    ~Engine() override;

    // Opens the database on the calling thread; false with a sentence in *error.
    bool open(QString *error);
    // Starts the lease and poll timers and polls at once if it holds the lease.
    // Call on the engine's thread.
    void start();
    // Stops polling and gives the lease up, so a standby takes over at once.
    void stop();
    // Thread-safe: makes a running request return at once (before stop()).
    void interrupt();

    // One full pass: calls, texts, then the outbox; nothing unless this
    // engine holds (or can take) the lease. Public for tests and "poll now".
    void pollOnce();
    void handleCallWebhook(const QHash<QString, QString> &params);
    void handleSmsWebhook(const QHash<QString, QString> &params);
    void handleMessageStatusWebhook(const QHash<QString, QString> &params);
    // Where the numbers' call-status callback and SMS URL should point; they
    // are pointed there whenever this engine takes the lease. Each text sent
    // from then on asks for its delivery status at `smsStatusUrl`.
    void setWebhookUrls(const QUrl &voiceStatusUrl, const QUrl &smsUrl, const QUrl &smsStatusUrl);
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

public Q_SLOTS:
    // Replaces the rules, poll interval, owner's cell and alert choice while
    // running; the next poll and the next decision use them. Call on the
    // engine's thread (a queued connection or invokeMethod from elsewhere);
    // during a pass the change waits for the pass to end.
    void applySettings(const Rebound::Core::EngineSettings &settings);

public:
    Database &database() { return m_db; }
    bool holdsLease() const { return m_holding; }

Q_SIGNALS:
    void eventOccurred(const Rebound::Core::EngineEvent &event);
    // A lead the owner should look at now (created, or became hot).
    void leadAlert(const QString &leadId, const QString &summary);
    // Something the app shows changed in the database.
    void storeChanged();
    // A full pass finished; `ok` is false when the provider could not be read.
    void polled(const QDateTime &at, bool ok);
    // The first look at a line imports its recent history, which can take a while.
    void historyImportRunning(bool running);
    // Whether this engine runs (holds the lease) or stands by; `holder` names
    // who runs it when another engine does.
    void leaseChanged(bool held, const QString &holder);

private:
    void emitEvent(const QString &type, QJsonObject fields);
    bool isFirstPoll(const BusinessLine &line);
    // Takes or renews the lease; false when another engine holds it.
    bool checkLease();
    void onLeaseTimer();
    void flushOutbox();
    void restartPollTimer();
    // A look by SID at every call still ringing or in progress, between polls.
    void followCalls();
    // Whether a call on a watched line is still to be followed.
    bool anyCallsToFollow() const;
    // Follows the calls in half a second when one is still `going`, else stops.
    void scheduleFollow(bool going);
    // Another seat (or this engine) changed the shared store.
    void onStoreChangedElsewhere(const QSet<QString> &tables);

    EngineConfig m_config;
    std::optional<EngineSettings> m_pendingSettings; // arrived during a pass
    std::unique_ptr<Responder> m_responder;
    std::unique_ptr<TwilioClient> m_client;
    Database m_db;
    std::unique_ptr<EngineContext> m_ctx;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<MissedCallHandler> m_missed;
    std::unique_ptr<CallWatcher> m_calls;
    std::unique_ptr<ConversationHandler> m_conversations;
    std::unique_ptr<EngineLease> m_lease;
    std::unique_ptr<ChangeListener> m_changes;
    QTimer *m_timer = nullptr;
    QTimer *m_leaseTimer = nullptr;
    QTimer *m_followTimer = nullptr;
    QUrl m_voiceStatusUrl;
    QUrl m_smsUrl;
    QString m_smsStatusUrl; // each text's StatusCallback; empty: the polls follow delivery
    QString m_standbyHolder; // who held the lease when this engine last stood by
    bool m_holding = false;
    bool m_polling = false;
    bool m_started = false;
    bool m_flushQueued = false;
};

} // namespace Rebound::Core
