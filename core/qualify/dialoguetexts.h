#pragma once

#include "qualifyslot.h"

#include <QString>

namespace Rebound::Core {

// Every text the qualifier sends a caller, one table per language (English, Spanish).
// Placeholders: {owner} {business} {name} {detail}. Each text has a variant for a business
// whose owner's first name is unknown ("We'll call you" rather than "Mike will call you").
class DialogueTexts
{
public:
    enum class Id {
        AskService,
        AskName,
        AskUrgency,
        AskAddress,
        Thanks,
        ThanksName, // "Thanks, Dana!"
        GotIt,
        EmergencyAck,
        EmergencyAckName,
        EmergencyCallback,
        Complete, // every slot filled
        CompleteEmergency,
        CompletePartial, // every missing slot asked once, in vain
        CompletePartialEmergency,
        NoLongerNeeded,
        WrongNumber,
        Vendor,
        ExistingCustomer,
        AnswerPrice, // {detail}: the business's pricing policy, when it has one
        AnswerPriceDefault,
        AnswerHours,
        AnswerArea,
        AnswerLicence,
        AnswerEmergencyPolicy,
        AnswerTiming,
        AnswerWho,
        AnswerLater, // a question only the owner can answer
        Updated, // a correction after the card was complete
        Count
    };

    struct Values
    {
        QString owner; // first name, or empty
        QString business;
        QString name; // the caller's first name, or empty
        QString detail;
    };

    static QString text(Id id, const QString &language, const Values &values);
    static Id askFor(QualifySlot slot);

    // Reading the thread back: which slot a business text asked for, and whether it closed
    // the conversation (so that neither is repeated).
    static QualifySlot slotAskedBy(const QString &businessText);
    static bool isClosing(const QString &businessText);
};

} // namespace Rebound::Core
