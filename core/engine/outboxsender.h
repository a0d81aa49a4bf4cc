#pragma once

#include "../provider/twilioclient.h"
#include "../store/database.h"
#include "../store/outboxrepository.h"
#include "engineevent.h"

#include <chrono>
#include <functional>

namespace Rebound::Core {

// Sends what the outbox holds, each text exactly once: an attempt is claimed
// and committed before the request and the provider's SID after it; an
// attempt whose result is unknown (a crash, a lost answer, a 5xx) is looked up
// in the provider's message list, and is sent again only when it is still
// not there once the list has had time to catch up. A text that cannot go out
// is retried with capped, jittered backoff until it is a day old.
class OutboxSender
{
public:
    using EventSink = std::function<void(EngineEvent)>;

    struct Options
    {
        QString holderId; // the engine lease holder that claims attempts
        // How long after an attempt whose outcome is unknown the provider's
        // list must be trusted to show the message: the request timeout plus
        // how far the list may lag the sends.
        std::chrono::milliseconds reconcileGrace{90000};
        std::chrono::milliseconds maxBackoff{60000};
        std::chrono::seconds giveUpAfter{24 * 3600};
        // Renews the engine lease before each claim; false: no longer held.
        std::function<bool()> keepLease;
        // Told when a text is given up for good (the owner should know), with
        // the provider's error code when it refused the text (0 otherwise).
        std::function<void(const OutboxItem &item, const QString &reason, int errorCode)> onGaveUp;
    };

    OutboxSender(Database &db, TwilioClient &client, Options options, EventSink sink);

    // Works through every due item, oldest first; returns how many were sent.
    // Stops at the first sign the provider is unwell, so an outage costs one
    // request per pass, not one per queued text.
    int flush();

    const Options &options() const { return m_options; }
    // Where the provider reports each text's delivery as it happens (empty: the polls read it).
    void setStatusCallback(const QString &url) { m_statusCallback = url; }

private:
    enum class Outcome { Settled, Waiting, ProviderUnwell };

    Outcome process(OutboxItem item);
    // Settled: found (recorded as sent) or the list could not be read; Waiting:
    // not listed yet and still within the grace; Unwell: not listed after the grace.
    enum class Lookup { Found, NotYet, NotThere, Unreadable };
    Lookup reconcile(OutboxItem &item);
    void recordSent(const OutboxItem &item, const Message &sent, bool reconciled);
    void giveUp(const OutboxItem &item, OutboxItem::State state, const QString &reason, const QString &eventReason,
                int errorCode = 0);
    void emitEvent(const QString &type, QJsonObject fields);
    // A text that will not go out: the caller is `from`, as in the engine's own text_skipped.
    void skipped(const OutboxItem &item, const QString &reason);
    QDateTime retryAt(int attempts) const;

    Database &m_db;
    TwilioClient &m_client;
    Options m_options;
    OutboxRepository m_outbox;
    EventSink m_sink;
    QString m_statusCallback;
};

} // namespace Rebound::Core
