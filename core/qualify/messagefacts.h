#pragma once

#include "qualifycues.h"
#include "qualifyslot.h"

#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <optional>

namespace Rebound::Core {

// A name found in one message, and how it was said.
struct NameFinding
{
    enum class Source { Introduction, Signature, Here, Bare, Correction };
    QString text; // as typed
    Source source = Source::Bare;
    qsizetype first = -1; // token span
    qsizetype last = -1;
};

// A street address found in one message.
struct AddressFinding
{
    QString text; // "918 W Mulberry Ave, San Antonio, 78212": the caller's words, parts joined by commas
    QString houseNumber;
    qsizetype first = -1; // token span, city and ZIP included
    qsizetype last = -1;
};

// One question the caller asked, and what it is about.
struct CallerQuestion
{
    ReplyCue topic = ReplyCue::Neutral; // Neutral: a question the profile cannot answer
    QString text;
};

// Evidence for one service key in one message.
struct ServiceEvidence
{
    int key = -1; // ServiceVocabulary::keys() index, or otherJobTag()
    int weight = 0;
    int count = 0;
    qsizetype position = 0;
    QString words; // the caller's sentence it came from, as typed (shortened)
};

// Everything one caller message says, before it is weighed against the rest of the thread.
struct MessageFacts
{
    // Who is writing: summed cue weights.
    int optOut = 0; // 3 when consentSignal() reads the message as an opt-out
    int wrongNumber = 0;
    int spam = 0;
    int vendor = 0;
    int existing = 0;
    bool gibberish = false; // "jjjjjjj", keyboard mash
    bool contentless = false; // only punctuation, emoji, ok or thanks

    QVarLengthArray<ServiceEvidence, 8> services;

    // How soon.
    bool emergency = false;
    bool deEscalate = false;
    bool heatLoss = false;
    bool freezing = false;
    bool vulnerable = false;
    bool soon = false;
    bool thisWeek = false;
    bool flexibleExplicit = false;
    bool flexibleBeyondCalm = false; // flexible words other than "no emergency" ("or next", "no rush")
    bool flexibleImplied = false;
    bool broken = false;

    std::optional<NameFinding> name;
    std::optional<AddressFinding> address;
    QString correctedHouseNumber; // "sorry it's 4421 not 4412"
    QString unit; // "Unit 4" sent after the street

    bool noLongerNeeded = false;
    bool stillNeeded = false;
    bool priceShopping = false;
    bool thanks = false;
    QList<CallerQuestion> questions;
    int spanish = 0; // language marker weights
    int english = 0;
    QString preferredTime;
};

} // namespace Rebound::Core
