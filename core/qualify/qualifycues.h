#pragma once

namespace Rebound::Core {

// What a vocabulary phrase says about a message; PhraseMatcher hits carry one category and tag.
enum class CueCategory { Kind, Service, Urgency, Reply };

// Who is writing. Opt-outs are not a cue: consentSignal() (engine/optoutwords.h) decides them.
enum class KindCue { WrongNumber, Spam, Vendor, Existing, Neutral };

// How soon (SCHEMA.md's rules are applied when a transcript is folded, not per phrase).
enum class UrgencyCue {
    Neutral, // hides a phrase that only looks urgent ("since this morning", "emergency fee")
    Emergency, // damage happening now or unsafe
    DeEscalate, // "not an emergency anymore": lowers an earlier emergency
    HeatLoss, // an emergency only with freezing weather or someone vulnerable
    Freezing,
    Vulnerable,
    Soon, // today, tomorrow, asap
    ThisWeek, // soon only when something is broken
    FlexibleExplicit, // "no rush", "next month": says so in words
    FlexibleImplied, // quotes, tune-ups: only fills an unknown urgency
    Broken,
    ActiveNow, // "right now": with ActiveLeak, an emergency
    ActiveLeak,
};

// Where the job stands, and what the caller asks.
enum class ReplyCue {
    Neutral,
    NoLongerNeeded,
    StillNeeded,
    PriceShopping,
    AskPrice,
    AskHours,
    AskArea,
    AskLicence,
    AskEmergency,
    AskTiming,
    AskWho,
    Thanks,
};

} // namespace Rebound::Core
