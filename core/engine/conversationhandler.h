#pragma once

#include "enginecontext.h"

#include <QHash>

#include <memory>

namespace Rebound::Core {

struct Message;

// The texts callers send: threaded by (business number, caller), opt-outs
// honoured first, every other reply answered at most once by the responder,
// the lead card kept and the owner alerted.
class ConversationHandler
{
public:
    ConversationHandler(EngineContext &context, Responder &responder);

    // Reads the line's inbound texts newest first until a page holds nothing
    // new, handles them oldest first, then follows the delivery status of
    // what the line sent. False when the provider could not be read.
    bool poll(const BusinessLine &line);
    void handleWebhook(const QHash<QString, QString> &params);
    // A status callback for a text a line sent: MessageSid, MessageStatus, ErrorCode.
    void handleStatusWebhook(const QHash<QString, QString> &params);

private:
    void handleInbound(const BusinessLine &line, const Message &message);
    void refreshDeliveryStatus(const BusinessLine &line);
    // Records what became of a sent text; true when that is news. A text that
    // can never arrive goes to UndeliveredTextHandler.
    bool applyDeliveryStatus(const Message &sent);
    // A text from the line arrived: a sender-registration problem is over.
    void deliveredFrom(const BusinessLine &line);

    EngineContext &m_ctx;
    Responder &m_responder;
};

} // namespace Rebound::Core
