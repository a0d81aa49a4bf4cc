#include "dialoguepolicy.h"

#include "domain/smssegments.h"

namespace Rebound::Core {

namespace {

bool filled(const LeadCard &card, QualifySlot slot)
{
    switch (slot) {
    case QualifySlot::Name:
        return !card.name.isEmpty();
    case QualifySlot::Service:
        return !card.service.isEmpty();
    case QualifySlot::Urgency:
        return card.urgency != LeadCard::Urgency::Unknown;
    case QualifySlot::Address:
        return !card.address.isEmpty();
    case QualifySlot::None:
        break;
    }
    return true;
}

QString firstName(const QString &name)
{
    return name.section(QLatin1Char(' '), 0, 0);
}

} // namespace

QualifySlot DialoguePolicy::nextSlot(const LeadCard &card, const QSet<QualifySlot> &asked)
{
    // The order an office manager follows: the job, who, how soon, where. In an emergency the
    // owner is already calling back, so who and where come first.
    const bool emergency = card.urgency == LeadCard::Urgency::Emergency;
    const QList<QualifySlot> order = emergency
        ? QList<QualifySlot>{QualifySlot::Name, QualifySlot::Address, QualifySlot::Service}
        : QList<QualifySlot>{QualifySlot::Service, QualifySlot::Name, QualifySlot::Urgency, QualifySlot::Address};
    for (QualifySlot slot : order) {
        if (!filled(card, slot) && !asked.contains(slot))
            return slot;
    }
    return QualifySlot::None;
}

DialoguePolicy::Decision DialoguePolicy::decide(const Input &input)
{
    Decision d;
    const LeadCard &before = input.before;
    const LeadCard &after = input.after;
    const BusinessProfile &business = *input.business;
    const MessageFacts &facts = *input.facts;
    const QString &language = after.language;
    DialogueTexts::Values values;
    values.owner = business.ownerFirstName;
    values.business = business.name;
    values.name = firstName(after.name);
    const auto say = [&](DialogueTexts::Id id) { return DialogueTexts::text(id, language, values); };

    switch (after.kind) {
    case LeadCard::Kind::OptOut: // the carrier confirms; nothing more may be sent
    case LeadCard::Kind::Spam: // answering a scam only confirms the number is live
        return d;
    case LeadCard::Kind::WrongNumber:
    case LeadCard::Kind::Vendor:
    case LeadCard::Kind::ExistingCustomer:
        // One polite close, on the reply that showed who they are; silence after.
        if (before.kind != after.kind) {
            const auto id = after.kind == LeadCard::Kind::WrongNumber ? DialogueTexts::Id::WrongNumber
                : after.kind == LeadCard::Kind::Vendor                ? DialogueTexts::Id::Vendor
                                                                      : DialogueTexts::Id::ExistingCustomer;
            d.answer = say(id);
        }
        return d;
    case LeadCard::Kind::Lead:
        break;
    }

    if (after.noLongerNeeded) {
        if (!before.noLongerNeeded)
            d.answer = say(DialogueTexts::Id::NoLongerNeeded);
        return d;
    }

    const bool emergency = after.urgency == LeadCard::Urgency::Emergency;
    const bool newEmergency = emergency && before.urgency != LeadCard::Urgency::Emergency;
    d.ownerShouldCall = newEmergency;
    const bool nameLearnt = !after.name.isEmpty() && after.name != before.name;
    const bool somethingLearnt =
        after.service != before.service || after.address != before.address || after.urgency != before.urgency;

    // The caller's own questions, answered from the profile or left to the owner.
    QStringList answers;
    QList<ReplyCue> answered;
    for (const CallerQuestion &q : facts.questions) {
        if (answered.contains(q.topic))
            continue;
        // A request phrased as a question ("can you do a cleanup tomorrow?") needs no answer.
        if (q.topic == ReplyCue::Neutral && somethingLearnt)
            continue;
        answered.append(q.topic);
        if (emergency && (q.topic == ReplyCue::AskTiming || q.topic == ReplyCue::Neutral)) {
            if (!newEmergency) // the promise is in this very text otherwise
                answers.append(say(DialogueTexts::Id::EmergencyCallback));
            continue;
        }
        if (auto text = answerTo(q, after, business, values))
            answers.append(*text);
    }

    // What must be said: the question for the next slot, or, once every slot is filled or was
    // asked once, what happens next (only once: a closed thread gets answers and updates only).
    const QualifySlot slot = nextSlot(after, input.asked);
    QStringList required;
    if (slot != QualifySlot::None) {
        if (newEmergency)
            required.append(say(DialogueTexts::Id::EmergencyCallback));
        required.append(say(DialogueTexts::askFor(slot)));
        d.asks = slot;
    } else if (!input.closed) {
        const bool complete = !after.name.isEmpty() && !after.service.isEmpty() && !after.address.isEmpty()
            && after.urgency != LeadCard::Urgency::Unknown;
        required.append(say(
            complete ? (emergency ? DialogueTexts::Id::CompleteEmergency : DialogueTexts::Id::Complete)
                     : (emergency ? DialogueTexts::Id::CompletePartialEmergency : DialogueTexts::Id::CompletePartial)));
    } else if (answers.isEmpty() && (somethingLearnt || nameLearnt)) {
        required.append(say(DialogueTexts::Id::Updated));
    }
    if (required.isEmpty() && answers.isEmpty())
        return d;

    // One acknowledgement in front: sympathy for an emergency, the name just learnt, or a plain thanks.
    QString ack;
    if (newEmergency)
        ack = say(nameLearnt ? DialogueTexts::Id::EmergencyAckName : DialogueTexts::Id::EmergencyAck);
    else if (nameLearnt && (required.isEmpty() || required.constLast() != say(DialogueTexts::Id::Updated)))
        ack = say(DialogueTexts::Id::ThanksName);
    else if (somethingLearnt && slot != QualifySlot::None && answers.isEmpty())
        ack = say(DialogueTexts::Id::GotIt);
    else if (slot == QualifySlot::None && !input.closed)
        ack = say(DialogueTexts::Id::Thanks);
    QStringList optional;
    if (!ack.isEmpty())
        optional.append(ack);
    if (required.isEmpty())
        required = answers; // only answers to say: they are the text
    else
        optional += answers;
    d.answer = fit(optional, required);
    return d;
}

std::optional<QString> DialoguePolicy::answerTo(const CallerQuestion &question, const LeadCard &card,
                                                const BusinessProfile &business, const DialogueTexts::Values &values)
{
    DialogueTexts::Values v = values;
    const auto withDetail = [&](DialogueTexts::Id id, const QString &detail) {
        if (detail.trimmed().isEmpty())
            return DialogueTexts::text(DialogueTexts::Id::AnswerLater, card.language, v);
        v.detail = detail.trimmed();
        while (v.detail.endsWith(QLatin1Char('.')))
            v.detail.chop(1);
        QString text = DialogueTexts::text(id, card.language, v);
        if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('!')))
            text += QLatin1Char('.');
        return text;
    };
    switch (question.topic) {
    case ReplyCue::AskPrice:
        return business.pricingPolicy.trimmed().isEmpty()
            ? DialogueTexts::text(DialogueTexts::Id::AnswerPriceDefault, card.language, v)
            : withDetail(DialogueTexts::Id::AnswerPrice, business.pricingPolicy);
    case ReplyCue::AskHours:
        return withDetail(DialogueTexts::Id::AnswerHours, business.hours);
    case ReplyCue::AskArea:
        return withDetail(DialogueTexts::Id::AnswerArea, business.serviceArea);
    case ReplyCue::AskLicence:
        return withDetail(DialogueTexts::Id::AnswerLicence, business.licensing);
    case ReplyCue::AskEmergency:
        return withDetail(DialogueTexts::Id::AnswerEmergencyPolicy, business.emergencyPolicy);
    case ReplyCue::AskTiming:
        return DialogueTexts::text(DialogueTexts::Id::AnswerTiming, card.language, v);
    case ReplyCue::AskWho:
        return DialogueTexts::text(DialogueTexts::Id::AnswerWho, card.language, v);
    default:
        break;
    }
    return DialogueTexts::text(DialogueTexts::Id::AnswerLater, card.language, v);
}

QString DialoguePolicy::fit(const QStringList &optional, const QStringList &required)
{
    // Drop optional parts from the end (answers before the acknowledgement) until two segments hold it.
    QStringList keep = optional;
    const auto compose = [&] { return (keep + required).join(QLatin1Char(' ')); };
    QString text = compose();
    while (SmsSegments::measure(text).segments > MaxSegments && !keep.isEmpty()) {
        keep.removeLast();
        text = compose();
    }
    if (SmsSegments::measure(text).segments > MaxSegments)
        text = required.constLast();
    return text;
}

} // namespace Rebound::Core
