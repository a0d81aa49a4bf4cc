#pragma once

#include <QString>

namespace Rebound::Core {

// What an inbound text says about consent, before anything else reads it.
enum class ConsentSignal { None, OptOut, OptIn, Help };

// Twilio's single-word keywords (STOP, STOPALL, UNSUBSCRIBE, CANCEL, END,
// QUIT, REVOKE, OPTOUT; START, UNSTOP, YES; HELP, INFO), and opt-outs in the
// sender's own words, English or Spanish: consent may be revoked "by any
// reasonable means" (FCC, 2024). An opt-out asks the business to stop texting
// or contacting the sender, or to remove them ("STOP!!!", "wrong number, stop",
// "lose my number", "no me mande mensajes"); "stop by at 3", "the leak won't
// stop" and "cancel my appointment" are about the job. Two decisions: a time
// limit ("please don't text after 9pm, call instead") asks for quiet hours and
// is no opt-out; "don't text me, call me instead" is one. The qualifier reads
// opt-outs through this function too, so the engine and the lead card agree.
// YES counts as an opt-in only for someone who has opted out. Linear in the
// length of the text. Measured on tests/data/optout (ctest -R tst_optoutwords).
ConsentSignal consentSignal(const QString &text, bool currentlyOptedOut);

} // namespace Rebound::Core
