#include "qualifier.h"

#include "dialoguepolicy.h"
#include "dialoguetexts.h"
#include "leadscorer.h"
#include "messageanalyzer.h"
#include "transcriptstate.h"

#include <QHash>
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

namespace {
// What one of the business's own texts asks, and whether it closed the
// conversation. The same few texts come back in every thread and are read
// again for every reply, so the answers are remembered per thread.
struct BusinessTurn
{
    QualifySlot asks = QualifySlot::None;
    bool closing = false;
};

BusinessTurn readBusinessTurn(const QString &body)
{
    thread_local QHash<QString, BusinessTurn> known;
    if (const auto it = known.constFind(body); it != known.constEnd())
        return it.value();
    if (known.size() >= 512)
        known.clear();
    const BusinessTurn turn{DialogueTexts::slotAskedBy(body), DialogueTexts::isClosing(body)};
    known.insert(body, turn);
    return turn;
}
// What one caller message says in its context. analyze() is pure, and every
// reply replays the thread before it, so each earlier message would be read
// again in the very same context: the facts are remembered per thread, the
// newest reply's too, since the next reply replays it first.
MessageFacts analyzeRemembered(const QString &message, const MessageAnalyzer::Context &context)
{
    thread_local QHash<QString, MessageFacts> known;
    const QChar sep(0x1F);
    const QString key = message + sep + QString::number(int(context.asked)) + sep
        + QString::number(int(context.hasName)) + sep + context.currentName + sep + context.currentHouseNumber + sep
        + context.businessName;
    if (const auto it = known.constFind(key); it != known.constEnd())
        return it.value();
    if (known.size() >= 512)
        known.clear();
    MessageFacts facts = MessageAnalyzer::analyze(message, context);
    known.insert(key, facts);
    return facts;
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
            const BusinessTurn business = readBusinessTurn(turn.body);
            lastAsked = business.asks;
            if (lastAsked != QualifySlot::None)
                asked.insert(lastAsked);
            closed = closed || business.closing;
            continue;
        }
        state.apply(analyzeRemembered(turn.body, state.context(lastAsked)));
    }
    const LeadCard before = state.card();
    const MessageFacts facts = analyzeRemembered(input.reply, state.context(lastAsked));
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
