#include "missedcallhandler.h"

#include "textbackpolicy.h"

#include "../store/callrepository.h"
#include "../store/contactrepository.h"
#include "../store/conversationrepository.h"
#include "../store/decisionrepository.h"
#include "../store/leadrepository.h"
#include "../store/outboxrepository.h"

#include <algorithm>

namespace Rebound::Core {

void MissedCallHandler::act(const BusinessLine &line, const StoredCall &stored, const QString &detail)
{
    const Call &call = stored.call;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ContactRepository contacts(m_ctx.db);
    OutboxRepository outbox(m_ctx.db);
    TextBackInput input;
    input.callSid = call.sid;
    input.caller = call.from;
    // Every window rule compares the provider's times with the provider's
    // clock: ours may be minutes off, and "when we saw it" is not "when it ended".
    input.now = m_ctx.providerNow();
    input.endedAt = call.endTime.isValid() ? call.endTime : call.dateUpdated;
    input.contact = contacts.get(call.from);
    input.lastTextBack = outbox.lastTextBack(call.from, line.e164);
    if (input.lastTextBack)
        input.lastTextBack = input.lastTextBack->addMSecs(m_ctx.client.clockOffsetMs());
    input.installedAt = m_ctx.installedAtProviderTime();
    input.historyImport = m_ctx.importingHistory;
    input.ownNumber = std::any_of(m_ctx.config.lines.begin(), m_ctx.config.lines.end(),
                                  [&](const BusinessLine &l) { return l.e164 == call.from; });
    const TextBackDecision decision = decideTextBack(input, m_ctx.config.rules);

    Transaction tx(m_ctx.db);
    DecisionRepository decisions(m_ctx.db);
    CallRepository calls(m_ctx.db);
    bool inserted = false;
    if (!decisions.record(Decision{call.sid, decision.action, decision.reason, decision.templateName, now}, &inserted))
        return;
    calls.setOutcome(call.sid, CallOutcome::Missed);
    if (!inserted) {
        // Decided already (the webhook and the poll both saw it): one decision per call.
        tx.commit();
        return;
    }
    ConversationRepository conversations(m_ctx.db);
    std::optional<Lead> repeatLead;
    if (decision.action == Decision::Action::Text) {
        const QString conversation = conversations.ensure(line.e164, call.from, now);
        OutboxItem item;
        item.dedupeKey = QStringLiteral("textback:") + call.sid;
        item.purpose = OutboxItem::Purpose::TextBack;
        item.conversationId = conversation;
        item.callSid = call.sid;
        item.to = call.from;
        item.from = line.e164;
        item.body = decision.body;
        item.createdAt = now;
        bool queued = false;
        if (conversation.isEmpty() || !outbox.enqueue(item, &queued))
            return; // rolled back; the next poll decides again
    } else if (decision.repeatCaller) {
        LeadRepository leads(m_ctx.db);
        const QString conversation = conversations.ensure(line.e164, call.from, now);
        if (auto lead = leads.byConversation(conversation)) {
            leads.noteRepeatCall(lead->id, now);
            repeatLead = leads.find(lead->id);
        }
    }
    if (!tx.commit())
        return;

    m_ctx.emitEvent(QStringLiteral("call_missed"),
                    {{QStringLiteral("call_sid"), call.sid},
                     {QStringLiteral("from"), call.from},
                     {QStringLiteral("to"), line.e164},
                     {QStringLiteral("wiring"), toString(line.wiring)},
                     {QStringLiteral("detail"), detail}});
    if (decision.action == Decision::Action::Skip) {
        m_ctx.emitEvent(QStringLiteral("text_skipped"),
                        {{QStringLiteral("call_sid"), call.sid},
                         {QStringLiteral("from"), call.from},
                         {QStringLiteral("to"), line.e164},
                         {QStringLiteral("reason"), decision.reason}});
    }
    if (repeatLead) {
        m_ctx.emitEvent(QStringLiteral("lead_updated"),
                        {{QStringLiteral("lead_id"), repeatLead->id},
                         {QStringLiteral("caller"), call.from},
                         {QStringLiteral("urgent"), true},
                         {QStringLiteral("repeat_calls"), repeatLead->repeatCalls},
                         {QStringLiteral("score"), toString(repeatLead->card.score)}});
    }
    m_ctx.flushOutbox();
}

} // namespace Rebound::Core
