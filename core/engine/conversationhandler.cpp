#include "conversationhandler.h"

#include "undeliveredtexthandler.h"

#include "optoutwords.h"
#include "owneralert.h"

#include "../store/callrepository.h"
#include "../store/contactrepository.h"
#include "../store/conversationrepository.h"
#include "../store/leadrepository.h"
#include "../store/outboxrepository.h"
#include "../store/settingsrepository.h"

#include <algorithm>

namespace Rebound::Core {

ConversationHandler::ConversationHandler(EngineContext &context, Responder &responder)
    : m_ctx(context)
    , m_responder(responder)
{ }

bool ConversationHandler::poll(const BusinessLine &line)
{
    ConversationRepository conversations(m_ctx.db);
    const bool first = m_ctx.importingHistory;
    MessageFilter filter;
    filter.to = line.e164;
    filter.sentOnOrAfter = m_ctx.providerNow().date().addDays(first ? -m_ctx.config.historyDays : -1);
    filter.maxPages = first ? 40 : 20;
    QList<Message> fresh;
    const auto listed = m_ctx.client.listMessages(filter, [&](const QList<Message> &page) {
        bool news = false;
        for (const Message &m : page) {
            if (m.isInbound() && !conversations.hasMessage(m.sid)) {
                fresh.append(m);
                news = true;
            }
        }
        return news;
    });
    if (!listed) {
        m_ctx.providerError(QStringLiteral("list_messages"), listed.error());
        return false;
    }
    // Oldest first, so the conversation is read in the order it was written.
    std::sort(fresh.begin(), fresh.end(), [](const Message &a, const Message &b) {
        const QDateTime ta = a.dateSent.isValid() ? a.dateSent : a.dateCreated;
        const QDateTime tb = b.dateSent.isValid() ? b.dateSent : b.dateCreated;
        return ta == tb ? a.sid < b.sid : ta < tb;
    });
    for (const Message &m : fresh)
        handleInbound(line, m);
    refreshDeliveryStatus(line);
    return true;
}

void ConversationHandler::refreshDeliveryStatus(const BusinessLine &line)
{
    // The newest page of what this line sent: delivered, undelivered, failed.
    ConversationRepository conversations(m_ctx.db);
    MessageFilter sent;
    sent.from = line.e164;
    sent.sentOnOrAfter = m_ctx.providerNow().date().addDays(-1);
    sent.maxPages = 1;
    const auto listed = m_ctx.client.listMessages(sent);
    if (!listed) {
        m_ctx.providerError(QStringLiteral("list_sent_messages"), listed.error());
        return;
    }
    bool changed = false;
    bool delivered = false;
    for (const Message &m : listed.value()) {
        if (m.isInbound() || !applyDeliveryStatus(m))
            continue;
        changed = true;
        delivered = delivered || m.status == MessageStatus::Delivered;
    }
    if (delivered)
        deliveredFrom(line);
    if (changed)
        m_ctx.storeChanged();
}

bool ConversationHandler::applyDeliveryStatus(const Message &sent)
{
    ConversationRepository conversations(m_ctx.db);
    if (!conversations.updateStatus(sent.sid, sent.status, sent.numSegments))
        return false;
    // A text-back the carrier could not deliver, for a reason that will not pass.
    if ((sent.status == MessageStatus::Undelivered || sent.status == MessageStatus::Failed) && sent.errorCode) {
        OutboxRepository outbox(m_ctx.db);
        if (const auto item = outbox.findByProviderSid(sent.sid))
            UndeliveredTextHandler(m_ctx).handle(*item, *sent.errorCode);
    }
    return true;
}

void ConversationHandler::deliveredFrom(const BusinessLine &line)
{
    // Texts arrive again: whatever blocked the business's number is over.
    SettingsRepository settings(m_ctx.db);
    if (!settings.value(UndeliveredTextHandler::registrationProblemKey()).isEmpty()
        && settings.setValue(UndeliveredTextHandler::registrationProblemKey(), QString()))
        m_ctx.emitEvent(QStringLiteral("registration_resolved"), {{QStringLiteral("number"), line.e164}});
}

void ConversationHandler::handleInbound(const BusinessLine &line, const Message &message)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime sentAt = message.dateSent.isValid() ? message.dateSent
        : message.dateCreated.isValid()                 ? message.dateCreated
                                                        : m_ctx.providerNow();
    ConversationRepository conversations(m_ctx.db);
    ContactRepository contacts(m_ctx.db);
    LeadRepository leads(m_ctx.db);
    OutboxRepository outbox(m_ctx.db);

    Transaction tx(m_ctx.db);
    const QString conversationId = conversations.ensure(line.e164, message.from, sentAt);
    if (conversationId.isEmpty())
        return;
    const QList<ConversationTurn> history = conversations.history(conversationId);
    // A reply cannot come before what it answers: provider times have whole
    // seconds, ours milliseconds, so keep the thread's order as it was read.
    QDateTime storedAt = sentAt;
    if (const auto existing = conversations.find(conversationId);
        existing && existing->lastMessageAt.isValid() && storedAt <= existing->lastMessageAt)
        storedAt = existing->lastMessageAt.addMSecs(1);
    StoredMessage stored;
    stored.sid = message.sid;
    stored.conversationId = conversationId;
    stored.inbound = true;
    stored.author = StoredMessage::Author::Caller;
    stored.body = message.body;
    stored.status = toString(message.status);
    stored.segments = message.numSegments;
    stored.createdAt = storedAt;
    bool inserted = false;
    if (!conversations.addMessage(stored, &inserted) || !inserted)
        return;
    Contact contact = contacts.get(message.from);
    const ConsentSignal consent = consentSignal(message.body, contact.optedOut);
    // History (sent before the very first start, by the provider's clock) is
    // kept and never answered, but what it says about consent still holds: a
    // caller who opted out before Rebound ran must not be texted by it.
    const bool fromHistory = message.dateSent.isValid() || message.dateCreated.isValid()
        ? sentAt.addSecs(2) < m_ctx.installedAtProviderTime()
        : m_ctx.importingHistory;
    if (fromHistory) {
        if (consent == ConsentSignal::OptOut)
            contacts.setOptedOut(message.from, true, message.body.left(160), sentAt);
        else if (consent == ConsentSignal::OptIn)
            contacts.setOptedOut(message.from, false, {}, sentAt);
        tx.commit();
        return;
    }
    QJsonObject received{{QStringLiteral("message_sid"), message.sid},
                         {QStringLiteral("from"), message.from},
                         {QStringLiteral("to"), line.e164},
                         {QStringLiteral("conversation_id"), conversationId},
                         {QStringLiteral("body"), message.body}};
    auto finish = [&](const QString &handling) {
        received.insert(QStringLiteral("handling"), handling);
        if (tx.commit())
            m_ctx.emitEvent(QStringLiteral("reply_received"), received);
    };

    std::optional<Lead> lead = leads.byConversation(conversationId);
    if (consent == ConsentSignal::OptOut) {
        // Honoured at once: nothing more goes to them, not even an answer
        // (the carrier sends its own confirmation).
        contacts.setOptedOut(message.from, true, message.body.left(160), now);
        outbox.cancelPendingTo(message.from, QStringLiteral("opted_out"));
        if (lead) {
            LeadCard card = lead->card;
            card.kind = LeadCard::Kind::OptOut;
            card.score = LeadCard::Score::Cold;
            leads.updateCard(lead->id, card, now);
        }
        finish(QStringLiteral("opted_out"));
        return;
    }
    if (consent == ConsentSignal::OptIn) {
        contacts.setOptedOut(message.from, false, {}, now);
        finish(QStringLiteral("opted_in"));
        return;
    }
    if (consent == ConsentSignal::Help) {
        finish(QStringLiteral("help")); // the carrier answers HELP itself
        return;
    }
    if (contact.optedOut || contact.isBlocked) {
        finish(contact.optedOut ? QStringLiteral("opted_out") : QStringLiteral("blocked"));
        return;
    }
    const auto conversation = conversations.find(conversationId);
    if (conversation && !conversation->automation) {
        finish(QStringLiteral("person")); // a person has taken the thread over
        return;
    }

    ResponderInput input;
    input.business = m_ctx.config.business;
    input.callerNumber = message.from;
    input.history = history;
    input.card = lead ? lead->card : LeadCard{};
    if (!lead && !contact.name.isEmpty())
        input.card.name = contact.name;
    input.reply = message.body;
    const ResponderOutput output = m_responder.respond(input);

    bool created = false;
    if (!lead) {
        Lead fresh;
        fresh.id = Database::newId();
        fresh.conversationId = conversationId;
        fresh.callerNumber = message.from;
        fresh.card = output.card;
        fresh.createdAt = now;
        fresh.updatedAt = now;
        CallRepository calls(m_ctx.db);
        for (const StoredCall &c : calls.recent(50)) {
            if (c.call.from == message.from && c.businessNumber == line.e164) {
                fresh.callSid = c.call.sid;
                break;
            }
        }
        if (!leads.insert(fresh))
            return;
        created = true;
    } else if (!(lead->card == output.card)) {
        leads.updateCard(lead->id, output.card, now);
    }
    lead = leads.byConversation(conversationId);
    if (!lead)
        return;
    // The name the caller gave becomes the contact's, unless someone already named them.
    if (contact.name.isEmpty() && !lead->card.name.isEmpty()
        && (lead->card.kind == LeadCard::Kind::Lead || lead->card.kind == LeadCard::Kind::ExistingCustomer))
        contacts.setName(message.from, lead->card.name);

    if (output.answer && !output.answer->trimmed().isEmpty()) {
        OutboxItem reply;
        reply.dedupeKey = QStringLiteral("reply:") + message.sid;
        reply.purpose = OutboxItem::Purpose::Reply;
        reply.conversationId = conversationId;
        reply.to = message.from;
        reply.from = line.e164;
        reply.body = *output.answer;
        reply.createdAt = now;
        bool queued = false;
        if (!outbox.enqueue(reply, &queued))
            return;
    }
    const bool alert = shouldAlertOwner(*lead, created)
        || (output.ownerShouldCall && lead->alertedScore != QLatin1String("hot")
            && lead->card.kind == LeadCard::Kind::Lead);
    QString alertText;
    if (alert) {
        alertText = ownerAlertText(*lead, m_ctx.config.business.name);
        const QString score = toString(lead->card.score);
        leads.setAlertedScore(lead->id, output.ownerShouldCall ? QStringLiteral("hot") : score);
        if (!m_ctx.config.ownerCell.isEmpty()) {
            OutboxItem item;
            item.dedupeKey =
                QStringLiteral("alert:%1:%2").arg(lead->id, output.ownerShouldCall ? QStringLiteral("hot") : score);
            item.purpose = OutboxItem::Purpose::OwnerAlert;
            item.to = m_ctx.config.ownerCell;
            item.from = line.e164;
            item.body = alertText;
            item.createdAt = now;
            bool queued = false;
            if (!outbox.enqueue(item, &queued))
                return;
        }
    }
    received.insert(QStringLiteral("answered"), bool(output.answer));
    finish(QStringLiteral("responder"));

    const LeadCard &c = lead->card;
    m_ctx.emitEvent(QStringLiteral("lead_updated"),
                    {{QStringLiteral("lead_id"), lead->id},
                     {QStringLiteral("conversation_id"), conversationId},
                     {QStringLiteral("caller"), message.from},
                     {QStringLiteral("created"), created},
                     {QStringLiteral("kind"), toString(c.kind)},
                     {QStringLiteral("name"), c.name},
                     {QStringLiteral("service"), c.service},
                     {QStringLiteral("urgency"), toString(c.urgency)},
                     {QStringLiteral("address"), c.address},
                     {QStringLiteral("score"), toString(c.score)},
                     {QStringLiteral("asks"), output.asks},
                     {QStringLiteral("owner_alerted"), alert}});
    if (alert)
        m_ctx.leadAlert(lead->id, alertText);
    m_ctx.flushOutbox();
}

void ConversationHandler::handleWebhook(const QHash<QString, QString> &params)
{
    const BusinessLine *line = m_ctx.lineFor(params.value(QStringLiteral("To")));
    if (!line)
        return;
    Message m;
    m.sid = params.value(QStringLiteral("MessageSid"), params.value(QStringLiteral("SmsSid")));
    m.from = params.value(QStringLiteral("From"));
    m.to = line->e164;
    m.body = params.value(QStringLiteral("Body"));
    m.direction = MessageDirection::Inbound;
    m.status = MessageStatus::Received;
    m.numSegments = params.value(QStringLiteral("NumSegments")).toInt();
    // Twilio: an inbound message's date_sent is when the webhook was sent.
    m.dateSent = m_ctx.providerNow();
    if (m.sid.isEmpty() || m.from.isEmpty())
        return;
    handleInbound(*line, m);
}

void ConversationHandler::handleStatusWebhook(const QHash<QString, QString> &params)
{
    // Only texts a watched line sent; the polls read the rest of the account.
    const BusinessLine *line = m_ctx.lineFor(params.value(QStringLiteral("From")));
    if (!line)
        return;
    Message m;
    m.sid = params.value(QStringLiteral("MessageSid"), params.value(QStringLiteral("SmsSid")));
    m.status = messageStatusFromString(
        params.value(QStringLiteral("MessageStatus"), params.value(QStringLiteral("SmsStatus"))));
    m.direction = MessageDirection::OutboundApi;
    bool numeric = false;
    const int code = params.value(QStringLiteral("ErrorCode")).toInt(&numeric);
    if (numeric && code != 0)
        m.errorCode = code;
    if (m.sid.isEmpty() || m.status == MessageStatus::Unknown || !applyDeliveryStatus(m))
        return;
    if (m.status == MessageStatus::Delivered)
        deliveredFrom(*line);
    m_ctx.storeChanged();
}

} // namespace Rebound::Core
