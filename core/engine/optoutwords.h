#pragma once

#include <QString>

namespace Rebound::Core {

// What an inbound text says about consent, before anything else reads it.
enum class ConsentSignal { None, OptOut, OptIn, Help };

// Twilio's single-word keywords (STOP, STOPALL, UNSUBSCRIBE, CANCEL, END,
// QUIT, REVOKE, OPTOUT; START, UNSTOP, YES; HELP, INFO) and plain phrasings
// in English and Spanish ("stop texting me", "no me escriban más").
// YES counts as an opt-in only for someone who has opted out.
ConsentSignal consentSignal(const QString &text, bool currentlyOptedOut);

} // namespace Rebound::Core
