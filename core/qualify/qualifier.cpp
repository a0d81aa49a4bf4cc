#include "qualifier.h"

#include "dialoguepolicy.h"
#include "dialoguetexts.h"
#include "leadscorer.h"
#include "messageanalyzer.h"
#include "transcriptstate.h"

#include <QSet>

namespace Rebound::Core {

namespace {

// What the engine's card holds that this thread does not (a name from the contact list,
// an owner's edit) survives unless this reply changes that field.
LeadCard merge(const LeadCard &given, const LeadCard &before, const LeadCard &after)
{
    LeadCard out = after;
    const auto keep = [](const QString &b, const QString &a, const QString &g) {
        return a != b || g.isEmpty() ? a : g;
    };
    out.name = keep(before.name, after.name, given.name);
    if (out.kind == LeadCard::Kind::Lead) {
        const bool serviceKept = after.service == before.service && !given.service.isEmpty();
        out.service = keep(before.service, after.service, given.service);
        if (serviceKept && !given.jobWords.isEmpty())
            out.jobWords = given.jobWords;
        out.address = keep(before.address, after.address, given.address);
        if (after.urgency == before.urgency && given.urgency != LeadCard::Urgency::Unknown)
            out.urgency = given.urgency;
        out.preferredTime = keep(before.preferredTime, after.preferredTime, given.preferredTime);
    }
    // An opt-out recorded by the engine is final.
    if (given.kind == LeadCard::Kind::OptOut)
        out.kind = LeadCard::Kind::OptOut;
    if (out.kind != LeadCard::Kind::Lead) {
        out.service.clear();
        out.jobWords.clear();
        out.urgency = LeadCard::Urgency::Unknown;
        out.preferredTime.clear();
    }
    for (const QString &q : given.questions) {
        if (!out.questions.contains(q))
            out.questions.prepend(q);
    }
    out.score = LeadScorer::score(out);
    return out;
}

} // namespace

ResponderOutput Qualifier::respond(const ResponderInput &input)
{
    // Replay the thread: each caller message is read knowing what the business had just asked.
    TranscriptState state(input.business.trade, input.business.name);
    QSet<QualifySlot> asked;
    bool closed = false;
    QualifySlot lastAsked = QualifySlot::None;
    for (const ConversationTurn &turn : input.history) {
        if (turn.from == ConversationTurn::From::Business) {
            lastAsked = DialogueTexts::slotAskedBy(turn.body);
            if (lastAsked != QualifySlot::None)
                asked.insert(lastAsked);
            closed = closed || DialogueTexts::isClosing(turn.body);
            continue;
        }
        state.apply(MessageAnalyzer::analyze(turn.body, state.context(lastAsked)));
    }
    const LeadCard before = state.card();
    const MessageFacts facts = MessageAnalyzer::analyze(input.reply, state.context(lastAsked));
    state.apply(facts);
    const LeadCard after = state.card();

    ResponderOutput out;
    out.card = merge(input.card, before, after);

    DialoguePolicy::Input policy;
    policy.business = &input.business;
    policy.before = before;
    policy.after = out.card;
    policy.facts = &facts;
    policy.asked = asked;
    policy.closed = closed;
    const DialoguePolicy::Decision decision = DialoguePolicy::decide(policy);
    out.answer = decision.answer;
    out.asks = toString(decision.asks);
    out.ownerShouldCall = decision.ownerShouldCall;
    return out;
}

} // namespace Rebound::Core
