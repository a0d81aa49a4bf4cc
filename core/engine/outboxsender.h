#pragma once

#include "../provider/twilioclient.h"
#include "../store/database.h"
#include "../store/outboxrepository.h"
#include "engineevent.h"

#include <functional>

namespace Rebound::Core {

// Sends what the outbox holds, each text exactly once: an attempt is
// committed before the request and the provider's SID after it; an attempt
// whose result is unknown (a crash, a lost answer) is looked up in the
// provider's message list before anything is sent again.
class OutboxSender
{
public:
    using EventSink = std::function<void(EngineEvent)>;

    OutboxSender(Database &db, TwilioClient &client, EventSink sink);

    // Works through every due item; returns how many were sent.
    int flush();

private:
    void process(OutboxItem item);
    bool reconcile(OutboxItem &item); // true when the item is settled (found, or failed to look)
    void recordSent(const OutboxItem &item, const Message &sent, bool reconciled);
    void emitEvent(const QString &type, QJsonObject fields);
    // A text that will not go out: the caller is `from`, as in the engine's own text_skipped.
    void skipped(const OutboxItem &item, const QString &reason);
    QDateTime retryAt(int attempts) const;

    Database &m_db;
    TwilioClient &m_client;
    OutboxRepository m_outbox;
    EventSink m_sink;
};

} // namespace Rebound::Core
