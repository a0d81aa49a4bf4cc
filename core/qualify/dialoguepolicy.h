#pragma once

#include "dialoguetexts.h"
#include "messagefacts.h"
#include "qualifyslot.h"

#include "domain/leadcard.h"
#include "engine/responder.h"

#include <QSet>

#include <optional>

namespace Rebound::Core {

// Decides the one text (or silence) that answers a reply: acknowledge what was just learnt,
// answer the caller's questions from the business profile, promise the owner's call in an
// emergency, then ask for the most useful slot still missing — never one already given or
// already asked — or say what happens next. Every text fits in two SMS segments.
class DialoguePolicy
{
public:
    struct Input
    {
        const BusinessProfile *business = nullptr;
        LeadCard before; // the card before this reply
        LeadCard after; // the card after it
        const MessageFacts *facts = nullptr; // this reply
        QSet<QualifySlot> asked; // slots earlier business texts asked for
        bool closed = false; // a closing text was already sent
    };
    struct Decision
    {
        std::optional<QString> answer;
        QualifySlot asks = QualifySlot::None;
        bool ownerShouldCall = false;
    };

    static Decision decide(const Input &input);
    static QualifySlot nextSlot(const LeadCard &card, const QSet<QualifySlot> &asked);
    static constexpr int MaxSegments = 2;

private:
    static std::optional<QString> answerTo(const CallerQuestion &question, const LeadCard &card,
                                           const BusinessProfile &business, const DialogueTexts::Values &values);
    static QString fit(const QStringList &optional, const QStringList &required);
};

} // namespace Rebound::Core
